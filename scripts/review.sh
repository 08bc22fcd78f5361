#!/usr/bin/env bash
# Makes pictures of a built site for a person to look at: the visual review of issue 4.
#
# Usage: bash scripts/review.sh [OUTPUT [DEST [PAGE...]]]
#   OUTPUT  a folder written by 'attnviz build' (default: output)
#   DEST    where the pictures go (default: /tmp/attnviz-review); emptied first
#   PAGE    more pages to screenshot, relative to OUTPUT (e.g. trace-smollm2/token-012.html)
#
# It writes into DEST:
#   pages/KIND-light.png, pages/KIND-dark.png  one page of each kind (found by the class of
#       its <body>: lesson-index, lesson-point, figure-index, index-page, token-page,
#       home-page), full height, 1200 px wide, in both colour schemes
#   pages/KIND-narrow-light.png, -narrow-dark  a lesson point and a token page 400 px wide
#   pages/extra-N-light.png, -dark.png         each PAGE given on the command line
#   print/lesson-point-N.png                   a lesson point printed by Chromium (print CSS)
#   sheets/figures-png-N.png    every slide figure PNG        (figures/*.png)
#   sheets/figures-svg-N.png    every slide figure SVG        (figures/*.svg, by Chromium)
#   sheets/page-svg-N.png       every figure the pages embed  (figures/page/*.svg)
#   sheets/figures-pdf-N.png    every slide figure PDF        (pdftoppm -r 50)
#   sheets/handout-a4-N.png, sheets/handout-letter-N.png     the handouts' pages (-r 60)
#
# The dark scheme is forced with --blink-settings=preferredColorScheme=0 (0 is dark, 1 is
# light in this Chromium); light is forced too, so the machine's setting does not matter.
# Needs chromium, pdftoppm (poppler-utils) and Python's Pillow (Debian: python3-pil).
# A developer tool: CI does not run it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
site="$(cd "${1:-output}" && pwd)"
dest="${2:-/tmp/attnviz-review}"
shift $(($# > 2 ? 2 : $#))
images="python3 $root/scripts/review_images.py"

[[ -f "$site/index.html" ]] || { echo "review: no index.html in '$site'" >&2; exit 1; }
rm -rf "$dest"
mkdir -p "$dest/pages" "$dest/print" "$dest/sheets" "$dest/work"

# shot PAGE_PATH OUT.png WIDTH light|dark: a full-height screenshot of one page.
shot() {
  local scheme=1
  [[ "$4" == dark ]] && scheme=0
  chromium --headless --no-sandbox --hide-scrollbars --window-size="$3,24000" \
    --blink-settings="preferredColorScheme=$scheme" --screenshot="$2" \
    "file://$1" >/dev/null 2>&1
  $images trim "$2"
}

# The first page (in name order) of each kind, by the class of its <body>.
declare -A seen=()
while IFS= read -r page; do
  kind=$(grep -o -m1 '<body class="[^"]*"' "$page" | sed 's/.*class="\([^" ]*\).*/\1/')
  [[ -z "$kind" || -n "${seen[$kind]:-}" ]] && continue
  seen[$kind]=$page
  for theme in light dark; do
    shot "$page" "$dest/pages/$kind-$theme.png" 1200 "$theme"
    if [[ "$kind" == lesson-point || "$kind" == token-page ]]; then
      shot "$page" "$dest/pages/$kind-narrow-$theme.png" 400 "$theme"
    fi
  done
  echo "review: $kind: ${page#"$site"/}" >&2
done < <(find "$site" -name '*.html' | LC_ALL=C sort)

number=0
for extra in "$@"; do
  number=$((number + 1))
  for theme in light dark; do
    shot "$site/$extra" "$dest/pages/extra-$number-$theme.png" 1200 "$theme"
  done
  echo "review: extra-$number: $extra" >&2
done

if [[ -n "${seen[lesson-point]:-}" ]]; then
  chromium --headless --no-sandbox --no-pdf-header-footer \
    --print-to-pdf="$dest/work/print.pdf" "file://${seen[lesson-point]}" >/dev/null 2>&1
  pdftoppm -png -r 60 "$dest/work/print.pdf" "$dest/print/lesson-point"
fi

# Contact sheets. SVGs go through Chromium, PDFs through pdftoppm.
sheet() { $images sheet "$dest/sheets/$1" "$2" "$3" "${@:4}" >/dev/null; }
shopt -s nullglob
pngs=("$site"/figures/*.png)
((${#pngs[@]})) && sheet figures-png 6 2 "${pngs[@]}"

for group in figures page; do
  folder="$site/figures"
  [[ "$group" == page ]] && folder="$site/figures/page"
  svgs=("$folder"/*.svg)
  for ((start = 0; start < ${#svgs[@]}; start += 6)); do
    part="$group-svg-$((start / 6 + 1))"
    $images svg-grid "$dest/work/$part.html" "${svgs[@]:start:6}"
    shot "$dest/work/$part.html" "$dest/sheets/$part.png" 1680 light
  done
done

for pdf in "$site"/figures/*.pdf; do
  pdftoppm -png -r 50 -singlefile "$pdf" "$dest/work/$(basename "$pdf" .pdf)-pdf"
done
rasters=("$dest"/work/*-pdf.png)
((${#rasters[@]})) && sheet figures-pdf 6 2 "${rasters[@]}"

for paper in a4 letter; do
  [[ -f "$site/handout-$paper.pdf" ]] || continue
  pdftoppm -png -r 60 "$site/handout-$paper.pdf" "$dest/work/handout-$paper"
  sheet "handout-$paper" 6 3 "$dest"/work/handout-"$paper"-*.png
done

rm -rf "$dest/work"
echo "review: wrote $(find "$dest" -name '*.png' | wc -l) pictures into '$dest'" >&2
