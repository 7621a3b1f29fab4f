"""The Discord bot: a discord.py client with an app-command tree, sharing one inference runtime and one SQLite file."""

from __future__ import annotations

import asyncio
import logging
import signal

import discord
import yarl
from discord import app_commands

from bot.commands import COMMANDS
from bot.commands.genai import genai
from bot.config import Config
from bot.gate import Gate
from bot.health import HealthServer
from bot.metrics import Metrics
from bot.i18n import Translator, t
from bot.services import build_runtime
from bot.storage import Storage
from bot.views import DYNAMIC_ITEMS

log = logging.getLogger(__name__)

DELIVERY_GRACE_S = 10.0  # after the runtime stops, how long replies already under way get to reach Discord


def point_discord_at(config: Config) -> None:
    """Use another Discord-compatible endpoint (a proxy, or a local server in tests) when the config names one."""
    if config.discord.api_base:
        discord.http.Route.BASE = config.discord.api_base
    if config.discord.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.discord.gateway_url)


class GenBot(discord.Client):
    def __init__(self, config: Config) -> None:
        # GUILDS (not privileged) lets threads know their parent channel, which the NSFW rules need.
        super().__init__(intents=discord.Intents(guilds=True))
        self.config = config
        self.tree = app_commands.CommandTree(self)
        for spec in COMMANDS.values():
            self.tree.add_command(spec.app_command)
        self.tree.add_command(genai)
        self.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]
        self.runtime = build_runtime(config)
        self.storage = Storage(config.storage.database)
        self.gate = Gate(config, self.storage)
        self.metrics = Metrics(self.runtime)
        health = config.health
        self.health = (HealthServer(health.host, health.port, self.readiness, self.metrics.registry)
                       if health.enabled else None)
        self.deliveries: set[asyncio.Task[object]] = set()  # interaction handlers still answering someone
        self.lag_watch: asyncio.Task[None] | None = None
        self.warming: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        await self.storage.open()
        if self.health is not None:
            try:
                await self.health.start()
            except OSError as exc:  # the bot itself can still serve Discord
                log.error("health server could not listen on %s:%d: %s", self.health.host, self.health.port, exc)
                self.health = None
        self.lag_watch = asyncio.create_task(self.metrics.watch_loop_lag())
        if self.config.safety.enabled:  # load the safety models now, so the first member does not wait for them
            from generators.safety import warm_up

            self.warming = asyncio.create_task(asyncio.to_thread(warm_up, images=self.config.image.enabled))
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        self.runtime.start()
        await self.tree.set_translator(Translator())
        if self.config.discord.sync_commands:
            synced = await self.tree.sync()
            log.info("synced %d global commands", len(synced))
            for guild_id in self.config.discord.guild_ids:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                await self.tree.sync(guild=guild)

    async def readiness(self) -> tuple[bool, dict[str, object]]:
        """Ready when the gateway is connected and every enabled model is loaded or can be loaded."""
        connected = self.is_ready() and not self.is_closed()
        state = self.runtime.status()
        models: dict[str, bool] = {}
        for family, worker in self.runtime.workers.items():
            loadable = state[family]["loaded"] or (await asyncio.to_thread(worker.generator.describe))["available"]
            models[family] = bool(loadable)
        return connected and all(models.values()), {"gateway": connected, "models": models}

    async def on_app_command_error(self, interaction: discord.Interaction,
                                   error: app_commands.AppCommandError) -> None:
        """A handler bug still ends in a message the member sees, never in silence."""
        log.error("command %s failed", interaction.command.qualified_name if interaction.command else "?",
                  exc_info=error)
        text = t("errors.unexpected", str(interaction.locale))
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True)
            else:
                await interaction.response.send_message(text, ephemeral=True)
        except discord.HTTPException:
            pass

    async def on_ready(self) -> None:
        log.info("connected as %s (%s)", self.user, self.user.id if self.user else "?")

    def track_delivery(self) -> None:
        """Called by an interaction handler so a shutdown waits for its final message."""
        task = asyncio.current_task()
        if task is not None:
            self.deliveries.add(task)
            task.add_done_callback(self.deliveries.discard)

    async def close(self) -> None:
        """Stop accepting, let running jobs finish (queued ones hear they were cancelled), deliver, then log out."""
        await self.runtime.close(grace_s=self.config.runtime.shutdown_grace_s)
        pending = [task for task in self.deliveries if task is not asyncio.current_task()]
        if pending:
            await asyncio.wait(pending, timeout=DELIVERY_GRACE_S)
        await super().close()
        await self.storage.close()
        if self.lag_watch is not None:
            self.lag_watch.cancel()
        if self.health is not None:
            await self.health.stop()


async def run_bot(config: Config, token: str) -> None:
    point_discord_at(config)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with GenBot(config) as client:
        running = asyncio.create_task(client.start(token))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stopping.done():
            log.info("shutting down")
            await client.close()
        else:
            stopping.cancel()
        await running  # re-raises a login failure
