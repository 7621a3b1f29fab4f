"""Text generation speed of the embedded default model on this machine. Prints one JSON object.

* single stream: tokens/s of one request at a time, straight through TextRunner.generate;
* aggregate: tokens/s over N concurrent requests (N = 1, 4, 8, 16) submitted through the project's Runtime, which
  batches them into one generate() call, and the ratio to single stream;
* cold start: a fresh process's time to its first generated text, with an empty cache (the GGUF is assembled and
  converted: what a fresh install pays once) and with the cache present.

Every figure comes from this one run on a machine that may be shared; compare ratios rather than absolute speeds.
    .venv/bin/python benchmarks/text.py [--threads 2] [--max-new-tokens 64] [--concurrency 1,4,8,16] [--skip-cold]
    python benchmarks/text.py --synthetic --device cuda --skip-cold   # where the model package is not installed:
        a random-weight model with Gemma 3 270M's exact shapes (same speed, noise for text) and a byte tokenizer
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROMPTS = [
    "The history of the printing press",
    "인공지능은",
    "Once upon a time, in a small village by the sea,",
    "서울의 봄은",
    "The three most important things to know about volcanoes are",
    "오늘 아침에 나는",
    "A good recipe for bread starts with",
    "우리 동네 도서관에는",
]


def single_stream(runner, max_new_tokens: int, repeats: int) -> dict:
    """In a thread of its own, as the runtime's worker runs it (torch's threads behave differently in the main one)."""
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(_single_stream(runner, max_new_tokens, repeats)))
    worker.start()
    worker.join()
    return result


def _single_stream(runner, max_new_tokens: int, repeats: int) -> dict:
    from generators.requests import TextRequest
    from generators.text.runner import _NullSink

    tokens = seconds = 0.0
    for i in range(repeats):
        request = TextRequest(prompt=PROMPTS[i % len(PROMPTS)], max_new_tokens=max_new_tokens, seed=i)
        t0 = time.perf_counter()
        out = runner.generate([request], _NullSink())[0]
        seconds += time.perf_counter() - t0
        tokens += out.meta["tokens"]
    return {"tokens": int(tokens), "seconds": round(seconds, 2), "tokens_per_s": round(tokens / seconds, 2)}


async def through_runtime(runner, n: int, max_new_tokens: int) -> dict:
    from generators.requests import JobStatus, TextRequest
    from generators.runtime import Runtime, RuntimeLimits, WorkerSpec

    rt = Runtime([WorkerSpec(runner, max_batch=16)],
                 RuntimeLimits(max_queue=64, max_queued_per_user=4, job_timeout_s=3600, batch_wait_ms=50))
    rt.start()
    first_text: dict[str, float] = {}
    t0 = time.perf_counter()

    def on_progress(job, event):
        if event.kind == "text" and job.id not in first_text:
            first_text[job.id] = time.perf_counter() - t0

    jobs = [rt.submit(TextRequest(prompt=PROMPTS[i % len(PROMPTS)], max_new_tokens=max_new_tokens,
                                  user_id=f"user{i}"), on_progress) for i in range(n)]
    results = await asyncio.gather(*(job.wait() for job in jobs))
    wall = time.perf_counter() - t0
    await rt.close(grace_s=5)
    assert all(r.status is JobStatus.DONE for r in results), [r.reason for r in results]
    tokens = sum(r.output.meta["tokens"] for r in results)
    return {"requests": n, "tokens": tokens, "seconds": round(wall, 2), "tokens_per_s": round(tokens / wall, 2),
            "first_text_s_median": round(sorted(first_text.values())[len(first_text) // 2], 2) if first_text else None}


COLD_SNIPPET = """
import json, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from generators.requests import TextRequest
from generators.runtime import Progress
from generators.text import TextRunner
first = []
class Sink:
    def __call__(self, i, e):
        if not first: first.append(time.perf_counter() - t0)
    def wanted(self, i): return True
    def check(self): pass
runner = TextRunner(threads={threads})
runner.load()
out = runner.generate([TextRequest(prompt="인공지능은", max_new_tokens=8, temperature=0.0, seed=0)], Sink())[0]
print(json.dumps({{"first_text_s": round(first[0], 2), "done_s": round(time.perf_counter() - t0, 2),
                  "load": runner.load_info}}))
"""


def cold_start(threads: int | None, cache: str | None) -> dict:
    env = dict(os.environ)
    if cache is not None:
        env["GENBOT_CACHE"] = cache
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", COLD_SNIPPET.format(root=str(ROOT), threads=threads)], env=env,
                          capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        return {"error": proc.stderr[-2000:]}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_s"] = round(wall, 2)
    return result


def synthetic_runner(device: str, dtype: str, threads: int | None):
    """Gemma 3 270M's architecture and sizes with random weights: realistic speed on machines without the package."""
    import torch
    from transformers import AutoModelForCausalLM, Gemma3TextConfig

    from generators.text import TextRunner, resolve_dtype
    from generators.text.tiny import BOS_ID, EOS_ID, PAD_ID, byte_level_tokenizer

    if threads:
        torch.set_num_threads(threads)
    config = Gemma3TextConfig(
        vocab_size=262144, hidden_size=640, intermediate_size=2048, num_hidden_layers=18, num_attention_heads=4,
        num_key_value_heads=1, head_dim=256, query_pre_attn_scalar=256, sliding_window=512,
        layer_types=["full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range(18)],
        max_position_embeddings=32768, rms_norm_eps=1e-6, bos_token_id=BOS_ID, eos_token_id=EOS_ID,
        pad_token_id=PAD_ID, tie_word_embeddings=True, attn_implementation="sdpa")
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, dtype=resolve_dtype(dtype, device)).to(device).eval()
    runner = TextRunner("synthetic", device=device, dtype=dtype, threads=threads)
    runner._setup(model, byte_level_tokenizer(), "gemma-3-270m-shaped-random")
    runner.eos_ids = set()  # noise never ends: every request runs to max_new_tokens
    runner.load_info = {"model": runner.model_name, "synthetic": True, "device": str(model.device),
                        "dtype": str(model.dtype), "params": sum(p.numel() for p in model.parameters())}
    runner.generate([__import__("generators.requests", fromlist=["TextRequest"]).TextRequest(
        prompt="warm up", max_new_tokens=2, seed=0)], _null_sink())
    return runner


def _null_sink():
    from generators.text.runner import _NullSink

    return _NullSink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="model source (default: the embedded default)")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's, one per core)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--quantize", default="auto", help="auto | none | int8 (CPU; auto = int8 for bf16 on a CPU)")
    parser.add_argument("--synthetic", action="store_true", help="random weights in Gemma 3 270M's shapes")
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--single-repeats", type=int, default=3)
    parser.add_argument("--concurrency", default="1,4,8,16")
    parser.add_argument("--skip-cold", action="store_true")
    args = parser.parse_args()

    import torch

    from generators.text import DEFAULT_MODEL, TextRunner

    report: dict = {"machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "torch": torch.__version__,
                                "load_avg_start": os.getloadavg()}}
    if not args.skip_cold and not args.synthetic:
        with tempfile.TemporaryDirectory(prefix="genbot-cold-") as cache:
            report["cold_start_fresh_install"] = cold_start(args.threads, cache)
        report["cold_start_cached"] = cold_start(args.threads, None)

    if args.synthetic:
        runner = synthetic_runner(args.device, args.dtype, args.threads)
    else:
        runner = TextRunner(args.model or DEFAULT_MODEL, device=args.device, dtype=args.dtype, threads=args.threads,
                            quantize=args.quantize)
        runner.load()
    report["model"] = runner.load_info
    report["machine"]["threads"] = torch.get_num_threads()
    if args.device.startswith("cuda"):
        report["machine"]["gpu"] = torch.cuda.get_device_name()
    single = single_stream(runner, args.max_new_tokens, args.single_repeats)
    report["single_stream"] = single
    aggregate = {}
    for n in [int(x) for x in args.concurrency.split(",") if x]:
        result = asyncio.run(through_runtime(runner, n, args.max_new_tokens))
        result["ratio_to_single"] = round(result["tokens_per_s"] / single["tokens_per_s"], 2)
        aggregate[str(n)] = result
    report["aggregate"] = aggregate
    report["machine"]["load_avg_end"] = os.getloadavg()
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
