"""The digit classifier used to judge generated samples, and the MNIST test statistics shipped beside it.

The classifier (models.build_classifier) is a small CNN; its penultimate Dense(128) ReLU layer is the feature space
for the diversity and Fréchet-distance figures. `mnist_test_stats.npz` holds, for the real MNIST test set (no images):

* ``mu`` (128,), ``sigma`` (128, 128): mean and covariance of the features (float64)
* ``per_digit_diversity`` (10,): for each digit, the mean pairwise L2 distance between features of its test images
* ``per_digit_count`` (10,), ``test_accuracy`` (): how many test images each figure used, and classifier accuracy

The statistics belong to one set of classifier weights: retraining the classifier rewrites them.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

STATS_FILE = "mnist_test_stats.npz"
_PAIRWISE_CHUNK = 512


def mean_pairwise_distance(features: np.ndarray) -> float:
    """Mean L2 distance over all unordered pairs of distinct rows (an unbiased estimate for any n >= 2)."""
    f = np.asarray(features, dtype=np.float64)
    n = len(f)
    if n < 2:
        return 0.0
    sq = (f * f).sum(axis=1)
    total = 0.0
    for i in range(0, n, _PAIRWISE_CHUNK):
        block = f[i : i + _PAIRWISE_CHUNK]
        d2 = sq[i : i + _PAIRWISE_CHUNK, None] + sq[None, :] - 2.0 * block @ f.T
        total += np.sqrt(np.maximum(d2, 0.0)).sum()
    # the diagonal contributes ~0 (clipped rounding error); remove it exactly by dividing by n(n-1)
    return float(total / (n * (n - 1)))


def feature_stats(features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    f = np.asarray(features, dtype=np.float64)
    return f.mean(axis=0), np.cov(f, rowvar=False)


def _sqrtm_psd(a: np.ndarray) -> np.ndarray:
    w, v = np.linalg.eigh((a + a.T) / 2.0)
    return (v * np.sqrt(np.clip(w, 0.0, None))) @ v.T


def frechet_distance(mu1: np.ndarray, sigma1: np.ndarray, mu2: np.ndarray, sigma2: np.ndarray) -> float:
    """||mu1 - mu2||^2 + Tr(S1 + S2 - 2 (S1 S2)^1/2), with Tr((S1 S2)^1/2) = Tr((S1^1/2 S2 S1^1/2)^1/2) (no scipy)."""
    mu1, mu2 = np.asarray(mu1, np.float64), np.asarray(mu2, np.float64)
    s1, s2 = np.asarray(sigma1, np.float64), np.asarray(sigma2, np.float64)
    r1 = _sqrtm_psd(s1)
    middle = r1 @ s2 @ r1
    w = np.linalg.eigvalsh((middle + middle.T) / 2.0)
    tr_covmean = np.sqrt(np.clip(w, 0.0, None)).sum()
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2.0 * tr_covmean)


def compute_stats(labels_true: np.ndarray, labels_pred: np.ndarray, features: np.ndarray) -> dict[str, np.ndarray]:
    mu, sigma = feature_stats(features)
    diversity = np.zeros(10)
    counts = np.zeros(10, dtype=np.int64)
    for d in range(10):
        sel = features[labels_true == d]
        counts[d] = len(sel)
        diversity[d] = mean_pairwise_distance(sel)
    return {
        "mu": mu,
        "sigma": sigma,
        "per_digit_diversity": diversity,
        "per_digit_count": counts,
        "test_accuracy": np.float64((labels_true == labels_pred).mean()),
    }


def save_stats(weights_dir: str | os.PathLike, stats: dict[str, np.ndarray]) -> Path:
    path = Path(weights_dir) / STATS_FILE
    np.savez(path, **stats)
    return path


def load_stats(weights_dir: str | os.PathLike) -> dict[str, np.ndarray]:
    with np.load(Path(weights_dir) / STATS_FILE) as z:
        return {k: z[k] for k in z.files}


def train_classifier(x_train, y_train, x_test, y_test, *, epochs: int, seed: int, batch_size: int = 128, log=print):
    """Train the CNN (Adam 1e-3, cross-entropy, batch 128). Returns (keras model, test accuracy)."""
    import keras
    import tensorflow as tf

    from generators.digits.models import build_classifier

    model = build_classifier()
    trainer = keras.Model(model.input, model.outputs[0])  # same layers, logits only
    trainer.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-3),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    xtr = x_train.astype(np.float32) / 255.0
    xte = x_test.astype(np.float32) / 255.0
    ds = (
        tf.data.Dataset.from_tensor_slices((xtr, y_train.astype(np.int64)))
        .shuffle(len(xtr), seed=seed, reshuffle_each_iteration=True)
        .batch(batch_size)
        .prefetch(2)
    )
    trainer.fit(ds, epochs=epochs, verbose=2)
    logits = trainer.predict(xte, batch_size=1000, verbose=0)
    acc = float((logits.argmax(1) == y_test).mean())
    log(f"classifier test accuracy {acc:.4f}")
    return model, acc
