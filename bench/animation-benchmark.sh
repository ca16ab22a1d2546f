#!/usr/bin/env bash
# Alliance Explorer: the network in motion (issue 14). Times `export --view graph --format gif` of 200 monthly
# frames (1 Jan 2008 to 1 Aug 2024) at 1280x720 on the bundled dataset, end to end (JVM start, reading the data,
# laying out the union and every frame, painting, quantising and writing included), RUNS times; prints each run,
# the median wall seconds, the peak RSS and the file's size and frame count. Targets: under 60 s, under 20 MB.
#
# Builds the jar when it is missing (mvn -B -q -o -DskipTests package). Waits for a quiet machine when MAX_LOAD
# is set (the 1-minute load average below it, up to WAIT seconds; FORCE=1 times anyway after that).
#
# Usage:  bench/animation-benchmark.sh [SCRATCH_DIR]       (default /tmp/ae-animation-bench)
# Environment: RUNS (3), JAVA (java), JAR (target/alliance-explorer.jar), FROM (2008-01-01), TO (2024-08-01),
#              STEP (1m), WIDTH (1280), FPS (2), MAX_LOAD (none), WAIT (600)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-/tmp/ae-animation-bench}"
RUNS="${RUNS:-3}"
JAVA="${JAVA:-java}"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
FROM="${FROM:-2008-01-01}"
TO="${TO:-2024-08-01}"
STEP="${STEP:-1m}"
WIDTH="${WIDTH:-1280}"
FPS="${FPS:-2}"
MAX_LOAD="${MAX_LOAD:-}"
WAIT="${WAIT:-600}"
NAME=animation-benchmark

die() { echo "$NAME: $*" >&2; exit 2; }
load() { cut -d' ' -f1 /proc/loadavg; }

command -v "$JAVA" >/dev/null || die "no java on PATH"
if [[ ! -f "$JAR" ]]; then
    echo "$NAME: no $JAR; building it (mvn -B -q -o -DskipTests package)" >&2
    (cd "$here" && mvn -B -q -o -DskipTests package) || die "the build failed"
fi
if [[ -n "$MAX_LOAD" ]]; then
    waited=0
    until awk -v l="$(load)" -v m="$MAX_LOAD" 'BEGIN { exit !(l < m) }'; do
        if ((waited >= WAIT)); then
            [[ "${FORCE:-0}" == 1 ]] || die "the machine is not quiet (load $(load), need below $MAX_LOAD) after $WAIT s"
            echo "$NAME: load $(load) after $WAIT s; FORCE=1, timing anyway" >&2
            break
        fi
        sleep 15
        waited=$((waited + 15))
    done
fi

mkdir -p "$DIR"
OUT="$DIR/graph-$FROM-$TO-$STEP.gif"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
secs=()
mbs=()
for ((i = 1; i <= RUNS; i++)); do
    rm -f "$OUT"
    start=$(date +%s%N)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f "%M" -o "$DIR/rss.txt" "$JAVA" -Djava.awt.headless=true -jar "$JAR" export --view graph \
            --format gif --from "$FROM" --to "$TO" --step "$STEP" --fps "$FPS" --width "$WIDTH" --out "$OUT" \
            >"$DIR/export.out" || die "run $i failed: $(cat "$DIR/export.out")"
        mbs+=("$(awk '{ printf "%.0f", $1 / 1024 }' "$DIR/rss.txt")")
    else
        "$JAVA" -Djava.awt.headless=true -jar "$JAR" export --view graph --format gif --from "$FROM" --to "$TO" \
            --step "$STEP" --fps "$FPS" --width "$WIDTH" --out "$OUT" >"$DIR/export.out" || die "run $i failed"
    fi
    end=$(date +%s%N)
    s=$(awk -v n=$((end - start)) 'BEGIN { printf "%.2f", n / 1e9 }')
    secs+=("$s")
    echo "run $i: ${s} s  (load $(load))  $(cat "$DIR/export.out")" >&2
done
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
med=$(printf '%s\n' "${secs[@]}" | median)
rss=$( ((${#mbs[@]})) && printf '%s\n' "${mbs[@]}" | median || echo "?")
bytes=$(stat -c %s "$OUT")
frames=$(sed -n 's/.*: \([0-9]*\) frames,.*/\1/p' "$DIR/export.out")

cat <<EOF

| measure | value |
|---|---|
| frames ($FROM to $TO every $STEP, $FPS a second) | $frames |
| frame size | ${WIDTH} px wide, 9/16 of it high |
| median wall time, end to end ($RUNS runs: ${secs[*]} s) | **$med s** |
| median peak RSS | $rss MB |
| file size | **$(awk -v b="$bytes" 'BEGIN { printf "%.2f MB (%d bytes)", b / 1048576, b }')** |

Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs.
File: $OUT
EOF
