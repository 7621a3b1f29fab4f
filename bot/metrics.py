"""Prometheus metrics of one bot process. Label names match the option and state names used everywhere else."""

from __future__ import annotations

import asyncio
import sys
from typing import Any, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from generators.runtime import Runtime

LATENCY_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900)
LAG_BUCKETS = (0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 1)
LAG_PROBE_S = 0.05  # how often the event loop's responsiveness is sampled
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64)


class _RuntimeCollector(Collector):
    """Values read from the runtime at scrape time: queue depth, running jobs, model load state and time, GPU memory."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def collect(self) -> Iterator[Any]:
        depth = GaugeMetricFamily("genbot_queue_depth", "Jobs waiting, per generator family", labels=["family"])
        running = GaugeMetricFamily("genbot_jobs_running", "Jobs running now, per generator family", labels=["family"])
        loaded = GaugeMetricFamily("genbot_model_loaded", "1 when the family's model is loaded", labels=["family"])
        load_s = GaugeMetricFamily("genbot_model_load_seconds", "How long the model took to load", labels=["family"])
        for family, state in self.runtime.status().items():
            depth.add_metric([family], state["queued"])
            running.add_metric([family], state["running"])
            loaded.add_metric([family], 1.0 if state["loaded"] else 0.0)
            if state["load_seconds"] is not None:
                load_s.add_metric([family], state["load_seconds"])
        yield from (depth, running, loaded, load_s)
        produced = CounterMetricFamily("genbot_generated", "Output made so far: text tokens, digit samples, images",
                                       labels=["family", "unit"])
        for family, worker in getattr(self.runtime, "workers", {}).items():
            generator = getattr(worker, "generator", None)
            count = getattr(generator, "units_generated", None)
            if isinstance(count, int):
                produced.add_metric([family, str(getattr(generator, "unit", "items"))], count)
        yield produced
        torch = sys.modules.get("torch")  # report GPU memory only if torch is already in use
        cuda = getattr(torch, "cuda", None)  # None while a worker thread is still importing torch
        if cuda is not None and cuda.is_available():
            gpu = GaugeMetricFamily("genbot_gpu_memory_bytes", "GPU memory held by torch", labels=["device", "kind"])
            for index in range(cuda.device_count()):
                gpu.add_metric([str(index), "allocated"], cuda.memory_allocated(index))
                gpu.add_metric([str(index), "reserved"], cuda.memory_reserved(index))
            yield gpu


class Metrics:
    def __init__(self, runtime: Runtime) -> None:
        self.registry = CollectorRegistry()
        self.jobs = Counter("genbot_jobs", "Finished jobs by command and terminal state", ["command", "status"],
                            registry=self.registry)
        self.stage_seconds = Histogram("genbot_stage_seconds", "Time per stage: queue_wait, inference, upload",
                                       ["command", "stage"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.batch_size = Histogram("genbot_batch_size", "Requests per generator call", ["family"],
                                    buckets=BATCH_BUCKETS, registry=self.registry)
        self.moderation = Counter("genbot_moderation_decisions", "Safety decisions by outcome, category and layer",
                                  ["decision", "category", "layer"], registry=self.registry)
        self.loop_lag = Histogram("genbot_event_loop_lag_seconds", "How late the event loop ran a timer (sampled)",
                                  buckets=LAG_BUCKETS, registry=self.registry)
        self.registry.register(_RuntimeCollector(runtime))
        runtime.on_batch = self.record_batch

    async def watch_loop_lag(self) -> None:
        """Runs forever: a timer that should fire every LAG_PROBE_S; how late it fires is the loop's lag."""
        loop = asyncio.get_running_loop()
        while True:
            expected = loop.time() + LAG_PROBE_S
            await asyncio.sleep(LAG_PROBE_S)
            self.loop_lag.observe(max(0.0, loop.time() - expected))

    def record_batch(self, family: str, size: int, seconds: float) -> None:
        self.batch_size.labels(family).observe(size)

    def record_job(self, command: str, status: str, timings: dict[str, float]) -> None:
        self.jobs.labels(command, status).inc()
        for stage, key in (("queue_wait", "queue_s"), ("inference", "inference_s"), ("upload", "upload_s")):
            if key in timings:
                self.stage_seconds.labels(command, stage).observe(timings[key])

    def record_decision(self, moderation: dict[str, Any] | None) -> None:
        if not moderation:
            return
        decision = "allowed" if moderation.get("allowed") else "blocked"
        self.moderation.labels(decision, moderation.get("category") or "", moderation.get("layer") or "").inc()
