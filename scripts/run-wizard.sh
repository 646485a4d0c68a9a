#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine, builds deskwiz and opens the wizard against the built-in
# sandbox. Extra arguments go to deskwiz (e.g. --lang zh_CN, or --no-sandbox for a real cloud).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
deskwiz_install_packages
deskwiz_build default deskwiz

args=(--sandbox)
for arg in "$@"; do
    [ "$arg" = "--no-sandbox" ] && args=()
done
filtered=()
for arg in "$@"; do [ "$arg" != "--no-sandbox" ] && filtered+=("$arg"); done

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "deskwiz: no display found; starting it under Xvfb (set DISPLAY to use your own)" >&2
    exec xvfb-run -a -s "-screen 0 1280x900x24" "$DESKWIZ_ROOT/build/default/app/deskwiz" \
        "${args[@]}" "${filtered[@]+"${filtered[@]}"}"
fi
exec "$DESKWIZ_ROOT/build/default/app/deskwiz" "${args[@]}" "${filtered[@]+"${filtered[@]}"}"
