# Shared by the benchmark scripts in bench/ (sourced, not run). Before sourcing, set NAME (for messages),
# JAR, JAVA, SQLITE3, MAX_LOAD, WAIT and TF (a scratch file for GNU time's output).
# Gives: die, load, wait_until_quiet, timed LABEL CMD... (collects wall s, CPU s and peak RSS MB per label in
# SECS, CPU, MB), median (of numbers on stdin), m/c/p LABEL (medians of one label's wall, CPU, RSS).
TIME=/usr/bin/time

die() { echo "$NAME: $*" >&2; exit 2; }

[[ -f "$JAR" ]] || die "no $JAR; build it first: (cd $here && mvn -B -DskipTests package)"
command -v "$JAVA" >/dev/null || die "no java on PATH"
if ! command -v "$SQLITE3" >/dev/null && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing sqlite3 (apt-get install -y sqlite3)" >&2
    apt-get install -y -qq sqlite3 >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq sqlite3 >/dev/null; }
fi
command -v "$SQLITE3" >/dev/null || die "no sqlite3 on PATH (apt-get install -y sqlite3)"
if [[ ! -x $TIME ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y -qq time >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }
    fi
    [[ -x $TIME ]] || die "no $TIME; install GNU time (apt-get install -y time)"
fi

load() { cut -d' ' -f1 /proc/loadavg; }
quiet() { awk -v l="$(load)" -v m="$MAX_LOAD" 'BEGIN { exit !(l < m) }'; }

# waits up to WAIT seconds for the 1-minute load average to fall below MAX_LOAD; exit 3 unless FORCE=1
wait_until_quiet() {
    local waited=0
    until quiet; do
        if ((waited >= WAIT)); then
            if [[ "${FORCE:-0}" == 1 ]]; then
                echo "$NAME: load $(load) is not below $MAX_LOAD after ${WAIT} s; FORCE=1, timing anyway" >&2
                return 0
            fi
            echo "$NAME: the machine is not quiet (load $(load), need below $MAX_LOAD) after ${WAIT} s;" \
                "not timing (FORCE=1 times anyway)" >&2
            exit 3
        fi
        sleep 15
        waited=$((waited + 15))
    done
}

declare -A SECS CPU MB
# timed_to LABEL STDOUT_FILE CMD...: runs CMD with its standard output into STDOUT_FILE; records wall s, CPU s and
# peak MB of this run under LABEL
timed_to() {
    local label="$1" out="$2"
    shift 2
    if ! "$TIME" -f "%e %U %S %M" -o "$TF" "$@" >"$out"; then
        cat "$TF" >&2
        die "$label failed: $*"
    fi
    local s user sys kb cpu
    read -r s user sys kb < <(tail -n 1 "$TF")
    cpu=$(awk -v u="$user" -v y="$sys" 'BEGIN { printf "%.2f", u + y }')
    SECS[$label]+="$s "
    CPU[$label]+="$cpu "
    MB[$label]+="$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }') "
    printf '  %-8s run: %6.2f s wall  %6.2f s CPU  %5d MB peak  (load %s)\n' "$label" "$s" "$cpu" "$((kb / 1024))" "$(load)" >&2
}
# timed LABEL CMD...: the same, standard output discarded
timed() { timed_to "$1" /dev/null "${@:2}"; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
m() { echo "${SECS[$1]}" | median; }
c() { echo "${CPU[$1]}" | median; }
p() { echo "${MB[$1]}" | median; }

# edit_bench_setup: for the bench mains on the test class path (EditBench, EditShownBench): builds the test classes,
# sets CP, and sets DB to the generated 1,000 parties / 1,000,000 deals database (seed 1) in $DIR, made once
# and read into the page cache
edit_bench_setup() {
    (cd "$here" && mvn -B -o -q test-compile && mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null)
    CP="$here/target/classes:$here/target/test-classes:$(cat "$DIR/cp.txt")"
    DB="$DIR/generated-p1000-d1000000-s1.sqlite"
    if [[ ! -f "$DB" ]]; then
        echo "generating $DB (once)" >&2
        "$JAVA" -cp "$CP" org.allianceexplorer.bench.EditBench "$DB" 0 >/dev/null
    fi
    cat "$DB" >/dev/null
}
