"""A tiny random-weight Stable Diffusion pipeline, built from configs, for tests that need the real diffusers path.

No weights can be downloaded on the test machines, so this builds an SD-1.5-shaped pipeline with tiny widths
(UNet 32/64 channels, VAE 4 levels so the latent is 1/8 of the image as in real SD, a 2-layer CLIP text encoder and a
byte-level CLIP tokenizer made in code), saves it in the diffusers folder layout with safetensors, and hands back the
folder. Everything then loads it exactly as a real model folder: `ImageRunner(model=<folder>)`. Its output is noise.

Use in any test module (the e2e tests too):

    from image_fixtures import tiny_sd_dir  # noqa: F401  (a session-scoped pytest fixture)

    def test_something(tiny_sd_dir): ...

or call `build_tiny_sd(path)` directly (about 1 s). `save_single_file(folder, file)` writes the same weights as one
original-layout (LDM) `.safetensors` checkpoint, the form most community models are shared in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

TINY_CROSS_ATTENTION_DIM = 32


def _byte_chars() -> list[str]:
    """The printable stand-ins byte-level BPE (GPT-2, CLIP) uses for the 256 byte values."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    chars, extra = {}, 0
    for b in range(256):
        if b in printable:
            chars[b] = chr(b)
        else:
            chars[b] = chr(256 + extra)
            extra += 1
    return [chars[b] for b in range(256)]


def byte_level_clip_tokenizer():
    """A CLIPTokenizer with one token per byte (plus the end-of-word forms) and no merges.

    transformers 5 ignores `vocab_file=`/`merges_file=` here; the vocab must be passed as a dict.
    """
    from transformers import CLIPTokenizer

    chars = _byte_chars()
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for ch in chars:
        vocab.setdefault(ch, len(vocab))
    for ch in chars:
        vocab.setdefault(ch + "</w>", len(vocab))
    return CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77)


def tiny_sd_pipeline(seed: int = 0):
    """The tiny pipeline in memory (random weights, deterministic for a given seed)."""
    import torch
    from diffusers import AutoencoderKL, PNDMScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel

    tokenizer = byte_level_clip_tokenizer()
    torch.manual_seed(seed)
    # SD 1.5's block layout (cross-attention levels first, a plain level last; the mirror image going up) so the
    # original-checkpoint key layout and its conversion are the real ones, at 2 levels instead of 4.
    unet = UNet2DConditionModel(
        sample_size=8,
        in_channels=4,
        out_channels=4,
        block_out_channels=(32, 64),
        layers_per_block=1,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=TINY_CROSS_ATTENTION_DIM,
        attention_head_dim=8,
        norm_num_groups=32,
    )
    vae = AutoencoderKL(
        in_channels=3,
        out_channels=3,
        block_out_channels=(8, 16, 16, 16),
        down_block_types=("DownEncoderBlock2D",) * 4,
        up_block_types=("UpDecoderBlock2D",) * 4,
        latent_channels=4,
        layers_per_block=1,
        norm_num_groups=8,
        sample_size=64,
    )
    text_encoder = CLIPTextModel(CLIPTextConfig(
        vocab_size=len(tokenizer.get_vocab()),
        hidden_size=TINY_CROSS_ATTENTION_DIM,
        intermediate_size=37,
        num_attention_heads=4,
        num_hidden_layers=2,
        max_position_embeddings=77,
        bos_token_id=0,
        eos_token_id=1,
        pad_token_id=1,
        projection_dim=TINY_CROSS_ATTENTION_DIM,
    ))
    # SD 1.5's published scheduler config; the runner replaces the scheduler per request anyway.
    scheduler = PNDMScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear",
                              num_train_timesteps=1000, set_alpha_to_one=False, skip_prk_steps=True, steps_offset=1)
    return StableDiffusionPipeline(vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, unet=unet,
                                   scheduler=scheduler, safety_checker=None, feature_extractor=None,
                                   requires_safety_checker=False)


def build_tiny_sd(path: str | Path, seed: int = 0) -> Path:
    """Save the tiny pipeline as a diffusers model folder (safetensors) and return the folder."""
    path = Path(path)
    tiny_sd_pipeline(seed).save_pretrained(path, safe_serialization=True)
    return path


# -- diffusers layout -> original (LDM) single-file layout, for the tiny pipeline's SD-1.5-shaped architecture --

_RESNET_TO_LDM = (("norm1", "in_layers.0"), ("conv1", "in_layers.2"), ("norm2", "out_layers.0"),
                  ("conv2", "out_layers.3"), ("time_emb_proj", "emb_layers.1"), ("conv_shortcut", "skip_connection"))


def _unet_to_ldm(state: dict, config: dict) -> dict:
    per = config["layers_per_block"] + 1  # LDM numbers each level's resnets plus its down/upsampler in one run
    up_attn = [t.startswith("CrossAttn") for t in config["up_block_types"]]
    fixed = {"time_embedding.linear_1": "time_embed.0", "time_embedding.linear_2": "time_embed.2",
             "conv_in": "input_blocks.0.0", "conv_norm_out": "out.0", "conv_out": "out.2"}
    out = {}
    for key, value in state.items():
        parts = key.split(".")
        new = None
        for hf, ldm in fixed.items():
            if key.startswith(hf + "."):
                new = ldm + key[len(hf):]
        if parts[0] == "down_blocks":
            i, kind, j, rest = int(parts[1]), parts[2], int(parts[3]), ".".join(parts[4:])
            if kind == "resnets":
                new = f"input_blocks.{1 + i * per + j}.0.{rest}"
            elif kind == "attentions":
                new = f"input_blocks.{1 + i * per + j}.1.{rest}"
            elif kind == "downsamplers":
                new = f"input_blocks.{(i + 1) * per}.0.{rest.replace('conv.', 'op.', 1)}"
        elif parts[0] == "up_blocks":
            i, kind, j, rest = int(parts[1]), parts[2], int(parts[3]), ".".join(parts[4:])
            if kind == "resnets":
                new = f"output_blocks.{i * per + j}.0.{rest}"
            elif kind == "attentions":
                new = f"output_blocks.{i * per + j}.1.{rest}"
            elif kind == "upsamplers":
                new = f"output_blocks.{i * per + per - 1}.{2 if up_attn[i] else 1}.{rest}"
        elif parts[0] == "mid_block":
            kind, j, rest = parts[1], int(parts[2]), ".".join(parts[3:])
            new = f"middle_block.{2 * j}.{rest}" if kind == "resnets" else f"middle_block.1.{rest}"
        if new is None:
            raise KeyError(f"no LDM name for UNet key {key}")
        if ".resnets." in key:
            for hf, ldm in _RESNET_TO_LDM:
                new = new.replace(f".{hf}.", f".{ldm}.")
        out["model.diffusion_model." + new] = value
    return out


def _vae_to_ldm(state: dict, config: dict) -> dict:
    levels = len(config["up_block_types"])
    out = {}
    for key, value in state.items():
        new = key
        parts = key.split(".")
        if parts[0] == "encoder" and parts[1] == "down_blocks":
            i = int(parts[2])
            if parts[3] == "resnets":
                new = f"encoder.down.{i}.block.{parts[4]}." + ".".join(parts[5:])
            else:  # downsamplers.0.conv
                new = f"encoder.down.{i}.downsample." + ".".join(parts[5:])
        elif parts[0] == "decoder" and parts[1] == "up_blocks":
            i = levels - 1 - int(parts[2])  # LDM numbers the decoder's levels from the bottom
            if parts[3] == "resnets":
                new = f"decoder.up.{i}.block.{parts[4]}." + ".".join(parts[5:])
            else:  # upsamplers.0.conv
                new = f"decoder.up.{i}.upsample." + ".".join(parts[5:])
        elif parts[1] == "mid_block":
            if parts[2] == "resnets":
                new = f"{parts[0]}.mid.block_{int(parts[3]) + 1}." + ".".join(parts[4:])
            else:
                rest = ".".join(parts[4:])
                rest = {"group_norm": "norm", "to_q": "q", "to_k": "k", "to_v": "v", "to_out": "proj_out"}.get(
                    parts[4], parts[4]) + "." + parts[-1]
                new = f"{parts[0]}.mid.attn_1.{rest}"
                if value.ndim == 2:  # LDM stores these as 1x1 convolutions
                    value = value[:, :, None, None]
        new = new.replace("conv_shortcut", "nin_shortcut").replace("conv_norm_out", "norm_out")
        out["first_stage_model." + new] = value
    return out


def save_single_file(model_dir: str | Path, file: str | Path) -> Path:
    """Write the tiny diffusers folder as one LDM-layout `.safetensors` checkpoint (UNet + VAE + text encoder)."""
    import json

    from safetensors.torch import load_file, save_file

    model_dir, file = Path(model_dir), Path(file)

    def component(name: str) -> tuple[dict, dict]:
        folder = model_dir / name
        weights = next(folder.glob("*.safetensors"))
        return load_file(weights), json.loads((folder / "config.json").read_text())

    unet, unet_config = component("unet")
    vae, vae_config = component("vae")
    text, _ = component("text_encoder")
    state = {**_unet_to_ldm(unet, unet_config), **_vae_to_ldm(vae, vae_config),
             **{"cond_stage_model.transformer.text_model." + k.removeprefix("text_model."): v for k, v in text.items()}}
    save_file({k: v.contiguous() for k, v in state.items()}, file)
    return file


@pytest.fixture(scope="session")
def tiny_sd_dir(tmp_path_factory) -> Path:
    """A tiny random SD-1.5-shaped diffusers model folder, built once per test session."""
    return build_tiny_sd(tmp_path_factory.mktemp("tiny-sd") / "tiny-sd")
