"""Buttons on results. Each is a `DynamicItem`: its state lives in its custom_id (and the jobs table), so it keeps
working after the bot restarts.

Cancel (while queued or running), Re-roll (same options, new seed), Delete (requester or moderator), Report (sends
the output and its context to the moderation log channel).
"""

from __future__ import annotations

import logging
import re
from typing import Any

import discord

from bot.i18n import t

log = logging.getLogger(__name__)


def is_moderator(interaction: discord.Interaction) -> bool:
    permissions = interaction.permissions
    return bool(permissions.manage_messages or permissions.manage_guild or permissions.administrator)


class CancelButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"genbot:cancel:(?P<job>[\w-]+):(?P<user>\d+)"):
    def __init__(self, job_id: str, user_id: int, locale: str | None = None) -> None:
        super().__init__(discord.ui.Button(label=t("buttons.cancel", locale), style=discord.ButtonStyle.secondary,
                                           emoji="✖️", custom_id=f"genbot:cancel:{job_id}:{user_id}"))
        self.job_id = job_id
        self.user_id = user_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button[Any],
                             match: re.Match[str]) -> "CancelButton":
        return cls(match["job"], int(match["user"]), str(interaction.locale))

    async def callback(self, interaction: discord.Interaction) -> None:
        locale = str(interaction.locale)
        if interaction.user.id != self.user_id and not is_moderator(interaction):
            await interaction.response.send_message(t("buttons.not_yours", locale), ephemeral=True)
            return
        job = interaction.client.runtime.jobs.get(self.job_id)  # type: ignore[attr-defined]
        if job is None or not job.cancel():
            await interaction.response.send_message(t("buttons.already_finished", locale), ephemeral=True)
            return
        await interaction.response.send_message(t("buttons.cancelled", locale), ephemeral=True)


class RerollButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"genbot:reroll:(?P<ref>\d+)"):
    def __init__(self, ref: int, locale: str | None = None) -> None:
        super().__init__(discord.ui.Button(label=t("buttons.reroll", locale), style=discord.ButtonStyle.primary,
                                           emoji="🎲", custom_id=f"genbot:reroll:{ref}"))
        self.ref = ref

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button[Any],
                             match: re.Match[str]) -> "RerollButton":
        return cls(int(match["ref"]), str(interaction.locale))

    async def callback(self, interaction: discord.Interaction) -> None:
        from bot.commands import COMMANDS
        from bot.delivery import run_request

        client: Any = interaction.client
        job = await client.storage.job(self.ref)
        spec = COMMANDS.get(job["command"]) if job else None
        if job is None or spec is None:
            await interaction.response.send_message(t("buttons.gone", str(interaction.locale)), ephemeral=True)
            return
        options = {k: v for k, v in job["options"].items() if k != "seed"}
        await run_request(interaction, spec.build_request, command=spec.name, **options)


class DeleteButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"genbot:delete:(?P<user>\d+)"):
    def __init__(self, user_id: int, locale: str | None = None) -> None:
        super().__init__(discord.ui.Button(label=t("buttons.delete", locale), style=discord.ButtonStyle.secondary,
                                           emoji="🗑️", custom_id=f"genbot:delete:{user_id}"))
        self.user_id = user_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button[Any],
                             match: re.Match[str]) -> "DeleteButton":
        return cls(int(match["user"]), str(interaction.locale))

    async def callback(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.user_id and not is_moderator(interaction):
            await interaction.response.send_message(t("buttons.not_yours", str(interaction.locale)), ephemeral=True)
            return
        await interaction.response.defer()
        if interaction.message is not None:
            await interaction.message.delete()


class ReportButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"genbot:report:(?P<ref>\d+)"):
    def __init__(self, ref: int, locale: str | None = None) -> None:
        super().__init__(discord.ui.Button(label=t("buttons.report", locale), style=discord.ButtonStyle.danger,
                                           emoji="🚩", custom_id=f"genbot:report:{ref}"))
        self.ref = ref

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button[Any],
                             match: re.Match[str]) -> "ReportButton":
        return cls(int(match["ref"]), str(interaction.locale))

    async def callback(self, interaction: discord.Interaction) -> None:
        client: Any = interaction.client
        locale = str(interaction.locale)
        settings = await client.storage.settings(interaction.guild_id)
        if settings.mod_log_channel_id is None:
            await interaction.response.send_message(t("buttons.no_modlog", locale), ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        job = await client.storage.job(self.ref) or {}
        message = interaction.message
        files = [await a.to_file() for a in message.attachments] if message is not None else []
        prompt = (job.get("options") or {}).get("prompt", "")
        notice = t("modlog.report", None, reporter=f"<@{interaction.user.id}>",
                   requester=f"<@{job.get('user_id', '?')}>", command=job.get("command", "?"),
                   link=message.jump_url if message is not None else "?", prompt=prompt[:1500] or "-")
        try:
            await client.get_partial_messageable(settings.mod_log_channel_id).send(
                notice, files=files, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            log.warning("report could not be posted: %s", exc)
            await interaction.followup.send(t("buttons.report_failed", locale), ephemeral=True)
            return
        await interaction.followup.send(t("buttons.reported", locale), ephemeral=True)


DYNAMIC_ITEMS = (CancelButton, RerollButton, DeleteButton, ReportButton)


def cancel_view(job_id: str, user_id: int, locale: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(CancelButton(job_id, user_id, locale))
    return view


def result_view(ref: int | None, user_id: int, locale: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    if ref is not None:
        view.add_item(RerollButton(ref, locale))
    view.add_item(DeleteButton(user_id, locale))
    if ref is not None:
        view.add_item(ReportButton(ref, locale))
    return view
