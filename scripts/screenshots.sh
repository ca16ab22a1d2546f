#!/usr/bin/env bash
# Retakes the pictures of docs/screenshots with today's window, headless (Monocle), in one Maven run: every
# screen in both themes (bundled Pakistan and Malaysia datasets, Urdu), the laptop sizes, the timeline, graph and
# charts, editing, the import wizard, Help and Preferences, ParlGov. The pictures of a generated database of
# 1,000,000 deals (ScaleScreenshots: several minutes) only with SCALE=1.
#
# Usage:  scripts/screenshots.sh [DIR]     (default docs/screenshots)
# Environment: SCALE=1 (the large-database pictures too), KEEP_NEW=1 (keep pictures git does not track yet),
#   MVN (mvn), MVN_ARGS (more Maven arguments, e.g. -o).
#
# The tools write some files beside the pictures the docs use (their input files, extra sizes and languages):
# when DIR is docs/screenshots, what git does not track is removed afterwards unless KEEP_NEW=1 (then `git add`
# the new pictures you want). Look at what changed before committing: `git status docs/screenshots`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
DIR="${1:-docs/screenshots}"
MVN="${MVN:-mvn}"
tests=(
    WindowScreenshots
    LaptopWindowUiTest
    MalaysiaScreenshots
    UrduWindowScreenshots
    TimelineScreenshots
    GraphScreenshots
    ChartsScreenshots
    ParlGovScreenshots
    EditingScreenshots
    UrduEditingScreenshots
    DesktopScreenshots
    WizardScreenshots
    UrduWizardScreenshots
)
if [[ "${SCALE:-0}" == 1 ]]; then
    tests+=(ScaleScreenshots)
fi
mkdir -p "$DIR"
list="$(IFS=,; echo "${tests[*]}")"
# shellcheck disable=SC2086
# each tool in a JVM of its own: after a dozen windows in one, the renderer once ran out and drew the charts blank
"$MVN" -B ${MVN_ARGS:-} -Pscreenshots test -Dtest="$list" -Dsurefire.failIfNoSpecifiedTests=false \
    -DreuseForks=false -Dscreenshots="$DIR"

if [[ "$(realpath "$DIR")" == "$(realpath docs/screenshots)" && "${KEEP_NEW:-0}" != 1 ]]; then
    git ls-files -z --others --exclude-standard -- docs/screenshots | xargs -0 -r rm -f --
fi
echo "pictures retaken in $DIR; changed:" >&2
git status --short -- "$DIR" >&2 || true
