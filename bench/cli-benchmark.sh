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
TIME=/usr/bin/time

# The deal listing exactly as the application runs it for `list deals` (no --as-of, no --party):
# copied from org.allianceexplorer.data.SqliteDealRepository#dealQuery(RecordFilter, Long)
# (src/main/java/org/allianceexplorer/data/SqliteDealRepository.java). Keep the two in step.
DEAL_SQL="SELECT * FROM (SELECT d.id, e.name AS election, c.code AS seat, a.code AS assembly,\
 g.abbreviation AS giver, r.abbreviation AS receiver, d.candidate_name,\
 (SELECT k.status || ' ' || k.date FROM deal_claim k WHERE k.deal_id = d.id ORDER BY k.date DESC, k.id DESC LIMIT 1) AS status,\
 (SELECT count(*) FROM deal_claim k WHERE k.deal_id = d.id) AS claims,\
 cd.votes AS receiver_votes, cd.rank AS receiver_rank,\
 (SELECT o.votes FROM candidacy o WHERE o.election_id = d.election_id AND o.constituency_id = d.constituency_id\
 AND o.rank = CASE WHEN cd.rank = 1 THEN 2 ELSE 1 END) AS other_votes,\
 (SELECT max(v.votes) FROM candidacy v WHERE v.election_id = d.election_id AND v.constituency_id = d.constituency_id\
 AND +v.party_id = d.giver_id) AS giver_votes\
 FROM seat_deal d JOIN election e ON e.id = d.election_id JOIN constituency c ON c.id = d.constituency_id\
 JOIN assembly a ON a.id = c.assembly_id JOIN party g ON g.id = d.giver_id JOIN party r ON r.id = d.receiver_id\
 LEFT JOIN candidacy cd ON cd.id = d.candidacy_id WHERE 1 = 1 ORDER BY d.id)"

die() { echo "cli-benchmark: $*" >&2; exit 2; }

[[ -f "$JAR" ]] || die "no $JAR; build it first: (cd $here && mvn -B -DskipTests package)"
command -v "$JAVA" >/dev/null || die "no java on PATH"
command -v "$SQLITE3" >/dev/null || die "no sqlite3 on PATH (apt-get install -y sqlite3)"
if [[ ! -x $TIME ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "installing GNU time (apt-get install -y time)" >&2
        apt-get install -y -qq time >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }
    fi
    [[ -x $TIME ]] || die "no $TIME; install GNU time (apt-get install -y time)"
fi

mkdir -p "$DIR"
DB="$DIR/bench-p${PARTIES}-d${DEALS}-s${SEED}.sqlite"
OURS="$DIR/deals-ours.csv"
THEIRS="$DIR/deals-sqlite3.csv"
TF="$DIR/time.txt"

declare -A SECS CPU MB
# timed LABEL STDOUT_FILE CMD...: runs CMD with stdout to STDOUT_FILE; records wall s, CPU s, peak MB of this run
timed() {
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
    printf '  %-22s run: %6.2f s wall  %6.2f s CPU  %5d MB peak\n' "$label" "$s" "$cpu" "$((kb / 1024))" >&2
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Alliance Explorer CLI benchmark: $PARTIES parties, $DEALS deals, seed $SEED, $RUNS runs each, in $DIR" >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ours() { "$JAVA" -jar "$JAR" "$@"; }

for ((i = 1; i <= RUNS; i++)); do
    rm -f "$DB"
    timed generate "$DIR/generate.out" "$JAVA" -jar "$JAR" generate --out "$DB" --parties "$PARTIES" --deals "$DEALS" --seed "$SEED"
    # the same seed must give the same deals every run
    sum=$(ours list deals --db "$DB" --format csv | sha256sum | cut -c1-16)
    [[ -z "${first_sum:-}" ]] && first_sum=$sum
    [[ "$sum" == "$first_sum" ]] || die "run $i of generate gave other deals than run 1 (not deterministic)"
done
db_bytes=$(stat -c %s "$DB")

for ((i = 1; i <= RUNS; i++)); do
    timed info "$DIR/info.out" "$JAVA" -jar "$JAR" info --db "$DB"
done
for ((i = 1; i <= RUNS; i++)); do
    timed check "$DIR/check.out" "$JAVA" -jar "$JAR" check --db "$DB"
done
grep -q "passes every check" "$DIR/check.out" || die "check found problems in the generated database: $(tail -n 3 "$DIR/check.out")"
for ((i = 1; i <= RUNS; i++)); do
    timed "list deals csv" "$OURS" "$JAVA" -jar "$JAR" list deals --db "$DB" --format csv
    timed "sqlite3 same SQL" "$THEIRS" "$SQLITE3" -readonly -csv -header "$DB" "$DEAL_SQL"
done

rows_ours=$(($(wc -l <"$OURS") - 1))
rows_theirs=$(($(wc -l <"$THEIRS") - 1))
[[ $rows_ours -eq $rows_theirs ]] || die "row counts differ: list deals $rows_ours, sqlite3 $rows_theirs"
[[ $rows_ours -eq $DEALS ]] || die "list deals wrote $rows_ours rows, expected $DEALS"

m() { echo "${SECS[$1]}" | median; }
c() { echo "${CPU[$1]}" | median; }
p() { echo "${MB[$1]}" | median; }
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
