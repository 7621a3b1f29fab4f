"""Korean and English: command metadata through the Translator, and user-facing messages."""

from __future__ import annotations

import re
import string

import discord
import pytest
from discord import app_commands

from bot.commands import COMMANDS
from bot.i18n import Translator, catalog, invalid_reason, language_of, result_reason, t
from generators.requests import DigitRequest, InvalidRequest, JobStatus, Result

NAME_RULE = re.compile(r"^[-_\w]{1,32}$")  # Discord's rule for command and option names


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_korean_keys_use_only_placeholders_english_knows():
    en, ko = catalog("en"), catalog("ko")
    for key, template in ko.items():
        if key in en:
            assert _fields(template) == _fields(en[key]), key


async def test_every_command_and_option_has_a_valid_korean_name_and_description():
    translator = Translator()
    tree = app_commands.CommandTree(discord.Client(intents=discord.Intents.none()))
    for spec in COMMANDS.values():
        tree.add_command(spec.app_command)
    await tree.set_translator(translator)
    for spec in COMMANDS.values():
        payload = await spec.app_command.get_translated_payload(tree, translator)
        name = payload["name_localizations"]["ko"]
        assert NAME_RULE.match(name) and name == name.lower(), name
        assert payload["description_localizations"]["ko"]
        for option in payload["options"]:
            name = option["name_localizations"]["ko"]
            assert NAME_RULE.match(name) and name == name.lower(), name
            assert option["description_localizations"]["ko"], option["name"]
            assert len(option["description_localizations"]["ko"]) <= 100


def test_messages_follow_the_locale_with_english_fallback():
    result = Result(JobStatus.REJECTED, "queue_full", "The queue is full (5 jobs waiting).", {"queued": 5})
    assert "대기열" in result_reason(result, discord.Locale.korean)
    assert result_reason(result, discord.Locale.american_english) == result.reason
    assert result_reason(result, "fr") == result.reason
    assert language_of("ko") == "ko" and language_of("en-GB") == "en" and language_of(None) == "en"


def test_unknown_codes_fall_back_to_the_generators_english():
    result = Result(JobStatus.FAILED, "brand_new_code", "Something new.", {})
    assert result_reason(result, "ko") == "Something new."


@pytest.mark.parametrize("kwargs", [{"count": 99}, {"digit": -1}, {"model": "x"}])
def test_invalid_options_are_explained_in_korean(kwargs):
    with pytest.raises(InvalidRequest) as info:
        DigitRequest(**kwargs)
    text = invalid_reason(info.value, "ko")
    assert info.value.param in text and re.search("[가-힣]", text)


def test_progress_lines_exist_in_both_languages():
    for key in ("progress.loading", "progress.generating", "progress.queued"):
        assert t(key, "en", position=1) != t(key, "ko", position=1)
