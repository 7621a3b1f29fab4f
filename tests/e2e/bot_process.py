"""The bot under test, run in a subprocess against a `FakeDiscord` (used by the `bot_process` fixture)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO, Any, Callable

from .discord_server import FakeDiscord

REPO_ROOT = Path(__file__).resolve().parents[2]
REAL_BOT = [sys.executable, "-m", "bot", "run"]
ECHO_BOT = [sys.executable, str(Path(__file__).with_name("echo_bot.py"))]


def toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class BotProcess:
    """One bot process: config file and log in `workdir`; start/stop/restart; waits that notice a crash."""

    def __init__(self, fake: FakeDiscord, workdir: Path, *, cmd: list[str] | None = None, extra_toml: str = "",
                 discord_toml: str = "", env: dict[str, str] | None = None) -> None:
        self.fake = fake
        self.cmd = list(cmd or REAL_BOT)
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.config_path = workdir / "config.toml"
        self.log_path = workdir / "bot.log"
        self.config_path.write_text(
            "[discord]\n"
            f"api_base = {toml_str(fake.api_base)}\n"
            f"gateway_url = {toml_str(fake.gateway_url)}\n"
            f"{discord_toml.strip()}\n\n{extra_toml.strip()}\n")
        self.env = {**os.environ, **(env or {})}
        self.env.update(
            DISCORD_TOKEN=fake.token,
            GENBOT_CONFIG=str(self.config_path),
            PYTHONUNBUFFERED="1",
            PYTHONPATH=os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p),
            NO_PROXY="127.0.0.1,localhost",
        )
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self._identify_base = 0
        self._log: IO[bytes] | None = None

    # ---- lifecycle ----

    def start(self) -> BotProcess:
        if self.alive:
            raise RuntimeError("bot already running")
        self.starts += 1
        self._identify_base = self.fake.gateway.identify_count
        self._log = open(self.log_path, "ab")
        self._log.write(f"\n===== start #{self.starts}: {' '.join(self.cmd)}\n".encode())
        self._log.flush()
        self.proc = subprocess.Popen(self.cmd, cwd=self.workdir, env=self.env, stdin=subprocess.DEVNULL,
                                     stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        return self

    async def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM the bot's process group, SIGKILL after `timeout`; the event loop keeps serving meanwhile."""
        proc = self.proc
        if proc is None:
            return None
        if proc.poll() is None:
            self._signal(signal.SIGTERM)
            try:
                await asyncio.to_thread(proc.wait, timeout)
            except subprocess.TimeoutExpired:
                self._signal(signal.SIGKILL)
                await asyncio.to_thread(proc.wait, 10)
        else:
            self._signal(signal.SIGKILL)  # leftovers of its group, if any
        if self._log is not None:
            self._log.close()
            self._log = None
        return proc.returncode

    async def restart(self, timeout: float = 15.0) -> BotProcess:
        await self.stop(timeout)
        return self.start()

    def _signal(self, sig: int) -> None:
        assert self.proc is not None
        try:
            os.killpg(self.proc.pid, sig)  # the group we created with start_new_session
        except (ProcessLookupError, PermissionError):
            pass

    # ---- state ----

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    @property
    def returncode(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(self.log_text().splitlines()[-lines:])

    def _check_alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            raise RuntimeError(f"bot exited with code {self.proc.returncode}; log tail:\n{self.log_tail()}")

    async def wait_ready(self, timeout: float = 90.0, *, commands: bool = True) -> None:
        """Wait for this start of the bot to IDENTIFY (and sync commands); fail at once if it dies."""
        def ready() -> bool:
            self._check_alive()
            return (self.fake.gateway.identify_count > self._identify_base and self.fake.gateway.connected
                    and (not commands or any(self.fake.commands.values())))
        try:
            await self.fake.wait_until(ready, timeout, "the bot to identify" + (" and sync commands" if commands
                                                                                else ""))
        except TimeoutError as exc:
            raise TimeoutError(f"{exc}\nbot log tail:\n{self.log_tail()}") from None

    async def wait_exit(self, timeout: float = 30.0) -> int:
        assert self.proc is not None
        return await asyncio.to_thread(self.proc.wait, timeout)


def audit_values(db: Path, column: str) -> set[Any]:
    """The distinct values of one column of a bot's audit log (its SQLite file, read-only; WAL lets it read while the
    bot writes)."""
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return {row[0] for row in con.execute(f"SELECT {column} FROM audit")}
    finally:
        con.close()


StartBot = Callable[..., BotProcess]  # the `bot_process` fixture: (extra_toml="", *, discord_toml, cmd, env)
