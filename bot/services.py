"""Builds the inference runtime and its generator families from the config."""

from __future__ import annotations

import logging
from typing import Any

from bot.config import Config
from generators.devices import resolve_device
from generators.runtime import Runtime, RuntimeLimits, WorkerSpec

log = logging.getLogger(__name__)


def _log_load_progress(message: str, fraction: float) -> None:
    log.info("%s (%d%%)", message, round(100 * fraction))


def build_runners(config: Config) -> list[Any]:
    device = resolve_device(config.runtime.device)
    runners: list[Any] = []
    if config.digits.enabled:
        from generators.digits.runner import DigitRunner

        runners.append(DigitRunner(config.digits.weights_dir or None, device=device, scale=config.digits.scale))
    if config.text.enabled:
        from generators.text import TextRunner

        text = config.text
        runners.append(TextRunner(text.model, device=device, dtype=text.dtype, prompt_format=text.prompt_format,
                                  quantize=text.quantize, threads=text.threads or None,
                                  allow_pickle=text.allow_pickle, on_load_progress=_log_load_progress))
    if config.image.enabled:
        from generators.image import ImageRunner

        image = config.image
        runners.append(ImageRunner(image.model, device=device, dtype=image.dtype, profile=image.profile,
                                   preview_every=image.preview_every, watermark=image.watermark,
                                   compile_unet=image.compile_unet, cpu_offload=image.cpu_offload,
                                   vae_tiling=image.vae_tiling, allow_pickle=image.allow_pickle))
    return runners


def build_runtime(config: Config) -> Runtime:
    """Not started: call `start()` inside the event loop that will consume results."""
    eager = config.runtime.load == "eager"
    batch = {"digits": config.digits.max_batch, "text": config.text.max_batch, "image": config.image.max_batch}
    wait = {"digits": config.digits.batch_wait_ms, "image": config.image.batch_wait_ms}
    specs = [WorkerSpec(runner, max_batch=batch[runner.family], eager=eager, batch_wait_ms=wait.get(runner.family))
             for runner in build_runners(config)]
    rt = config.runtime
    limits = RuntimeLimits(max_queue=rt.max_queue, max_queued_per_user=rt.max_queued_per_user,
                           job_timeout_s=rt.job_timeout_s, batch_wait_ms=rt.batch_wait_ms)
    guard = None
    if config.safety.enabled:
        from generators.policy_guard import PolicyGuard

        guard = PolicyGuard()
    return Runtime(specs, limits, guard=guard)
