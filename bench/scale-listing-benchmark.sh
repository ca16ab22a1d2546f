#!/usr/bin/env bash
# Issue 15's listing targets, side by side in one run: `list results --format csv` on a database of
# 5,000,000 candidacies over 300 elections against sqlite3 reading the bare candidacy table of the same file,
# and `list deals --format csv` on 1,000,000 deals against sqlite3 reading the bare seat_deal table.
# Target: each within 3x of sqlite3 (wall time, median of RUNS).
#
# Needs the fat jar (mvn -B -DskipTests package), java, sqlite3 and GNU time.
# Usage: bench/scale-listing-benchmark.sh [SCRATCH_DIR]     (default /tmp/ae-bench)
# Environment: JAR, RUNS (3), CANDIDACIES (5000000), ELECTIONS (300), DEALS (1000000), JAVA, SQLITE3, MAX_LOAD, WAIT
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
DIR="${1:-${BENCH_DIR:-/tmp/ae-bench}}"
RUNS="${RUNS:-3}"
CANDIDACIES="${CANDIDACIES:-5000000}"
ELECTIONS="${ELECTIONS:-300}"
DEALS="${DEALS:-1000000}"
JAVA="${JAVA:-java}"
SQLITE3="${SQLITE3:-sqlite3}"
NAME=scale-listing-benchmark
MAX_LOAD="${MAX_LOAD:-99}"
WAIT="${WAIT:-0}"
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

mkdir -p "$DIR"
RESULTS_DB="$DIR/results-c${CANDIDACIES}-e${ELECTIONS}.sqlite"
DEALS_DB="$DIR/deals-d${DEALS}.sqlite"
TF="$DIR/time.txt"
[[ -f "$RESULTS_DB" ]] || "$JAVA" -jar "$JAR" generate --out "$RESULTS_DB" --parties 1000 --deals 100000 \
    --elections "$ELECTIONS" --candidacies "$CANDIDACIES" --seed 1 >&2
[[ -f "$DEALS_DB" ]] || "$JAVA" -jar "$JAR" generate --out "$DEALS_DB" --parties 1000 --deals "$DEALS" --seed 1 >&2

wait_until_quiet
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= RUNS; i++)); do
    timed_to "list results" "$DIR/results-ours.csv" "$JAVA" -jar "$JAR" list results --db "$RESULTS_DB" --format csv
    timed_to "sqlite3 candidacy" "$DIR/results-bare.csv" "$SQLITE3" -readonly -csv -header "$RESULTS_DB" \
        "SELECT * FROM candidacy"
    timed_to "list deals" "$DIR/deals-ours.csv" "$JAVA" -jar "$JAR" list deals --db "$DEALS_DB" --format csv
    timed_to "sqlite3 seat_deal" "$DIR/deals-bare.csv" "$SQLITE3" -readonly -csv -header "$DEALS_DB" \
        "SELECT * FROM seat_deal"
done
[[ $(($(wc -l <"$DIR/results-ours.csv") - 1)) -eq $CANDIDACIES ]] || die "list results wrote another number of rows"
[[ $(($(wc -l <"$DIR/deals-ours.csv") - 1)) -eq $DEALS ]] || die "list deals wrote another number of rows"

ratio() { awk -v a="$(m "$1")" -v b="$(m "$2")" 'BEGIN { printf "%.2f", a / b }'; }
cat <<EOT

| listing | median wall s | median CPU s | median peak RSS MB | sqlite3 bare table, median wall s | ratio |
|---|---:|---:|---:|---:|---:|
| list results --format csv, $CANDIDACIES candidacies, $ELECTIONS elections | $(m 'list results') | $(c 'list results') | $(p 'list results') | $(m 'sqlite3 candidacy') | $(ratio 'list results' 'sqlite3 candidacy') |
| list deals --format csv, $DEALS deals | $(m 'list deals') | $(c 'list deals') | $(p 'list deals') | $(m 'sqlite3 seat_deal') | $(ratio 'list deals' 'sqlite3 seat_deal') |

Load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs; $RUNS runs each.
EOT
