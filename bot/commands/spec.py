from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from discord import app_commands

from bot.config import Config
from generators.requests import Request

RequestBuilder = Callable[..., Request]  # (config, user_id, **options) -> Request


@dataclass(frozen=True)
class CommandSpec:
    app_command: app_commands.Command[Any, ..., Any]
    build_request: RequestBuilder

    @property
    def name(self) -> str:
        return self.app_command.name
