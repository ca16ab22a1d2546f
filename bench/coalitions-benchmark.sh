#!/usr/bin/env bash
# Alliance Explorer: coalition arithmetic at scale (issue 14: the minimal winning coalitions of 30 parties with
# seats within a second). Writes a dataset of 30 parties with seats in a 342-seat assembly (a few large parties,
# a middle and a long tail, as parliaments are: seeded, so every run has the same input), imports it, and times
# `coalitions --top 100` end to end (JVM start included) RUNS times: every minimal winning coalition is enumerated and
# counted, the first 100 by seats kept; prints each time, the median and the count.
#
# Usage:  bench/coalitions-benchmark.sh [SCRATCH_DIR]       (default /tmp/ae-coalitions-bench)
# Environment: RUNS (7), JAVA (java), JAR (target/alliance-explorer.jar).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-/tmp/ae-coalitions-bench}"
RUNS="${RUNS:-7}"
JAVA="${JAVA:-java}"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
[ -f "$JAR" ] || { echo "coalitions-benchmark: no $JAR; run 'mvn -B -q -DskipTests package' first" >&2; exit 2; }

rm -rf "$DIR" && mkdir -p "$DIR/data"
python3 - "$DIR/data" <<'PY'
import csv, random, sys
d = sys.argv[1]
random.seed(7)
# 30 parties: 3 large, 7 middle, 20 small (1 to 4 seats); 342 seats in all
seats = [98, 81, 54] + [random.randint(6, 20) for _ in range(7)]
tail = 342 - sum(seats)
small = [1] * 20
for i in range(tail - 20):
    small[i % 20] += 1
seats += small
assert len(seats) == 30 and sum(seats) == 342, (len(seats), sum(seats))
def w(name, header, rows):
    with open(f"{d}/{name}", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)
w("manifest.csv", ["key", "value"], [["format", "alliance-explorer-dataset"], ["format_version", "2.2"], ["name", "30 parties"]])
w("sources.csv", "id,outlet,title,url,published,retrieved,snippet".split(","), [["s", "Bench", "Seats", "", "2026", "2026", "generated"]])
w("parties.csv", "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,country,sources".split(","),
  [[f"P{i:02d}", f"Party {i}", "", "", "", "", "", "", "s"] for i in range(30)])
w("elections.csv", "key,name,polling_day,country,sources".split(","), [["e", "Bench election", "2026-01-01", "", "s"]])
w("assemblies.csv", "code,name,province,total_seats,general_seats,majority,sources".split(","), [["A", "Assembly", "", "342", "342", "172", "s"]])
w("party_results.csv", "key,election,assembly,party,votes,vote_share,seats,sources".split(","),
  [[f"r{i}", "e", "A", f"P{i:02d}", "", "", str(s), "s"] for i, s in enumerate(seats)])
PY
"$JAVA" -jar "$JAR" import --from "$DIR/data" --out "$DIR/bench.sqlite" > /dev/null

times=()
count=0
for i in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    count=$("$JAVA" -jar "$JAR" coalitions --db "$DIR/bench.sqlite" --election e --assembly A --top 100 \
        | sed -n 's/^\([0-9]*\) minimal winning coalitions.*/\1/p')
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    times+=("$ms")
    echo "run $i: ${ms} ms, ${count} minimal winning coalitions"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "coalitions-benchmark: 30 parties, 342 seats, majority 172: ${count} minimal winning coalitions; median ${median} ms over ${RUNS} runs (JVM start included)"
