"""Reads a GraphML file with networkx and prints what it read as JSON:
  {"graph": {ATTR: VALUE}, "nodes": {ID: {ATTR: VALUE}},
   "edges": [[SOURCE, TARGET, {ATTR: VALUE}], ...]}
Usage: networkx_read.py FILE.graphml
"""

import json
import sys

import networkx


def main():
    g = networkx.read_graphml(sys.argv[1])
    edges = [[u, v, data] for u, v, data in g.edges(data=True)]
    json.dump(
        {
            "multigraph": g.is_multigraph(),
            "directed": g.is_directed(),
            "graph": dict(g.graph),
            "nodes": {n: data for n, data in g.nodes(data=True)},
            "edges": edges,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
