"""The Ray Serve backend behind the runtime's interface, on a local Ray instance: streaming with the guard in this
process, @serve.batch batching, cancellation reaching the replica, failures as the same Result codes, queue limits
and positions with jobs handed over to the cluster, two replicas sharing the load, shutdown.

Outside a loopback-only network namespace this module has one test, which runs the module again inside one (see
tests/netns.py): Ray listens on every interface.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Hashable, Sequence

import pytest

pytest.importorskip("ray", reason='the Ray backend is not installed: pip install -e ".[ray]" (scripts/setup --test '
                                  'installs it)')

from generators.requests import ALLOWED, JobStatus, Moderation, Output, Request  # noqa: E402
from generators.runtime import Job, JobAborted, Progress, ProgressSink, RuntimeLimits  # noqa: E402
from netns import check_in_namespace, inside, ray_temp_dir  # noqa: E402


@dataclass(frozen=True, kw_only=True)
class FileRequest(Request):
    family: ClassVar[str] = "files"
    text: str = ""
    stream: tuple[str, ...] = ()  # text pieces to stream before the result
    shape: int = 0

    def batch_key(self) -> Hashable:
        return (self.family, self.shape)


class FileGenerator:
    """Runs in a replica (another process): the test steers it and reads it through files in `control`.

    While `control/hold` exists it waits (checking for cancellation); an aborted batch leaves `control/aborted-<text>`.
    Each output says its batch size and replica pid."""

    family = "files"

    def __init__(self, control: str, delay_s: float = 0.0) -> None:
        self.control = Path(control)
        self.delay_s = delay_s

    def load(self) -> None:
        pass

    def describe(self) -> dict[str, object]:
        return {"source": "test", "available": True, "device": "cpu"}

    def generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]:
        texts = [r.text for r in requests]  # type: ignore[attr-defined]
        try:
            while (self.control / "hold").exists():
                progress.check()
                time.sleep(0.01)
            time.sleep(self.delay_s)
            if "boom" in texts:
                raise ValueError("generator bug")
            if any(t.startswith("oom") for t in texts) and len(requests) > 1:
                raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")
            for i, request in enumerate(requests):
                for piece in request.stream:  # type: ignore[attr-defined]
                    if progress.wanted(i):
                        progress(i, Progress("text", text=piece))
                    time.sleep(0.01)
                    progress.check()
        except JobAborted:
            for text in texts:
                (self.control / f"aborted-{text}").touch()
            raise
        return [Output(text=t.upper(), meta={"batch": len(requests), "pid": os.getpid()}) for t in texts]


class WordGuard:
    """Blocks streamed text and outputs containing "bad"; counts its checks (they must run in this process)."""

    def __init__(self) -> None:
        self.checks = 0

    def check_prompt(self, request: Request) -> Moderation:
        return ALLOWED

    def check_text(self, request: Request, text: str) -> Moderation:
        self.checks += 1
        return Moderation(False, "test", "words", "bad word") if "bad" in text else ALLOWED

    def check_output(self, request: Request, output: Output) -> Moderation:
        return self.check_text(request, output.text)


if not inside():

    def test_ray_backend_in_a_loopback_only_namespace() -> None:
        check_in_namespace(__file__)

else:
    import ray
    import ray.cloudpickle

    from generators.ray_backend import RayFamily, RayRuntime, RaySettings

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # replicas cannot import this test module
    NAMESPACES = itertools.count()

    @pytest.fixture(scope="module", autouse=True)
    def ray_instance():  # type: ignore[no-untyped-def]
        ray.init(namespace="genbot-tests", num_cpus=4, include_dashboard=False, _node_ip_address="127.0.0.1",
                 _temp_dir=ray_temp_dir("unit"))
        yield
        from ray import serve

        serve.shutdown()
        ray.shutdown()

    DEPLOYED: list[str] = []

    @pytest.fixture
    def control(tmp_path: Path):  # type: ignore[no-untyped-def]
        yield tmp_path
        from ray import serve

        while DEPLOYED:  # a runtime leaves its deployments to other processes; a test removes its own
            serve.delete(DEPLOYED.pop())

    async def make(control: Path, *, guard: WordGuard | None = None, delay_s: float = 0.0,
                   **options: object) -> RayRuntime:
        limits = {k: options.pop(k) for k in ("max_queue", "max_queued_per_user") if k in options}
        # A quarter of a logical CPU per replica: Ray's CPUs only decide placement, and this host has few.
        settings = {"max_batch_size": 4, "batch_wait_timeout_s": 0.2, "max_ongoing_requests": 4, "num_cpus": 0.25,
                    **options}
        family = RayFamily(family="files", factory=functools.partial(FileGenerator, str(control), delay_s),
                           fingerprint=str(settings), **settings)  # type: ignore[arg-type]
        rt = RayRuntime([family], RaySettings(namespace=f"t{next(NAMESPACES)}", connect_timeout_s=120),
                        RuntimeLimits(batch_wait_ms=0, **limits), guard=guard)  # type: ignore[arg-type]
        DEPLOYED.append(f"{rt.settings.namespace}-files")
        rt.start()
        await rt.wait_connected(120)
        return rt

    def events_of(log: list[Progress]) -> list[str]:
        return [e.kind for e in log]

    async def test_streams_through_the_guard_here_and_delivers(control: Path) -> None:
        guard = WordGuard()
        rt = await make(control, guard=guard)
        seen: list[Progress] = []
        job = rt.submit(FileRequest(text="hi", stream=("one. ", "two. ", "three.")),
                        on_progress=lambda j, e: seen.append(e))
        result = await asyncio.wait_for(job.wait(), 60)
        assert result.status is JobStatus.DONE and result.output is not None and result.output.text == "HI"
        assert result.moderation == {"allowed": True, "category": None, "layer": None, "reason": "", "spoiler": False}
        assert "started" in events_of(seen) and [e.text for e in seen if e.kind == "text"] == ["one. ", "two. ",
                                                                                            "three."]
        assert guard.checks == 4  # three released sentences and the final output, all in this process
        assert result.output.meta["pid"] != os.getpid() and set(result.timings) >= {"queue_s", "inference_s"}
        assert rt.status()["files"]["loaded"] and rt.queue_depth() == {"files": 0}
        await rt.close(grace_s=5)

    async def test_serve_batch_forms_one_batch(control: Path) -> None:
        rt = await make(control)
        jobs = [rt.submit(FileRequest(text=f"t{i}", user_id=f"u{i}")) for i in range(4)]
        results = await asyncio.wait_for(asyncio.gather(*(j.wait() for j in jobs)), 60)
        assert [r.output.meta["batch"] for r in results if r.output] == [4, 4, 4, 4]
        await rt.close(grace_s=5)

    async def test_blocked_stream_stops_the_replica(control: Path) -> None:
        rt = await make(control, guard=WordGuard())
        long = tuple(["fine words. ", "bad words. "] + ["more. "] * 500)
        job = rt.submit(FileRequest(text="b", stream=long))
        result = await asyncio.wait_for(job.wait(), 60)
        assert result.status is JobStatus.BLOCKED and result.code == "blocked_output"
        await wait_for_file(control / "aborted-b")  # the replica's generator was told to stop
        await rt.close(grace_s=5)

    async def one_running_one_waiting(control: Path, **options: object) -> tuple[RayRuntime, Job, Job]:
        """A runtime whose replica holds job "r" (user a) running and "w" (user b) waiting behind it."""
        (control / "hold").touch()
        rt = await make(control, max_batch_size=1, **options)
        running = rt.submit(FileRequest(text="r", user_id="a"))
        await wait_until(lambda: running.started_at is not None)
        return rt, running, rt.submit(FileRequest(text="w", user_id="b"))

    async def test_cancel_while_running_and_while_handed_over(control: Path) -> None:
        rt, running, waiting = await one_running_one_waiting(control, max_ongoing_requests=4)
        await wait_until(lambda: waiting.id in rt.workers["files"].responses)  # handed over to Serve
        assert waiting.position() == 1 and running.position() is None and rt.queue_depth() == {"files": 1}
        assert [j.id for j in rt.jobs_of("b")] == [waiting.id]
        assert waiting.cancel() and running.cancel()
        assert (await waiting.wait()).status is JobStatus.CANCELLED
        assert (await running.wait()).status is JobStatus.CANCELLED
        await wait_for_file(control / "aborted-r")
        (control / "hold").unlink()
        after = rt.submit(FileRequest(text="next", user_id="a"))
        assert (await asyncio.wait_for(after.wait(), 60)).ok  # the replica is free again
        assert not (control / "aborted-w").exists()  # cancelled before its batch: it never ran
        await rt.close(grace_s=5)

    async def test_queue_limits_count_jobs_handed_over(control: Path) -> None:
        (control / "hold").touch()
        rt = await make(control, max_batch_size=1, max_ongoing_requests=1, max_queue=2, max_queued_per_user=1)
        first = rt.submit(FileRequest(text="1", user_id="a"))
        await wait_until(lambda: first.started_at is not None)
        capped = rt.submit(FileRequest(text="2", user_id="a"))
        assert capped.done and (await capped.wait()).code == "user_cap"
        queued = [rt.submit(FileRequest(text=f"q{i}", user_id=f"u{i}")) for i in range(2)]
        full = rt.submit(FileRequest(text="full", user_id="z"))
        assert (await full.wait()).code == "queue_full"
        assert [j.position() for j in queued] == [1, 2]  # waiting in the bot: the window (1) is taken
        (control / "hold").unlink()
        results = await asyncio.wait_for(asyncio.gather(first.wait(), *(j.wait() for j in queued)), 60)
        assert [r.status for r in results] == [JobStatus.DONE] * 3
        await rt.close(grace_s=5)

    async def test_failures_keep_their_result_codes(control: Path) -> None:
        rt = await make(control)
        job = rt.submit(FileRequest(text="boom"))
        result = await asyncio.wait_for(job.wait(), 60)
        assert result.status is JobStatus.FAILED and result.code == "generator_error"
        assert result.params == {"job_id": job.id} and f"(job {job.id})" in result.reason  # the bot's id
        # Out of memory on the batch of two: the replica's worker retries in halves, as locally.
        pair = [rt.submit(FileRequest(text=f"oom{i}", user_id=f"u{i}")) for i in range(2)]
        results = await asyncio.wait_for(asyncio.gather(*(j.wait() for j in pair)), 60)
        assert [r.output.meta["batch"] for r in results if r.output] == [1, 1]
        await rt.close(grace_s=5)

    async def test_two_replicas_share_the_load(control: Path) -> None:
        rt = await make(control, delay_s=0.3, num_replicas=2, max_batch_size=2, max_ongoing_requests=2,
                        batch_wait_timeout_s=0.0)
        jobs = [rt.submit(FileRequest(text=f"p{i}", user_id=f"u{i}")) for i in range(8)]
        results = await asyncio.wait_for(asyncio.gather(*(j.wait() for j in jobs)), 60)
        assert all(r.ok for r in results)
        assert len({r.output.meta["pid"] for r in results if r.output}) == 2
        await rt.close(grace_s=5)

    async def test_close_cancels_waiting_jobs_and_refuses_new_ones(control: Path) -> None:
        rt, running, waiting = await one_running_one_waiting(control, max_ongoing_requests=1)
        closing = asyncio.create_task(rt.close(grace_s=0.5))
        assert (await waiting.wait()).code == "shutdown"
        assert (await running.wait()).code == "shutdown"  # the grace period ran out
        await closing
        assert (rt.submit(FileRequest(text="late"))).done
        await wait_for_file(control / "aborted-r")

    async def wait_until(predicate, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not predicate():
            assert time.monotonic() < deadline, "timed out"
            await asyncio.sleep(0.02)

    async def wait_for_file(path: Path, timeout: float = 60.0) -> None:
        await wait_until(path.exists, timeout)
