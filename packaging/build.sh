#!/usr/bin/env bash
# Alliance Explorer's installers (issue 16): a runtime made by jlink with just the JDK modules the app needs, an app
# image made by jpackage, and from it the packages of the system this runs on. One command, from anywhere:
#
#   packaging/build.sh            Linux: the portable .tar.gz and the .deb; Windows: the .msi; macOS: the .dmg
#   packaging/build.sh tar        only some of them: app-image (the folder only), tar, deb, msi, dmg
#
# It packages target/alliance-explorer.jar (mvn -B -DskipTests package; run here when the jar is missing) and
# writes to target/dist/. packaging/README.md tells what each OS needs and what comes out.
#
# Environment: JAVA_HOME (a JDK 17 with jlink and jpackage; else those on PATH), AE_APP_VERSION (the version
# jpackage writes into the packages; default: the pom's), AE_DEB_MAINTAINER (an e-mail address for the .deb),
# AE_NO_CDS=1 (no class-data archive).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { printf '[%3ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() { echo "packaging/build.sh: $*" >&2; exit 1; }

tool() { # a JDK tool: JAVA_HOME's when set, else the one on PATH
  if [ -n "${JAVA_HOME:-}" ] && { [ -x "$JAVA_HOME/bin/$1" ] || [ -x "$JAVA_HOME/bin/$1.exe" ]; }; then
    echo "$JAVA_HOME/bin/$1"
  elif command -v "$1" >/dev/null 2>&1; then
    command -v "$1"
  else
    fail "$1 not found: a JDK 17 or newer with jlink and jpackage is needed (set JAVA_HOME)"
  fi
}
JAVA=$(tool java)
JLINK=$(tool jlink)
JDEPS=$(tool jdeps)
JPACKAGE=$(tool jpackage)

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) fail "unknown system $(uname -s)" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac

types=()
[ "$#" -eq 0 ] || types=("$@")
if [ "${#types[@]}" -eq 0 ]; then
  case $os in
    linux) types=(tar deb) ;;
    windows) types=(msi) ;;
    mac) types=(dmg) ;;
  esac
fi
wants() { local t; for t in "${types[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }
for t in "${types[@]}"; do
  case "$t:$os" in
    app-image:* | tar:linux | deb:linux | msi:windows | dmg:mac) ;;
    *) fail "cannot build '$t' on $os (app-image, and tar deb on Linux, msi on Windows, dmg on macOS)" ;;
  esac
done

# ---- what the pom says: version, description, the window's JVM options (javafx-maven-plugin's <option>s) -------
version=$(sed -n '/<artifactId>alliance-explorer<\/artifactId>/{n;s|.*<version>\(.*\)</version>.*|\1|p;q;}' pom.xml)
[ -n "$version" ] || fail "no project version found in pom.xml"
description=$(sed -n 's|.*<description>\(.*\)</description>.*|\1|p' pom.xml | head -n 1)
jvm_options=$(sed -n 's|.*<option>\(.*\)</option>.*|\1|p' pom.xml | tr '\n' ' ')
jvm_options=${jvm_options% }
[ -n "$jvm_options" ] || fail "no JVM <option>s found in pom.xml (javafx-maven-plugin)"
numeric=${version%%-*} # 0.1.0-SNAPSHOT: 0.1.0 (MSI and macOS take only numbers)
case $os in
  linux) app_version=${AE_APP_VERSION:-$version} deb_version=${AE_APP_VERSION:-${version//-/\~}} ;; # Debian: 0.1.0~SNAPSHOT sorts before 0.1.0
  windows) app_version=${AE_APP_VERSION:-$numeric} ;;
  mac)
    app_version=${AE_APP_VERSION:-$numeric}
    if wants dmg && [ "${app_version%%.*}" = 0 ]; then
      fail "jpackage on macOS refuses an app version that starts with 0 ($app_version); give one, e.g." \
        "AE_APP_VERSION=1.0.0 packaging/build.sh (packaging/README.md)"
    fi
    ;;
esac
vendor="Alliance Explorer contributors"
copyright="Copyright the Alliance Explorer contributors; Apache License 2.0"

# ---- the jar ----------------------------------------------------------------------------------------------------
jar=target/alliance-explorer.jar
if [ ! -f "$jar" ]; then
  step "no $jar: mvn -B -DskipTests package"
  mvn -B -DskipTests package
fi
jar_says=$("$JAVA" -jar "$jar" --version 2>&1 | tr -d '\r')
[ "$jar_says" = "Alliance Explorer $version" ] ||
  fail "$jar says '$jar_says', the pom '$version': run mvn -B -DskipTests package again"
step "Alliance Explorer $version ($os-$arch; packages $app_version): ${types[*]}"

work=target/packaging
dist=target/dist
rm -rf "$work"
mkdir -p "$work/input" "$dist"
cp "$jar" "$work/input/alliance-explorer.jar"

# ---- the runtime ------------------------------------------------------------------------------------------------
# What jdeps finds in the fat jar, plus jdk.localedata: the formats of the user's locale and Urdu's (en-PK, ur-PK:
# the import's day-first dates, the Urdu interface), which java.base does not hold. A module the jar comes to need
# that is not here stops the build (checked by jdeps each time; a missing one would fail only at run time).
# java.naming: the PostgreSQL driver (team databases, issue 17) reads its settings through JNDI names
modules=java.base,java.desktop,java.management,java.naming,java.prefs,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr
modules=$modules,jdk.unsupported,jdk.localedata
step "jdeps: the JDK modules the jar needs"
needed=$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tr -d '\r')
missing=$(comm -23 <(tr ',' '\n' <<<"$needed" | sort) <(tr ',' '\n' <<<"$modules" | sort))
[ -z "$missing" ] || fail "the jar needs modules the runtime lacks: add $(echo "$missing" | paste -sd, -) to" \
  "modules= in packaging/build.sh"
if [ $os = linux ] && ! command -v objcopy >/dev/null 2>&1; then
  fail "objcopy not found (jlink --strip-debug needs it): apt-get install binutils"
fi
step "jlink: $modules"
# --generate-cds-archive: the JDK's own classes shared (class-data sharing) in every start, on every system
"$JLINK" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$work/runtime"

# ---- the app image ----------------------------------------------------------------------------------------------
case $os in
  linux) name=alliance-explorer; icon=src/main/resources/org/allianceexplorer/app/icons/icon-256.png ;;
  windows) name="Alliance Explorer"; icon=packaging/icon.ico ;;
  mac)
    name="Alliance Explorer"
    icon=$work/alliance-explorer.icns
    iconset=$work/alliance-explorer.iconset
    mkdir -p "$iconset"
    png=src/main/resources/org/allianceexplorer/app/icons
    cp "$png/icon-16.png" "$iconset/icon_16x16.png"
    cp "$png/icon-32.png" "$iconset/icon_16x16@2x.png"
    cp "$png/icon-32.png" "$iconset/icon_32x32.png"
    cp "$png/icon-64.png" "$iconset/icon_32x32@2x.png"
    cp "$png/icon-128.png" "$iconset/icon_128x128.png"
    cp "$png/icon-256.png" "$iconset/icon_128x128@2x.png"
    cp "$png/icon-256.png" "$iconset/icon_256x256.png"
    iconutil -c icns "$iconset" -o "$icon"
    ;;
esac

# app_image DEST [JAVA OPTION...]: jpackage's app image of $work/input with the window's JVM options and these
app_image() {
  local dest=$1
  shift
  local extra=()
  case $os in
    windows)
      # the window's launcher has no console; alliance-explorer.exe beside it is the command line's
      printf 'win-console=true\n' >"$work/cli-launcher.properties"
      extra=(--add-launcher "alliance-explorer=$work/cli-launcher.properties")
      ;;
    mac)
      # Contents/MacOS/alliance-explorer: the same program under the command line's name
      printf '# the command line launcher: no options of its own\n' >"$work/cli-launcher.properties"
      extra=(--add-launcher "alliance-explorer=$work/cli-launcher.properties"
        --mac-package-identifier org.allianceexplorer --mac-package-name "Alliance Explorer")
      ;;
  esac
  "$JPACKAGE" --type app-image --dest "$dest" --name "$name" --app-version "$app_version" \
    --vendor "$vendor" --copyright "$copyright" --description "$description" --icon "$icon" \
    --input "$work/input" --main-jar alliance-explorer.jar --main-class org.allianceexplorer.Launcher \
    --runtime-image "$work/runtime" --java-options "$jvm_options $*" ${extra[@]+"${extra[@]}"}
}

step "jpackage: the app image ($jvm_options)"
app_image "$work/image"
case $os in
  mac) image="$work/image/$name.app" ;;
  *) image="$work/image/$name" ;;
esac

# ---- Linux: the portable .tar.gz --------------------------------------------------------------------------------
if wants tar; then
  tarball=$dist/alliance-explorer-$version-linux-$arch.tar.gz
  step "tar: $tarball"
  rm -f "$dist"/alliance-explorer-*-linux-*.tar.gz
  tar -C "$work/image" --transform "s|^alliance-explorer|alliance-explorer-$version|" -czf "$tarball" \
    alliance-explorer
fi

# ---- Linux: class-data sharing for the .deb ---------------------------------------------------------------------
# The classes a start of the window loads, recorded once under Xvfb; the .deb's postinst makes a static archive of
# them at its install folder, and the launcher maps it (-XX:SharedArchiveFile=$APPDIR/...). Not an archive made here:
# JDK 17 maps one only for the exact class path it was made with (/opt/... is not target/...), and says so on
# standard output each start. (packaging/README.md, "Class-data sharing")
classlist=$work/alliance-explorer.classlist
if wants deb && [ "${AE_NO_CDS:-}" != 1 ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    step "class-data sharing: recording the classes the window loads (Xvfb)"
    home=$(mktemp -d)
    # the window on the bundled dataset in a home of its own (no recent database, the user's settings untouched),
    # ended after 8 s once the list has stopped growing for 2 s (the window is up), at most after 60 s
    # shellcheck disable=SC2016,SC2086
    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
      list=$1; shift
      "$@" >/dev/null 2>&1 &
      pid=$!
      last=-1; still=0
      for _ in $(seq 120); do
        sleep 0.5
        kill -0 "$pid" 2>/dev/null || break
        n=$(wc -l <"$list" 2>/dev/null || echo 0)
        if [ "$n" -eq "$last" ] && [ "$n" -gt 3000 ]; then still=$((still + 1)); else still=0; fi
        last=$n
        [ "$SECONDS" -ge 8 ] && [ "$still" -ge 4 ] && break
      done
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" || true' train "$classlist" \
      "$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$classlist" $jvm_options -Duser.home="$home" \
      -cp "$image/lib/app/alliance-explorer.jar" org.allianceexplorer.Launcher || true
    rm -rf "$home"
    if grep -qx 'org/allianceexplorer/app/MainWindow' "$classlist" 2>/dev/null; then
      step "class-data sharing: $(wc -l <"$classlist") classes"
    else
      echo "packaging/build.sh: the window did not come up under Xvfb (no libgtk-3-0?): the .deb has no" \
        "class-data archive" >&2
      rm -f "$classlist"
    fi
  else
    echo "packaging/build.sh: no xvfb-run (apt-get install xvfb): the .deb has no class-data archive" >&2
  fi
fi

# ---- Linux: the .deb ----------------------------------------------------------------------------------------------
if wants deb; then
  { command -v fakeroot && command -v dpkg-deb; } >/dev/null 2>&1 ||
    fail "a .deb needs fakeroot and dpkg-deb: apt-get install fakeroot dpkg-dev"
  install_dir=/opt
  # the .deb's image: the portable one's, with the class list and the launcher option that maps the archive
  if [ -f "$classlist" ]; then
    cp "$classlist" "$work/input/"
    step "jpackage: the .deb's app image (with the class-data archive)"
    # shellcheck disable=SC2016 # $APPDIR is jpackage's: the launcher puts in its folder
    app_image "$work/deb-image" '-XX:SharedArchiveFile=$APPDIR/alliance-explorer.jsa -Xshare:auto'
    deb_image=$work/deb-image/$name
  else
    deb_image=$image
  fi
  mkdir -p "$work/linux-resources"
  for f in packaging/linux/*; do
    sed "s|@APPDIR@|$install_dir/alliance-explorer|g" "$f" >"$work/linux-resources/$(basename "$f")"
  done
  # the .aedb type's icon: the 128 px one (jpackage installs it as the mime type's 128 px icon)
  { cat packaging/aedb.properties; echo "icon=src/main/resources/org/allianceexplorer/app/icons/icon-128.png"; } \
    >"$work/aedb.properties"
  maintainer=()
  [ -z "${AE_DEB_MAINTAINER:-}" ] || maintainer=(--linux-deb-maintainer "$AE_DEB_MAINTAINER")
  step "jpackage: the .deb"
  rm -f "$dist"/alliance-explorer_*.deb
  # the JavaFX libraries are in the jar, so jpackage cannot see what they link: GTK 3 and GL are added by hand
  "$JPACKAGE" --type deb --app-image "$deb_image" --dest "$dist" --name alliance-explorer \
    --linux-package-name alliance-explorer --app-version "$deb_version" --vendor "$vendor" \
    --copyright "$copyright" --description "$description" --license-file LICENSE --icon "$icon" \
    --install-dir "$install_dir" --resource-dir "$work/linux-resources" \
    --linux-shortcut --linux-menu-group "Office;Science;Education;" --linux-app-category science \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1" --file-associations "$work/aedb.properties" \
    ${maintainer[@]+"${maintainer[@]}"}
fi

# ---- Windows: the .msi (WiX 3 on PATH) ----------------------------------------------------------------------------
if wants msi; then
  { cat packaging/aedb.properties; echo "icon=$icon"; } >"$work/aedb.properties"
  step "jpackage: the .msi"
  # the upgrade code stays the same for ever: a newer .msi replaces an older one
  "$JPACKAGE" --type msi --app-image "$image" --dest "$work/msi" --name "$name" --app-version "$app_version" \
    --vendor "$vendor" --copyright "$copyright" --description "$description" --license-file LICENSE \
    --win-upgrade-uuid 0e891f95-9bf4-47a5-9648-62bc166582ff --win-dir-chooser --win-menu \
    --win-menu-group "Alliance Explorer" --win-shortcut --file-associations "$work/aedb.properties"
  mv "$work/msi/"*.msi "$dist/alliance-explorer-$version-windows-$arch.msi"
fi

# ---- macOS: the .dmg ----------------------------------------------------------------------------------------------
if wants dmg; then
  { cat packaging/aedb.properties; echo "icon=$icon"; } >"$work/aedb.properties"
  step "jpackage: the .dmg"
  "$JPACKAGE" --type dmg --app-image "$image" --dest "$work/dmg" --name "$name" --app-version "$app_version" \
    --vendor "$vendor" --copyright "$copyright" --description "$description" --license-file LICENSE \
    --mac-package-identifier org.allianceexplorer --mac-package-name "Alliance Explorer" \
    --file-associations "$work/aedb.properties"
  mv "$work/dmg/"*.dmg "$dist/alliance-explorer-$version-macos-$arch.dmg"
fi

if wants app-image; then
  step "the app image: $image"
fi
step "done: $(du -sh "$image" | cut -f1) app image"
ls -l "$dist"
