from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def clean_env() -> dict[str, str]:
    """The environment for a genbot subprocess: no token, no config override, the project importable."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "GENBOT_CONFIG")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONUNBUFFERED"] = "1"
    return env
