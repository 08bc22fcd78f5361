"""Shared pieces of the numpy reference: paths, softmax, the trace layout.

Every forward pass returns a plain dict (the "trace") whose arrays follow the
axes of the Swift `AttentionTrace`: rows of every n x n matrix are queries,
columns are keys; per-head arrays are stacked as (layer, head, ...).
"""
import os
import pathlib

import numpy as np

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
  Masked weights are exactly 0; a row with no visible key is all zeros.
  """
  neg = np.where(visible, scaled, np.float32(-np.inf))
  row_max = neg.max(axis=-1, keepdims=True)
  row_max = np.where(np.isfinite(row_max), row_max, np.float32(0))
  e = np.exp(neg - row_max, dtype=np.float32)
  e = np.where(visible, e, np.float32(0))
  total = e.sum(axis=-1, keepdims=True, dtype=np.float32)
  safe = np.where(total > 0, total, np.float32(1))
  return (e / safe).astype(np.float32)


def new_trace(capture):
  """An empty per-layer store for the names in `capture`."""
  return {name: [] for name in capture}


def keep(store, name, value):
  """Appends `value` to `store[name]` when that name is captured."""
  if name in store:
    store[name].append(value)


def stack(store):
  """Stacks each captured per-layer list into one array with a layer axis."""
  return {name: np.stack(vals) for name, vals in store.items() if vals}


def set_threads_env(threads):
  """Pins BLAS thread pools (must run before numpy loads BLAS work)."""
  for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(threads)
