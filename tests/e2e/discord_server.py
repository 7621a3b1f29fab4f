"""`FakeDiscord`: a local Discord (REST + gateway) for end-to-end tests of an unmodified discord.py bot.

Usage (see tests/e2e/conftest.py for the fixtures)::

    fake = FakeDiscord()
    await fake.start()                 # http://127.0.0.1:<port>/api/v10 and ws://127.0.0.1:<port>/gateway
    ...                                # start the bot with fake.api_base / fake.gateway_url / fake.token
    await fake.wait_ready()
    inter = await fake.send_command("ping")
    msg = await inter.wait_response()  # deferred, then @original edited
    assert not inter.late              # first callback within 3 s of dispatch
    click = await fake.click_button(msg, "echo:again")
    await fake.stop()

The test guild has text channels "general" and "nsfw" (age-restricted) and a public thread in each
("general-thread", "nsfw-thread"); users "alice" and "bob" (members) and "admin" (Administrator, guild owner).

Sharding: `FakeDiscord(shards=2)` recommends two shards on `GET /gateway/bot`; a session that IDENTIFYs with
`shard: [id, count]` receives the guilds (READY, GUILD_CREATE) and the guild events of shard
`(guild_id >> 22) % count` only, DMs on shard 0, as Discord routes them. `add_guild(name, shard=(1, 2))` adds a guild
(with its own "NAME-general" channel; every user is a member) whose id lands on that shard.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import time
from dataclasses import dataclass
from typing import Any, Callable, TypeVar

from aiohttp import web

from .discord_gateway import INTENT_DIRECT_MESSAGES, INTENT_GUILD_MESSAGES, INTENT_GUILDS, Gateway
from .discord_models import (
    ADMIN_PERMISSIONS, ADMINISTRATOR, BOT_PERMISSIONS, DM, GUILD_TEXT, MEMBER_PERMISSIONS, MiB, OPT_ATTACHMENT, OPT_BOOLEAN,
    OPT_CHANNEL, OPT_INTEGER, OPT_MENTIONABLE, OPT_NUMBER, OPT_ROLE, OPT_STRING, OPT_SUB_COMMAND,
    OPT_SUB_COMMAND_GROUP, OPT_USER, PUBLIC_THREAD, FakeFile, FakeMessage, FakeUser, Snowflakes, iso_now, make_token,
)
from .discord_rest import FaultRule, RateLimitRule, RequestRecord, RestApi, match_route

T = TypeVar("T")

__all__ = ["FakeDiscord", "FakeInteraction", "InteractionEvent", "FakeFile", "FakeMessage", "FakeUser"]


@dataclass
class InteractionEvent:
    """Something the bot did with an interaction. `kind` is one of: callback, edit, delete, followup,
    followup_edit, followup_delete, rejected_late. `message` is a snapshot of the message right after it."""

    kind: str
    at: float  # seconds since the INTERACTION_CREATE was dispatched
    payload: dict[str, Any]
    files: list[FakeFile]
    message: FakeMessage | None


class FakeInteraction:
    """Handle on one dispatched interaction: what the bot answered, and when."""

    def __init__(self, server: FakeDiscord, *, id: int, token: str, type: int, name: str, payload: dict[str, Any],
                 channel_id: int, user: FakeUser, source_message: FakeMessage | None) -> None:
        self.server = server
        self.id = id
        self.token = token
        self.type = type  # 2 command, 3 component, 5 modal submit
        self.name = name  # command path ("settings locale") or component custom_id
        self.payload = payload  # the INTERACTION_CREATE data as dispatched
        self.channel_id = channel_id
        self.user = user
        self.source_message = source_message  # the message a component sat on
        self.dispatched_at = server.clock()
        self.callback_type: int | None = None
        self.callback_data: dict[str, Any] | None = None
        self.callback_latency: float | None = None
        self.original: FakeMessage | None = None
        self.followups: list[FakeMessage] = []
        self.modal: dict[str, Any] | None = None
        self.events: list[InteractionEvent] = []
        self._expired = False

    def __repr__(self) -> str:
        return (f"<FakeInteraction {self.name!r} type={self.type} callback={self.callback_type} "
                f"latency={self.callback_latency} events={[e.kind for e in self.events]}>")

    def _record(self, kind: str, payload: dict[str, Any], files: list[FakeFile], message: FakeMessage | None) -> None:
        snapshot = copy.deepcopy(message) if message is not None else None
        self.events.append(InteractionEvent(kind, self.server.clock() - self.dispatched_at, payload, list(files),
                                            snapshot))
        self.server.notify()

    # ---- state ----

    @property
    def deadline(self) -> float:
        return self.server.callback_deadline

    @property
    def late(self) -> bool:
        """Discord's 3-second rule broken: the first callback came later than the deadline, or not yet and it's past."""
        if self.callback_latency is not None:
            return self.callback_latency > self.deadline
        return self.server.clock() - self.dispatched_at > self.deadline

    @property
    def deferred(self) -> bool:
        return self.callback_type in (5, 6)

    @property
    def edits(self) -> list[InteractionEvent]:
        """Edits of @original, in order (each with a snapshot of the message after it)."""
        return [e for e in self.events if e.kind == "edit"]

    @property
    def files(self) -> list[FakeFile]:
        """Attachments currently on the response and the follow-ups that still exist."""
        messages = [m for m in [self.original, *self.followups] if m is not None and not m.deleted]
        return [f for m in messages for f in m.attachments]

    @property
    def expired(self) -> bool:
        """The token is dead (15 minutes by default, or `expire()`): webhook calls answer 401 50027."""
        return self._expired or self.server.clock() - self.dispatched_at > self.server.token_lifetime

    def expire(self) -> None:
        """Make the interaction token invalid now, as if its 15 minutes were over."""
        self._expired = True

    # ---- waiting ----

    async def wait_until(self, predicate: Callable[[], T | None], timeout: float = 60.0,
                         what: str = "condition") -> T:
        return await self.server.wait_until(predicate, timeout, f"{what} on {self!r}")

    async def wait_callback(self, timeout: float = 30.0) -> InteractionEvent:
        return await self.wait_until(lambda: next((e for e in self.events if e.kind == "callback"), None), timeout,
                                     "the interaction callback")

    async def wait_response(self, predicate: Callable[[FakeMessage], bool] | None = None,
                            timeout: float = 60.0) -> FakeMessage:
        """The @original message once it exists, is no longer "thinking" and satisfies `predicate`."""
        def ready() -> FakeMessage | None:
            msg = self.original
            if msg is None or msg.deleted or msg.loading:
                return None
            if self.callback_type == 6 and not self.edits:
                return None  # a deferred update: wait for the edit
            return msg if predicate is None or predicate(msg) else None
        return await self.wait_until(ready, timeout, "the response message")

    async def wait_edits(self, count: int = 1, timeout: float = 60.0) -> list[InteractionEvent]:
        return await self.wait_until(lambda: self.edits if len(self.edits) >= count else None, timeout,
                                     f"{count} edit(s) of @original")

    async def wait_followups(self, count: int = 1, timeout: float = 60.0) -> list[FakeMessage]:
        return await self.wait_until(lambda: self.followups if len(self.followups) >= count else None, timeout,
                                     f"{count} follow-up(s)")

    async def wait_files(self, count: int = 1, timeout: float = 60.0) -> list[FakeFile]:
        return await self.wait_until(lambda: self.files if len(self.files) >= count else None, timeout,
                                     f"{count} attachment(s)")

    async def wait_settled(self, quiet: float = 1.0, timeout: float = 60.0) -> FakeInteraction:
        """Wait for the callback, then until the bot has not touched this interaction for `quiet` seconds."""
        await self.wait_callback(timeout)
        deadline = self.server.clock() + timeout
        while True:
            last = self.dispatched_at + (self.events[-1].at if self.events else 0.0)
            idle = self.server.clock() - last
            if idle >= quiet:
                return self
            if self.server.clock() > deadline:
                raise TimeoutError(f"{self!r} did not settle within {timeout}s")
            await asyncio.sleep(quiet - idle + 0.01)


class FakeDiscord:
    """A local Discord for one bot: REST on `api_base`, gateway on `gateway_url`, one guild, a few users."""

    def __init__(self, *, guild_locale: str = "en-US", upload_limit: int = 10 * MiB, callback_deadline: float = 3.0,
                 enforce_deadline: bool = False, heartbeat_interval_ms: int = 41_250,
                 token_lifetime: float = 900.0, message_events: bool = True, reaction_delay: float = 0.2,
                 host: str = "127.0.0.1", shards: int = 1, max_concurrency: int = 1) -> None:
        self.host = host
        self.shards = shards  # what GET /gateway/bot recommends
        self.max_concurrency = max_concurrency  # session_start_limit.max_concurrency of GET /gateway/bot
        self.port = 0
        self.upload_limit = upload_limit
        self.callback_deadline = callback_deadline
        self.enforce_deadline = enforce_deadline  # True: late callbacks get 404 10062 like real Discord
        self.token_lifetime = token_lifetime  # interaction tokens (webhook edits, follow-ups) die after this
        self.message_events = message_events  # dispatch MESSAGE_CREATE/UPDATE/DELETE for the bot's messages
        # A user needs time to see a message before clicking it. Without this pause a click could reach the bot
        # before the HTTP response that lets discord.py register the view (a race no human can trigger).
        self.reaction_delay = reaction_delay
        self.ids = Snowflakes()
        self.bot = FakeUser(self.ids.next(), "GenBot", permissions=BOT_PERMISSIONS, bot=True)
        self.application_id = self.bot.id
        self.token = (base64.b64encode(str(self.bot.id).encode()).decode().rstrip("=") + ".Gfake0."
                      + make_token("", 38))
        self.guild_id = self.ids.next()
        self.guild_name = "Genbot Test Guild"
        self.guilds: dict[int, str] = {self.guild_id: self.guild_name}  # every guild, by id -> name
        self.guild_locale = guild_locale
        self.joined_at = iso_now()
        self.admin_role_id = self.ids.next()
        self.users: dict[str, FakeUser] = {}
        self.add_user("alice")
        self.add_user("bob")
        self.add_user("admin", permissions=ADMIN_PERMISSIONS, roles=[self.admin_role_id])
        self.channels: dict[int, dict[str, Any]] = {}
        self._bot_perms: dict[int, int] = {}
        general = self._new_channel("general")
        nsfw = self._new_channel("nsfw", nsfw=True)
        self._new_channel("general-thread", parent=general)
        self._new_channel("nsfw-thread", parent=nsfw)
        self.commands: dict[int | None, dict[tuple[int, str], dict[str, Any]]] = {}  # scope (None = global) -> cmds
        self.command_syncs = 0
        self.messages: dict[int, FakeMessage] = {}
        self.files: dict[int, FakeFile] = {}  # files given by tests (attachment options), served on the CDN route
        self.interactions: dict[int, FakeInteraction] = {}
        self.interactions_by_token: dict[str, FakeInteraction] = {}
        self.internal_errors: list[str] = []
        self.rest = RestApi(self)
        self.gateway = Gateway(self, heartbeat_interval_ms=heartbeat_interval_ms)
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None

    # ---- lifecycle -------------------------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        self._runner = web.AppRunner(self.rest.build_app(), handle_signals=False, access_log=None,
                                     shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self.gateway.close_all()
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway-resume"

    @staticmethod
    def clock() -> float:
        return time.monotonic()

    # ---- waiting ---------------------------------------------------------------------------------------------

    def notify(self) -> None:
        """Wake everything waiting in `wait_until` (called on every state change)."""
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def wait_until(self, predicate: Callable[[], T | None], timeout: float = 60.0,
                         what: str = "condition") -> T:
        """Return predicate()'s first truthy value; raise TimeoutError with a diagnosis after `timeout` seconds."""
        deadline = self.clock() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - self.clock()
            if remaining <= 0:
                raise TimeoutError(f"timed out after {timeout}s waiting for {what}\n{self.describe()}")
            event = self._changed
            try:
                await asyncio.wait_for(event.wait(), min(remaining, 0.5))
            except asyncio.TimeoutError:
                pass

    async def wait_ready(self, timeout: float = 60.0, *, since_identify: int = 0, commands: bool = True) -> None:
        """Wait until a bot identified (more than `since_identify` IDENTIFYs in all), is connected, and (if
        `commands`) has synced at least one application command."""
        await self.wait_until(
            lambda: self.gateway.identify_count > since_identify and self.gateway.connected
            and (not commands or any(self.commands.values())),
            timeout, "the bot to identify" + (" and sync commands" if commands else ""))

    async def wait_resumed(self, count: int = 1, timeout: float = 60.0) -> None:
        await self.wait_until(lambda: self.gateway.resume_count >= count and self.gateway.connected, timeout,
                              f"{count} RESUME(s)")

    async def wait_request(self, pattern: str, count: int = 1, timeout: float = 60.0) -> list[RequestRecord]:
        """Wait until `count` requests matched `pattern` ("METHOD /glob"); return them."""
        def found() -> list[RequestRecord] | None:
            hits = self.requests_matching(pattern)
            return hits if len(hits) >= count else None
        return await self.wait_until(found, timeout, f"{count} request(s) matching {pattern!r}")

    async def wait_message(self, predicate: Callable[[FakeMessage], bool], timeout: float = 60.0) -> FakeMessage:
        return await self.wait_until(
            lambda: next((m for m in self.messages.values() if not m.deleted and predicate(m)), None), timeout,
            "a matching message")

    def describe(self) -> str:
        lines = [f"gateway: connected={self.gateway.connected} identifies={self.gateway.identify_count} "
                 f"resumes={self.gateway.resume_count}; commands={sorted(self.command_names())}"]
        lines += ["last requests:"] + [f"  {r.short} -> {r.status}{' ' + r.fault if r.fault else ''}"
                                       for r in self.requests[-10:]]
        if self.unhandled:
            lines.append("unemulated routes called: " + ", ".join(sorted({r.short for r in self.unhandled})))
        if self.internal_errors:
            lines.append("fake server errors: " + "; ".join(self.internal_errors))
        return "\n".join(lines)

    # ---- recorded traffic ------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RequestRecord]:
        return self.rest.requests

    @property
    def unhandled(self) -> list[RequestRecord]:
        """Requests to routes this server does not emulate (they were answered 404)."""
        return self.rest.unhandled

    def requests_matching(self, pattern: str) -> list[RequestRecord]:
        return [r for r in self.rest.requests if match_route(pattern, r.method, r.path, r.route)]

    @property
    def registered_commands(self) -> dict[str, dict[str, Any]]:
        """Global and test-guild commands by name (a guild command shadows a global one of the same name)."""
        found: dict[str, dict[str, Any]] = {}
        for scope in (None, self.guild_id):
            found.update({name: cmd for (_, name), cmd in self.commands.get(scope, {}).items()})
        return found

    def command_names(self) -> list[str]:
        return list(self.registered_commands)

    @property
    def late_interactions(self) -> list[FakeInteraction]:
        return [i for i in self.interactions.values() if i.late]

    def channel_messages(self, channel: int | str, *, interactions: bool = True) -> list[FakeMessage]:
        """Messages in a channel, oldest first; `interactions=False` leaves out interaction responses."""
        cid = int(self.channel(channel)["id"])
        return [m for m in self.messages.values() if m.channel_id == cid and not m.deleted
                and (interactions or m.interaction_metadata is None)]

    # ---- guild, channels, users ------------------------------------------------------------------------------

    def add_user(self, username: str, *, permissions: int = MEMBER_PERMISSIONS,
                 roles: list[int] | None = None) -> FakeUser:
        """A guild member; `permissions` is what their interactions carry as member.permissions."""
        user = FakeUser(self.ids.next(), username, permissions=permissions, roles=roles or [])
        self.users[username] = user
        return user

    def all_members(self) -> list[FakeUser]:
        return [self.bot, *self.users.values()]

    def _new_channel(self, name: str, *, nsfw: bool = False, parent: dict[str, Any] | None = None,
                     guild_id: int | None = None) -> dict[str, Any]:
        cid = self.ids.next()
        guild = str(guild_id or (parent["guild_id"] if parent is not None else self.guild_id))
        if parent is None:
            channel = {"id": str(cid), "type": GUILD_TEXT, "guild_id": guild, "name": name,
                       "position": len(self.channels), "permission_overwrites": [], "nsfw": nsfw, "topic": None,
                       "rate_limit_per_user": 0, "parent_id": None, "last_message_id": None, "flags": 0}
        else:
            channel = {"id": str(cid), "type": PUBLIC_THREAD, "guild_id": guild, "name": name,
                       "parent_id": parent["id"], "owner_id": str(self.users["admin"].id), "last_message_id": None,
                       "message_count": 0, "member_count": 1, "rate_limit_per_user": 0, "flags": 0,
                       "total_message_sent": 0,
                       "thread_metadata": {"archived": False, "auto_archive_duration": 1440,
                                           "archive_timestamp": iso_now(), "locked": False}}
        self.channels[cid] = channel
        return channel

    async def add_channel(self, name: str, *, nsfw: bool = False, parent: int | str | None = None) -> dict[str, Any]:
        """A new text channel (or a public thread under `parent`), announced on the gateway if a bot is there."""
        channel = self._new_channel(name, nsfw=nsfw, parent=self.channel(parent) if parent is not None else None)
        session = self.gateway.session_for(int(channel["guild_id"]))
        if session is not None and session.intents & INTENT_GUILDS:
            await self.gateway.dispatch("THREAD_CREATE" if parent is not None else "CHANNEL_CREATE",
                                        {**channel, **({"newly_created": True} if parent is not None else {})})
        return channel

    def shard_of(self, guild_id: int, shard_count: int) -> int:
        return (guild_id >> 22) % shard_count

    async def add_guild(self, name: str, *, shard: tuple[int, int] | None = None) -> int:
        """A new guild with a text channel "NAME-general"; with `shard=(id, count)` its id lands on that shard.
        Announced (GUILD_CREATE) to the session that owns it, if one is connected."""
        gid = self.ids.next()
        if shard is not None:
            shard_id, count = shard
            stamp = gid >> 22
            stamp += (shard_id - stamp) % count  # the next timestamp part on that shard
            gid = stamp << 22
            self.ids._last = max(self.ids._last, gid)
        self.guilds[gid] = name
        self._new_channel(f"{name}-general", guild_id=gid)
        session = self.gateway.session_for(gid)
        if session is not None and session.intents & INTENT_GUILDS:
            await session.dispatch("GUILD_CREATE", self.guild_payload(gid))
        return gid

    def channel(self, ref: int | str) -> dict[str, Any]:
        """A channel by id or name."""
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            found = self.channels.get(int(ref))
        else:
            found = next((c for c in self.channels.values() if c.get("name") == ref), None)
        if found is None:
            raise LookupError(f"no channel {ref!r}; have {[c.get('name') for c in self.channels.values()]}")
        return found

    def channel_is_nsfw(self, ref: int | str) -> bool:
        channel = self.channel(ref)
        if channel["type"] == PUBLIC_THREAD:
            return bool(self.channel(channel["parent_id"]).get("nsfw"))
        return bool(channel.get("nsfw"))

    def dm_channel(self, user: FakeUser) -> dict[str, Any]:
        for channel in self.channels.values():
            if channel["type"] == DM and channel["recipients"][0]["id"] == str(user.id):
                return channel
        cid = self.ids.next()
        self.channels[cid] = {"id": str(cid), "type": DM, "last_message_id": None, "flags": 0,
                              "recipients": [user.user_payload()]}
        return self.channels[cid]

    def set_bot_permissions(self, channel: int | str, permissions: int) -> None:
        """The bot's permissions in one channel (interaction app_permissions, channel message checks)."""
        self._bot_perms[int(self.channel(channel)["id"])] = permissions

    def bot_permissions(self, channel_id: int) -> int:
        return self._bot_perms.get(channel_id, BOT_PERMISSIONS)

    def roles_payload(self, guild_id: int | None = None) -> list[dict[str, Any]]:
        base = {"color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0, "icon": None,
                "unicode_emoji": None}
        return [{**base, "id": str(guild_id or self.guild_id), "name": "@everyone",
                 "permissions": str(MEMBER_PERMISSIONS),
                 "position": 0},
                {**base, "id": str(self.admin_role_id), "name": "Admin", "permissions": str(ADMIN_PERMISSIONS),
                 "position": 1}]

    def guild_payload(self, guild_id: int | None = None) -> dict[str, Any]:
        gid = guild_id or self.guild_id
        guild_channels = [c for c in self.channels.values() if c.get("guild_id") == str(gid)]
        return {
            "id": str(gid), "name": self.guilds[gid], "icon": None, "splash": None,
            "discovery_splash": None, "banner": None, "description": None, "owner_id": str(self.users["admin"].id),
            "afk_channel_id": None, "afk_timeout": 300, "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "roles": self.roles_payload(gid), "emojis": [], "stickers": [],
            "features": [], "mfa_level": 0, "system_channel_id": guild_channels[0]["id"],
            "system_channel_flags": 0, "rules_channel_id": None, "public_updates_channel_id": None,
            "vanity_url_code": None, "premium_tier": 0, "premium_subscription_count": 0,
            "preferred_locale": self.guild_locale, "nsfw_level": 0, "premium_progress_bar_enabled": False,
            "joined_at": self.joined_at, "large": False, "unavailable": False,
            "member_count": len(self.all_members()),
            "members": [u.member_payload(joined_at=self.joined_at) for u in self.all_members()],
            "channels": [c for c in guild_channels if c["type"] != PUBLIC_THREAD],
            "threads": [c for c in guild_channels if c["type"] == PUBLIC_THREAD],
            "voice_states": [], "presences": [], "stage_instances": [], "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    # ---- messages (used by the REST handlers) ----------------------------------------------------------------

    def new_message(self, channel_id: int, *, interaction: FakeInteraction | None = None,
                    flags: int = 0) -> FakeMessage:
        channel = self.channels[channel_id]
        msg = FakeMessage(id=self.ids.next(), channel_id=channel_id,
                          guild_id=int(channel["guild_id"]) if channel.get("guild_id") else None,
                          author=self.bot.user_payload(), base_url=self.base_url, flags=flags)
        if interaction is not None:
            msg.type = 20 if interaction.type == 2 and interaction.original is None else 0
            msg.application_id = msg.webhook_id = self.application_id
            meta: dict[str, Any] = {"id": str(interaction.id), "type": interaction.type,
                                    "user": interaction.user.user_payload(),
                                    "authorizing_integration_owners": interaction.payload.get(
                                        "authorizing_integration_owners", {})}
            if interaction.type == 2:
                meta["name"] = interaction.name
                meta["command_type"] = 1
            if interaction.source_message is not None:
                meta["interacted_message_id"] = str(interaction.source_message.id)
            if interaction.original is not None:
                meta["original_response_message_id"] = str(interaction.original.id)
            msg.interaction_metadata = meta
        self.messages[msg.id] = msg
        return msg

    def find_file(self, attachment_id: int) -> FakeFile | None:
        if attachment_id in self.files:
            return self.files[attachment_id]
        for msg in self.messages.values():
            for f in msg.attachments:
                if f.id == attachment_id:
                    return f
        return None

    async def announce(self, message: FakeMessage, event: str) -> None:
        """MESSAGE_CREATE/UPDATE/DELETE on the gateway, as Discord sends them for the bot's own messages."""
        session = self.gateway.session_for(message.guild_id)
        if not self.message_events or message.ephemeral or session is None:
            return
        if not session.intents & (INTENT_GUILD_MESSAGES if message.guild_id else INTENT_DIRECT_MESSAGES):
            return
        if event == "MESSAGE_DELETE":
            data: dict[str, Any] = {"id": str(message.id), "channel_id": str(message.channel_id)}
            if message.guild_id:
                data["guild_id"] = str(message.guild_id)
        else:
            data = message.to_payload()
        await session.dispatch(event, data)

    # ---- interactions --------------------------------------------------------------------------------------

    def _user(self, user: FakeUser | str | None) -> FakeUser:
        if user is None:
            return self.users["alice"]
        return self.users[user] if isinstance(user, str) else user

    def find_command(self, name: str, command_type: int = 1) -> tuple[dict[str, Any], int | None]:
        for scope in (self.guild_id, None):
            cmd = self.commands.get(scope, {}).get((command_type, name))
            if cmd is not None:
                return cmd, scope
        raise LookupError(f"command {name!r} (type {command_type}) is not registered; "
                          f"registered: {sorted(self.command_names())}")

    async def send_command(self, name: str, options: dict[str, Any] | None = None, *,
                           user: FakeUser | str | None = None, channel: int | str | None = None,
                           channel_nsfw: bool = False, dm: bool = False, locale: str = "en-US",
                           guild_locale: str | None = None, permissions: int | None = None,
                           app_permissions: int | None = None) -> FakeInteraction:
        """Dispatch a slash command as a user would invoke it; return its handle at once.

        `name` may hold a subcommand path: "settings locale" or "admin model set". `options` maps option names to
        Python values, checked and typed against the registered command: str, int, float, bool; a FakeUser or
        username for user/mentionable options; a channel name or id; a role id or name ("@everyone", "Admin");
        a FakeFile or (filename, bytes) for attachment options. Without `channel`, the command comes from
        "general", or "nsfw" if `channel_nsfw`; `dm=True` sends it from the user's DM with the bot.
        Raises (nothing dispatched) where a Discord client would not let the user send it: unknown command or
        option, missing required option, value off its choices or range, or a command hidden from this user or
        channel by default_member_permissions (PermissionError), contexts, dm_permission or nsfw.
        """
        path = name.strip().lstrip("/").split()
        cmd, scope = self.find_command(path[0])
        if dm and scope is not None:
            raise ValueError(f"/{path[0]} is a guild command; it cannot be used in DMs")
        defs: list[dict[str, Any]] = cmd.get("options") or []
        parents: list[dict[str, Any]] = []
        for part in path[1:]:
            sub = next((d for d in defs if d["name"] == part and d["type"] in (OPT_SUB_COMMAND,
                                                                                  OPT_SUB_COMMAND_GROUP)), None)
            if sub is None:
                raise LookupError(f"/{' '.join(path)}: no subcommand {part!r}; "
                                  f"have {[d['name'] for d in defs if d['type'] in (1, 2)]}")
            parents.append(sub)
            defs = sub.get("options") or []
        if any(d["type"] in (OPT_SUB_COMMAND, OPT_SUB_COMMAND_GROUP) for d in defs):
            raise ValueError(f"/{' '.join(path)} needs a subcommand: {[d['name'] for d in defs]}")
        user_obj = self._user(user)
        ch = self.dm_channel(user_obj) if dm else self.channel(channel if channel is not None
                                                             else ("nsfw" if channel_nsfw else "general"))
        self._check_command_visible(cmd, user_obj, ch, user_obj.permissions if permissions is None else permissions)
        resolved: dict[str, dict[str, Any]] = {}
        built = self._build_options(defs, dict(options or {}), resolved, int(ch["id"]), path)
        for parent in reversed(parents):
            built = [{"name": parent["name"], "type": parent["type"], "options": built}]
        data: dict[str, Any] = {"id": cmd["id"], "name": cmd["name"], "type": cmd.get("type", 1), "options": built}
        if resolved:
            data["resolved"] = resolved
        if scope is not None:
            data["guild_id"] = str(scope)
        return await self._dispatch_interaction(2, data, name=" ".join(path), user=user_obj, channel=ch,
                                                locale=locale, guild_locale=guild_locale,
                                                permissions=permissions, app_permissions=app_permissions)

    def _check_command_visible(self, cmd: dict[str, Any], user: FakeUser, channel: dict[str, Any],
                               perms: int) -> None:
        """Discord's client only offers a command where its registration allows it; so does this server."""
        where = "a DM" if channel["type"] == DM else f"#{channel['name']}"
        required = cmd.get("default_member_permissions")
        if required is not None and not perms & ADMINISTRATOR:
            req = int(required)
            if req == 0 or perms & req != req:
                raise PermissionError(f"/{cmd['name']} needs permissions {req} (default_member_permissions); "
                                      f"{user.username} has {perms}")
        contexts = cmd.get("contexts")
        if contexts is not None and (1 if channel["type"] == DM else 0) not in contexts:
            raise PermissionError(f"/{cmd['name']} is not available in {where} (contexts={contexts})")
        if channel["type"] == DM and cmd.get("dm_permission") is False:
            raise PermissionError(f"/{cmd['name']} is not available in DMs (dm_permission=false)")
        if cmd.get("nsfw") and channel["type"] != DM and not self.channel_is_nsfw(channel["id"]):
            raise PermissionError(f"/{cmd['name']} is age-restricted; {where} is not")

    def _build_options(self, defs: list[dict[str, Any]], values: dict[str, Any], resolved: dict[str, dict[str, Any]],
                       channel_id: int, path: list[str]) -> list[dict[str, Any]]:
        known = {d["name"] for d in defs}
        if unknown := set(values) - known:
            raise ValueError(f"/{' '.join(path)} has no option(s) {sorted(unknown)}; has {sorted(known)}")
        out = []
        for d in defs:
            if values.get(d["name"]) is None:
                if d.get("required"):
                    raise ValueError(f"/{' '.join(path)}: required option {d['name']!r} missing")
                continue
            value = self._option_value(d, values[d["name"]], resolved, channel_id)
            out.append({"name": d["name"], "type": d["type"], "value": value})
        return out

    def _option_value(self, d: dict[str, Any], v: Any, resolved: dict[str, dict[str, Any]], channel_id: int) -> Any:
        t, name = d["type"], d["name"]

        def bad(why: str) -> ValueError:
            return ValueError(f"option {name!r}: {why} (got {v!r})")

        if t in (OPT_STRING, OPT_INTEGER, OPT_NUMBER, OPT_BOOLEAN):
            ok = {OPT_STRING: isinstance(v, str), OPT_BOOLEAN: isinstance(v, bool),
                  OPT_INTEGER: isinstance(v, int) and not isinstance(v, bool),
                  OPT_NUMBER: isinstance(v, (int, float)) and not isinstance(v, bool)}[t]
            if not ok:
                raise bad(f"wrong type for option type {t}")
            if d.get("choices") and v not in [c["value"] for c in d["choices"]]:
                raise bad(f"not one of the choices {[c['value'] for c in d['choices']]}")
            if t == OPT_STRING and not d.get("min_length", 0) <= len(v) <= d.get("max_length", 6000):
                raise bad("length out of range")
            if t in (OPT_INTEGER, OPT_NUMBER) and not (d.get("min_value", float("-inf")) <= v
                                                       <= d.get("max_value", float("inf"))):
                raise bad("out of range")
            return float(v) if t == OPT_NUMBER else v
        if t in (OPT_USER, OPT_MENTIONABLE) and (isinstance(v, (FakeUser, str)) and not str(v).startswith("@")
                                                 and (isinstance(v, FakeUser) or v in self.users)):
            user = self._user(v)
            resolved.setdefault("users", {})[str(user.id)] = user.user_payload()
            member = user.member_payload(joined_at=self.joined_at, permissions=user.permissions)
            member.pop("user")
            resolved.setdefault("members", {})[str(user.id)] = member
            return str(user.id)
        if t in (OPT_ROLE, OPT_MENTIONABLE):
            role = next((r for r in self.roles_payload() if str(v) in (r["id"], r["name"], r["name"].lstrip("@"))),
                        None)
            if role is None:
                raise bad("no such role or user")
            resolved.setdefault("roles", {})[role["id"]] = role
            return role["id"]
        if t == OPT_CHANNEL:
            ch = self.channel(v)
            if d.get("channel_types") and ch["type"] not in d["channel_types"]:
                raise bad(f"channel type {ch['type']} not in {d['channel_types']}")
            resolved.setdefault("channels", {})[ch["id"]] = {
                **{k: ch[k] for k in ("id", "type", "name", "parent_id", "nsfw", "thread_metadata") if k in ch},
                "permissions": str(MEMBER_PERMISSIONS)}
            return ch["id"]
        if t == OPT_ATTACHMENT:
            f = v if isinstance(v, FakeFile) else FakeFile(v[0], bytes(v[1])) if isinstance(v, tuple) else None
            if f is None:
                raise bad("expected FakeFile or (filename, bytes)")
            f.id = self.ids.next()
            self.files[f.id] = f
            resolved.setdefault("attachments", {})[str(f.id)] = {**f.payload(self.base_url, channel_id),
                                                                  "ephemeral": True}
            return str(f.id)
        raise bad(f"unsupported option type {t}")

    async def click_button(self, message: FakeMessage | int, custom_id: str, *, user: FakeUser | str | None = None,
                           locale: str = "en-US", guild_locale: str | None = None,
                           permissions: int | None = None) -> FakeInteraction:
        """Click a button on a message the bot sent (it must exist, be enabled and not be a link button)."""
        msg, comp = self._component(message, custom_id)
        if comp.get("type") != 2:
            raise ValueError(f"component {custom_id!r} is not a button: {comp}")
        return await self._component_interaction(msg, {"custom_id": custom_id, "component_type": 2}, comp,
                                                 user=user, locale=locale, guild_locale=guild_locale,
                                                 permissions=permissions)

    async def select(self, message: FakeMessage | int, custom_id: str, values: list[str], *,
                     user: FakeUser | str | None = None, locale: str = "en-US",
                     guild_locale: str | None = None) -> FakeInteraction:
        """Pick `values` in a select menu (string selects are checked against their options)."""
        msg, comp = self._component(message, custom_id)
        if comp.get("type") not in (3, 5, 6, 7, 8):
            raise ValueError(f"component {custom_id!r} is not a select menu: {comp}")
        if comp["type"] == 3:
            allowed = [o["value"] for o in comp.get("options") or []]
            if any(v not in allowed for v in values):
                raise ValueError(f"select {custom_id!r}: {values} not within {allowed}")
        if not comp.get("min_values", 1) <= len(values) <= comp.get("max_values", 1):
            raise ValueError(f"select {custom_id!r}: {len(values)} values out of range")
        return await self._component_interaction(
            msg, {"custom_id": custom_id, "component_type": comp["type"], "values": values}, comp, user=user,
            locale=locale, guild_locale=guild_locale, permissions=None)

    async def submit_modal(self, interaction: FakeInteraction, values: dict[str, Any], *,
                           user: FakeUser | str | None = None, locale: str = "en-US") -> FakeInteraction:
        """Fill and submit the modal the bot answered `interaction` with (text inputs by custom_id)."""
        modal = interaction.modal
        if modal is None:
            raise ValueError(f"{interaction!r} was not answered with a modal")
        unused = set(values)

        def fill(comp: dict[str, Any]) -> dict[str, Any]:
            t, cid = comp.get("type"), str(comp.get("custom_id"))
            if t == 1:
                return {"type": 1, "components": [fill(c) for c in comp.get("components") or []]}
            if t == 18:
                return {"type": 18, "id": comp.get("id"), "component": fill(comp["component"])}
            unused.discard(cid)
            if t == 4:
                value = str(values.get(cid, comp.get("value") or ""))
                if comp.get("required", True) and not value:
                    raise ValueError(f"modal field {cid!r} is required")
                if not comp.get("min_length", 0) <= len(value) <= comp.get("max_length", 4000):
                    raise ValueError(f"modal field {cid!r}: length {len(value)} out of range")
                return {"type": 4, "custom_id": cid, "value": value}
            if t in (3, 5, 6, 7, 8):
                return {"type": t, "custom_id": cid, "values": list(values.get(cid, []))}
            return {"type": t, "id": comp.get("id")}

        components = [fill(c) for c in modal.get("components") or []]
        if unused:
            raise ValueError(f"modal has no field(s) {sorted(unused)}")
        await self._react_after(interaction.dispatched_at + interaction.events[-1].at)
        channel = self.channels[interaction.channel_id]
        return await self._dispatch_interaction(
            5, {"custom_id": modal["custom_id"], "components": components}, name=modal["custom_id"],
            user=self._user(user) if user is not None else interaction.user, channel=channel, locale=locale,
            guild_locale=None, permissions=None, app_permissions=None, message=interaction.source_message)

    async def _react_after(self, shown_at: float) -> None:
        pause = shown_at + self.reaction_delay - self.clock()
        if pause > 0:
            await asyncio.sleep(pause)

    def _component(self, message: FakeMessage | int, custom_id: str) -> tuple[FakeMessage, dict[str, Any]]:
        msg = self.messages.get(message if isinstance(message, int) else message.id)
        if msg is None or msg.deleted:
            raise LookupError(f"message {message!r} does not exist (or was deleted)")
        comp = msg.component(custom_id)
        if comp is None:
            raise LookupError(f"message {msg.id} has no component {custom_id!r}; it has {msg.custom_ids}")
        if comp.get("disabled"):
            raise ValueError(f"component {custom_id!r} on message {msg.id} is disabled")
        return msg, comp

    async def _component_interaction(self, msg: FakeMessage, data: dict[str, Any], comp: dict[str, Any], *,
                                     user: FakeUser | str | None, locale: str, guild_locale: str | None,
                                     permissions: int | None) -> FakeInteraction:
        if "id" in comp:
            data["id"] = comp["id"]
        await self._react_after(msg.touched_at)
        return await self._dispatch_interaction(3, data, name=data["custom_id"], user=self._user(user),
                                                channel=self.channels[msg.channel_id], locale=locale,
                                                guild_locale=guild_locale, permissions=permissions,
                                                app_permissions=None, message=msg)

    async def _dispatch_interaction(self, itype: int, data: dict[str, Any], *, name: str, user: FakeUser,
                                    channel: dict[str, Any], locale: str, guild_locale: str | None,
                                    permissions: int | None, app_permissions: int | None,
                                    message: FakeMessage | None = None) -> FakeInteraction:
        if self.gateway.session_for(int(channel["guild_id"]) if channel.get("guild_id") else None) is None:
            raise RuntimeError("cannot dispatch an interaction: no bot has identified on the gateway yet "
                               "(for this guild's shard)")
        iid, token = self.ids.next(), make_token("aW50ZXJhY3Rpb246", 180)
        perms = user.permissions if permissions is None else permissions
        app_perms = self.bot_permissions(int(channel["id"])) if app_permissions is None else app_permissions
        payload: dict[str, Any] = {
            "id": str(iid), "application_id": str(self.application_id), "type": itype, "data": data,
            "token": token, "version": 1, "locale": locale, "app_permissions": str(app_perms),
            "entitlements": [], "entitlement_sku_ids": [], "attachment_size_limit": self.upload_limit,
            "channel_id": channel["id"], "channel": {**channel, "permissions": str(perms)},
        }
        if channel["type"] == DM:
            payload.update(user=user.user_payload(), context=1, authorizing_integration_owners={"0": "0"})
        else:
            gl = guild_locale or self.guild_locale
            gid = channel["guild_id"]
            payload.update(guild_id=gid, guild={"id": gid, "locale": gl, "features": []},
                           guild_locale=gl, member=user.member_payload(joined_at=self.joined_at, permissions=perms),
                           context=0, authorizing_integration_owners={"0": gid})
        if message is not None:
            payload["message"] = message.to_payload()
        inter = FakeInteraction(self, id=iid, token=token, type=itype, name=name, payload=payload,
                                channel_id=int(channel["id"]), user=user, source_message=message)
        self.interactions[iid] = inter
        self.interactions_by_token[token] = inter
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        self.notify()
        return inter

    # ---- faults ----------------------------------------------------------------------------------------------

    def fail_next(self, pattern: str, status: int = 429, *, times: int = 1, retry_after: float = 0.5,
                  is_global: bool = False, body: Any = None, headers: dict[str, str] | None = None,
                  when: Callable[[RequestRecord], bool] | None = None) -> FaultRule:
        """Answer the next `times` requests matching `pattern` ("PATCH /webhooks/*/messages/@original",
        "POST /channels/*/messages", "* /applications/*") with `status`: 429 comes with a `Via` header, JSON
        `retry_after` and rate-limit headers; other statuses with a JSON error (or `body`). `when` narrows the
        match by the parsed request, e.g. `lambda r: bool(r.files)` for uploads only."""
        rule = FaultRule(pattern, status, times, retry_after, is_global, body, headers or {}, when=when)
        self.rest.faults.append(rule)
        return rule

    def rate_limit(self, pattern: str, limit: int, per: float) -> RateLimitRule:
        """Emulate a rate-limit bucket on matching routes: `limit` requests per `per` s per path, headers
        included (X-RateLimit-Remaining, -Reset-After, -Bucket); over the limit answers 429."""
        rule = RateLimitRule(pattern, limit, per, bucket=f"fakebucket{len(self.rest.rate_limits)}")
        self.rest.rate_limits.append(rule)
        return rule

    def clear_faults(self) -> None:
        self.rest.faults.clear()
        self.rest.rate_limits.clear()

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close the bot's gateway connection with a resumable close code; discord.py RESUMEs on
        `resume_gateway_url`. Dispatches sent until then are replayed after the RESUME."""
        await self.gateway.drop(code)

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """Send INVALID_SESSION; with resumable=False the bot must IDENTIFY again."""
        await self.gateway.invalidate_session(resumable=resumable)

    async def request_reconnect(self) -> None:
        """Send RECONNECT (op 7): the bot reconnects and RESUMEs."""
        await self.gateway.request_reconnect()

    def set_gateway_available(self, available: bool) -> None:
        """While False, new gateway connections are refused with 503 (an outage); the current one stays."""
        self.gateway.available = available
