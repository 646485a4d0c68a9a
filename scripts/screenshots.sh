#!/usr/bin/env bash
# Refreshes docs/screenshots/: one PNG a wizard page, taken from `deskwiz --sandbox` under Xvfb,
# in English (en/), in Chinese (zh_CN/) and in a narrow window (narrow/). The wizard starts from
# docs/screenshots/example-request.json, which has two mistakes on purpose so the pictures show
# how they are explained.
# Usage: scripts/screenshots.sh [path/to/deskwiz]   (default: build/default/app/deskwiz)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deskwiz="${1:-$root/build/default/app/deskwiz}"
out="$root/docs/screenshots"
example="$out/example-request.json"

if [ ! -x "$deskwiz" ]; then
    echo "screenshots: $deskwiz not found; build it first (cmake --build --preset default)" >&2
    exit 2
fi
# Xvfb and a font with Chinese glyphs, on Debian/Ubuntu, when missing (as root or with sudo).
source "$root/scripts/setup.sh"
deskwiz_install_packages fonts-wqy-microhei

shoot() {
    local folder="$1"
    shift
    local template="$example"
    if [ "${1:-}" = "--with" ]; then
        template="$2"
        shift 2
    fi
    rm -rf "${out:?}/$folder"
    xvfb-run -a -s "-screen 0 1400x1000x24" \
        "$deskwiz" --sandbox --template "$template" --screenshot-dir "$out/$folder" "$@"
    echo "screenshots: $(find "$out/$folder" -name '*.png' | wc -l) pages in $out/$folder"
}

shoot en --lang en
shoot zh_CN --lang zh_CN
shoot narrow --lang en --window-size 560x640
# A valid request with a user whose name starts with "fail": the lists filled from the sandbox's
# look-ups, the connection tested, and the Submit & Progress page while running and when done.
shoot live --with "$out/submit-request.json" --lang en --screenshot-submit
