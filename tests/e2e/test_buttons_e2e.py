"""The real bot's queue limits and result buttons over real sockets: queue full and per-user cap refusals,
/genai queue positions, Cancel (queued and running), Re-roll, Delete, Report, and the buttons after a restart;
a gateway drop in the middle of a job and a 429 on the upload of a result.

All tests of this module share one bot process (see live_bot.py) with room for one queued job.
"""

from __future__ import annotations

import re

import pytest

from .discord_models import FakeMessage
from .discord_rest import RequestRecord
from .discord_server import FakeInteraction
from .live_bot import E2E_ALPHABET, MANAGE_MESSAGES, LiveBot, generated_part, private_reply

pytestmark = pytest.mark.asyncio(loop_scope="module")

GENBOT_CONFIG = {"runtime": {"max_queue": 1, "max_queued_per_user": 1}}
GENBOT_FAULTS = True
SLOW_WRITE_S = 2.0
LONG_WRITE = {"prompt": "Once upon a time", "max_new_tokens": 1000, "no_repeat_ngram_size": 0}  # cancelled early
ORIGINAL = "PATCH /webhooks/*/messages/@original"


def seed(message: FakeMessage) -> int:
    found = re.search(r"seed (\d+)", message.content)
    assert found, message.content
    return int(found.group(1))


def button(message: FakeMessage, kind: str) -> str:
    """The custom_id of the Cancel/Re-roll/Delete/Report button on a message."""
    found = [cid for cid in message.custom_ids if cid.startswith(f"genbot:{kind}:")]
    assert found, f"no {kind} button on {message.content!r}: {message.custom_ids}"
    return found[0]


async def running(inter: FakeInteraction) -> FakeMessage:
    """The response once it shows the job started (loading the model, generating, or streamed text)."""
    return await inter.wait_response(
        lambda m: any(s in m.content for s in ("Loading", "Generating", "▌")) and bool(m.custom_ids), timeout=120)


async def result(inter: FakeInteraction, timeout: float = 240.0) -> FakeMessage:
    return await inter.wait_response(lambda m: "AI-generated" in m.content, timeout=timeout)


# ---- 4. queue limits, /genai queue, Cancel -------------------------------------------------------------------


async def test_queue_limits_positions_and_cancel(live: LiveBot) -> None:
    fake = live.fake
    alice, bob, carol = live.user("alice"), live.user("bob"), live.user("carol")

    long_job = await fake.send_command("write", LONG_WRITE, user=alice)
    first = await running(long_job)

    # Alice's one job (running) is her limit.
    capped = await fake.send_command("sample-digit", {"digit": 1, "count": 1}, user=alice)
    assert "You already have 1 jobs waiting or running" in await private_reply(capped)

    # Bob's job waits behind it: position 1, shown on his message and by /genai queue.
    queued = await fake.send_command("write", {"prompt": "Twice", "max_new_tokens": 8}, user=bob)
    waiting = await queued.wait_response(lambda m: "Queued: #1" in m.content, timeout=60)
    mine = await fake.send_command("genai queue", user=bob)
    assert "#1 in the queue" in await private_reply(mine)
    theirs = await fake.send_command("genai queue", user=alice)
    assert "— running" in await private_reply(theirs)

    # The queue (one place) is full now.
    full = await fake.send_command("write", {"prompt": "Thrice"}, user=carol)
    reply = await private_reply(full)
    assert reply.startswith("⏳") and "The queue is full (1 jobs waiting)" in reply
    assert [r["decision"] for r in await live.wait_audit_rows(carol, 1)] == ["rejected"]

    # Cancel: not carol's to press; bob cancels his queued job, alice her running one.
    nope = await fake.click_button(waiting, button(waiting, "cancel"), user=carol)
    assert "Only the person who asked" in await private_reply(nope)
    cancel_queued = await fake.click_button(waiting, button(waiting, "cancel"), user=bob)
    assert await private_reply(cancel_queued) == "Cancelled."
    assert (await queued.wait_response(lambda m: "Cancelled" in m.content)).content == "✖️ Cancelled."
    assert queued.original is not None and queued.original.custom_ids == []

    streaming = await long_job.wait_response(lambda m: m.content.endswith("▌"), timeout=120)
    cancel_running = await fake.click_button(streaming, button(streaming, "cancel"), user=alice)
    assert await private_reply(cancel_running) == "Cancelled."
    done = await long_job.wait_response(lambda m: "Cancelled" in m.content, timeout=60)
    assert done.content == "✖️ Cancelled." and done.custom_ids == [] and not done.attachments
    assert first.id == done.id
    empty = await fake.send_command("genai queue", user=alice)
    assert "no jobs" in await private_reply(empty)
    assert [r["decision"] for r in await live.wait_audit_rows(bob, 1)] == ["cancelled"]
    assert [r["decision"] for r in await live.wait_audit_rows(alice, 2)] == ["rejected", "cancelled"]  # cap, cancel
    for inter in (long_job, capped, queued, mine, theirs, full, nope, cancel_queued, cancel_running, empty):
        assert not inter.late, inter


# ---- 9. a gateway drop in the middle of a job ------------------------------------------------------------------


async def test_gateway_resume_mid_job(live: LiveBot) -> None:
    fake, frank = live.fake, live.user("frank")
    resumes = fake.gateway.resume_count
    # the generator waits first, so the job is still running when the gateway drops, however fast the machine
    live.faults.set(text_generate={"mode": "sleep", "seconds": SLOW_WRITE_S, "times": 1})
    inter = await fake.send_command("write", {**LONG_WRITE, "max_new_tokens": 300}, user=frank)
    await inter.wait_response(lambda m: bool(m.custom_ids))  # submitted: the Cancel button is on
    dropped_at = fake.clock() - inter.dispatched_at
    await fake.drop_gateway()
    await fake.wait_resumed(resumes + 1)
    message = await result(inter)
    text = generated_part(message.content, LONG_WRITE["prompt"])
    assert len(text) == 300 and set(text) <= set(E2E_ALPHABET)
    assert inter.edits[-1].at > dropped_at and inter.edits[-1].message is not None
    assert "AI-generated" in inter.edits[-1].message.content  # the result came after the drop
    # The bot still takes commands on the resumed session.
    after = await fake.send_command("sample-digit", {"digit": 0, "count": 1}, user=frank)
    assert (await after.wait_response(lambda m: bool(m.attachments), timeout=120)).attachments
    assert fake.gateway.resume_count == resumes + 1 and not inter.late and not after.late


# ---- 10. a 429 on the upload of the result ------------------------------------------------------------------------


async def test_rate_limited_upload_is_retried(live: LiveBot) -> None:
    fake, gina = live.fake, live.user("gina")
    def is_draw_upload(record: RequestRecord) -> bool:
        return any(f.filename.startswith("draw-") for f in record.files)

    rule = fake.fail_next(ORIGINAL, 429, retry_after=1.0, when=is_draw_upload)
    inter = await fake.send_command("draw", {"prompt": "a red bicycle", "steps": 2, "seed": 3}, user=gina)
    [png] = await inter.wait_files(1, timeout=180)
    assert rule.hits == 1 and png.filename == "draw-3.png"
    uploads = [r for r in fake.requests_matching(ORIGINAL) if is_draw_upload(r)]
    assert [(r.status, [f.filename for f in r.files]) for r in uploads] == [(429, ["draw-3.png"]),
                                                                         (200, ["draw-3.png"])]
    assert uploads[1].at - uploads[0].at >= 0.9  # discord.py waited as told
    assert "seed 3" in (await inter.wait_response()).content and not inter.late


# ---- 5. Re-roll, Delete, Report; and after a restart -----------------------------------------------------------


async def test_reroll_delete_report_and_after_restart(live: LiveBot) -> None:
    fake = live.fake
    dave, erin = live.user("dave"), live.user("erin")
    mona = live.user("mona", permissions=fake.users["alice"].permissions | MANAGE_MESSAGES)  # a moderator
    modlog = int(fake.channel("mod-log")["id"])

    first = await fake.send_command("sample-digit", {"digit": 2, "count": 4, "seed": 11}, user=dave)
    m1 = await first.wait_response(lambda m: bool(m.attachments), timeout=120)
    assert seed(m1) == 11

    # Report needs a moderation log channel; then it posts the result, attachment included.
    early = await fake.click_button(m1, button(m1, "report"), user=erin)
    assert "no moderation log channel" in await private_reply(early)
    await private_reply(await fake.send_command("genai settings", {"mod_log_channel": "mod-log"}, user="admin"))
    report = await fake.click_button(m1, button(m1, "report"), user=erin)
    assert "the moderators have been sent this result" in await private_reply(report)
    # other scenarios sharing this bot (the Ray module runs them all) may post strike notices there too
    posted = await fake.wait_message(lambda m: m.channel_id == modlog and "reported" in m.content)
    assert f"<@{erin.id}> reported a /sample-digit result made for <@{dave.id}>" in posted.content
    assert str(m1.id) in posted.content  # the jump link
    assert [a.data for a in posted.attachments] == [m1.attachments[0].data]

    # Re-roll: a new message from the same options with a new seed.
    reroll = await fake.click_button(m1, button(m1, "reroll"), user=dave)
    m2 = await reroll.wait_response(lambda m: bool(m.attachments), timeout=120)
    assert reroll.callback_type == 5 and m2.id != m1.id and not m1.deleted
    assert "digit 2" in m2.content and seed(m2) != 11
    assert m2.attachments[0].data != m1.attachments[0].data

    # Delete: not for another member; for a moderator and for the requester.
    refused = await fake.click_button(m1, button(m1, "delete"), user=erin)
    assert "Only the person who asked" in await private_reply(refused)
    assert not m1.deleted
    by_mod = await fake.click_button(m1, button(m1, "delete"), user=mona)
    await by_mod.wait_until(lambda: m1.deleted, 60, "the moderator's delete")
    by_owner = await fake.click_button(m2, button(m2, "delete"), user=dave)
    await by_owner.wait_until(lambda: m2.deleted, 60, "the requester's delete")

    # A result made before a restart keeps working buttons afterwards (state in custom_ids and SQLite).
    kept = await (await fake.send_command("sample-digit", {"digit": 7, "count": 2, "seed": 5}, user=dave)
                  ).wait_response(lambda m: bool(m.attachments), timeout=120)
    await live.restart()
    reroll = await fake.click_button(kept, button(kept, "reroll"), user=dave)
    m3 = await reroll.wait_response(lambda m: bool(m.attachments), timeout=180)
    assert "digit 7" in m3.content and seed(m3) != 5
    report = await fake.click_button(kept, button(kept, "report"), user=erin)
    assert "the moderators have been sent this result" in await private_reply(report)
    posted = await fake.wait_message(lambda m: m.channel_id == modlog and str(kept.id) in m.content)
    assert [a.data for a in posted.attachments] == [kept.attachments[0].data]
    refused = await fake.click_button(kept, button(kept, "delete"), user=erin)
    assert "Only the person who asked" in await private_reply(refused)
    deleted = await fake.click_button(kept, button(kept, "delete"), user=dave)
    await deleted.wait_until(lambda: kept.deleted, 60, "the delete after a restart")
    for inter in fake.interactions.values():
        assert not inter.late, inter


# ---- 11. Discord's 3 seconds -------------------------------------------------------------------------------------


async def test_no_interaction_was_late(live: LiveBot) -> None:
    assert len(live.fake.interactions) >= 25
    assert live.fake.late_interactions == []
    assert not live.fake.unhandled
