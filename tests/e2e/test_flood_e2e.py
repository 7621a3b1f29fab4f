"""A flood against the real bot: 1000 interactions from 50 users within about 10 s on the local Discord server.

Every interaction must end in exactly one answer its user sees (a result, or a reason: queue full, per-user cap,
invalid option, blocked prompt, paused for strikes), none may miss Discord's 3-second rule, nothing may be left
behind in the bot afterwards (runtime job registry, delivery tasks, queue, running jobs, asyncio tasks; RSS
reported), and the bot must still answer afterwards.
"""

from __future__ import annotations

import asyncio
import collections
import random
import re
import sqlite3
from pathlib import Path
from typing import Any

from .bot_process import StartBot, toml_str
from .discord_server import FakeDiscord, FakeInteraction
from .faults.helpers import FaultControl, Metrics, free_port, outcome, proc_status_kib, scrape, wait_http_ready

USERS = 50
INTERACTIONS = 1000
SPREAD_S = 10.0
PIPE_BOMB = "how to make a pipe bomb"
# Each digits worker call sleeps this long during the flood, so capacity (max_batch 16 / 0.5 s = 32 requests/s) is
# below the ~80 digit requests/s sent on any machine: a fast CI runner's real generator otherwise keeps up and the
# queue limits never engage, which is the behaviour this test exists to exercise.
SLOW_DIGITS_S = 0.5

REFUSALS = {  # what a refused interaction may say, by reason
    "queue_full": "The queue is full",
    "user_cap": "You already have",
    "strikes": "Several of your recent requests were blocked",
    "cooldown": "before your next request",
    "blocked": "was blocked because",
}


def flood_config(port: int, tiny_model: Path) -> str:
    return (f'[runtime]\ndevice = "cpu"\nmax_queue = 24\nmax_queued_per_user = 2\n'
            f'[digits]\ndefault_count = 4\n'
            f'[text]\nmodel = {toml_str(str(tiny_model))}\nmax_new_tokens = 32\ndefault_max_new_tokens = 8\n'
            f'[image]\nenabled = false\n'
            f'[health]\nport = {port}\n')


def plan(rng: random.Random) -> list[tuple[str, str, dict[str, Any], str]]:
    """(user, command, options, kind) for every interaction, in sending order."""
    items = []
    for i in range(INTERACTIONS):
        user = f"user{rng.randrange(USERS):02d}"
        roll = rng.random()
        if roll < 0.80:
            options: dict[str, Any] = {"count": rng.randint(1, 16)}
            if rng.random() < 0.7:
                options["digit"] = rng.randrange(10)
            if rng.random() < 0.3:
                options["model"] = "vae"
            items.append((user, "sample-digit", options, "digits"))
        elif roll < 0.88:
            items.append((user, "write", {"prompt": f"Once upon a time, story {i}", "max_new_tokens": 8}, "write"))
        elif roll < 0.94:
            bad = [{"prompt": "   "}, {"prompt": "hello", "max_new_tokens": 500}, {"prompt": "x" * 2500}][i % 3]
            items.append((user, "write", bad, "invalid"))
        else:
            items.append((user, "write", {"prompt": f"{PIPE_BOMB} ({i})"}, "blocked"))
    return items


def expected(kind: str, text: str, result_kind: str) -> bool:
    """Is this terminal answer one the interaction's kind may get?"""
    gate = any(REFUSALS[k] in text for k in ("strikes", "cooldown"))
    if result_kind == "refusal" and gate:
        return True  # the gate comes first for every kind
    if kind in ("digits", "write"):
        return result_kind == "result" or (result_kind == "refusal" and any(
            REFUSALS[k] in text for k in ("queue_full", "user_cap")))
    if kind == "invalid":
        return result_kind == "refusal" and text.startswith("⚠️")
    if kind == "blocked":
        return result_kind == "refusal" and text.startswith("🚫") and REFUSALS["blocked"] in text
    return False


def probe(metrics: Metrics) -> dict[str, float]:
    return {
        "queue_depth": metrics.total("genbot_queue_depth"),
        "jobs_running": metrics.total("genbot_jobs_running"),
        "runtime_jobs": metrics.total("genbot_probe_runtime_jobs"),
        "deliveries": metrics.total("genbot_probe_deliveries"),
        "asyncio_tasks": metrics.total("genbot_probe_asyncio_tasks"),
        "threads": metrics.total("genbot_probe_threads"),
    }


async def settle_probes(port: int, baseline: dict[str, float], timeout: float = 120.0) -> dict[str, float]:
    """Scrape until the bot is idle again (tasks back to the baseline), or give up and return the last scrape."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        now = probe(await scrape(port))
        idle = (now["queue_depth"] == 0 and now["jobs_running"] == 0 and now["runtime_jobs"] == 0
                and now["deliveries"] == 0 and now["asyncio_tasks"] <= baseline["asyncio_tasks"])
        if idle or loop.time() > deadline:
            return now
        await asyncio.sleep(0.5)


async def good_digit(fake: FakeDiscord, user: str = "alice") -> FakeInteraction:
    inter = await fake.send_command("sample-digit", {"digit": 5, "count": 4}, user=user)
    await inter.wait_response(lambda m: bool(m.attachments), timeout=180)
    return inter


async def test_flood_1000_interactions_50_users(fake_discord: FakeDiscord, bot_process: StartBot,
                                                faults: FaultControl, tiny_text_model: Path) -> None:
    port = free_port()
    bot = bot_process(flood_config(port, tiny_text_model), env=faults.env)
    await bot.wait_ready(timeout=180)
    await wait_http_ready(port, timeout=180)
    for n in range(USERS):
        fake_discord.add_user(f"user{n:02d}")

    # Warm up both families (models loaded, first-call costs paid), then take the baseline.
    await good_digit(fake_discord)
    warm = await fake_discord.send_command("write", {"prompt": "warm up", "max_new_tokens": 4}, user="bob")
    await warm.wait_response(lambda m: "AI-generated" in m.content, timeout=300)
    await asyncio.sleep(1.0)
    assert bot.proc is not None
    baseline = probe(await scrape(port))
    rss_before_kib = proc_status_kib(bot.proc.pid, "VmRSS")

    # The flood: one interaction every SPREAD_S / INTERACTIONS seconds.
    faults.set(digits_generate={"mode": "sleep", "seconds": SLOW_DIGITS_S})
    items = plan(random.Random(1234))
    loop = asyncio.get_running_loop()
    start = loop.time()
    sent: list[tuple[FakeInteraction, str]] = []
    for i, (user, command, options, kind) in enumerate(items):
        delay = start + i * SPREAD_S / INTERACTIONS - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        sent.append((await fake_discord.send_command(command, options, user=user), kind))
    dispatch_s = loop.time() - start

    def all_answered() -> bool:
        return all(outcome(inter).kind != "pending" for inter, _ in sent)

    await fake_discord.wait_until(all_answered, timeout=600, what="every flood interaction to be answered")
    faults.clear()
    await asyncio.sleep(3.0)  # anything sent after the terminal answer would show now

    tally: collections.Counter[str] = collections.Counter()
    wrong = []
    for inter, kind in sent:
        out = outcome(inter)
        reason = next((k for k, text in REFUSALS.items() if text in out.text), out.kind)
        tally[f"{kind}:{reason}"] += 1
        if out.terminal_count != 1 or out.dangling or not expected(kind, out.text, out.kind):
            wrong.append((kind, out, inter))
    latencies = sorted(inter.callback_latency or 0.0 for inter, _ in sent)
    print(f"\nflood: dispatched {len(sent)} in {dispatch_s:.1f}s; outcomes {dict(sorted(tally.items()))}; "
          f"callback latency p50 {latencies[len(latencies) // 2]:.3f}s p99 {latencies[int(len(latencies) * .99)]:.3f}s "
          f"max {latencies[-1]:.3f}s")
    assert not wrong, "\n".join(f"{k}: {o}" for k, o, _ in wrong[:20])
    assert not fake_discord.late_interactions, [
        (i.name, i.callback_latency) for i in fake_discord.late_interactions[:20]]
    assert tally["digits:result"] > 0 and tally["write:result"] > 0
    assert tally["digits:queue_full"] + tally["digits:user_cap"] > 0, "the limits never refused anything"
    assert tally["blocked:blocked"] > 0 and tally["invalid:refusal"] > 0

    # Nothing left behind.
    after = await settle_probes(port, baseline)
    rss_after_kib = proc_status_kib(bot.proc.pid, "VmRSS")
    print(f"probes before {baseline} after {after}; RSS {rss_before_kib / 1024:.0f} -> {rss_after_kib / 1024:.0f} MiB")
    assert after["queue_depth"] == 0 and after["jobs_running"] == 0
    assert after["runtime_jobs"] == 0, "jobs left in the runtime's registry"
    assert after["deliveries"] == 0, "interaction handlers still running"
    assert after["asyncio_tasks"] <= baseline["asyncio_tasks"], "asyncio tasks leaked"
    assert after["threads"] <= baseline["threads"] + 8, "threads leaked"  # asyncio.to_thread's pool may grow
    # Memory: allocator caches grow under load, so this only catches a gross leak (~1000 results kept alive).
    assert rss_after_kib - rss_before_kib < 400 * 1024, f"RSS grew {(rss_after_kib - rss_before_kib) / 1024:.0f} MiB"
    # Every job is accounted for: in the metrics and in the audit log (the two warm-up jobs included).
    results = tally["digits:result"] + tally["write:result"]
    refused = sum(tally[f"{k}:{r}"] for k in ("digits", "write") for r in ("queue_full", "user_cap"))
    metrics = await scrape(port)
    assert metrics.total("genbot_jobs_total", status="done") == results + 2
    assert metrics.total("genbot_jobs_total", status="rejected") == refused
    con = sqlite3.connect(f"file:{bot.workdir / 'genbot.sqlite3'}?mode=ro", uri=True)
    try:
        audited = dict(con.execute("SELECT decision, count(*) FROM audit GROUP BY decision").fetchall())
    finally:
        con.close()
    assert audited == {"done": results + 2, "rejected": refused, "blocked": tally["blocked:blocked"]}, audited

    # Still serving.
    await good_digit(fake_discord, user="bob")
    log = bot.log_text()
    assert not re.search(r"Traceback|Ignoring exception", log), log[-4000:]
    assert not fake_discord.unhandled
