"""The console reads Discord-like slash syntax against the same command definitions Discord gets."""

from __future__ import annotations

import pytest

from bot.commands import COMMANDS
from bot.config import Config
from bot.console import ConsoleInputError, help_text, parse_command
from generators.requests import DigitRequest, InvalidRequest


def test_parses_typed_options():
    assert parse_command("/sample-digit digit:7 count:16 model:vae") == (
        "sample-digit", {"digit": 7, "count": 16, "model": "vae"})


def test_choice_by_display_name_and_quotes():
    assert parse_command('/sample-digit model:GAN seed:"42"') == ("sample-digit", {"model": "gan", "seed": 42})


@pytest.mark.parametrize("line, fragment", [
    ("/sample-digit digit:11", "'digit' must be between 0 and 9"),
    ("/sample-digit digit:seven", "'digit' must be integer"),
    ("/sample-digit count:0", "'count' must be between 1 and 64"),
    ("/sample-digit model:diffusion", "'model' must be one of: gan, vae"),
    ("/sample-digit digit:1 digit:2", "given twice"),
    ("/sample-digit colour:red", "unexpected 'colour:red'"),
    ("/nope", "Unknown command /nope"),
    ("sample-digit", "start with '/'"),
    ('/sample-digit seed:"4', "Could not read"),
    ("/sample-digit seed:-1", "'seed' must be between 0"),
    # float() reads these; nan passes every comparison, so they need their own check, with the range's message
    ("/write prompt:hi temperature:nan", "'temperature' must be between 0.0 and 2.0"),
    ("/write prompt:hi temperature:NaN", "'temperature' must be between 0.0 and 2.0"),
    ("/write prompt:hi temperature:inf", "'temperature' must be between 0.0 and 2.0"),
    ("/write prompt:hi top_p:-inf", "'top_p' must be between"),
    ("/draw prompt:hi guidance_scale:nan", "'guidance_scale' must be between 0.0 and 30.0"),
])
def test_bad_input_gets_a_clear_message(line, fragment):
    with pytest.raises(ConsoleInputError) as info:
        parse_command(line)
    assert fragment in str(info.value)


def test_builder_fills_config_defaults_and_validates():
    config = Config()
    request = COMMANDS["sample-digit"].build_request(config, "u1", digit=3)
    assert request == DigitRequest(user_id="u1", digit=3, count=config.digits.default_count,
                                   model=config.digits.default_model)
    with pytest.raises(InvalidRequest):
        COMMANDS["sample-digit"].build_request(config, "u1", count=65)


def test_help_lists_every_command_and_option():
    text = help_text()
    for name, spec in COMMANDS.items():
        assert f"/{name}" in text
        for param in spec.app_command.parameters:
            assert f"{param.name}:" in text
