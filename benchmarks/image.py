"""Image generation throughput through the project's Runtime: one request at a time vs N concurrent (batched).

Prints one JSON object. By default it builds the tests' tiny random SD pipeline (its output is noise; the figures
show what batching and the per-image overhead cost, not real model speed). `--model` takes any model source the
runner takes, e.g. the random full-size SD 1.5 folder `benchmarks/gpu_sd15.py --save DIR` writes, on a GPU:

    python benchmarks/image.py                                   # tiny pipeline, CPU, 64 px
    python benchmarks/image.py --model DIR --device cuda --size 512 --steps 25
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


async def run(args: argparse.Namespace, model: str) -> dict:
    from generators.image import ImageRunner
    from generators.image.provenance import mark_and_encode, provenance_meta
    from generators.requests import DrawRequest
    from generators.runtime import Runtime, RuntimeLimits, WorkerSpec

    runner = ImageRunner(model, device=args.device, preview_every=args.preview_every, profile=args.profile)
    t0 = time.perf_counter()
    runner.load()
    load_s = time.perf_counter() - t0
    post = {"seconds": 0.0, "images": 0}
    encode_all = runner._encode_all

    def timed_encode_all(jobs, scheduler):  # how long watermarking + PNG encoding holds the worker
        t = time.perf_counter()
        try:
            return encode_all(jobs, scheduler)
        finally:
            post["seconds"] += time.perf_counter() - t
            post["images"] += len(jobs)

    runner._encode_all = timed_encode_all
    profile = runner.profile
    batches: list[tuple[int, float]] = []
    rt = Runtime([WorkerSpec(runner, max_batch=args.concurrency)],
                 RuntimeLimits(batch_wait_ms=50, max_queued_per_user=args.concurrency, job_timeout_s=3600))
    rt.on_batch = lambda family, size, seconds: batches.append((size, seconds))
    rt.start()
    previews = 0

    def on_progress(job, event) -> None:
        nonlocal previews
        previews += event.kind == "preview"

    def request(i: int) -> DrawRequest:
        return DrawRequest(prompt=f"a lighthouse at dusk, study {i}", steps=args.steps, width=args.size,
                           height=args.size, seed=1000 + i, guidance_scale=profile.guidance_default,
                           user_id=f"user{i}")

    # warm-up at both batch shapes (allocator growth, kernel selection, scheduler objects), not timed
    await (rt.submit(request(-1))).wait()
    await asyncio.gather(*(rt.submit(request(-2 - i)).wait() for i in range(args.requests)))
    batches.clear()
    post.update(seconds=0.0, images=0)
    previews = 0

    t0 = time.perf_counter()
    alone = []
    for i in range(args.requests):
        result = await rt.submit(request(i), on_progress).wait()
        assert result.ok, result
        alone.append(result)
    seq_s = time.perf_counter() - t0
    seq_batches = [size for size, _ in batches]
    batches.clear()

    t0 = time.perf_counter()
    jobs = [rt.submit(request(i), on_progress) for i in range(args.requests)]  # same seeds, now batched
    results = [await job.wait() for job in jobs]
    conc_s = time.perf_counter() - t0
    assert all(r.ok for r in results), [r.reason for r in results if not r.ok]
    conc_batches = [size for size, _ in batches]
    await rt.close()

    png = results[0].output.files[0].data
    import io

    import numpy as np
    from PIL import Image

    def pixels(result) -> np.ndarray:
        return np.asarray(Image.open(io.BytesIO(result.output.files[0].data)).convert("RGB")).astype(int)

    diffs = [np.abs(pixels(a) - pixels(b)) for a, b in zip(alone, results)]

    image = Image.new("RGB", (args.size, args.size), (120, 80, 40))
    t0 = time.perf_counter()
    for _ in range(3):
        mark_and_encode(image, provenance_meta(prompt="x", seed=1, model="m"))
    encode_ms = (time.perf_counter() - t0) / 3 * 1000
    return {
        "benchmark": "image_runtime_batching", "model": Path(model).name if Path(model).exists() else model,
        "profile": profile.name, "device": runner.describe()["device"], "dtype": runner.describe()["dtype"],
        "size": args.size, "steps": args.steps, "requests": args.requests, "load_s": round(load_s, 2),
        "sequential_images_per_s": round(args.requests / seq_s, 3),
        "concurrent_images_per_s": round(args.requests / conc_s, 3),
        "batching_ratio": round(seq_s / conc_s, 2),
        "sequential_batch_sizes": seq_batches, "concurrent_batch_sizes": conc_batches,
        "previews_sent": previews, "png_bytes": len(png),
        "watermark_and_png_ms_per_image": round(encode_ms, 1),
        "postprocess_ms_per_image_in_batches": round(post["seconds"] / max(1, post["images"]) * 1000, 1),
        "batched_vs_alone_max_abs_diff": int(max(d.max() for d in diffs)),
        "batched_vs_alone_mean_abs_diff": round(float(np.mean([d.mean() for d in diffs])), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="", help="model source (default: build the tiny test pipeline)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--profile", default="auto")
    parser.add_argument("--size", type=int, default=64)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--requests", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=4, help="max_batch of the worker")
    parser.add_argument("--preview-every", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if not model:
            from image_fixtures import build_tiny_sd

            model = str(build_tiny_sd(Path(tmp) / "tiny-sd"))
        print(json.dumps(asyncio.run(run(args, model))))


if __name__ == "__main__":
    main()
