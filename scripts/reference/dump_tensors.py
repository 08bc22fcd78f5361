#!/usr/bin/env python3
"""Writes reference slices of the real model files for the ModelFormats tests.

The values come from the `gguf` and `safetensors` Python packages and numpy, so
the Swift readers are checked against independent implementations. Output:
Tests/Fixtures/formats/model-slices.json (a few kilobytes).

Usage (after scripts/setup-models.sh):
    pip install -r scripts/reference/requirements.txt
    python3 scripts/reference/dump_tensors.py [MODELS_DIR]
"""

import json
import os
import sys

import gguf
import numpy as np
from safetensors.numpy import load_file

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT = os.path.join(ROOT, "Tests", "Fixtures", "formats", "model-slices.json")
GGUF_FILE = "smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
SAFETENSORS_FILE = "minilm/model.safetensors"

# (tensor, row, first column, end column): a row of the row-major 2-D view.
GGUF_SLICES = [
    ("token_embd.weight", 0, 0, 40),
    ("token_embd.weight", 49151, 536, 576),
    ("blk.0.attn_q.weight", 0, 0, 40),
    ("blk.0.attn_q.weight", 575, 536, 576),
    ("blk.0.attn_k.weight", 7, 100, 140),
    ("blk.29.ffn_down.weight", 300, 1500, 1536),
    ("output_norm.weight", 0, 0, 16),
]
SAFETENSORS_SLICES = [
    ("embeddings.word_embeddings.weight", 101, 0, 16),
    ("encoder.layer.0.attention.self.query.weight", 0, 0, 16),
    ("embeddings.LayerNorm.weight", 0, 0, 16),
]
NUMPY_TO_SAFETENSORS = {"float32": "F32", "float16": "F16"}
GGUF_KEYS = [
    "general.architecture",
    "llama.block_count",
    "llama.context_length",
    "llama.embedding_length",
    "llama.feed_forward_length",
    "llama.attention.head_count",
    "llama.attention.head_count_kv",
    "llama.attention.layer_norm_rms_epsilon",
    "llama.rope.freq_base",
    "llama.rope.dimension_count",
    "tokenizer.ggml.model",
    "tokenizer.ggml.pre",
    "tokenizer.ggml.bos_token_id",
    "tokenizer.ggml.eos_token_id",
]


def slice_record(name, matrix, row, start, end, type_name):
    """One fixture entry: shape, a row slice, and whole-tensor sums in float64."""
    values = matrix.astype(np.float32)
    flat = values.reshape(-1, values.shape[-1])
    return {
        "name": name,
        "type": type_name,
        "shape": [int(n) for n in values.shape],
        "row": row,
        "columns": [start, end],
        "values": [float(v) for v in flat[row, start:end]],
        "sum": float(values.astype(np.float64).sum()),
        "sumOfSquares": float((values.astype(np.float64) ** 2).sum()),
    }


def gguf_section(path):
    reader = gguf.GGUFReader(path)
    tensors = {t.name: t for t in reader.tensors}
    slices = []
    for name, row, start, end in GGUF_SLICES:
        tensor = tensors[name]
        # gguf lists dims fastest first; dequantize returns the row-major array.
        values = gguf.dequantize(tensor.data, tensor.tensor_type)
        values = values.reshape([int(n) for n in reversed(tensor.shape)])
        slices.append(slice_record(name, values, row, start, end, tensor.tensor_type.name))
    metadata = {key: reader.fields[key].contents() for key in GGUF_KEYS}
    return {
        "file": GGUF_FILE,
        "tensorCount": len(reader.tensors),
        "dataOffset": int(reader.data_offset),
        "vocabularySize": len(reader.fields["tokenizer.ggml.tokens"].data),
        "mergeCount": len(reader.fields["tokenizer.ggml.merges"].data),
        "metadata": {k: (float(v) if isinstance(v, float) else v) for k, v in metadata.items()},
        "tensors": slices,
    }


def safetensors_section(path):
    tensors = load_file(path)
    slices = []
    for name, row, start, end in SAFETENSORS_SLICES:
        dtype = NUMPY_TO_SAFETENSORS[str(tensors[name].dtype)]
        slices.append(slice_record(name, tensors[name], row, start, end, dtype))
    return {"file": SAFETENSORS_FILE, "tensorCount": len(tensors), "tensors": slices}


def main():
    models = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "models")
    fixture = {
        "generator": "scripts/reference/dump_tensors.py",
        "gguf": gguf_section(os.path.join(models, GGUF_FILE)),
        "safetensors": safetensors_section(os.path.join(models, SAFETENSORS_FILE)),
    }
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as out:
        json.dump(fixture, out, indent=1, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
