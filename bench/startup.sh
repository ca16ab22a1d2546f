#!/usr/bin/env bash
# Cold start to the first frame (issue 16): Alliance Explorer against a bare JavaFX window started the same way,
# side by side in one run (bench/startup.py says how). Usage: [CDS=1] bench/startup.sh [RUNS] [ARGS...]
# CDS=1: both with class-data sharing, each from an archive its own training run wrote (as the installed launcher).
# ARGS go to Alliance Explorer (e.g. --db FILE; none: the bundled dataset). Needs the fat jar (mvn -B -DskipTests
# package); installs Xvfb with apt-get when root and missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$here/target/alliance-explorer.jar}"
[[ -f "$JAR" ]] || { echo "no $JAR: run mvn -B -DskipTests package first" >&2; exit 2; }
if ! command -v Xvfb >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y xvfb >/dev/null; else echo "missing: xvfb" >&2; exit 2; fi
fi
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "$JAR" "$here/bench/HelloFx.java"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
JAR="$JAR" python3 "$here/bench/startup.py" "$classes" "${1:-5}" "${@:2}"
