"""Checks the numpy reference against transformers' eager PyTorch models.

For each model and sentence it prints the max |numpy - transformers| over all
attention weights and hidden states, and whether the token ids agree. For
SmolLM2 it also runs the numpy model with Hugging Face's rotary pairing
(i, i + d/2) on the GGUF weights, which must NOT agree: it settles that GGUF
rows pair adjacent dimensions. Exit status is 1 when a check fails.

Run: python reference/compare_transformers.py [--models DIR] [--tol 1e-4]
"""
import argparse
import sys

import numpy as np
import torch

import minilm
import smollm2
from common import add_models_arg, models_dir
from sentences import SENTENCES


def hf_minilm(folder):
  from transformers import BertModel, BertTokenizer
  model = BertModel.from_pretrained(
    str(folder), attn_implementation="eager", dtype=torch.float32).eval()
  return model, BertTokenizer(str(folder / "vocab.txt"), do_lower_case=True)


def hf_smollm2(folder, name):
  from transformers import AutoModelForCausalLM
  return AutoModelForCausalLM.from_pretrained(
    str(folder), gguf_file=name, attn_implementation="eager",
    dtype=torch.float32).eval()


def run_hf(model, ids):
  with torch.no_grad():
    out = model(torch.tensor([ids]), output_attentions=True,
                output_hidden_states=True)
  att = np.stack([a[0].numpy() for a in out.attentions])
  hid = np.stack([h[0].numpy() for h in out.hidden_states])
  return att, hid


def max_diff(a, b):
  return float(np.max(np.abs(a.astype(np.float64) - b.astype(np.float64))))


def check_minilm(folder, tol):
  ours = minilm.MiniLM(folder)
  model, vocab_tok = hf_minilm(folder)
  worst = 0.0
  ok = True
  for name, text in SENTENCES:
    tk = ours.tokenize(text)
    same_ids = tk["ids"] == vocab_tok(text)["input_ids"]
    tr = ours.forward(tk["ids"])
    att, hid = run_hf(model, tk["ids"])
    dw = max_diff(tr["weights"], att)
    dh = max_diff(np.concatenate([tr["layer_input"][None],
                                  tr["residual_after"]]), hid)
    worst = max(worst, dw)
    ok &= same_ids and dw <= tol
    print(f"minilm  {name:12s} n={len(tk['ids']):3d} ids(vocab.txt)="
          f"{'same' if same_ids else 'DIFF'} weights={dw:.2e} hidden={dh:.2e}")
  print(f"minilm  max |weights diff| over all sentences: {worst:.3e}")
  return ok


def check_smollm2(folder, tol):
  ours = smollm2.SmolLM2(folder)
  model = hf_smollm2(folder, ours.path.name)
  worst = 0.0
  ok = True
  for name, text in SENTENCES:
    ids = ours.tokenize(text)["ids"]
    tr = ours.forward(ids)
    att, hid = run_hf(model, ids)
    dw = max_diff(tr["weights"], att)
    ours_hid = np.concatenate([tr["layer_input"][None],
                               tr["residual_after"][:-1],
                               tr["final_norm"][None]])
    dh = max_diff(ours_hid, hid)
    rel = dh / float(np.max(np.abs(hid)))
    worst = max(worst, dw)
    ok &= dw <= tol
    print(f"smollm2 {name:12s} n={len(ids):3d} weights={dw:.2e} "
          f"hidden={dh:.2e} (relative to max |h| {rel:.1e})")
  print(f"smollm2 max |weights diff| over all sentences: {worst:.3e}")
  ids = ours.tokenize(SENTENCES[0][1])["ids"]
  att, _ = run_hf(model, ids)
  ours.rope_pairs = "half"
  wrong = max_diff(ours.forward(ids, capture=("weights",))["weights"], att)
  print(f"smollm2 with HF pairs (i, i+d/2) on GGUF rows: weights diff "
        f"{wrong:.2e} (must be large)")
  ok &= wrong > 100 * tol
  return ok


def next_token_sanity(folder):
  """Greedy next token from the numpy decoder alone (tied output weights)."""
  ours = smollm2.SmolLM2(folder)
  tok = ours.hf_tokenizer()
  text = "The capital of France is"
  tr = ours.forward(tok(text)["input_ids"], capture=())
  logits = tr["final_norm"][-1] @ ours.w["token_embd.weight"].T
  best = int(np.argmax(logits))
  print(f"smollm2 numpy next token after {text!r}: {tok.decode([best])!r}")


def main():
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  add_models_arg(parser)
  parser.add_argument("--tol", type=float, default=1e-4)
  args = parser.parse_args()
  root = models_dir(args.models)
  print(f"torch {torch.__version__}, threads {torch.get_num_threads()}")
  ok = check_minilm(root / "minilm", args.tol)
  ok &= check_smollm2(root / "smollm2", args.tol)
  next_token_sanity(root / "smollm2")
  print("PASS" if ok else "FAIL")
  sys.exit(0 if ok else 1)


if __name__ == "__main__":
  main()
