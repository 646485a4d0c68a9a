#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine, builds deskwiz with warnings as errors and runs the whole
# test suite offscreen (no display needed). The test data is read from ../shared beside the checkout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
deskwiz_install_packages
if [ ! -d "$DESKWIZ_ROOT/../shared/testdata" ]; then
    echo "deskwiz: ../shared/testdata not found beside $DESKWIZ_ROOT" >&2
    exit 2
fi
deskwiz_build ci
cd "$DESKWIZ_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset ci --parallel 2 "$@"
