#!/usr/bin/env bash
# Alliance Explorer: how soon the open views show an edit (issue 12: within 200 ms on the 1,000,000-deal database),
# and that an edit never waits behind a long read. Runs the bench main org.allianceexplorer.bench.EditShownBench
# on the test class path under a display (xvfb-run): the Seat deals table loaded, the detail pane on a deal among
# its visible rows, the window's own task runner; each run adds a claim to that deal through EditCommands.apply
# and times, from the commit, the table's visible rows and the detail pane showing it and the rest of the table
# reloading behind; then a second edit is made at once, while that reload runs, and timed from call to commit.
#
# Usage:  bench/edit-shown-benchmark.sh [SCRATCH_DIR]        (default /tmp/ae-edit-bench; the database is shared
#         with bench/edit-benchmark.sh and generated there once)
# Environment: RUNS (10), JAVA (java), MAX_LOAD (1.5), WAIT (600), FORCE=1 to time on a busy machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-${BENCH_DIR:-/tmp/ae-edit-bench}}"
RUNS="${RUNS:-10}"
JAVA="${JAVA:-java}"
MAX_LOAD="${MAX_LOAD:-1.5}"
WAIT="${WAIT:-600}"
NAME=edit-shown-benchmark
mkdir -p "$DIR"
TF="$DIR/time.txt"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
[[ -f "$JAR" ]] || JAR="$here/pom.xml"
SQLITE3="${SQLITE3:-sqlite3}"
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

edit_bench_setup
wait_until_quiet
echo "load before timing: $(load)" >&2
xvfb-run -a "$JAVA" -Xmx4g -cp "$CP" org.allianceexplorer.bench.EditShownBench "$DB" "$RUNS" 2>&1 | grep -v -e WARNING -e PlatformImpl
echo "load after timing: $(load)" >&2
