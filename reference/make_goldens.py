"""Writes golden traces of both real models for the Swift engine's tests.

Layout: <out>/<model>/<sentence>/<array>.npy (float32 unless noted) and
<out>/index.json listing, per model and sentence, the text, token ids, token
strings, offsets ([start, end) in Unicode scalars of the text), special-token
flags and each array's shape. Arrays with a leading layer axis are
(layer, ...); per-head arrays are (layer, head, ...); n x n arrays have
query rows and key columns. Layers and heads are numbered from 0.

Run: python reference/make_goldens.py [--models DIR] [--out DIR]
"""
import argparse
import json
import pathlib

import numpy as np

import minilm
import smollm2
from common import FULL_CAPTURE, add_models_arg, models_dir
from sentences import SENTENCES

NOTES = {
  "minilm": {
    "arithmetic": "float32",
    "mask": "none (bidirectional); visibility is all true",
    "offsets": "from tokenizer.json; special tokens have [0, 0]; text is "
               "lower-cased and accents stripped before WordPiece",
    "positions": "learned absolute, added with token type 0 before "
                 "the embedding LayerNorm",
    "layer_input": "LayerNorm(token + position + token type 0)",
    "attention_output": "concatenated heads after the output projection "
                        "(with bias), before the residual and LayerNorm",
  },
  "smollm2": {
    "arithmetic": "float32 on weights dequantized by the gguf package",
    "mask": "causal: query i sees keys 0..i",
    "positions": "rotary on queries and keys; pairs (2i, 2i+1) in GGUF row "
                 "order, angle = position * theta^(-2i/64)",
    "queries_keys_layout": "GGUF (llama.cpp-permuted) dimension order; "
                           "queries/keys are after rotation, *_unrotated "
                           "before; keys/values repeated per query head",
    "layer_input": "token embeddings (no position vectors)",
    "attention_output": "after attn_output projection, before the residual",
    "final_norm": "output_norm(residual after the last layer)",
    "offsets": "as the transformers tokenizer reports them: a token's span "
               "includes its leading space; byte pieces of one character "
               "each carry that character's span",
  },
}

CAPTURE = {
  "minilm": FULL_CAPTURE,
  "smollm2": FULL_CAPTURE + ("queries_unrotated", "keys_unrotated"),
}


def write_one(model, name, text, out):
  tk = model.tokenize(text)
  trace = model.forward(tk["ids"], capture=CAPTURE[model.name])
  folder = out / model.name / name
  folder.mkdir(parents=True, exist_ok=True)
  shapes = {}
  for key in sorted(trace):
    arr = np.ascontiguousarray(trace[key])
    np.save(folder / f"{key}.npy", arr, allow_pickle=False)
    shapes[key] = {"shape": list(arr.shape), "dtype": str(arr.dtype)}
  return {"name": name, "text": text, "ids": tk["ids"],
          "tokens": tk["tokens"], "offsets": tk["offsets"],
          "special": tk["special"], "arrays": shapes,
          "folder": f"{model.name}/{name}"}


def model_entry(model):
  meta = {"layers": model.layers, "heads": model.heads,
          "head_size": model.head_size, "width": model.width}
  if model.name == "smollm2":
    meta.update(kv_heads=model.kv_heads, rope_theta=model.theta,
                rms_eps=float(model.eps), file=model.path.name)
  else:
    meta.update(layer_norm_eps=float(model.eps))
  return meta


def main():
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  add_models_arg(parser)
  parser.add_argument("--out", default=None,
                      help="output folder (default: <models>/goldens)")
  args = parser.parse_args()
  root = models_dir(args.models)
  out = pathlib.Path(args.out) if args.out else root / "goldens"
  index = {"format": 1, "models": {}}
  for module in (minilm, smollm2):
    model = module.load(args.models)
    sample = model.tokenize(SENTENCES[0][1])
    entry = {"tokenizer": sample["tokenizer"], "notes": NOTES[model.name],
             **model_entry(model), "sentences": []}
    for name, text in SENTENCES:
      entry["sentences"].append(write_one(model, name, text, out))
      print(f"{model.name}/{name}: {len(entry['sentences'][-1]['ids'])} tokens")
    index["models"][model.name] = entry
  text = json.dumps(index, indent=1, ensure_ascii=False, sort_keys=True)
  (out / "index.json").write_text(text + "\n", encoding="utf-8")
  print(f"wrote {out}")


if __name__ == "__main__":
  main()
