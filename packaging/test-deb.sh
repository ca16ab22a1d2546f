#!/usr/bin/env bash
# The check of the Linux package (issue 16; CI runs it after mvn -B verify): builds the .deb and the .tar.gz with
# packaging/build.sh, installs the .deb with dpkg -i, runs the installed launcher headless (and its window under
# Xvfb when there is one), and removes the package again, also when a check fails. As root, on Debian or Ubuntu.
# shellcheck disable=SC2015 # A && B || fail: fail when either does
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "packaging/test-deb.sh: run as root (it installs and removes a package)" >&2; exit 1; }
started=$SECONDS
step() { printf '[deb %3ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() { echo "packaging/test-deb.sh: FAILED: $*" >&2; exit 1; }

# what a fresh machine lacks: fakeroot (jpackage builds the .deb with it), objcopy (jlink --strip-debug), and for
# recording the window's classes (class-data sharing) and the window check: Xvfb, GTK 3, xprop
need=()
command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
command -v objcopy >/dev/null 2>&1 || need+=(binutils)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v xprop >/dev/null 2>&1 || need+=(x11-utils)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || need+=(libgtk-3-0)
export DEBIAN_FRONTEND=noninteractive
if [ "${#need[@]}" -gt 0 ]; then
  step "installing: ${need[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

step "packaging/build.sh"
packaging/build.sh tar deb
version=$(sed -n '/<artifactId>alliance-explorer<\/artifactId>/{n;s|.*<version>\(.*\)</version>.*|\1|p;q;}' pom.xml)
deb=$(ls target/dist/alliance-explorer_*.deb)
tarball=target/dist/alliance-explorer-$version-linux-x64.tar.gz
[ -s "$tarball" ] || fail "no $tarball"

app=/opt/alliance-explorer
launcher=$app/bin/alliance-explorer
tmp=$(mktemp -d)
installed=
cleanup() {
  if [ -n "$installed" ]; then
    dpkg -P alliance-explorer >/dev/null || echo "packaging/test-deb.sh: dpkg -P alliance-explorer failed" >&2
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# the package's dependencies from Debian (what apt install ./FILE.deb would take), then the package with dpkg
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g' | grep -v '^$' | tr '\n' ' ')
missing=()
for d in $deps; do dpkg -s "$d" >/dev/null 2>&1 || missing+=("$d"); done
if [ "${#missing[@]}" -gt 0 ]; then
  step "the package's dependencies: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
step "dpkg -i $deb ($(du -m "$deb" | cut -f1) MB)"
installed=yes
dpkg -i "$deb"

step "alliance-explorer --version"
says=$("$launcher" --version)
[ "$says" = "Alliance Explorer $version" ] || fail "--version says '$says', the pom '$version'"

step "alliance-explorer on PATH"
[ "$(readlink -f /usr/bin/alliance-explorer)" = "$launcher" ] || fail "/usr/bin/alliance-explorer is not $launcher"
says=$(/usr/bin/alliance-explorer --version)
[ "$says" = "Alliance Explorer $version" ] || fail "/usr/bin/alliance-explorer --version says '$says'"

step "alliance-explorer info"
"$launcher" info >"$tmp/info.txt" || fail "info exited with $?"
grep -q '^database  Bundled dataset' "$tmp/info.txt" || fail "info: $(head -n 3 "$tmp/info.txt")"

step "alliance-explorer export (PNG, SVG)"
"$launcher" export --help >/dev/null || fail "export --help exited with $?"
"$launcher" export --view graph --format png --out "$tmp/graph.png" || fail "export png exited with $?"
"$launcher" export --view timeline --format svg --from 2023-06-01 --to 2024-03-01 --out "$tmp/timeline.svg" ||
  fail "export svg exited with $?"
[ -s "$tmp/graph.png" ] && [ "$(head -c 4 "$tmp/graph.png" | tail -c 3)" = PNG ] || fail "no PNG written"
[ -s "$tmp/timeline.svg" ] && grep -q '<svg' "$tmp/timeline.svg" || fail "no SVG written"

step "a database given alone, as the desktop entry gives it"
"$launcher" new --out "$tmp/mine.aedb" --name "CI check" >/dev/null || fail "new exited with $?"
printf 'not a database\n' >"$tmp/notes.aedb"
set +e
"$launcher" "$tmp/notes.aedb" 2>"$tmp/err.txt"
code=$?
set -e
[ "$code" = 2 ] && grep -q 'is not an SQLite database' "$tmp/err.txt" ||
  fail "a foreign .aedb: exit code $code, '$(cat "$tmp/err.txt")' (expected 2, 'is not an SQLite database')"

step "the desktop entry and the .aedb type"
desktop=$(grep -l "^Exec=$launcher" /usr/share/applications/*.desktop) || fail "no desktop entry in /usr/share/applications"
grep -q "^Exec=$launcher %[fF]\$" "$desktop" || fail "$desktop: $(grep ^Exec= "$desktop") (no %f)"
grep -q '^MimeType=application/vnd.alliance-explorer.database+sqlite' "$desktop" || fail "$desktop: no MimeType"
grep -q '^Name=Alliance Explorer$' "$desktop" || fail "$desktop: $(grep ^Name= "$desktop")"
grep -qs 'glob pattern="\*.aedb"' /usr/share/mime/packages/*alliance-explorer*.xml || fail "no .aedb mime type"

if [ -f "$app/lib/app/alliance-explorer.classlist" ]; then
  step "class-data sharing: the archive postinst made is mapped"
  [ -s "$app/lib/app/alliance-explorer.jsa" ] || fail "no $app/lib/app/alliance-explorer.jsa"
  JAVA_TOOL_OPTIONS=-Xlog:cds=info "$launcher" --version >"$tmp/cds.txt" 2>&1 || fail "--version with -Xlog:cds"
  grep -q "Opened archive $app/lib/app/alliance-explorer.jsa" "$tmp/cds.txt" || fail "archive not opened"
  ! grep -Eiq 'mismatch|unable to use|error' "$tmp/cds.txt" || fail "archive not used: $(grep -Ei 'mismatch|unable|error' "$tmp/cds.txt")"
else
  step "class-data sharing: none in this package (no Xvfb when it was built)"
fi

if command -v xvfb-run >/dev/null 2>&1 && command -v xprop >/dev/null 2>&1; then
  step "the window on mine.aedb under Xvfb"
  # shellcheck disable=SC2016
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    "$1" "$2" >"$3/window.log" 2>&1 &
    pid=$!
    for _ in $(seq 60); do
      sleep 0.5
      for w in $(xwininfo -root -children | awk "/\"/{print \$1}"); do
        xprop -id "$w" WM_NAME 2>/dev/null
      done >"$3/titles.txt"
      grep -q "mine.aedb\"" "$3/titles.txt" && break
    done
    kill -TERM "$pid" 2>/dev/null
    wait "$pid"' window "$launcher" "$tmp/mine.aedb" "$tmp" || true
  grep -q 'mine.aedb"' "$tmp/titles.txt" ||
    fail "no window titled 'Alliance Explorer — mine.aedb': $(cat "$tmp/titles.txt" "$tmp/window.log")"
fi

step "dpkg -P alliance-explorer (remove and purge)"
installed=
dpkg -P alliance-explorer >/dev/null
[ ! -e "$app" ] || fail "$app is still there after dpkg -P"
! grep -qs "^Exec=$launcher" /usr/share/applications/*.desktop || fail "the desktop entry is still there"
[ ! -e /usr/bin/alliance-explorer ] || fail "/usr/bin/alliance-explorer is still there after dpkg -P"
step "ok: $(du -m "$deb" | cut -f1) MB .deb, $(du -m "$tarball" | cut -f1) MB .tar.gz"
