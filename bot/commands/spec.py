from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from discord import app_commands

from bot.config import Config
from generators.requests import InvalidRequest, Request

RequestBuilder = Callable[..., Request]  # (config, user_id, **options) -> Request


@dataclass(frozen=True)
class CommandSpec:
    app_command: app_commands.Command[Any, ..., Any]
    build_request: RequestBuilder

    @property
    def name(self) -> str:
        return self.app_command.name


def check_length(name: str, text: str, limit: int) -> None:
    """The config's character limit on a free-text option, as a localizable InvalidRequest."""
    if len(text) > limit:
        raise InvalidRequest(name, "too_long", f"{name} is too long ({len(text)} characters; the limit is {limit}).",
                             length=len(text), limit=limit)
