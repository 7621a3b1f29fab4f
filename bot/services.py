"""Builds the inference runtime and its generator families from the config."""

from __future__ import annotations

import functools
import logging
from typing import Any

from bot.config import Config
from generators.devices import resolve_device
from generators.runtime import Runtime, RuntimeLimits, WorkerSpec

log = logging.getLogger(__name__)

FAMILIES = ("digits", "text", "image")


def _log_load_progress(message: str, fraction: float) -> None:
    log.info("%s (%d%%)", message, round(100 * fraction))


def enabled_families(config: Config) -> list[str]:
    return [family for family in FAMILIES if getattr(config, family).enabled]


def build_runner(config: Config, family: str, device: str | None = None) -> Any:
    """One generator family's runner (not loaded). `device` None resolves `runtime.device` here, which is what a
    Ray replica wants: "auto" then means the GPU that replica was given, if any."""
    device = device or resolve_device(config.runtime.device)
    if family == "digits":
        from generators.digits.runner import DigitRunner

        return DigitRunner(config.digits.weights_dir or None, device=device, scale=config.digits.scale)
    if family == "text":
        from generators.text import TextRunner

        text = config.text
        return TextRunner(text.model, device=device, dtype=text.dtype, prompt_format=text.prompt_format,
                          quantize=text.quantize, threads=text.threads or None,
                          allow_pickle=text.allow_pickle, on_load_progress=_log_load_progress)
    if family == "image":
        from generators.image import ImageRunner

        image = config.image
        return ImageRunner(image.model, device=device, dtype=image.dtype, profile=image.profile,
                           preview_every=image.preview_every, watermark=image.watermark,
                           compile_unet=image.compile_unet, cpu_offload=image.cpu_offload,
                           vae_tiling=image.vae_tiling, allow_pickle=image.allow_pickle)
    raise ValueError(f"unknown generator family {family!r}")


def build_runners(config: Config) -> list[Any]:
    device = resolve_device(config.runtime.device)
    return [build_runner(config, family, device) for family in enabled_families(config)]


def _limits(config: Config) -> RuntimeLimits:
    rt = config.runtime
    return RuntimeLimits(max_queue=rt.max_queue, max_queued_per_user=rt.max_queued_per_user,
                         job_timeout_s=rt.job_timeout_s, batch_wait_ms=rt.batch_wait_ms)


def _guard(config: Config) -> Any:
    if not config.safety.enabled:
        return None
    from generators.policy_guard import PolicyGuard

    return PolicyGuard()  # safety runs in this process with either backend, so policy never depends on it


def build_runtime(config: Config) -> Runtime:
    """Not started: call `start()` inside the event loop that will consume results."""
    if config.runtime.backend == "ray":
        return build_ray_runtime(config)
    eager = config.runtime.load == "eager"
    batch = {"digits": config.digits.max_batch, "text": config.text.max_batch, "image": config.image.max_batch}
    wait = {"digits": config.digits.batch_wait_ms, "image": config.image.batch_wait_ms}
    specs = [WorkerSpec(runner, max_batch=batch[runner.family], eager=eager, batch_wait_ms=wait.get(runner.family),
                        nice=config.runtime.worker_nice)
             for runner in build_runners(config)]
    return Runtime(specs, _limits(config), guard=_guard(config))


def build_ray_runtime(config: Config) -> Runtime:
    """The same interface, with each family served by a Ray Serve deployment (generators/ray_backend.py)."""
    from generators.ray_backend import RayFamily, RayRuntime, RaySettings

    ray = config.ray
    families = []
    for family in enabled_families(config):
        section = getattr(ray, family)
        families.append(RayFamily(
            family=family,
            # Built inside each replica (a runner holds locks and models; only this recipe travels).
            factory=functools.partial(build_runner, config, family),
            num_replicas=section.num_replicas, min_replicas=section.min_replicas,
            max_replicas=section.max_replicas, num_gpus=section.num_gpus, num_cpus=section.num_cpus,
            max_batch_size=section.max_batch_size, batch_wait_timeout_s=section.batch_wait_timeout_s,
            max_ongoing_requests=section.max_ongoing_requests, eager=config.runtime.load == "eager",
            # The recipe's identity: a deployment built from another config is replaced, an equal one is shared.
            fingerprint=repr((getattr(config, family), section, config.runtime.device, config.runtime.load,
                              config.runtime.job_timeout_s))))
    settings = RaySettings(address=ray.address, namespace=ray.namespace, temp_dir=ray.temp_dir,
                           connect_timeout_s=ray.connect_timeout_s)
    return RayRuntime(families, settings, _limits(config), guard=_guard(config))
