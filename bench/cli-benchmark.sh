#!/usr/bin/env bash
# Alliance Explorer command-line benchmark: generate a large synthetic database, then time `info`,
# `check` and `list deals --format csv` against the sqlite3 shell running the same listing SQL.
#
# Builds nothing itself: it expects the fat jar from
#     mvn -B -DskipTests package        (-> target/alliance-explorer.jar)
# and needs java, sqlite3 and GNU time (/usr/bin/time; installed with apt-get when missing and root).
#
# Usage:  bench/cli-benchmark.sh [SCRATCH_DIR]          (default /tmp/ae-bench)
# Environment overrides: JAR, PARTIES (1000), DEALS (1000000), SEED (1), RUNS (3), JAVA (java), SQLITE3 (sqlite3)
# Every timing is run RUNS times; the table shows medians of wall time, CPU time (user + system, all
# threads: the JVM's JIT and GC threads count) and peak RSS. CPU time is the steadier figure on a shared
# machine; the load average is printed with the table. The database is freshly written, so all reads are
# warm (the file is in the page cache).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
DIR="${1:-${BENCH_DIR:-/tmp/ae-bench}}"
PARTIES="${PARTIES:-1000}"
DEALS="${DEALS:-1000000}"
SEED="${SEED:-1}"
RUNS="${RUNS:-3}"
JAVA="${JAVA:-java}"
SQLITE3="${SQLITE3:-sqlite3}"
NAME=cli-benchmark
MAX_LOAD="${MAX_LOAD:-99}"
WAIT="${WAIT:-0}"
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

# The deal listing exactly as the application runs it for `list deals` (no --as-of, no --party), printed from
# the application's own classes (SqlDealRepository#dealQuery) so the two cannot drift apart.
DEAL_SQL="$("$JAVA" -cp "$JAR" "$here/bench/PrintDealSql.java")"

mkdir -p "$DIR"
DB="$DIR/bench-p${PARTIES}-d${DEALS}-s${SEED}.sqlite"
OURS="$DIR/deals-ours.csv"
THEIRS="$DIR/deals-sqlite3.csv"
TF="$DIR/time.txt"


echo "Alliance Explorer CLI benchmark: $PARTIES parties, $DEALS deals, seed $SEED, $RUNS runs each, in $DIR" >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ours() { "$JAVA" -jar "$JAR" "$@"; }

for ((i = 1; i <= RUNS; i++)); do
    rm -f "$DB"
    timed_to generate "$DIR/generate.out" "$JAVA" -jar "$JAR" generate --out "$DB" --parties "$PARTIES" --deals "$DEALS" --seed "$SEED"
    # the same seed must give the same deals every run
    sum=$(ours list deals --db "$DB" --format csv | sha256sum | cut -c1-16)
    [[ -z "${first_sum:-}" ]] && first_sum=$sum
    [[ "$sum" == "$first_sum" ]] || die "run $i of generate gave other deals than run 1 (not deterministic)"
done
db_bytes=$(stat -c %s "$DB")

for ((i = 1; i <= RUNS; i++)); do
    timed_to info "$DIR/info.out" "$JAVA" -jar "$JAR" info --db "$DB"
done
for ((i = 1; i <= RUNS; i++)); do
    timed_to check "$DIR/check.out" "$JAVA" -jar "$JAR" check --db "$DB"
done
grep -q "passes every check" "$DIR/check.out" || die "check found problems in the generated database: $(tail -n 3 "$DIR/check.out")"
for ((i = 1; i <= RUNS; i++)); do
    timed_to "list deals csv" "$OURS" "$JAVA" -jar "$JAR" list deals --db "$DB" --format csv
    timed_to "sqlite3 same SQL" "$THEIRS" "$SQLITE3" -readonly -csv -header "$DB" "$DEAL_SQL"
done

rows_ours=$(($(wc -l <"$OURS") - 1))
rows_theirs=$(($(wc -l <"$THEIRS") - 1))
[[ $rows_ours -eq $rows_theirs ]] || die "row counts differ: list deals $rows_ours, sqlite3 $rows_theirs"
[[ $rows_ours -eq $DEALS ]] || die "list deals wrote $rows_ours rows, expected $DEALS"

ratio=$(awk -v a="$(m 'list deals csv')" -v b="$(m 'sqlite3 same SQL')" 'BEGIN { printf "%.2f", a / b }')
cpu_ratio=$(awk -v a="$(c 'list deals csv')" -v b="$(c 'sqlite3 same SQL')" 'BEGIN { printf "%.2f", a / b }')

cat <<EOF

| step | median wall s | median CPU s | median peak RSS MB | runs |
|---|---:|---:|---:|---:|
| generate ($PARTIES parties, $DEALS deals, seed $SEED) | $(m generate) | $(c generate) | $(p generate) | $RUNS |
| info | $(m info) | $(c info) | $(p info) | $RUNS |
| check | $(m check) | $(c check) | $(p check) | $RUNS |
| list deals --format csv > file | $(m 'list deals csv') | $(c 'list deals csv') | $(p 'list deals csv') | $RUNS |
| sqlite3 -csv -header, same SQL > file | $(m 'sqlite3 same SQL') | $(c 'sqlite3 same SQL') | $(p 'sqlite3 same SQL') | $RUNS |
| ratio list deals / sqlite3 | $ratio | $cpu_ratio | | |

Database: $DB, $(awk -v b="$db_bytes" 'BEGIN { printf "%.1f MB (%d bytes)", b / 1048576, b }').
Rows: list deals $rows_ours, sqlite3 $rows_theirs (match). Output sizes: ours $(stat -c %s "$OURS") bytes, sqlite3 $(stat -c %s "$THEIRS") bytes.
Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs.
All runs per step: generate [${SECS[generate]% }] info [${SECS[info]% }] check [${SECS[check]% }] list [${SECS['list deals csv']% }] sqlite3 [${SECS['sqlite3 same SQL']% }] (s).
EOF
