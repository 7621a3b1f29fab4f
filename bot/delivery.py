"""The Discord side of one job: validate, submit, defer, show progress with throttled edits, deliver the result.

Every path ends in exactly one message the requester sees. Nothing here blocks the event loop.
"""

from __future__ import annotations

import asyncio
import io
import logging
from typing import Any, Callable

import discord

from bot import render
from bot.i18n import invalid_reason, t
from generators.requests import InvalidRequest, Request, TextRequest
from generators.runtime import Job, Progress

log = logging.getLogger(__name__)

EDIT_INTERVAL_S = 1.0  # Discord rate-limits faster edits of one message


class ProgressEditor:
    """Collects progress events and edits the deferred response at most once per EDIT_INTERVAL_S."""

    def __init__(self, interaction: discord.Interaction, request: Request) -> None:
        self.interaction = interaction
        self.locale = str(interaction.locale)
        self.request = request
        self.partial = ""  # streamed text so far
        self.preview: bytes | None = None  # the newest small preview image, not yet shown
        self.latest: str = ""
        self.shown: str = ""
        self.job: Job | None = None
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

    def _queue_line(self) -> str:
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
            line = self._queue_line()
            preview, self.preview = self.preview, None
            if (not line or line == self.shown) and preview is None:
                continue
            self.shown = line
            extra: dict[str, Any] = {}
            if preview is not None:
                extra["attachments"] = [discord.File(io.BytesIO(preview), filename="preview.png")]
            try:
                await self.interaction.edit_original_response(content=line, **extra)
            except discord.HTTPException as exc:
                log.warning("progress edit failed: %s", exc)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


async def run_request(interaction: discord.Interaction, build: Callable[..., Request], **options: Any) -> None:
    client: Any = interaction.client
    client.track_delivery()
    try:
        request = build(client.config, str(interaction.user.id), **options)
    except InvalidRequest as exc:
        await interaction.response.send_message(f"⚠️ {invalid_reason(exc, interaction.locale)}", ephemeral=True)
        return
    editor = ProgressEditor(interaction, request)
    job = client.runtime.submit(request, on_progress=editor.on_progress)
    if job.done:  # refused at once (queue full, per-user cap): only the requester needs to know
        await interaction.response.send_message(render.failure_text(await job.wait(), editor.locale), ephemeral=True)
        return
    try:
        await interaction.response.defer(thinking=True)
    except discord.HTTPException:
        job.cancel()  # nobody can receive the result
        raise
    editor.start(job)
    try:
        result = await job.wait()
    finally:
        await editor.stop()
    if not result.ok:
        await interaction.edit_original_response(content=render.failure_text(result, editor.locale))
        return
    content, artifacts = render.final_message(job.request, result, editor.locale)
    files, too_big = render.discord_files(artifacts, interaction.filesize_limit)
    await interaction.edit_original_response(content=render.with_left_out(content, too_big, editor.locale),
                                             attachments=files)
