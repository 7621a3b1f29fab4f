"""Stable Diffusion 1.5 speed on a GPU without downloading anything: a RANDOM-WEIGHT pipeline with SD 1.5's published
dimensions (UNet 320/640/1280/1280 channels, 2 layers per block, cross-attention 768, 8 heads; CLIP ViT-L/14 text
encoder, 12 layers, 768 hidden; VAE 128/256/512/512), fp16 on CUDA, SDPA attention (diffusers' default on torch 2).

Random weights do the same arithmetic as the real ones, so the timings are real; the pictures are noise.
Prints one JSON object: UNet iterations/s at batch 1 and 4 (x2 with classifier-free guidance), 25-step end-to-end
images/s at batch 1 and 4, peak GPU memory, and (with --compile, when time allows) the same with torch.compile.

    python benchmarks/gpu_sd15.py                 # on a CUDA machine, about 1-3 minutes
    python benchmarks/gpu_sd15.py --compile       # adds torch.compile of the UNet (compiling takes a minute or two)
    python benchmarks/gpu_sd15.py --save DIR      # also save the random pipeline (fp16 variant) as a diffusers
                                                  # folder, for benchmarks/image.py --model DIR --device cuda
    python benchmarks/gpu_sd15.py --tiny          # tiny widths on CPU: a smoke test of this script

Self-contained (torch, diffusers, transformers); nothing online.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def byte_level_clip_tokenizer():
    from transformers import CLIPTokenizer

    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    chars, extra = [], 0
    for b in range(256):
        if b in printable:
            chars.append(chr(b))
        else:
            chars.append(chr(256 + extra))
            extra += 1
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for suffix in ("", "</w>"):
        for ch in chars:
            vocab.setdefault(ch + suffix, len(vocab))
    return CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77)


def sd15_configs(tiny: bool) -> dict:
    if tiny:
        return {
            "unet": dict(sample_size=8, block_out_channels=(32, 64), layers_per_block=1,
                         down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
                         up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"), cross_attention_dim=32,
                         attention_head_dim=8),
            "vae": dict(block_out_channels=(8, 16, 16, 16), layers_per_block=1, norm_num_groups=8, sample_size=64),
            "text": dict(vocab_size=49408, hidden_size=32, intermediate_size=37, num_attention_heads=4,
                         num_hidden_layers=2, projection_dim=32),
        }
    # the published stable-diffusion-v1-5 unet/vae/text_encoder config.json values
    return {
        "unet": dict(sample_size=64, block_out_channels=(320, 640, 1280, 1280), layers_per_block=2,
                     down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D",
                                       "DownBlock2D"),
                     up_block_types=("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
                     cross_attention_dim=768, attention_head_dim=8),
        "vae": dict(block_out_channels=(128, 256, 512, 512), layers_per_block=2, norm_num_groups=32, sample_size=512),
        "text": dict(vocab_size=49408, hidden_size=768, intermediate_size=3072, num_attention_heads=12,
                     num_hidden_layers=12, projection_dim=768),
    }


def build_pipeline(tiny: bool, device: str, dtype):
    import torch
    from diffusers import AutoencoderKL, DPMSolverMultistepScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel

    cfg = sd15_configs(tiny)
    torch.manual_seed(0)
    with torch.device(device):  # initialise the weights on the GPU: much faster than on the CPU for 1 B parameters
        unet = UNet2DConditionModel(in_channels=4, out_channels=4, norm_num_groups=32, **cfg["unet"])
        vae = AutoencoderKL(in_channels=3, out_channels=3, latent_channels=4,
                            down_block_types=("DownEncoderBlock2D",) * 4, up_block_types=("UpDecoderBlock2D",) * 4,
                            **cfg["vae"])
        text_encoder = CLIPTextModel(CLIPTextConfig(max_position_embeddings=77, hidden_act="quick_gelu",
                                                    bos_token_id=0, eos_token_id=1, pad_token_id=1, **cfg["text"]))
    scheduler = DPMSolverMultistepScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear",
                                            num_train_timesteps=1000, steps_offset=1, algorithm_type="dpmsolver++")
    pipe = StableDiffusionPipeline(vae=vae, text_encoder=text_encoder, tokenizer=byte_level_clip_tokenizer(),
                                   unet=unet, scheduler=scheduler, safety_checker=None, feature_extractor=None,
                                   requires_safety_checker=False)
    pipe.to(device, dtype)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def sync(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.synchronize()


def peak_gib(device: str) -> float | None:
    import torch

    return round(torch.cuda.max_memory_allocated() / 2**30, 2) if device.startswith("cuda") else None


def reset_peak(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.reset_peak_memory_stats()


def unet_its(pipe, batch: int, size: int, iters: int, device: str, dtype) -> tuple[float, float | None]:
    """UNet forward passes per second for `batch` images with classifier-free guidance (UNet batch 2*batch)."""
    import torch

    lat = torch.randn(2 * batch, 4, size // 8, size // 8, device=device, dtype=dtype)
    ctx = torch.randn(2 * batch, 77, pipe.unet.config.cross_attention_dim, device=device, dtype=dtype)
    t = torch.tensor(500, device=device)
    reset_peak(device)
    with torch.inference_mode():
        for _ in range(3):
            pipe.unet(lat, t, encoder_hidden_states=ctx)
        sync(device)
        t0 = time.perf_counter()
        for _ in range(iters):
            pipe.unet(lat, t, encoder_hidden_states=ctx)
        sync(device)
    return iters / (time.perf_counter() - t0), peak_gib(device)


def end_to_end(pipe, batch: int, size: int, steps: int, device: str, runs: int = 2) -> tuple[float, float | None]:
    """Images per second for the whole pipeline (text encoder, `steps` UNet steps with guidance, VAE decode, PIL)."""
    import torch

    prompts = ["a lighthouse on a cliff at dusk, oil painting"] * batch
    reset_peak(device)
    pipe(prompts, num_inference_steps=2, height=size, width=size, guidance_scale=7.0)  # warm-up
    sync(device)
    t0 = time.perf_counter()
    for r in range(runs):
        gens = [torch.Generator("cpu").manual_seed(r * 10 + k) for k in range(batch)]
        pipe(prompts, num_inference_steps=steps, height=size, width=size, guidance_scale=7.0, generator=gens)
    sync(device)
    return runs * batch / (time.perf_counter() - t0), peak_gib(device)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tiny", action="store_true", help="tiny widths on CPU (smoke test)")
    parser.add_argument("--device", default=None)
    parser.add_argument("--steps", type=int, default=25)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--iters", type=int, default=20, help="timed UNet calls per batch size")
    parser.add_argument("--compile", action="store_true", help="also time torch.compile(unet) when time allows")
    parser.add_argument("--budget-s", type=float, default=240.0, help="skip remaining parts after this long")
    parser.add_argument("--save", default="", help="save the random pipeline (fp16 variant) to this folder")
    parser.add_argument("--out", default="", help="also write the JSON here")
    args = parser.parse_args()

    import torch

    start = time.perf_counter()
    device = args.device or ("cuda" if torch.cuda.is_available() and not args.tiny else "cpu")
    dtype = torch.float16 if device.startswith("cuda") else torch.float32
    size = 64 if args.tiny else args.size
    steps = 2 if args.tiny else args.steps
    iters = 2 if args.tiny else args.iters
    result: dict = {"benchmark": "sd15_random_weights", "device": device, "dtype": str(dtype).replace("torch.", ""),
                    "size": size, "steps": steps, "tiny": args.tiny, "torch": torch.__version__}
    if device.startswith("cuda"):
        result["gpu"] = torch.cuda.get_device_name()
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    import diffusers

    result["diffusers"] = diffusers.__version__
    t0 = time.perf_counter()
    pipe = build_pipeline(args.tiny, device, dtype)
    result["build_s"] = round(time.perf_counter() - t0, 1)
    result["unet_params_m"] = round(sum(p.numel() for p in pipe.unet.parameters()) / 1e6, 1)
    result["attention_processor"] = type(next(iter(pipe.unet.attn_processors.values()))).__name__

    def left() -> float:
        return args.budget_s - (time.perf_counter() - start)

    def emit() -> None:  # after every phase, so a run cut short still leaves its figures
        result["total_s"] = round(time.perf_counter() - start, 1)
        if args.out:
            with open(args.out, "w") as f:
                f.write(json.dumps(result) + "\n")

    emit()

    for batch in (1, 4):
        its, peak = unet_its(pipe, batch, size, iters, device, dtype)
        result[f"unet_it_s_batch{batch}"] = round(its, 2)
        result[f"unet_peak_gib_batch{batch}"] = peak
        emit()
    for batch in (1, 4):
        if left() < 20:
            result.setdefault("skipped", []).append(f"end_to_end_batch{batch}")
            continue
        ips, peak = end_to_end(pipe, batch, size, steps, device)
        result[f"e2e_images_s_batch{batch}"] = round(ips, 3)
        result[f"e2e_s_per_image_batch{batch}"] = round(1 / ips, 3)
        result[f"e2e_peak_gib_batch{batch}"] = peak
        emit()
    if args.save:
        t0 = time.perf_counter()
        pipe.save_pretrained(args.save, safe_serialization=True, variant="fp16" if dtype == torch.float16 else None)
        result["saved"] = args.save
        result["save_s"] = round(time.perf_counter() - t0, 1)
        emit()
    if args.compile:
        if left() < 90:
            result.setdefault("skipped", []).append("compile")
        else:
            pipe.unet = torch.compile(pipe.unet)
            t0 = time.perf_counter()
            its, _ = unet_its(pipe, 1, size, 1, device, dtype)  # includes compiling
            result["compile_first_calls_s"] = round(time.perf_counter() - t0, 1)
            its, _ = unet_its(pipe, 1, size, iters, device, dtype)
            result["compiled_unet_it_s_batch1"] = round(its, 2)
            emit()
            if left() > 100:
                t0 = time.perf_counter()
                its, _ = unet_its(pipe, 4, size, iters, device, dtype)
                result["compiled_unet_it_s_batch4"] = round(its, 2)
                result["compile_batch4_s"] = round(time.perf_counter() - t0, 1)
                emit()
            if left() > 30:
                ips, _ = end_to_end(pipe, 1, size, steps, device)
                result["compiled_e2e_images_s_batch1"] = round(ips, 3)
    emit()
    print(json.dumps(result))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
