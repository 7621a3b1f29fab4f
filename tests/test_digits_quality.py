"""The quality bar of the shipped digit generators, judged by the shipped classifier (no dataset, no network).

For every digit 0-9 and both models: >= 90% of 200 samples are classified as the requested digit (samples are never
filtered), the samples of a digit are about as varied as MNIST's own (diversity ratio floor), and the Fréchet
distance in the classifier's feature space stays within a stated bound. See generators/digits/MODEL_CARD.md.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from generators.digits import WEIGHTS_DIR, DigitGenerator
from generators.digits.classifier import frechet_distance, load_stats, mean_pairwise_distance
from generators.digits.quality import evaluate

PER_DIGIT = 200
MIN_ACCURACY = 0.90  # per digit, per model
# per digit, generated vs. real MNIST; an undertrained 1-epoch GAN (near-identical blobs) scored about 0.15
MIN_DIVERSITY_RATIO = 0.75
MAX_FID = {"gan": 8.0, "vae": 15.0}  # classifier-feature FID, 2,000 samples (shipped: ~3 and ~8; real data ~1.1)


@pytest.fixture(scope="module")
def gen() -> DigitGenerator:
    return DigitGenerator.load()


@pytest.fixture(scope="module")
def results(gen) -> dict[str, dict]:
    return {model: evaluate(gen, model, per_digit=PER_DIGIT, seed=0) for model in ("gan", "vae")}


def test_shipped_reference_statistics():
    stats = load_stats(WEIGHTS_DIR)
    assert stats["mu"].shape == (128,) and stats["sigma"].shape == (128, 128)
    assert np.allclose(stats["sigma"], stats["sigma"].T)
    assert stats["per_digit_diversity"].shape == (10,) and (stats["per_digit_diversity"] > 0).all()
    assert stats["per_digit_count"].sum() == 10_000
    assert float(stats["test_accuracy"]) >= 0.99  # the judge itself is accurate on real MNIST
    assert 0 <= float(stats["fid_reference"]) < 5


@pytest.mark.slow
@pytest.mark.parametrize("model", ["gan", "vae"])
def test_every_digit_is_recognised(results, model):
    acc = results[model]["accuracy_per_digit"]
    weak = {d: a for d, a in acc.items() if a < MIN_ACCURACY}
    assert not weak, f"{model}: digits below {MIN_ACCURACY}: {weak}"


@pytest.mark.slow
@pytest.mark.parametrize("model", ["gan", "vae"])
def test_samples_are_diverse(results, model):
    div = results[model]["diversity_ratio_per_digit"]
    low = {d: r for d, r in div.items() if r < MIN_DIVERSITY_RATIO}
    assert not low, f"{model}: diversity ratio below {MIN_DIVERSITY_RATIO}: {low}"


@pytest.mark.slow
@pytest.mark.parametrize("model", ["gan", "vae"])
def test_frechet_distance(results, model):
    r = results[model]
    assert np.isfinite(r["fid"]) and 0 <= r["fid"] < MAX_FID[model], r["fid"]
    assert r["fid"] > r["fid_reference"]  # sanity: real data is closer than any generator


@pytest.mark.slow
def test_results_are_json_and_match_model_card(results):
    """The card reports what this test measures (same seed and count; CPU/GPU kernels may differ slightly)."""
    json.dumps(results)
    card = (WEIGHTS_DIR.parent / "MODEL_CARD.md").read_text()
    for model in ("gan", "vae"):
        section = card[card.index(f"<!-- auto:{model}:start -->") : card.index(f"<!-- auto:{model}:end -->")]
        card_fid = float(re.search(r"FID (\d+\.\d+)", section).group(1))
        assert card_fid == pytest.approx(results[model]["fid"], rel=0.05, abs=0.05)
        card_min = float(re.search(r"\| accuracy \|.*\| (\d\.\d+) \|$", section, re.M).group(1))
        assert card_min == pytest.approx(results[model]["accuracy_min"], abs=0.011)


def test_metric_helpers():
    rng = np.random.RandomState(0)
    a = rng.standard_normal((500, 4))
    # identical Gaussians are at distance ~0; a shifted mean adds |shift|^2
    mu, sigma = a.mean(0), np.cov(a, rowvar=False)
    assert abs(frechet_distance(mu, sigma, mu, sigma)) < 1e-8
    assert frechet_distance(mu + 2.0, sigma, mu, sigma) == pytest.approx(16.0)
    # diagonal Gaussians: (sqrt(s1) - sqrt(s2))^2 per dimension
    assert frechet_distance(np.zeros(2), np.diag([4.0, 1.0]), np.zeros(2), np.diag([1.0, 1.0])) == pytest.approx(1.0)
    # mean pairwise distance of the corners of a unit square: (4 * 1 + 2 * sqrt 2) / 6
    sq = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], float)
    assert mean_pairwise_distance(sq) == pytest.approx((4 + 2 * np.sqrt(2)) / 6)
    assert mean_pairwise_distance(np.repeat(sq[:1], 5, axis=0)) == pytest.approx(0.0, abs=1e-6)
