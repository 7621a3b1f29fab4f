"""Whether a member may run a command here and now: a few named conditions, checked before any work.

Strikes (blocked requests) live in SQLite so they survive restarts, and in memory so that checking them costs no
disk I/O on the path to Discord's 3-second deadline.
"""

from __future__ import annotations

import collections
import time

import discord

from bot.config import Config
from bot.storage import GuildSettings, Storage

UserKey = tuple[int | None, int]  # (guild id or None for DMs, user id)


class Gate:
    def __init__(self, config: Config, storage: Storage) -> None:
        self.config = config
        self.storage = storage
        self.last_request: dict[UserKey, float] = {}  # time of each user's last accepted request
        self._strikes: dict[UserKey, collections.deque[float]] = {}

    async def strike_count(self, key: UserKey) -> int:
        """Blocked requests of this user within the strike window."""
        since = time.time() - self.config.safety.strike_window_s
        times = self._strikes.get(key)
        if times is None:
            times = collections.deque(await self.storage.strike_times(*key, since=since))
            self._strikes[key] = times
        while times and times[0] < since:
            times.popleft()
        return len(times)

    async def add_strike(self, key: UserKey, category: str | None) -> int:
        """Record a blocked request; returns the user's strike count within the window, this one included."""
        count = await self.strike_count(key)
        self._strikes[key].append(time.time())
        await self.storage.add_strike(*key, category)
        return count + 1

    def forget(self, user_id: int) -> None:
        for key in [k for k in self._strikes if k[1] == user_id]:
            del self._strikes[key]

    async def refusal(self, interaction: discord.Interaction, settings: GuildSettings,
                      command: str) -> tuple[str, dict[str, object]] | None:
        """None when the request may go ahead, else the i18n key and parameters of the reason."""
        now = time.time()
        key: UserKey = (interaction.guild_id, interaction.user.id)
        in_dm = interaction.guild_id is None
        dms_refused = in_dm and not self.config.discord.allow_dms
        parent_id = getattr(interaction.channel, "parent_id", None)  # a thread follows its channel's switches
        command_off = not settings.command_allowed(command, interaction.channel_id) or (
            parent_id is not None and not settings.command_allowed(command, parent_id))
        paused_for_strikes = await self.strike_count(key) >= self.config.safety.strike_threshold
        wait = settings.cooldown_s - (now - self.last_request.get(key, 0.0))
        cooling_down = settings.cooldown_s > 0 and wait > 0

        if dms_refused:
            return "gate.dms_refused", {}
        if command_off:
            return "gate.command_off", {"command": command}
        if paused_for_strikes:
            return "gate.strikes", {"minutes": round(self.config.safety.strike_window_s / 60)}
        if cooling_down:
            return "gate.cooldown", {"seconds": max(1, round(wait))}
        self.last_request[key] = now
        return None
