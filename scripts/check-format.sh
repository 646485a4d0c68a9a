#!/usr/bin/env bash
# Fails when a C++ file of the project disagrees with .clang-format (prints the files).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
formatter="${CLANG_FORMAT:-clang-format}"
command -v "$formatter" >/dev/null || { echo "check-format: $formatter not found" >&2; exit 1; }
bad=()
while IFS= read -r -d '' file; do
    "$formatter" --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(git ls-files -z -- '*.cpp' '*.h')
if [ ${#bad[@]} -gt 0 ]; then
    echo "check-format: run clang-format -i on: ${bad[*]}" >&2
    exit 1
fi
echo "check-format: $(git ls-files -- '*.cpp' '*.h' | wc -l) files agree with .clang-format"
