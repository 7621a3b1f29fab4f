"""Data model of the fake Discord server: snowflakes, users, files, messages and Discord-shaped payloads.

Payloads follow the Discord API v10 shapes closely enough for unmodified discord.py 2.x to parse them.
Nothing here depends on discord.py.
"""

from __future__ import annotations

import io
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator

DISCORD_EPOCH_MS = 1420070400000
MiB = 1024 * 1024

# Permission bits (https://discord.com/developers/docs/topics/permissions)
ADD_REACTIONS = 1 << 6
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
USE_EXTERNAL_EMOJIS = 1 << 18
USE_APPLICATION_COMMANDS = 1 << 31
CREATE_PUBLIC_THREADS = 1 << 35
SEND_MESSAGES_IN_THREADS = 1 << 38

MEMBER_PERMISSIONS = (
    ADD_REACTIONS | VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS | USE_APPLICATION_COMMANDS | CREATE_PUBLIC_THREADS | SEND_MESSAGES_IN_THREADS
)
ADMIN_PERMISSIONS = MEMBER_PERMISSIONS | ADMINISTRATOR | MANAGE_GUILD
BOT_PERMISSIONS = MEMBER_PERMISSIONS

# Message flags
FLAG_SUPPRESS_EMBEDS = 1 << 2
FLAG_EPHEMERAL = 1 << 6
FLAG_LOADING = 1 << 7
FLAG_SUPPRESS_NOTIFICATIONS = 1 << 12
FLAG_COMPONENTS_V2 = 1 << 15

# Channel types
GUILD_TEXT = 0
DM = 1
PUBLIC_THREAD = 11

# Application command option types
OPT_SUB_COMMAND, OPT_SUB_COMMAND_GROUP = 1, 2
OPT_STRING, OPT_INTEGER, OPT_BOOLEAN, OPT_USER = 3, 4, 5, 6
OPT_CHANNEL, OPT_ROLE, OPT_MENTIONABLE, OPT_NUMBER, OPT_ATTACHMENT = 7, 8, 9, 10, 11


class Snowflakes:
    """Generates increasing Discord snowflakes that carry the current time."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        value = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        self._last = value if value > self._last else self._last + 1
        return self._last


def iso_now() -> str:
    return datetime.now(timezone.utc).isoformat()


@dataclass
class FakeUser:
    """A Discord user; `permissions` are their guild-level permissions (an integer bit set)."""

    id: int
    username: str
    global_name: str | None = None
    permissions: int = MEMBER_PERMISSIONS
    roles: list[int] = field(default_factory=list)
    bot: bool = False

    def user_payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name or self.username,
            "avatar": None,
            "public_flags": 0,
        }
        if self.bot:
            data["bot"] = True
        return data

    def member_payload(self, *, joined_at: str, permissions: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "user": self.user_payload(),
            "roles": [str(r) for r in self.roles],
            "joined_at": joined_at,
            "nick": None,
            "avatar": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
        }
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass
class FakeFile:
    """A file: uploaded by the bot (kept as bytes) or given by a test as an attachment option."""

    filename: str
    data: bytes
    content_type: str | None = None
    description: str | None = None
    id: int = 0

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def spoiler(self) -> bool:
        return self.filename.startswith("SPOILER_")

    def image(self) -> Any:
        """The file decoded with Pillow (imported lazily)."""
        from PIL import Image

        img = Image.open(io.BytesIO(self.data))
        img.load()
        return img

    def payload(self, base_url: str, channel_id: int) -> dict[str, Any]:
        url = f"{base_url}/attachments/{channel_id}/{self.id}/{self.filename}"
        data: dict[str, Any] = {
            "id": str(self.id),
            "filename": self.filename,
            "size": self.size,
            "url": url,
            "proxy_url": url,
            "content_type": self.content_type or guess_content_type(self.filename),
        }
        if self.description is not None:
            data["description"] = self.description
        return data


def guess_content_type(filename: str) -> str:
    lower = filename.lower()
    for ext, ctype in ((".png", "image/png"), (".jpg", "image/jpeg"), (".jpeg", "image/jpeg"), (".gif", "image/gif"),
                       (".webp", "image/webp"), (".txt", "text/plain; charset=utf-8"), (".json", "application/json")):
        if lower.endswith(ext):
            return ctype
    return "application/octet-stream"


def walk_components(components: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every component in a (possibly nested, components v2) component tree, depth first."""
    for comp in components:
        yield comp
        yield from walk_components(comp.get("components") or [])
        for key in ("accessory", "component"):
            if isinstance(comp.get(key), dict):
                yield from walk_components([comp[key]])


@dataclass
class FakeMessage:
    """A message as stored by the server; `to_payload()` gives Discord's message object."""

    id: int
    channel_id: int
    guild_id: int | None
    author: dict[str, Any]
    base_url: str
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[FakeFile] = field(default_factory=list)
    flags: int = 0
    type: int = 0
    timestamp: str = field(default_factory=iso_now)
    edited_timestamp: str | None = None
    application_id: int | None = None
    webhook_id: int | None = None
    interaction_metadata: dict[str, Any] | None = None
    deleted: bool = False
    edits: int = 0
    touched_at: float = field(default_factory=time.monotonic)  # last create/edit, for the "human" reaction delay

    @property
    def loading(self) -> bool:
        """True while this is a deferred ("thinking") response not yet edited."""
        return bool(self.flags & FLAG_LOADING)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & FLAG_EPHEMERAL)

    @property
    def text(self) -> str:
        """Content plus embed titles, descriptions, fields and footers, for loose text assertions."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            for f in embed.get("fields") or []:
                parts += [f.get("name") or "", f.get("value") or ""]
            parts.append((embed.get("footer") or {}).get("text") or "")
        for comp in walk_components(self.components):
            if comp.get("type") == 10:  # components v2 text display
                parts.append(comp.get("content") or "")
        return "\n".join(p for p in parts if p)

    def all_components(self) -> list[dict[str, Any]]:
        return list(walk_components(self.components))

    def component(self, custom_id: str) -> dict[str, Any] | None:
        return next((c for c in walk_components(self.components) if c.get("custom_id") == custom_id), None)

    @property
    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for c in walk_components(self.components) if "custom_id" in c]

    def to_payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "channel_id": str(self.channel_id),
            "author": self.author,
            "content": self.content,
            "timestamp": self.timestamp,
            "edited_timestamp": self.edited_timestamp,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [a.payload(self.base_url, self.channel_id) for a in self.attachments],
            "embeds": self.embeds,
            "components": self.components,
            "pinned": False,
            "flags": self.flags,
        }
        if self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        if self.application_id is not None:
            data["application_id"] = str(self.application_id)
        if self.webhook_id is not None:
            data["webhook_id"] = str(self.webhook_id)
        if self.interaction_metadata is not None:
            data["interaction_metadata"] = self.interaction_metadata
        return data


def form_error(field_path: str, code: str, message: str) -> dict[str, Any]:
    """Discord's 400 "Invalid Form Body" error (code 50035) for one field, e.g. "embeds.0.description"."""
    errors: dict[str, Any] = {"_errors": [{"code": code, "message": message}]}
    for part in reversed(field_path.split(".")):
        errors = {part: errors}
    return {"code": 50035, "errors": errors, "message": "Invalid Form Body"}


def validate_message(payload: dict[str, Any], files: list[FakeFile], *, upload_limit: int,
                     creating: bool) -> tuple[int, dict[str, Any]] | None:
    """Check a message create/edit against Discord's documented limits; return (status, error body) or None."""
    for f in files:
        if f.size > upload_limit:
            return 413, {"code": 40005, "message": "Request entity too large"}
    if sum(f.size for f in files) > 25 * MiB:
        return 413, {"code": 40005, "message": "Request entity too large"}
    content = payload.get("content")
    if content is not None and len(str(content)) > 2000:
        return 400, form_error("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        return 400, form_error("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    total = 0
    limits = {"title": 256, "description": 4096}
    for i, embed in enumerate(embeds):
        for key, limit in limits.items():
            value = embed.get(key) or ""
            total += len(value)
            if len(value) > limit:
                return 400, form_error(f"embeds.{i}.{key}", "BASE_TYPE_MAX_LENGTH",
                                       f"Must be {limit} or fewer in length.")
        fields = embed.get("fields") or []
        if len(fields) > 25:
            return 400, form_error(f"embeds.{i}.fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        for j, fld in enumerate(fields):
            for key, limit in (("name", 256), ("value", 1024)):
                value = fld.get(key) or ""
                total += len(value)
                if len(value) > limit:
                    return 400, form_error(f"embeds.{i}.fields.{j}.{key}", "BASE_TYPE_MAX_LENGTH",
                                           f"Must be {limit} or fewer in length.")
        for key, sub, limit in (("footer", "text", 2048), ("author", "name", 256)):
            value = (embed.get(key) or {}).get(sub) or ""
            total += len(value)
            if len(value) > limit:
                return 400, form_error(f"embeds.{i}.{key}.{sub}", "BASE_TYPE_MAX_LENGTH",
                                       f"Must be {limit} or fewer in length.")
    if total > 6000:
        return 400, form_error("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")
    components = payload.get("components") or []
    if not (int(payload.get("flags") or 0) & FLAG_COMPONENTS_V2):
        if len(components) > 5:
            return 400, form_error("components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
        for i, row in enumerate(components):
            if len(row.get("components") or []) > 5:
                return 400, form_error(f"components.{i}.components", "BASE_TYPE_MAX_LENGTH",
                                       "Must be 5 or fewer in length.")
    for comp in walk_components(components):
        if len(comp.get("custom_id") or "") > 100:
            return 400, form_error("components", "BASE_TYPE_MAX_LENGTH", "custom_id must be 100 or fewer in length.")
        if len(comp.get("label") or "") > 80:
            return 400, form_error("components", "BASE_TYPE_MAX_LENGTH", "label must be 80 or fewer in length.")
    if creating and not (content or embeds or files or components or payload.get("poll")
                         or payload.get("sticker_ids")):
        return 400, {"code": 50006, "message": "Cannot send an empty message"}
    return None


def apply_message_payload(msg: FakeMessage, payload: dict[str, Any], files: list[FakeFile], *,
                          editing: bool, ids: Snowflakes) -> None:
    """Apply a create/edit body (JSON or payload_json plus files[n]) to a stored message, as Discord does."""
    if "content" in payload:
        msg.content = payload["content"] or ""
    if "embeds" in payload:
        msg.embeds = list(payload["embeds"] or [])
    elif "embed" in payload:  # legacy single embed
        msg.embeds = [payload["embed"]] if payload["embed"] else []
    if "components" in payload:
        msg.components = list(payload["components"] or [])
    if editing:
        keep = msg.flags & FLAG_EPHEMERAL
        if "flags" in payload and payload["flags"] is not None:
            keep |= int(payload["flags"]) & (FLAG_SUPPRESS_EMBEDS | FLAG_COMPONENTS_V2)
        else:
            keep |= msg.flags & (FLAG_SUPPRESS_EMBEDS | FLAG_COMPONENTS_V2)
        msg.flags = keep  # an edit always ends the "thinking" state
        msg.edits += 1
        msg.touched_at = time.monotonic()
        msg.edited_timestamp = iso_now()
    elif payload.get("flags"):
        msg.flags |= int(payload["flags"])

    # files[n] pair with attachments entries whose id is n; existing attachments are kept only if listed.
    new_by_index = {f.id: f for f in files}  # f.id holds n until an id is assigned below
    listed = payload.get("attachments")
    if listed is None:
        kept = msg.attachments if editing else []
        described: dict[int, str | None] = {}
    else:
        existing = {a.id: a for a in msg.attachments}
        kept = [existing[int(a["id"])] for a in listed if int(a["id"]) in existing and int(a["id"]) not in new_by_index]
        described = {int(a["id"]): a.get("description") for a in listed if int(a["id"]) in new_by_index}
        for a in listed:  # a renamed new file, as discord.py sends
            if int(a["id"]) in new_by_index and a.get("filename"):
                new_by_index[int(a["id"])].filename = a["filename"]
    added = []
    for index, f in sorted(new_by_index.items()):
        if index in described and described[index] is not None:
            f.description = described[index]
        f.id = ids.next()
        added.append(f)
    msg.attachments = list(kept) + added


def make_token(prefix: str, length: int = 120) -> str:
    """An opaque token in the alphabet Discord uses (no meaning is attached to its content)."""
    return (prefix + secrets.token_urlsafe(length))[:length]
