"""Config: read once, validated, every knob documented in config.toml with its default."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Config, ConfigError, load_config, parse_config

ROOT = Path(__file__).resolve().parents[1]


def test_config_toml_documents_exactly_the_defaults():
    assert load_config(ROOT / "config.toml") == Config()


def test_every_key_in_config_toml_has_a_comment():
    for line in (ROOT / "config.toml").read_text().splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            assert "#" in line.split("=", 1)[1], f"no comment on: {line}"


def test_every_model_field_appears_in_config_toml():
    text = (ROOT / "config.toml").read_text()
    from pydantic import BaseModel

    def check(name: str, model: type[BaseModel]) -> None:
        assert f"[{name}]" in text, f"[{name}] missing from config.toml"
        for key, field in model.model_fields.items():
            if isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel):
                check(f"{name}.{key}", field.annotation)  # a sub-table, e.g. [ray.text]
            else:
                assert f"\n{key} = " in text, f"{name}.{key} missing from config.toml"

    for section_name, section in Config.model_fields.items():
        check(section_name, section.annotation)  # type: ignore[arg-type]


@pytest.mark.parametrize("text, named", [
    ("[runtime]\nmax_queue = 0", "'runtime.max_queue'"),
    ("[runtime]\nmax_queu = 3", "unknown key 'runtime.max_queu'"),
    ("[digits]\nscale = \"big\"", "'digits.scale'"),
    ("[digits]\nmax_batch = 1.5", "'digits.max_batch'"),
    ("[runtime]\ndevice = \"tpu\"", "'runtime.device'"),
    ("[discord]\napi_base = \"localhost\"", "'discord.api_base'"),
    ("[nonsense]\nx = 1", "unknown key 'nonsense'"),
    ("[runtime\n", "not valid TOML"),
    ("[runtime]\nbackend = \"spark\"", "'runtime.backend'"),
    ("[ray.text]\nmax_batch_size = 64", "max_ongoing_requests must be at least max_batch_size"),
    ("[ray.image]\nmin_replicas = 3\nmax_replicas = 2", "min_replicas must not exceed max_replicas"),
    ("[ray]\naddress = \"cluster\"", "'ray.address'"),
    ("[ray]\naddress = \"ray://head:10001\"", "cannot stream"),
    ("[discord]\nshard_count = 2\nshard_ids = [2]", "shard_ids must be between 0 and shard_count - 1"),
    ("[discord]\nshard_ids = [0]", "shard_ids needs shard_count of 2 or more"),
])
def test_invalid_config_names_the_key(text, named):
    with pytest.raises(ConfigError) as info:
        parse_config(text, "test.toml")
    assert named in str(info.value) and str(info.value).startswith("test.toml")


def test_partial_file_keeps_other_defaults():
    config = parse_config("[runtime]\njob_timeout_s = 10\n")
    assert config.runtime.job_timeout_s == 10.0 and config.runtime.max_queue == Config().runtime.max_queue


def _genbot(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=120)


def test_bad_config_stops_startup_with_one_clear_message(tmp_path, clean_env):
    bad = tmp_path / "bad.toml"
    bad.write_text("[runtime]\nmax_queue = -1\n")
    for command in ("run", "console", "check"):
        done = _genbot(command, env={**clean_env, "GENBOT_CONFIG": str(bad), "DISCORD_TOKEN": "x"}, cwd=tmp_path)
        assert done.returncode == 2
        assert "runtime.max_queue" in done.stderr and "Traceback" not in done.stderr


def test_run_without_token_points_to_console(tmp_path, clean_env):
    done = _genbot("run", env=clean_env, cwd=tmp_path)
    assert done.returncode == 2 and "DISCORD_TOKEN" in done.stderr and "genbot console" in done.stderr
