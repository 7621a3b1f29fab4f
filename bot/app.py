"""The Discord bot: a discord.py client with an app-command tree, sharing one inference runtime and one SQLite file."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

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

GIL_SWITCH_INTERVAL_S = 0.001
DELIVERY_GRACE_S = 10.0  # after the runtime stops, how long replies already under way get to reach Discord
IDENTIFY_INTERVAL_S = 5.0  # Discord's identify rate limit: one bucket of max_concurrency shards per 5 seconds


def shard_options(config: Config) -> dict[str, object]:
    """Client keyword arguments for `[discord] shard_count` / `shard_ids` (none for an unsharded client, or for
    shard_count = 0, where discord.py asks Discord how many shards to run)."""
    count = config.discord.shard_count
    if count < 2:
        return {}
    return {"shard_count": count, "shard_ids": list(config.discord.shard_ids) or None}


def syncs_commands(config: Config) -> bool:
    """Commands are global to the application: of several shard processes, only the one with shard 0 syncs them."""
    return not config.discord.shard_ids or 0 in config.discord.shard_ids


def point_discord_at(config: Config) -> None:
    """Use another Discord-compatible endpoint (a proxy, or a local server in tests) when the config names one."""
    if config.discord.api_base:
        discord.http.Route.BASE = config.discord.api_base
    if config.discord.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.discord.gateway_url)


class GenBot(discord.Client):
    def __init__(self, config: Config) -> None:
        # GUILDS (not privileged) lets threads know their parent channel, which the NSFW rules need.
        super().__init__(intents=discord.Intents(guilds=True), **shard_options(config))
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
        if self.config.discord.sync_commands and syncs_commands(self.config):
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


class ShardedGenBot(GenBot, discord.AutoShardedClient):
    """The same bot over several gateway connections (`[discord] shard_count` 0 or > 1). Every shard shares this
    process's runtime; with the Ray backend, every shard process shares the cluster's deployments."""

    _start_limits: discord.SessionStartLimits | None = None
    _identified: set[int]

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Discord lets `max_concurrency` shards identify at once (buckets of shard_id % max_concurrency); discord.py
        waits 5 s before every shard but the first. At start-up, wait only where a new bucket begins."""
        identified = self.__dict__.setdefault("_identified", set())
        first_time = shard_id is not None and shard_id not in identified
        if shard_id is not None:
            identified.add(shard_id)
        if initial:
            return
        if first_time and shard_id is not None:
            if self._start_limits is None:
                try:
                    self._start_limits = await self.fetch_session_start_limits()
                except discord.HTTPException:
                    pass
            concurrency = self._start_limits.max_concurrency if self._start_limits else 1
            if shard_id % max(1, concurrency):
                return
        await asyncio.sleep(IDENTIFY_INTERVAL_S)


async def run_bot(config: Config, token: str) -> None:
    point_discord_at(config)
    # Model threads run Python between torch ops; with the default 5 ms switch interval the loop can wait that long
    # for the GIL each time it wakes. 1 ms roughly halved the p99 loop lag under load at no cost in throughput
    # (benchmarks/ops.py --only loop_lag).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    bot_class = GenBot if config.discord.shard_count == 1 else ShardedGenBot
    async with bot_class(config) as client:
        running = asyncio.create_task(client.start(token))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stopping.done():
            log.info("shutting down")
            await client.close()
        else:
            stopping.cancel()
        await running  # re-raises a login failure
