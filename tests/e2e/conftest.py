"""Fixtures for end-to-end tests against a local fake Discord.

    async def test_ping(fake_discord, bot_process):
        bot = bot_process(extra_toml='[runtime]\\ndevice = "cpu"')   # python -m bot run
        await bot.wait_ready()
        inter = await fake_discord.send_command("ping")
        msg = await inter.wait_response()
        assert not inter.late

`bot_process(cmd=ECHO_BOT)` (from .bot_process) runs the do-nothing echo bot instead of the real one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from .bot_process import BotProcess, StartBot
from .discord_server import FakeDiscord
from .live_bot import genbot, live, tiny_sd_dir, tiny_text_dir  # noqa: F401  (fixtures: the real bot, tiny models)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[Any]:
    report: Any = yield
    setattr(item, f"_e2e_report_{report.when}", report)
    return report


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started FakeDiscord on 127.0.0.1 (ephemeral port); stopped after the test. Teardown fails the test if
    the fake server itself raised (a bug in the emulation, not in the bot)."""
    fake = FakeDiscord()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()
    if fake.internal_errors:
        pytest.fail("fake Discord server errors:\n" + "\n".join(fake.internal_errors))


@pytest.fixture
async def bot_process(fake_discord: FakeDiscord, tmp_path: Path,
                      request: pytest.FixtureRequest) -> AsyncIterator[StartBot]:
    """Factory: `bot_process(extra_toml="", *, discord_toml="", cmd=None, env=None) -> BotProcess`, started.

    Writes config.toml ([discord] api_base/gateway_url of the fake, plus `discord_toml` inside [discord] and
    `extra_toml` after it), sets DISCORD_TOKEN and GENBOT_CONFIG, logs stdout+stderr to bot.log, and kills the
    process group at teardown (printing the log tail when the test failed). `await bot.restart()` restarts it.
    """
    started: list[BotProcess] = []

    def start(extra_toml: str = "", *, discord_toml: str = "", cmd: list[str] | None = None,
              env: dict[str, str] | None = None) -> BotProcess:
        bot = BotProcess(fake_discord, tmp_path / f"bot{len(started)}", cmd=cmd, extra_toml=extra_toml,
                         discord_toml=discord_toml, env=env)
        started.append(bot)
        return bot.start()

    yield start

    for bot in started:
        await bot.stop()
    report: Any = getattr(request.node, "_e2e_report_call", None)
    if report is not None and report.failed:
        for bot in started:
            print(f"\n----- {bot.log_path} (tail) -----\n{bot.log_tail(120)}")
        print(f"\n----- fake discord -----\n{fake_discord.describe()}")


# ---- operations tests: fault injection, probes, a tiny text model (tests/e2e/faults/) -------------------------


@pytest.fixture
def faults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A `FaultControl` (tests/e2e/faults/helpers.py): pass `faults.env` to `bot_process(env=...)`, then
    `faults.set(digits_generate={"mode": "raise"})` / `faults.clear()` while the bot runs. Puts tests/e2e/faults
    (its sitecustomize.py) on the bot's PYTHONPATH; `bot_process` takes PYTHONPATH from os.environ, so it is
    set there for this test."""
    from .faults.helpers import FaultControl, pythonpath_with_faults

    monkeypatch.setenv("PYTHONPATH", pythonpath_with_faults())
    return FaultControl(tmp_path / "faults.json")


@pytest.fixture(scope="session")
def tiny_text_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight tiny causal LM directory for `[text] model = "<dir>"` (built in a subprocess, so this
    test process never imports torch)."""
    import subprocess
    import sys

    from .bot_process import REPO_ROOT

    path = tmp_path_factory.mktemp("tiny-text") / "tiny-llama"
    subprocess.run([sys.executable, "-c", "import sys; from generators.text.tiny import make_tiny_causal_lm; "
                    "make_tiny_causal_lm(sys.argv[1])", str(path)], cwd=REPO_ROOT, check=True, timeout=600)
    return path
