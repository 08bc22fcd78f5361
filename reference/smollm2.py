"""SmolLM2-135M-Instruct in numpy: a 30-layer Llama-style decoder from GGUF.

Arithmetic is float32 throughout; the quantized weights (Q4_1, Q8_0) are
dequantized to float32 once by the `gguf` package. Written from the published
Llama architecture: token embedding, then per layer RMSNorm, attention with
9 query heads sharing 3 key/value heads (query head h reads key/value head
h // 3), rotary positions on queries and keys, a causal mask, output
projection, residual, RMSNorm, a SwiGLU feed-forward, residual; a final
RMSNorm at the end.

Rotary layout: llama.cpp's conversion permutes the rows of attn_q and attn_k
so that, in the GGUF file, the rotated pairs of a head are the adjacent
dimensions (2i, 2i+1) with frequency theta^(-2i/d). Queries and keys in the
trace stay in this GGUF dimension order (scores do not depend on it).
`rope_pairs="half"` instead pairs (i, i + d/2) as Hugging Face does on its
own (un-permuted) weights; on GGUF weights that is wrong, and exists only to
show the difference (see compare_transformers.py).

Run: python reference/smollm2.py "some text" [--models DIR]
"""
import argparse

import numpy as np

from common import (
  FULL_CAPTURE, Trace, add_models_arg, masked_softmax, models_dir,
)

F32 = np.float32


def gguf_path(folder):
  """The single .gguf file in `folder`."""
  found = sorted(folder.glob("*.gguf"))
  if len(found) != 1:
    raise SystemExit(f"expected one .gguf file in '{folder}', found {len(found)}")
  return found[0]


def _field(reader, key):
  return reader.fields[key].contents()


class SmolLM2:
  """The decoder's weights, hyperparameters from GGUF metadata, and forward."""

  name = "smollm2"

  def __init__(self, folder, rope_pairs="adjacent"):
    from gguf import GGUFReader
    from gguf.quants import dequantize
    self.folder = folder
    self.path = gguf_path(folder)
    r = GGUFReader(str(self.path))
    arch = _field(r, "general.architecture")
    self.layers = int(_field(r, f"{arch}.block_count"))
    self.width = int(_field(r, f"{arch}.embedding_length"))
    self.heads = int(_field(r, f"{arch}.attention.head_count"))
    self.kv_heads = int(_field(r, f"{arch}.attention.head_count_kv"))
    self.head_size = self.width // self.heads
    self.theta = float(_field(r, f"{arch}.rope.freq_base"))
    self.eps = F32(_field(r, f"{arch}.attention.layer_norm_rms_epsilon"))
    self.rope_pairs = rope_pairs
    self.w = {}
    for t in r.tensors:
      arr = dequantize(t.data, t.tensor_type).astype(F32)
      # GGUF lists dims fastest-first; numpy rows are the output features.
      self.w[t.name] = arr.reshape([int(d) for d in reversed(t.shape)])

  def tokenize(self, text):
    """Token ids, token strings and [start, end) offsets in Unicode scalars."""
    tok = self.hf_tokenizer()
    enc = tok(text, return_offsets_mapping=True)
    ids = list(enc["input_ids"])
    special = set(tok.all_special_ids)
    return {"ids": ids, "tokens": tok.convert_ids_to_tokens(ids),
            "offsets": [list(o) for o in enc["offset_mapping"]],
            "special": [i in special for i in ids],
            "tokenizer": "byte-level BPE (SmolLM2, from the GGUF file)"}

  def hf_tokenizer(self):
    """The reference tokenizer that transformers builds from the GGUF file."""
    from transformers import AutoTokenizer
    return AutoTokenizer.from_pretrained(
      str(self.folder), gguf_file=self.path.name)

  def _rms_norm(self, x, name):
    ms = (x * x).mean(axis=-1, keepdims=True, dtype=F32)
    return (x / np.sqrt(ms + self.eps)) * self.w[name]

  def rope_tables(self, n):
    """cos and sin, (n, d/2): angle of position p, pair i = p * theta^(-2i/d)."""
    d = self.head_size
    inv = 1.0 / (self.theta ** (np.arange(0, d, 2, dtype=np.float64) / d))
    angles = np.arange(n, dtype=np.float64)[:, None] * inv[None, :]
    return np.cos(angles).astype(F32), np.sin(angles).astype(F32)

  def rotate(self, x, cos, sin):
    """Rotates (heads, n, d) vectors pairwise by position."""
    half = self.head_size // 2
    if self.rope_pairs == "adjacent":
      a, b = x[..., 0::2], x[..., 1::2]
    else:
      a, b = x[..., :half], x[..., half:]
    ra, rb = a * cos - b * sin, a * sin + b * cos
    out = np.empty_like(x)
    if self.rope_pairs == "adjacent":
      out[..., 0::2], out[..., 1::2] = ra, rb
    else:
      out[..., :half], out[..., half:] = ra, rb
    return out

  def _split(self, x, heads):
    n = x.shape[0]
    return x.reshape(n, heads, self.head_size).transpose(1, 0, 2)

  def _attention(self, x, layer, p, store, visible, rope):
    group = self.heads // self.kv_heads
    q = self._split(x @ self.w[p + "attn_q.weight"].T, self.heads)
    k = self._split(x @ self.w[p + "attn_k.weight"].T, self.kv_heads)
    v = self._split(x @ self.w[p + "attn_v.weight"].T, self.kv_heads)
    store.keep("queries_unrotated", layer, q)
    store.keep("keys_unrotated", layer, np.repeat(k, group, axis=0))
    q, k = self.rotate(q, *rope), self.rotate(k, *rope)
    k_full = np.repeat(k, group, axis=0)  # query head h reads kv head h//group
    v_full = np.repeat(v, group, axis=0)
    scores = q @ k_full.transpose(0, 2, 1)
    scaled = scores * F32(1.0 / np.sqrt(self.head_size))
    weights = masked_softmax(scaled, visible)
    out = weights @ v_full
    for name, val in (("queries", q), ("keys", k_full), ("values", v_full),
                      ("scores", scores), ("scaled_scores", scaled),
                      ("weights", weights), ("outputs", out)):
      store.keep(name, layer, val)
    merged = out.transpose(1, 0, 2).reshape(x.shape[0], self.width)
    return merged @ self.w[p + "attn_output.weight"].T

  def _feed_forward(self, h, p):
    gate = h @ self.w[p + "ffn_gate.weight"].T
    up = h @ self.w[p + "ffn_up.weight"].T
    act = gate / (F32(1) + np.exp(-gate)) * up
    return act @ self.w[p + "ffn_down.weight"].T

  def forward(self, ids, capture=FULL_CAPTURE):
    """Runs the decoder; returns the trace dict of the captured arrays."""
    n = len(ids)
    x = self.w["token_embd.weight"][np.asarray(ids)]
    tok = x
    visible = np.tril(np.ones((n, n), dtype=bool))
    rope = self.rope_tables(n)
    store = Trace(capture, self.layers)
    for layer in range(self.layers):
      p = f"blk.{layer}."
      attn = self._attention(
        self._rms_norm(x, p + "attn_norm.weight"), layer, p, store, visible,
        rope)
      store.keep("attention_output", layer, attn)
      x = x + attn
      x = x + self._feed_forward(self._rms_norm(x, p + "ffn_norm.weight"), p)
      store.keep("residual_after", layer, x)
    trace = store.arrays
    trace.update(token_embeddings=tok, layer_input=tok, visibility=visible,
                 final_norm=self._rms_norm(x, "output_norm.weight"),
                 key_value_head=np.arange(self.heads) // (
                   self.heads // self.kv_heads))
    return trace


def load(models=None, rope_pairs="adjacent"):
  """Loads SmolLM2 from the .gguf file in `<models>/smollm2/`."""
  return SmolLM2(models_dir(models) / "smollm2", rope_pairs)


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
