"""REST half of the fake Discord server: login, command sync, interaction callbacks, webhooks, channel messages.

Every request is recorded (`RestApi.requests`); unknown routes answer 404 JSON and are also kept in
`RestApi.unhandled`. Faults (429 with `Via` + JSON `retry_after`, 5xx) and simple rate-limit buckets can be
attached to routes by glob pattern, e.g. ``"PATCH /webhooks/*/messages/@original"``.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from aiohttp import web

from .discord_models import (
    ATTACH_FILES, FLAG_COMPONENTS_V2, FLAG_EPHEMERAL, FLAG_LOADING, FLAG_SUPPRESS_EMBEDS,
    FLAG_SUPPRESS_NOTIFICATIONS, MiB, PUBLIC_THREAD, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, FakeFile, FakeMessage,
    apply_message_payload, form_error, validate_message,
)

if TYPE_CHECKING:
    from .discord_server import FakeDiscord, FakeInteraction

log = logging.getLogger("fakediscord.rest")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# Typed storage keys where aiohttp has them (3.12+), plain strings before.
RECORD: Any = getattr(web, "RequestKey", lambda name, _t: name)("record", object)
JSON_BODY: Any = getattr(web, "ResponseKey", lambda name, _t: name)("json", object)
API_PREFIX = r"/api/v{version:\d+}"
_API_PREFIX_RE = re.compile(r"^/api/v\d+")
COMMAND_NAME_RE = re.compile(r"^[-_'\w]{1,32}$")


@dataclass
class RequestRecord:
    """One HTTP request the bot made, with its parsed body and the status it got."""

    seq: int
    method: str
    path: str  # below /api/vN for API routes, e.g. "/webhooks/1/tok/messages/@original"
    route: str  # the emulated route's template, e.g. "/webhooks/{app_id}/{token}/messages/{message_id}"; "" if unknown
    query: dict[str, str]
    headers: dict[str, str]
    at: float
    json: Any = None  # JSON body, or payload_json of a multipart body
    files: list[FakeFile] = field(default_factory=list)
    status: int = 0
    response: Any = None
    fault: str | None = None  # set when an injected fault or rate limit answered instead of the route

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def short(self) -> str:
        """`key` with long tokens abbreviated, for diagnostics."""
        return f"{self.method} " + "/".join(p if len(p) <= 24 else p[:8] + "…" for p in self.path.split("/"))


def match_route(pattern: str, method: str, path: str, route: str = "") -> bool:
    """`pattern` is "[METHOD ]glob", matched against the concrete path and the route template."""
    meth, sep, glob = pattern.partition(" ")
    if not sep:
        meth, glob = "*", pattern
    if meth != "*" and meth.upper() != method.upper():
        return False
    return fnmatchcase(path, glob) or bool(route and fnmatchcase(route, glob))


@dataclass
class FaultRule:
    """Answer the next `times` requests matching `pattern` with `status` instead of running the route."""

    pattern: str
    status: int = 429
    times: int = 1
    retry_after: float = 0.5
    is_global: bool = False
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0
    when: Callable[[RequestRecord], bool] | None = None  # also required of a matching request (body parsed)

    def response(self, api: RestApi) -> web.Response:
        self.hits += 1
        if self.status == 429:
            scope = "global" if self.is_global else "user"
            headers = {
                "Via": "1.1 google",
                "Retry-After": str(math.ceil(self.retry_after)),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + self.retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{self.retry_after:.3f}",
                "X-RateLimit-Bucket": "fakefault" + str(abs(hash(self.pattern)) % 10**8),
                "X-RateLimit-Scope": scope,
            }
            if self.is_global:
                headers["X-RateLimit-Global"] = "true"
            body = self.body if self.body is not None else {
                "message": "You are being rate limited.", "retry_after": self.retry_after, "global": self.is_global}
            return api.json(body, 429, {**headers, **self.headers})
        body = self.body if self.body is not None else {"message": f"{self.status}: Fake Fault", "code": 0}
        if isinstance(body, str):
            return web.Response(text=body, status=self.status, headers=self.headers)
        return api.json(body, self.status, self.headers)


@dataclass
class RateLimitRule:
    """A fixed-window bucket per concrete path: `limit` requests per `per` seconds, then 429s."""

    pattern: str
    limit: int
    per: float
    bucket: str
    windows: dict[str, tuple[float, int]] = field(default_factory=dict)  # path -> (reset at, used)
    limited: int = 0

    def take(self, path: str) -> tuple[bool, dict[str, str]]:
        now = time.monotonic()
        reset_at, used = self.windows.get(path, (now + self.per, 0))
        if now >= reset_at:
            reset_at, used = now + self.per, 0
        allowed = used < self.limit
        if allowed:
            used += 1
        else:
            self.limited += 1
        self.windows[path] = (reset_at, used)
        after = max(reset_at - now, 0.001)
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.limit - used),
            "X-RateLimit-Reset": f"{time.time() + after:.3f}",
            "X-RateLimit-Reset-After": f"{after:.3f}",
            "X-RateLimit-Bucket": self.bucket,
        }
        return allowed, headers


class RestApi:
    def __init__(self, server: FakeDiscord) -> None:
        self.s = server
        self.requests: list[RequestRecord] = []
        self.unhandled: list[RequestRecord] = []
        self.faults: list[FaultRule] = []
        self.rate_limits: list[RateLimitRule] = []
        self._bot_auth_routes: set[web.AbstractRoute] = set()

    # ---- helpers ---------------------------------------------------------------------------------------------

    @staticmethod
    def json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        """A JSON response whose Content-Type is exactly `application/json` (discord.py compares it verbatim)."""
        resp = web.Response(body=json.dumps(data).encode(), status=status,
                            headers={**(headers or {}), "Content-Type": "application/json"})
        resp[JSON_BODY] = data
        return resp

    def error(self, status: int, code: int, message: str) -> web.Response:
        return self.json({"message": message, "code": code}, status)

    def build_app(self) -> web.Application:
        app = web.Application(client_max_size=64 * MiB, middlewares=[self._middleware])
        s = self.s
        routes: list[tuple[str, str, Handler, bool]] = [
            ("GET", "/users/@me", self.get_me, True),
            ("GET", "/oauth2/applications/@me", self.get_application, True),
            ("GET", "/applications/@me", self.get_application, True),
            ("GET", "/gateway", self.get_gateway, False),
            ("GET", "/gateway/bot", self.get_gateway_bot, True),
            ("POST", "/users/@me/channels", self.create_dm, True),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self.interaction_callback, False),
            ("POST", "/webhooks/{app_id}/{token}", self.execute_webhook, False),
            ("GET", "/webhooks/{app_id}/{token}/messages/{message_id}", self.webhook_message, False),
            ("PATCH", "/webhooks/{app_id}/{token}/messages/{message_id}", self.webhook_message, False),
            ("DELETE", "/webhooks/{app_id}/{token}/messages/{message_id}", self.webhook_message, False),
            ("GET", "/channels/{channel_id}", self.get_channel, True),
            ("POST", "/channels/{channel_id}/messages", self.create_message, True),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self.channel_message, True),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self.channel_message, True),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self.channel_message, True),
            ("POST", "/channels/{channel_id}/typing", self.typing, True),
            ("GET", "/guilds/{guild_id}", self.get_guild, True),
            ("GET", "/guilds/{guild_id}/channels", self.get_guild_channels, True),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member, True),
        ]
        for scope in ("", "/guilds/{guild_id}"):
            base = "/applications/{app_id}" + scope + "/commands"
            routes += [
                ("GET", base, self.list_commands, True),
                ("PUT", base, self.put_commands, True),
                ("POST", base, self.post_command, True),
                ("GET", base + "/{command_id}", self.one_command, True),
                ("PATCH", base + "/{command_id}", self.one_command, True),
                ("DELETE", base + "/{command_id}", self.one_command, True),
            ]
        for method, path, handler, bot_auth in routes:
            route = app.router.add_route(method, API_PREFIX + path, handler)
            if bot_auth:
                self._bot_auth_routes.add(route)
        app.router.add_get("/gateway", s.gateway.handle)
        app.router.add_get("/gateway-resume", s.gateway.handle)
        app.router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self.cdn)
        app.router.add_route("*", "/{tail:.*}", self.not_found)
        return app

    # ---- middleware: record, parse, faults, auth, rate limits ------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path in ("/gateway", "/gateway-resume"):
            return await handler(request)
        resource = request.match_info.route.resource
        template = resource.canonical if resource is not None else ""
        is_api = template.startswith("/api/")
        record = RequestRecord(
            seq=len(self.requests) + 1,
            method=request.method,
            path=_API_PREFIX_RE.sub("", request.path),
            route=_API_PREFIX_RE.sub("", template.replace("{version}", "0")) if is_api else "",
            query=dict(request.query),
            headers=dict(request.headers),
            at=self.s.clock(),
        )
        self.requests.append(record)
        request[RECORD] = record
        try:
            await self._read_body(request, record)
        except ValueError as exc:
            resp: web.StreamResponse = self.json({"message": f"400: Bad Request ({exc})", "code": 50109}, 400)
        else:
            resp = await self._answer(request, record, handler)
        record.status = resp.status
        record.response = resp.get(JSON_BODY)
        log.debug("%s %s -> %s%s", record.method, record.path, record.status,
                  f" ({record.fault})" if record.fault else "")
        self.s.notify()
        return resp

    async def _answer(self, request: web.Request, record: RequestRecord, handler: Handler) -> web.StreamResponse:
        for rule in self.faults:
            if rule.times > 0 and match_route(rule.pattern, record.method, record.path, record.route) and (
                    rule.when is None or rule.when(record)):
                rule.times -= 1
                record.fault = f"injected {rule.status}"
                return rule.response(self)
        if request.match_info.route in self._bot_auth_routes:
            if request.headers.get("Authorization") != f"Bot {self.s.token}":
                return self.error(401, 0, "401: Unauthorized")
        rl_headers: dict[str, str] = {}
        for bucket in self.rate_limits:
            if match_route(bucket.pattern, record.method, record.path, record.route):
                allowed, rl_headers = bucket.take(record.path)
                if not allowed:
                    record.fault = "rate limited"
                    retry = float(rl_headers["X-RateLimit-Reset-After"])
                    return self.json({"message": "You are being rate limited.", "retry_after": retry,
                                      "global": False},
                                     429, {**rl_headers, "Via": "1.1 google", "Retry-After": str(math.ceil(retry)),
                                           "X-RateLimit-Scope": "user"})
                break
        try:
            resp = await handler(request)
        except web.HTTPException:
            raise
        except Exception as exc:  # a bug in the fake server: make it loud, not a silent retry loop
            log.exception("fake discord failed on %s %s", record.method, record.path)
            self.s.internal_errors.append(f"{record.method} {record.path}: {exc!r}")
            record.fault = "internal error"
            return self.error(500, 0, f"fake discord internal error: {exc!r}")
        for key, value in rl_headers.items():
            resp.headers[key] = value
        return resp

    async def _read_body(self, request: web.Request, record: RequestRecord) -> None:
        if not request.body_exists:
            return
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            payload: dict[str, Any] = {}
            legacy = 0
            while (part := await reader.next()) is not None:
                name = part.name or ""  # type: ignore[union-attr]
                data = bytes(await part.read(decode=False))  # type: ignore[union-attr]
                if name == "payload_json":
                    payload.update(json.loads(data))
                elif m := re.fullmatch(r"files\[(\d+)\]", name):
                    record.files.append(FakeFile(part.filename or f"file{m.group(1)}", data,  # type: ignore
                                                 part.headers.get("Content-Type"), id=int(m.group(1))))
                elif name.startswith("file"):
                    record.files.append(FakeFile(part.filename or name, data,  # type: ignore[union-attr]
                                                 part.headers.get("Content-Type"), id=legacy))
                    legacy += 1
                else:
                    payload[name] = data.decode()
            record.json = payload
        else:
            raw = await request.read()
            if raw:
                record.json = json.loads(raw)

    # ---- login, gateway discovery ----------------------------------------------------------------------------

    async def get_me(self, request: web.Request) -> web.StreamResponse:
        return self.json({**self.s.bot.user_payload(), "verified": True, "mfa_enabled": False, "flags": 0,
                          "bio": "", "locale": "en-US"})

    async def get_application(self, request: web.Request) -> web.StreamResponse:
        owner = self.s.users["admin"].user_payload()
        return self.json({
            "id": str(self.s.application_id), "name": self.s.bot.username, "icon": None, "description": "",
            "summary": "", "type": None, "hook": True, "bot_public": True, "bot_require_code_grant": False,
            "verify_key": "0" * 64, "owner": owner, "team": None, "flags": 0, "tags": [], "redirect_uris": [],
            "bot": self.s.bot.user_payload(), "approximate_guild_count": 1,
            "install_params": {"scopes": ["bot", "applications.commands"], "permissions": "0"},
        })

    async def get_gateway(self, request: web.Request) -> web.StreamResponse:
        return self.json({"url": self.s.gateway_url})

    async def get_gateway_bot(self, request: web.Request) -> web.StreamResponse:
        return self.json({"url": self.s.gateway_url, "shards": self.s.shards, "session_start_limit": {
            "total": 1000, "remaining": 999, "reset_after": 86_400_000, "max_concurrency": self.s.max_concurrency}})

    # ---- application commands --------------------------------------------------------------------------------

    def _command_scope(self, request: web.Request) -> int | None | web.Response:
        if request.match_info["app_id"] != str(self.s.application_id):
            return self.error(403, 50001, "Missing Access")
        guild = request.match_info.get("guild_id")
        if guild is None:
            return None
        if not guild.isdigit() or int(guild) not in self.s.guilds:
            return self.error(403, 50001, "Missing Access")
        return int(guild)

    async def list_commands(self, request: web.Request) -> web.StreamResponse:
        scope = self._command_scope(request)
        if isinstance(scope, web.Response):
            return scope
        return self.json(list(self.s.commands.get(scope, {}).values()))

    async def put_commands(self, request: web.Request) -> web.StreamResponse:
        scope = self._command_scope(request)
        if isinstance(scope, web.Response):
            return scope
        items = request[RECORD].json or []
        for i, item in enumerate(items):
            if (err := validate_command(item, f"{i}")) is not None:
                return self.json(err, 400)
        old = self.s.commands.get(scope, {})
        new: dict[tuple[int, str], dict[str, Any]] = {}
        for item in items:
            key = (int(item.get("type", 1)), item["name"])
            new[key] = self._store_command(item, scope, old.get(key))
        self.s.commands[scope] = new
        self.s.command_syncs += 1
        return self.json(list(new.values()))

    async def post_command(self, request: web.Request) -> web.StreamResponse:
        scope = self._command_scope(request)
        if isinstance(scope, web.Response):
            return scope
        item = request[RECORD].json or {}
        if (err := validate_command(item, "")) is not None:
            return self.json(err, 400)
        key = (int(item.get("type", 1)), item["name"])
        existing = self.s.commands.setdefault(scope, {})
        created = key not in existing
        existing[key] = self._store_command(item, scope, existing.get(key))
        return self.json(existing[key], 201 if created else 200)

    async def one_command(self, request: web.Request) -> web.StreamResponse:
        scope = self._command_scope(request)
        if isinstance(scope, web.Response):
            return scope
        commands = self.s.commands.get(scope, {})
        key = next((k for k, c in commands.items() if c["id"] == request.match_info["command_id"]), None)
        if key is None:
            return self.error(404, 10063, "Unknown application command")
        if request.method == "DELETE":
            del commands[key]
            return web.Response(status=204)
        if request.method == "PATCH":
            merged = {**commands[key], **(request[RECORD].json or {})}
            del commands[key]
            new_key = (int(merged.get("type", 1)), merged["name"])
            commands[new_key] = self._store_command(merged, scope, merged)
            key = new_key
        return self.json(commands[key])

    def _store_command(self, item: dict[str, Any], scope: int | None, old: dict[str, Any] | None) -> dict[str, Any]:
        cmd = {
            "default_member_permissions": None, "nsfw": False, "description": "", "options": [],
            "name_localizations": None, "description_localizations": None,
            "contexts": None, "integration_types": [0],
            **item,
            "id": old["id"] if old else str(self.s.ids.next()),
            "application_id": str(self.s.application_id),
            "version": str(self.s.ids.next()),
            "type": int(item.get("type", 1)),
        }
        if scope is not None:
            cmd["guild_id"] = str(scope)
        return cmd

    # ---- interactions and their webhooks ---------------------------------------------------------------------

    async def interaction_callback(self, request: web.Request) -> web.StreamResponse:
        s, record = self.s, request[RECORD]
        inter = s.interactions.get(_int(request.match_info["interaction_id"]))
        if inter is None or inter.token != request.match_info["token"]:
            return self.error(404, 10062, "Unknown interaction")
        elapsed = s.clock() - inter.dispatched_at
        if inter.callback_type is not None:
            return self.error(400, 40060, "Interaction has already been acknowledged.")
        if s.enforce_deadline and elapsed > s.callback_deadline:
            inter._record("rejected_late", record.json or {}, [], None)
            return self.error(404, 10062, "Unknown interaction")
        body = record.json or {}
        ctype, data = int(body.get("type", 0)), body.get("data") or {}
        allowed = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8},
                   5: {4, 5, 6, 7} if inter.source_message is not None else {4, 5}}[inter.type]
        if ctype not in allowed:
            return self.json(form_error("type", "INTERACTION_RESPONSE_TYPE_INVALID",
                                        f"Response type {ctype} is not valid for interaction type {inter.type}"), 400)
        message: FakeMessage | None = None
        created = edited = False
        if ctype in (4, 7):
            if (err := validate_message(data, record.files, upload_limit=s.upload_limit, creating=ctype == 4)):
                return self.json(err[1], err[0])
        if ctype == 4:
            message = s.new_message(inter.channel_id, interaction=inter, flags=int(data.get("flags") or 0)
                                    & (FLAG_EPHEMERAL | FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS
                                       | FLAG_COMPONENTS_V2))
            apply_message_payload(message, {k: v for k, v in data.items() if k != "flags"}, record.files,
                                  editing=False, ids=s.ids)
            created = True
        elif ctype == 5:
            message = s.new_message(inter.channel_id, interaction=inter,
                                    flags=FLAG_LOADING | (int(data.get("flags") or 0) & FLAG_EPHEMERAL))
            created = True
        elif ctype in (6, 7):
            message = inter.source_message
            if ctype == 7 and message is not None:
                apply_message_payload(message, data, record.files, editing=True, ids=s.ids)
                edited = True
        elif ctype == 9:
            if not data.get("custom_id") or not data.get("title") or not 1 <= len(data.get("components") or []) <= 5:
                return self.json(form_error("data", "BASE_TYPE_REQUIRED", "Invalid modal"), 400)
            inter.modal = data
        inter.callback_type, inter.callback_data, inter.callback_latency = ctype, data, elapsed
        if message is not None:
            inter.original = message
        inter._record("callback", body, record.files, message)
        if created or edited:
            await s.announce(message, "MESSAGE_CREATE" if created else "MESSAGE_UPDATE")  # type: ignore[arg-type]
        if record.query.get("with_response") not in ("1", "true", "True"):
            return web.Response(status=204)
        answer: dict[str, Any] = {"interaction": {"id": str(inter.id), "type": inter.type}}
        if message is not None:
            answer["interaction"].update(response_message_id=str(message.id),
                                         response_message_loading=message.loading,
                                         response_message_ephemeral=message.ephemeral)
        if ctype in (4, 5, 7) and message is not None:
            answer["resource"] = {"type": ctype, "message": message.to_payload()}
        elif ctype != 6:
            answer["resource"] = {"type": ctype}
        return self.json(answer)

    def _webhook_interaction(self, request: web.Request) -> FakeInteraction | web.Response:
        inter = self.s.interactions_by_token.get(request.match_info["token"])
        if request.match_info["app_id"] != str(self.s.application_id) or inter is None:
            return self.error(404, 10015, "Unknown Webhook")
        if inter.expired:
            return self.error(401, 50027, "Invalid Webhook Token")
        if inter.callback_type is None:
            return self.error(404, 10015, "Unknown Webhook")
        return inter

    async def execute_webhook(self, request: web.Request) -> web.StreamResponse:
        inter = self._webhook_interaction(request)
        if isinstance(inter, web.Response):
            return inter
        record, s = request[RECORD], self.s
        data = record.json or {}
        if (err := validate_message(data, record.files, upload_limit=s.upload_limit, creating=True)):
            return self.json(err[1], err[0])
        flags = int(data.get("flags") or 0) & (FLAG_EPHEMERAL | FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS
                                               | FLAG_COMPONENTS_V2)
        message = s.new_message(inter.channel_id, interaction=inter, flags=flags)
        apply_message_payload(message, {k: v for k, v in data.items() if k != "flags"}, record.files,
                              editing=False, ids=s.ids)
        inter.followups.append(message)
        inter._record("followup", data, record.files, message)
        await s.announce(message, "MESSAGE_CREATE")
        if record.query.get("wait") in ("1", "true", "True"):
            return self.json(message.to_payload())
        return web.Response(status=204)

    async def webhook_message(self, request: web.Request) -> web.StreamResponse:
        inter = self._webhook_interaction(request)
        if isinstance(inter, web.Response):
            return inter
        record, s = request[RECORD], self.s
        mid = request.match_info["message_id"]
        is_original = mid == "@original" or (inter.original is not None and mid == str(inter.original.id))
        message = inter.original if is_original else next((m for m in inter.followups if str(m.id) == mid), None)
        if message is None or message.deleted:
            return self.error(404, 10008, "Unknown Message")
        prefix = "" if is_original else "followup_"
        if request.method == "GET":
            return self.json(message.to_payload())
        if request.method == "DELETE":
            message.deleted = True
            inter._record(prefix + "delete", {}, [], message)
            await s.announce(message, "MESSAGE_DELETE")
            return web.Response(status=204)
        data = record.json or {}
        if (err := validate_message(data, record.files, upload_limit=s.upload_limit, creating=False)):
            return self.json(err[1], err[0])
        apply_message_payload(message, data, record.files, editing=True, ids=s.ids)
        inter._record(prefix + "edit", data, record.files, message)
        await s.announce(message, "MESSAGE_UPDATE")
        return self.json(message.to_payload())

    # ---- channels, messages, guild ---------------------------------------------------------------------------

    def _channel(self, request: web.Request) -> dict[str, Any] | web.Response:
        channel = self.s.channels.get(_int(request.match_info["channel_id"]))
        return channel if channel is not None else self.error(404, 10003, "Unknown Channel")

    async def get_channel(self, request: web.Request) -> web.StreamResponse:
        channel = self._channel(request)
        return channel if isinstance(channel, web.Response) else self.json(channel)

    async def create_message(self, request: web.Request) -> web.StreamResponse:
        channel = self._channel(request)
        if isinstance(channel, web.Response):
            return channel
        record, s = request[RECORD], self.s
        data = record.json or {}
        perms = s.bot_permissions(int(channel["id"]))
        needed = SEND_MESSAGES_IN_THREADS if channel["type"] == PUBLIC_THREAD else SEND_MESSAGES
        if not perms & needed or (record.files and not perms & ATTACH_FILES):
            return self.error(403, 50013, "Missing Permissions")
        if (err := validate_message(data, record.files, upload_limit=s.upload_limit, creating=True)):
            return self.json(err[1], err[0])
        message = s.new_message(int(channel["id"]), flags=int(data.get("flags") or 0)
                                & (FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_COMPONENTS_V2))
        apply_message_payload(message, {k: v for k, v in data.items() if k != "flags"}, record.files,
                              editing=False, ids=s.ids)
        await s.announce(message, "MESSAGE_CREATE")
        return self.json(message.to_payload())

    async def channel_message(self, request: web.Request) -> web.StreamResponse:
        channel = self._channel(request)
        if isinstance(channel, web.Response):
            return channel
        s = self.s
        message = s.messages.get(_int(request.match_info["message_id"]))
        if message is None or message.deleted or message.channel_id != int(channel["id"]) or message.ephemeral:
            return self.error(404, 10008, "Unknown Message")
        if request.method == "GET":
            return self.json(message.to_payload())
        if message.author.get("id") != str(s.bot.id):
            return self.error(403, 50005, "Cannot edit a message authored by another user")
        if request.method == "DELETE":
            message.deleted = True
            await s.announce(message, "MESSAGE_DELETE")
            return web.Response(status=204)
        data = request[RECORD].json or {}
        if (err := validate_message(data, request[RECORD].files, upload_limit=s.upload_limit, creating=False)):
            return self.json(err[1], err[0])
        apply_message_payload(message, data, request[RECORD].files, editing=True, ids=s.ids)
        await s.announce(message, "MESSAGE_UPDATE")
        return self.json(message.to_payload())

    async def typing(self, request: web.Request) -> web.StreamResponse:
        channel = self._channel(request)
        return channel if isinstance(channel, web.Response) else web.Response(status=204)

    async def create_dm(self, request: web.Request) -> web.StreamResponse:
        user_id = _int(str((request[RECORD].json or {}).get("recipient_id")))
        user = next((u for u in self.s.users.values() if u.id == user_id), None)
        if user is None:
            return self.error(404, 10013, "Unknown User")
        return self.json(self.s.dm_channel(user))

    async def get_guild(self, request: web.Request) -> web.StreamResponse:
        guild = _int(request.match_info["guild_id"])
        if guild not in self.s.guilds:
            return self.error(404, 10004, "Unknown Guild")
        payload = self.s.guild_payload(guild)
        for key in ("channels", "threads", "members", "presences", "voice_states"):
            payload.pop(key, None)
        return self.json(payload)

    async def get_guild_channels(self, request: web.Request) -> web.StreamResponse:
        guild = request.match_info["guild_id"]
        if _int(guild) not in self.s.guilds:
            return self.error(404, 10004, "Unknown Guild")
        return self.json([c for c in self.s.channels.values() if c.get("guild_id") == guild
                          and c["type"] != PUBLIC_THREAD])

    async def get_member(self, request: web.Request) -> web.StreamResponse:
        user_id = _int(request.match_info["user_id"])
        member = next((u for u in self.s.all_members() if u.id == user_id), None)
        if _int(request.match_info["guild_id"]) not in self.s.guilds or member is None:
            return self.error(404, 10007, "Unknown Member")
        return self.json(member.member_payload(joined_at=self.s.joined_at))

    # ---- CDN and the rest ------------------------------------------------------------------------------------

    async def cdn(self, request: web.Request) -> web.StreamResponse:
        f = self.s.find_file(_int(request.match_info["attachment_id"]))
        if f is None or f.filename != request.match_info["filename"]:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=f.data, content_type=(f.content_type or "application/octet-stream").split(";")[0])

    async def not_found(self, request: web.Request) -> web.StreamResponse:
        self.unhandled.append(request[RECORD])
        log.warning("unemulated route: %s %s", request.method, request.path)
        return self.error(404, 0, "404: Not Found")


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        return -1


def validate_command(cmd: dict[str, Any], where: str) -> dict[str, Any] | None:
    """Discord's checks on a command payload that most often break a real sync (400 Invalid Form Body)."""
    prefix = f"{where}." if where else ""
    ctype = int(cmd.get("type", 1))
    name = cmd.get("name") or ""
    bad_name = not COMMAND_NAME_RE.match(name) or name != name.lower() if ctype == 1 else not 1 <= len(name) <= 32
    if bad_name:
        return form_error(prefix + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    if ctype == 1 and not 1 <= len(cmd.get("description") or "") <= 100:
        return form_error(prefix + "description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    return _validate_options(cmd.get("options") or [], prefix + "options")


def _validate_options(options: list[dict[str, Any]], where: str) -> dict[str, Any] | None:
    if len(options) > 25:
        return form_error(where, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    seen_optional = False
    for i, opt in enumerate(options):
        here = f"{where}.{i}"
        name = opt.get("name") or ""
        if not COMMAND_NAME_RE.match(name) or name != name.lower():
            return form_error(here + ".name", "APPLICATION_COMMAND_INVALID_NAME", "Option name is invalid")
        if not 1 <= len(opt.get("description") or "") <= 100:
            return form_error(here + ".description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
        if len(opt.get("choices") or []) > 25:
            return form_error(here + ".choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        if opt.get("type") in (1, 2):
            if (err := _validate_options(opt.get("options") or [], here + ".options")) is not None:
                return err
        elif opt.get("required"):
            if seen_optional:
                return form_error(here + ".required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                                  "Required options must be placed before non-required options")
        else:
            seen_optional = True
    return None
