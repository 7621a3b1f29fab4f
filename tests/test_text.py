"""TextRunner on tiny random-weight models (llama and gemma3 architectures) loaded through the real local-dir path.

What is checked: batched == alone (fp32, greedy, token for token, mixed prompt lengths, sliding window exceeded),
per-request seeds and options inside one batch, stop conditions, streaming order and UTF-8 safety, cancellation,
prompt formats and truncation. The outputs are noise; quality is checked in test_text_real_model.py.
"""

from __future__ import annotations

import asyncio
import os

import pytest

from generators.requests import JobStatus, TextRequest
from generators.runtime import JobAborted, Progress, Runtime, RuntimeLimits, WorkerSpec
from generators.text import TextRunner
from generators.text.tiny import CHATML_TEMPLATE, EOS_ID, IM_END_ID, make_tiny_causal_lm

DEVICE = os.environ.get("GENBOT_TEST_DEVICE", "cpu")  # e.g. cuda, to run the same checks on a GPU
PROMPTS = ["Hello there, how are you today? I am fine.", "인공지능은", "a", "The quick brown fox jumps over", "xyz 123"]


class FakeSink:
    """Records events; cancels a request once it has streamed `cancel_after[index]` tokens."""

    def __init__(self, cancel_after: dict[int, int] | None = None) -> None:
        self.events: list[tuple[int, Progress]] = []
        self.cancel_after = cancel_after or {}
        self.cancelled: set[int] = set()
        self.n_requests: int | None = None

    def __call__(self, index: int, event: Progress) -> None:
        self.events.append((index, event))
        limit = self.cancel_after.get(index)
        if limit is not None and event.step >= limit:
            self.cancelled.add(index)

    def wanted(self, index: int) -> bool:
        return index not in self.cancelled

    def check(self) -> None:
        if self.n_requests is not None and len(self.cancelled) >= self.n_requests:
            raise JobAborted

    def deltas(self, index: int) -> list[Progress]:
        return [event for i, event in self.events if i == index]


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Tiny models run fastest on one thread; on a shared, busy CPU two OpenMP threads spin-wait for each other."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny_dirs(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny-text")
    return {
        "llama": make_tiny_causal_lm(root / "llama", "llama"),
        "gemma3": make_tiny_causal_lm(root / "gemma3", "gemma3"),
        "chat": make_tiny_causal_lm(root / "chat", "llama", chat_template=CHATML_TEMPLATE),
    }


@pytest.fixture(scope="module")
def runners(tiny_dirs):
    made = {}
    for name in ("llama", "gemma3"):
        runner = TextRunner(str(tiny_dirs[name]), device=DEVICE, dtype="float32", return_token_ids=True)
        runner.load()
        made[name] = runner
    return made


def greedy(prompt: str, n: int = 24, **kw) -> TextRequest:
    return TextRequest(prompt=prompt, max_new_tokens=n, temperature=0.0, seed=0, **kw)


@pytest.mark.parametrize("arch", ["llama", "gemma3"])
def test_batched_greedy_equals_alone_fp32(runners, arch):
    runner = runners[arch]
    requests = [greedy(p, no_repeat_ngram_size=0) for p in PROMPTS] + [greedy(p, n=17) for p in PROMPTS[:3]]
    alone = [runner.generate([r], FakeSink())[0] for r in requests]
    batched = runner.generate(requests, FakeSink())
    for a, b in zip(alone, batched):
        assert a.meta["token_ids"] == b.meta["token_ids"]
        assert a.text == b.text
    assert len({tuple(o.meta["token_ids"]) for o in alone}) > 3  # the model does not just say one thing


@pytest.mark.parametrize("arch", ["llama", "gemma3"])
def test_batched_sampling_uses_each_requests_seed(runners, arch):
    runner = runners[arch]
    requests = [TextRequest(prompt=p, max_new_tokens=16, temperature=0.9, top_p=0.9, seed=100 + i)
                for i, p in enumerate(PROMPTS)]
    alone = [runner.generate([r], FakeSink())[0] for r in requests]
    batched = runner.generate(requests, FakeSink())
    assert [o.meta["token_ids"] for o in alone] == [o.meta["token_ids"] for o in batched]
    again = runner.generate(requests[:1], FakeSink())[0]
    assert again.meta["token_ids"] == alone[0].meta["token_ids"]
    other_seed = runner.generate([TextRequest(prompt=PROMPTS[0], max_new_tokens=16, temperature=0.9, top_p=0.9,
                                              seed=7)], FakeSink())[0]
    assert other_seed.meta["token_ids"] != alone[0].meta["token_ids"]
    assert [o.meta["seed"] for o in batched] == [100 + i for i in range(len(PROMPTS))]


def test_per_request_options_in_one_batch(runners):
    runner = runners["llama"]
    requests = [
        greedy(PROMPTS[0], n=5),
        TextRequest(prompt=PROMPTS[1], max_new_tokens=30, temperature=1.5, top_p=1.0, seed=3),
        TextRequest(prompt=PROMPTS[2], max_new_tokens=12, temperature=0.7, top_p=0.5, seed=4),
        greedy(PROMPTS[3], n=40, no_repeat_ngram_size=0),
        greedy(PROMPTS[3], n=40, no_repeat_ngram_size=2),
    ]
    outputs = runner.generate(requests, FakeSink())
    assert [o.meta["tokens"] for o in outputs] == [5, 30, 12, 40, 40]
    assert all(o.meta["finish_reason"] == "length" for o in outputs)
    for request, output in zip(requests, outputs):
        assert output.meta["temperature"] == request.temperature and output.meta["top_p"] == request.top_p
        assert output.meta["model"] == "llama"
    # no_repeat_ngram_size=2: no bigram occurs twice in prompt + output
    prompt_ids, _ = runner.encode_prompt(PROMPTS[3])
    seq = prompt_ids + outputs[4].meta["token_ids"]
    bigrams = list(zip(seq, seq[1:]))
    assert len(bigrams) == len(set(bigrams))


def test_no_repeat_ngram_bans_what_transformers_bans():
    import torch
    from transformers.generation.logits_process import NoRepeatNGramLogitsProcessor

    from generators.text.runner import _NoRepeat

    gen = torch.Generator().manual_seed(0)
    for n in (1, 2, 3, 4):
        seq = torch.randint(0, 6, (40,), generator=gen).tolist()
        mine = _NoRepeat(n, seq[:5])
        for t in range(5, len(seq)):
            scores = NoRepeatNGramLogitsProcessor(n)(torch.tensor([seq[:t]]), torch.zeros(1, 6))
            theirs = {i for i in range(6) if scores[0, i] == float("-inf")}
            assert mine.banned() == theirs, (n, t)
            mine.push(seq[t])


def test_top_p_tiny_keeps_only_the_top_token(runners):
    """top_p close to 0 keeps only the most likely token: sampling then equals greedy, whatever the seed."""
    runner = runners["gemma3"]
    g = runner.generate([greedy(PROMPTS[0], n=12)], FakeSink())[0]
    for seed in (1, 2):
        s = runner.generate([TextRequest(prompt=PROMPTS[0], max_new_tokens=12, temperature=1.0, top_p=1e-6,
                                         seed=seed)], FakeSink())[0]
        assert s.meta["token_ids"] == g.meta["token_ids"]


def test_eos_stops_one_row_and_the_others_go_on(runners, monkeypatch):
    runner = runners["llama"]
    first = runner.generate([greedy(PROMPTS[0], n=10)], FakeSink())[0]
    third = first.meta["token_ids"][2]
    monkeypatch.setattr(runner, "eos_ids", runner.eos_ids | {third})
    outputs = runner.generate([greedy(PROMPTS[0], n=10), greedy(PROMPTS[1], n=10)], FakeSink())
    assert outputs[0].meta["finish_reason"] == "eos"
    assert outputs[0].meta["token_ids"] == first.meta["token_ids"][:2]
    assert outputs[1].meta["finish_reason"] in ("length", "eos")
    assert EOS_ID in runner.eos_ids


def test_streaming_concatenates_to_the_text_and_never_splits_a_character(runners):
    runner = runners["llama"]
    sink = FakeSink()
    requests = [TextRequest(prompt=p, max_new_tokens=40, temperature=0.0, seed=0) for p in PROMPTS]
    outputs = runner.generate(requests, sink)
    for index, output in enumerate(outputs):
        events = sink.deltas(index)
        assert all(e.kind == "text" and e.text for e in events)
        assert "".join(e.text for e in events) == output.text
        steps = [e.step for e in events]
        assert steps == sorted(steps) and steps[-1] <= output.meta["tokens"]
        assert all(e.total == 40 for e in events)
        full = runner.tokenizer.decode(output.meta["token_ids"], skip_special_tokens=True)
        assert output.text == full.rstrip("\ufffd")


def test_incremental_decoding_holds_back_partial_korean():
    """Byte-level tokens: each Hangul syllable is 3 tokens; no delta may carry half a syllable."""
    from generators.text.runner import _Detokenizer
    from generators.text.tiny import byte_level_tokenizer

    tokenizer = byte_level_tokenizer()
    text = "인공지능은 사람처럼 생각한다. AI thinks."
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    detok = _Detokenizer(tokenizer, tokenizer("Q:")["input_ids"])
    deltas = [detok.push(t) for t in ids] + [detok.flush()]
    assert "".join(deltas) == text
    assert not any("\ufffd" in d for d in deltas)
    assert sum(1 for d in deltas if d) == len(text)  # one delta per character, released when complete


def test_cancelled_row_stops_and_others_finish(runners):
    runner = runners["llama"]
    sink = FakeSink(cancel_after={1: 3})
    requests = [greedy(p, n=30, no_repeat_ngram_size=0) for p in PROMPTS[:3]]
    outputs = runner.generate(requests, sink)
    assert outputs[1].meta["finish_reason"] == "cancelled"
    assert outputs[1].meta["tokens"] <= 6
    assert max(e.step for e in sink.deltas(1)) <= 6
    assert [outputs[i].meta["tokens"] for i in (0, 2)] == [30, 30]
    alone = runner.generate([requests[0]], FakeSink())[0]
    assert alone.meta["token_ids"] == outputs[0].meta["token_ids"]  # dropping a row does not disturb the others


def test_everyone_cancelled_aborts_the_batch(runners):
    runner = runners["gemma3"]
    sink = FakeSink(cancel_after={0: 2, 1: 2})
    sink.n_requests = 2
    with pytest.raises(JobAborted):
        runner.generate([greedy(PROMPTS[0], n=50), greedy(PROMPTS[1], n=50)], sink)


def test_request_cancelled_before_start_costs_nothing(runners):
    runner = runners["llama"]
    sink = FakeSink()
    sink.cancelled.add(0)
    outputs = runner.generate([greedy(PROMPTS[0]), greedy(PROMPTS[1], n=4)], sink)
    assert outputs[0].meta["finish_reason"] == "cancelled" and outputs[0].meta["tokens"] == 0
    assert outputs[1].meta["tokens"] == 4


def test_prompt_truncation_keeps_bos_and_the_end(tiny_dirs):
    runner = TextRunner(str(tiny_dirs["llama"]), dtype="float32", max_prompt_tokens=8, warmup=False)
    runner.load()
    ids, truncated = runner.encode_prompt("abcdefghijklmnop")
    assert truncated and len(ids) == 8 and ids[0] == runner.tokenizer.bos_token_id
    assert runner.tokenizer.decode(ids[1:]) == "jklmnop"
    out = runner.generate([greedy("abcdefghijklmnop", n=3)], FakeSink())[0]
    assert out.meta["prompt_truncated"] and out.meta["prompt_tokens"] == 8


def test_chat_template_is_used_when_present_and_end_of_turn_stops(tiny_dirs, monkeypatch):
    runner = TextRunner(str(tiny_dirs["chat"]), dtype="float32", return_token_ids=True)
    runner.load()
    assert runner.format == "chat"
    ids, _ = runner.encode_prompt("hi")
    assert runner.tokenizer.decode(ids) == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    assert IM_END_ID in runner.stop_ids or IM_END_ID in runner.eos_ids
    first = runner.generate([greedy("hi", n=6)], FakeSink())[0]
    monkeypatch.setattr(runner, "stop_ids", {first.meta["token_ids"][1]})
    out = runner.generate([greedy("hi", n=6)], FakeSink())[0]
    assert out.meta["finish_reason"] == "stop" and out.meta["tokens"] == 1
    no_template = TextRunner(str(tiny_dirs["llama"]), dtype="float32", prompt_format="chat")
    with pytest.raises(Exception, match="no chat template"):
        no_template.load()
    assert no_template.model is None  # a failed load leaves nothing half set up
    plain = TextRunner(str(tiny_dirs["chat"]), dtype="float32", prompt_format="plain", warmup=False)
    plain.load()
    assert plain.format == "plain" and plain.encode_prompt("hi")[0] == [1, *plain.tokenizer("hi",
                                                                        add_special_tokens=False)["input_ids"]]


def test_describe_and_bad_options(tiny_dirs, tmp_path):
    runner = TextRunner(str(tiny_dirs["llama"]))
    info = runner.describe()
    assert info["available"] and info["device"] == "cpu" and info["source"] == str(tiny_dirs["llama"])
    missing = TextRunner(str(tmp_path / "nope"))
    assert missing.describe()["available"] is False
    with pytest.raises(ValueError):
        TextRunner(dtype="float8")
    with pytest.raises(ValueError):
        TextRunner(prompt_format="poem")


@pytest.mark.skipif(DEVICE != "cpu", reason="int8 weight-only kernels are for CPUs")
def test_int8_weights_generate(tiny_dirs):
    runner = TextRunner(str(tiny_dirs["gemma3"]), dtype="bfloat16", quantize="int8", return_token_ids=True)
    runner.load()
    assert runner.load_info["quantize"] == "int8"
    assert not any(type(m).__name__ == "Linear" for m in runner.model.modules())
    outputs = runner.generate([greedy(PROMPTS[0], n=8), greedy(PROMPTS[1], n=5)], FakeSink())
    assert [o.meta["tokens"] for o in outputs] == [8, 5]
    with pytest.raises(ValueError):
        TextRunner(quantize="int4")


@pytest.mark.skipif(DEVICE != "cpu", reason="about CPU defaults")
def test_auto_quantizes_bf16_on_cpu_but_never_float32(tiny_dirs, runners):
    assert runners["llama"].load_info["quantize"] == "none"  # float32 stays exact
    auto = TextRunner(str(tiny_dirs["llama"]), dtype="bfloat16", warmup=False, return_token_ids=True)
    auto.load()
    assert auto.load_info["quantize"].startswith("int8 up to 4 rows")
    head = auto.model.lm_head
    assert head.weight is not None and head.w8.dtype.is_floating_point is False
    one = auto.generate([greedy(PROMPTS[0], n=6)], FakeSink())[0]  # decoded with int8 weights
    many = auto.generate([greedy(p, n=6) for p in PROMPTS + PROMPTS], FakeSink())  # 10 rows: bf16 weights
    assert one.meta["tokens"] == 6 and all(o.meta["tokens"] == 6 for o in many)
    plain = TextRunner(str(tiny_dirs["llama"]), dtype="bfloat16", quantize="none", warmup=False)
    plain.load()
    assert plain.load_info["quantize"] == "none"


def test_resolve_dtype():
    import torch

    from generators.text import resolve_dtype

    assert resolve_dtype("float32", "cpu") == torch.float32
    assert resolve_dtype("auto", "cpu") in (torch.bfloat16, torch.float32)


async def test_through_the_runtime(runners):
    """Concurrent jobs batch into one generate() call and each gets its own streamed text and result."""
    runner = runners["gemma3"]
    calls = []
    original = runner.generate

    def counting(requests, progress):
        calls.append(len(requests))
        return original(requests, progress)

    runner.generate = counting
    try:
        rt = Runtime([WorkerSpec(runner, max_batch=8)], RuntimeLimits(batch_wait_ms=200))
        rt.start()
        streamed: dict[str, list[str]] = {}

        def on_progress(job, event):
            if event.kind == "text":
                streamed.setdefault(job.id, []).append(event.text)

        jobs = [rt.submit(TextRequest(prompt=p, max_new_tokens=10, user_id=f"u{i}"), on_progress)
                for i, p in enumerate(PROMPTS[:4])]
        results = await asyncio.gather(*(job.wait() for job in jobs))
        await rt.close(grace_s=5)
    finally:
        runner.generate = original
    assert calls == [4]
    for job, result in zip(jobs, results):
        assert result.status is JobStatus.DONE
        assert result.output.meta["seed"] == job.request.seed
        assert "".join(streamed.get(job.id, [])) == result.output.text
