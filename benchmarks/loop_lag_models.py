"""How much event-loop lag the model threads alone cause, without any Discord traffic. Prints one JSON object.

For each set of families (digits: the GAN at count 64; text: the embedded gemma3 /write at 96 tokens; safety: the
prompt check on a fresh prompt each time), one thread per family runs it back to back at the bot's worker niceness
while this process's event loop samples its own timer lag every 50 ms, exactly as the bot's
genbot_event_loop_lag_seconds does, with the bot's 1 ms GIL switch interval. Compare with
`benchmarks/ops.py --only loop_lag`, where the same loop also serves the Discord traffic of a flood.

    .venv/bin/python benchmarks/loop_lag_models.py [--seconds 15] [--sets digits text safety digits,text,safety]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

def workload(family: str) -> Callable[[int], object]:
    from generators.requests import DigitRequest, TextRequest
    from generators.runtime import NullSink

    if family == "digits":
        from generators.digits.runner import DigitRunner

        digits = DigitRunner()
        digits.load()
        return lambda n: digits.generate([DigitRequest(count=64, seed=n)], NullSink())
    if family == "text":
        from bot.config import load_config
        from bot.services import build_runners

        text = next(r for r in build_runners(load_config(None)) if r.family == "text")
        text.load()
        return lambda n: text.generate([TextRequest(prompt=f"Once upon a time in a small village {n}",
                                                    max_new_tokens=96, temperature=1.0)], NullSink())
    if family == "safety":
        from generators.safety import check_prompt

        check_prompt("warm up")
        return lambda n: check_prompt(f"draw a lighthouse at dusk with {n} seagulls over the harbour")
    raise SystemExit(f"unknown family {family!r}")


async def measure(families: list[str], seconds: float, nice: int) -> dict[str, Any]:
    from bot.metrics import LAG_PROBE_S
    from generators.runtime import lower_thread_priority

    runs = {f: workload(f) for f in families}
    stop = threading.Event()
    done = {f: 0 for f in families}

    def work(family: str) -> None:
        lower_thread_priority(nice)
        while not stop.is_set():
            runs[family](done[family])
            done[family] += 1

    threads = [threading.Thread(target=work, args=(f,), name=f"bench-{f}") for f in families]
    for t in threads:
        t.start()
    await asyncio.sleep(2.0)  # every thread past its first call
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    before = dict(done)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        expected = loop.time() + LAG_PROBE_S
        await asyncio.sleep(LAG_PROBE_S)
        lags.append(max(0.0, loop.time() - expected))
    calls = {f: done[f] - before[f] for f in families}
    stop.set()
    for t in threads:
        await asyncio.to_thread(t.join)
    lags.sort()
    n = len(lags)
    return {"families": families, "samples": n, "lag_p50_s": round(lags[n // 2], 5),
            "lag_p99_s": round(lags[min(n - 1, int(n * 0.99))], 5), "lag_max_s": round(lags[-1], 5),
            "share_over_10ms": round(sum(x > 0.01 for x in lags) / n, 4),
            "calls_per_s": {f: round(c / seconds, 2) for f, c in calls.items()}}


def main() -> None:
    from bot.app import GIL_SWITCH_INTERVAL_S
    from bot.config import Config

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--sets", nargs="*", default=["digits", "text", "safety", "digits,text,safety"])
    args = parser.parse_args()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    nice = Config().runtime.worker_nice
    out: dict[str, Any] = {"cpus": os.cpu_count(), "load_avg_at_start": os.getloadavg(), "worker_nice": nice,
                           "switch_interval_s": GIL_SWITCH_INTERVAL_S, "seconds": args.seconds, "runs": []}
    for s in args.sets:
        out["runs"].append(asyncio.run(measure(s.split(","), args.seconds, nice)))
    out["bar"] = "lag_p99_s < 0.010 with every worker busy"
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
