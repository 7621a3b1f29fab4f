"""Whether a member may run a command here and now: a few named conditions, checked before any work."""

from __future__ import annotations

import time

import discord

from bot.config import Config
from bot.storage import GuildSettings, Storage


class Gate:
    def __init__(self, config: Config, storage: Storage) -> None:
        self.config = config
        self.storage = storage
        self.last_request: dict[tuple[int | None, int], float] = {}  # (guild, user) → time of the last accepted one

    async def refusal(self, interaction: discord.Interaction, settings: GuildSettings,
                      command: str) -> tuple[str, dict[str, object]] | None:
        """None when the request may go ahead, else the i18n key and parameters of the reason."""
        now = time.time()
        guild, user = interaction.guild_id, interaction.user.id
        in_dm = guild is None
        dms_refused = in_dm and not self.config.discord.allow_dms
        command_off = not settings.command_allowed(command, interaction.channel_id)
        strikes = await self.storage.strikes_since(guild, user, now - self.config.safety.strike_window_s)
        paused_for_strikes = strikes >= self.config.safety.strike_threshold
        wait = settings.cooldown_s - (now - self.last_request.get((guild, user), 0.0))
        cooling_down = settings.cooldown_s > 0 and wait > 0

        if dms_refused:
            return "gate.dms_refused", {}
        if command_off:
            return "gate.command_off", {"command": command}
        if paused_for_strikes:
            return "gate.strikes", {"minutes": round(self.config.safety.strike_window_s / 60)}
        if cooling_down:
            return "gate.cooldown", {"seconds": max(1, round(wait))}
        self.last_request[(guild, user)] = now
        return None
