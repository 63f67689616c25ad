"""blockers FILE TARGET with networkx: load the JSON, build a MultiDiGraph, query, print."""
import json
import sys

import networkx as nx

from blockers_common import blockers, print_answer

path, target = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    data = json.load(f)
g = nx.MultiDiGraph()
met = set()
for n in data["nodes"]:
    g.add_node(n["id"], kind=n["kind"])
    if n.get("status") == "met":
        met.add(n["id"])
edges = data["edges"]
g.add_edges_from((e["from"], e["to"], i, {"relation": e["relation"]}) for i, e in enumerate(edges))
answer = blockers(
    target,
    met,
    lambda y: ((u, k, d["relation"]) for u, _, k, d in g.in_edges(y, keys=True, data=True)),
    lambda y: ((v, k, d["relation"]) for _, v, k, d in g.out_edges(y, keys=True, data=True)),
)
print_answer(target, answer, edges)
