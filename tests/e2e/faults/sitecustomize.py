"""Test-only hooks inside the bot subprocess: fault injection and leak probes. Never part of the product.

Python imports `sitecustomize` at start-up from the first directory on sys.path that has one; the e2e fixtures
put this directory on the bot's PYTHONPATH (see `faults_env` in tests/e2e/conftest.py). Nothing here imports
project code at start-up: the patches are applied when the bot itself imports the module they touch.

GENBOT_FAULTS=<file.json>: fault rules, re-read on every call, so a test switches faults on and off while the
bot runs by rewriting the file. The file maps a target ("digits.generate", "digits.load", "text.generate",
"text.load") to a rule:

    {"mode": "raise", "message": "boom"}                  # generator raises RuntimeError(message)
    {"mode": "oom", "min_batch": 2}                      # CUDA OOM when the batch has >= min_batch requests
    {"mode": "oom", "kind": "torch"}                     #   ... as torch.cuda.OutOfMemoryError instead of
                                                         #   RuntimeError("CUDA out of memory ...")
    {"mode": "sleep", "seconds": 3}                      # a slow generator (then it runs normally)

Each rule may carry "times": N (fire N times, then pass through; counted per content of the file). Generator
calls made outside the runtime (the text model's warm-up inside load()) are never faulted. Every injected
fault is logged as "FAULT INJECTED <target> ...".

GENBOT_TIMINGS=<file>: one line per interaction stage, "<interaction id> <stage> <time.monotonic()>", for a
benchmark to see where the time before the defer goes: stage "received" (discord.py parsed INTERACTION_CREATE),
"handler" (bot.delivery.run_request entered), "defer" (InteractionResponse.defer called), "deferred" (its HTTP
call returned). time.monotonic() is one clock for every process of the machine, the fake server's included.

GENBOT_SWITCH_INTERVAL=<seconds>: sys.setswitchinterval in the bot (an experiment: how much of the event loop's lag
is the GIL handed between threads).

GENBOT_SLOW_CALLBACK=<seconds>: asyncio debug mode's threshold for logging a slow callback ("Executing <Task...>
took 0.020 seconds"); use with PYTHONASYNCIODEBUG=1 to find what holds the event loop.

GENBOT_GC_LOG=<file>: one line per garbage collection, "<generation> <seconds> <thread name> <time.monotonic()>
<frozen objects>" (an experiment: how much of the event loop's lag is the cyclic collector, which holds the GIL for
the whole pass).

GENBOT_DELIVER_AT_BATCH_END=1: a generator's early hand-over (ProgressSink.ready) does nothing, so a batch's results
reach the loop together at its end (an experiment: how much of the loop's lag is that burst).

GENBOT_WORKER_NICE=<n>: the runtime's worker threads (and the thread pools torch/TensorFlow start from them) run
at this nice value (an experiment: does the event loop keep its CPU when inference is deprioritised?).

GENBOT_PROBES=1: extra gauges in the bot's own /metrics: genbot_probe_runtime_jobs (the runtime's registry of
unfinished jobs), genbot_probe_deliveries (interaction handlers still answering), genbot_probe_asyncio_tasks,
genbot_probe_threads, genbot_probe_rss_bytes, genbot_probe_rss_peak_bytes, genbot_probe_gate_entries.
"""

from __future__ import annotations

import importlib.abc
import json
import logging
import os
import sys
import threading
import time
from typing import Any, Callable

log = logging.getLogger("genbot.test_faults")

FAULTS_ENV = "GENBOT_FAULTS"
PROBES_ENV = "GENBOT_PROBES"


# ---- patch a module right after it is first imported ---------------------------------------------------------

class _AfterImport(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self.hooks: dict[str, list[Callable[[Any], None]]] = {}

    def add(self, name: str, hook: Callable[[Any], None]) -> None:
        if name in sys.modules:
            hook(sys.modules[name])
        else:
            self.hooks.setdefault(name, []).append(hook)

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        hooks = self.hooks.pop(name, None)
        if hooks is None:
            return None
        spec = None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        original = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            original(module)
            for hook in hooks:
                try:
                    hook(module)
                except Exception:  # a broken test hook must show, not silently change the run
                    print(f"[sitecustomize] hook for {name} failed", file=sys.stderr)
                    raise

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


_after_import = _AfterImport()


# ---- faults ----------------------------------------------------------------------------------------------------

class _Faults:
    def __init__(self, path: str) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.content = ""
        self.fired: dict[str, int] = {}

    def rule(self, target: str) -> dict[str, Any] | None:
        try:
            with open(self.path, encoding="utf-8") as fh:
                content = fh.read()
        except OSError:
            return None
        with self.lock:
            if content != self.content:  # a new set of faults: counts start again
                self.content, self.fired = content, {}
            try:
                rules = json.loads(content or "{}")
            except ValueError:
                return None
            rule = rules.get(target)
            if not rule:
                return None
            times = rule.get("times")
            if times is not None and self.fired.get(target, 0) >= times:
                return None
            return rule

    def count(self, target: str) -> None:
        with self.lock:
            self.fired[target] = self.fired.get(target, 0) + 1


def _out_of_memory(kind: str) -> BaseException:
    if kind == "torch":
        import torch

        return torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB (injected)")
    return RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB (injected)")


def _patch_runtime(module: Any, faults: _Faults) -> None:
    Worker = module.Worker
    original_init = Worker.__init__

    def __init__(self: Any, runtime: Any, spec: Any) -> None:
        original_init(self, runtime, spec)
        generator = self.generator
        family = generator.family
        real_generate, real_load = generator.generate, generator.load

        def generate(requests: Any, progress: Any) -> Any:
            if type(progress).__name__ != "_Sink":  # e.g. the text model's warm-up inside load()
                return real_generate(requests, progress)
            target = f"{family}.generate"
            rule = faults.rule(target)
            if rule is not None:
                mode = rule.get("mode")
                if mode == "sleep":
                    faults.count(target)
                    log.warning("FAULT INJECTED %s sleep %.1fs batch=%d", target, rule["seconds"], len(requests))
                    time.sleep(float(rule["seconds"]))
                elif mode == "raise":
                    faults.count(target)
                    log.warning("FAULT INJECTED %s raise batch=%d", target, len(requests))
                    raise RuntimeError(rule.get("message", "injected generator fault"))
                elif mode == "oom" and len(requests) >= int(rule.get("min_batch", 1)):
                    faults.count(target)
                    log.warning("FAULT INJECTED %s oom batch=%d", target, len(requests))
                    raise _out_of_memory(rule.get("kind", "runtime"))
            return real_generate(requests, progress)

        def load() -> Any:
            target = f"{family}.load"
            rule = faults.rule(target)
            if rule is not None and rule.get("mode") == "raise":
                faults.count(target)
                log.warning("FAULT INJECTED %s raise", target)
                raise RuntimeError(rule.get("message", "injected load fault"))
            return real_load()

        generator.generate = generate
        generator.load = load

    Worker.__init__ = __init__


def _patch_worker_nice(module: Any, nice: int) -> None:
    original_serve = module.Worker._serve

    def _serve(self: Any) -> None:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)  # Linux: this thread only
        original_serve(self)

    module.Worker._serve = _serve


# ---- probes ----------------------------------------------------------------------------------------------------

def _proc_status_bytes(field: str) -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return float(line.split()[1]) * 1024
    except OSError:
        pass
    return float("nan")


def _patch_app(module: Any) -> None:
    import asyncio

    from prometheus_client.core import GaugeMetricFamily
    from prometheus_client.registry import Collector

    GenBot = module.GenBot
    original_setup = GenBot.setup_hook

    class ProbeCollector(Collector):
        def __init__(self, bot: Any) -> None:
            self.bot = bot
            self.tasks = 0

        def collect(self) -> Any:
            bot = self.bot
            values = {
                "runtime_jobs": ("Unfinished jobs in the runtime's registry", len(bot.runtime.jobs)),
                "deliveries": ("Interaction handlers still answering", len(bot.deliveries)),
                "asyncio_tasks": ("asyncio tasks on the bot's loop (sampled every 0.2 s)", self.tasks),
                "threads": ("Python threads", threading.active_count()),
                "rss_bytes": ("VmRSS", _proc_status_bytes("VmRSS")),
                "rss_peak_bytes": ("VmHWM", _proc_status_bytes("VmHWM")),
                "gate_entries": ("Entries in the gate's per-user cooldown map", len(bot.gate.last_request)),
            }
            for name, (doc, value) in values.items():
                yield GaugeMetricFamily(f"genbot_probe_{name}", doc, value=value)

    async def sample(collector: ProbeCollector) -> None:
        while True:
            collector.tasks = len(asyncio.all_tasks()) - 1  # not counting this sampler
            await asyncio.sleep(0.2)

    async def setup_hook(self: Any) -> None:
        await original_setup(self)
        collector = ProbeCollector(self)
        self.metrics.registry.register(collector)
        self._probe_sampler = asyncio.create_task(sample(collector))

    GenBot.setup_hook = setup_hook


# ---- timings ---------------------------------------------------------------------------------------------------

class _Timings:
    def __init__(self, path: str) -> None:
        self.fh = open(path, "a", buffering=1, encoding="ascii")
        self.lock = threading.Lock()

    def mark(self, interaction_id: Any, stage: str) -> None:
        line = f"{interaction_id} {stage} {time.monotonic():.6f}\n"
        with self.lock:
            self.fh.write(line)


def _patch_state(module: Any, timings: _Timings) -> None:
    original = module.ConnectionState.parse_interaction_create

    def parse_interaction_create(self: Any, data: Any) -> Any:
        timings.mark(data.get("id"), "received")
        return original(self, data)

    module.ConnectionState.parse_interaction_create = parse_interaction_create


def _patch_interactions(module: Any, timings: _Timings) -> None:
    original = module.InteractionResponse.defer

    async def defer(self: Any, *args: Any, **kwargs: Any) -> Any:
        timings.mark(self._parent.id, "defer")
        try:
            return await original(self, *args, **kwargs)
        finally:
            timings.mark(self._parent.id, "deferred")

    module.InteractionResponse.defer = defer


def _patch_delivery(module: Any, timings: _Timings) -> None:
    original = module.run_request

    async def run_request(interaction: Any, *args: Any, **kwargs: Any) -> Any:
        timings.mark(interaction.id, "handler")
        return await original(interaction, *args, **kwargs)

    module.run_request = run_request


def _log_gc(path: str) -> None:
    import gc

    out = open(path, "a", buffering=1)
    started: list[float] = []

    def callback(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started[:] = [time.perf_counter()]
        elif started:
            out.write(f"{info['generation']} {time.perf_counter() - started[0]:.6f} {threading.current_thread().name} "
                      f"{time.monotonic():.3f} {gc.get_freeze_count()}\n")

    gc.callbacks.append(callback)


def _install() -> None:
    faults_path = os.environ.get(FAULTS_ENV)
    probes = os.environ.get(PROBES_ENV) == "1"
    timings_path = os.environ.get("GENBOT_TIMINGS")
    if os.environ.get("GENBOT_SWITCH_INTERVAL"):
        sys.setswitchinterval(float(os.environ["GENBOT_SWITCH_INTERVAL"]))
    if os.environ.get("GENBOT_SLOW_CALLBACK"):
        threshold = float(os.environ["GENBOT_SLOW_CALLBACK"])

        def patch_loop(module: Any) -> None:
            original_init = module.BaseEventLoop.__init__

            def __init__(self: Any) -> None:
                original_init(self)
                self.slow_callback_duration = threshold

            module.BaseEventLoop.__init__ = __init__

        _after_import.add("asyncio.base_events", patch_loop)
        sys.meta_path.insert(0, _after_import)
    if os.environ.get("GENBOT_GC_LOG"):
        _log_gc(os.environ["GENBOT_GC_LOG"])
    if os.environ.get("GENBOT_DELIVER_AT_BATCH_END") == "1":
        _after_import.add("generators.runtime", lambda m: setattr(m._Sink, "ready", lambda self, index, output: None))
        if _after_import not in sys.meta_path:
            sys.meta_path.insert(0, _after_import)
    if os.environ.get("GENBOT_WORKER_NICE"):
        nice = int(os.environ["GENBOT_WORKER_NICE"])
        _after_import.add("generators.runtime", lambda m: _patch_worker_nice(m, nice))
        if _after_import not in sys.meta_path:
            sys.meta_path.insert(0, _after_import)
    if not faults_path and not probes and not timings_path:
        return
    if timings_path:
        timings = _Timings(timings_path)
        _after_import.add("discord.state", lambda m: _patch_state(m, timings))
        _after_import.add("discord.interactions", lambda m: _patch_interactions(m, timings))
        _after_import.add("bot.delivery", lambda m: _patch_delivery(m, timings))
    if faults_path:
        faults = _Faults(faults_path)
        _after_import.add("generators.runtime", lambda m: _patch_runtime(m, faults))
    if probes:
        _after_import.add("bot.app", _patch_app)
    if _after_import not in sys.meta_path:
        sys.meta_path.insert(0, _after_import)


_install()
