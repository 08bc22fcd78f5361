"""Shared pieces of the numpy reference: paths, softmax, the trace layout.

Every forward pass returns a plain dict (the "trace") whose arrays follow the
axes of the Swift `AttentionTrace`: rows of every n x n matrix are queries,
columns are keys; per-head arrays are stacked as (layer, head, ...).
"""
import os
import pathlib

import numpy as np

F32 = np.float32

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_MODELS = REPO_ROOT / "models"

# What a trace can hold; `capture` picks a subset to bound memory.
FULL_CAPTURE = (
  "queries", "keys", "values", "scores", "scaled_scores", "weights",
  "outputs", "attention_output", "residual_after",
)
WEIGHTS_ONLY = ("weights",)


def models_dir(arg):
  """Resolves the --models argument (None means `models/` at the repo root)."""
  return pathlib.Path(arg) if arg else DEFAULT_MODELS


def add_models_arg(parser):
  """Adds the shared --models option to an argparse parser."""
  parser.add_argument(
    "--models", default=None,
    help="folder holding minilm/ and smollm2/ (default: models/ at the repo root)")


def masked_softmax(scaled, visible):
  """Softmax of each row over its visible keys, in float32.

  `scaled` is (..., n, n); `visible` is a bool (n, n) array broadcast over it.
  Masked weights are exactly 0 (exp(-inf) is 0); a row with no visible key is
  all zeros. One n x n buffer per call, worked on in place.
  """
  w = np.where(visible, scaled, np.float32(-np.inf)).astype(F32, copy=False)
  row_max = w.max(axis=-1, keepdims=True)
  row_max[~np.isfinite(row_max)] = 0
  w -= row_max
  np.exp(w, out=w)
  total = w.sum(axis=-1, keepdims=True, dtype=F32)
  total[total == 0] = 1
  w /= total
  return w


class Trace:
  """Per-layer arrays of the captured names, preallocated on first use.

  Filling a (layers, ...) array in place avoids stacking per-layer copies,
  which would double the peak memory of a long text.
  """

  def __init__(self, capture, layers):
    self.capture = set(capture)
    self.layers = layers
    self.arrays = {}

  def keep(self, name, layer, value):
    """Stores `value` as layer `layer` of `name` when that name is captured."""
    if name not in self.capture:
      return
    if name not in self.arrays:
      self.arrays[name] = np.empty((self.layers,) + value.shape, value.dtype)
    self.arrays[name][layer] = value


def set_threads_env(threads):
  """Pins BLAS thread pools (must run before numpy loads BLAS work)."""
  for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(threads)
