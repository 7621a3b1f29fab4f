"""The inference runtime: threads, queue, fairness, batching, cancellation, timeouts, failures, terminal states."""

from __future__ import annotations

import asyncio
import os
import random
import threading
from dataclasses import dataclass
from typing import ClassVar, Hashable, Sequence

import pytest

from generators.requests import ALLOWED, JobStatus, Moderation, Output, Request
from generators.runtime import Progress, ProgressSink, Runtime, RuntimeLimits, WorkerSpec


@dataclass(frozen=True, kw_only=True)
class EchoRequest(Request):
    family: ClassVar[str] = "echo"
    text: str = ""
    shape: int = 0

    def batch_key(self) -> Hashable:
        return (self.family, self.shape)


class EchoGenerator:
    """Echoes each request's text; can be held at a gate, made to raise, or to run out of memory."""

    family = "echo"

    def __init__(self) -> None:
        self.batches: list[list[str]] = []
        self.threads: set[str] = set()
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        self.loads = 0
        self.fail_load = False
        self.oom_above = 10**9  # batches larger than this run out of memory
        self.steps = 0
        self.stream: list[str] = []  # text pieces to stream to every request

    def load(self) -> None:
        self.loads += 1
        if self.fail_load:
            raise OSError("weights missing")

    def generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]:
        self.threads.add(threading.current_thread().name)
        texts = [r.text for r in requests]  # type: ignore[attr-defined]
        self.entered.set()
        while not self.gate.wait(0.01):
            progress.check()
        if len(requests) > self.oom_above:
            raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")
        if any(t == "boom" for t in texts):
            raise ValueError("generator bug")
        self.batches.append(texts)
        for piece in self.stream:
            for i in range(len(requests)):
                if progress.wanted(i):
                    progress(i, Progress("text", text=piece))
        for step in range(1, self.steps + 1):
            for i in range(len(requests)):
                progress(i, Progress("step", step=step, total=self.steps))
        return [Output(text=t.upper(), meta={"seed": r.seed}) for t, r in zip(texts, requests)]


def make_runtime(gen: EchoGenerator, max_batch: int = 4, **limits: float) -> Runtime:
    settings = {"batch_wait_ms": 0.0, **limits}
    return Runtime([WorkerSpec(gen, max_batch=max_batch)], RuntimeLimits(**settings))  # type: ignore[arg-type]


@pytest.fixture
async def echo():
    gen = EchoGenerator()
    rt = make_runtime(gen)
    rt.start()
    yield gen, rt
    gen.gate.set()
    await rt.close(grace_s=2)


async def wait_until(predicate, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.01)):
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached")


async def test_done_with_output_and_concrete_seed(echo):
    gen, rt = echo
    job = rt.submit(EchoRequest(text="hi"))
    result = await job.wait()
    assert result.status is JobStatus.DONE and result.output.text == "HI"
    assert isinstance(result.output.meta["seed"], int)
    assert set(result.timings) >= {"queue_s", "inference_s"}
    assert gen.threads == {"genbot-echo"}  # model code ran on the worker thread, not the loop


async def test_compatible_requests_share_a_batch(echo):
    gen, rt = echo
    gen.gate.clear()
    first = rt.submit(EchoRequest(text="first", user_id="u0"))
    await asyncio.get_running_loop().run_in_executor(None, gen.entered.wait, 5)
    jobs = [rt.submit(EchoRequest(text=f"t{i}", user_id=f"u{i + 1}")) for i in range(6)]
    other = rt.submit(EchoRequest(text="odd", shape=1, user_id="u9"))
    gen.gate.set()
    await asyncio.gather(*(j.wait() for j in [first, *jobs, other]))
    assert gen.batches[0] == ["first"]
    assert gen.batches[1] == ["t0", "t1", "t2", "t3"]  # max_batch
    assert ["odd"] in gen.batches  # a different shape never joins the batch
    assert all(len(b) <= 4 for b in gen.batches)


class OneByOneGenerator(EchoGenerator):
    """Hands the first request's output over early, then holds the rest of the batch at the gate."""

    def generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]:
        outputs = [Output(text=r.text.upper()) for r in requests]  # type: ignore[attr-defined]
        progress.ready(0, outputs[0])
        self.entered.set()
        while not self.gate.wait(0.01):
            progress.check()
        return outputs


async def test_an_output_handed_over_early_finishes_its_job_before_the_batch_ends():
    gen = OneByOneGenerator()
    rt = make_runtime(gen)
    rt.start()
    try:
        gen.gate.clear()
        rt.workers["echo"].ensure_loaded()
        with rt.cond:  # both queued before the worker looks, so they form one batch
            first, second = rt.submit(EchoRequest(text="a")), rt.submit(EchoRequest(text="b", user_id="u2"))
        result = await asyncio.wait_for(first.wait(), 5)
        assert result.status is JobStatus.DONE and result.output.text == "A"
        assert not second.done  # still inside the same generate() call
        gen.gate.set()
        assert (await second.wait()).output.text == "B"
        assert (await first.wait()) is result  # the batch's end did not finish the first job a second time
    finally:
        gen.gate.set()
        await rt.close(grace_s=2)


async def test_round_robin_fairness_between_users(echo):
    gen, rt = echo
    rt.workers["echo"].max_batch = 1
    gen.gate.clear()
    blocker = rt.submit(EchoRequest(text="blocker", user_id="z"))
    await asyncio.get_running_loop().run_in_executor(None, gen.entered.wait, 5)
    heavy = [rt.submit(EchoRequest(text=f"a{i}", user_id="alice")) for i in range(3)]
    light = rt.submit(EchoRequest(text="b0", user_id="bob"))
    assert light.position() == 2  # alice's first job, then bob's, though alice queued three before him
    gen.gate.set()
    await asyncio.gather(*(j.wait() for j in [blocker, *heavy, light]))
    order = [b[0] for b in gen.batches]
    assert order.index("b0") < order.index("a1")


async def test_queue_full_and_per_user_cap_reject_at_once():
    gen = EchoGenerator()
    gen.gate.clear()
    rt = make_runtime(gen, max_batch=1, max_queue=3, max_queued_per_user=2)
    rt.start()
    try:
        mine = [rt.submit(EchoRequest(text=str(i), user_id="me")) for i in range(3)]
        capped = await mine[2].wait()
        assert capped.status is JobStatus.REJECTED and capped.code == "user_cap"
        await asyncio.get_running_loop().run_in_executor(None, gen.entered.wait, 5)  # mine[0] runs, mine[1] waits
        others = [rt.submit(EchoRequest(text=str(i), user_id=f"o{i}")) for i in range(4)]
        assert [j.status for j in others] == [None, None, JobStatus.REJECTED, JobStatus.REJECTED]
        full = await others[2].wait()
        assert full.code == "queue_full" and "queue is full" in full.reason
    finally:
        gen.gate.set()
        await rt.close(grace_s=2)


async def test_cancel_queued_and_running(echo):
    gen, rt = echo
    gen.gate.clear()
    running = rt.submit(EchoRequest(text="running", user_id="a"))
    await asyncio.get_running_loop().run_in_executor(None, gen.entered.wait, 5)
    queued = rt.submit(EchoRequest(text="queued", user_id="b"))
    assert queued.cancel() and queued.status is JobStatus.CANCELLED
    assert not queued.cancel()  # already ended: exactly one terminal state
    assert running.cancel()
    assert (await running.wait()).status is JobStatus.CANCELLED
    # the worker noticed that nobody wants the batch and is free again
    gen.gate.set()
    after = await rt.submit(EchoRequest(text="after")).wait()
    assert after.status is JobStatus.DONE
    assert all("queued" not in b for b in gen.batches)


async def test_timeout_then_worker_keeps_serving():
    gen = EchoGenerator()
    gen.gate.clear()
    rt = make_runtime(gen, job_timeout_s=0.2)
    rt.start()
    try:
        result = await rt.submit(EchoRequest(text="slow")).wait()
        assert result.status is JobStatus.TIMED_OUT and result.code == "timed_out"
        gen.gate.set()
        assert (await rt.submit(EchoRequest(text="next")).wait()).status is JobStatus.DONE
    finally:
        gen.gate.set()
        await rt.close(grace_s=2)


async def test_generator_exception_fails_only_that_batch(echo):
    gen, rt = echo
    bad = await rt.submit(EchoRequest(text="boom")).wait()
    assert bad.status is JobStatus.FAILED and bad.code == "generator_error" and bad.params["job_id"] in bad.reason
    good = await rt.submit(EchoRequest(text="fine")).wait()
    assert good.status is JobStatus.DONE


async def test_out_of_memory_retries_with_half_batches_then_fails_cleanly(echo):
    gen, rt = echo
    gen.oom_above = 2
    gen.gate.clear()
    blocker = rt.submit(EchoRequest(text="x", user_id="z"))
    await asyncio.get_running_loop().run_in_executor(None, gen.entered.wait, 5)
    jobs = [rt.submit(EchoRequest(text=f"t{i}", user_id=f"u{i}")) for i in range(4)]
    gen.gate.set()
    results = await asyncio.gather(*(j.wait() for j in [blocker, *jobs]))
    assert all(r.status is JobStatus.DONE for r in results)
    assert ["t0", "t1"] in gen.batches and ["t2", "t3"] in gen.batches
    gen.oom_above = 0  # even a single request does not fit
    result = await rt.submit(EchoRequest(text="big")).wait()
    assert result.status is JobStatus.FAILED and result.code == "out_of_memory"


async def test_progress_arrives_on_the_loop_in_order(echo):
    gen, rt = echo
    gen.steps = 5
    seen: list[tuple[str, int]] = []
    loop_thread = threading.current_thread()

    def on_progress(job, event: Progress) -> None:
        assert threading.current_thread() is loop_thread
        seen.append((event.kind, event.step))

    await rt.submit(EchoRequest(text="p"), on_progress=on_progress).wait()
    assert [kind for kind, _ in seen[:2]] == ["loading", "started"]  # the first job pays for the lazy load
    assert [s for k, s in seen if k == "step"] == [1, 2, 3, 4, 5]


async def test_lazy_load_once_and_load_failure_is_reported_and_retried():
    gen = EchoGenerator()
    gen.fail_load = True
    rt = make_runtime(gen)
    rt.start()
    try:
        failed = await rt.submit(EchoRequest(text="a")).wait()
        assert failed.status is JobStatus.FAILED and failed.code == "model_unavailable"
        assert "weights missing" in rt.status()["echo"]["load_error"]
        gen.fail_load = False
        for _ in range(3):
            assert (await rt.submit(EchoRequest(text="b")).wait()).status is JobStatus.DONE
        assert gen.loads == 2
    finally:
        await rt.close(grace_s=2)


async def test_model_unavailable_keeps_server_paths_from_users():
    from bot.render import failure_text
    from generators.models import ModelUnavailable

    class Missing(EchoGenerator):
        def load(self) -> None:
            raise ModelUnavailable("Model directory /srv/genbot/secret-models/sd15 does not exist.")

    rt = make_runtime(Missing())
    rt.start()
    try:
        failed = await rt.submit(EchoRequest(text="a")).wait()
        assert failed.status is JobStatus.FAILED and failed.code == "model_unavailable"
        for text in (failed.reason, failure_text(failed, "en-US"), failure_text(failed, "ko")):
            assert "/srv" not in text and "secret-models" not in text, text
        assert "not available" in failure_text(failed, "en-US") and "genbot check" in failed.reason
        assert "/srv/genbot/secret-models/sd15" in rt.status()["echo"]["load_error"]  # the operator's detail
    finally:
        await rt.close(grace_s=2)


async def test_eta_after_first_batch(echo):
    gen, rt = echo
    await rt.submit(EchoRequest(text="warm")).wait()
    gen.gate.clear()
    gen.entered.clear()  # set by the warm-up job: wait for "r" itself to start
    running = rt.submit(EchoRequest(text="r", user_id="a"))
    await asyncio.get_running_loop().run_in_executor(None, gen.entered.wait, 5)
    queued = rt.submit(EchoRequest(text="q", user_id="b"))
    assert queued.position() == 1 and queued.eta() is not None and queued.eta() >= 0
    assert running.position() is None
    gen.gate.set()
    await asyncio.gather(running.wait(), queued.wait())
    assert queued.eta() is None and queued.position() is None


async def test_close_cancels_queued_jobs_and_lets_running_finish():
    gen = EchoGenerator()
    gen.gate.clear()
    rt = make_runtime(gen, max_batch=1)
    rt.start()
    running = rt.submit(EchoRequest(text="running", user_id="a"))
    await asyncio.get_running_loop().run_in_executor(None, gen.entered.wait, 5)
    queued = rt.submit(EchoRequest(text="queued", user_id="b"))
    closing = asyncio.create_task(rt.close(grace_s=5))
    assert (await queued.wait()).code == "shutdown"
    gen.gate.set()
    await closing
    assert (await running.wait()).status is JobStatus.DONE
    late = await rt.submit(EchoRequest(text="late")).wait()
    assert late.status is JobStatus.REJECTED and late.code == "shutting_down"


async def test_unknown_family_is_rejected(echo):
    @dataclass(frozen=True, kw_only=True)
    class Other(Request):
        family: ClassVar[str] = "other"

    result = await echo[1].submit(Other()).wait()
    assert result.status is JobStatus.REJECTED and result.code == "disabled"


async def test_every_job_ends_exactly_once_under_random_cancels():
    gen = EchoGenerator()
    rt = make_runtime(gen, max_batch=3, max_queue=1000, max_queued_per_user=1000)
    rt.start()
    finishes: dict[str, int] = {}
    original = rt.finish

    def counting_finish(job, result):
        changed = original(job, result)
        if changed:
            finishes[job.id] = finishes.get(job.id, 0) + 1
        return changed

    rt.finish = counting_finish  # type: ignore[method-assign]
    rng = random.Random(7)
    jobs = []
    try:
        for i in range(300):
            jobs.append(rt.submit(EchoRequest(text="boom" if i % 17 == 0 else f"t{i}", user_id=f"u{i % 7}",
                                              shape=i % 2)))
            if rng.random() < 0.3:
                rng.choice(jobs).cancel()
            if i % 25 == 0:
                await asyncio.sleep(0)
        results = await asyncio.wait_for(asyncio.gather(*(j.wait() for j in jobs)), 30)
    finally:
        await rt.close(grace_s=5)
    assert len(results) == 300 and all(finishes[j.id] == 1 for j in jobs)
    assert {r.status for r in results} <= {JobStatus.DONE, JobStatus.CANCELLED, JobStatus.FAILED}
    assert sum(r.status is JobStatus.DONE for r in results) > 100


class WordGuard:
    """Blocks any prompt, streamed text or output containing `word`; `broken` makes every check raise."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.broken = False
        self.texts_checked: list[str] = []

    def _verdict(self, text: str) -> Moderation:
        if self.broken:
            raise RuntimeError("classifier crashed")
        return Moderation(False, "test", "lexicon", "no") if self.word in text.lower() else ALLOWED

    def check_prompt(self, request) -> Moderation:
        return self._verdict(request.text)

    def check_text(self, request, text: str) -> Moderation:
        self.texts_checked.append(text)
        return self._verdict(text)

    def check_output(self, request, output: Output) -> Moderation:
        return self._verdict(output.text)


@pytest.fixture
async def guarded():
    gen, guard = EchoGenerator(), WordGuard("forbidden")
    rt = Runtime([WorkerSpec(gen, max_batch=4)], RuntimeLimits(batch_wait_ms=0), guard=guard)
    rt.start()
    yield gen, guard, rt
    await rt.close(grace_s=2)


async def test_prompt_check_runs_off_the_loop(guarded):
    gen, guard, rt = guarded
    assert not (await rt.check_prompt(EchoRequest(text="something forbidden"))).allowed
    assert (await rt.check_prompt(EchoRequest(text="fine"))).allowed


async def test_streamed_text_is_released_only_after_it_passes_the_check(guarded):
    gen, guard, rt = guarded
    gen.stream = ["Once upon a time. ", "It was ", "fine. ", "Then forbidden ", "things. ", "The end."]
    seen: list[str] = []
    result = await rt.submit(EchoRequest(text="story"),
                             on_progress=lambda job, e: seen.append(e.text) if e.kind == "text" else None).wait()
    assert result.status is JobStatus.BLOCKED and result.code == "blocked_output"
    assert result.params["category"] == "test" and result.moderation["layer"] == "lexicon"
    assert "".join(seen) == "Once upon a time. It was fine. "  # nothing after the failing piece was shown
    assert all("forbidden" not in s for s in seen)


async def test_final_output_is_checked_and_done_results_carry_the_decision(guarded):
    gen, guard, rt = guarded
    blocked = await rt.submit(EchoRequest(text="forbidden")).wait()
    assert blocked.status is JobStatus.BLOCKED and blocked.output is None
    done = await rt.submit(EchoRequest(text="ok")).wait()
    assert done.status is JobStatus.DONE and done.moderation["allowed"] is True


async def test_a_broken_check_blocks_instead_of_letting_output_through(guarded):
    gen, guard, rt = guarded
    guard.broken = True
    result = await rt.submit(EchoRequest(text="ok")).wait()
    assert result.status is JobStatus.BLOCKED and result.params["category"] == "check_failed"
    assert not (await rt.check_prompt(EchoRequest(text="ok"))).allowed


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="per-thread niceness is a Linux feature")
async def test_worker_thread_runs_at_the_configured_niceness():
    class NiceProbe(EchoGenerator):
        def generate(self, requests, progress):
            self.nice_seen = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            return super().generate(requests, progress)

    gen = NiceProbe()
    base = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    rt = Runtime([WorkerSpec(gen, nice=5)], RuntimeLimits(batch_wait_ms=0.0))
    rt.start()
    try:
        assert (await rt.submit(EchoRequest(text="x")).wait()).status is JobStatus.DONE
    finally:
        await rt.close(grace_s=2)
    assert gen.nice_seen == min(base + 5, 19)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == base  # the loop's thread keeps its priority
