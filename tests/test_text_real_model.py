"""The embedded default model (Gemma 3 270M, shipped as PyPI packages) continues Korean in Korean and English in
English, batched together, with streaming.

The first run converts the packaged GGUF to safetensors once (about 1-2 minutes on 2 busy cores) into genbot's
user cache (~/.cache/genbot/models, or $GENBOT_CACHE/models), which later runs and the bot itself reuse (seconds).
"""

from __future__ import annotations

import re

import pytest

from generators.requests import TextRequest
from generators.runtime import Progress
from generators.text import DEFAULT_MODEL, TextRunner

pytestmark = pytest.mark.slow

HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


class RecordingSink:
    def __init__(self) -> None:
        self.text: dict[int, list[str]] = {}

    def __call__(self, index: int, event: Progress) -> None:
        assert event.kind == "text"
        self.text.setdefault(index, []).append(event.text)

    def wanted(self, index: int) -> bool:
        return True

    def check(self) -> None:
        pass


@pytest.fixture(scope="module")
def gemma():
    import torch

    before = torch.get_num_threads()
    # threads=1: on a small shared CI box two OpenMP threads that wait for each other are many times slower than one
    runner = TextRunner(DEFAULT_MODEL, device="cpu", dtype="auto", threads=1)
    runner.load()
    yield runner
    torch.set_num_threads(before)


def test_korean_continues_in_korean_and_english_in_english(gemma):
    sink = RecordingSink()
    korean, english = gemma.generate([
        TextRequest(prompt="인공지능은", max_new_tokens=24, temperature=0.0, seed=0),
        TextRequest(prompt="The history of the printing press", max_new_tokens=24, temperature=0.0, seed=0),
    ], sink)
    assert gemma.format == "plain"  # a base model: /write continues the prompt
    hangul = len(HANGUL.findall(korean.text))
    assert hangul >= 8 and hangul > len(LATIN.findall(korean.text)), korean.text
    assert "\ufffd" not in korean.text
    latin = len(LATIN.findall(english.text))
    assert latin >= 40 and not HANGUL.search(english.text), english.text
    for index, output in enumerate((korean, english)):
        assert "".join(sink.text[index]) == output.text
        assert output.meta["model"] == "gemma-3-270m" and output.meta["finish_reason"] in ("length", "eos")
        assert 1 <= output.meta["tokens"] <= 24


def test_sampling_is_reproducible_per_seed(gemma):
    request = TextRequest(prompt="인공지능은", max_new_tokens=12, temperature=0.8, top_p=0.95, seed=42)
    first = gemma.generate([request], RecordingSink())[0]
    second = gemma.generate([request], RecordingSink())[0]
    assert first.text == second.text and HANGUL.search(first.text)
