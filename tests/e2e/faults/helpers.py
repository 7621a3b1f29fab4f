"""Helpers for the operations tests and benchmarks: the fault file, metrics scraping, outcome classification.

Imported by tests/e2e/test_flood_e2e.py, test_faults_e2e.py and benchmarks/; never by the bot (the bot process only
sees `sitecustomize.py` from this directory).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

FAULTS_DIR = Path(__file__).resolve().parent

# What a user may see as the end of an interaction (bot/render.py STATUS_ICONS, and the result footer).
FAILURE_ICONS = ("✅", "⏳", "🚫", "✖️", "⌛", "⚠️")
PROGRESS_ICONS = ("📦", "🎨", "🕒")
RESULT_MARK = "AI-generated"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class FaultControl:
    """The JSON file the bot's sitecustomize reads before every generator call (see faults/sitecustomize.py)."""

    def __init__(self, path: Path, probes: bool = True) -> None:
        self.path = path
        self.path.write_text("{}")
        self.env = {"GENBOT_FAULTS": str(path), **({"GENBOT_PROBES": "1"} if probes else {})}

    def set(self, **rules: dict[str, Any]) -> None:
        """`set(digits_generate={"mode": "raise"})`: keys are targets with "_" for "."; replaces every rule."""
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({key.replace("_", ".", 1): rule for key, rule in rules.items()}))
        os.replace(tmp, self.path)  # atomic: the bot never reads half a file

    def clear(self) -> None:
        self.set()


def pythonpath_with_faults() -> str:
    """PYTHONPATH for a bot subprocess that loads faults/sitecustomize.py."""
    return os.pathsep.join(p for p in (str(FAULTS_DIR), os.environ.get("PYTHONPATH", "")) if p)


# ---- metrics --------------------------------------------------------------------------------------------------

def parse_metrics(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(sample name, sorted labels): value} from Prometheus text."""
    out: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


class Metrics:
    def __init__(self, samples: dict[tuple[str, tuple[tuple[str, str], ...]], float]) -> None:
        self.samples = samples

    def get(self, name: str, default: float | None = None, **labels: str) -> float | None:
        return self.samples.get((name, tuple(sorted(labels.items()))), default)

    def total(self, name: str, **labels: str) -> float:
        """Sum over every sample of `name` whose labels include `labels`."""
        return sum(v for (n, ls), v in self.samples.items()
                   if n == name and all(dict(ls).get(k) == val for k, val in labels.items()))

    def histogram(self, name: str, **labels: str) -> list[tuple[float, float]]:
        """[(upper bound, cumulative count)] of a histogram, sorted by bound (+Inf last)."""
        buckets = []
        for (n, ls), v in self.samples.items():
            d = dict(ls)
            if n == f"{name}_bucket" and all(d.get(k) == val for k, val in labels.items()):
                buckets.append((float(d["le"]), v))
        return sorted(buckets)


async def scrape(port: int, path: str = "/metrics") -> Metrics:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}{path}", timeout=aiohttp.ClientTimeout(total=30)) as resp:
            resp.raise_for_status()
            return Metrics(parse_metrics(await resp.text()))


async def wait_http_ready(port: int, timeout: float = 120.0) -> dict[str, Any]:
    """Poll /readyz until 200; return its JSON."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    last: Any = None
    async with aiohttp.ClientSession() as http:
        while loop.time() < deadline:
            try:
                async with http.get(f"http://127.0.0.1:{port}/readyz",
                                    timeout=aiohttp.ClientTimeout(total=10)) as resp:
                    last = (resp.status, await resp.text())
                    if resp.status == 200:
                        return json.loads(last[1])
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                last = repr(exc)
            await asyncio.sleep(0.1)
    raise TimeoutError(f"/readyz not 200 within {timeout}s; last: {last}")


def histogram_quantile(buckets: list[tuple[float, float]], q: float) -> float:
    """Prometheus-style quantile with linear interpolation inside the bucket (upper bound for the last)."""
    if not buckets or buckets[-1][1] == 0:
        return float("nan")
    total = buckets[-1][1]
    rank = q * total
    prev_bound, prev_count = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if bound == float("inf"):
                return prev_bound
            if count == prev_count:
                return bound
            return prev_bound + (bound - prev_bound) * (rank - prev_count) / (count - prev_count)
        prev_bound, prev_count = bound, count
    return buckets[-1][0]


def bucket_delta(after: list[tuple[float, float]], before: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The histogram of the observations made between two scrapes."""
    earlier = dict(before)
    return [(bound, count - earlier.get(bound, 0.0)) for bound, count in after]


def proc_status_kib(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


# ---- what the user saw ----------------------------------------------------------------------------------------

@dataclass
class Outcome:
    """How one interaction ended, as its user sees it on the (fake) Discord."""

    kind: str  # "result" | "refusal" (an ephemeral answer) | "failure" (the deferred response edited into a
    #            failure text) | "reply" (a public non-result answer) | "pending" (nothing terminal yet)
    text: str
    terminal_count: int  # how many terminal answers the bot gave (must be exactly 1)
    dangling: bool = False  # a deferred "thinking"/progress message was left behind next to the answer
    detail: str = ""


def _terminal_content(content: str | None) -> bool:
    return bool(content) and (content.startswith(FAILURE_ICONS) or RESULT_MARK in content)  # type: ignore[union-attr]


def outcome(inter: Any) -> Outcome:
    """Classify a FakeInteraction: an ephemeral reply (direct, or a follow-up after the deferred response was
    removed), the deferred response edited into a result or a failure, or still pending (thinking, or showing
    progress). Counts every terminal answer the bot sent."""
    detail = f"events={[e.kind for e in inter.events]}"
    msg = inter.original
    if inter.callback_type == 4 and msg is not None:
        extra = [e for e in inter.events if e.kind != "callback"]  # nothing may follow a direct reply
        return Outcome("refusal" if msg.ephemeral else "reply", msg.content, 1 + len(extra), detail=detail)
    terminal = sum(1 for e in inter.events if e.kind == "followup"
                   or (e.kind == "edit" and _terminal_content(e.payload.get("content"))))
    followup = next((f for f in inter.followups if not f.deleted), None)
    original_open = msg is not None and not msg.deleted
    if followup is not None:
        dangling = original_open and (msg.loading or not _terminal_content(msg.content))
        return Outcome("refusal" if followup.ephemeral else "reply", followup.content, terminal, dangling, detail)
    if msg is None or not original_open or msg.loading or not _terminal_content(msg.content):
        return Outcome("pending", msg.content if msg is not None else "", terminal, detail=detail)
    if msg.content.startswith(FAILURE_ICONS) and not msg.attachments:
        return Outcome("failure", msg.content, terminal, detail=detail)
    return Outcome("result", msg.content, terminal, detail=detail)
