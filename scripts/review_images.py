"""Image helpers for scripts/review.sh: trims full-page screenshots and lays out contact sheets.

  python3 scripts/review_images.py trim SHOT.png
      Crops the empty background below a page's content (review.sh screenshots pages in a
      tall window, so the bottom is one flat colour) and warns when the page fills the window.
  python3 scripts/review_images.py sheet OUT_PREFIX PER_SHEET COLUMNS IMAGE...
      Writes OUT_PREFIX-1.png, OUT_PREFIX-2.png, ...: the images in a grid, each scaled to
      fit a cell and labelled with its file name, PER_SHEET images a sheet.
  python3 scripts/review_images.py svg-grid OUT.html SVG...
      Writes an HTML page that shows the SVG files (relative to nothing: absolute file URLs)
      in a labelled grid, for Chromium to rasterise.

Needs Pillow (Debian: python3-pil).
"""

import html
import pathlib
import sys

from PIL import Image, ImageDraw, ImageFont

CELL_WIDTH = 800
LABEL_HEIGHT = 28
GAP = 16


def trim(path):
    image = Image.open(path).convert("RGB")
    width, height = image.size
    background = image.getpixel((width - 1, height - 1))
    pixels = image.load()
    bottom = height
    while bottom > 1 and all(pixels[x, bottom - 1] == background for x in range(0, width, 2)):
        bottom -= 1
    if bottom >= height - 1:
        print(f"review: '{path}' fills the window; the screenshot may be cut", file=sys.stderr)
    image.crop((0, 0, width, min(height, bottom + 24))).save(path)


def font():
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, 18)
        except OSError:
            continue
    return ImageFont.load_default()


def cell(path, width):
    image = Image.open(path).convert("RGB")
    scale = min(1.0, width / image.width)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.LANCZOS)


def sheet(prefix, per_sheet, columns, paths):
    label_font = font()
    for start in range(0, len(paths), per_sheet):
        group = paths[start:start + per_sheet]
        width = min(CELL_WIDTH, max(Image.open(p).width for p in group))
        cells = [(pathlib.Path(p).name, cell(p, width)) for p in group]
        rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
        heights = [max(c.height for _, c in row) + LABEL_HEIGHT + GAP for row in rows]
        canvas_width = columns * (width + GAP) + GAP
        canvas = Image.new("RGB", (canvas_width, sum(heights) + GAP), (128, 128, 128))
        draw = ImageDraw.Draw(canvas)
        top = GAP
        for row, row_height in zip(rows, heights):
            for column, (name, image) in enumerate(row):
                left = GAP + column * (width + GAP)
                draw.text((left, top), name, fill=(0, 0, 0), font=label_font)
                canvas.paste(image, (left, top + LABEL_HEIGHT))
            top += row_height
        out = f"{prefix}-{start // per_sheet + 1}.png"
        canvas.save(out)
        print(out)


def svg_grid(out, paths):
    items = "\n".join(
        f'<figure><figcaption>{html.escape(pathlib.Path(p).name)}</figcaption>'
        f'<img src="{pathlib.Path(p).resolve().as_uri()}"></figure>'
        for p in paths)
    page = (
        "<!DOCTYPE html><meta charset=utf-8><style>"
        "body{margin:0;padding:16px;background:#808080;display:grid;"
        f"grid-template-columns:repeat(2,{CELL_WIDTH}px);gap:16px;font:18px sans-serif}}"
        "figure{margin:0}img{width:100%;display:block}</style>\n" + items + "\n")
    pathlib.Path(out).write_text(page, encoding="utf-8")


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command == "trim" and len(argv) == 3:
        trim(argv[2])
    elif command == "sheet" and len(argv) > 5:
        sheet(argv[2], int(argv[3]), int(argv[4]), argv[5:])
    elif command == "svg-grid" and len(argv) > 3:
        svg_grid(argv[2], argv[3:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
