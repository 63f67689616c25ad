"""Writes the two other shapes of a generated graph file that the memory and
time targets are held to, beside it:

- FILE-warn.json: every edge's source and quote removed, so that every edge
  draws a warning (a draft or an import before evidence is attached);
- FILE-pretty.json: the canonical two-space layout negograph writes.

    python3 benches/peers/variants.py /tmp/g1000000.json

Then time each with compare.py, or `/usr/bin/time -v target/release/negograph
-f FILE blockers d25100 --all-time --json` for its peak memory.
"""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    stem = path[:-5] if path.endswith(".json") else path
    pretty = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    with open(stem + "-pretty.json", "w", encoding="utf-8") as f:
        f.write(pretty)
    for edge in doc["edges"]:
        edge.pop("source", None)
        edge.pop("quote", None)
    with open(stem + "-warn.json", "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
    print(stem + "-warn.json", stem + "-pretty.json")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
