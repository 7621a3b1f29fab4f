"""Proves the fake Discord server against an unmodified discord.py bot (tests/e2e/echo_bot.py) over real sockets."""

from __future__ import annotations

import aiohttp
import pytest

from .bot_process import ECHO_BOT, StartBot
from .discord_models import FakeFile
from .discord_server import FakeDiscord

RED = (220, 40, 40)


async def start_echo(bot_process: StartBot) -> None:
    bot = bot_process(cmd=ECHO_BOT)
    await bot.wait_ready()


# ---- the server on its own -------------------------------------------------------------------------------------


async def test_http_basics(fake_discord: FakeDiscord) -> None:
    auth = {"Authorization": f"Bot {fake_discord.token}"}
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{fake_discord.api_base}/users/@me", headers=auth) as resp:
            assert resp.status == 200
            assert resp.headers["Content-Type"] == "application/json"
            assert (await resp.json())["id"] == str(fake_discord.bot.id)
        async with http.get(f"{fake_discord.api_base}/users/@me") as resp:
            assert resp.status == 401
        async with http.get(f"{fake_discord.api_base}/no/such/route", headers=auth) as resp:
            assert resp.status == 404
            assert resp.headers["Content-Type"] == "application/json"
        fake_discord.fail_next("GET /users/@me", 429, retry_after=1.5)
        async with http.get(f"{fake_discord.api_base}/users/@me", headers=auth) as resp:
            assert resp.status == 429
            assert resp.headers["Via"]
            assert (await resp.json())["retry_after"] == 1.5
        form = aiohttp.FormData(quote_fields=False)
        form.add_field("payload_json", '{"content": "hi", "attachments": [{"id": 0, "description": "d"}]}')
        form.add_field("files[0]", b"\x00\x01", filename="a.bin", content_type="application/octet-stream")
        channel = fake_discord.channel("general")["id"]
        async with http.post(f"{fake_discord.api_base}/channels/{channel}/messages", data=form, headers=auth) as resp:
            assert resp.status == 200
            payload = await resp.json()
        async with http.get(payload["attachments"][0]["url"]) as resp:
            assert await resp.read() == b"\x00\x01"
        async with http.post(f"{fake_discord.api_base}/channels/{channel}/messages", json={"content": "x" * 2001},
                             headers=auth) as resp:
            assert resp.status == 400 and (await resp.json())["code"] == 50035
        fake_discord.rate_limit("GET /users/@me", limit=2, per=30)
        statuses = []
        for _ in range(3):
            async with http.get(f"{fake_discord.api_base}/users/@me", headers=auth) as resp:
                statuses.append((resp.status, resp.headers.get("X-RateLimit-Remaining")))
        assert statuses == [(200, "1"), (200, "0"), (429, "0")]
    assert [r.status for r in fake_discord.requests] == [200, 401, 404, 429, 200, 200, 400, 200, 200, 429]
    assert [r.path for r in fake_discord.unhandled] == ["/no/such/route"]
    [msg] = fake_discord.channel_messages("general")
    assert msg.content == "hi" and msg.attachments[0].data == b"\x00\x01" and msg.attachments[0].description == "d"


async def test_command_sync_and_visibility(fake_discord: FakeDiscord) -> None:
    auth = {"Authorization": f"Bot {fake_discord.token}"}
    url = f"{fake_discord.api_base}/applications/{fake_discord.application_id}/guilds/{fake_discord.guild_id}/commands"
    commands = [
        {"name": "settings", "description": "Admins only", "default_member_permissions": "32", "options": [
            {"name": "locale", "description": "Set the locale", "type": 1, "options": [
                {"name": "value", "description": "Locale", "type": 3, "required": True,
                 "choices": [{"name": "English", "value": "en-US"}, {"name": "Deutsch", "value": "de"}]}]}]},
        {"name": "spicy", "description": "Age-restricted", "nsfw": True},
    ]
    async with aiohttp.ClientSession() as http:
        async with http.put(url, json=commands, headers=auth) as resp:
            assert resp.status == 200
            first = await resp.json()
        async with http.put(url, json=commands, headers=auth) as resp:
            assert [c["id"] for c in await resp.json()] == [c["id"] for c in first]  # ids survive a re-sync
        bad = [{"name": "Bad Name", "description": "x"}]
        async with http.put(url, json=bad, headers=auth) as resp:
            assert resp.status == 400 and (await resp.json())["code"] == 50035
    assert set(fake_discord.registered_commands) == {"settings", "spicy"}
    with pytest.raises(PermissionError, match="needs permissions"):
        await fake_discord.send_command("settings locale", {"value": "de"}, user="alice")
    with pytest.raises(PermissionError, match="age-restricted"):
        await fake_discord.send_command("spicy", channel="general-thread")
    with pytest.raises(ValueError, match="needs a subcommand"):
        await fake_discord.send_command("settings", user="admin")
    with pytest.raises(ValueError, match="choices"):
        await fake_discord.send_command("settings locale", {"value": "fr"}, user="admin")
    # Allowed: it gets as far as the gateway, where no bot is connected in this test.
    with pytest.raises(RuntimeError, match="no bot has identified"):
        await fake_discord.send_command("settings locale", {"value": "de"}, user="admin")
    with pytest.raises(RuntimeError, match="no bot has identified"):
        await fake_discord.send_command("spicy", channel="nsfw-thread")


# ---- with the echo bot -----------------------------------------------------------------------------------------


async def test_login_sync_and_gateway(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    await start_echo(bot_process)
    assert {"ping", "echo", "slow", "post", "feedback", "size"} <= set(fake_discord.registered_commands)
    echo = fake_discord.registered_commands["echo"]
    assert echo["id"] and [o["name"] for o in echo["options"]] == ["text", "count", "shout"]
    keys = [r.route for r in fake_discord.requests]
    assert keys[:3] == ["/users/@me", "/oauth2/applications/@me", "/applications/{app_id}/commands"]
    connect = next(e for e in fake_discord.gateway.events if e.kind == "connect")
    assert connect.detail["compress"] == "zlib-stream"  # and the bot decoded our compressed frames
    assert not fake_discord.unhandled


async def test_ping_deferred_then_edited_with_png(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    await start_echo(bot_process)
    inter = await fake_discord.send_command("ping")
    msg = await inter.wait_response()
    assert inter.callback_type == 5 and not inter.late
    assert [e.kind for e in inter.events] == ["callback", "edit"]
    assert inter.events[0].message is not None and inter.events[0].message.loading
    assert msg.content == "pong (nsfw=False, locale=en-US)"
    [png] = inter.files
    assert png.filename == "pong.png"
    image = png.image()
    assert image.size == (8, 8) and image.getpixel((0, 0)) == RED
    assert msg.custom_ids == ["echo:again", "echo:color"]

    in_nsfw_thread = await fake_discord.send_command("ping", channel="nsfw-thread", locale="de")
    assert (await in_nsfw_thread.wait_response()).content == "pong (nsfw=True, locale=de)"
    assert not fake_discord.unhandled


async def test_without_guilds_intent_threads_do_not_know_they_are_nsfw(fake_discord: FakeDiscord,
                                                                       bot_process: StartBot) -> None:
    # No GUILD_CREATE without the GUILDS intent: discord.py builds channels from the interaction's partial channel.
    # A thread's partial channel has no nsfw flag and its parent is not cached, so is_nsfw() says False.
    bot = bot_process(cmd=ECHO_BOT, env={"ECHO_BOT_GUILDS_INTENT": "0"})
    await bot.wait_ready()
    assert fake_discord.gateway.current is not None
    assert "GUILD_CREATE" not in [f["t"] for f in fake_discord.gateway.current.frames]
    in_nsfw = await fake_discord.send_command("ping", channel="nsfw")
    assert (await in_nsfw.wait_response()).content.startswith("pong (nsfw=True")
    in_thread = await fake_discord.send_command("ping", channel="nsfw-thread")
    assert (await in_thread.wait_response()).content.startswith("pong (nsfw=False")


async def test_typed_options(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    await start_echo(bot_process)
    with pytest.raises(ValueError, match="required option 'text'"):
        await fake_discord.send_command("echo", {"count": 2})
    with pytest.raises(ValueError, match="out of range"):
        await fake_discord.send_command("echo", {"text": "x", "count": 9})
    with pytest.raises(LookupError):
        await fake_discord.send_command("nope")
    inter = await fake_discord.send_command("echo", {"text": "hi", "count": 3, "shout": True}, user="bob")
    msg = await inter.wait_response()
    assert inter.callback_type == 4 and msg.content == "HI HI HI"
    options = {o["name"]: o for o in inter.payload["data"]["options"]}
    assert options["count"] == {"name": "count", "type": 4, "value": 3}

    in_dm = await fake_discord.send_command("echo", {"text": "psst"}, dm=True)
    assert (await in_dm.wait_response()).content == "psst" and in_dm.original is not None
    assert in_dm.original.guild_id is None and "guild_id" not in in_dm.payload

    # An attachment option: the bot downloads it from the fake CDN.
    size = await fake_discord.send_command("size", {"image": FakeFile("in.bin", b"12345")})
    assert (await size.wait_response()).content == "in.bin: 5 bytes"


async def test_button_click_updates_message(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    await start_echo(bot_process)
    ping = await fake_discord.send_command("ping")
    msg = await ping.wait_response()
    for n, user in ((1, "bob"), (2, "admin")):
        click = await fake_discord.click_button(msg, "echo:again", user=user)
        await click.wait_callback()
        assert click.callback_type == 7 and not click.late
        assert msg.content == f"pong again ({n}) by {user}"
        assert msg.attachments[0].filename == "pong.png"  # kept by the update
    with pytest.raises(LookupError):
        await fake_discord.click_button(msg, "no-such-button")

    pick = await fake_discord.select(msg, "echo:color", ["blue"])
    assert (await pick.wait_response()).content == "color: blue"
    assert pick.callback_type == 6 and pick.original is msg
    with pytest.raises(ValueError):
        await fake_discord.select(msg, "echo:color", ["purple"])


async def test_modal_roundtrip(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    await start_echo(bot_process)
    inter = await fake_discord.send_command("feedback")
    await inter.wait_callback()
    assert inter.callback_type == 9 and inter.modal is not None
    submit = await fake_discord.submit_modal(inter, {"feedback:text": "nice"})
    reply = await submit.wait_response()
    assert reply.content == "thanks: nice" and reply.ephemeral


async def test_gateway_drop_resumes_and_replays(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    await start_echo(bot_process)
    await fake_discord.drop_gateway()
    await fake_discord.wait_resumed(1)
    resume = next(e for e in fake_discord.gateway.events if e.kind == "resume")
    assert resume.path == "/gateway-resume"  # READY's resume_gateway_url was used
    assert (await (await fake_discord.send_command("ping")).wait_response()).attachments

    # An interaction dispatched while the bot is away is replayed on RESUME, and answered.
    fake_discord.set_gateway_available(False)
    await fake_discord.drop_gateway()
    missed = await fake_discord.send_command("echo", {"text": "missed"})
    fake_discord.set_gateway_available(True)
    await fake_discord.wait_resumed(2)
    assert (await missed.wait_response()).content == "missed"
    resume = [e for e in fake_discord.gateway.events if e.kind == "resume"][-1]
    assert "INTERACTION_CREATE" in resume.detail["replayed"]
    assert fake_discord.gateway.identify_count == 1


async def test_429_and_500_are_retried(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    await start_echo(bot_process)
    edit = "PATCH /webhooks/*/messages/@original"
    rule = fake_discord.fail_next(edit, 429, retry_after=0.3)
    inter = await fake_discord.send_command("ping")
    await inter.wait_response()
    assert rule.hits == 1
    assert [(r.status, [f.filename for f in r.files]) for r in fake_discord.requests_matching(edit)] == [
        (429, ["pong.png"]), (200, ["pong.png"])]
    assert inter.files[0].image().getpixel((0, 0)) == RED

    post = "POST /channels/*/messages"
    fake_discord.fail_next(post, 500)
    fake_discord.fail_next(post, 429, retry_after=0.2)
    inter = await fake_discord.send_command("post")
    [followup] = await inter.wait_followups(1)
    assert followup.content.startswith("posted ") and followup.ephemeral
    assert [r.status for r in fake_discord.requests_matching(post)] == [500, 429, 200]
    [posted] = fake_discord.channel_messages("general", interactions=False)
    assert posted.attachments[0].filename == "post.png"


async def test_slow_handler_flagged_by_three_second_rule(fake_discord: FakeDiscord,
                                                         bot_process: StartBot) -> None:
    await start_echo(bot_process)
    fast = await fake_discord.send_command("echo", {"text": "quick"})
    slow = await fake_discord.send_command("slow", {"seconds": 3.5})
    await slow.wait_callback(timeout=60)
    await fast.wait_callback()
    assert slow.late and slow.callback_latency is not None and slow.callback_latency > 3.0
    assert not fast.late
    assert fake_discord.late_interactions == [slow]

    fake_discord.enforce_deadline = True  # like real Discord: the late callback gets 404 Unknown interaction
    rejected = await fake_discord.send_command("slow", {"seconds": 3.3})
    await rejected.wait_until(lambda: rejected.events, 60, "the late callback")
    assert [e.kind for e in rejected.events] == ["rejected_late"] and rejected.callback_type is None
    assert fake_discord.requests[-1].status == 404 and fake_discord.requests[-1].response["code"] == 10062


async def test_restart_reidentifies(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    bot = bot_process(cmd=ECHO_BOT)
    await bot.wait_ready()
    await bot.restart()
    await bot.wait_ready()
    assert fake_discord.gateway.identify_count == 2
    reply = await (await fake_discord.send_command("echo", {"text": "again"})).wait_response()
    assert reply.content == "again"
