#!/usr/bin/env bash
# Renders packaging/icon.svg into the PNGs the window and the installers use (committed; run again only after
# changing the SVG): src/main/resources/org/allianceexplorer/app/icons/icon-N.png for N in 16 32 48 64 128 256,
# and packaging/icon.ico (16-256, for the Windows .msi and launcher).
# Needs rsvg-convert (Debian: librsvg2-bin) for the PNGs and ImageMagick's convert for the .ico.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/resources/org/allianceexplorer/app/icons
mkdir -p "$out"
for n in 16 32 48 64 128 256; do
  rsvg-convert -w "$n" -h "$n" packaging/icon.svg -o "$out/icon-$n.png"
done
# /usr/bin/convert: ImageMagick itself, not a wrapper of the same name earlier on PATH
convert=/usr/bin/convert
[ -x "$convert" ] || convert=convert
"$convert" "$out"/icon-{16,32,48,64,128,256}.png packaging/icon.ico
ls -l "$out" packaging/icon.ico
