"""Train the digit models reproducibly and record them in the model card.

    python -m generators.digits.train --model classifier --data mnist.npz --epochs 4  --seed 0
    python -m generators.digits.train --model gan        --data mnist.npz --epochs 40 --seed 0
    python -m generators.digits.train --model vae        --data mnist.npz --epochs 60 --seed 0

`--data` is an .npz with x_train, y_train, x_test, y_test (uint8, like keras.datasets.mnist); omit it to download
MNIST with keras.datasets.mnist. Weights go to generators/digits/weights/ unless `--out DIR`. Train the classifier
first: the GAN/VAE figures (accuracy, diversity, FID) are measured with it. Only the GAN generator, the VAE decoder
and the classifier are saved (the discriminator and encoder are not needed to sample).

Each run seeds Python, NumPy and Keras/TensorFlow (keras.utils.set_random_seed) and, with --deterministic (on by
default), turns on TensorFlow op determinism, so the same command on the same machine and versions gives the same
weights. Each run writes `training.json` (provenance and figures) and re-renders its section of MODEL_CARD.md
(the package's card for the default folder, DIR/MODEL_CARD.md otherwise).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import shlex
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from generators.digits import WEIGHTS_DIR, DigitGenerator, configure_tensorflow

PACKAGE_CARD = Path(__file__).resolve().parent / "MODEL_CARD.md"
TRAINING_FILE = "training.json"
DEFAULT_EPOCHS = {"classifier": 4, "gan": 40, "vae": 100}
FID_REFERENCE_N = 2000  # = 10 digits * 200 samples, the size the quality figures use


# ------------------------------------------------------------------------------------------------------------ data
def load_mnist(path: str | None) -> tuple[tuple[np.ndarray, ...], dict[str, str]]:
    if path:
        raw = Path(path).read_bytes()
        with np.load(path) as z:
            arrays = tuple(z[k] for k in ("x_train", "y_train", "x_test", "y_test"))
        info = {"data": Path(path).name, "data_sha256": hashlib.sha256(raw).hexdigest()}
    else:
        import keras

        (xtr, ytr), (xte, yte) = keras.datasets.mnist.load_data()
        arrays = (xtr, ytr, xte, yte)
        info = {"data": "keras.datasets.mnist"}
    xtr, ytr, xte, yte = arrays
    assert xtr.shape[1:] == (28, 28) and xtr.dtype == np.uint8, "expected uint8 MNIST images"
    return (xtr, ytr.astype(np.int64), xte, yte.astype(np.int64)), info


# -------------------------------------------------------------------------------------------------------- training
def train_gan(x_train, y_train, *, epochs: int, seed: int, noise_dim: int, batch_size: int = 64):
    import keras
    import tensorflow as tf

    from generators.digits.models import ConditionalGAN

    gan = ConditionalGAN(noise_dim=noise_dim, real_label=0.9, seed=seed)
    gan.compile(
        d_optimizer=keras.optimizers.Adam(learning_rate=2e-4, beta_1=0.5),
        g_optimizer=keras.optimizers.Adam(learning_rate=2e-4, beta_1=0.5),
    )
    x = x_train.astype(np.float32) / 127.5 - 1.0  # tanh range
    onehot = np.eye(10, dtype=np.float32)[y_train]
    ds = (
        tf.data.Dataset.from_tensor_slices((x, onehot))
        .shuffle(len(x), seed=seed, reshuffle_each_iteration=True)
        .batch(batch_size, drop_remainder=True)
        .prefetch(2)
    )
    gan.fit(ds, epochs=epochs, verbose=2)
    return gan.generator, {"batch_size": batch_size, "noise_dim": noise_dim,
                           "optimizer": "Adam(learning_rate=2e-4, beta_1=0.5) for D and G",
                           "real_label_smoothing": 0.9}


def train_vae(x_train, y_train, *, epochs: int, seed: int, latent_dim: int, beta: float, batch_size: int = 128):
    import keras
    import tensorflow as tf

    from generators.digits.models import ConditionalVAE

    vae = ConditionalVAE(latent_dim=latent_dim, beta=beta, seed=seed)
    vae.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3))
    x = x_train.astype(np.float32) / 255.0
    onehot = np.eye(10, dtype=np.float32)[y_train]
    ds = (
        tf.data.Dataset.from_tensor_slices((x, onehot))
        .shuffle(len(x), seed=seed, reshuffle_each_iteration=True)
        .batch(batch_size)
        .prefetch(2)
    )
    vae.fit(ds, epochs=epochs, verbose=2)
    return vae.decoder, {"batch_size": batch_size, "latent_dim": latent_dim, "beta": beta,
                         "optimizer": "Adam(learning_rate=1e-3)",
                         "loss": f"summed-pixel BCE + {beta:g} * KL (per example, batch mean)"}


# ---------------------------------------------------------------------------------------------------- model card
def _fmt_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines)


def _per_digit_table(metrics: dict[str, Any]) -> str:
    head = "| digit | " + " | ".join(str(d) for d in range(10)) + " | min |"
    sep = "|---" * 12 + "|"
    acc = metrics["accuracy_per_digit"]
    div = metrics["diversity_ratio_per_digit"]
    r1 = "| accuracy | " + " | ".join(f"{acc[str(d)]:.3f}" for d in range(10)) + f" | {metrics['accuracy_min']:.3f} |"
    r2 = "| diversity ratio | " + " | ".join(f"{div[str(d)]:.2f}" for d in range(10))
    r2 += f" | {metrics['diversity_ratio_min']:.2f} |"
    return "\n".join([head, sep, r1, r2])


def render_section(name: str, rec: dict[str, Any]) -> str:
    rows = [
        ("command", f"`{rec['command']}`"),
        ("data", f"{rec['data']}" + (f" (sha256 `{rec['data_sha256'][:16]}…`)" if rec.get("data_sha256") else "")),
        ("epochs", str(rec["epochs"])),
        ("seed", str(rec["seed"])),
    ]
    rows += [(k, str(v)) for k, v in rec.get("settings", {}).items()]
    rows += [
        ("train time", f"{rec['train_seconds']:.0f} s ({rec['machine']}"
         + (f"; 1-min load average {rec['load_average'][0]:.1f} at start, {rec['load_average'][1]:.1f} at end"
            if rec.get("load_average") else "") + ")"),
        ("trained", rec["date"]),
        ("versions", rec["versions"]),
        ("weights", ", ".join(f"`{f}` ({s / 1e6:.2f} MB)" for f, s in rec["files"].items())),
    ]
    parts = [_fmt_table(rows), ""]
    m = rec.get("metrics")
    if name == "classifier" and m:
        parts.append(
            f"Test accuracy on the 10,000 MNIST test images: **{m['test_accuracy']:.4f}**. "
            f"FID of {m['fid_reference_n']} real MNIST training images against the shipped test statistics "
            f"(what a perfect generator scores at that sample size): {m['fid_reference']:.2f}."
        )
    elif m:
        extra = f", sampling temperature t = {m['vae_temperature']:g} (z ~ N(0, t²))" if "vae_temperature" in m else ""
        parts.append(
            f"Measured with `python -m generators.digits.quality --model {name}` ({m['per_digit']} samples per digit, "
            f"seed {m['seed']}{extra}):\n"
        )
        parts.append(_per_digit_table(m))
        parts.append("")
        parts.append(
            f"Mean accuracy {m['accuracy_mean']:.3f}; mean diversity ratio {m['diversity_ratio_mean']:.2f}; "
            f"FID {m['fid']:.2f} (real-data reference {m.get('fid_reference', float('nan')):.2f} at the same sample "
            f"size)."
        )
    return "\n".join(parts).rstrip() + "\n"


def update_card(card: Path, training: dict[str, Any]) -> None:
    text = card.read_text() if card.exists() else "# Digit models\n"
    for name in ("classifier", "gan", "vae"):
        rec = training.get(name)
        if not rec:
            continue
        start, end = f"<!-- auto:{name}:start -->", f"<!-- auto:{name}:end -->"
        body = f"{start}\n{render_section(name, rec)}{end}"
        if start in text and end in text:
            a, b = text.index(start), text.index(end) + len(end)
            text = text[:a] + body + text[b:]
        else:
            text = text.rstrip() + f"\n\n## {name} (generated)\n\n{body}\n"
    card.write_text(text)


# ----------------------------------------------------------------------------------------------------------- main
def _machine() -> str:
    tf = configure_tensorflow()
    gpus = tf.config.list_physical_devices("GPU")
    return f"{os.cpu_count()} CPU cores" + (f", {len(gpus)} GPU" if gpus else ", no GPU")


def _versions() -> str:
    import keras
    import tensorflow as tf

    return (
        f"Python {platform.python_version()}, TensorFlow {tf.__version__}, Keras {keras.__version__}, "
        f"NumPy {np.__version__}"
    )


def _update_json(path: Path, key: str, value: Any) -> dict[str, Any]:
    data = json.loads(path.read_text()) if path.exists() else {}
    data[key] = value
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    return data


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m generators.digits.train", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", required=True, choices=["gan", "vae", "classifier"])
    p.add_argument("--data", default=None, help="MNIST .npz (x_train, y_train, x_test, y_test); default: download")
    p.add_argument("--epochs", type=int, default=None, help=f"default: {DEFAULT_EPOCHS}")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default=None, help=f"weights folder (default: {WEIGHTS_DIR})")
    p.add_argument("--card", default=None, help="card to update (default: the package's, or OUT/MODEL_CARD.md)")
    p.add_argument("--noise-dim", type=int, default=100, help="GAN noise size")
    p.add_argument("--latent-dim", type=int, default=16, help="VAE latent size")
    p.add_argument("--beta", type=float, default=1.0, help="VAE KL weight")
    p.add_argument("--vae-temperature", type=float, default=0.9, help="VAE prior std at sampling time (saved)")
    p.add_argument("--limit", type=int, default=None, help="train on the first N training images (smoke tests)")
    p.add_argument("--per-digit", type=int, default=200, help="samples per digit for the quality figures")
    p.add_argument("--no-deterministic", dest="deterministic", action="store_false",
                   help="skip tf.config.experimental.enable_op_determinism()")
    args = p.parse_args(argv)
    epochs = args.epochs if args.epochs is not None else DEFAULT_EPOCHS[args.model]

    out = Path(args.out) if args.out else WEIGHTS_DIR
    out.mkdir(parents=True, exist_ok=True)
    card = Path(args.card) if args.card else (PACKAGE_CARD if out.resolve() == WEIGHTS_DIR else out / "MODEL_CARD.md")

    tf = configure_tensorflow()
    import keras

    keras.utils.set_random_seed(args.seed)
    if args.deterministic:
        tf.config.experimental.enable_op_determinism()

    from generators.digits import models as m
    from generators.digits import quality
    from generators.digits.classifier import (
        compute_stats,
        feature_stats,
        frechet_distance,
        save_stats,
        train_classifier,
    )

    (xtr, ytr, xte, yte), data_info = load_mnist(args.data)
    if args.limit:
        xtr, ytr = xtr[: args.limit], ytr[: args.limit]

    cmd = ["python -m generators.digits.train", f"--model {args.model}"]
    if args.data:
        cmd.append(f"--data {shlex.quote(args.data)}")
    cmd += [f"--epochs {epochs}", f"--seed {args.seed}"]
    if args.model == "vae":
        cmd += [f"--latent-dim {args.latent_dim}", f"--beta {args.beta:g}"]
        cmd.append(f"--vae-temperature {args.vae_temperature:g}")
    if args.model == "gan" and args.noise_dim != 100:
        cmd.append(f"--noise-dim {args.noise_dim}")
    if args.limit:
        cmd.append(f"--limit {args.limit}")
    if args.out:
        cmd.append(f"--out {shlex.quote(args.out)}")

    config_path = out / m.CONFIG_FILE
    load_start = os.getloadavg()[0]  # the machine may be shared: train time depends on it
    t0 = time.perf_counter()
    if args.model == "classifier":
        net, acc = train_classifier(xtr, ytr, xte, yte, epochs=epochs, seed=args.seed)
        settings = {"architecture": "Conv32-Conv32-Pool-Conv64-Pool-Conv64-Pool-Dense128(features)-Dense10",
                    "optimizer": "Adam(learning_rate=1e-3)", "batch_size": 128}
        files = [m.CLASSIFIER_FILE]
    elif args.model == "gan":
        net, settings = train_gan(xtr, ytr, epochs=epochs, seed=args.seed, noise_dim=args.noise_dim)
        files = [m.GENERATOR_FILE]
    else:
        net, settings = train_vae(xtr, ytr, epochs=epochs, seed=args.seed, latent_dim=args.latent_dim, beta=args.beta)
        settings["sampling temperature"] = args.vae_temperature
        files = [m.DECODER_FILE]
    train_seconds = time.perf_counter() - t0
    load_end = os.getloadavg()[0]
    net.save_weights(out / files[0])

    if args.model == "gan":
        _update_json(config_path, "noise_dim", args.noise_dim)
    elif args.model == "vae":
        _update_json(config_path, "latent_dim", args.latent_dim)
        _update_json(config_path, "vae_temperature", args.vae_temperature)

    metrics: dict[str, Any] = {}
    gen = DigitGenerator.load(out, eager=False)
    if args.model == "classifier":
        labels, feats = gen.classify(xte)
        stats = compute_stats(yte, labels, feats)
        # real-data reference FID: FID_REFERENCE_N training images (seeded pick) against the test statistics
        pick = np.random.RandomState(args.seed).choice(len(xtr), FID_REFERENCE_N, replace=False)
        mu, sigma = feature_stats(gen.classify(xtr[pick])[1])
        stats["fid_reference"] = np.float64(frechet_distance(mu, sigma, stats["mu"], stats["sigma"]))
        stats["fid_reference_n"] = np.int64(FID_REFERENCE_N)
        save_stats(out, stats)
        files.append(m.STATS_FILE)
        metrics = {"test_accuracy": float(stats["test_accuracy"]), "keras_test_accuracy": acc,
                   "fid_reference": float(stats["fid_reference"]), "fid_reference_n": FID_REFERENCE_N,
                   "per_digit_diversity": [round(float(v), 4) for v in stats["per_digit_diversity"]]}
        print(json.dumps(metrics, indent=2))
    elif (out / m.CLASSIFIER_FILE).exists() and (out / m.STATS_FILE).exists():
        metrics = quality.evaluate(gen, args.model, per_digit=args.per_digit, seed=0)
        print(json.dumps(metrics, indent=2))
    else:
        print(f"no classifier in {out}: skipping the quality figures (train --model classifier first)", file=sys.stderr)

    record = {
        "command": " ".join(cmd),
        **data_info,
        "epochs": epochs,
        "seed": args.seed,
        "deterministic": args.deterministic,
        "limit": args.limit,
        "settings": settings,
        "train_seconds": round(train_seconds, 1),
        "machine": _machine(),
        "load_average": [round(load_start, 2), round(load_end, 2)],
        "versions": _versions(),
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "files": {f: (out / f).stat().st_size for f in files},
        "metrics": metrics,
    }
    training = _update_json(out / TRAINING_FILE, args.model, record)

    if args.model == "classifier":  # the generators' figures depend on the classifier: re-measure them
        for name, fname in (("gan", m.GENERATOR_FILE), ("vae", m.DECODER_FILE)):
            if name in training and (out / fname).exists():
                training[name]["metrics"] = quality.evaluate(gen, name, per_digit=args.per_digit, seed=0)
                training = _update_json(out / TRAINING_FILE, name, training[name])
    update_card(card, training)
    print(f"wrote {', '.join(str(out / f) for f in files)}; updated {card}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
