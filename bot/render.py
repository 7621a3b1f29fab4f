"""Results as Discord messages, within Discord's limits (2000-character content, the upload size limit)."""

from __future__ import annotations

import io

import discord

from bot.i18n import result_reason, t
from generators.requests import Artifact, JobStatus, Request, Result, TextRequest

MAX_CONTENT = 2000
MAX_PROMPT_ECHO = 300  # characters of the prompt repeated above generated text
STATUS_ICONS = {
    JobStatus.DONE: "✅",
    JobStatus.REJECTED: "⏳",
    JobStatus.BLOCKED: "🚫",
    JobStatus.CANCELLED: "✖️",
    JobStatus.TIMED_OUT: "⌛",
    JobStatus.FAILED: "⚠️",
}


def clip(text: str, limit: int = MAX_CONTENT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clip_tail(text: str, limit: int) -> str:
    """The end of `text` within `limit` characters: a stream preview shows the newest words."""
    return text if len(text) <= limit else "…" + text[-(limit - 1):]


def cut_at_boundary(text: str, limit: int) -> str:
    """At most `limit` characters, ending at a paragraph, sentence or word boundary when one is near."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for mark in ("\n\n", "\n", ". ", "。", "! ", "? ", "다. ", " "):
        cut = head.rfind(mark)
        if cut >= limit * 0.6:
            return head[: cut + len(mark)].rstrip()
    return head


def failure_text(result: Result, locale: str | None = None) -> str:
    return clip(f"{STATUS_ICONS[result.status]} {result_reason(result, locale)}")


def text_body(request: TextRequest, generated: str) -> str:
    return f"**{clip(request.prompt, MAX_PROMPT_ECHO)}**{generated}"


def stream_preview(request: TextRequest, partial: str) -> str:
    return clip_tail(text_body(request, partial) + " ▌", MAX_CONTENT)


def _footer(result: Result, request: Request, locale: str | None) -> str:
    meta = result.output.meta if result.output else {}
    parts = [t("text.ai_generated", locale)]
    if meta.get("model"):
        parts.append(str(meta["model"]))
    parts.append(t("text.seed", locale, seed=request.seed))
    return "\n-# " + " · ".join(parts)


def final_message(request: Request, result: Result, locale: str | None = None) -> tuple[str, list[Artifact]]:
    """Content and files for a finished job. Text too long for one message is cut sensibly and attached in full."""
    assert result.output is not None
    if not isinstance(request, TextRequest):
        return clip(result.output.text), list(result.output.files)
    footer = _footer(result, request, locale)
    body = text_body(request, result.output.text)
    if len(body) + len(footer) <= MAX_CONTENT:
        return body + footer, list(result.output.files)
    note = "\n" + t("text.continued", locale)
    head = cut_at_boundary(body, MAX_CONTENT - len(footer) - len(note))
    full = Artifact(f"write-{request.seed}.txt", (request.prompt + result.output.text).encode(), "text/plain",
                    "The full generated text")
    return head + note + footer, [*result.output.files, full]


def discord_files(artifacts: list[Artifact], size_limit: int, *,
                  spoiler: bool = False) -> tuple[list[discord.File], list[str]]:
    """Files that fit the upload limit, and the names of those that did not. `spoiler` hides images behind a
    click (adult content the policy allows only that way)."""
    files, too_big = [], []
    for artifact in artifacts:
        if len(artifact.data) > size_limit:
            too_big.append(artifact.filename)
            continue
        files.append(discord.File(io.BytesIO(artifact.data), filename=artifact.filename, spoiler=spoiler,
                                  description=clip(artifact.description, 1024) or None))
    return files, too_big


def with_left_out(content: str, too_big: list[str], locale: str | None = None) -> str:
    if not too_big:
        return content
    return clip(content + "\n" + t("text.too_big", locale, names=", ".join(too_big)))
