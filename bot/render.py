"""Results as Discord messages, within Discord's limits (2000-character content, the upload size limit)."""

from __future__ import annotations

import io

import discord

from generators.requests import JobStatus, Result

MAX_CONTENT = 2000
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


def failure_text(result: Result) -> str:
    return clip(f"{STATUS_ICONS[result.status]} {result.reason}")


def result_files(result: Result, size_limit: int) -> tuple[list[discord.File], list[str]]:
    """Files that fit the upload limit, and the names of those that did not."""
    files, too_big = [], []
    for artifact in result.output.files if result.output else ():
        if len(artifact.data) > size_limit:
            too_big.append(artifact.filename)
            continue
        files.append(discord.File(io.BytesIO(artifact.data), filename=artifact.filename,
                                  description=clip(artifact.description, 1024) or None))
    return files, too_big


def result_content(result: Result, too_big: list[str]) -> str:
    text = result.output.text if result.output else ""
    if too_big:
        text += f"\n(left out, larger than this server's upload limit: {', '.join(too_big)})"
    return clip(text)
