#!/usr/bin/env bash
# Runs every check of attnviz: formatting, the Swift test suite, and the end-to-end checks
# of a real build (HTML, SVG and PDF validity, byte-identical rebuilds).
#
# Usage: bash scripts/test.sh   (after bash scripts/setup.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PATH:/opt/swift/usr/bin"

echo "== swift format lint --strict" >&2
swift format lint --strict --recursive Package.swift Sources Tests Plugins bench

echo "== numpy reference goldens" >&2
# The independent numpy implementation writes the golden traces the engine is tested against;
# they are rewritten whenever the reference or the weights are newer than them.
index=models/goldens/index.json
if [[ ! -f "$index" ]] || [[ -n "$(find reference models/minilm models/smollm2 -newer "$index" \
  -type f -print -quit)" ]]; then
  python3 reference/make_goldens.py
fi

echo "== swift test" >&2
ATTNVIZ_REQUIRE_MODELS=1 swift test

echo "== end to end" >&2
bash scripts/check-build.sh
