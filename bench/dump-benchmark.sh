#!/usr/bin/env bash
# Alliance Explorer dump benchmark: `dump` of a generated 1,000,000-deal database (the interchange format,
# docs/data-format.md) against the sqlite3 shell writing the same tables as CSV, side by side in one run.
#
# Builds nothing itself: it expects the fat jar from
#     mvn -B -DskipTests package        (-> target/alliance-explorer.jar)
# and needs java, sqlite3 (apt-get install -y sqlite3) and GNU time (/usr/bin/time; installed with apt-get
# when missing and root).
#
# Usage:  bench/dump-benchmark.sh [SCRATCH_DIR]          (default /tmp/ae-dump-bench)
# Environment: JAR, PARTIES (1000), DEALS (1000000), SEED (7), RUNS (5), JAVA (java), SQLITE3 (sqlite3),
#   MAX_LOAD (1.5): the 1-minute load average must be below it before timing starts; the script waits up to
#   WAIT seconds (600) for the machine to be quiet and otherwise stops (exit 3) unless FORCE=1.
#
# The two sides, alternating, RUNS times each:
#   ours     java -jar JAR dump --db DB --out DIR      (16 files: keys, sources lists, lossless CSV; the
#            folder is written beside, forced to disk and renamed into place)
#   sqlite3  one sqlite3 process: .mode csv, .headers on, and for every table `.output DIR/TABLE.csv`
#            then `SELECT * FROM TABLE;` (the same tables, raw: ids, no keys, no lists, no fsync)
# Every timing is /usr/bin/time "%e %U %S %M": the table shows medians of wall seconds, CPU seconds (user +
# system, all threads) and peak RSS. The database is in the page cache (read once before timing).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
DIR="${1:-${BENCH_DIR:-/tmp/ae-dump-bench}}"
PARTIES="${PARTIES:-1000}"
DEALS="${DEALS:-1000000}"
SEED="${SEED:-7}"
RUNS="${RUNS:-5}"
JAVA="${JAVA:-java}"
SQLITE3="${SQLITE3:-sqlite3}"
MAX_LOAD="${MAX_LOAD:-1.5}"
WAIT="${WAIT:-600}"
NAME=dump-benchmark
TF="$DIR/time.txt"
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

mkdir -p "$DIR"
DB="$DIR/bench-p${PARTIES}-d${DEALS}-s${SEED}.sqlite"
if [[ ! -f "$DB" ]]; then
    echo "generating $DB (about 20 s on a quiet machine)" >&2
    "$JAVA" -jar "$JAR" generate --out "$DB" --parties "$PARTIES" --deals "$DEALS" --seed "$SEED" >&2
fi
cat "$DB" >/dev/null

wait_until_quiet

# the sqlite3 side: every table of the database, as CSV with a header, one file each
TABLES=$("$SQLITE3" -readonly "$DB" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
SCRIPT="$DIR/sqlite3-tables.sql"
{
    echo ".mode csv"
    echo ".headers on"
    for t in $TABLES; do
        echo ".output $DIR/theirs/$t.csv"
        echo "SELECT * FROM $t;"
    done
} >"$SCRIPT"

echo "Alliance Explorer dump benchmark: $PARTIES parties, $DEALS deals, seed $SEED, $RUNS runs each, in $DIR" >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
first_sum=""
for ((i = 1; i <= RUNS; i++)); do
    rm -rf "$DIR/ours"
    timed ours "$JAVA" -jar "$JAR" dump --db "$DB" --out "$DIR/ours"
    sum=$(cd "$DIR/ours" && sha256sum ./*.csv | sha256sum | cut -c1-16)
    [[ -z "$first_sum" ]] && first_sum=$sum
    [[ "$sum" == "$first_sum" ]] || die "run $i of dump wrote other bytes than run 1 (not deterministic)"
    rm -rf "$DIR/theirs" && mkdir -p "$DIR/theirs"
    timed sqlite3 "$SQLITE3" -readonly "$DB" ".read $SCRIPT"
done

rows() { echo $(($(wc -l <"$1") - 1)); }
deals_ours=$(rows "$DIR/ours/deals.csv")
deals_theirs=$(rows "$DIR/theirs/seat_deal.csv")
claims_ours=$(rows "$DIR/ours/claims.csv")
claims_theirs=$(rows "$DIR/theirs/deal_claim.csv")
[[ $deals_ours -eq $DEALS && $deals_theirs -eq $DEALS ]] || die "deal rows: ours $deals_ours, sqlite3 $deals_theirs, expected $DEALS"
[[ $claims_ours -eq $claims_theirs ]] || die "claim rows differ: ours $claims_ours, sqlite3 $claims_theirs"

ratio=$(awk -v a="$(m ours)" -v b="$(m sqlite3)" 'BEGIN { printf "%.2f", a / b }')
cpu_ratio=$(awk -v a="$(c ours)" -v b="$(c sqlite3)" 'BEGIN { printf "%.2f", a / b }')

cat <<EOF

| step | median wall s | median CPU s | median peak RSS MB | runs |
|---|---:|---:|---:|---:|
| dump --db DB --out DIR (16 files, interchange format) | $(m ours) | $(c ours) | $(p ours) | $RUNS |
| sqlite3: every table as CSV (.mode csv, SELECT *) | $(m sqlite3) | $(c sqlite3) | $(p sqlite3) | $RUNS |
| ratio dump / sqlite3 | **$ratio** | $cpu_ratio | | |

Database: $DB, $(du -m "$DB" | cut -f1) MB. Output: ours $(du -sm "$DIR/ours" | cut -f1) MB in $(ls "$DIR/ours" | wc -l) files,
sqlite3 $(du -sm "$DIR/theirs" | cut -f1) MB in $(ls "$DIR/theirs" | wc -l) files. Rows: deals $deals_ours (sqlite3 $deals_theirs),
claims $claims_ours (sqlite3 $claims_theirs). Every dump run wrote the same bytes (sha256 $first_sum...).
Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs.
All runs: dump [${SECS[ours]% }] sqlite3 [${SECS[sqlite3]% }] (s wall).
EOF
