"""The console front end: Discord-like slash syntax over the same request → runtime → result path as Discord.

    /sample-digit digit:7 count:16 model:vae
    /sample-digit digit:"3" seed:42

Options are `name:value`; a value runs until the next `name:` of the command, so unquoted text with spaces works.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import math
import shlex
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from discord import AppCommandOptionType

from bot.commands import COMMANDS
from bot.config import Config
from bot.services import build_runtime
from generators.requests import InvalidRequest, JobStatus, Result, SafetyContext
from generators.runtime import Job, Progress, Runtime

CONSOLE_USER = "console"
EXIT_WORDS = {"/quit", "/exit", "quit", "exit"}
BAR_WIDTH = 24


class ConsoleInputError(ValueError):
    pass


@dataclass
class Outcome:
    """What one console command produced; `as_json` is the --json line."""

    command: str
    status: str
    text: str
    files: list[str] = field(default_factory=list)
    moderation: dict[str, Any] | None = None
    timings: dict[str, float] = field(default_factory=dict)
    streamed: bool = False  # the text was already printed while it was generated

    def as_json(self) -> str:
        return json.dumps({"command": self.command, "status": self.status, "text": self.text, "files": self.files,
                           "moderation": self.moderation, "timings": self.timings}, ensure_ascii=False)


def _convert(command: str, param: Any, raw: str) -> Any:
    kind = param.type
    try:
        if kind is AppCommandOptionType.integer:
            value: Any = int(raw)
        elif kind is AppCommandOptionType.number:
            value = float(raw)
        elif kind is AppCommandOptionType.boolean:
            if raw.lower() not in ("true", "false", "yes", "no", "1", "0"):
                raise ValueError
            value = raw.lower() in ("true", "yes", "1")
        else:
            value = raw
    except ValueError:
        raise ConsoleInputError(f"/{command}: '{param.name}' must be {kind.name}, not {raw!r}.") from None
    if param.choices:
        for choice in param.choices:
            if str(choice.value).lower() == str(value).lower() or choice.name.lower() == str(value).lower():
                return choice.value
        names = ", ".join(str(c.value) for c in param.choices)
        raise ConsoleInputError(f"/{command}: '{param.name}' must be one of: {names}.")
    low, high = param.min_value, param.max_value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # nan compares false with everything, so it would pass the range check: non-finite numbers never fit
        if not math.isfinite(value) or (low is not None and value < low) or (high is not None and value > high):
            if low is None and high is None:
                raise ConsoleInputError(f"/{command}: '{param.name}' must be a finite number, not {raw!r}.")
            raise ConsoleInputError(f"/{command}: '{param.name}' must be between {low} and {high}.")
    if isinstance(value, str) and ((low is not None and len(value) < low) or (high is not None and len(value) > high)):
        raise ConsoleInputError(f"/{command}: '{param.name}' must be {low}-{high} characters long.")
    return value


def parse_command(line: str) -> tuple[str, dict[str, Any]]:
    """`/name key:value ...` → (name, typed options), checked against the slash command's own definition."""
    try:
        tokens = shlex.split(line.strip())
    except ValueError as exc:
        raise ConsoleInputError(f"Could not read that line: {exc}.") from None
    if not tokens or not tokens[0].startswith("/"):
        raise ConsoleInputError("Commands start with '/', e.g. /sample-digit digit:7. Type /help for the list.")
    name = tokens[0][1:]
    spec = COMMANDS.get(name)
    if spec is None:
        raise ConsoleInputError(f"Unknown command /{name}. Available: {', '.join('/' + n for n in COMMANDS)}.")
    params = {p.name: p for p in spec.app_command.parameters}
    raw: dict[str, str] = {}
    current: str | None = None
    for token in tokens[1:]:
        key, sep, value = token.partition(":")
        if sep and key in params:
            if key in raw:
                raise ConsoleInputError(f"/{name}: '{key}' is given twice.")
            current = key
            raw[key] = value
        elif current is not None:
            raw[current] += " " + token
        else:
            known = ", ".join(f"{p}:" for p in params)
            raise ConsoleInputError(f"/{name}: unexpected '{token}'. Options are {known}")
    for pname, param in params.items():
        if param.required and pname not in raw:
            raise ConsoleInputError(f"/{name}: '{pname}' is required.")
    return name, {key: _convert(name, params[key], value) for key, value in raw.items()}


def help_text() -> str:
    lines = ["Commands (options are name:value):"]
    for name, spec in COMMANDS.items():
        opts = " ".join(f"{p.name}:" if p.required else f"[{p.name}:]" for p in spec.app_command.parameters)
        lines.append(f"  /{name} {opts}\n      {spec.app_command.description}")
        for p in spec.app_command.parameters:
            lines.append(f"      {p.name}: {p.description}")
    lines.append("  /help, /quit")
    return "\n".join(lines)


class ProgressDisplay:
    """One status line on stderr, redrawn in place on a terminal; streamed text goes to `text_stream` as it comes."""

    def __init__(self, stream: TextIO, text_stream: TextIO | None) -> None:
        self.stream = stream
        self.text_stream = text_stream
        self.tty = stream.isatty()
        self.last = ""
        self.streamed = False

    def show(self, line: str) -> None:
        if line == self.last:
            return
        self.last = line
        if self.tty:
            self.stream.write("\r\x1b[2K" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def on_progress(self, job: Job, event: Progress) -> None:
        if event.kind == "loading":
            self.show("loading the model…")
        elif event.kind == "started":
            self.show("generating…")
        elif event.kind == "step" and event.total > 1:
            done = round(BAR_WIDTH * event.step / event.total)
            self.show(f"[{'#' * done}{'.' * (BAR_WIDTH - done)}] {event.step}/{event.total}")
        elif event.kind == "text" and self.text_stream is not None:
            if not self.streamed:
                self.end()
                self.streamed = True
            self.text_stream.write(event.text)
            self.text_stream.flush()

    def end(self) -> None:
        if self.tty and self.last:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
        self.last = ""


class Console:
    def __init__(self, config: Config, out_dir: Path, *, as_json: bool, out: TextIO = sys.stdout,
                 err: TextIO = sys.stderr) -> None:
        self.config = config
        self.out_dir = out_dir
        self.as_json = as_json
        self.out = out
        # stdout carries only JSON lines in --json mode, so streamed text then goes to a terminal's stderr alone
        self.display = ProgressDisplay(err, (err if err.isatty() else None) if as_json else out)
        self.runtime: Runtime = build_runtime(config)

    async def __aenter__(self) -> "Console":
        self.runtime.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.runtime.close(grace_s=5)

    async def execute(self, line: str) -> Outcome:
        t0 = time.perf_counter()
        try:
            name, options = parse_command(line)
            request = COMMANDS[name].build_request(self.config, CONSOLE_USER, **options)
        except (ConsoleInputError, InvalidRequest) as exc:
            return Outcome(line.split()[0].lstrip("/") if line.split() else "", "invalid", str(exc))
        request = dataclasses.replace(request, safety=SafetyContext(policy=self.config.safety.console_policy))
        decision = await self.runtime.check_prompt(request)
        if not decision.allowed:
            return Outcome(name, JobStatus.BLOCKED.value, decision.reason, moderation=dataclasses.asdict(decision),
                           timings={"total_s": time.perf_counter() - t0})
        self.display.streamed = False
        job = self.runtime.submit(request, on_progress=self.display.on_progress)
        waiter = asyncio.create_task(self._show_queue(job))
        try:
            result = await job.wait()
        finally:
            waiter.cancel()
            self.display.end()
        files = await asyncio.to_thread(self._save, result)  # disk I/O stays off the loop
        timings = {**result.timings, "total_s": time.perf_counter() - t0}
        text = result.output.text if result.ok and result.output else result.reason
        return Outcome(name, result.status.value, text, files, result.moderation, timings,
                       streamed=self.display.streamed and result.ok)

    async def _show_queue(self, job: Job) -> None:
        while not job.done:
            position = job.position()
            if position is not None and position > 1:
                eta = job.eta()
                self.display.show(f"queued #{position}" + (f", about {eta:.0f} s" if eta is not None else ""))
            await asyncio.sleep(0.5)

    def _save(self, result: Result) -> list[str]:
        if not (result.status is JobStatus.DONE and result.output and result.output.files):
            return []
        self.out_dir.mkdir(parents=True, exist_ok=True)
        paths = []
        for artifact in result.output.files:
            path = self.out_dir / artifact.filename
            path.write_bytes(artifact.data)
            paths.append(str(path))
        return paths

    def report(self, outcome: Outcome) -> None:
        if self.as_json:
            print(outcome.as_json(), file=self.out, flush=True)
            return
        if outcome.streamed:
            print(file=self.out)
        else:
            mark = "" if outcome.status == "done" else f"[{outcome.status}] "
            print(mark + outcome.text, file=self.out)
        for path in outcome.files:
            print(f"  saved {path}", file=self.out)
        self.out.flush()


async def run_once(config: Config, line: str, out_dir: Path, as_json: bool) -> int:
    async with Console(config, out_dir, as_json=as_json) as console:
        outcome = await console.execute(line)
        console.report(outcome)
    return 0 if outcome.status == "done" else 1


async def run_interactive(config: Config, out_dir: Path, as_json: bool) -> int:
    history = _open_history(config.console.history_file)
    loop = asyncio.get_running_loop()
    async with Console(config, out_dir, as_json=as_json) as console:
        print("genbot console. Type /help for commands, /quit to leave.", file=sys.stderr)
        while True:
            try:
                line = await loop.run_in_executor(None, input, "genbot> ")
            except (EOFError, KeyboardInterrupt):
                print(file=sys.stderr)
                break
            line = line.strip()
            if not line:
                continue
            if line in EXIT_WORDS:
                break
            if line in ("/help", "help"):
                print(help_text(), file=sys.stderr)
                continue
            console.report(await console.execute(line))
    if history is not None:
        history()
    return 0


def _open_history(path_text: str) -> Any:
    """Load readline history; returns a function that saves it, or None without readline or a history file."""
    if not path_text:
        return None
    try:
        import readline
    except ImportError:
        return None
    path = Path(path_text).expanduser()
    try:
        readline.read_history_file(path)
    except OSError:
        pass

    def save() -> None:
        try:
            readline.write_history_file(path)
        except OSError:
            pass

    return save
