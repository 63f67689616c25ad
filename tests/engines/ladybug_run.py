"""Builds a LadybugDB database from a negograph export and runs queries on it.

Reads a JSON job on standard input:
  {"folder": EXPORT_FOLDER, "db": DATABASE_PATH, "queries": [CYPHER, ...]}
runs load.cypher's statements in order from inside the folder (as the export
says to; with "folder": null the database is opened as it is), then each query
(its statements in order; the rows of the last one are its answer), and prints
JSON on standard output:
  {"load_seconds": S, "query_seconds": [S, ...], "results": [[ROW, ...], ...]}
with dates written YYYY-MM-DD. Any failure is an error exit with LadybugDB's
message.
"""

import datetime
import json
import os
import sys
import time

import ladybug


def statements(text):
    """The statements of a script: each ends with ';' at the end of a line."""
    out, current = [], []
    for line in text.splitlines(keepends=True):
        if not current and line.lstrip().startswith("//"):
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            out.append("".join(current).strip())
            current = []
    if "".join(current).strip():
        out.append("".join(current).strip())
    return out


def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def run(conn, script):
    rows = []
    for statement in statements(script):
        result = conn.execute(statement)
        rows = []
        while result.has_next():
            rows.append([plain(v) for v in result.get_next()])
        result.close()
    return rows


def main():
    job = json.load(sys.stdin)
    db = ladybug.Database(job["db"])
    conn = ladybug.Connection(db)
    here = os.getcwd()
    started = time.perf_counter()
    if job["folder"] is not None:
        os.chdir(job["folder"])
        with open("load.cypher", encoding="utf-8") as f:
            run(conn, f.read())
        os.chdir(here)
    load_seconds = time.perf_counter() - started
    results, times = [], []
    for query in job["queries"]:
        started = time.perf_counter()
        results.append(run(conn, query))
        times.append(time.perf_counter() - started)
    json.dump(
        {"load_seconds": load_seconds, "query_seconds": times, "results": results},
        sys.stdout,
    )


if __name__ == "__main__":
    main()
