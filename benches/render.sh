#!/usr/bin/env bash
# Render time and peak memory by view size (issue 30): generated graphs of
# 100, 300, 1,000, 3,000 and 10,000 nodes (four claims a node), the whole
# graph and one answer view (`--blockers` of the position most claims point
# to), each rendered to SVG and to the map (HTML). Whole process, measured by
# /usr/bin/time (GNU time); one line a render, then a Markdown table.
#
#   cargo build --release && bash benches/render.sh [RUNS]
#
# Needs Graphviz and python3 (to pick the answer's target). RUNS (default 3)
# runs of each; the median is printed.
set -euo pipefail
runs=${1:-3}
bin=${NEGOGRAPH:-target/release/negograph}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| nodes | lines | view | format | layout | wall, median | peak RSS, median | exit |"
echo "| ---: | ---: | --- | --- | --- | ---: | ---: | ---: |"
for nodes in 100 300 1000 3000 10000; do
  file="$dir/g$nodes.json"
  "$bin" generate --edges $((nodes * 4)) --seed 1 --output "$file" >/dev/null
  target=$(python3 -c '
import json, sys, collections
d = json.load(open(sys.argv[1]))
kinds = {n["id"]: n["kind"] for n in d["nodes"]}
c = collections.Counter(e["to"] for e in d["edges"] if kinds[e["to"]] != "party")
print(c.most_common(1)[0][0])' "$file")
  for view in whole "blockers $target"; do
    args=(--force --all-time)
    [ "$view" = whole ] || args+=(--blockers "$target")
    for format in svg html; do
      walls=() ; rss=() ; code=0 ; layout="dot"
      for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$dir/t" "$bin" -f "$file" render "${args[@]}" \
          -o "$dir/out.$format" 2>"$dir/err" || code=$?
        # GNU time puts "Command exited with non-zero status N" first.
        read -r w m < <(tail -n 1 "$dir/t")
        walls+=("$w") ; rss+=("$m")
      done
      if grep -q "laid out by sfdp" "$dir/err"; then layout=sfdp
      elif grep -q "fast settings" "$dir/err"; then layout="dot (fast)"
      elif grep -q "even forced" "$dir/err"; then layout="refused"
      fi
      lines=$(grep -o 'and [0-9]* \(lines\|edges\)' "$dir/err" | head -1 | tr -dc 0-9 || true)
      printf '| %s | %s | %s | %s | %s | %s s | %s MiB | %s |\n' "$nodes" "${lines:--}" "$view" "$format" "$layout" \
        "$(printf '%s\n' "${walls[@]}" | median)" \
        "$(( $(printf '%s\n' "${rss[@]}" | median) / 1024 ))" "$code"
    done
  done
done
