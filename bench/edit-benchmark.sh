#!/usr/bin/env bash
# Alliance Explorer edit benchmark: how long an edit takes to commit (one transaction: field and check rules on
# the records it touches, history rows, WAL commit with fsync) on a generated 1,000,000-deal database.
# Target (issue 12): median <= 20 ms.
#
# Runs the bench main org.allianceexplorer.bench.EditBench on the test class path (it builds it with
# `mvn -o -q test-compile` and `dependency:build-classpath`). The database is generated once (1,000 parties,
# 1,000,000 deals, seed 1; about 20 s on a quiet machine) into the scratch folder and copied before editing.
#
# Usage:  bench/edit-benchmark.sh [SCRATCH_DIR]          (default /tmp/ae-edit-bench)
# Environment: EDITS (100 per kind of edit), JAVA (java), MAX_LOAD (1.5): the 1-minute load average must be below
#   it before timing starts; the script waits up to WAIT seconds (600) and otherwise stops (exit 3) unless FORCE=1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-${BENCH_DIR:-/tmp/ae-edit-bench}}"
EDITS="${EDITS:-100}"
JAVA="${JAVA:-java}"
MAX_LOAD="${MAX_LOAD:-1.5}"
WAIT="${WAIT:-600}"
NAME=edit-benchmark
mkdir -p "$DIR"
TF="$DIR/time.txt"
# lib.sh wants the fat jar and sqlite3, which this benchmark does not use; it gives wait_until_quiet
JAR="${JAR:-$here/target/alliance-explorer.jar}"
[[ -f "$JAR" ]] || JAR="$here/pom.xml"
SQLITE3="${SQLITE3:-sqlite3}"
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

edit_bench_setup
wait_until_quiet
echo "load before timing: $(load)" >&2
"$JAVA" -Xmx1g -cp "$CP" org.allianceexplorer.bench.EditBench "$DB" "$EDITS"
echo "load after timing: $(load)" >&2
