"""Results rendered within Discord's limits."""

from __future__ import annotations

from bot import render
from generators.requests import Artifact, DigitRequest, JobStatus, Output, Result, TextRequest


def _done(text: str, **meta) -> Result:
    return Result(JobStatus.DONE, output=Output(text=text, meta=meta))


def test_short_text_is_prompt_then_continuation_with_disclosure():
    request = TextRequest(prompt="인공지능은", seed=5)
    content, files = render.final_message(request, _done(" 사람처럼 배우는 기술이다.", model="gemma-3-270m"))
    assert content.startswith("**인공지능은** 사람처럼 배우는 기술이다.")
    assert "AI-generated · gemma-3-270m · seed 5" in content and files == []


def test_long_text_is_cut_at_a_boundary_and_attached_in_full():
    request = TextRequest(prompt="Once upon a time", seed=1)
    generated = " ".join(f"Sentence number {i} goes here." for i in range(200))
    content, files = render.final_message(request, _done(generated))
    assert len(content) <= render.MAX_CONTENT
    assert "attached file" in content and "here.\n" in content  # ended at a sentence, not mid-word
    assert [f.filename for f in files] == ["write-1.txt"]
    assert files[0].data.decode() == "Once upon a time" + generated


def test_stream_preview_stays_within_the_limit_and_shows_the_newest_text():
    request = TextRequest(prompt="p")
    preview = render.stream_preview(request, "x" * 5000 + "END")
    assert len(preview) <= render.MAX_CONTENT and preview.endswith("END ▌")


def test_files_over_the_upload_limit_are_named_not_sent():
    files, too_big = render.discord_files([Artifact("a.png", b"1" * 10, "image/png"),
                                           Artifact("b.png", b"1" * 100, "image/png")], size_limit=50)
    assert [f.filename for f in files] == ["a.png"] and too_big == ["b.png"]
    assert "b.png" in render.with_left_out("done", too_big)


def test_digit_caption_passes_through_with_its_file():
    art = Artifact("d.png", b"png", "image/png", "caption")
    content, files = render.final_message(DigitRequest(seed=3), Result(JobStatus.DONE, output=Output("GAN · x", (art,))))
    assert content == "GAN · x" and files == [art]


def test_failures_keep_their_reason():
    result = Result(JobStatus.TIMED_OUT, "timed_out", "This job took longer than 300 s and was stopped.")
    assert render.failure_text(result).endswith("longer than 300 s and was stopped.")
