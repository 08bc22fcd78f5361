"""Ranks every (layer, head) by the weight from one word to another.

Word rule: a word is its first whole-word, case-insensitive occurrence in the
text (use --from-occurrence/--to-occurrence for later ones); its token is the
FIRST token whose [start, end) span overlaps the word's span, so a word split
into pieces is represented by its first piece. Layers and heads are numbered
from 0. This is the oracle for `attnviz heads TEXT --from W --to W`.

Run: python reference/heads.py "TEXT" --from it --to animal [--models DIR]
"""
import argparse
import re

import numpy as np

import minilm
import smollm2
from common import add_models_arg

MODELS = {"minilm": minilm, "smollm2": smollm2}


def word_span(text, word, occurrence):
  """[start, end) of the `occurrence`-th (1-based) whole-word match."""
  pattern = r"(?<!\w)" + re.escape(word) + r"(?!\w)"
  found = list(re.finditer(pattern, text, flags=re.IGNORECASE))
  if len(found) < occurrence:
    raise SystemExit(f"word '{word}' occurs {len(found)} time(s) in the "
                     f"text. Pick a word of the text.")
  m = found[occurrence - 1]
  return m.start(), m.end()


def token_for(tk, span):
  """Index of the first non-special token overlapping `span`."""
  start, end = span
  for i, (a, b) in enumerate(tk["offsets"]):
    if not tk["special"][i] and a < end and b > start:
      return i
  raise SystemExit(f"no token covers characters {start}..{end}.")


def rank(weights, qi, ki):
  """[(weight, layer, head)] sorted by weight, then layer, then head."""
  cells = weights[:, :, qi, ki]
  items = [(float(cells[l, h]), l, h)
           for l in range(cells.shape[0]) for h in range(cells.shape[1])]
  return sorted(items, key=lambda t: (-t[0], t[1], t[2]))


def report(model, text, args):
  tk = model.tokenize(text)
  qi = token_for(tk, word_span(text, args.src, args.from_occurrence))
  ki = token_for(tk, word_span(text, args.dst, args.to_occurrence))
  weights = model.forward(tk["ids"], capture=("weights",))["weights"]
  layers, heads = weights.shape[:2]
  print(f"{model.name}: query {qi} {tk['tokens'][qi]!r} -> key {ki} "
        f"{tk['tokens'][ki]!r}; {layers} layers x {heads} heads")
  for r, (w, l, h) in enumerate(rank(weights, qi, ki)[:args.top], 1):
    print(f"  {r:2d}. layer {l:2d} head {h:2d}  {w:.4f}")


def main():
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  parser.add_argument("text")
  parser.add_argument("--from", dest="src", required=True)
  parser.add_argument("--to", dest="dst", required=True)
  parser.add_argument("--from-occurrence", type=int, default=1)
  parser.add_argument("--to-occurrence", type=int, default=1)
  parser.add_argument("--model", choices=sorted(MODELS), action="append",
                      help="repeatable; default both")
  parser.add_argument("--top", type=int, default=10)
  add_models_arg(parser)
  args = parser.parse_args()
  for name in args.model or sorted(MODELS):
    report(MODELS[name].load(args.models), args.text, args)


if __name__ == "__main__":
  main()
