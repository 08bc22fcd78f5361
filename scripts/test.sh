#!/usr/bin/env bash
# Runs every check of attnviz: formatting, the Swift test suite, and the end-to-end checks
# of a real build (HTML, SVG and PDF validity, byte-identical rebuilds).
#
# Usage: bash scripts/test.sh   (after bash scripts/setup.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PATH:/opt/swift/usr/bin"

echo "== swift format lint --strict" >&2
swift format lint --strict --recursive Package.swift Sources Tests Plugins

echo "== swift test" >&2
ATTNVIZ_REQUIRE_MODELS=1 swift test

echo "== end to end" >&2
bash scripts/check-build.sh
