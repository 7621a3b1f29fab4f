"""Localization: Korean and English for command metadata (a discord.py Translator) and every user-facing message.

Catalogs live in `bot/locales/<lang>.toml`. English is the fallback. Messages about job outcomes are keyed by the
`Result.code` / `InvalidRequest.code` the generators return, whose own English text is the last fallback, so the
English wording of those lives in one place.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where

from generators.requests import InvalidRequest, Result

LOCALES_DIR = Path(__file__).parent / "locales"
DEFAULT_LANGUAGE = "en"


@cache
def catalog(language: str) -> dict[str, str]:
    path = LOCALES_DIR / f"{language}.toml"
    if not path.is_file():
        return {}
    flat: dict[str, str] = {}

    def walk(prefix: str, table: dict[str, Any]) -> None:
        for key, value in table.items():
            if isinstance(value, dict):
                walk(f"{prefix}{key}.", value)
            else:
                flat[f"{prefix}{key}"] = value

    walk("", tomllib.loads(path.read_text(encoding="utf-8")))
    return flat


def language_of(locale: discord.Locale | str | None) -> str:
    """`ko` for Korean, else English (Discord sends e.g. `en-US`, `ko`)."""
    value = locale.value if isinstance(locale, discord.Locale) else (locale or "")
    language = value.split("-")[0].lower()
    return language if catalog(language) else DEFAULT_LANGUAGE


def t(key: str, locale: discord.Locale | str | None = None, default: str | None = None, **params: Any) -> str:
    language = language_of(locale)
    template = catalog(language).get(key) or catalog(DEFAULT_LANGUAGE).get(key) or default or key
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return default or template


def result_reason(result: Result, locale: discord.Locale | str | None) -> str:
    params = dict(result.params)
    if "category" in params:
        params["category_label"] = t(f"categories.{params['category']}", locale, default=str(params["category"]))
    return t(f"result.{result.code}", locale, default=result.reason, **params)


def invalid_reason(error: InvalidRequest, locale: discord.Locale | str | None) -> str:
    params = {k: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v
              for k, v in error.params.items() if k != "default"}  # t() has its own `default` argument
    return t(f"invalid.{error.code}", locale, default=str(error), **params)


class Translator(app_commands.Translator):
    """Command names, descriptions, option names and choices from the catalogs, keyed by where they appear."""

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        language = locale.value.split("-")[0]
        if language == DEFAULT_LANGUAGE:
            return None
        key = self._key(context)
        return catalog(language).get(key) if key else None

    @staticmethod
    def _key(context: app_commands.TranslationContextTypes) -> str | None:
        data: Any = context.data
        if context.location in (Where.command_name, Where.group_name):
            return f"commands.{data.qualified_name}.name"
        if context.location in (Where.command_description, Where.group_description):
            return f"commands.{data.qualified_name}.description"
        if context.location is Where.parameter_name:
            return f"commands.{data.command.qualified_name}.options.{data.name}.name"
        if context.location is Where.parameter_description:
            return f"commands.{data.command.qualified_name}.options.{data.name}.description"
        if context.location is Where.choice_name:
            return f"choices.{data.value}"
        return None
