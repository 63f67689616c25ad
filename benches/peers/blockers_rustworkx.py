"""blockers FILE TARGET with rustworkx: load the JSON, build a PyDiGraph, query, print."""
import json
import sys

import rustworkx as rx

from blockers_common import blockers, print_answer

path, target = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    data = json.load(f)
g = rx.PyDiGraph(multigraph=True)
ids = [n["id"] for n in data["nodes"]]
index = dict(zip(ids, g.add_nodes_from(ids)))
met = {index[n["id"]] for n in data["nodes"] if n.get("status") == "met"}
edges = data["edges"]
g.add_edges_from([(index[e["from"]], index[e["to"]], (i, e["relation"])) for i, e in enumerate(edges)])
answer = blockers(
    index[target],
    met,
    lambda y: ((u, w[0], w[1]) for u, _, w in g.in_edges(y)),
    lambda y: ((v, w[0], w[1]) for _, v, w in g.out_edges(y)),
)
for b in answer:
    b["id"] = ids[b["id"]]
print_answer(target, answer, edges)
