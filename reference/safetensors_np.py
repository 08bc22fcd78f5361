"""A numpy-only reader of the safetensors format.

Layout: an 8-byte little-endian header length, a JSON header mapping each
tensor name to its dtype, shape and [begin, end) byte offsets (relative to the
end of the header), then the raw little-endian tensor bytes.
"""
import json
import struct

import numpy as np

_DTYPES = {
  "F64": "<f8", "F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4",
  "I16": "<i2", "I8": "i1", "U8": "u1", "BOOL": "?",
}


def read_safetensors(path):
  """Returns {name: read-only numpy array} memory-mapped from `path`."""
  with open(path, "rb") as f:
    (header_len,) = struct.unpack("<Q", f.read(8))
    header = json.loads(f.read(header_len))
  raw = np.memmap(path, dtype=np.uint8, mode="r")
  base = 8 + header_len
  tensors = {}
  for name, entry in header.items():
    if name == "__metadata__":
      continue
    begin, end = entry["data_offsets"]
    dtype = np.dtype(_DTYPES[entry["dtype"]])
    flat = raw[base + begin:base + end].view(dtype)
    tensors[name] = flat.reshape(entry["shape"])
  return tensors
