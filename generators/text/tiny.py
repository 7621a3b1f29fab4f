"""Tiny random-weight causal LMs for tests: real transformers architectures and a real tokenizer, built in code.

They load through the same code path as real models (a `save_pretrained` directory, or a GGUF file that genbot
converts), run in milliseconds on a CPU, and produce noise: use them to test loading, batching, streaming,
stopping and cancellation, never quality.

    path = make_tiny_causal_lm(tmp_path / "tiny")              # a local directory model source
    gguf = write_tiny_gguf(tmp_path / "tiny.gguf")             # a GGUF model source (llama architecture)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SPECIAL_TOKENS = ("<pad>", "<bos>", "<eos>", "<|im_start|>", "<|im_end|>")
PAD_ID, BOS_ID, EOS_ID, IM_START_ID, IM_END_ID = range(5)
CHATML_TEMPLATE = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + "
    "'\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)


def byte_vocab() -> dict[str, int]:
    """Special tokens, then one token per byte (GPT-2 byte-level alphabet): any text encodes, Korean as 3 tokens."""
    from tokenizers.pre_tokenizers import ByteLevel

    vocab = {token: i for i, token in enumerate(SPECIAL_TOKENS)}
    for char in sorted(ByteLevel.alphabet()):
        vocab[char] = len(vocab)
    return vocab


def byte_level_tokenizer(chat_template: str | None = None) -> Any:
    """A byte-level BPE tokenizer with no merges (a `PreTrainedTokenizerFast`) that adds <bos> to plain text."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    backend = Tokenizer(models.BPE(vocab=byte_vocab(), merges=[]))
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    backend.post_processor = processors.TemplateProcessing(
        single="<bos> $A", pair="<bos> $A <bos> $B", special_tokens=[("<bos>", BOS_ID)])
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, bos_token="<bos>", eos_token="<eos>",
                                        pad_token="<pad>", additional_special_tokens=["<|im_start|>", "<|im_end|>"])
    if chat_template:
        tokenizer.chat_template = chat_template
    return tokenizer


def tiny_config(arch: str = "llama", vocab_size: int = 272) -> Any:
    common = dict(vocab_size=vocab_size, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                  num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                  bos_token_id=BOS_ID, eos_token_id=EOS_ID, pad_token_id=PAD_ID, initializer_range=0.5)
    if arch == "llama":
        from transformers import LlamaConfig

        return LlamaConfig(head_dim=16, tie_word_embeddings=False, **common)
    if arch == "gemma3":  # sliding-window and full attention layers, as in Gemma 3 270M, with a window of 8
        from transformers import Gemma3TextConfig

        # untied: with tied random embeddings a tiny Gemma just repeats its last token
        return Gemma3TextConfig(head_dim=16, sliding_window=8, layer_types=["sliding_attention", "full_attention"],
                                query_pre_attn_scalar=16, tie_word_embeddings=False, **common)
    raise ValueError(f"unknown tiny architecture {arch!r}")


def make_tiny_causal_lm(path: str | Path, arch: str = "llama", *, chat_template: str | None = None,
                        seed: int = 0) -> Path:
    """Save a random-weight model (float32 safetensors) and its tokenizer to `path`; returns `path`."""
    import torch
    from transformers import AutoModelForCausalLM

    path = Path(path)
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(tiny_config(arch), dtype=torch.float32)
    model.generation_config.eos_token_id = EOS_ID
    model.generation_config.pad_token_id = PAD_ID
    model.save_pretrained(str(path), safe_serialization=True)
    byte_level_tokenizer(chat_template).save_pretrained(str(path))
    return path


def write_tiny_gguf(path: str | Path, *, seed: int = 0, n_layers: int = 2) -> Path:
    """A tiny llama-architecture GGUF (float32 tensors, GPT-2-style byte-level tokenizer), like SmolLM2's layout."""
    import numpy as np
    from gguf import GGUFWriter, TokenType

    path = Path(path)
    rng = np.random.default_rng(seed)
    tokens = list(byte_vocab()) + ["th"]  # one merge: GGUF readers rebuild merges from scores when none are listed
    n_vocab, n_embd, n_ff, n_head, n_kv = len(tokens), 64, 128, 4, 2
    head_dim = n_embd // n_head
    writer = GGUFWriter(str(path), "llama")
    writer.add_name("tiny-gguf")
    writer.add_context_length(512)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layers)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_kv)
    writer.add_rope_dimension_count(head_dim)
    writer.add_rope_freq_base(10000.0)
    writer.add_layer_norm_rms_eps(1e-6)
    writer.add_vocab_size(n_vocab)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("default")
    writer.add_token_list(tokens)
    writer.add_token_types([TokenType.CONTROL if t in SPECIAL_TOKENS else TokenType.NORMAL for t in tokens])
    writer.add_token_merges(["t h"])
    writer.add_bos_token_id(BOS_ID)
    writer.add_eos_token_id(EOS_ID)
    writer.add_pad_token_id(PAD_ID)
    writer.add_add_bos_token(True)

    def weight(*shape: int) -> np.ndarray:  # GGUF stores (out, in) matrices as numpy (out, in)
        return (rng.standard_normal(shape) * 0.5).astype(np.float32)

    writer.add_tensor("token_embd.weight", weight(n_vocab, n_embd))
    writer.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    writer.add_tensor("output.weight", weight(n_vocab, n_embd))
    for i in range(n_layers):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(n_embd, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.attn_q.weight", weight(n_embd, n_embd))
        writer.add_tensor(f"blk.{i}.attn_k.weight", weight(n_kv * head_dim, n_embd))
        writer.add_tensor(f"blk.{i}.attn_v.weight", weight(n_kv * head_dim, n_embd))
        writer.add_tensor(f"blk.{i}.attn_output.weight", weight(n_embd, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", weight(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", weight(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", weight(n_embd, n_ff))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
