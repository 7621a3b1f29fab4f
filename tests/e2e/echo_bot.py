"""A do-nothing discord.py bot: validates the fake Discord server, and is the latency baseline for benchmarks.

Run it like the real bot: DISCORD_TOKEN=<token> GENBOT_CONFIG=<config.toml> python tests/e2e/echo_bot.py
It reads `[discord] api_base` and `gateway_url` from the config and points unmodified discord.py at them by
setting `discord.http.Route.BASE` and `discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`, as the real bot does.

Commands: /ping (defer, then edit @original with a PNG, an "again" button that updates the message and a colour
select that defers the update and edits @original),
/echo text [count] [shout] (immediate reply), /slow seconds (replies after sleeping: breaks the 3-second rule),
/post (sends a PNG to the channel with the bot token), /size image (downloads an attachment option),
/feedback (answers with a modal, then thanks).
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import signal
import sys
import tomllib

import discord
import yarl
from discord import app_commands

log = logging.getLogger("echo_bot")


def configure_discord_endpoints() -> None:
    """Point discord.py at the endpoints from GENBOT_CONFIG (a no-op when the keys are absent)."""
    path = os.environ.get("GENBOT_CONFIG")
    section: dict[str, str] = {}
    if path:
        with open(path, "rb") as fh:
            section = tomllib.load(fh).get("discord", {})
    if api_base := section.get("api_base"):
        discord.http.Route.BASE = api_base.rstrip("/")
    if gateway_url := section.get("gateway_url"):
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def png_bytes(color: tuple[int, int, int] = (220, 40, 40), size: int = 8) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (size, size), color).save(buf, format="PNG")
    return buf.getvalue()


class AgainView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)
        self.clicks = 0

    @discord.ui.button(label="Again", style=discord.ButtonStyle.primary, custom_id="echo:again")
    async def again(self, interaction: discord.Interaction, button: discord.ui.Button[AgainView]) -> None:
        self.clicks += 1
        await interaction.response.edit_message(content=f"pong again ({self.clicks}) by {interaction.user.name}",
                                                view=self)

    @discord.ui.select(custom_id="echo:color", options=[discord.SelectOption(label=c, value=c)
                                                        for c in ("red", "green", "blue")])
    async def color(self, interaction: discord.Interaction, select: discord.ui.Select[AgainView]) -> None:
        await interaction.response.defer()  # deferred update, then edit @original (the message the select is on)
        await interaction.edit_original_response(content=f"color: {select.values[0]}")


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text: discord.ui.TextInput[FeedbackModal] = discord.ui.TextInput(label="Your feedback", custom_id="feedback:text",
                                                                     max_length=200)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


class EchoBot(discord.Client):
    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.guilds = os.environ.get("ECHO_BOT_GUILDS_INTENT", "1") == "1"  # "0": no guild cache, like some bots
        super().__init__(intents=intents)
        self.tree = app_commands.CommandTree(self)
        register(self.tree)

    async def setup_hook(self) -> None:
        synced = await self.tree.sync()
        log.info("synced %d commands", len(synced))

    async def on_ready(self) -> None:
        log.info("ready as %s in %d guild(s)", self.user, len(self.guilds))

    async def on_resumed(self) -> None:
        log.info("resumed")


def register(tree: app_commands.CommandTree[EchoBot]) -> None:
    @tree.command(description="Defers, then answers with a small PNG and a button")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        data = png_bytes()
        channel = interaction.channel
        nsfw = bool(getattr(channel, "is_nsfw", lambda: False)())
        await interaction.edit_original_response(
            content=f"pong (nsfw={nsfw}, locale={interaction.locale.value})",
            attachments=[discord.File(io.BytesIO(data), filename="pong.png")], view=AgainView())

    @tree.command(description="Repeats the text")
    @app_commands.describe(text="What to say", count="How many times", shout="Upper case")
    async def echo(interaction: discord.Interaction, text: str, count: app_commands.Range[int, 1, 5] = 1,
                   shout: bool = False) -> None:
        said = " ".join([text.upper() if shout else text] * count)
        await interaction.response.send_message(said)

    @tree.command(description="Answers after sleeping (too late for Discord's 3 seconds)")
    async def slow(interaction: discord.Interaction, seconds: float) -> None:
        await asyncio.sleep(seconds)
        await interaction.response.send_message(f"slept {seconds}")

    @tree.command(description="Posts a PNG to the channel with the bot token")
    async def post(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        assert interaction.channel is not None
        message = await interaction.channel.send(  # type: ignore[union-attr]
            "posted", file=discord.File(io.BytesIO(png_bytes((40, 40, 220))), filename="post.png"))
        await interaction.followup.send(f"posted {message.id}", ephemeral=True)

    @tree.command(description="Downloads an attachment and tells its size")
    async def size(interaction: discord.Interaction, image: discord.Attachment) -> None:
        data = await image.read()
        await interaction.response.send_message(f"{image.filename}: {len(data)} bytes")

    @tree.command(description="Asks for feedback in a modal")
    async def feedback(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(FeedbackModal())


async def main() -> None:
    logging.basicConfig(level=os.environ.get("ECHO_BOT_LOG", "INFO"), stream=sys.stdout,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    configure_discord_endpoints()
    bot = EchoBot()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(os.environ["DISCORD_TOKEN"])


if __name__ == "__main__":
    asyncio.run(main())
