"""Digit sampling speed on this machine, and the console's end-to-end overhead over the raw library call.

Prints one JSON object. Every figure comes from this one run; compare ratios, not absolute times across machines.
    .venv/bin/python benchmarks/digits.py [--repeats 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import Config  # noqa: E402
from bot.console import Console  # noqa: E402
from generators.digits import DigitGenerator  # noqa: E402
from generators.digits.grid import grid_png  # noqa: E402


def median_seconds(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


async def console_seconds(command: str, repeats: int) -> tuple[float, float]:
    """Median warm end-to-end time of one console command (parse, queue, worker, grid PNG, file write)."""
    config = Config.model_validate({"runtime": {"device": "cpu"}})
    with tempfile.TemporaryDirectory() as out:
        async with Console(config, Path(out), as_json=True) as console:
            first = time.perf_counter()
            outcome = await console.execute(command)  # includes the lazy model load
            first = time.perf_counter() - first
            assert outcome.status == "done", outcome
            times = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                await console.execute(command)
                times.append(time.perf_counter() - t0)
    return statistics.median(times), first


def cold_console_seconds(command: str) -> float:
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "console", "-c", command, "--out", out, "--json"], check=True,
                       cwd=ROOT, capture_output=True)
        return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()

    t0 = time.perf_counter()
    generator = DigitGenerator.load()
    for model in ("gan", "vae"):
        generator.sample(digit=0, count=1, model=model, seed=0)
    load_s = time.perf_counter() - t0

    figures: dict[str, object] = {"load_and_warm_up_s": round(load_s, 3)}
    for model in ("gan", "vae"):
        for count in (1, 64):
            s = median_seconds(lambda: generator.sample(digit=3, count=count, model=model, seed=0), args.repeats)
            figures[f"{model}_sample_{count}_ms"] = round(s * 1000, 3)
    raw_64 = figures["gan_sample_64_ms"] / 1000  # type: ignore[operator]
    with_png = median_seconds(lambda: grid_png(generator.sample(digit=3, count=64, model="gan", seed=0), scale=4),
                              args.repeats)
    command = "/sample-digit digit:3 count:64 model:gan seed:0"
    console_warm, console_first = asyncio.run(console_seconds(command, args.repeats))
    figures.update({
        "console_command": command,
        "console_warm_ms": round(console_warm * 1000, 3),
        "console_first_incl_load_s": round(console_first, 3),
        "console_over_raw_sample_ratio": round(console_warm / raw_64, 2),
        "gan_sample_64_plus_grid_png_ms": round(with_png * 1000, 3),
        "console_over_sample_plus_png_ratio": round(console_warm / with_png, 2),
        "console_cold_process_s": round(cold_console_seconds(command), 3),
        "repeats": args.repeats,
    })
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
