"""The inference runtime: model code runs only in worker threads owned by this module, never on the event loop.

One worker per generator family (and so per device and model family). Each worker keeps a per-user FIFO and serves
users round-robin, so a user with ten queued jobs does not starve the next one; it collects compatible requests into
one batch within a short wait window. Front ends use a narrow interface that a remote engine can also provide:
`submit` a request (with a progress callback), `await job.wait()` for its `Result`, `job.cancel()`, and
`job.position()` / `job.eta()` while it waits.

Every job ends in exactly one terminal state (see `JobStatus`): `Job._finish` is the only place that sets one, and
the first call wins.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import itertools
import logging
import math
import os
import secrets
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, Sequence

from generators.models import ModelUnavailable
from generators.requests import ALLOWED, JobStatus, Moderation, Output, Request, Result, blocked_result

log = logging.getLogger(__name__)

EMA_WEIGHT = 0.3  # weight of the newest batch duration in the ETA estimate
STREAM_CHECK_CHARS = 48  # streamed text is checked (and released) in pieces of about this size, or per sentence
STREAM_CONTEXT_CHARS = 600  # each piece is checked with this much released text before it (the final check sees all)
SENTENCE_ENDS = (".", "!", "?", "\n", "。", "다", "요")


@dataclass(frozen=True)
class Progress:
    """One progress event. `index` is the request's position in its batch; events reach only that job."""

    kind: str  # "queued" | "loading" | "started" | "step" | "text" | "preview"
    step: int = 0
    total: int = 0
    text: str = ""
    preview: bytes | None = None


class JobAborted(Exception):
    """Raised inside a generator (by the progress sink) when no job of its batch still wants the result."""


class ProgressSink(Protocol):
    def __call__(self, index: int, event: Progress) -> None: ...

    def wanted(self, index: int) -> bool: ...

    def check(self) -> None: ...

    def ready(self, index: int, output: Output) -> None:
        """Request `index` is complete before the rest of its batch: it is checked and delivered now. The same
        output is still returned from generate(); a generator that makes its outputs one by one calls this."""


class Guard(Protocol):
    """The safety policy as the runtime applies it. Every method may run model code: never call it on the loop."""

    def check_prompt(self, request: Request) -> Moderation: ...

    def check_text(self, request: Request, text: str) -> Moderation: ...

    def check_output(self, request: Request, output: Output) -> Moderation: ...


class Generator(Protocol):
    """What a generator family provides to the runtime. `generate` runs in the family's worker thread only."""

    family: str

    def load(self) -> None: ...

    def generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]: ...


@dataclass(frozen=True)
class RuntimeLimits:
    max_queue: int = 64  # queued jobs across all families; more are rejected at once
    max_queued_per_user: int = 4  # queued or running jobs one user may have
    job_timeout_s: float = 300.0  # from the moment a job starts running
    batch_wait_ms: float = 20.0  # how long a worker waits for more compatible requests before running a batch


@dataclass(frozen=True)
class WorkerSpec:
    generator: Generator
    max_batch: int = 8
    eager: bool = False  # load the model when the runtime starts instead of on the first job
    batch_wait_ms: float | None = None  # this family's batching window; None = RuntimeLimits.batch_wait_ms
    nice: int = 0  # CPU niceness of the worker thread and the thread pools it starts (Linux)


ProgressCallback = Callable[["Job", Progress], None]


def lower_thread_priority(nice: int) -> None:
    """Add `nice` to the calling thread's niceness, so that it (and the torch/OpenMP pools it starts, which inherit
    it) yields the CPU to the event loop.

    On 2 busy cores the loop otherwise waits behind model threads for a time slice: niceness is per thread on Linux.
    """
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(os.getpriority(os.PRIO_PROCESS, tid) + nice, 19))
    except (AttributeError, OSError):  # not Linux, or not permitted: run at normal priority
        pass


def is_out_of_memory(exc: BaseException) -> bool:
    """CUDA (torch) or TensorFlow out-of-memory, detected without importing either framework."""
    name = type(exc).__name__
    if name in ("OutOfMemoryError", "ResourceExhaustedError"):
        return True
    return isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()


def free_accelerator_memory() -> None:
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


class RuntimeClosed(Exception):
    pass


@dataclass(eq=False)
class Job:
    """A submitted request. Its public methods are safe to call from the event loop."""

    id: str
    request: Request
    worker: "Worker | None"
    on_progress: ProgressCallback | None
    submitted_at: float = field(default_factory=time.monotonic)
    started_at: float | None = None
    status: JobStatus | None = None
    _future: asyncio.Future[Result] | None = None
    _timeout_handle: asyncio.TimerHandle | None = None

    @property
    def state(self) -> str:
        if self.status is not None:
            return self.status.value
        return "running" if self.started_at is not None else "queued"

    def position(self) -> int | None:
        """1-based place in the serving order while queued; None once running or finished."""
        return None if self.worker is None else self.worker.position_of(self)

    def eta(self) -> float | None:
        """Seconds until this job is expected to finish, or None before the first batch has been timed."""
        return None if self.worker is None else self.worker.eta_of(self)

    def cancel(self) -> bool:
        """Cancel while queued or running. Returns False if the job had already ended."""
        return False if self.worker is None else self.worker.runtime.cancel(self)

    async def wait(self) -> Result:
        assert self._future is not None
        return await asyncio.shield(self._future)

    @property
    def done(self) -> bool:
        return self.status is not None


class Worker:
    """One thread serving one generator family, with per-user queues served round-robin."""

    def __init__(self, runtime: "Runtime", spec: WorkerSpec) -> None:
        self.runtime = runtime
        self.generator = spec.generator
        self.family = spec.generator.family
        self.max_batch = spec.max_batch
        self.eager = spec.eager
        self.nice = spec.nice
        self.batch_wait_s = (runtime.limits.batch_wait_ms if spec.batch_wait_ms is None else spec.batch_wait_ms) / 1000
        self.queues: collections.OrderedDict[str, collections.deque[Job]] = collections.OrderedDict()
        self.running: list[Job] = []
        self.batch_started_at: float | None = None
        self.ema_batch_s: float | None = None
        self.loaded = False
        self.load_error: str | None = None
        self.load_seconds: float | None = None
        self._load_lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, name=f"genbot-{self.family}", daemon=True)

    # -- queue bookkeeping (callers hold runtime.lock) --

    def queued_count(self) -> int:
        return sum(len(q) for q in self.queues.values())

    def queued_jobs(self) -> list[Job]:
        """Jobs not started yet (a remote backend adds the ones handed over but not begun)."""
        return [job for q in self.queues.values() for job in q]

    def _serving_order(self) -> list[Job]:
        """The order in which queued jobs will start: round-robin over users, FIFO within a user."""
        lanes = [list(q) for q in self.queues.values()]
        return [job for row in itertools.zip_longest(*lanes) for job in row if job is not None]

    def position_of(self, job: Job) -> int | None:
        with self.runtime.lock:
            if job.started_at is not None or job.status is not None:
                return None
            order = self._serving_order()
            return order.index(job) + 1 if job in order else None

    def eta_of(self, job: Job) -> float | None:
        with self.runtime.lock:
            if job.status is not None or self.ema_batch_s is None:
                return None
            now = time.monotonic()
            current_left = 0.0
            if self.batch_started_at is not None:
                current_left = max(0.0, self.ema_batch_s - (now - self.batch_started_at))
            if job.started_at is not None:
                return current_left
            order = self._serving_order()
            if job not in order:
                return None
            batches_ahead = math.ceil((order.index(job) + 1) / self.max_batch)
            return current_left + batches_ahead * self.ema_batch_s

    def _take_batch(self, limit: int | None = None) -> list[Job]:
        """Pop up to max_batch (or `limit`) compatible jobs, the lead from the user whose turn it is (caller holds
        the lock)."""
        limit = self.max_batch if limit is None else limit
        lead_user = next(iter(self.queues))
        lead = self.queues[lead_user].popleft()
        batch = [lead]
        key = lead.request.batch_key()
        self.queues.move_to_end(lead_user)  # that user's next job waits for everyone else's turn
        progressed = True
        while len(batch) < limit and progressed:
            progressed = False
            for user in list(self.queues):
                lane = self.queues[user]
                if lane and lane[0].request.batch_key() == key and len(batch) < limit:
                    batch.append(lane.popleft())
                    progressed = True
        for user in [u for u, q in self.queues.items() if not q]:
            del self.queues[user]
        return batch

    # -- the thread --

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float | None) -> None:
        self._thread.join(timeout)

    def ensure_loaded(self) -> None:
        with self._load_lock:
            if self.loaded:
                return
            t0 = time.perf_counter()
            try:
                self.generator.load()
            except ModelUnavailable as exc:  # not installed: the message already says what to do
                log.error("%s model unavailable: %s", self.family, exc)
                self.load_error = str(exc)
                raise
            except Exception as exc:  # a broken model must not take the worker down
                log.exception("loading %s failed", self.family)
                self.load_error = f"{type(exc).__name__}: {exc}"
                raise
            self.loaded = True
            self.load_error = None
            self.load_seconds = time.perf_counter() - t0
            log.info("%s loaded in %.1f s", self.family, self.load_seconds)

    def _serve(self) -> None:
        rt = self.runtime
        if self.nice:
            lower_thread_priority(self.nice)
        if self.eager:
            try:
                self.ensure_loaded()
            except Exception:
                pass  # reported through check/readiness; jobs will retry the load
        while True:
            with rt.cond:
                while not self.queues and not rt.stopping:
                    rt.cond.wait()
                if not self.queues:  # stopping and nothing left
                    return
                deadline = time.monotonic() + self.batch_wait_s
                while self.queued_count() < self.max_batch and not rt.stopping:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    rt.cond.wait(left)
                if not self.queues:  # everything was cancelled while we waited
                    continue
                batch = self._take_batch()
                now = time.monotonic()
                for job in batch:
                    job.started_at = now
                self.running = batch
                self.batch_started_at = now
            for job in batch:
                rt.arm_timeout(job)
            self._run(batch)
            with rt.cond:
                self.running = []
                self.batch_started_at = None
                rt.cond.notify_all()

    def _run(self, batch: list[Job], *, retry_on_oom: bool = True) -> None:
        rt = self.runtime
        if not self.loaded:
            for job in batch:
                rt.notify(job, Progress("loading"))
            try:
                self.ensure_loaded()
            except Exception as exc:
                # The details (paths, package names, hub ids) are for operators: logged by ensure_loaded, kept in
                # load_error for `genbot check` and /readyz. A member only hears that the model is unavailable.
                reason = (f"The {self.family} model is not available on this bot right now. An operator can run "
                          "`genbot check` to see why." if isinstance(exc, ModelUnavailable) else
                          f"The {self.family} model could not be loaded. An operator can run `genbot check` to see why.")
                for job in batch:
                    rt.finish(job, Result(JobStatus.FAILED, "model_unavailable", reason, {"family": self.family}))
                return
        live = [job for job in batch if not job.done]
        if not live:
            return
        for job in live:
            rt.notify(job, Progress("started"))
        sink = _Sink(rt, live)
        t0 = time.perf_counter()
        try:
            outputs = self.generator.generate([job.request for job in live], sink)
            if len(outputs) != len(live):
                raise RuntimeError(f"{self.family} returned {len(outputs)} outputs for {len(live)} requests")
        except JobAborted:
            return
        except Exception as exc:
            if is_out_of_memory(exc):
                free_accelerator_memory()
                if retry_on_oom and len(live) > 1:
                    log.warning("%s ran out of memory on a batch of %d; retrying in halves", self.family, len(live))
                    half = len(live) // 2
                    self._run(live[:half], retry_on_oom=False)
                    self._run(live[half:], retry_on_oom=False)
                    return
                for job in live:
                    rt.finish(job, Result(JobStatus.FAILED, "out_of_memory",
                                          "The GPU ran out of memory for this request. Try fewer or smaller outputs.",
                                          {}))
                return
            log.exception("%s failed on a batch of %d (jobs %s)", self.family, len(live), [j.id for j in live])
            for job in live:
                rt.finish(job, Result(JobStatus.FAILED, "generator_error",
                                      f"Something went wrong while generating (job {job.id}). "
                                      "The operator can find the details in the logs.", {"job_id": job.id}))
            return
        elapsed = time.perf_counter() - t0
        with rt.lock:
            self.ema_batch_s = elapsed if self.ema_batch_s is None else (
                EMA_WEIGHT * elapsed + (1 - EMA_WEIGHT) * self.ema_batch_s)
        rt.record_batch(self.family, len(live), elapsed)
        for job, output in zip(live, outputs):
            rt.deliver_output(job, output, elapsed)  # a job already delivered through the sink's ready() is done


class _Sink:
    """Progress sink handed to a generator for one batch. Called from the worker thread.

    With a guard, streamed text is held back until the text so far passes the output check, so nothing unchecked
    ever reaches a user; a failing check ends that job as BLOCKED and the generator stops spending on it.
    """

    def __init__(self, runtime: "Runtime", jobs: list[Job]) -> None:
        self.runtime = runtime
        self.jobs = jobs
        self.pending = [""] * len(jobs)
        self.released = [""] * len(jobs)
        self.started = time.perf_counter()

    def __call__(self, index: int, event: Progress) -> None:
        job = self.jobs[index]
        if event.kind != "text" or self.runtime.guard is None:
            self.runtime.notify(job, event)
            return
        self.pending[index] += event.text
        piece = self.pending[index]
        if len(piece) < STREAM_CHECK_CHARS and not piece.rstrip().endswith(SENTENCE_ENDS):
            return
        context = self.released[index][-STREAM_CONTEXT_CHARS:]
        decision = self.runtime.verdict("check_text", job.request, context + piece)
        if not decision.allowed:
            self.runtime.finish(job, blocked_result(decision, "output"))
            return
        self.released[index] += piece
        self.pending[index] = ""
        self.runtime.notify(job, Progress("text", step=event.step, total=event.total, text=piece))

    def wanted(self, index: int) -> bool:
        return not self.jobs[index].done

    def check(self) -> None:
        if all(job.done for job in self.jobs) or self.runtime.aborting:
            raise JobAborted

    def ready(self, index: int, output: Output) -> None:
        # Results of one batch then reach the loop one by one instead of all at once: the first member waits less,
        # and the loop does not meet a burst of uploads.
        self.runtime.deliver_output(self.jobs[index], output, time.perf_counter() - self.started)


class NullSink:
    """A progress sink that wants everything and reports nowhere (warm-ups, direct library use)."""

    def __call__(self, index: int, event: Progress) -> None:
        pass

    def wanted(self, index: int) -> bool:
        return True

    def check(self) -> None:
        pass

    def ready(self, index: int, output: Output) -> None:
        pass


class Runtime:
    """Owns the workers. Create and `start()` it inside the running event loop that will consume results."""

    def __init__(self, workers: Sequence[WorkerSpec], limits: RuntimeLimits = RuntimeLimits(),
                 guard: Guard | None = None) -> None:
        self.limits = limits
        self.guard = guard
        self.lock = threading.RLock()
        self.cond = threading.Condition(self.lock)
        self.workers = {spec.generator.family: Worker(self, spec) for spec in workers}
        self.stopping = False
        self.aborting = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self._ids = itertools.count(1)
        self._id_prefix = secrets.token_hex(2)  # job ids stay unique across restarts (buttons carry them)
        self.jobs: dict[str, Job] = {}  # unfinished jobs by id
        self.on_batch: Callable[[str, int, float], None] | None = None  # metrics hook

    # -- lifecycle --

    def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        for worker in self.workers.values():
            worker.start()

    async def close(self, grace_s: float = 30.0) -> None:
        """Stop accepting; cancel queued jobs; let running ones finish within `grace_s`, then abort them."""
        self._stop_accepting()
        deadline = time.monotonic() + grace_s
        for worker in self.workers.values():
            while worker._thread.is_alive() and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
        self._abort_running()

    def _stop_accepting(self) -> None:
        """First half of close(): refuse new jobs and cancel the queued ones (their members hear why)."""
        with self.cond:
            self.stopping = True
            queued = [job for w in self.workers.values() for job in w.queued_jobs()]
            for w in self.workers.values():
                w.queues.clear()
            self.cond.notify_all()
        for job in queued:
            self.finish(job, Result(JobStatus.CANCELLED, "shutdown",
                                    "The bot is restarting, so this queued job was cancelled. Please try again soon."))

    def _abort_running(self) -> None:
        """Last half of close(): the grace period is over; whatever still runs ends as cancelled."""
        self.aborting = True
        for worker in self.workers.values():
            for job in list(worker.running):
                self.finish(job, Result(JobStatus.CANCELLED, "shutdown",
                                        "The bot is restarting and this job could not finish in time."))

    # -- the front-end interface --

    def submit(self, request: Request, on_progress: ProgressCallback | None = None) -> Job:
        """Queue a request. Always returns a job; a refused one is already finished as REJECTED."""
        assert self.loop is not None, "Runtime.start() must be called inside the event loop first"
        request = request.with_seed()  # the result can then always say which seed made it
        worker = self.workers.get(request.family)
        job = Job(id=f"j{self._id_prefix}-{next(self._ids)}", request=request, worker=worker,  # type: ignore[arg-type]
                  on_progress=on_progress)
        job._future = self.loop.create_future()
        self.jobs[job.id] = job
        if worker is None:
            self.finish(job, Result(JobStatus.REJECTED, "disabled",
                                    f"The {request.family} generator is not enabled on this bot.",
                                    {"family": request.family}))
            return job
        with self.cond:
            refusal = self._refusal(request)
            if refusal is None:
                worker.queues.setdefault(request.user_id, collections.deque()).append(job)
                self.cond.notify_all()
        if refusal is not None:
            self.finish(job, refusal)
        return job

    def _refusal(self, request: Request) -> Result | None:
        if self.stopping:
            return Result(JobStatus.REJECTED, "shutting_down", "The bot is restarting. Please try again in a minute.")
        queued = sum(w.queued_count() for w in self.workers.values())
        if queued >= self.limits.max_queue:
            return Result(JobStatus.REJECTED, "queue_full",
                          f"The queue is full ({queued} jobs waiting). Please try again in a little while.",
                          {"queued": queued})
        mine = self.user_job_count(request.user_id)
        if mine >= self.limits.max_queued_per_user:
            return Result(JobStatus.REJECTED, "user_cap",
                          f"You already have {mine} jobs waiting or running; wait for one to finish.",
                          {"count": mine, "limit": self.limits.max_queued_per_user})
        return None

    def user_job_count(self, user_id: str) -> int:
        with self.lock:
            return sum(len(w.queues.get(user_id, ())) + sum(j.request.user_id == user_id for j in w.running
                                                            if not j.done)
                       for w in self.workers.values())

    def jobs_of(self, user_id: str) -> list[Job]:
        with self.lock:
            return [j for w in self.workers.values() for j in [*w.running, *w.queues.get(user_id, ())]
                    if j.request.user_id == user_id and not j.done]

    async def check_prompt(self, request: Request) -> Moderation:
        """The safety policy's verdict on a request, before it is queued (runs off the loop)."""
        if self.guard is None:
            return ALLOWED
        return await asyncio.to_thread(self.verdict, "check_prompt", request)

    def deliver_output(self, job: Job, output: Output, inference_s: float) -> None:
        """Check a generated output against the policy and finish its job with it, or as BLOCKED (off the loop)."""
        if job.done:
            return
        decision = self.verdict("check_output", job.request, output)
        if not decision.allowed:
            self.finish(job, blocked_result(decision, "output"))
            return
        assert job.started_at is not None
        self.finish(job, Result(JobStatus.DONE, output=output, moderation=dataclasses.asdict(decision),
                                timings={"queue_s": job.started_at - job.submitted_at, "inference_s": inference_s}))

    def verdict(self, check: str, *args: Any) -> Moderation:
        """Run one of the guard's checks. A check that breaks blocks: unchecked output is never let through."""
        if self.guard is None:
            return ALLOWED
        try:
            return getattr(self.guard, check)(*args)
        except Exception:
            log.exception("%s failed", check)
            return Moderation(False, "check_failed", check, "The safety check could not run, so this is not shown.")

    def cancel(self, job: Job) -> bool:
        with self.cond:
            if job.done:
                return False
            if job.started_at is None:
                lane = job.worker.queues.get(job.request.user_id)
                if lane is not None and job in lane:
                    lane.remove(job)
                    if not lane:
                        del job.worker.queues[job.request.user_id]
        return self.finish(job, Result(JobStatus.CANCELLED, "cancelled", "Cancelled."))

    def queue_depth(self) -> dict[str, int]:
        with self.lock:
            return {family: w.queued_count() for family, w in self.workers.items()}

    # -- called from any thread --

    def finish(self, job: Job, result: Result) -> bool:
        """Set the job's terminal state. Only the first call has an effect; returns whether this one did."""
        with self.lock:
            if job.status is not None:
                return False
            job.status = result.status
            if job.started_at is not None and "queue_s" not in result.timings:
                result = dataclasses.replace(
                    result, timings={**result.timings, "queue_s": job.started_at - job.submitted_at})
            self.cond.notify_all()
        assert self.loop is not None and job._future is not None
        self.loop.call_soon_threadsafe(self._resolve, job, result)
        return True

    def _resolve(self, job: Job, result: Result) -> None:
        self.jobs.pop(job.id, None)
        if job._timeout_handle is not None:
            job._timeout_handle.cancel()
        if not job._future.done():  # type: ignore[union-attr]
            job._future.set_result(result)  # type: ignore[union-attr]

    def notify(self, job: Job, event: Progress) -> None:
        if job.on_progress is None or job.done or self.loop is None:
            return
        self.loop.call_soon_threadsafe(self._deliver, job, event)

    @staticmethod
    def _deliver(job: Job, event: Progress) -> None:
        if job.on_progress is None or job._future is None or job._future.done():
            return
        try:
            job.on_progress(job, event)
        except Exception:  # a front end's display bug must not break the job
            log.exception("progress callback failed for %s", job.id)

    def arm_timeout(self, job: Job) -> None:
        assert self.loop is not None
        self.loop.call_soon_threadsafe(self._arm, job)

    def _arm(self, job: Job) -> None:
        if job.done:
            return
        assert self.loop is not None
        job._timeout_handle = self.loop.call_later(self.limits.job_timeout_s, self._expire, job)

    def _expire(self, job: Job) -> None:
        self.finish(job, Result(JobStatus.TIMED_OUT, "timed_out",
                                f"This job took longer than {self.limits.job_timeout_s:g} s and was stopped.",
                                {"limit_s": self.limits.job_timeout_s}))

    def record_batch(self, family: str, size: int, seconds: float) -> None:
        if self.on_batch is not None:
            self.on_batch(family, size, seconds)

    def status(self) -> dict[str, Any]:
        with self.lock:
            return {family: {"loaded": w.loaded, "load_error": w.load_error, "load_seconds": w.load_seconds,
                             "queued": w.queued_count(), "running": len(w.running)}
                    for family, w in self.workers.items()}
