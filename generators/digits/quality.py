"""Quality figures for the digit generators, judged by the shipped classifier against shipped MNIST test statistics.

For each digit 0-9, `per_digit` samples are drawn (seed `seed + digit`), then:

* accuracy: the fraction the classifier labels as the requested digit (no sample is filtered or re-drawn);
* diversity ratio: mean pairwise L2 distance of the samples' classifier features divided by the same figure for
  real MNIST test images of that digit (1.0 = as varied as MNIST; near 0 = mode collapse);
* FID: the Fréchet distance between a Gaussian fitted to the features of all 10 * per_digit samples and the MNIST
  test features' Gaussian (lower is better). It depends on the sample count: `fid_reference` is the same figure for
  real MNIST *training* images (as many as were generated), i.e. what a perfect generator would score.

CLI: ``python -m generators.digits.quality [--model gan|vae|all] [--per-digit 200] [--seed 0] [--weights DIR]``
prints JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import numpy as np

from generators.digits.classifier import feature_stats, frechet_distance, mean_pairwise_distance


def evaluate(generator, model: str, *, per_digit: int = 200, seed: int = 0) -> dict[str, Any]:
    """Per-digit accuracy, diversity ratio and FID for `model` ("gan" or "vae") of a loaded DigitGenerator."""
    ref = generator.reference_stats()
    accuracy: dict[str, float] = {}
    diversity: dict[str, float] = {}
    all_features = []
    t0 = time.perf_counter()
    for d in range(10):
        images = generator.sample(digit=d, count=per_digit, model=model, seed=seed + d)
        labels, features = generator.classify(images)
        accuracy[str(d)] = float((labels == d).mean())
        diversity[str(d)] = float(mean_pairwise_distance(features) / ref["per_digit_diversity"][d])
        all_features.append(features)
    mu, sigma = feature_stats(np.concatenate(all_features))
    fid = frechet_distance(mu, sigma, ref["mu"], ref["sigma"])
    result = {
        "model": model,
        "per_digit": per_digit,
        "seed": seed,
        "accuracy_per_digit": accuracy,
        "accuracy_min": min(accuracy.values()),
        "accuracy_mean": float(np.mean(list(accuracy.values()))),
        "diversity_ratio_per_digit": diversity,
        "diversity_ratio_min": min(diversity.values()),
        "diversity_ratio_mean": float(np.mean(list(diversity.values()))),
        "fid": fid,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    if "fid_reference" in ref:
        result["fid_reference"] = float(ref["fid_reference"])
        result["fid_reference_n"] = int(ref["fid_reference_n"])
    if model == "vae":
        result["vae_temperature"] = generator.vae_temperature
    return result


def main(argv: list[str] | None = None) -> int:
    from generators.digits import DigitGenerator

    p = argparse.ArgumentParser(prog="python -m generators.digits.quality", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", choices=["gan", "vae", "all"], default="all")
    p.add_argument("--per-digit", type=int, default=200)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--weights", default=None, help="weights folder (default: the shipped weights)")
    p.add_argument("--vae-temperature", type=float, default=None, help="override the configured VAE temperature")
    args = p.parse_args(argv)

    gen = DigitGenerator.load(args.weights, eager=False)
    if args.vae_temperature is not None:
        gen.config["vae_temperature"] = args.vae_temperature
    ref = gen.reference_stats()
    out: dict[str, Any] = {"classifier_test_accuracy": float(ref["test_accuracy"])}
    for model in ["gan", "vae"] if args.model == "all" else [args.model]:
        out[model] = evaluate(gen, model, per_digit=args.per_digit, seed=args.seed)
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
