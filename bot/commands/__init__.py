"""Slash commands. Each module defines one discord.py app command and the function that turns its options into a
generator request; the console front end parses the same command definitions, so both front ends share one source of
truth for names, ranges and choices."""

from __future__ import annotations

from bot.commands import draw, sample_digit, write
from bot.commands.spec import CommandSpec

COMMANDS: dict[str, CommandSpec] = {spec.name: spec for spec in (write.SPEC, draw.SPEC, sample_digit.SPEC)}
