#!/usr/bin/env bash
# Alliance Explorer import-history benchmark: what recording an import in the database's history costs.
# `import --into` of the same dataset into the same database by two builds, side by side in one run:
#   with     JAR (this build): the import recorded in the history as one edit (every record added, every
#            field changed), so that Undo takes it back
#   without  BEFORE_JAR: the build before imports were recorded (commit 0b7cd7d), the same import otherwise
# Two sizes: a colleague's dataset (SMALL: 12 parties, 200 deals, about 1,700 records) and a large one
# (LARGE: 60 parties, 8,000 deals, about 20,000 records, about 190,000 history rows: near the 250,000 the
# history keeps for one import), each into a copy of the bundled Pakistan database, with --update.
#
# Builds nothing itself: it expects the fat jars from `mvn -B -DskipTests package` of this checkout and of
# commit 0b7cd7d (for instance: git worktree add /tmp/ae-before 0b7cd7d && (cd /tmp/ae-before && mvn -B -o -q
# -DskipTests package)), and java, sqlite3 and GNU time (/usr/bin/time).
#
# Usage:  bench/import-history-benchmark.sh [SCRATCH_DIR]      (default /tmp/ae-import-history-bench)
# Environment: JAR, BEFORE_JAR (/tmp/ae-before/target/alliance-explorer.jar), RUNS (5), JAVA, SQLITE3,
#   MAX_LOAD (1.5), WAIT (600), FORCE (1: time even on a busy machine).
# The two builds alternate, RUNS times each per size; the table shows medians of wall seconds, CPU seconds and
# peak RSS (/usr/bin/time), the database's size after, and the history rows written.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
BEFORE_JAR="${BEFORE_JAR:-/tmp/ae-before/target/alliance-explorer.jar}"
DIR="${1:-${BENCH_DIR:-/tmp/ae-import-history-bench}}"
RUNS="${RUNS:-5}"
JAVA="${JAVA:-java}"
SQLITE3="${SQLITE3:-sqlite3}"
MAX_LOAD="${MAX_LOAD:-1.5}"
WAIT="${WAIT:-600}"
NAME=import-history-benchmark
TF="$DIR/time.txt"
mkdir -p "$DIR"
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"
[[ -f "$BEFORE_JAR" ]] || die "no $BEFORE_JAR: build commit 0b7cd7d's jar first (see the top of this script)"

BASE="$DIR/pakistan.sqlite"
[[ -f "$BASE" ]] || "$JAVA" -jar "$JAR" import --from "$here/data" --out "$BASE" >/dev/null
for size in small:12:200 large:60:8000; do
    IFS=: read -r label parties deals <<<"$size"
    if [[ ! -d "$DIR/$label" ]]; then
        rm -f "$DIR/$label.sqlite"
        "$JAVA" -jar "$JAR" generate --parties "$parties" --deals "$deals" --seed 9 --out "$DIR/$label.sqlite" >/dev/null
        "$JAVA" -jar "$JAR" dump --db "$DIR/$label.sqlite" --out "$DIR/$label" >/dev/null
    fi
done

wait_until_quiet
echo "Alliance Explorer import-history benchmark: $RUNS runs each, in $DIR" >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A SIZE ROWS
for label in small large; do
    for ((i = 1; i <= RUNS; i++)); do
        for side in with without; do
            jar=$JAR
            [[ $side == without ]] && jar=$BEFORE_JAR
            db="$DIR/$label-$side.sqlite"
            rm -f "$db" && cp "$BASE" "$db"
            timed "$label-$side" "$JAVA" -jar "$jar" import --from "$DIR/$label" --into "$db" --update
            SIZE[$label-$side]=$(du -k "$db" | cut -f1)
            ROWS[$label-$side]=$("$SQLITE3" -readonly "$db" "SELECT count(*) FROM history")
        done
    done
done

for label in small large; do
    a=$("$SQLITE3" -readonly "$DIR/$label-with.sqlite" "SELECT count(*) FROM party")
    b=$("$SQLITE3" -readonly "$DIR/$label-without.sqlite" "SELECT count(*) FROM party")
    [[ $a -eq $b ]] || die "$label: the two builds imported different parties ($a, $b)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

cat <<EOF

| import --into --update | median wall s | median CPU s | median peak RSS MB | database after (KB) | history rows |
|---|---:|---:|---:|---:|---:|
| small dataset, recorded in the history (this build) | $(m small-with) | $(c small-with) | $(p small-with) | ${SIZE[small-with]} | ${ROWS[small-with]} |
| small dataset, not recorded (0b7cd7d) | $(m small-without) | $(c small-without) | $(p small-without) | ${SIZE[small-without]} | ${ROWS[small-without]} |
| ratio recorded / not | **$(ratio "$(m small-with)" "$(m small-without)")** | $(ratio "$(c small-with)" "$(c small-without)") | | $(ratio "${SIZE[small-with]}" "${SIZE[small-without]}") | |
| large dataset, recorded in the history (this build) | $(m large-with) | $(c large-with) | $(p large-with) | ${SIZE[large-with]} | ${ROWS[large-with]} |
| large dataset, not recorded (0b7cd7d) | $(m large-without) | $(c large-without) | $(p large-without) | ${SIZE[large-without]} | ${ROWS[large-without]} |
| ratio recorded / not | **$(ratio "$(m large-with)" "$(m large-without)")** | $(ratio "$(c large-with)" "$(c large-without)") | | $(ratio "${SIZE[large-with]}" "${SIZE[large-without]}") | |

Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs.
All runs (s wall): small recorded [${SECS[small-with]% }] not [${SECS[small-without]% }];
large recorded [${SECS[large-with]% }] not [${SECS[large-without]% }].
EOF
