"""The runtime's interface with inference on Ray Serve: one deployment per generator family, anywhere on a cluster.

Front ends keep using exactly what `generators.runtime.Runtime` offers (submit with a progress callback, `Job.wait`,
`Job.cancel`, position/ETA, `check_prompt`, `queue_depth`, `close`); only the place where `generate()` runs moves.

    bot process                                            Ray Serve replica (one or more per family)
    RayRuntime (a Runtime)                                 FamilyServer
      submit → per-user lanes, caps, queue limit             stream(request) ──► @serve.batch _batched(tickets)
      RemoteWorker: dispatch up to the cluster's window ───►   → a local Runtime (one Worker, no guard) runs
        handle.options(stream=True).stream.remote(req)          generator.generate(batch, sink) in its thread
      ◄── lists of Progress events, then the Result ──────    progress events and the Result stream back
      Guard: prompt, streamed text (before release), output   (cancel: the caller's stream is cancelled → the
                                                                replica's job is cancelled → JobAborted)

The policy runs where it always runs, in the bot process: a replica never sees a Guard, and streamed text is held
back by the same `_Sink` the local workers use until it passes the check, so policy does not depend on the backend.
The replica reuses the local runtime whole (batching by compatible key, OOM retry in halves, load errors, the same
Result codes), and the bot side reuses its queue bookkeeping (round-robin lanes, caps, position, ETA, timeouts).

Never imports `bot` or `discord`. Imports Ray: import this module only when the Ray backend is selected.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import queue
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Sequence

# Ray's C++ core would otherwise take over SIGTERM in this process with a crash handler that aborts it 3 s later,
# cutting short the bot's graceful shutdown (running jobs finishing, queued members told). Read when Ray is imported.
os.environ.setdefault("RAY_DISABLE_FAILURE_SIGNAL_HANDLER", "1")

from ray import serve  # noqa: E402

from generators.requests import JobStatus, Output, Request, Result
from generators.runtime import (EMA_WEIGHT, Generator, Guard, Job, Progress, ProgressCallback, ProgressSink, Runtime,
                                RuntimeLimits, Worker, WorkerSpec, _Sink)

log = logging.getLogger(__name__)

RETRY_CONNECT_S = 10.0  # after a failed attempt to reach the cluster, try again this much later
REPLICA_TIMEOUT_MARGIN_S = 60.0  # a replica's own job timeout: the bot's plus this (it only matters if the bot is gone)
DESCRIBE_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class RayFamily:
    """One generator family's deployment: how to build its generator inside a replica, and how to scale it."""

    family: str
    factory: Callable[[], Generator]  # called in the replica; must pickle (a module-level function or partial)
    num_replicas: int = 1
    min_replicas: int = 0
    max_replicas: int = 0  # > 0: autoscaling between min_replicas and max_replicas
    num_gpus: float = 0.0
    num_cpus: float = 1.0
    max_batch_size: int = 8
    batch_wait_timeout_s: float = 0.0
    max_ongoing_requests: int = 16
    eager: bool = False  # load the model when the replica starts
    job_timeout_s: float = 300.0
    fingerprint: str = ""  # equal fingerprints: a running deployment is shared, not replaced

    def __post_init__(self) -> None:
        if self.max_ongoing_requests < self.max_batch_size:  # Serve would silently cap every batch at it
            raise ValueError("max_ongoing_requests must be at least max_batch_size")

    @property
    def replicas(self) -> int:
        """The most replicas this family can have: what the bot sizes its dispatch window and ETA by."""
        return self.max_replicas or self.num_replicas

    def deployment_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "name": self.family,
            "max_ongoing_requests": self.max_ongoing_requests,
            # What waits beyond max_ongoing_requests waits in the bot (fair per-user lanes), not in Serve's queues.
            "ray_actor_options": {"num_cpus": self.num_cpus, "num_gpus": self.num_gpus},
        }
        if self.max_replicas:
            # A replica counts as busy at a full batch: scale out when the batches are full, not at Serve's default
            # of 2 ongoing requests, which would add replicas long before batching pays off.
            options["autoscaling_config"] = {"min_replicas": self.min_replicas, "max_replicas": self.max_replicas,
                                             "initial_replicas": max(1, self.min_replicas),
                                             "target_ongoing_requests": self.max_batch_size}
        else:
            options["num_replicas"] = self.num_replicas
        return options


@dataclass(frozen=True)
class RaySettings:
    address: str = ""  # empty: start a local Ray instance in this process
    namespace: str = "genbot"
    temp_dir: str = ""
    connect_timeout_s: float = 180.0


def app_name(settings: RaySettings, family: str) -> str:
    """Serve application names are cluster-wide, whatever the Ray namespace: prefix them with it."""
    return f"{settings.namespace}-{family}"


# ---- the replica side ------------------------------------------------------------------------------------------


class _Ticket:
    """One caller's request inside a replica: its events not yet sent, its job, whether the caller is still there."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.events: list[Any] = []
        self.job: Job | None = None
        self.result: Result | None = None
        self.sent = False  # the Result went out: this caller's stream is over
        self.gone = False  # the caller cancelled (or vanished)
        self.changed: asyncio.Event | None = None

    @property
    def finished(self) -> bool:
        return self.sent or self.gone

    def on_progress(self, job: Job, event: Progress) -> None:  # on the replica's loop
        self.events.append(event)
        self._wake()

    async def settle(self) -> None:
        assert self.job is not None
        self.result = await self.job.wait()
        self._wake()

    def take(self) -> Any:
        """What this caller gets now: the events so far (and the Result last), or the end of its stream."""
        if self.finished:
            return StopIteration  # @serve.batch's signal: nothing more for this caller
        events, self.events = self.events, []
        if self.result is not None:
            events.append(self.result)
            self.sent = True
        return events

    def leave(self) -> None:
        """The caller's stream ended: normally, or cancelled by the bot (Cancel button, timeout, blocked text)."""
        if not self.sent:
            self.gone = True
            if self.job is not None:
                self.job.cancel()  # the local worker's sink then raises JobAborted: the model stops spending on it
            self._wake()

    def _wake(self) -> None:
        if self.changed is not None:
            self.changed.set()


class FamilyServer:
    """The body of a family's Serve deployment: a local `Runtime` with one worker and no guard, fed by @serve.batch.

    @serve.batch gathers the requests that reach this replica within `batch_wait_timeout_s` (up to
    `max_batch_size`); they are queued on the local runtime together, so its worker runs them as one generate() call
    (split by batch key when they are not compatible, exactly as locally)."""

    async def __init__(self, spec: RayFamily) -> None:  # async: the local runtime needs this replica's event loop
        self.spec = spec
        self.generator = spec.factory()
        self.runtime = Runtime(
            [WorkerSpec(self.generator, max_batch=spec.max_batch_size, eager=spec.eager, batch_wait_ms=0.0)],
            # The bot enforces queue limits, caps and the timeout; these only keep a replica from running forever.
            RuntimeLimits(max_queue=sys.maxsize, max_queued_per_user=sys.maxsize,
                          job_timeout_s=spec.job_timeout_s + REPLICA_TIMEOUT_MARGIN_S, batch_wait_ms=0.0),
            guard=None)
        self.runtime.start()
        self._batched.set_max_batch_size(spec.max_batch_size)
        self._batched.set_batch_wait_timeout_s(spec.batch_wait_timeout_s)

    async def stream(self, request: Request) -> AsyncIterator[list[Any]]:
        """Streamed to the bot: lists of `Progress` events; the last list ends with the job's `Result`."""
        ticket = _Ticket(request)
        try:
            async for events in self._batched(ticket):
                yield events
        finally:  # also when the bot cancels this stream: the task is cancelled inside the loop above
            ticket.leave()

    @serve.batch(max_batch_size=8, batch_wait_timeout_s=0.0)  # both set from the config in __init__
    async def _batched(self, tickets: list[_Ticket]) -> AsyncIterator[list[Any]]:
        changed = asyncio.Event()
        with self.runtime.cond:  # queue the whole batch before the worker thread looks, so it forms one batch
            for ticket in tickets:
                ticket.changed = changed
                if not ticket.gone:
                    ticket.job = self.runtime.submit(ticket.request, on_progress=ticket.on_progress)
        settling = [asyncio.ensure_future(t.settle()) for t in tickets if t.job is not None]
        try:
            while not all(t.finished for t in tickets):
                await changed.wait()
                changed.clear()
                yield [t.take() for t in tickets]  # one item per caller, as @serve.batch requires
        finally:
            for task in settling:
                task.cancel()

    def describe(self) -> dict[str, Any]:
        """The generator's own description (model source, availability, device) as this replica sees it."""
        state = self.runtime.status()[self.spec.family]
        return {**self.generator.describe(), "loaded": state["loaded"], "load_error": state["load_error"],
                "load_seconds": state["load_seconds"], "replica_pid": os.getpid()}

    def fingerprint(self) -> str:
        return self.spec.fingerprint


# ---- the bot side ----------------------------------------------------------------------------------------------


class RemoteGenerator:
    """Stands in for a family's generator in the bot process: `describe()` asks a replica (call it off the loop)."""

    def __init__(self, runtime: "RayRuntime", family: str) -> None:
        self.runtime = runtime
        self.family = family

    def load(self) -> None:  # replicas load their own models
        pass

    def generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]:
        raise RuntimeError("a remote family generates in its Ray Serve replicas")

    def describe(self) -> dict[str, Any]:
        source = f"ray:{app_name(self.runtime.settings, self.family)}"
        handle = self.runtime.handles.get(self.family)
        if handle is None:
            return {"source": source, "available": False, "device": "ray",
                    "error": self.runtime.connect_error or "connecting to the Ray cluster"}
        try:
            described = handle.describe.remote().result(timeout_s=DESCRIBE_TIMEOUT_S)
        except Exception as exc:  # a replica that cannot answer is not available, whatever the reason
            return {"source": source, "available": False, "device": "ray", "error": f"{type(exc).__name__}: {exc}"}
        return {**described, "source": f"{source} ({described.get('source')})"}


class RemoteWorker(Worker):
    """A family's bot-side queue: the local Worker's lanes, fairness, caps, position and ETA, with a dispatcher
    (an asyncio task, not a thread) that hands jobs to the family's deployment instead of running them.

    At most `window` jobs are in flight (every replica's max_ongoing_requests); the rest wait here, served
    round-robin between users. A job handed over but not started yet still counts as queued, ahead of the lanes."""

    def __init__(self, runtime: "RayRuntime", spec: RayFamily) -> None:
        # max_batch is what the ETA divides the queue by: every replica can run a batch at once.
        super().__init__(runtime, WorkerSpec(RemoteGenerator(runtime, spec.family),
                                             max_batch=spec.max_batch_size * spec.replicas))
        self.runtime: RayRuntime = runtime
        self.spec = spec
        self.window = spec.max_ongoing_requests * spec.replicas
        self.responses: dict[str, Any] = {}  # job id -> the DeploymentResponseGenerator of a job in flight
        self.wakeup: asyncio.Event | None = None
        self.tasks: set[asyncio.Task[None]] = set()

    # -- queue bookkeeping (callers hold runtime.lock) --

    def queued_jobs(self) -> list[Job]:
        handed_over = [job for job in self.running if job.started_at is None and not job.done]
        return handed_over + super().queued_jobs()

    def queued_count(self) -> int:
        return len(self.queued_jobs())

    def _serving_order(self) -> list[Job]:
        return [job for job in self.running if job.started_at is None and not job.done] + super()._serving_order()

    # -- the dispatcher, on the event loop --

    def start(self) -> None:
        self.wakeup = asyncio.Event()
        task = asyncio.create_task(self._dispatch(), name=f"genbot-ray-{self.family}")
        self.tasks.add(task)

    def join(self, timeout: float | None) -> None:
        pass

    def wake(self) -> None:
        if self.wakeup is not None:
            self.wakeup.set()

    async def _dispatch(self) -> None:
        rt = self.runtime
        assert self.wakeup is not None
        while True:
            await self.wakeup.wait()
            self.wakeup.clear()
            handle = rt.streams.get(self.family)
            if handle is None or not rt.connected.is_set():
                continue  # not connected yet: jobs wait in their lanes (the connector wakes us)
            with rt.cond:
                taken: list[Job] = []
                while self.queues and len(self.running) < self.window and not rt.stopping:
                    batch = self._take_batch(self.window - len(self.running))  # compatible jobs, sent together
                    self.running.extend(batch)
                    taken.extend(batch)
            for job in taken:
                task = asyncio.create_task(self._run_job(handle, job), name=f"genbot-ray-{job.id}")
                self.tasks.add(task)
                task.add_done_callback(self.tasks.discard)

    async def _run_job(self, handle: Any, job: Job) -> None:
        rt = self.runtime
        sink = _Sink(rt, [job])  # the local workers' sink: streamed text released only once it passes the guard
        got_result = False
        try:
            response = handle.stream.remote(job.request)
            self.responses[job.id] = response
            if job.done:  # cancelled while being handed over
                response.cancel()
                return
            async for events in response:
                got_result = await self._take(job, sink, events)
                if got_result or job.done:
                    break
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a replica died, the cluster went away, the request could not be placed
            if not job.done:
                log.warning("%s job %s failed on the Ray cluster: %s", self.family, job.id, exc)
                rt.finish(job, backend_error(job))
        finally:
            response = self.responses.pop(job.id, None)
            if not job.done and not got_result:
                if response is not None:
                    response.cancel()
                log.warning("%s job %s: the deployment's stream ended without a result", self.family, job.id)
                rt.finish(job, backend_error(job))
            with rt.cond:
                if job in self.running:
                    self.running.remove(job)
                rt.cond.notify_all()
            self.wake()

    async def _take(self, job: Job, sink: _Sink, events: list[Any]) -> bool:
        """Apply one streamed list from the replica. Returns whether it carried the job's Result."""
        rt = self.runtime
        result = events[-1] if events and isinstance(events[-1], Result) else None
        progress = [e for e in events if isinstance(e, Progress)]
        for event in progress:
            if event.kind == "started" and job.started_at is None:
                with rt.lock:
                    job.started_at = time.monotonic()
                    self.loaded = True
                rt.arm_timeout(job)  # the job timeout runs from the start, as locally
        if progress:
            if rt.guard is not None and any(e.kind == "text" for e in progress):
                await asyncio.to_thread(_feed, sink, progress)  # checking streamed text runs model code
            else:
                _feed(sink, progress)
        if result is None:
            return False
        if job.done:
            return True
        if result.status is JobStatus.DONE and result.output is not None:
            inference_s = float(result.timings.get("inference_s", 0.0))
            with rt.lock:
                if job.started_at is None:  # a result without "started" (cannot happen, but never crash on it)
                    job.started_at = time.monotonic()
                self.ema_batch_s = inference_s if self.ema_batch_s is None else (
                    EMA_WEIGHT * inference_s + (1 - EMA_WEIGHT) * self.ema_batch_s)
            await asyncio.to_thread(rt.deliver_output, job, result.output, inference_s)  # the output check
        else:
            rt.finish(job, _bot_side(result, job))
        return True


def _feed(sink: _Sink, events: list[Progress]) -> None:
    for event in events:
        sink(0, event)


def _bot_side(result: Result, job: Job) -> Result:
    """A replica's failure as the bot reports it: the bot's job id, not the replica's own."""
    if "job_id" not in result.params:
        return result
    inner = str(result.params["job_id"])
    return dataclasses.replace(result, reason=result.reason.replace(inner, job.id),
                               params={**result.params, "job_id": job.id})


def backend_error(job: Job) -> Result:
    return Result(JobStatus.FAILED, "backend_error",
                  f"The inference cluster could not finish this request (job {job.id}). "
                  "The operator can find the details in the logs.", {"job_id": job.id})


BACKEND_UNAVAILABLE = Result(JobStatus.FAILED, "backend_unavailable",
                             "The inference cluster cannot be reached right now. Please try again in a while.")


class RayRuntime(Runtime):
    """`Runtime` with every family served by a Ray Serve deployment. Create and `start()` it inside the event loop.

    `start()` returns at once; connecting (or starting a local Ray instance) and deploying run in a thread, and jobs
    submitted meanwhile wait in their lanes. Several bot processes (Discord shards) with the same namespace and
    configuration share the deployments: a process finds them running and attaches instead of redeploying."""

    def __init__(self, families: Sequence[RayFamily], settings: RaySettings = RaySettings(),
                 limits: RuntimeLimits = RuntimeLimits(), guard: Guard | None = None) -> None:
        super().__init__([], limits, guard)
        self.settings = settings
        self.families = {f.family: dataclasses.replace(f, job_timeout_s=limits.job_timeout_s) for f in families}
        self.workers = {name: RemoteWorker(self, spec) for name, spec in self.families.items()}
        self.handles: dict[str, Any] = {}  # family -> DeploymentHandle (describe, fingerprint)
        self.streams: dict[str, Any] = {}  # family -> the same handle with stream=True (jobs)
        self.connect_error: str | None = None
        self.started_local = False  # this process started the Ray instance (and so shuts it down)
        self.joined = False  # this runtime called ray.init (and so disconnects); False when the process already had
        self.connected = asyncio.Event()
        self._connector: asyncio.Task[None] | None = None
        self._connect_thread: asyncio.Future[dict[str, Any]] | None = None

    # -- lifecycle --

    def start(self) -> None:
        super().start()  # the loop, and each RemoteWorker's dispatcher
        self._connector = asyncio.create_task(self._keep_connecting(), name="genbot-ray-connect")

    async def wait_connected(self, timeout: float | None = None) -> None:
        await asyncio.wait_for(self.connected.wait(), timeout)

    async def _keep_connecting(self) -> None:
        while not self.stopping:
            self._connect_thread = _control_thread().call(self._connect)
            try:
                handles = await asyncio.wait_for(asyncio.shield(self._connect_thread), self.settings.connect_timeout_s)
            except asyncio.TimeoutError:
                self._unavailable(f"the deployments were not ready after {self.settings.connect_timeout_s:g} s "
                                  "(are there enough CPUs/GPUs on the cluster for every replica?)")
                try:
                    handles = await self._connect_thread  # keep waiting: the cluster may still get there
                except Exception as exc:
                    self._unavailable(f"{type(exc).__name__}: {exc}")
                    await asyncio.sleep(RETRY_CONNECT_S)
                    continue
            except Exception as exc:
                self._unavailable(f"{type(exc).__name__}: {exc}")
                await asyncio.sleep(RETRY_CONNECT_S)
                continue
            self.handles = handles
            self.connect_error = None
            self.connected.set()
            log.info("Ray Serve deployments ready: %s", ", ".join(app_name(self.settings, f) for f in handles))
            for worker in self.workers.values():
                worker.wake()  # type: ignore[attr-defined]
            return

    def _unavailable(self, why: str) -> None:
        """The cluster cannot take jobs now: say so in the log, and fail what waits instead of letting it hang."""
        log.error("Ray backend unavailable: %s", why)
        self.connect_error = why
        with self.cond:
            waiting = [job for w in self.workers.values() for job in w.queued_jobs()]
            for w in self.workers.values():
                w.queues.clear()
        for job in waiting:
            self.finish(job, BACKEND_UNAVAILABLE)

    def _connect(self) -> dict[str, Any]:
        """Join the cluster (or start a local instance) and find or deploy each family. Runs in a thread."""
        import ray

        s = self.settings
        if not ray.is_initialized():
            if s.address:
                # A driver on an existing cluster: replica logs stay on the cluster (the Ray dashboard shows them).
                ray.init(address=s.address, namespace=s.namespace, log_to_driver=False)
            else:
                ray.init(namespace=s.namespace, num_cpus=self._local_cpus(), include_dashboard=False,
                         _temp_dir=s.temp_dir or None, _node_ip_address="127.0.0.1")
                self.started_local = True
            self.joined = True
        # No HTTP proxy: the bot reaches the deployments through handles only (ignored if Serve already runs).
        serve.start(proxy_location="Disabled")
        handles = {family: self._attach(spec) or self._deploy(spec) for family, spec in self.families.items()}
        # Streaming handles made here: a handle's first use talks to the GCS synchronously (router set-up,
        # telemetry), which must not happen on the event loop. Later .remote() calls only queue work.
        self.streams = {family: handle.options(stream=True) for family, handle in handles.items()}
        return handles

    def _local_cpus(self) -> int:
        """A local instance offers at least what its replicas ask for: Ray's CPUs are for placement, not pinning."""
        wanted = sum(spec.num_cpus * spec.replicas for spec in self.families.values())
        return max(os.cpu_count() or 1, int(wanted + 0.999))

    def _attach(self, spec: RayFamily) -> Any | None:
        """The family's deployment if one runs already with this configuration (another shard deployed it)."""
        name = app_name(self.settings, spec.family)
        deadline = time.monotonic() + self.settings.connect_timeout_s
        while True:
            found = serve.status().applications.get(name)
            if found is None:
                return None
            status = str(getattr(found.status, "value", found.status))
            if status != "DEPLOYING" or time.monotonic() > deadline:
                break
            time.sleep(0.5)  # another process is deploying it: wait rather than deploy twice
        if status != "RUNNING":
            return None
        handle = serve.get_app_handle(name)
        try:
            same = handle.fingerprint.remote().result(timeout_s=DESCRIBE_TIMEOUT_S) == spec.fingerprint
        except Exception:
            same = False
        if same:
            log.info("attached to the running deployment %s", name)
            return handle
        log.warning("redeploying %s: it runs with another configuration", name)
        return None

    def _deploy(self, spec: RayFamily) -> Any:
        name = app_name(self.settings, spec.family)
        log.info("deploying %s on Ray Serve: %s", name, spec.deployment_options())
        app = serve.deployment(FamilyServer).options(**spec.deployment_options()).bind(spec)
        return serve.run(app, name=name, route_prefix=None)

    async def close(self, grace_s: float = 30.0) -> None:
        """As `Runtime.close`: queued jobs are cancelled, jobs in flight get `grace_s` to finish, then are cancelled
        (on the cluster too). A local Ray instance this process started is shut down; a cluster is left running."""
        self._stop_accepting()
        deadline = time.monotonic() + grace_s
        while any(w.running for w in self.workers.values()) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        self._abort_running()
        if self._connector is not None:
            self._connector.cancel()
        for worker in self.workers.values():
            for task in list(worker.tasks):  # type: ignore[attr-defined]
                task.cancel()
        if self._connect_thread is not None and not self._connect_thread.done():
            return  # still connecting in its thread: the process exit ends it
        await _control_thread().call(self._disconnect)

    def _disconnect(self) -> None:
        import ray

        if not (self.joined and ray.is_initialized()):
            return  # someone else's Ray connection (a test, a host application): theirs to end
        try:
            if self.started_local:
                serve.shutdown()
            ray.shutdown()
        except Exception:  # shutting down must not turn a clean exit into a crash
            log.exception("Ray shutdown failed")

    # -- the front-end interface --

    def submit(self, request: Request, on_progress: ProgressCallback | None = None) -> Job:
        job = super().submit(request, on_progress)
        if job.worker is not None and not job.done:
            job.worker.wake()  # type: ignore[attr-defined]
        return job

    def _refusal(self, request: Request) -> Result | None:
        if self.connect_error is not None and not self.handles:  # refused at once rather than queued to hang
            return BACKEND_UNAVAILABLE
        return super()._refusal(request)

    def finish(self, job: Job, result: Result) -> bool:
        """As `Runtime.finish`; a job that ends in the bot (cancel, timeout, blocked stream, shutdown) is also
        cancelled on the cluster, so its replica stops spending on it."""
        if not super().finish(job, result):
            return False
        worker = job.worker
        if isinstance(worker, RemoteWorker) and self.loop is not None:
            self.loop.call_soon_threadsafe(_cancel_remote, worker, job.id)
        return True


class _ControlThread:
    """One long-lived daemon thread for Ray's control-plane calls (ray.init, deploying, shutdown).

    Long-lived: a local Ray instance's processes are tied to the thread that started them (they get Linux's
    parent-death signal when that *thread* ends), so a short-lived thread would take the instance down with it.
    A daemon: a call that never returns (serve.run of a deployment that can never be placed) must not keep the
    process from exiting. Calls run one at a time, in order."""

    def __init__(self) -> None:
        self.calls: queue.SimpleQueue[tuple[Callable[[], Any], asyncio.AbstractEventLoop, asyncio.Future[Any]]] = (
            queue.SimpleQueue())
        threading.Thread(target=self._serve, name="genbot-ray-control", daemon=True).start()

    def call(self, fn: Callable[[], Any]) -> asyncio.Future[Any]:
        """Run `fn` on the thread; its result (or exception) arrives in the returned future on this loop."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self.calls.put((fn, loop, future))
        return future

    def _serve(self) -> None:
        while True:
            fn, loop, future = self.calls.get()
            try:
                value, error = fn(), None
            except BaseException as exc:  # handed to the loop, which decides what it means
                value, error = None, exc
            try:
                loop.call_soon_threadsafe(_settle, future, value, error)
            except RuntimeError:  # that loop is closed: nobody waits for this any more
                pass


def _settle(future: asyncio.Future[Any], value: Any, error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)


_CONTROL: _ControlThread | None = None
_CONTROL_LOCK = threading.Lock()


def _control_thread() -> _ControlThread:
    global _CONTROL
    with _CONTROL_LOCK:
        if _CONTROL is None:
            _CONTROL = _ControlThread()
        return _CONTROL


def _cancel_remote(worker: RemoteWorker, job_id: str) -> None:
    response = worker.responses.get(job_id)
    if response is not None:
        response.cancel()
