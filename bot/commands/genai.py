"""/genai: settings (moderators), queue, help, forget-me. Every answer here is ephemeral."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.i18n import t
from bot.storage import GuildSettings
from generators.requests import POLICY_LEVELS

GENERATION_COMMANDS = ("write", "draw", "sample-digit")
COMMAND_OF_FAMILY = {"text": "write", "image": "draw", "digits": "sample-digit"}

genai = app_commands.Group(name="genai", description="Settings, your queue, help and your data")


def can_manage(interaction: discord.Interaction) -> bool:
    permissions = interaction.permissions
    return bool(permissions.manage_guild or permissions.administrator)


def describe_settings(settings: GuildSettings, locale: str) -> str:
    lines = [t("settings.title", locale)]
    off = ", ".join("/" + c for c in settings.disabled_commands) or "-"
    per_channel = "; ".join(f"<#{channel}>: {', '.join('/' + c for c in cmds) or '-'}"
                            for channel, cmds in settings.channel_commands.items()) or "-"
    lines += [
        t("settings.policy", locale, policy=settings.policy),
        t("settings.disabled", locale, commands=off),
        t("settings.channels", locale, channels=per_channel),
        t("settings.cooldown", locale, seconds=f"{settings.cooldown_s:g}"),
        t("settings.modlog", locale, channel=f"<#{settings.mod_log_channel_id}>" if settings.mod_log_channel_id
          else "-"),
        t("settings.retention", locale, days=settings.retention_days,
          prompts=t("settings.prompts_kept" if settings.store_prompts else "settings.prompts_hashed", locale)),
        t("settings.terms", locale, count=len(settings.blocked_terms)),
    ]
    return "\n".join(lines)


@genai.command(name="settings", description="View or change this server's bot settings (Manage Server)")
@app_commands.guild_only()
@app_commands.describe(
    policy="Safety level: strict (default), standard, or nsfw (adult content only in age-restricted channels)",
    command="A command to switch on or off (with 'enabled')",
    enabled="Switch 'command' on or off",
    channel="Apply the on/off switch to this channel only",
    cooldown_s="Seconds each member waits between requests (0 = none)",
    mod_log_channel="Where strike notices and reports go",
    retention_days="Days to keep the audit log",
    store_prompts="Keep prompts in the audit log (off: only a hash)",
    blocked_term="A term to block in prompts (prefix with - to remove it)",
)
@app_commands.choices(policy=[app_commands.Choice(name=p, value=p) for p in POLICY_LEVELS],
                      command=[app_commands.Choice(name="/" + c, value=c) for c in GENERATION_COMMANDS])
async def settings_command(interaction: discord.Interaction, policy: app_commands.Choice[str] | None = None,
                           command: app_commands.Choice[str] | None = None, enabled: bool | None = None,
                           channel: discord.TextChannel | None = None,
                           cooldown_s: app_commands.Range[float, 0.0, 3600.0] | None = None,
                           mod_log_channel: discord.TextChannel | None = None,
                           retention_days: app_commands.Range[int, 1, 365] | None = None,
                           store_prompts: bool | None = None,
                           blocked_term: app_commands.Range[str, 2, 100] | None = None) -> None:
    client: Any = interaction.client
    locale = str(interaction.locale)
    if not can_manage(interaction):  # checked here too: Discord's own permission gate can be overridden per guild
        await interaction.response.send_message(t("settings.denied", locale), ephemeral=True)
        return
    if (command is None) != (enabled is None):
        await interaction.response.send_message(t("settings.command_and_enabled", locale), ephemeral=True)
        return
    current: GuildSettings = await client.storage.settings(interaction.guild_id)
    changes: dict[str, Any] = {}
    if policy is not None:
        changes["policy"] = policy.value
    if command is not None and enabled is not None:
        if channel is None:
            disabled = set(current.disabled_commands) - {command.value}
            changes["disabled_commands"] = tuple(sorted(disabled if enabled else disabled | {command.value}))
        else:
            per_channel = {k: list(v) for k, v in current.channel_commands.items()}
            allowed = set(per_channel.get(str(channel.id), GENERATION_COMMANDS)) - {command.value}
            per_channel[str(channel.id)] = sorted(allowed | {command.value} if enabled else allowed)
            changes["channel_commands"] = per_channel
    if cooldown_s is not None:
        changes["cooldown_s"] = float(cooldown_s)
    if mod_log_channel is not None:
        changes["mod_log_channel_id"] = mod_log_channel.id
    if retention_days is not None:
        changes["retention_days"] = retention_days
    if store_prompts is not None:
        changes["store_prompts"] = store_prompts
    if blocked_term is not None:
        term = blocked_term.strip().lower()
        removing = term.startswith("-")
        terms = set(current.blocked_terms) - {term.lstrip("-").strip()}
        changes["blocked_terms"] = tuple(sorted(terms if removing else terms | {term}))
    updated = await client.storage.update_settings(interaction.guild_id, **changes) if changes else current
    header = t("settings.saved", locale) if changes else ""
    await interaction.response.send_message((header + "\n" if header else "") + describe_settings(updated, locale),
                                            ephemeral=True, allowed_mentions=discord.AllowedMentions.none())


@genai.command(name="queue", description="Your jobs that are waiting or running")
async def queue_command(interaction: discord.Interaction) -> None:
    client: Any = interaction.client
    locale = str(interaction.locale)
    jobs = client.runtime.jobs_of(str(interaction.user.id))
    if not jobs:
        await interaction.response.send_message(t("queue.empty", locale), ephemeral=True)
        return
    lines = [t("queue.title", locale)]
    for job in jobs:
        position, eta = job.position(), job.eta()
        where = (t("queue.running", locale) if position is None else t("queue.position", locale, position=position))
        lines.append(f"• /{COMMAND_OF_FAMILY.get(job.request.family, job.request.family)} — {where}" + (f" · ~{eta:.0f} s" if eta is not None else ""))
    await interaction.response.send_message("\n".join(lines), ephemeral=True)


@genai.command(name="help", description="What this bot can do and how to use it")
async def help_command(interaction: discord.Interaction) -> None:
    await interaction.response.send_message(t("help.text", str(interaction.locale)), ephemeral=True)


@genai.command(name="forget-me", description="Erase everything this bot has recorded about you")
async def forget_me_command(interaction: discord.Interaction) -> None:
    client: Any = interaction.client
    removed = await client.storage.forget_user(interaction.user.id)
    client.gate.forget(interaction.user.id)
    await interaction.response.send_message(t("forget.done", str(interaction.locale), count=removed), ephemeral=True)
