#!/usr/bin/env bash
# Alliance Explorer and DB Browser for SQLite side by side on one large database (issue 15): when each shows the
# seat-deal table's rows, and each one's peak resident memory. See bench/side_by_side.py for what is measured.
#
# Usage:  bench/side-by-side.sh [DB.sqlite] [RUNS]
#   DB    default: a 1,000,000-deal database generated once into /tmp/ae-bench (about a minute)
#   RUNS  default 3 (medians)
# Needs the fat jar (mvn -B -DskipTests package). Installs with apt-get, when root and missing: Xvfb, xdotool,
# sqlitebrowser (DB Browser for SQLite).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
[[ -f "$JAR" ]] || { echo "no $JAR: run mvn -B -DskipTests package first" >&2; exit 2; }

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v sqlitebrowser >/dev/null || need+=(sqlitebrowser)
if ((${#need[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        apt-get install -y "${need[@]}" >/dev/null
    else
        echo "missing: ${need[*]} (apt-get install ${need[*]})" >&2
        exit 2
    fi
fi

DB="${1:-}"
if [[ -z "$DB" ]]; then
    mkdir -p /tmp/ae-bench
    DB=/tmp/ae-bench/side-by-side-d1000000.sqlite
    [[ -f "$DB" ]] || java -jar "$JAR" generate --out "$DB" --parties 40 --deals 1000000 --seed 1
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
JAR="$JAR" python3 "$here/bench/side_by_side.py" "$DB" "${2:-3}"
