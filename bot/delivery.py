"""The Discord side of one job: gate, validate, check the prompt, submit, defer, show progress, deliver, audit.

Every path ends in exactly one message the requester sees (ephemeral when it concerns only them). Nothing here
blocks the event loop: model code and safety checks run in worker threads, SQLite in its own thread.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
import logging
import math
import time
from typing import Any, Callable

import discord

from bot import render
from bot.i18n import invalid_reason, t
from bot.storage import AuditEntry, GuildSettings
from bot.views import cancel_view, result_view
from generators.requests import InvalidRequest, JobStatus, Request, Result, SafetyContext, TextRequest, blocked_result
from generators.runtime import Job, Progress

log = logging.getLogger(__name__)

EDIT_INTERVAL_S = 1.0  # Discord rate-limits faster edits of one message
INTERACTION_TOKEN_S = 15 * 60.0  # an interaction's token (every edit and follow-up) works this long after it was sent
DELIVERY_MARGIN_S = 60.0  # kept free at the end of the token's life for the upload and retries


def eta_past_token(eta_s: float | None, elapsed_s: float) -> bool:
    """Whether a job expected to finish in `eta_s` (None: not estimated yet) would finish too late to be delivered
    through an interaction that arrived `elapsed_s` ago."""
    return eta_s is not None and eta_s > INTERACTION_TOKEN_S - DELIVERY_MARGIN_S - elapsed_s


class ProgressEditor:
    """Collects progress events and edits the deferred response at most once per EDIT_INTERVAL_S."""

    def __init__(self, interaction: discord.Interaction, request: Request) -> None:
        self.interaction = interaction
        self.request = request
        self.locale = str(interaction.locale)
        self.partial = ""  # streamed text so far
        self.preview: bytes | None = None  # the newest small preview image, not yet shown
        self.latest: str = ""
        self.shown: str = ""
        self.job: Job | None = None
        # The Cancel button rides on the first progress edit (about a second in, queued or running), so a job that
        # is done within that second costs no extra REST call; until an edit carrying it succeeds, every tick tries.
        self.cancel_view: discord.ui.View | None = None
        self._task: asyncio.Task[None] | None = None

    def on_progress(self, job: Job, event: Progress) -> None:
        if event.kind == "loading":
            self.latest = t("progress.loading", self.locale)
        elif event.kind == "started":
            self.latest = t("progress.generating", self.locale)
        elif event.kind == "step" and event.total > 1:
            self.latest = t("progress.steps", self.locale, step=event.step, total=event.total)
        elif event.kind == "preview" and event.preview:
            self.preview = event.preview
            self.latest = t("progress.steps", self.locale, step=event.step, total=event.total)
        elif event.kind == "text" and isinstance(self.request, TextRequest):
            self.partial += event.text
            self.latest = render.stream_preview(self.request, self.partial)

    def _line(self) -> str:
        assert self.job is not None
        position = self.job.position()
        if position is None:
            return self.latest
        eta = self.job.eta()
        if eta is None:
            return t("progress.queued", self.locale, position=position)
        return t("progress.queued_eta", self.locale, position=position, eta=round(eta))

    def start(self, job: Job) -> None:
        self.job = job
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(EDIT_INTERVAL_S)
            line = self._line()
            preview, self.preview = self.preview, None
            view = self.cancel_view
            if (not line or line == self.shown) and preview is None and view is None:
                continue
            extra: dict[str, Any] = {}
            if line and line != self.shown:
                extra["content"] = line
            if preview is not None:
                extra["attachments"] = [discord.File(io.BytesIO(preview), filename="preview.png")]
            if view is not None:
                extra["view"] = view
            try:
                await self.interaction.edit_original_response(**extra)
            except discord.HTTPException as exc:  # a missing Cancel button is no reason to drop the job
                log.warning("progress edit failed%s: %s", " (with the Cancel button)" if view else "", exc)
                continue
            if line:
                self.shown = line
            if view is not None:
                self.cancel_view = None

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


def channel_is_nsfw(interaction: discord.Interaction) -> bool:
    """Age-restricted channel, or a thread under one (threads inherit their parent's flag)."""
    channel = interaction.channel
    is_nsfw = getattr(channel, "is_nsfw", None)
    return bool(is_nsfw()) if callable(is_nsfw) else False


def safety_context(interaction: discord.Interaction, settings: GuildSettings) -> SafetyContext:
    in_dm = interaction.guild_id is None
    policy = "strict" if in_dm else settings.policy
    return SafetyContext(policy=policy, nsfw_channel=policy == "nsfw" and channel_is_nsfw(interaction),
                         blocked_terms=settings.blocked_terms)


class Delivery:
    """One interaction's job from the slash command to its final message and audit row."""

    def __init__(self, interaction: discord.Interaction, command: str) -> None:
        self.interaction = interaction
        self.client: Any = interaction.client
        self.command = command
        self.locale = str(interaction.locale)
        self.started = time.perf_counter()

    async def reply_privately(self, text: str) -> None:
        """An ephemeral answer. After a public defer, the "thinking" message is removed first."""
        response = self.interaction.response
        if not response.is_done():
            await response.send_message(text, ephemeral=True)
            return
        try:
            await self.interaction.delete_original_response()
        except discord.HTTPException as exc:
            log.warning("could not remove the deferred response: %s", exc)
        await self.interaction.followup.send(text, ephemeral=True)

    async def audit(self, request: Request, settings: GuildSettings, result: Result) -> None:
        moderation = result.moderation or {}
        entry = AuditEntry(self.interaction.guild_id, self.interaction.channel_id, self.interaction.user.id,
                           self.command, getattr(request, "prompt", ""), result.status.value,
                           moderation.get("category"), moderation.get("layer"),
                           round((time.perf_counter() - self.started) * 1000, 1))
        self.client.metrics.record_job(self.command, result.status.value, result.timings)
        self.client.metrics.record_decision(result.moderation)
        try:
            await self.client.storage.record(entry, store_prompt=settings.store_prompts)
        except Exception:  # the audit log must never cost the user their result
            log.exception("audit write failed")

    async def strike(self, settings: GuildSettings, result: Result) -> None:
        """Count a blocked request; at the threshold, tell the moderators."""
        safety = self.client.config.safety
        category = result.params.get("category")
        user = self.interaction.user.id
        count = await self.client.gate.add_strike((self.interaction.guild_id, user), category)
        if count != safety.strike_threshold or settings.mod_log_channel_id is None:
            return
        notice = t("modlog.strikes", None, user=f"<@{user}>", count=count,
                   minutes=round(safety.strike_window_s / 60), category=category,
                   channel=f"<#{self.interaction.channel_id}>")
        try:
            await self.client.get_partial_messageable(settings.mod_log_channel_id).send(
                notice, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            log.warning("could not post to the moderation log channel: %s", exc)


async def run_request(interaction: discord.Interaction, build: Callable[..., Request], *, command: str | None = None,
                      **options: Any) -> None:
    """Run one generation for a slash command (or a Re-roll button, which names its `command`)."""
    client: Any = interaction.client
    client.track_delivery()
    command = command or (interaction.command.qualified_name if interaction.command else "?")
    flow = Delivery(interaction, command)
    settings = await client.storage.settings(interaction.guild_id)

    refusal = await client.gate.refusal(interaction, settings, command)
    if refusal is not None:
        key, params = refusal
        await flow.reply_privately(t(key, flow.locale, **params))
        return
    try:
        request = build(client.config, str(interaction.user.id), **options)
    except InvalidRequest as exc:
        await flow.reply_privately(f"⚠️ {invalid_reason(exc, flow.locale)}")
        return
    request = dataclasses.replace(request, safety=safety_context(interaction, settings))
    # Defer before anything that may wait (safety models, a busy thread pool): Discord's 3 seconds are for this.
    await interaction.response.defer(thinking=True)

    decision = await client.runtime.check_prompt(request)
    if not decision.allowed:
        result = blocked_result(decision, "prompt")
        await flow.reply_privately(render.failure_text(result, flow.locale))
        await flow.audit(request, settings, result)
        await flow.strike(settings, result)
        return

    editor = ProgressEditor(interaction, request)
    job = client.runtime.submit(request, on_progress=editor.on_progress)
    if job.done:  # refused at once (queue full, per-user cap): only the requester needs to know
        result = await job.wait()
        await flow.reply_privately(render.failure_text(result, flow.locale))
        await flow.audit(job.request, settings, result)
        return
    eta = job.eta()
    if eta_past_token(eta, time.perf_counter() - flow.started):  # it would end after Discord stops taking the answer
        job.cancel()
        text = t("gate.eta_too_long", flow.locale, minutes=math.ceil(eta / 60),  # type: ignore[operator]
                 limit=round(INTERACTION_TOKEN_S / 60))
        await flow.reply_privately(f"⏳ {text}")
        await flow.audit(job.request, settings, Result(JobStatus.REJECTED, "eta_too_long", text,
                                                       {"eta_s": round(eta)}))  # type: ignore[arg-type]
        return
    editor.cancel_view = cancel_view(job.id, interaction.user.id, flow.locale)  # shown with the first progress edit
    editor.start(job)
    try:
        result = await job.wait()
    finally:
        await editor.stop()
    ref = None
    if result.ok and settings.store_prompts:  # Re-roll and Report need the options after a restart too
        kept = {k: v for k, v in options.items() if v is not None}
        ref = await client.storage.remember_job(interaction.guild_id, interaction.user.id, command, kept)
    sent = time.perf_counter()
    try:
        if result.status is JobStatus.BLOCKED:  # the output broke the policy: only the requester hears about it
            await flow.reply_privately(render.failure_text(result, flow.locale))
        else:
            await deliver(interaction, job.request, result, flow.locale,
                          result_view(ref, interaction.user.id, flow.locale) if result.ok else None)
    except discord.HTTPException as exc:  # Discord kept refusing (after discord.py's own retries)
        log.warning("could not deliver job %s: %s", job.id, exc)
        result = Result(JobStatus.FAILED, "delivery_failed", "The result could not be posted to Discord.",
                        moderation=result.moderation, timings=result.timings)
        try:
            await flow.reply_privately(t("errors.delivery_failed", flow.locale))  # also removes the progress message
        except discord.HTTPException:
            pass  # Discord is unreachable for us; the audit row still records the failure
    result = dataclasses.replace(result, timings={**result.timings, "upload_s": time.perf_counter() - sent})
    await flow.audit(job.request, settings, result)
    if result.status is JobStatus.BLOCKED:
        await flow.strike(settings, result)


async def deliver(interaction: discord.Interaction, request: Request, result: Result, locale: str,
                  view: discord.ui.View | None) -> None:
    """Replace the deferred "thinking" message with the result (and its buttons), or with what went wrong."""
    if not result.ok:
        await interaction.edit_original_response(content=render.failure_text(result, locale), attachments=[],
                                                 view=None)
        return
    content, artifacts = render.final_message(request, result, locale)
    files, too_big = render.discord_files(artifacts, interaction.filesize_limit,
                                          spoiler=bool((result.moderation or {}).get("spoiler")))
    await interaction.edit_original_response(content=render.with_left_out(content, too_big, locale),
                                             attachments=files, view=view)
