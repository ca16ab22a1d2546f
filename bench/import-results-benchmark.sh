#!/usr/bin/env bash
# Alliance Explorer import-results benchmark: `import-results` of a generated long CSV of 1,000,000
# candidacies against the sqlite3 shell's own `.import` of the same CSV into a plain table with the same
# indexes as our candidacy table, side by side in one run.
#
# Builds nothing itself: it expects the fat jar from
#     mvn -B -DskipTests package        (-> target/alliance-explorer.jar)
# and needs java, awk, sqlite3 (apt-get install -y sqlite3) and GNU time (/usr/bin/time).
#
# Usage:  bench/import-results-benchmark.sh [SCRATCH_DIR]      (default /tmp/ae-import-results-bench)
# Environment: JAR, ROWS (1000000), PER_SEAT (10 candidates a seat), RUNS (3), JAVA, SQLITE3,
#   MAX_LOAD (1.5), WAIT (600), FORCE (1: time even on a busy machine).
#
# The two sides, alternating, RUNS times each, each into a database of its own:
#   ours     java -jar JAR import-results --from CSV --into DB ...: a copy of a database holding the bundled
#            dataset's parties (so every label resolves), the election, assembly and ROWS/PER_SEAT seats made on
#            the way, every row checked and cited, ranks and winners computed, the copy renamed into place
#   sqlite3  sqlite3 NEW_DB: CREATE TABLE candidacy_plain (seat, candidate, party, votes) with the counterparts
#            of our candidacy table's three indexes: (seat, votes) for candidacy_seat, (party) for
#            candidacy_party, UNIQUE (seat, candidate) for the unique key candidacy_code; then
#            `.import --csv --skip 1 CSV candidacy_plain` (no checks, no ranks, no citations)
# Every timing is /usr/bin/time "%e %U %S %M": the table shows medians of wall seconds, CPU seconds and
# peak RSS. The CSV is in the page cache (read once before timing).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
DIR="${1:-${BENCH_DIR:-/tmp/ae-import-results-bench}}"
ROWS="${ROWS:-1000000}"
PER_SEAT="${PER_SEAT:-10}"
RUNS="${RUNS:-3}"
JAVA="${JAVA:-java}"
SQLITE3="${SQLITE3:-sqlite3}"
MAX_LOAD="${MAX_LOAD:-1.5}"
WAIT="${WAIT:-600}"
NAME=import-results-benchmark
TF="$DIR/time.txt"
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

mkdir -p "$DIR"
CSV="$DIR/results-$ROWS.csv"
BASE="$DIR/parties.sqlite"
if [[ ! -f "$CSV" ]]; then
    echo "writing $CSV ($ROWS candidacies, $PER_SEAT a seat)" >&2
    # the bundled dataset's party abbreviations, so that every label resolves through the parties
    awk -v rows="$ROWS" -v per="$PER_SEAT" 'BEGIN {
        n = split("PPP PML-N MQM-P ANP JI JUI-F GDA BAP PML-Q IPP", party, " ")
        print "seat,candidate,party,votes"
        srand(7)
        for (i = 0; i < rows; i++) {
            s = int(i / per)
            printf "GEN-%d,Candidate %d of seat %d,%s,%d\n", s, i % per + 1, s, party[i % per % n + 1], int(rand() * 100000)
        }
    }' >"$CSV.part"
    mv "$CSV.part" "$CSV"
fi
if [[ ! -f "$BASE" ]]; then
    "$JAVA" -jar "$JAR" import --from "$here/data" --out "$BASE" >/dev/null
fi
cat "$CSV" >/dev/null

wait_until_quiet

SQL="$DIR/sqlite3-import.sql"
cat >"$SQL" <<EOF
CREATE TABLE candidacy_plain (seat TEXT NOT NULL, candidate TEXT NOT NULL, party TEXT, votes INTEGER NOT NULL);
CREATE INDEX candidacy_plain_seat ON candidacy_plain (seat, votes);
CREATE INDEX candidacy_plain_party ON candidacy_plain (party);
CREATE UNIQUE INDEX candidacy_plain_key ON candidacy_plain (seat, candidate);
.import --csv --skip 1 $CSV candidacy_plain
EOF
# the comparison before 2026-12-03, without the unique key's counterpart: shown for continuity
SQL2="$DIR/sqlite3-import-2-indexes.sql"
grep -v candidacy_plain_key "$SQL" >"$SQL2"

echo "Alliance Explorer import-results benchmark: $ROWS candidacies, $RUNS runs each, in $DIR" >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= RUNS; i++)); do
    rm -f "$DIR/ours.sqlite" && cp "$BASE" "$DIR/ours.sqlite"
    timed ours "$JAVA" -jar "$JAR" import-results --from "$CSV" --into "$DIR/ours.sqlite" \
        --election gen-bench --election-name "Generated election" --polling-day 2030-01-01 --country PAK \
        --assembly GEN --assembly-name "Generated assembly" \
        --source-url https://example.org/generated --source-outlet "Generated for the benchmark"
    rm -f "$DIR/theirs.sqlite"
    timed sqlite3 "$SQLITE3" "$DIR/theirs.sqlite" ".read $SQL"
    rm -f "$DIR/theirs2.sqlite"
    timed sqlite3-2 "$SQLITE3" "$DIR/theirs2.sqlite" ".read $SQL2"
done

ours_rows=$("$SQLITE3" -readonly "$DIR/ours.sqlite" \
    "SELECT count(*) FROM candidacy c JOIN election e ON e.id = c.election_id WHERE e.code = 'gen-bench'")
theirs_rows=$("$SQLITE3" -readonly "$DIR/theirs.sqlite" "SELECT count(*) FROM candidacy_plain")
[[ $ours_rows -eq $ROWS && $theirs_rows -eq $ROWS ]] || die "rows: ours $ours_rows, sqlite3 $theirs_rows, expected $ROWS"

ratio=$(awk -v a="$(m ours)" -v b="$(m sqlite3)" 'BEGIN { printf "%.2f", a / b }')
cpu_ratio=$(awk -v a="$(c ours)" -v b="$(c sqlite3)" 'BEGIN { printf "%.2f", a / b }')

cat <<EOF

| step | median wall s | median CPU s | median peak RSS MB | runs |
|---|---:|---:|---:|---:|
| import-results --from CSV --into DB ($ROWS candidacies, checked, ranked, cited) | $(m ours) | $(c ours) | $(p ours) | $RUNS |
| sqlite3 .import of the same CSV into a plain table with the same 3 indexes | $(m sqlite3) | $(c sqlite3) | $(p sqlite3) | $RUNS |
| ratio import-results / sqlite3 | **$ratio** | $cpu_ratio | | |
| sqlite3 .import into the plain table with 2 indexes (no unique key; the comparison before 2026-12-03) | $(m sqlite3-2) | $(c sqlite3-2) | $(p sqlite3-2) | $RUNS |
| ratio import-results / sqlite3 with 2 indexes | $(awk -v a="$(m ours)" -v b="$(m sqlite3-2)" 'BEGIN { printf "%.2f", a / b }') | $(awk -v a="$(c ours)" -v b="$(c sqlite3-2)" 'BEGIN { printf "%.2f", a / b }') | | |

CSV: $CSV, $(du -m "$CSV" | cut -f1) MB, $ROWS rows, $PER_SEAT a seat. Databases after: ours $(du -m "$DIR/ours.sqlite" | cut -f1) MB,
sqlite3 $(du -m "$DIR/theirs.sqlite" | cut -f1) MB. Rows: ours $ours_rows, sqlite3 $theirs_rows.
Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs.
All runs: import-results [${SECS[ours]% }] sqlite3 [${SECS[sqlite3]% }] sqlite3 with 2 indexes [${SECS[sqlite3-2]% }] (s wall).
EOF
