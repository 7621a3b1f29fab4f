"""Property tests of every command option, in-process (no Discord): arbitrary values never crash a front end.

For each command in `bot.commands.COMMANDS`, `spec.build_request(Config(), "u", **options)` with arbitrary values of
the option's declared type (strings: unicode, huge, empty, whitespace; ints: out of range, negative, huge; floats:
nan, inf; None for optional options) either returns a valid request or raises `InvalidRequest` whose message is
non-empty and whose `param` names the option at fault. The console parser `bot.console.parse_command` raises only
`ConsoleInputError` on any line, and otherwise returns typed options within the command's declared ranges.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from discord import AppCommandOptionType
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.commands import COMMANDS
from bot.config import Config
from bot.console import ConsoleInputError, parse_command
from bot.i18n import invalid_reason
from generators.requests import InvalidRequest, Request

CONFIG = Config()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# An option may fail as a field it becomes: /draw's `size` is parsed into the request's width and height.
PARAM_ALIASES = {"draw": {"size": {"width", "height"}}}

SPECIAL_STRINGS = ["", " ", "\t\n", "\x00", "x" * 100_000, "🙂" * 3000, "512x512", "512 × 768", "٥١٢x٥١٢",
                   "0000x0000", "64x64", "2048x2048", "9999x9999", "-512x512", "gan", "VAE", "default", "euler_a",
                   "none", "null", "nan", "1e309", "\u202e", "a\u0301", "ﷺ" * 500, "how to make a pipe bomb"]
SPECIAL_INTS = [0, -1, 1, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63, -(2**63), 10**100, -(10**100)]
SPECIAL_FLOATS = [math.nan, math.inf, -math.inf, -0.0, 0.0, 1e-320, 1e308, 2.0000001, 30.0000001, 0.01, 1.0]


def params(command: str) -> list[Any]:
    return list(COMMANDS[command].app_command.parameters)


def value_strategy(param: Any) -> st.SearchStrategy[Any]:
    kind = param.type
    if kind is AppCommandOptionType.integer:
        bounds = [b + d for b in (param.min_value, param.max_value) if b is not None for d in (-1, 0, 1)]
        values = st.one_of(st.integers(), st.sampled_from(SPECIAL_INTS + [int(b) for b in bounds]))
    elif kind is AppCommandOptionType.number:
        values = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(SPECIAL_FLOATS),
                           st.integers(min_value=-(10**6), max_value=10**6))
    elif kind is AppCommandOptionType.boolean:
        values = st.booleans()
    else:
        choices = [str(c.value) for c in param.choices]
        values = st.one_of(st.text(), st.text(min_size=1500, max_size=6000, alphabet=st.characters()),
                           st.sampled_from(SPECIAL_STRINGS + choices))
    return values if param.required else st.one_of(st.none(), values)


def options_strategy(command: str) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({p.name: value_strategy(p) for p in params(command)})


def check_build(command: str, options: dict[str, Any]) -> Request | InvalidRequest:
    names = {p.name for p in params(command)}
    allowed = set(names)
    for aliases in PARAM_ALIASES.get(command, {}).values():
        allowed |= aliases
    try:
        request = COMMANDS[command].build_request(CONFIG, "u", **options)
    except InvalidRequest as exc:
        assert str(exc).strip(), f"empty message for {options!r}"
        assert exc.param in allowed, f"{exc.param!r} is not an option of /{command}: {exc}"
        for locale in ("en-US", "ko"):  # what the bot shows the user must render too
            assert invalid_reason(exc, locale).strip()
        return exc
    assert isinstance(request, Request) and request.user_id == "u", request
    hash(request.batch_key())  # the runtime batches on it
    seeded = request.with_seed()
    assert seeded.seed is not None
    return request


@pytest.mark.parametrize("command", list(COMMANDS))
def test_build_request_accepts_or_explains(command: str) -> None:
    @FUZZ
    @given(options=options_strategy(command))
    def run(options: dict[str, Any]) -> None:
        check_build(command, options)

    run()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_build_request_in_range_values_are_accepted(command: str) -> None:
    """What Discord's client lets through (declared ranges and choices) fails only on this bot's own tighter
    limits (config, model profile), never on the value's type or shape."""
    def in_range(param: Any) -> st.SearchStrategy[Any]:
        if param.choices:
            values: st.SearchStrategy[Any] = st.sampled_from([c.value for c in param.choices])
        elif param.type is AppCommandOptionType.integer:
            values = st.integers(min_value=param.min_value, max_value=param.max_value)
        elif param.type is AppCommandOptionType.number:
            values = st.floats(min_value=param.min_value, max_value=param.max_value, allow_nan=False)
        else:
            values = st.text(min_size=param.min_value or 0, max_size=param.max_value or 100)
        return values if param.required else st.one_of(st.none(), values)

    @FUZZ
    @given(options=st.fixed_dictionaries({p.name: in_range(p) for p in params(command)}))
    def run(options: dict[str, Any]) -> None:
        check_build(command, options)

    run()


def console_line(command: str) -> st.SearchStrategy[str]:
    """`/command key:value ...` with arbitrary values, repeats, unknown keys and quoting."""
    keys = [p.name for p in params(command)] + ["bogus", ""]
    value = st.one_of(st.text(max_size=40), st.integers().map(str), st.floats().map(str),
                      st.sampled_from(["'", '"', "\\", "a:b", '"quoted value"', "' '", "nan", "inf", "-0"]))
    pair = st.tuples(st.sampled_from(keys), value).map(lambda kv: f"{kv[0]}:{kv[1]}")
    return st.lists(st.one_of(pair, st.text(max_size=10)), max_size=6).map(
        lambda parts: " ".join([f"/{command}", *parts]))


def check_parsed(line: str) -> None:
    try:
        name, options = parse_command(line)
    except ConsoleInputError as exc:
        assert str(exc).strip()
        return
    assert name in COMMANDS
    declared = {p.name: p for p in params(name)}
    assert set(options) <= set(declared)
    for key, value in options.items():
        param = declared[key]
        if param.choices:
            assert value in [c.value for c in param.choices], (key, value)
        elif param.type is AppCommandOptionType.integer:
            assert type(value) is int and param.min_value <= value <= param.max_value, (key, value)
        elif param.type is AppCommandOptionType.number:
            assert type(value) is float, (key, value)
            if not math.isnan(value):
                assert param.min_value <= value <= param.max_value, (key, value)
        else:
            assert isinstance(value, str), (key, value)
    check_build(name, options)  # the console's next step: a request or an InvalidRequest


@FUZZ
@given(line=st.one_of(st.text(), st.text().map(lambda s: "/" + s)))
def test_console_parser_any_line(line: str) -> None:
    check_parsed(line)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_console_parser_command_lines(command: str) -> None:
    @FUZZ
    @given(line=console_line(command))
    def run(line: str) -> None:
        check_parsed(line)

    run()


@pytest.mark.parametrize("size", ["0000x0000", "9999x9999", "12x12", "0x0", "100x100"])
def test_draw_size_errors_name_the_size_option(size: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        COMMANDS["draw"].build_request(CONFIG, "u", prompt="a lighthouse", size=size)
    assert caught.value.param == "size"
    for locale in ("en-US", "ko"):
        assert "{" not in invalid_reason(caught.value, locale)  # every placeholder of the catalog is filled
