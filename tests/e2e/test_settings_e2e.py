"""/genai settings on the real bot over real sockets: admins change the policy, switch /draw off in a channel and
set the moderation log, members are refused, the settings survive a restart; the nsfw policy by channel
(age-restricted channel, a thread under it, a normal channel) against strict; size buckets in English and Korean.

All tests of this module share one bot process (see live_bot.py).
"""

from __future__ import annotations

import pytest

from .discord_server import FakeInteraction
from .live_bot import LiveBot, expect_policy, private_reply

pytestmark = pytest.mark.asyncio(loop_scope="module")

ADULT_PROMPT = "explicit sex scene between two adult women, nude"


async def settings(live: LiveBot, options: dict[str, object] | None = None, *, user: str = "admin",
                   locale: str = "en-US") -> str:
    inter = await live.fake.send_command("genai settings", options or {}, user=user, locale=locale)
    reply = await private_reply(inter)
    assert inter.callback_type == 4 and not inter.late
    return reply


async def drawn(inter: FakeInteraction) -> bool:
    """Whether a /draw produced a picture (True) or was refused privately (False)."""
    def outcome() -> str | None:
        if inter.files:
            return "drawn"
        if any(m.ephemeral for m in [inter.original, *inter.followups] if m is not None and not m.deleted):
            return "refused"
        return None
    return await inter.wait_until(outcome, 180, "a picture or a refusal") == "drawn"


# ---- 6. who may change settings --------------------------------------------------------------------------------


async def test_only_managers_change_settings(live: LiveBot) -> None:
    registered = live.fake.registered_commands["genai"]
    assert registered.get("default_member_permissions") is None  # visible to everyone: the bot itself checks
    denied = await settings(live, {"policy": "nsfw"}, user="alice")
    assert "Only members with the Manage Server permission" in denied
    assert "Safety policy: **strict**" in await settings(live)  # unchanged (the default)
    incomplete = await settings(live, {"command": "draw"})
    assert "Give both 'command' and 'enabled'" in incomplete
    saved = await settings(live, {"policy": "nsfw", "mod_log_channel": "mod-log"})
    modlog = live.fake.channel("mod-log")["id"]
    assert saved.startswith("✅ Saved.") and "Safety policy: **nsfw**" in saved and f"<#{modlog}>" in saved


# ---- 7. nsfw policy: age-restricted channels only; strict everywhere ----------------------------------------------


async def test_nsfw_policy_by_channel(live: LiveBot) -> None:
    expect_policy(ADULT_PROMPT, None, surface="draw", policy="nsfw", nsfw_channel=True)
    expect_policy(ADULT_PROMPT, "sexual", surface="draw", policy="nsfw", nsfw_channel=False)
    expect_policy(ADULT_PROMPT, "sexual", surface="draw", policy="strict", nsfw_channel=True)
    fake, nadia = live.fake, live.user("nadia")
    await fake.add_channel("art")  # a normal channel, announced to the bot on the gateway

    async def draw(channel: str) -> FakeInteraction:
        return await fake.send_command("draw", {"prompt": ADULT_PROMPT, "steps": 2}, user=nadia, channel=channel)

    in_nsfw, in_thread, in_art = await draw("nsfw"), await draw("nsfw-thread"), await draw("art")
    assert await drawn(in_nsfw) and await drawn(in_thread)
    refusal = await private_reply(in_art)
    assert "category: sexual" in refusal and "only allowed in age-restricted (NSFW) channels" in refusal

    assert "Safety policy: **strict**" in await settings(live, {"policy": "strict"})
    strict_nsfw, strict_thread = await draw("nsfw"), await draw("nsfw-thread")
    for inter in (strict_nsfw, strict_thread):
        assert "category: sexual" in await private_reply(inter)
    rows = await live.wait_audit_rows(nadia, 5)
    assert sorted((r["decision"], r["category"] or "") for r in rows) == [
        ("blocked", "sexual"), ("blocked", "sexual"), ("blocked", "sexual"), ("done", ""), ("done", "")]
    assert "Safety policy: **standard**" in await settings(live, {"policy": "standard"})  # for the restart test
    for inter in (in_nsfw, in_thread, in_art, strict_nsfw, strict_thread):
        assert not inter.late


# ---- 6. switching /draw off in one channel ---------------------------------------------------------------------


async def test_draw_switched_off_in_a_channel(live: LiveBot) -> None:
    fake, general = live.fake, live.fake.channel("general")["id"]
    live.user("olga")
    saved = await settings(live, {"command": "draw", "enabled": False, "channel": "general"})
    assert f"Per-channel commands: <#{general}>: /sample-digit, /write" in saved
    off = await fake.send_command("draw", {"prompt": "a lighthouse", "steps": 2}, user="olga", channel="general")
    assert "/draw is switched off here" in await private_reply(off) and off.callback_type == 4
    elsewhere = await fake.send_command("draw", {"prompt": "a lighthouse", "steps": 2}, user="olga",
                                        channel="nsfw")
    assert await drawn(elsewhere)


async def test_draw_switched_off_in_a_channel_also_in_its_threads(live: LiveBot) -> None:
    inter = await live.fake.send_command("draw", {"prompt": "a lighthouse", "steps": 2}, user="olga",
                                         channel="general-thread")
    assert not await drawn(inter)  # /draw was switched off in #general (previous test); threads inherit it


# ---- 6. settings survive a restart; 3. size buckets --------------------------------------------------------------


async def test_settings_survive_restart_and_size_buckets(live: LiveBot) -> None:
    fake = live.fake
    # Restart, now with a model profile that has size buckets (SD 1.5; the refusals below need no model load).
    await live.restart({"image": {"profile": "sd15"}})
    shown = await settings(live)
    general, modlog = fake.channel("general")["id"], fake.channel("mod-log")["id"]
    assert "Safety policy: **standard**" in shown
    assert f"Per-channel commands: <#{general}>: /sample-digit, /write" in shown
    assert f"Moderation log channel: <#{modlog}>" in shown
    off = await fake.send_command("draw", {"prompt": "a lighthouse"}, user="olga", channel="general")
    assert "/draw is switched off here" in await private_reply(off)
    denied = await settings(live, {"policy": "nsfw"}, user="olga")
    assert "Only members with the Manage Server permission" in denied

    bucket = await fake.send_command("draw", {"prompt": "a lighthouse", "size": "640x640"}, user="olga",
                                     channel="nsfw")
    reply = await private_reply(bucket)
    assert reply.startswith("⚠️") and "640x640 is not a size Stable Diffusion 1.x was trained for" in reply
    assert "512x512, 512x768, 768x512, 512x640, 640x512" in reply and bucket.callback_type == 4


async def test_size_bucket_refusal_in_korean(live: LiveBot) -> None:
    inter = await live.fake.send_command("draw", {"prompt": "등대", "size": "640x640"}, user="olga",
                                         channel="nsfw", locale="ko")
    reply = await private_reply(inter)
    assert "512x512" in reply, reply  # 640x640 *is* a multiple of 8 between 64 and 2048: say what is allowed


# ---- 11. Discord's 3 seconds -------------------------------------------------------------------------------------


async def test_no_interaction_was_late(live: LiveBot) -> None:
    assert len(live.fake.interactions) >= 15
    assert live.fake.late_interactions == []
    assert not live.fake.unhandled
