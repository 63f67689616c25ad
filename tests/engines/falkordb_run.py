"""Loads negograph's Neo4j export into FalkorDB and runs queries on it.

FalkorDB is an openCypher graph server (a Redis module); falkordblite starts
it embedded, as a server of this process's own: listening on no TCP port
(port 0: a Unix socket in a temporary folder) and bound to 127.0.0.1 besides,
its database file in the job's folder, and shut down when this script ends,
at the latest after "seconds" (an alarm stops the work and the server with
it).

Reads a JSON job on standard input:
  {"dir": FOLDER, "script": CYPHER_FILE, "runs": N, "seconds": S,
   "queries": [CYPHER, ...]}
runs the script's statements N times (it is one statement a line, `//`
lines are comments), counting after each run the nodes by label and the
relationships by type, then runs each query, and prints JSON on standard
output:
  {"skipped": [STATEMENT, ...], "counts": [{NAME: COUNT}, ...],
   "results": [[ROW, ...], ...], "query_seconds": [S, ...]}
with dates written YYYY-MM-DD. The script's `CREATE CONSTRAINT` statements are
Neo4j's own DDL, which FalkorDB does not read: they are listed in "skipped"
(for the caller to check that nothing else was), and an index on the same
property made instead. Any other failure is an error exit with FalkorDB's
message.
"""

import datetime
import json
import os
import signal
import sys
import time

from redislite.falkordb_client import FalkorDB

# A uniqueness constraint in Neo4j is an index too: FalkorDB gets the index.
INDEXES = {
    "negograph_node_id": "CREATE INDEX FOR (n:Node) ON (n.id)",
    "negograph_source_id": "CREATE INDEX FOR (s:Source) ON (s.id)",
}


def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def statements(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            yield line.rstrip(";")


def load(graph, script, skipped):
    for statement in statements(script):
        if statement.startswith("CREATE CONSTRAINT "):
            skipped.append(statement)
            name = statement.split()[2]
            try:
                graph.query(INDEXES[name])
            except Exception as e:  # already made by an earlier run
                if "already indexed" not in str(e):
                    raise
            continue
        graph.query(statement)


def counts(graph):
    out = {}
    for label in graph.query("CALL db.labels()").result_set:
        n = graph.query(f"MATCH (n:`{label[0]}`) RETURN count(n)").result_set
        out[label[0]] = n[0][0]
    for kind in graph.query("CALL db.relationshipTypes()").result_set:
        n = graph.query(f"MATCH ()-[r:`{kind[0]}`]->() RETURN count(r)").result_set
        out[kind[0]] = n[0][0]
    return out


def timed_out(signum, frame):
    raise TimeoutError("FalkorDB took longer than the job allows")


def main():
    job = json.load(sys.stdin)
    signal.signal(signal.SIGALRM, timed_out)
    signal.alarm(int(job["seconds"]))
    db = FalkorDB(
        os.path.join(job["dir"], "falkordb.rdb"),
        serverconfig={"bind": "127.0.0.1", "port": "0", "save": None},
    )
    try:
        graph = db.select_graph("negograph")
        with open(job["script"], encoding="utf-8") as f:
            script = f.read()
        skipped, after_each = [], []
        for _ in range(job["runs"]):
            load(graph, script, skipped)
            after_each.append(counts(graph))
        results, times = [], []
        for query in job["queries"]:
            started = time.perf_counter()
            rows = graph.query(query.strip().rstrip(";")).result_set
            times.append(time.perf_counter() - started)
            results.append([[plain(v) for v in row] for row in rows])
    finally:
        db.close()
        signal.alarm(0)
    json.dump(
        {
            "skipped": skipped,
            "counts": after_each,
            "results": results,
            "query_seconds": times,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
