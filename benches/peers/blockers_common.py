"""The blockers query with negograph's semantics (see docs/queries.md), written once
over two tiny adapters so that networkx and rustworkx run the same algorithm:
breadth first through unmet conditions_on edges, collecting rejects/blocks edges
into every precondition reached, each blocker once with its shortest chain."""
import json
from collections import deque


def blockers(target, met, in_edges, out_edges):
    """in_edges(y) / out_edges(y) yield (other_node, edge_index, relation)."""
    parent = {}
    expanded = {target}
    first = {}
    found = []
    queue = deque([target])
    while queue:
        y = queue.popleft()
        for u, k, relation in in_edges(y):
            if relation in ("blocks", "rejects") and u != target and u not in first:
                first[u] = len(found)
                found.append((u, k, y))
        for z, k, relation in out_edges(y):
            if relation != "conditions_on" or z in met or z == target:
                continue
            if z not in expanded:
                expanded.add(z)
                parent[z] = (k, y)
                queue.append(z)
            if z not in first:
                first[z] = len(found)
                found.append((z, k, y))

    def chain(node, last, hangs_from):
        edges = [last]
        at = hangs_from
        while at != target:
            k, at = parent[at]
            edges.append(k)
        return edges[::-1]

    return [{"id": node, "chain": chain(node, k, y)} for node, k, y in found]


def print_answer(target, answer, edges):
    def link(k):
        e = edges[k]
        return {key: e.get(key) for key in ("from", "relation", "to", "by", "source", "quote")}
    print(json.dumps({"target": target, "blockers": [
        {"id": b["id"], "chain": [link(k) for k in b["chain"]]} for b in answer
    ]}, indent=2))
