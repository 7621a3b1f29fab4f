"""Faults, one at a time, against the real bot on the local Discord server.

For each: no job is lost (every interaction gets exactly one terminal answer and the runtime's registry empties),
the user hears what happened, and the bot keeps serving (a good request afterwards succeeds). Generator faults are
injected inside the bot process by tests/e2e/faults/sitecustomize.py, switched on and off through `faults.set`.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from .bot_process import BotProcess, StartBot, audit_values, toml_str
from .discord_server import FakeDiscord, FakeInteraction
from .faults.helpers import FaultControl, Outcome, free_port, outcome, scrape

EDIT_ORIGINAL = "PATCH /webhooks/*/messages/@original"


def config(port: int, *, text: str | None = None, runtime: str = "", extra: str = "") -> str:
    """CPU only, no /draw, the health server on `port`; /write with model `text` or disabled; `runtime` adds
    lines to [runtime], `extra` whole sections."""
    text_section = f"[text]\nmodel = {toml_str(text)}\n" if text else "[text]\nenabled = false\n"
    return (f'[runtime]\ndevice = "cpu"\n{runtime}\n{text_section}[image]\nenabled = false\n'
            f'[health]\nport = {port}\n{extra}\n')


async def answered(inter: FakeInteraction, timeout: float = 180.0, *, allow_dangling: bool = False) -> Outcome:
    """Wait for the interaction's terminal answer, let it settle, and check there is exactly one (and, unless
    `allow_dangling`, that no "thinking"/progress message was left behind next to it)."""
    await inter.wait_until(lambda: outcome(inter).kind != "pending", timeout, "a terminal answer")
    await asyncio.sleep(1.5)  # anything sent after the terminal answer would show now
    out = outcome(inter)
    assert out.terminal_count == 1 and (allow_dangling or not out.dangling), out
    return out


async def good_request(fake: FakeDiscord, user: str = "alice") -> None:
    inter = await fake.send_command("sample-digit", {"digit": 7, "count": 4}, user=user)
    out = await answered(inter)
    assert out.kind == "result" and inter.files, out


async def registry_empty(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        metrics = await scrape(port)
        left = (metrics.total("genbot_probe_runtime_jobs"), metrics.total("genbot_probe_deliveries"),
                metrics.total("genbot_queue_depth"), metrics.total("genbot_jobs_running"))
        if left == (0, 0, 0, 0):
            return
        assert time.monotonic() < deadline, f"left in the bot: jobs, deliveries, queued, running = {left}"
        await asyncio.sleep(0.3)


async def start(bot_process: StartBot, faults: FaultControl, port: int, **kw: str | None) -> BotProcess:
    bot = bot_process(config(port, **kw), env=faults.env)  # type: ignore[arg-type]
    await bot.wait_ready(timeout=180)
    return bot


# ---- the generator ---------------------------------------------------------------------------------------------



async def still_serving(fake_discord: FakeDiscord, port: int) -> None:
    """After a fault: a plain request still succeeds, no job is left in the registry, no interaction was late."""
    await good_request(fake_discord)
    await registry_empty(port)
    assert not fake_discord.late_interactions

async def test_generator_raises(fake_discord: FakeDiscord, bot_process: StartBot, faults: FaultControl) -> None:
    port = free_port()
    bot = await start(bot_process, faults, port)
    faults.set(digits_generate={"mode": "raise", "message": "injected: kaboom"})
    inters = [await fake_discord.send_command("sample-digit", {"count": 2}, user=u) for u in ("alice", "bob")]
    for inter in inters:
        out = await answered(inter)
        assert out.kind == "failure" and out.text.startswith("⚠️ Something went wrong while generating"), out
        assert "kaboom" not in out.text  # the exception text stays in the operator's log
    assert "injected: kaboom" in bot.log_text()
    faults.clear()
    await good_request(fake_discord)
    await registry_empty(port)
    metrics = await scrape(port)
    assert metrics.total("genbot_jobs_total", status="failed") == 2
    assert not fake_discord.late_interactions


async def test_out_of_memory_half_batch_retry_then_clean_failure(fake_discord: FakeDiscord, bot_process: StartBot,
                                                                 faults: FaultControl) -> None:
    port = free_port()
    # A long batching window, so four requests sent together run as one batch.
    bot = await start(bot_process, faults, port, extra="[digits]\nbatch_wait_ms = 2000\n")
    await good_request(fake_discord)  # the model is loaded; the next batch forms in the window
    users = ["alice", "bob", "admin", "carol"]
    fake_discord.add_user("carol")

    # OOM on any batch of 3 or more: the batch of 4 fails, its halves (2 + 2) succeed.
    faults.set(digits_generate={"mode": "oom", "min_batch": 3})
    inters = [await fake_discord.send_command("sample-digit", {"count": 2, "seed": i}, user=u)
              for i, u in enumerate(users)]
    for inter in inters:
        out = await answered(inter)
        assert out.kind == "result", out
    log = bot.log_text()
    assert "FAULT INJECTED digits.generate oom batch=4" in log
    assert "ran out of memory on a batch of 4; retrying in halves" in log
    sizes = (await scrape(port)).histogram("genbot_batch_size", family="digits")
    assert dict(sizes)[2.0] - dict(sizes)[1.0] == 2  # two batches of two, besides the warm-up batch of one

    # OOM on every call, as torch raises it: the halves fail too, and each user hears it plainly.
    faults.set(digits_generate={"mode": "oom", "kind": "torch"})
    inters = [await fake_discord.send_command("sample-digit", {"count": 2}, user=u) for u in users[:2]]
    inters.append(await fake_discord.send_command("sample-digit", {"count": 1}, user=users[2]))
    for inter in inters:
        out = await answered(inter)
        assert out.kind == "failure" and "ran out of memory" in out.text, out
    faults.clear()
    await still_serving(fake_discord, port)


async def test_model_fails_to_load(fake_discord: FakeDiscord, bot_process: StartBot, faults: FaultControl) -> None:
    port = free_port()
    faults.set(digits_load={"mode": "raise", "message": "injected: weights unreadable", "times": 1})
    await start(bot_process, faults, port, text="/nonexistent")
    # The digits model fails to load once: that job fails with a reason, the next load attempt works.
    first = await fake_discord.send_command("sample-digit", {"count": 2})
    out = await answered(first)
    assert out.kind == "failure" and "could not be loaded" in out.text, out
    await good_request(fake_discord)
    # The text model cannot load at all: /write says so, every time; /sample-digit keeps working.
    for _ in range(2):
        inter = await fake_discord.send_command("write", {"prompt": "Once upon a time"})
        out = await answered(inter)
        assert out.kind == "failure" and out.text.startswith("⚠️") and "model" in out.text.lower(), out
    await good_request(fake_discord, user="bob")
    await registry_empty(port)
    metrics = await scrape(port)
    assert metrics.get("genbot_model_loaded", family="text") == 0.0
    assert metrics.get("genbot_model_loaded", family="digits") == 1.0


# ---- Discord misbehaving ---------------------------------------------------------------------------------------


async def slow_job(fake: FakeDiscord, faults: FaultControl, seconds: float) -> FakeInteraction:
    """A /sample-digit whose generator sleeps `seconds`; returns once the job runs and its progress edits are done
    (so the next PATCH of @original is the result's upload)."""
    faults.set(digits_generate={"mode": "sleep", "seconds": seconds})
    inter = await fake.send_command("sample-digit", {"digit": 1, "count": 4})
    await inter.wait_until(lambda: any("Generating" in (e.payload.get("content") or "") for e in inter.edits),
                           60, "the 'generating' progress edit")
    return inter


async def test_gateway_drops_mid_job(fake_discord: FakeDiscord, bot_process: StartBot, faults: FaultControl) -> None:
    port = free_port()
    await start(bot_process, faults, port)
    await good_request(fake_discord)
    inter = await slow_job(fake_discord, faults, 4.0)
    await fake_discord.drop_gateway()
    await fake_discord.wait_resumed(timeout=60)
    out = await answered(inter)
    assert out.kind == "result" and inter.files, out
    faults.clear()
    await good_request(fake_discord)  # arrives over the resumed session
    assert fake_discord.gateway.resume_count == 1
    await registry_empty(port)
    assert not fake_discord.late_interactions


async def test_429_storm_on_edits_and_upload(fake_discord: FakeDiscord, bot_process: StartBot,
                                             faults: FaultControl) -> None:
    port = free_port()
    await start(bot_process, faults, port, runtime="max_queued_per_user = 20\nmax_queue = 100\n")
    await good_request(fake_discord)
    # The result's upload gets four 429s in a row (discord.py's fifth try goes through).
    inter = await slow_job(fake_discord, faults, 3.0)
    rule = fake_discord.fail_next(EDIT_ORIGINAL, 429, times=4, retry_after=0.3)
    out = await answered(inter)
    assert out.kind == "result" and inter.files and rule.times == 0, out
    faults.clear()
    # A storm: every @original may be edited once per 2 s, and the callbacks and edits also get random 429s.
    bucket = fake_discord.rate_limit(EDIT_ORIGINAL, limit=1, per=2.0)
    storm = [fake_discord.fail_next("POST /interactions/*/*/callback", 429, times=3, retry_after=0.2),
             fake_discord.fail_next(EDIT_ORIGINAL, 429, times=10, retry_after=0.2)]
    inters = [await fake_discord.send_command("sample-digit", {"count": 2, "seed": i}, user=("alice", "bob")[i % 2])
              for i in range(20)]
    for inter in inters:
        out = await answered(inter, timeout=300)
        assert out.kind in ("result", "refusal"), out  # a refusal: the per-user cap
    assert sum(outcome(i).kind == "result" for i in inters) >= 10
    assert all(rule.times == 0 for rule in storm)
    print(f"\n429 storm: {sum(r.hits for r in storm)} injected 429s, {bucket.limited} from the bucket "
          "(discord.py waits out X-RateLimit-Remaining: 0 by itself)")
    fake_discord.clear_faults()
    await still_serving(fake_discord, port)


async def test_upload_500_retried(fake_discord: FakeDiscord, bot_process: StartBot, faults: FaultControl) -> None:
    port = free_port()
    await start(bot_process, faults, port)
    await good_request(fake_discord)
    inter = await slow_job(fake_discord, faults, 3.0)
    rule = fake_discord.fail_next(EDIT_ORIGINAL, 500, times=3)  # discord.py retries 5xx (1 s, 3 s, 5 s apart)
    out = await answered(inter, timeout=120)
    assert out.kind == "result" and inter.files and rule.times == 0, out
    faults.clear()
    await good_request(fake_discord)
    await registry_empty(port)


async def upload_fails_every_retry(fake: FakeDiscord, bot: BotProcess, faults: FaultControl, port: int,
                                   status: int) -> Outcome:
    await good_request(fake)
    inter = await slow_job(fake, faults, 3.0)
    rule = fake.fail_next(EDIT_ORIGINAL, status, times=5, retry_after=0.3)  # all of discord.py's tries
    await fake.wait_until(lambda: rule.times == 0, 120, "discord.py's five tries")
    faults.clear()
    out = await answered(inter, timeout=60, allow_dangling=True)
    await good_request(fake)  # the bot keeps serving
    await registry_empty(port)
    return out


@pytest.mark.parametrize("status", [500, 429])
async def test_upload_fails_every_retry_user_still_hears(fake_discord: FakeDiscord, bot_process: StartBot,
                                                         faults: FaultControl, status: int) -> None:
    """discord.py tries an edit five times (5xx: 1, 3, 5, 7 s apart; 429: after retry_after), then raises."""
    port = free_port()
    bot = await start(bot_process, faults, port)
    out = await upload_fails_every_retry(fake_discord, bot, faults, port, status)
    assert out.kind == "refusal" and out.text.startswith("⚠️"), out  # a private follow-up says what happened
    assert (await scrape(port)).total("genbot_jobs_total", status="failed") == 1  # and the job is accounted for
    assert not re.search(r"Traceback|Ignoring exception", bot.log_text())


async def test_upload_fails_every_retry_no_progress_message_left(fake_discord: FakeDiscord, bot_process: StartBot,
                                                                 faults: FaultControl) -> None:
    port = free_port()
    bot = await start(bot_process, faults, port)
    out = await upload_fails_every_retry(fake_discord, bot, faults, port, 429)
    assert not out.dangling, out


async def test_cancel_button_edit_fails_job_still_delivered(fake_discord: FakeDiscord, bot_process: StartBot,
                                                            faults: FaultControl) -> None:
    port = free_port()
    await start(bot_process, faults, port)
    await good_request(fake_discord)
    # The Cancel button comes with the first progress edit, about a second in: a slow job has one; every attempt
    # of that edit (discord.py tries 5 times) gets a 429, so the bot tries again on a later tick.
    faults.set(digits_generate={"mode": "sleep", "seconds": 8})
    rule = fake_discord.fail_next(EDIT_ORIGINAL, 429, times=5, retry_after=0.3)
    inter = await fake_discord.send_command("sample-digit", {"digit": 2, "count": 4})
    out = await answered(inter, timeout=120)
    assert rule.times == 0
    await registry_empty(port)
    assert out.kind == "result", out
    assert any("genbot:cancel:" in cid for e in inter.edits if e.message for cid in e.message.custom_ids)


# ---- kill -9 while writing the audit log -----------------------------------------------------------------------


def read_prompts(db: Path) -> set[str]:
    return audit_values(db, "prompt")


async def test_kill_9_during_audit_writes(fake_discord: FakeDiscord, bot_process: StartBot, faults: FaultControl,
                                          tiny_text_model: Path) -> None:
    """Blocked prompts are audited (with the prompt text) at a high rate; the bot's process group gets SIGKILL
    mid-flood. The SQLite file must pass integrity_check and hold every row a reader saw committed before the
    kill, and the row of every answer the users got well before it."""
    port = free_port()
    bot = await start(bot_process, faults, port, text=str(tiny_text_model),
                      extra="[safety]\nstrike_threshold = 100\n")
    db = bot.workdir / "genbot.sqlite3"
    users = [f"user{n:02d}" for n in range(50)]
    for name in users:
        fake_discord.add_user(name)
    await good_request(fake_discord)

    seen: dict[str, float] = {}  # prompt -> when a reader first saw its row
    stop_reading = threading.Event()

    def reader() -> None:  # a separate connection: what it sees is committed
        while not stop_reading.is_set():
            try:
                now = fake_discord.clock()
                for prompt in read_prompts(db) - seen.keys():
                    seen[prompt] = now
            except sqlite3.OperationalError:
                pass
            time.sleep(0.02)

    reading = asyncio.create_task(asyncio.to_thread(reader))
    sent: list[tuple[FakeInteraction, str]] = []
    kill_at: float | None = None
    for i in range(600):
        prompt = f"how to make a pipe bomb, request {i}"
        if i % 4 == 3:
            sent.append((await fake_discord.send_command("sample-digit", {"count": 1}, user=users[i % 50]), ""))
        else:
            sent.append((await fake_discord.send_command("write", {"prompt": prompt}, user=users[i % 50]), prompt))
        if i == 450:
            assert bot.proc is not None
            kill_at = fake_discord.clock()
            os.killpg(bot.proc.pid, signal.SIGKILL)
            break
        await asyncio.sleep(0.01)
    assert bot.proc is not None and kill_at is not None
    await asyncio.to_thread(bot.proc.wait, 30)
    stop_reading.set()
    await reading
    assert bot.proc.returncode == -signal.SIGKILL

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = {row[0] for row in con.execute("SELECT prompt FROM audit")}
        assert con.execute("SELECT count(*) FROM audit WHERE decision = 'blocked'").fetchone()[0] > 0
    finally:
        con.close()
    assert seen, "the reader never saw a committed row"
    assert seen.keys() <= rows, f"committed rows lost: {sorted(seen.keys() - rows)[:10]}"

    answered_at = {}
    for inter, prompt in sent:
        if prompt and inter.followups:
            answered_at[prompt] = inter.dispatched_at + next(e.at for e in inter.events if e.kind == "followup")
    lags = sorted(seen[p] - at for p, at in answered_at.items() if p in seen)
    early = [p for p, at in answered_at.items() if at < kill_at - 2.0]
    missing = [p for p in early if p not in rows]
    print(f"\nkill -9: {len(rows)} audit rows after the kill; a reader saw {len(seen)} committed before it; "
          f"{len(answered_at)} blocked prompts answered, {len(early)} of them >2 s before the kill, "
          f"{sum(p in rows for p in answered_at)} answered with a row; answer->row visible lag "
          f"p50 {lags[len(lags) // 2]:.3f}s max {lags[-1]:.3f}s")
    assert early, "the kill came too early to check anything"
    assert not missing, missing[:10]


# ---- a health probe during start-up ----------------------------------------------------------------------------


async def test_readyz_polled_during_eager_start(fake_discord: FakeDiscord, bot_process: StartBot,
                                                faults: FaultControl) -> None:
    """What a container health check does: poll /readyz from the moment the process starts (runtime.load eager).
    Regression: DigitRunner.describe() used to import keras in /readyz's thread while the worker imported
    TensorFlow: an import deadlock, the digit model never loaded and /readyz answered 500 for good."""
    import aiohttp

    port = free_port()
    bot = bot_process(config(port, runtime='load = "eager"'), env=faults.env)
    statuses: list[int] = []
    deadline = time.monotonic() + 180
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(f"http://127.0.0.1:{port}/readyz") as resp:
                    statuses.append(resp.status)
                    if resp.status in (200, 500):
                        break
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
    assert 500 not in statuses and statuses[-1] == 200, sorted(set(statuses))
    await bot.wait_ready(timeout=60)
    out = await answered(await fake_discord.send_command("sample-digit", {"count": 2}))
    assert out.kind == "result", out
    assert "loading digits failed" not in bot.log_text()


async def test_metrics_scraped_during_eager_start(fake_discord: FakeDiscord, bot_process: StartBot,
                                                  faults: FaultControl, tiny_text_model: Path) -> None:
    """What Prometheus does: scrape /metrics from the moment the process starts (runtime.load eager).
    Regression: the GPU gauges read torch.cuda from a torch module still being imported by the text worker
    (AttributeError, /metrics 500)."""
    import aiohttp

    port = free_port()
    bot = bot_process(config(port, text=str(tiny_text_model), runtime='load = "eager"'), env=faults.env)
    statuses: list[int] = []
    deadline = time.monotonic() + 180
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
                    statuses.append(resp.status)
                    text = await resp.text()
                    if resp.status == 500 or 'genbot_model_loaded{family="text"} 1.0' in text:
                        break
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.02)
    assert statuses and set(statuses) == {200}, sorted(set(statuses))
    await bot.wait_ready(timeout=60)
