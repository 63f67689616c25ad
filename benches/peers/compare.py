"""Whole-process comparison of one blockers query: negograph vs networkx vs
rustworkx, on the same file, each started from scratch (start, load, build,
query, print), best of --runs. Prints a Markdown table.

    python3 benches/peers/compare.py --negograph target/release/negograph FILE TARGET
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Times one command in a fresh helper, so peak memory is that command's alone.
TIMER = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
out = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, check=True).stdout
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, len(out))
"""


def measure(cmd, runs):
    best = None
    for _ in range(runs):
        line = subprocess.run([sys.executable, "-c", TIMER, *cmd], capture_output=True, text=True, check=True).stdout
        seconds, rss_kib, size = line.split()
        sample = (float(seconds), int(rss_kib) / 1024, int(size))
        best = sample if best is None or sample[0] < best[0] else best
    return best


def blockers_of(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    answer = json.loads(out)
    # A big answer omits negograph's chains (`chains_omitted`); its `depth`
    # is the chain's length.
    return sorted((b["id"], len(b["chain"]) if "chain" in b else b["depth"]) for b in answer["blockers"])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file")
    p.add_argument("target")
    p.add_argument("--negograph", default="target/release/negograph")
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()

    tools = {
        "negograph": [args.negograph, "-f", args.file, "blockers", args.target, "--all-time", "--json"],
        "rustworkx": [sys.executable, os.path.join(HERE, "blockers_rustworkx.py"), args.file, args.target],
        "networkx": [sys.executable, os.path.join(HERE, "blockers_networkx.py"), args.file, args.target],
    }
    answers = {name: blockers_of(cmd) for name, cmd in tools.items()}
    agree = all(a == answers["negograph"] for a in answers.values())
    file_mib = os.path.getsize(args.file) / 2**20
    print(f"file: {args.file} ({file_mib:.1f} MiB), target: {args.target}, "
          f"{len(answers['negograph'])} blockers, answers agree: {agree}")
    print()
    print("| tool | seconds (best of %d) | peak RSS MiB | x negograph |" % args.runs)
    print("| --- | ---: | ---: | ---: |")
    base = None
    for name, cmd in tools.items():
        seconds, rss, _ = measure(cmd, args.runs)
        base = base or seconds
        print(f"| {name} | {seconds:.3f} | {rss:.0f} | {seconds / base:.1f} |")
    if not agree:
        sys.exit("the tools disagree on the answer")


if __name__ == "__main__":
    main()
