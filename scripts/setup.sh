#!/usr/bin/env bash
# Installs what deskwiz needs on Debian/Ubuntu (only what is missing), then configures and builds
# with a CMake preset. Sourced by run-wizard.sh and run-tests.sh (which set -euo pipefail
# themselves); works as root or with sudo.

DESKWIZ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DESKWIZ_PACKAGES=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-translations-l10n libgl-dev
    libqt6svg6 clang-format xvfb xauth fonts-dejavu-core fonts-wqy-microhei
)

deskwiz_install_packages() {
    local missing=()
    for package in "${DESKWIZ_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "deskwiz: apt-get not found; install these by hand: ${missing[*]}" >&2
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "deskwiz: run as root or install sudo" >&2; return 1; }
        sudo=(sudo)
    fi
    echo "deskwiz: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    # env passes the variable through sudo, which would otherwise drop it.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
}

# deskwiz_build PRESET [TARGET...]: configure (once) and build with the named CMake preset.
deskwiz_build() {
    local preset="$1"; shift
    cd "$DESKWIZ_ROOT"
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/deskwiz-ccache}"
    # Paths relative to the checkout, so that every preset's build folder shares the cache.
    export CCACHE_BASEDIR="$DESKWIZ_ROOT" CCACHE_NOHASHDIR=true
    cmake --preset "$preset" >/dev/null
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}
