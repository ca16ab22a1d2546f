#!/usr/bin/env bash
# Makes the application's icon font (issue 16: the window starts without loading the whole Material Design Icons
# font and its 26 Java enums): the icons the code names ("mdi2h-handshake-outline" in src/main) cut out of the
# font of ikonli-materialdesign2-pack into src/main/resources/org/allianceexplorer/app/icons/, with their code
# points in icons.properties. Run it after using a new icon (AppIconsTest fails until then).
# Needs: JDK, Maven (online once), pyftsubset (Debian: apt-get install fonttools).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
version=12.4.0
out="$here/src/main/resources/org/allianceexplorer/app/icons"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v pyftsubset >/dev/null || { echo "missing: pyftsubset (apt-get install fonttools)" >&2; exit 2; }
for a in ikonli-materialdesign2-pack ikonli-core; do
    mvn -q -B dependency:copy -Dartifact="org.kordamp.ikonli:$a:$version" -DoutputDirectory="$work" >/dev/null
done
cp="$work/ikonli-materialdesign2-pack-$version.jar:$work/ikonli-core-$version.jar"
names=$(grep -rhoE 'mdi2[a-z]-[a-z0-9-]+' "$here/src/main/java" "$here/src/main/resources/org" | sort -u)
javac -d "$work" -cp "$cp" "$here/src/main/build/IconCodes.java"
{
    echo "# The icons the application uses: name = code point in material-design-icons.ttf (src/main/build/icon-font.sh)"
    # shellcheck disable=SC2086
    java -cp "$cp:$work" IconCodes $names
} > "$out/icons.properties"
(cd "$work" && unzip -q -o "ikonli-materialdesign2-pack-$version.jar" 'META-INF/resources/materialdesign2/*')
codes=$(grep -v '^#' "$out/icons.properties" | cut -d= -f2 | sed 's/^/U+/' | paste -sd, -)
pyftsubset "$work"/META-INF/resources/materialdesign2/*/fonts/materialdesignicons-webfont.ttf \
    --unicodes="$codes" --output-file="$out/material-design-icons.ttf" --no-hinting --desubroutinize
echo "$(grep -vc '^#' "$out/icons.properties") icons, $(stat -c %s "$out/material-design-icons.ttf") bytes: $out"
