"""The Ray Serve backend against the local one, on this machine. Prints one JSON object.

* overhead: the same sequential requests through the local runtime and through the Ray backend (a local Ray instance,
  one replica), for /sample-digit (4 samples) and /write on a tiny random-weight text model (16 tokens); the mean
  latency of each, their ratio (ray / local) and the difference in milliseconds (what a request pays for the trip
  through Serve: handle, router, replica, streamed events).
* throughput: N concurrent requests (from N users) through the Ray backend with 1 and with 2 replicas per family;
  requests/s of each and the ratio (2 / 1). Replicas here share this machine's cores, so the ratio says what a second
  replica adds on this host, not on a cluster with a GPU per replica.

Ray listens on every interface, so when run as root outside one this re-runs itself in a loopback-only network
namespace (`unshare --net`); elsewhere pass --no-namespace knowingly. Every figure comes from one run.

    .venv/bin/python benchmarks/ray_backend.py [--requests 20] [--concurrency 32] [--tokens 16]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INSIDE_ENV = "GENBOT_RAY_NETNS"


def reexec_in_namespace() -> int:
    """Run this script again in a new network namespace with only loopback up (Ray binds every interface)."""
    temp = tempfile.mkdtemp(prefix="grb-", dir="/tmp")
    env = {**os.environ, INSIDE_ENV: "1", "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0",
           "GENBOT_RAY_TEMP": temp}
    try:
        return subprocess.call(["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "sh",
                                sys.executable, *sys.argv], env=env)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def config_for(text_model: str) -> Any:
    from bot.config import parse_config

    return parse_config(f'[runtime]\ndevice = "cpu"\n[text]\nmodel = "{text_model}"\ndtype = "float32"\n'
                        'threads = 1\n[image]\nenabled = false\n')


def requests(family: str, n: int, tokens: int, *, users: bool = False) -> list[Any]:
    from generators.requests import DigitRequest, TextRequest

    if family == "digits":
        return [DigitRequest(digit=i % 10, count=4, seed=i, user_id=f"u{i}" if users else "bench") for i in range(n)]
    return [TextRequest(prompt=f"Request number {i} says", max_new_tokens=tokens, temperature=0.0, seed=i,
                        user_id=f"u{i}" if users else "bench") for i in range(n)]


async def sequential(rt: Any, reqs: list[Any]) -> list[float]:
    """Latency of each request, one at a time (after one warm-up request that loads the model)."""
    warm = await rt.submit(reqs[0]).wait()
    assert warm.ok, warm
    latencies = []
    for request in reqs:
        t0 = time.perf_counter()
        result = await rt.submit(request).wait()
        latencies.append(time.perf_counter() - t0)
        assert result.ok, result
    return latencies


async def concurrent(rt: Any, reqs: list[Any]) -> float:
    """Requests per second with every request submitted at once (after a warm-up on every replica)."""
    warm = await asyncio.gather(*(rt.submit(r).wait() for r in reqs[:4]))
    assert all(r.ok for r in warm), warm
    t0 = time.perf_counter()
    results = await asyncio.gather(*(rt.submit(r).wait() for r in reqs))
    elapsed = time.perf_counter() - t0
    assert all(r.ok for r in results), [r for r in results if not r.ok][:1]
    return len(reqs) / elapsed


def local_runtime(config: Any, family: str) -> Any:
    from bot.services import build_runner
    from generators.runtime import Runtime, RuntimeLimits, WorkerSpec

    return Runtime([WorkerSpec(build_runner(config, family), max_batch=16, batch_wait_ms=0)],
                   RuntimeLimits(max_queue=10_000, max_queued_per_user=10_000, batch_wait_ms=0))


def ray_runtime(config: Any, family: str, replicas: int, namespace: str) -> Any:
    from bot.services import build_runner
    from generators.ray_backend import RayFamily, RayRuntime, RaySettings
    from generators.runtime import RuntimeLimits

    spec = RayFamily(family=family, factory=functools.partial(build_runner, config, family), num_replicas=replicas,
                     max_batch_size=16, batch_wait_timeout_s=0.0, max_ongoing_requests=32,
                     fingerprint=f"bench-{family}-{replicas}")
    return RayRuntime([spec], RaySettings(namespace=namespace, connect_timeout_s=600),
                      RuntimeLimits(max_queue=10_000, max_queued_per_user=10_000, batch_wait_ms=0))


async def measure(args: argparse.Namespace, text_model: str) -> dict[str, Any]:
    import ray
    from ray import serve

    config = config_for(text_model)
    ray.init(namespace="genbot-bench", num_cpus=8, include_dashboard=False, _node_ip_address="127.0.0.1",
             _temp_dir=os.environ.get("GENBOT_RAY_TEMP") or None, log_to_driver=False)
    out: dict[str, Any] = {"overhead": {}, "throughput": {}}
    try:
        for family in ("digits", "text"):
            reqs = requests(family, args.requests, args.tokens)
            local = local_runtime(config, family)
            local.start()
            local_lat = await sequential(local, reqs)
            await local.close(grace_s=5)
            remote = ray_runtime(config, family, 1, f"o{family}")
            remote.start()
            await remote.wait_connected(600)
            ray_lat = await sequential(remote, reqs)
            await remote.close(grace_s=5)
            local_ms, ray_ms = statistics.mean(local_lat) * 1000, statistics.mean(ray_lat) * 1000
            out["overhead"][family] = {
                "requests": len(reqs), "local_mean_ms": round(local_ms, 2), "ray_mean_ms": round(ray_ms, 2),
                "ray_median_ms": round(statistics.median(ray_lat) * 1000, 2),
                "local_median_ms": round(statistics.median(local_lat) * 1000, 2),
                "ratio": round(ray_ms / local_ms, 2), "overhead_ms": round(ray_ms - local_ms, 2)}
        for family in ("digits", "text"):
            reqs = requests(family, args.concurrency, args.tokens, users=True)
            rates = {}
            for replicas in (1, 2):
                rt = ray_runtime(config, family, replicas, f"t{family}{replicas}")
                rt.start()
                await rt.wait_connected(600)
                rates[replicas] = await concurrent(rt, reqs)
                await rt.close(grace_s=5)
                serve.delete(f"t{family}{replicas}-{family}")  # free the cores for the next measurement
            out["throughput"][family] = {"concurrent_requests": len(reqs),
                                         "replicas_1_rps": round(rates[1], 2), "replicas_2_rps": round(rates[2], 2),
                                         "ratio_2_vs_1": round(rates[2] / rates[1], 2)}
    finally:
        serve.shutdown()
        ray.shutdown()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20, help="sequential requests per backend and family")
    parser.add_argument("--concurrency", type=int, default=32, help="requests submitted at once (throughput)")
    parser.add_argument("--tokens", type=int, default=16, help="max_new_tokens of the text requests")
    parser.add_argument("--no-namespace", action="store_true", help="run here even though Ray binds every interface")
    args = parser.parse_args()
    if os.environ.get(INSIDE_ENV) != "1" and not args.no_namespace:
        if os.geteuid() != 0 or not shutil.which("unshare"):
            print("run as root (for unshare --net), or pass --no-namespace", file=sys.stderr)
            return 2
        return reexec_in_namespace()
    from generators.text.tiny import make_tiny_causal_lm

    with tempfile.TemporaryDirectory() as tmp:
        model = make_tiny_causal_lm(Path(tmp) / "tiny")
        report = asyncio.run(measure(args, str(model)))
    import ray

    report["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(), "ray": ray.__version__}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
