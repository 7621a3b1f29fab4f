"""The Discord bot: a discord.py client with an app-command tree, sharing one inference runtime."""

from __future__ import annotations

import logging

import discord
import yarl
from discord import app_commands

from bot.commands import COMMANDS
from bot.config import Config
from bot.i18n import Translator
from bot.services import build_runtime

log = logging.getLogger(__name__)


def point_discord_at(config: Config) -> None:
    """Use another Discord-compatible endpoint (a proxy, or a local server in tests) when the config names one."""
    if config.discord.api_base:
        discord.http.Route.BASE = config.discord.api_base
    if config.discord.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.discord.gateway_url)


class GenBot(discord.Client):
    def __init__(self, config: Config) -> None:
        # No privileged intents: slash commands need none.
        super().__init__(intents=discord.Intents.none())
        self.config = config
        self.tree = app_commands.CommandTree(self)
        for spec in COMMANDS.values():
            self.tree.add_command(spec.app_command)
        self.runtime = build_runtime(config)

    async def setup_hook(self) -> None:
        self.runtime.start()
        await self.tree.set_translator(Translator())
        if self.config.discord.sync_commands:
            synced = await self.tree.sync()
            log.info("synced %d global commands", len(synced))
            for guild_id in self.config.discord.guild_ids:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                await self.tree.sync(guild=guild)

    async def on_ready(self) -> None:
        log.info("connected as %s (%s)", self.user, self.user.id if self.user else "?")

    async def close(self) -> None:
        await self.runtime.close()
        await super().close()


async def run_bot(config: Config, token: str) -> None:
    point_discord_at(config)
    async with GenBot(config) as client:
        await client.start(token)
