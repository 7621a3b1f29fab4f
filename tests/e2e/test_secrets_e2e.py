"""The bot token is a secret: it never reaches logs, error messages, replies or files, even when things fail."""

from __future__ import annotations

import json
from pathlib import Path

from .bot_process import StartBot
from .discord_server import FakeDiscord


async def test_token_never_leaks(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    bot = bot_process('[runtime]\ndevice = "cpu"\n[text]\nenabled = false\n[image]\nenabled = false\n'
                      '[health]\nport = 0\n[logging]\nlevel = "DEBUG"\n')
    await bot.wait_ready()
    fake_discord.fail_next("PATCH /webhooks/*/messages/@original", 500, times=2)  # a failing upload, logged
    inter = await fake_discord.send_command("sample-digit", {"digit": 2, "count": 2})
    await inter.wait_callback()
    ok = await fake_discord.send_command("sample-digit", {"digit": 5, "count": 2})
    await ok.wait_response(lambda m: bool(m.attachments), timeout=180)
    await bot.stop()

    token = fake_discord.token
    secret_part = token.split(".")[-1]
    log = bot.log_text()
    assert "DEBUG" in log and "sample-digit" in log  # the log really recorded the session in detail
    for path in Path(bot.workdir).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert token.encode() not in data and secret_part.encode() not in data, path
    for request in fake_discord.requests:  # nothing the bot sent as content carries it either
        assert token not in json.dumps(request.json), request.path
