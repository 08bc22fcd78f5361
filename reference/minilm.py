"""all-MiniLM-L6-v2 in numpy: a 6-layer post-LayerNorm BERT encoder.

Arithmetic is float32 throughout (weights are stored as float32). Written from
the published BERT architecture: word + learned absolute position + token-type
(type 0) embeddings, LayerNorm, then per layer: multi-head self-attention
(no mask for one unpadded sequence), output projection, residual, LayerNorm,
a GELU (exact, erf-based) feed-forward, residual, LayerNorm.

Run: python reference/minilm.py "some text" [--models DIR]
"""
import argparse
import json

import numpy as np
from scipy.special import erf

from common import (
  FULL_CAPTURE, Trace, add_models_arg, masked_softmax, models_dir,
)
from safetensors_np import read_safetensors

F32 = np.float32


class MiniLM:
  """The encoder's weights and its forward pass."""

  name = "minilm"

  def __init__(self, folder):
    self.folder = folder
    self.config = json.loads((folder / "config.json").read_text())
    c = self.config
    self.layers = c["num_hidden_layers"]
    self.heads = c["num_attention_heads"]
    self.width = c["hidden_size"]
    self.head_size = self.width // self.heads
    self.eps = F32(c["layer_norm_eps"])
    raw = read_safetensors(folder / "model.safetensors")
    # Copies: file offsets need not be aligned, and BLAS skips unaligned data.
    self.w = {k: np.array(v, dtype=F32) for k, v in raw.items()
              if v.dtype.kind == "f"}

  def tokenize(self, text):
    """Token ids, token strings and [start, end) offsets in Unicode scalars."""
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
    tok.no_padding()  # the file pads to 128; one sequence needs none
    tok.no_truncation()
    enc = tok.encode(text)
    return {"ids": list(enc.ids), "tokens": list(enc.tokens),
            "offsets": [list(o) for o in enc.offsets],
            "special": [bool(m) for m in enc.special_tokens_mask],
            "tokenizer": "WordPiece (bert-base-uncased vocab, lower-cased)"}

  def _layer_norm(self, x, prefix):
    mean = x.mean(axis=-1, keepdims=True, dtype=F32)
    centered = x - mean
    var = (centered * centered).mean(axis=-1, keepdims=True, dtype=F32)
    normed = centered / np.sqrt(var + self.eps)
    return normed * self.w[prefix + ".weight"] + self.w[prefix + ".bias"]

  def _linear(self, x, prefix):
    return x @ self.w[prefix + ".weight"].T + self.w[prefix + ".bias"]

  def embed(self, ids):
    """Returns (token rows, position rows, token-type rows, layer input)."""
    n = len(ids)
    e = "embeddings."
    tok = self.w[e + "word_embeddings.weight"][ids]
    pos = self.w[e + "position_embeddings.weight"][:n]
    typ = np.broadcast_to(self.w[e + "token_type_embeddings.weight"][0],
                          tok.shape)
    x = self._layer_norm(tok + pos + typ, e + "LayerNorm")
    return tok, pos, np.array(typ), x.astype(F32)

  def _split(self, x):
    n = x.shape[0]
    return x.reshape(n, self.heads, self.head_size).transpose(1, 0, 2)

  def _attention(self, x, layer, p, store, visible):
    q = self._split(self._linear(x, p + "attention.self.query"))
    k = self._split(self._linear(x, p + "attention.self.key"))
    v = self._split(self._linear(x, p + "attention.self.value"))
    scores = q @ k.transpose(0, 2, 1)
    scaled = scores * F32(1.0 / np.sqrt(self.head_size))
    weights = masked_softmax(scaled, visible)
    out = weights @ v
    for name, val in (("queries", q), ("keys", k), ("values", v),
                      ("scores", scores), ("scaled_scores", scaled),
                      ("weights", weights), ("outputs", out)):
      store.keep(name, layer, val)
    merged = out.transpose(1, 0, 2).reshape(x.shape[0], self.width)
    return self._linear(merged, p + "attention.output.dense")

  def forward(self, ids, capture=FULL_CAPTURE):
    """Runs the encoder; returns the trace dict of the captured arrays."""
    n = len(ids)
    tok, pos, typ, x = self.embed(np.asarray(ids))
    layer_input = x
    visible = np.ones((n, n), dtype=bool)
    store = Trace(capture, self.layers)
    for layer in range(self.layers):
      p = f"encoder.layer.{layer}."
      attn = self._attention(x, layer, p, store, visible)
      store.keep("attention_output", layer, attn)
      h = self._layer_norm(attn + x, p + "attention.output.LayerNorm")
      mid = self._linear(h, p + "intermediate.dense")
      mid = F32(0.5) * mid * (F32(1) + erf(mid * F32(1 / np.sqrt(2))))
      out = self._linear(mid.astype(F32), p + "output.dense")
      x = self._layer_norm(out + h, p + "output.LayerNorm").astype(F32)
      store.keep("residual_after", layer, x)
    trace = store.arrays
    trace.update(token_embeddings=tok, position_embeddings=pos,
                 token_type_embeddings=typ, layer_input=layer_input)
    trace["visibility"] = visible
    trace["key_value_head"] = np.arange(self.heads)
    return trace


def load(models=None):
  """Loads MiniLM from `<models>/minilm/`."""
  return MiniLM(models_dir(models) / "minilm")


def main():
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  parser.add_argument("text")
  add_models_arg(parser)
  args = parser.parse_args()
  model = load(args.models)
  tk = model.tokenize(args.text)
  trace = model.forward(tk["ids"])
  print("tokens:", tk["tokens"])
  print("ids:", tk["ids"])
  for name, arr in sorted(trace.items()):
    print(f"{name:24s} {arr.dtype} {arr.shape}")


if __name__ == "__main__":
  main()
