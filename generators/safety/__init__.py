"""Ethics and safety layer: prompt, output-text and image checks. No Discord imports; everything loads lazily."""

from .policy import (CATEGORIES, CATEGORY_LABELS, LAYERS, POLICIES, SURFACES, Decision, check_output_text, check_prompt,
                     moderate_text)

__all__ = ["CATEGORIES", "CATEGORY_LABELS", "LAYERS", "POLICIES", "SURFACES", "Decision", "check_prompt", "check_output_text",
           "check_image", "moderate_text", "moderate_jsonl", "warm_up"]


def check_image(image, *, policy="strict", nsfw_channel=False):  # noqa: ANN001 - thin lazy wrapper
    from .image import check_image as _check_image

    return _check_image(image, policy=policy, nsfw_channel=nsfw_channel)


def moderate_jsonl(in_path, out_path):  # noqa: ANN001
    from .cli import moderate_jsonl as _moderate_jsonl

    return _moderate_jsonl(in_path, out_path)


def warm_up(images: bool = False) -> None:
    """Load everything now (lexicons, semantic model; NudeNet too when `images`), e.g. at bot start-up."""
    from . import semantic
    from .normalize import segment_words

    check_prompt("warm up")
    segment_words("warmup")  # loads wordninja's word list
    semantic.everyday_margin("warm up")
    if images:
        from .image import detector

        detector()
