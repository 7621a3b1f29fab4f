"""/sample-digit as a runtime generator family: DigitRequest in, a captioned grid PNG out."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from generators.requests import Artifact, DigitRequest, Output, Request
from generators.runtime import Progress, ProgressSink

MODEL_NAMES = {"gan": "GAN", "vae": "VAE"}


class DigitRunner:
    family = DigitRequest.family
    unit = "samples"

    def __init__(self, weights_dir: str | Path | None = None, device: str = "cpu", scale: int = 4) -> None:
        self.weights_dir = Path(weights_dir) if weights_dir else None
        self.device = device
        self.scale = scale
        self._generator = None
        self.units_generated = 0  # digit samples drawn so far (the genbot_generated_total metric)

    def load(self) -> None:
        from generators.digits import DigitGenerator

        if self.device == "cpu":
            hide_gpus_from_tensorflow()
        self._generator = DigitGenerator.load(self.weights_dir)
        for model in MODEL_NAMES:  # warm up both graphs so the first user does not pay for tracing
            self._generator.sample(digit=0, count=1, model=model, seed=0)

    def describe(self) -> dict[str, object]:
        from generators.digits import WEIGHTS_DIR
        from generators.digits.weights_files import DECODER_FILE, GENERATOR_FILE

        source = self.weights_dir or WEIGHTS_DIR
        available = all((source / name).is_file() for name in (GENERATOR_FILE, DECODER_FILE))
        return {"source": str(source), "available": available, "device": self.device}

    def generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]:
        from PIL import Image

        from generators.digits.grid import grid_array
        from generators.image.provenance import encode_png, provenance_meta

        assert self._generator is not None, "load() first"
        outputs = []
        for index, request in enumerate(requests):
            assert isinstance(request, DigitRequest)
            progress.check()
            if not progress.wanted(index):
                outputs.append(Output())
                continue
            seed = request.seed if request.seed is not None else 0
            images, labels = self._generator.sample_labeled(
                digit=request.digit, count=request.count, model=request.model, seed=seed)
            caption = digit_caption(request, labels.tolist())
            meta = provenance_meta(model=f"genbot-digits-{request.model}", prompt=caption, seed=seed,
                                   digit=request.digit, count=request.count)
            png = encode_png(Image.fromarray(grid_array(images, scale=self.scale)), meta, compress_level=1)
            self.units_generated += request.count
            progress(index, Progress("step", step=1, total=1))
            name = f"digits-{request.model}-{'x' if request.digit is None else request.digit}-{seed}.png"
            outputs.append(Output(
                text=caption,
                files=(Artifact(name, png, "image/png", caption),),
                meta={"model": request.model, "digit": request.digit, "count": request.count, "seed": seed,
                      "labels": labels.tolist()}))
            progress.ready(index, outputs[-1])
        return outputs


def digit_caption(request: DigitRequest, labels: list[int]) -> str:
    what = f"digit {request.digit}" if request.digit is not None else "random digits " + "".join(map(str, labels[:16]))
    if request.digit is None and len(labels) > 16:
        what += "…"
    noun = "sample" if request.count == 1 else "samples"
    return f"{MODEL_NAMES[request.model]} · {what} · {request.count} {noun} · seed {request.seed} · AI-generated"


def hide_gpus_from_tensorflow() -> None:
    import tensorflow as tf

    try:
        tf.config.set_visible_devices([], "GPU")
    except RuntimeError:  # already initialised; it then keeps what it chose
        pass
