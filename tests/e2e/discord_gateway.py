"""Gateway half of the fake Discord server: HELLO, IDENTIFY/READY, heartbeats, RESUME with replay, dispatches,
and sharding (an IDENTIFY with `shard: [id, count]` gets only its shard's guilds and their events; DMs go to shard 0).

Frames are JSON text, or zlib-stream-compressed binary frames when the client connects with
`?compress=zlib-stream` (each frame ends with a Z_SYNC_FLUSH, as discord.py expects). For `zstd-stream` the server
answers in plain text, which discord.py always accepts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import zlib
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from .discord_server import FakeDiscord

log = logging.getLogger("fakediscord.gateway")

OP_DISPATCH, OP_HEARTBEAT, OP_IDENTIFY, OP_PRESENCE, OP_VOICE_STATE = 0, 1, 2, 3, 4
OP_RESUME, OP_RECONNECT, OP_REQUEST_MEMBERS, OP_INVALID_SESSION, OP_HELLO, OP_HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11

INTENT_GUILDS = 1 << 0
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12


@dataclass
class GatewayEvent:
    """One thing that happened on the gateway, for tests: connect, identify, resume, invalid_session, close."""

    kind: str
    at: float
    path: str = ""
    session_id: str | None = None
    detail: Any = None


class GatewayConnection:
    """One WebSocket connection; serialises sends so that the zlib stream stays in order."""

    def __init__(self, ws: web.WebSocketResponse, path: str, compress: str | None) -> None:
        self.ws = ws
        self.path = path
        self.compress = compress
        self._zlib = zlib.compressobj() if compress == "zlib-stream" else None
        self._lock = asyncio.Lock()
        self.session: GatewaySession | None = None
        self.heartbeats = 0

    @property
    def open(self) -> bool:
        return not self.ws.closed

    async def send(self, frame: dict[str, Any]) -> None:
        text = json.dumps(frame)
        async with self._lock:
            if self.ws.closed:
                return
            if self._zlib is not None:
                data = self._zlib.compress(text.encode()) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
                await self.ws.send_bytes(data)
            else:
                await self.ws.send_str(text)


@dataclass
class GatewaySession:
    """A gateway session: survives its connection, buffers its dispatches for RESUME."""

    id: str
    intents: int
    frames: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=10_000))
    seq: int = 0
    conn: GatewayConnection | None = None
    invalidated: bool = False
    resumes: int = 0
    presence: dict[str, Any] | None = None
    shard: tuple[int, int] | None = None  # (shard id, shard count) from IDENTIFY; None = unsharded

    def owns(self, guild_id: int | None) -> bool:
        """Whether Discord would send this guild's events (None: a DM) to this session."""
        if self.shard is None:
            return True
        shard_id, count = self.shard
        return (0 if guild_id is None else (guild_id >> 22) % count) == shard_id

    @property
    def connected(self) -> bool:
        return self.conn is not None and self.conn.open

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        self.seq += 1
        frame = {"op": OP_DISPATCH, "t": event, "s": self.seq, "d": data}
        self.frames.append(frame)
        if self.conn is not None:
            try:
                await self.conn.send(frame)
            except (ConnectionError, RuntimeError) as exc:  # the frame stays buffered for RESUME
                log.debug("dispatch %s lost on a closing connection: %s", event, exc)
        return self.seq


class Gateway:
    def __init__(self, server: FakeDiscord, *, heartbeat_interval_ms: int) -> None:
        self.server = server
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.sessions: dict[str, GatewaySession] = {}
        self.current: GatewaySession | None = None  # the session identified or resumed last
        self.shard_sessions: dict[int, GatewaySession] = {}  # shard id -> its session, while sharded
        self.connections: list[GatewayConnection] = []
        self.events: list[GatewayEvent] = []
        self.available = True
        self.identify_count = 0
        self.resume_count = 0

    # ---- state for tests -------------------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self.current is not None and self.current.connected

    def shards_connected(self, count: int) -> bool:
        """Every one of `count` shards has identified (with that count) and is connected."""
        return (len(self.shard_sessions) == count and all(s.connected and s.shard is not None and s.shard[1] == count
                                                          for s in self.shard_sessions.values()))

    def session_for(self, guild_id: int | None) -> GatewaySession | None:
        """The session that receives this guild's events (None: DMs), as Discord routes them between shards."""
        if not self.shard_sessions:
            return self.current
        return next((s for s in self.shard_sessions.values() if s.owns(guild_id)), None)

    def _event(self, kind: str, path: str = "", session: GatewaySession | None = None, detail: Any = None) -> None:
        self.events.append(GatewayEvent(kind, self.server.clock(), path, session.id if session else None, detail))
        log.debug("gateway %s %s %s", kind, session.id if session else "", detail if detail is not None else "")
        self.server.notify()

    # ---- server-initiated actions ----------------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send an event to the session of its guild's shard (DMs and guild-less events: shard 0)."""
        guild = data.get("guild_id") or (data.get("id") if event.startswith("GUILD_") else None)
        session = self.session_for(int(guild) if guild else None)
        if session is None:
            raise RuntimeError(f"cannot dispatch {event}: no bot session (for guild {guild}) has identified yet")
        return await session.dispatch(event, data)

    async def drop(self, code: int = 4000) -> None:
        """Close the current connection with `code` (4000 and most 4xxx codes are resumable)."""
        if self.current is None or self.current.conn is None:
            raise RuntimeError("no gateway connection to drop")
        conn = self.current.conn
        self.current.conn = None
        await conn.ws.close(code=code, message=b"fake discord: dropped by test")

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        if self.current is None or self.current.conn is None:
            raise RuntimeError("no gateway connection")
        if not resumable:
            self.current.invalidated = True
        await self.current.conn.send({"op": OP_INVALID_SESSION, "d": resumable, "s": None, "t": None})

    async def request_reconnect(self) -> None:
        if self.current is None or self.current.conn is None:
            raise RuntimeError("no gateway connection")
        await self.current.conn.send({"op": OP_RECONNECT, "d": None, "s": None, "t": None})

    async def close_all(self) -> None:
        for conn in list(self.connections):
            if conn.open:
                await conn.ws.close(code=1001, message=b"fake discord stopping")

    # ---- the WebSocket endpoint ------------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if not self.available:
            return self.server.rest.error(503, 0, "503: Service Unavailable")
        if request.query.get("encoding", "json") != "json":
            return self.server.rest.error(400, 0, "only encoding=json is emulated")
        compress = request.query.get("compress")
        ws = web.WebSocketResponse(max_msg_size=0, timeout=5.0)
        await ws.prepare(request)
        conn = GatewayConnection(ws, request.path, compress)
        self.connections.append(conn)
        self._event("connect", request.path, detail=dict(request.query))
        try:
            await conn.send({"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}, "s": None,
                             "t": None})
            while not ws.closed:
                msg = await ws.receive()
                if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                    break
                if msg.type is not WSMsgType.TEXT:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
                    break
                try:
                    frame = json.loads(msg.data)
                except ValueError:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
                    break
                await self._on_frame(conn, frame)
        finally:
            self.connections.remove(conn)
            if conn.session is not None and conn.session.conn is conn:
                conn.session.conn = None
            self._event("close", request.path, conn.session, ws.close_code)
        return ws

    async def _on_frame(self, conn: GatewayConnection, frame: dict[str, Any]) -> None:
        op, data = frame.get("op"), frame.get("d")
        if op == OP_HEARTBEAT:
            conn.heartbeats += 1
            await conn.send({"op": OP_HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op == OP_IDENTIFY:
            await self._identify(conn, data or {})
        elif op == OP_RESUME:
            await self._resume(conn, data or {})
        elif conn.session is None:
            await conn.ws.close(code=4003, message=b"Not authenticated.")
        elif op == OP_PRESENCE:
            conn.session.presence = data
            self._event("presence", conn.path, conn.session, data)
        elif op == OP_REQUEST_MEMBERS:
            members = [u.member_payload(joined_at=self.server.joined_at) for u in self.server.all_members()]
            await conn.session.dispatch("GUILD_MEMBERS_CHUNK", {
                "guild_id": str((data or {}).get("guild_id") or self.server.guild_id), "members": members, "chunk_index": 0, "chunk_count": 1,
                "not_found": [], "nonce": (data or {}).get("nonce")})
        elif op == OP_VOICE_STATE:
            pass
        else:
            await conn.ws.close(code=4001, message=b"Unknown opcode.")

    async def _identify(self, conn: GatewayConnection, data: dict[str, Any]) -> None:
        if conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated.")
            return
        if data.get("token") != self.server.token:
            self._event("auth_failed", conn.path)
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        session = GatewaySession(id=secrets.token_hex(16), intents=int(data.get("intents") or 0))
        session.presence = data.get("presence")
        shard = data.get("shard")
        if shard is not None:
            if not (isinstance(shard, list) and len(shard) == 2 and 0 <= shard[0] < shard[1]):
                await conn.ws.close(code=4010, message=b"Invalid shard.")
                return
            session.shard = (int(shard[0]), int(shard[1]))
            if any(s.shard is None or s.shard[1] != shard[1] for s in self.shard_sessions.values()):
                self.shard_sessions.clear()  # resharded: the old layout is gone
            self.shard_sessions[session.shard[0]] = session
        else:
            self.shard_sessions.clear()
        session.conn = conn
        conn.session = session
        self.sessions[session.id] = session
        self.current = session
        guilds = [gid for gid in self.server.guilds if session.owns(gid)]
        ready: dict[str, Any] = {
            "v": 10,
            "user": {**self.server.bot.user_payload(), "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(gid), "unavailable": True} for gid in guilds],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.server.resume_gateway_url,
            "application": {"id": str(self.server.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "_trace": ["fake-discord"],
        }
        if "shard" in data:
            ready["shard"] = data["shard"]
        await session.dispatch("READY", ready)
        if session.intents & INTENT_GUILDS:  # without it Discord sends no GUILD_CREATE (nor channel events)
            for gid in guilds:
                await session.dispatch("GUILD_CREATE", self.server.guild_payload(gid))
        self.identify_count += 1
        self._event("identify", conn.path, session, {"intents": session.intents, "shard": data.get("shard")})

    async def _resume(self, conn: GatewayConnection, data: dict[str, Any]) -> None:
        session = self.sessions.get(str(data.get("session_id")))
        seq = int(data.get("seq") or 0)
        too_old = session is not None and session.frames and seq < session.frames[0]["s"] - 1
        if session is None or session.invalidated or too_old or data.get("token") != self.server.token:
            self._event("invalid_session", conn.path, session, data.get("session_id"))
            await conn.send({"op": OP_INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        if session.conn is not None and session.conn is not conn and session.conn.open:
            await session.conn.ws.close(code=4000, message=b"Session resumed elsewhere.")
        session.conn = conn
        conn.session = session
        self.current = session
        if session.shard is not None:
            self.shard_sessions[session.shard[0]] = session
        missed = [f for f in session.frames if f["s"] > seq]
        for frame in missed:
            await conn.send(frame)
        session.resumes += 1
        self.resume_count += 1
        await session.dispatch("RESUMED", {"_trace": ["fake-discord"]})
        self._event("resume", conn.path, session, {"seq": seq, "replayed": [f["t"] for f in missed]})
