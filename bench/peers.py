"""Times one forward pass with attention capture: numpy reference vs PyTorch.

Every measurement is its own subprocess: it loads the model, warms up on 16
tokens, resets the kernel's peak-RSS counter (/proc/self/clear_refs), times
one forward of n tokens, and reports the forward's seconds and peak RSS. The
parent also records the process's whole peak RSS (ru_maxrss from wait4, what
`/usr/bin/time -v` calls "Maximum resident set size", model loading included)
and writes medians over --runs repeats to bench/results/peers.json.

The machine is shared: the 1-minute load average at the end of each run
and each forward's CPU seconds (user + system, all threads) are recorded
beside the wall-clock seconds. Runs of the implementations are interleaved.
Threads default to 1 for numpy's OpenBLAS and for torch alike: on a loaded
2-core machine, 2-thread BLAS spends most of its time waiting for a core.

Implementations:
  attnviz        the Swift engine (bench/AttnVizBench), keeping the whole trace
                 (q, k, v, weights, head outputs, residuals) at every size; raw
                 and scaled scores are derived from q and k when first read
                 (the benchmark does not read them), OpenBLAS for products
  numpy-weights  reference/ keeping only the attention weights (what
                 output_attentions=True keeps in PyTorch)
  numpy-full     reference/ keeping the whole trace (q, k, v, raw and scaled
                 scores, weights, head outputs, residuals); skipped at 2048
                 tokens, where SmolLM2's trace alone would take ~14 GB
  torch-eager    transformers, attn_implementation="eager",
                 output_attentions=True, float32, torch.no_grad()

Run: python bench/peers.py [--models DIR] [--runs 3] [--threads 1]
"""
import argparse
import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
REF = HERE.parent / "reference"
SIZES = {"minilm": (16, 128, 512), "smollm2": (16, 128, 512, 2048)}
IMPLS = ("attnviz", "numpy-weights", "numpy-full", "torch-eager")
# attnviz's own measurement program (bench/AttnVizBench), built by
# `swift build -c release --product attnviz-bench`.
ATTNVIZ_BENCH = HERE.parent / ".build" / "release" / "attnviz-bench"
TEXT = ("The animal didn't cross the street because it was too tired. "
        "In 2024, 3.5% of 1,000 users paid for a café in Zürich. ")
FULL_LIMIT = 512


def proc_status():
  """VmRSS and VmHWM of this process, in KiB."""
  out = {}
  with open("/proc/self/status") as f:
    for line in f:
      if line.startswith(("VmRSS:", "VmHWM:")):
        key, val = line.split(":")
        out[key] = int(val.split()[0])
  return out


def make_ids(model, n):
  """n real token ids: the sample text repeated, with the model's specials."""
  sys.path.insert(0, str(REF))
  import minilm
  import smollm2
  if model == "minilm":
    m = minilm.MiniLM.__new__(minilm.MiniLM)
    m.folder = MODELS / "minilm"
    ids = m.tokenize(TEXT)["ids"]
    body = ids[1:-1] * (n // max(1, len(ids) - 2) + 1)
    return [ids[0]] + body[:n - 2] + [ids[-1]]
  from transformers import AutoTokenizer
  path = smollm2.gguf_path(MODELS / "smollm2")
  tok = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
  ids = tok(TEXT)["input_ids"]
  return (ids * (n // len(ids) + 1))[:n]


def load(impl, model):
  """Returns forward(ids) for one implementation."""
  if impl.startswith("numpy"):
    sys.path.insert(0, str(REF))
    from common import FULL_CAPTURE, WEIGHTS_ONLY
    import minilm
    import smollm2
    mod = minilm if model == "minilm" else smollm2
    m = mod.load(MODELS)
    cap = FULL_CAPTURE if impl == "numpy-full" else WEIGHTS_ONLY
    return lambda ids: m.forward(ids, capture=cap)
  import torch
  from transformers import AutoModelForCausalLM, BertModel
  if model == "minilm":
    net = BertModel.from_pretrained(
      str(MODELS / "minilm"), attn_implementation="eager",
      dtype=torch.float32)
  else:
    sys.path.insert(0, str(REF))
    import smollm2
    path = smollm2.gguf_path(MODELS / "smollm2")
    net = AutoModelForCausalLM.from_pretrained(
      str(path.parent), gguf_file=path.name, attn_implementation="eager",
      dtype=torch.float32)
  net.eval()

  def forward(ids):
    with torch.no_grad():
      return net(torch.tensor([ids]), output_attentions=True)
  return forward


def worker(args):
  """One measurement; prints a JSON line."""
  ids = [int(t) for t in args.ids.split(",")]
  forward = load(args.impl, args.model)
  forward(ids[:16])
  threads = None
  if args.impl == "torch-eager":
    import torch
    threads = torch.get_num_threads()
  with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
  before = proc_status()["VmRSS"]
  start, cpu_start = time.perf_counter(), time.process_time()
  result = forward(ids)
  seconds = time.perf_counter() - start
  cpu = time.process_time() - cpu_start
  peak = proc_status()["VmHWM"]
  del result
  print(json.dumps({"seconds": seconds, "cpu_seconds": cpu,
                    "rss_before_kib": before,
                    "forward_peak_kib": peak, "torch_threads": threads}))


def measure(impl, model, ids, threads):
  """Runs one worker subprocess; returns its report plus ru_maxrss."""
  cmd = [sys.executable, __file__, "--worker", "--impl", impl,
         "--model", model, "--models", str(MODELS),
         "--ids", ",".join(map(str, ids))]
  if impl == "attnviz":
    # The same protocol in Swift: warm up on 16 tokens, reset the peak, time one
    # traced forward pass that keeps every intermediate (attnviz's only mode).
    cmd = [str(ATTNVIZ_BENCH), "--model", model, "--models", str(MODELS),
           "--ids", ",".join(map(str, ids))]
  env = dict(os.environ, OMP_NUM_THREADS=str(threads),
             OPENBLAS_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
  proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, env=env, text=True)
  out = proc.stdout.read()
  _, status, usage = os.wait4(proc.pid, 0)
  if status != 0:
    return {"error": f"exit status {status}"}
  report = json.loads(out.strip().splitlines()[-1])
  report["process_peak_kib"] = usage.ru_maxrss
  report["load_average"] = os.getloadavg()[0]
  return report


def summarize(runs):
  ok = [r for r in runs if "error" not in r]
  if not ok:
    return {"error": runs[0]["error"]}
  med = lambda key: statistics.median(r[key] for r in ok)
  return {
    "runs": len(ok),
    "median_seconds": round(med("seconds"), 4),
    "all_seconds": [round(r["seconds"], 4) for r in ok],
    "median_cpu_seconds": round(med("cpu_seconds"), 4),
    "load_average_1min": [round(r["load_average"], 2) for r in ok],
    "median_forward_peak_mib": round(med("forward_peak_kib") / 1024, 1),
    "median_forward_growth_mib": round(
      statistics.median(r["forward_peak_kib"] - r["rss_before_kib"]
                        for r in ok) / 1024, 1),
    "median_process_peak_mib": round(med("process_peak_kib") / 1024, 1),
    "torch_threads": ok[0].get("torch_threads"),
  }


def merge(old, new):
  """Old results with rows of the same model, tokens and impl replaced."""
  key = lambda r: (r["model"], r["tokens"], r["impl"])
  rows = {key(r): r for r in old["results"]}
  rows.update({key(r): r for r in new["results"]})
  order = {m: i for i, m in enumerate(sorted(SIZES))}
  new["results"] = sorted(rows.values(), key=lambda r: (
    order[r["model"]], r["tokens"], IMPLS.index(r["impl"])))
  return new


def print_table(results):
  """Prints one Markdown row per (model, tokens, impl)."""
  print("| model | tokens | impl | median s | CPU s | forward peak MiB "
        "| growth MiB | process peak MiB | runs |")
  print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
  for r in results["results"]:
    print(f"| {r['model']} | {r['tokens']} | {r['impl']} "
          f"| {r['median_seconds']:.3f} | {r['median_cpu_seconds']:.3f} "
          f"| {r['median_forward_peak_mib']:.0f} "
          f"| {r['median_forward_growth_mib']:.0f} "
          f"| {r['median_process_peak_mib']:.0f} | {r['runs']} |")


def print_ratios(results):
  """Prints the README's table: attnviz ÷ PyTorch for time and forward peak memory."""
  rows = {(r["model"], r["tokens"], r["impl"]): r for r in results["results"]}
  names = {"minilm": "MiniLM", "smollm2": "SmolLM2"}
  print("| model | tokens | time, attnviz ÷ PyTorch | forward peak memory, attnviz ÷ PyTorch |")
  print("|---|---:|---:|---:|")
  for (model, tokens, impl), ours in sorted(rows.items()):
    torch_row = rows.get((model, tokens, "torch-eager"))
    if impl != "attnviz" or torch_row is None:
      continue
    a, t = ours["median_seconds"], torch_row["median_seconds"]
    am, tm = ours["median_forward_peak_mib"], torch_row["median_forward_peak_mib"]
    digits = 3 if t < 1 else 2 if t < 10 else 1
    print(f"| {names.get(model, model)} | {tokens:,} | {a / t:.2f} ({a:.{digits}f} s vs "
          f"{t:.{digits}f} s) | {am / tm:.2f} ({am:,.0f} vs {tm:,.0f} MiB) |")


def environment(threads):
  import numpy
  import torch
  import transformers
  cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
              if l.startswith("model name")), "unknown")
  return {"python": platform.python_version(), "numpy": numpy.__version__,
          "torch": torch.__version__,
          "transformers": transformers.__version__, "cpu": cpu,
          "cpu_count": os.cpu_count(), "threads": threads,
          "numpy_blas": "OpenBLAS (numpy wheel), OPENBLAS_NUM_THREADS="
                        f"{threads}",
          "torch_threads": f"OMP_NUM_THREADS={threads}; "
                           "torch.get_num_threads() is recorded per run"}


def main():
  global MODELS
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  parser.add_argument("--models", default=str(HERE.parent / "models"))
  parser.add_argument("--runs", type=int, default=3)
  parser.add_argument("--threads", type=int, default=1)
  parser.add_argument("--model", choices=sorted(SIZES))
  parser.add_argument("--impl", help="one or more of " + ",".join(IMPLS))
  parser.add_argument("--merge", action="store_true",
                      help="replace matching rows of an existing --out file")
  parser.add_argument("--sizes", default=None, help="e.g. 16,128")
  parser.add_argument("--out", default=str(HERE / "results" / "peers.json"))
  parser.add_argument("--table", action="store_true",
                      help="print --out as a Markdown table and stop")
  parser.add_argument("--ratios", action="store_true",
                      help="print the README's attnviz ÷ PyTorch table from --out and stop")
  parser.add_argument("--worker", action="store_true")
  parser.add_argument("--ids", default="")
  args = parser.parse_args()
  MODELS = pathlib.Path(args.models)
  if args.worker:
    return worker(args)
  if args.table:
    return print_table(json.loads(pathlib.Path(args.out).read_text()))
  if args.ratios:
    return print_ratios(json.loads(pathlib.Path(args.out).read_text()))
  results = {"environment": environment(args.threads),
             "method": __doc__.split("\n\n", 1)[1].strip(), "results": []}
  for model in [args.model] if args.model else sorted(SIZES):
    sizes = SIZES[model]
    if args.sizes:
      sizes = [int(s) for s in args.sizes.split(",")]
    for n in sizes:
      ids = make_ids(model, n)
      chosen = args.impl.split(",") if args.impl else IMPLS
      impls = [i for i in chosen
               if not (i == "numpy-full" and n > FULL_LIMIT)]
      runs = {impl: [] for impl in impls}
      for _ in range(args.runs):  # interleaved, so load hits all alike
        for impl in impls:
          runs[impl].append(measure(impl, model, ids, args.threads))
      for impl in impls:
        row = {"model": model, "tokens": n, "impl": impl,
               **summarize(runs[impl])}
        results["results"].append(row)
        print(json.dumps(row), flush=True)
  out = pathlib.Path(args.out)
  if args.merge and out.exists():
    results = merge(json.loads(out.read_text()), results)
  out.parent.mkdir(parents=True, exist_ok=True)
  out.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
  print(f"wrote {out}")


if __name__ == "__main__":
  main()
