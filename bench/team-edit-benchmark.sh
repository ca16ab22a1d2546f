#!/usr/bin/env bash
# Several editors on one team database (issue 17): CLIENTS sessions x EDITS acknowledged edits on a copy of the
# bundled dataset on a PostgreSQL server; prints commit time p50/p95/p99 and checks that no update was lost.
# Target (issue 17): 20 clients x 500 edits, no lost update; p50/p95 in docs/benchmarks.md.
#
# Usage:  bench/team-edit-benchmark.sh [CLIENTS] [EDITS]        (default 20 500)
# The server: $AE_TEST_POSTGRES (and PGPASSWORD); without it a throwaway cluster is started and stopped
# (scripts/test-postgres.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
if [ -z "${AE_TEST_POSTGRES:-}" ]; then
  trap 'scripts/test-postgres.sh stop' EXIT
  eval "$(scripts/test-postgres.sh start)"
fi
mvn -o -q test-compile
cp="$(mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$cp" org.allianceexplorer.bench.TeamEditBench "${1:-20}" "${2:-500}"
