"""The bot's SQLite file: per-guild settings, the moderation audit log and strike records.

One aiosqlite connection (its own thread), so the event loop never blocks on disk. WAL mode with synchronous=FULL:
every committed row survives a crash or `kill -9`, and a crash mid-write leaves the file consistent.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiosqlite

SCHEMA = """
CREATE TABLE IF NOT EXISTS guild_settings (
    guild_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (guild_id, key)
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts REAL NOT NULL,
    guild_id INTEGER,
    channel_id INTEGER,
    user_id INTEGER NOT NULL,
    command TEXT NOT NULL,
    prompt TEXT,
    prompt_sha256 TEXT NOT NULL,
    decision TEXT NOT NULL,
    category TEXT,
    layer TEXT,
    latency_ms REAL
);
CREATE INDEX IF NOT EXISTS audit_user ON audit (user_id);
CREATE INDEX IF NOT EXISTS audit_guild_ts ON audit (guild_id, ts);
CREATE TABLE IF NOT EXISTS strikes (
    guild_id INTEGER,
    user_id INTEGER NOT NULL,
    ts REAL NOT NULL,
    category TEXT
);
CREATE INDEX IF NOT EXISTS strikes_user ON strikes (guild_id, user_id, ts);
CREATE TABLE IF NOT EXISTS jobs (
    ref INTEGER PRIMARY KEY AUTOINCREMENT,
    ts REAL NOT NULL,
    guild_id INTEGER,
    user_id INTEGER NOT NULL,
    command TEXT NOT NULL,
    options TEXT NOT NULL
);
"""

DM_GUILD = 0  # settings key for direct messages


@dataclass(frozen=True)
class GuildSettings:
    """Per-guild settings with their declared defaults; only values that differ from these are stored."""

    policy: str = "strict"  # strict | standard | nsfw (nsfw: adult content only in age-restricted channels)
    disabled_commands: tuple[str, ...] = ()  # commands switched off in this guild
    channel_commands: dict[str, list[str]] = field(default_factory=dict)  # channel id → only these commands there
    cooldown_s: float = 0.0  # per-user pause between requests
    mod_log_channel_id: int | None = None  # where strike notices and reports go
    retention_days: int = 30  # audit rows older than this are deleted
    store_prompts: bool = True  # False: the audit log keeps only a hash of each prompt
    blocked_terms: tuple[str, ...] = ()  # extra terms this guild blocks
    max_new_tokens: int | None = None  # a lower /write limit for this guild
    draw_count_limit: int | None = None  # a lower /draw count limit for this guild

    def command_allowed(self, command: str, channel_id: int | None) -> bool:
        if command in self.disabled_commands:
            return False
        only = self.channel_commands.get(str(channel_id)) if channel_id is not None else None
        return only is None or command in only


SETTING_NAMES = {f.name for f in dataclasses.fields(GuildSettings)}
TUPLE_SETTINGS = {f.name for f in dataclasses.fields(GuildSettings) if isinstance(f.default, tuple)}


@dataclass(frozen=True)
class AuditEntry:
    guild_id: int | None
    channel_id: int | None
    user_id: int
    command: str
    prompt: str
    decision: str  # allowed | blocked | done | failed | ...
    category: str | None = None
    layer: str | None = None
    latency_ms: float | None = None


class Storage:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db: aiosqlite.Connection | None = None
        self._settings_cache: dict[int, GuildSettings] = {}

    async def open(self) -> "Storage":
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path)
        await self._db.execute("PRAGMA journal_mode=WAL")
        await self._db.execute("PRAGMA synchronous=FULL")
        await self._db.executescript(SCHEMA)
        await self._db.commit()
        return self

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None

    @property
    def db(self) -> aiosqlite.Connection:
        assert self._db is not None, "Storage.open() first"
        return self._db

    # -- per-guild settings --

    async def settings(self, guild_id: int | None) -> GuildSettings:
        gid = guild_id or DM_GUILD
        cached = self._settings_cache.get(gid)
        if cached is not None:
            return cached
        async with self.db.execute("SELECT key, value FROM guild_settings WHERE guild_id = ?", (gid,)) as cur:
            stored = {key: json.loads(value) async for key, value in cur if key in SETTING_NAMES}
        for key in TUPLE_SETTINGS & stored.keys():
            stored[key] = tuple(stored[key])
        settings = GuildSettings(**stored)
        self._settings_cache[gid] = settings
        return settings

    async def update_settings(self, guild_id: int | None, **changes: Any) -> GuildSettings:
        gid = guild_id or DM_GUILD
        unknown = set(changes) - SETTING_NAMES
        if unknown:
            raise KeyError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        defaults = GuildSettings()
        for key, value in changes.items():
            if value == getattr(defaults, key):
                await self.db.execute("DELETE FROM guild_settings WHERE guild_id = ? AND key = ?", (gid, key))
            else:
                stored = list(value) if isinstance(value, tuple) else value
                await self.db.execute("INSERT OR REPLACE INTO guild_settings VALUES (?, ?, ?)",
                                      (gid, key, json.dumps(stored)))
        await self.db.commit()
        self._settings_cache.pop(gid, None)
        return await self.settings(guild_id)

    # -- audit log --

    async def record(self, entry: AuditEntry, *, store_prompt: bool = True) -> None:
        digest = hashlib.sha256(entry.prompt.encode()).hexdigest()
        await self.db.execute(
            "INSERT INTO audit (ts, guild_id, channel_id, user_id, command, prompt, prompt_sha256, decision, category,"
            " layer, latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (time.time(), entry.guild_id, entry.channel_id, entry.user_id, entry.command,
             entry.prompt if store_prompt else None, digest, entry.decision, entry.category, entry.layer,
             entry.latency_ms))
        await self.db.commit()

    async def audit_rows(self, **where: Any) -> list[dict[str, Any]]:
        clause = " AND ".join(f"{key} = ?" for key in where) or "1"
        self.db.row_factory = aiosqlite.Row
        try:
            async with self.db.execute(f"SELECT * FROM audit WHERE {clause} ORDER BY id", tuple(where.values())) as cur:
                return [dict(row) async for row in cur]
        finally:
            self.db.row_factory = None

    async def purge_expired(self, now: float | None = None) -> int:
        """Delete audit rows older than each guild's retention. Returns how many went."""
        now = now if now is not None else time.time()
        deleted = 0
        async with self.db.execute("SELECT DISTINCT COALESCE(guild_id, 0) FROM audit") as cur:
            guilds = [gid async for (gid,) in cur]
        max_retention = GuildSettings().retention_days
        for gid in guilds:
            settings = await self.settings(gid)
            max_retention = max(max_retention, settings.retention_days)
            cutoff = now - settings.retention_days * 86400
            cursor = await self.db.execute("DELETE FROM audit WHERE COALESCE(guild_id, 0) = ? AND ts < ?",
                                           (gid, cutoff))
            deleted += cursor.rowcount
        await self.db.execute("DELETE FROM strikes WHERE ts < ?", (now - 30 * 86400,))
        await self.db.execute("DELETE FROM jobs WHERE ts < ?", (now - max_retention * 86400,))
        await self.db.commit()
        return deleted

    async def forget_user(self, user_id: int) -> int:
        """Erase every record of a user (audit rows and strikes). Returns the number of rows removed."""
        a = await self.db.execute("DELETE FROM audit WHERE user_id = ?", (user_id,))
        s = await self.db.execute("DELETE FROM strikes WHERE user_id = ?", (user_id,))
        j = await self.db.execute("DELETE FROM jobs WHERE user_id = ?", (user_id,))
        await self.db.commit()
        return a.rowcount + s.rowcount + j.rowcount

    # -- finished jobs, so their Re-roll and Report buttons work after a restart --

    async def remember_job(self, guild_id: int | None, user_id: int, command: str, options: dict[str, Any]) -> int:
        cursor = await self.db.execute("INSERT INTO jobs (ts, guild_id, user_id, command, options) VALUES (?, ?, ?, ?, ?)",
                                       (time.time(), guild_id, user_id, command, json.dumps(options)))
        await self.db.commit()
        return int(cursor.lastrowid or 0)

    async def job(self, ref: int) -> dict[str, Any] | None:
        async with self.db.execute("SELECT guild_id, user_id, command, options FROM jobs WHERE ref = ?",
                                   (ref,)) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        return {"guild_id": row[0], "user_id": row[1], "command": row[2], "options": json.loads(row[3])}

    # -- strikes --

    async def add_strike(self, guild_id: int | None, user_id: int, category: str | None) -> None:
        await self.db.execute("INSERT INTO strikes VALUES (?, ?, ?, ?)", (guild_id or DM_GUILD, user_id, time.time(),
                                                                          category))
        await self.db.commit()

    async def strike_times(self, guild_id: int | None, user_id: int, since: float) -> list[float]:
        async with self.db.execute("SELECT ts FROM strikes WHERE guild_id = ? AND user_id = ? AND ts >= ? ORDER BY ts",
                                   (guild_id or DM_GUILD, user_id, since)) as cur:
            return [ts async for (ts,) in cur]
