"""/draw's image generator on a tiny random-weight SD pipeline, loaded through the same code path as real models.

Sizes stay at 64 px (and 256 px where the watermark needs it) with 1-3 steps, so the whole file runs in well under a
minute on two CPU cores.
"""

from __future__ import annotations

import asyncio
import io
import json

import numpy as np
import pytest
from image_fixtures import save_single_file, tiny_sd_dir, tiny_sd_pipeline  # noqa: F401  (tiny_sd_dir: fixture)
from PIL import Image

from generators.image import (PROFILES, ImageRunner, ModelDownloadError, ModelNotInstalled, draw_request,
                              family_profile, fit_artifacts, fit_png, image_seed, parse_size, pull_model,
                              select_files, validate, verify_image)
from generators.image.preview import latent_to_rgb
from generators.image.provenance import mark_and_encode, provenance_meta
from generators.requests import Artifact, DrawRequest, InvalidRequest
from generators.runtime import JobAborted, Progress, Runtime, RuntimeLimits, WorkerSpec


class Sink:
    """A ProgressSink that records events; `abort_at` makes check() raise like the runtime's when nobody waits."""

    def __init__(self, unwanted: set[int] = frozenset(), abort_at: int | None = None) -> None:
        self.events: list[tuple[int, Progress]] = []
        self.unwanted = unwanted
        self.abort_at = abort_at

    def __call__(self, index: int, event: Progress) -> None:
        self.events.append((index, event))

    def wanted(self, index: int) -> bool:
        return index not in self.unwanted

    def check(self) -> None:
        steps = [e for _, e in self.events if e.kind == "step"]
        if self.abort_at is not None and steps and steps[-1].step >= self.abort_at:
            raise JobAborted


def draw(**kw) -> DrawRequest:
    base = dict(prompt="a red bicycle", steps=2, width=64, height=64, seed=1, guidance_scale=7.0)
    return DrawRequest(**{**base, **kw})


def pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)


@pytest.fixture(scope="module")
def runner(tiny_sd_dir) -> ImageRunner:  # noqa: F811
    r = ImageRunner(str(tiny_sd_dir), device="cpu", preview_every=1)
    r.load()
    return r


# -- profiles and validation --

@pytest.mark.parametrize("model, family", [
    ("stable-diffusion-v1-5/stable-diffusion-v1-5", "sd15"),
    ("runwayml/stable-diffusion-v1-5", "sd15"),
    ("stabilityai/sd-turbo", "sd-turbo"),
    ("stabilityai/sdxl-turbo", "sdxl-turbo"),
    ("stabilityai/stable-diffusion-xl-base-1.0", "sdxl"),
    ("stabilityai/stable-diffusion-2-1", "sd2"),
    ("stabilityai/stable-diffusion-2-1-base", "sd2-base"),
    ("SimianLuo/LCM_Dreamshaper_v7", "lcm"),
])
def test_family_profile_from_hub_ids(model, family):
    assert family_profile(model).name == family


def test_profile_table_is_readable_data():
    sd15, sdxl, turbo = PROFILES["sd15"], PROFILES["sdxl"], PROFILES["sd-turbo"]
    assert sd15.default_size == (512, 512) and "512x768" in sd15.size_choices()
    assert sdxl.default_size == (1024, 1024) and (832, 1216) in sdxl.sizes
    assert PROFILES["sd2"].default_size == (768, 768)
    assert turbo.guidance_default == 0.0 and turbo.steps_max <= 4 and not turbo.uses_guidance
    assert sd15.default_scheduler == "dpmpp_2m" and "euler_a" in sd15.schedulers and "ddim" in sd15.schedulers
    assert "lcm" in PROFILES["lcm"].schedulers
    json.dumps(sd15.as_dict())  # front ends can ship it as JSON
    assert sd15.defaults() == {"steps": 25, "guidance_scale": 7.0, "width": 512, "height": 512,
                               "scheduler": "default"}


def test_family_profile_from_folder(tiny_sd_dir):  # noqa: F811
    profile = family_profile(tiny_sd_dir)
    assert profile.name == "custom" and profile.default_size == (64, 64) and not profile.strict_sizes


def _raises(request: DrawRequest, profile, param: str, code: str, *words: str) -> InvalidRequest:
    with pytest.raises(InvalidRequest) as info:
        validate(request, profile)
    assert (info.value.param, info.value.code) == (param, code)
    for word in words:
        assert word in str(info.value)
    return info.value


def test_validate_messages():
    sd15, turbo = PROFILES["sd15"], PROFILES["sd-turbo"]
    validate(DrawRequest(prompt="x", width=512, height=768), sd15)
    err = _raises(DrawRequest(prompt="x", width=1024, height=1024), sd15, "size", "bad_size", "1024x1024",
                  "512x512", "512x768")
    assert "512x512" in err.params["sizes"]
    _raises(DrawRequest(prompt="x", steps=100), sd15, "steps", "out_of_range", "between 1 and 60")
    _raises(DrawRequest(prompt="x", guidance_scale=25.0), sd15, "guidance_scale", "out_of_range")
    _raises(DrawRequest(prompt="x", steps=1, guidance_scale=7.0), turbo, "guidance_scale", "out_of_range",
            "without guidance", "must be 0")
    _raises(DrawRequest(prompt="x", steps=8, guidance_scale=0.0), turbo, "steps", "out_of_range", "between 1 and 4")
    _raises(DrawRequest(prompt="x", scheduler="lcm"), sd15, "scheduler", "bad_choice", "dpmpp_2m")
    _raises(DrawRequest(prompt="x", negative_prompt="blurry", guidance_scale=1.0), sd15, "negative_prompt",
            "needs_guidance")
    _raises(DrawRequest(prompt="x", negative_prompt="blurry", steps=4, guidance_scale=8.0), PROFILES["lcm"],
            "negative_prompt", "unsupported")


def test_validate_free_sizes(tiny_sd_dir):  # noqa: F811
    profile = family_profile(tiny_sd_dir)
    validate(draw(width=256, height=128), profile)
    _raises(draw(width=72, height=64), profile, "size", "bad_size", "multiples of 64")
    _raises(draw(width=2048, height=2048), profile, "size", "too_large")


def test_draw_request_fills_profile_defaults():
    turbo = draw_request(PROFILES["sd-turbo"], "a fox")
    assert (turbo.steps, turbo.guidance_scale, turbo.width, turbo.height) == (1, 0.0, 512, 512)
    sdxl = draw_request(PROFILES["sdxl"], "a fox", size="832x1216", steps=None, seed=5)
    assert (sdxl.width, sdxl.height, sdxl.steps, sdxl.seed) == (832, 1216, 30, 5)
    assert parse_size("512×768") == (512, 768)
    with pytest.raises(InvalidRequest):
        parse_size("big")
    with pytest.raises(InvalidRequest):
        draw_request(PROFILES["sd15"], "a fox", size="1024x1024")


# -- model sources, pulling, missing models --

SD15_FILES = [
    ".gitattributes", "README.md", "model_index.json", "v1-5-pruned.safetensors", "v1-5-pruned.ckpt",
    "v1-5-pruned-emaonly.safetensors", "v1-inference.yaml",
    "feature_extractor/preprocessor_config.json",
    "safety_checker/config.json", "safety_checker/model.safetensors", "safety_checker/model.fp16.safetensors",
    "scheduler/scheduler_config.json",
    "text_encoder/config.json", "text_encoder/model.safetensors", "text_encoder/model.fp16.safetensors",
    "text_encoder/pytorch_model.bin", "text_encoder/flax_model.msgpack",
    "tokenizer/merges.txt", "tokenizer/special_tokens_map.json", "tokenizer/tokenizer_config.json",
    "tokenizer/vocab.json",
    "unet/config.json", "unet/diffusion_pytorch_model.safetensors", "unet/diffusion_pytorch_model.fp16.safetensors",
    "unet/diffusion_pytorch_model.non_ema.safetensors", "unet/diffusion_pytorch_model.bin",
    "vae/config.json", "vae/diffusion_pytorch_model.safetensors", "vae/diffusion_pytorch_model.fp16.safetensors",
]
SD15_INDEX = {"_class_name": "StableDiffusionPipeline", "feature_extractor": ["transformers", "CLIPImageProcessor"],
              "safety_checker": ["stable_diffusion", "StableDiffusionSafetyChecker"],
              "scheduler": ["diffusers", "PNDMScheduler"], "text_encoder": ["transformers", "CLIPTextModel"],
              "tokenizer": ["transformers", "CLIPTokenizer"], "unet": ["diffusers", "UNet2DConditionModel"],
              "vae": ["diffusers", "AutoencoderKL"]}


def test_select_files_takes_only_what_text_to_image_needs():
    files = set(select_files(SD15_FILES, SD15_INDEX))
    assert {"model_index.json", "README.md", "scheduler/scheduler_config.json", "tokenizer/vocab.json",
            "tokenizer/merges.txt", "unet/config.json", "unet/diffusion_pytorch_model.fp16.safetensors",
            "vae/diffusion_pytorch_model.fp16.safetensors", "text_encoder/model.fp16.safetensors",
            "feature_extractor/preprocessor_config.json"} <= files
    assert not any(f.startswith("safety_checker/") or f.endswith((".bin", ".ckpt", ".msgpack")) or "non_ema" in f
                   or f.startswith("v1-5") for f in files)
    full = set(select_files(SD15_FILES, SD15_INDEX, prefer_fp16=False))
    assert "unet/diffusion_pytorch_model.safetensors" in full and "unet/diffusion_pytorch_model.fp16.safetensors" \
        not in full
    configs = select_files(SD15_FILES, SD15_INDEX, config_only=True)
    assert "unet/config.json" in configs and not any(f.endswith(".safetensors") for f in configs)
    assert "safety_checker/model.fp16.safetensors" in select_files(SD15_FILES, SD15_INDEX,
                                                                  include_safety_checker=True)


def test_select_files_refuses_pickle_only_components():
    files = ["model_index.json", "unet/config.json", "unet/diffusion_pytorch_model.bin"]
    index = {"_class_name": "StableDiffusionPipeline", "unet": ["diffusers", "UNet2DConditionModel"]}
    with pytest.raises(ModelDownloadError, match="pickled"):
        select_files(files, index)
    assert "unet/diffusion_pytorch_model.bin" in select_files(files, index, allow_pickle=True)
    with pytest.raises(ModelDownloadError, match="model_index.json"):
        select_files(files, None)


@pytest.mark.timeout(60)
def test_pull_fails_fast_when_the_hub_is_unreachable(monkeypatch, tmp_path):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")  # nothing listens on the discard port
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)  # CI may export HF_HUB_OFFLINE=1
    with pytest.raises(ModelDownloadError, match="Could not reach the Hugging Face hub"):
        pull_model("stabilityai/sd-turbo", progress=False, cache_dir=str(tmp_path), timeout=5)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ModelDownloadError, match="offline"):
        pull_model("stabilityai/sd-turbo", progress=False, cache_dir=str(tmp_path))
    with pytest.raises(ModelDownloadError, match="not a hub id"):
        pull_model("./models/x.safetensors")


def test_pull_downloads_the_selected_files_by_branch(monkeypatch, tmp_path):
    import huggingface_hub
    from huggingface_hub import constants

    class Sibling:
        def __init__(self, name: str) -> None:
            self.rfilename, self.size = name, 1000

    class Info:
        sha = "0123456789abcdef0123456789abcdef01234567"
        siblings = [Sibling(name) for name in SD15_FILES]

    calls: dict = {}
    index_file = tmp_path / "model_index.json"
    index_file.write_text(json.dumps(SD15_INDEX))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(huggingface_hub.HfApi, "model_info", lambda self, repo, **kw: Info())
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", lambda *a, **kw: str(index_file))
    monkeypatch.setattr(huggingface_hub, "snapshot_download",
                        lambda repo, **kw: calls.update(repo=repo, **kw) or str(tmp_path))
    assert pull_model("stable-diffusion-v1-5/stable-diffusion-v1-5", progress=False) == tmp_path
    assert calls["repo"] == "stable-diffusion-v1-5/stable-diffusion-v1-5" and calls["revision"] is None
    assert calls["allow_patterns"] == select_files(SD15_FILES, SD15_INDEX)


def test_missing_hub_model_says_how_to_install(tmp_path):
    r = ImageRunner("someone/not-installed-model", cache_dir=str(tmp_path), device="cpu")
    info = r.describe()
    assert info["available"] is False and info["device"] == "cpu" and info["source"] == "someone/not-installed-model"
    assert "genbot models pull someone/not-installed-model" in info["reason"]
    with pytest.raises(ModelNotInstalled, match="not installed.*genbot models pull someone/not-installed-model"):
        r.load()


def test_missing_paths_and_pickles_and_incomplete_folders(tmp_path):
    with pytest.raises(ModelNotInstalled, match="does not exist"):
        ImageRunner(str(tmp_path / "nope.safetensors")).load()
    ckpt = tmp_path / "model.ckpt"
    ckpt.write_bytes(b"not really a pickle")
    info = ImageRunner(str(ckpt)).describe()
    assert not info["available"] and "allow_pickle" in info["reason"]
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / "model_index.json").write_text(json.dumps(SD15_INDEX))
    with pytest.raises(ModelNotInstalled, match="lacks its"):
        ImageRunner(str(folder)).load()


def test_describe_does_not_load(tiny_sd_dir):  # noqa: F811
    r = ImageRunner(str(tiny_sd_dir), device="cpu")
    info = r.describe()
    assert info["available"] and info["kind"] == "dir" and info["device"] == "cpu" and not info["loaded"]
    assert r.pipe is None


# -- generating --

def test_generate_one_with_progress_and_previews(runner):
    sink = Sink()
    [out] = runner.generate([draw(steps=3, seed=42)], sink)
    steps = [e for _, e in sink.events if e.kind == "step"]
    assert [(e.step, e.total) for e in steps] == [(1, 3), (2, 3), (3, 3)]
    previews = [e for _, e in sink.events if e.kind == "preview"]
    assert [e.step for e in previews] == [1, 2]  # every step (preview_every=1) but the last
    for e in previews:
        image = Image.open(io.BytesIO(e.preview))
        assert image.format == "PNG" and max(image.size) <= 128
    [file] = out.files
    assert isinstance(file, Artifact) and file.mime == "image/png" and file.filename == "draw-42.png"
    assert Image.open(io.BytesIO(file.data)).size == (64, 64)
    assert out.meta["seeds"] == [42] and out.meta["scheduler"] == "dpmpp_2m" and "AI-generated" in out.text
    assert file.description.startswith("AI-generated image: a red bicycle")


def test_default_scheduler_is_dpm_solver_pp(runner):
    runner.generate([draw()], Sink())
    assert type(runner.pipe.scheduler).__name__ == "DPMSolverMultistepScheduler"
    assert runner.pipe.scheduler.config.algorithm_type == "dpmsolver++"
    runner.generate([draw(scheduler="dpmpp_2m_karras")], Sink())
    assert runner.pipe.scheduler.config.use_karras_sigmas is True


@pytest.mark.parametrize("scheduler", ["euler_a", "euler", "ddim", "unipc", "pndm", "model"])
def test_every_offered_scheduler_runs(runner, scheduler):
    [out] = runner.generate([draw(scheduler=scheduler)], Sink())
    assert out.meta["scheduler"] == scheduler and len(out.files) == 1


def test_same_seed_same_image_other_seed_other_image(runner):
    a = runner.generate([draw(seed=3)], Sink())[0].files[0].data
    b = runner.generate([draw(seed=3)], Sink())[0].files[0].data
    c = runner.generate([draw(seed=4)], Sink())[0].files[0].data
    assert np.array_equal(pixels(a), pixels(b))
    assert np.abs(pixels(a) - pixels(c)).mean() > 5


def test_batched_equals_alone_within_rounding(runner):
    first = draw(seed=11, count=2, prompt="a lighthouse")
    second = draw(seed=500, negative_prompt="fog", prompt="고양이 그림")  # Korean prompt, own negative prompt
    together = runner.generate([first, second], Sink())
    alone_first = runner.generate([first], Sink())[0]
    alone_second = runner.generate([second], Sink())[0]
    pairs = [*zip(together[0].files, alone_first.files), (together[1].files[0], alone_second.files[0])]
    assert len(pairs) == 3
    for batched, alone in pairs:
        diff = np.abs(pixels(batched.data) - pixels(alone.data))
        assert diff.max() <= 3 and diff.mean() < 0.1  # float rounding differs with the batch size
    # image k of a request is the image of seed + k drawn alone
    second_image = runner.generate([draw(seed=12, prompt="a lighthouse")], Sink())[0].files[0].data
    assert np.abs(pixels(second_image) - pixels(alone_first.files[1].data)).max() <= 2
    assert together[0].meta["seeds"] == [11, 12] and image_seed(2**32 - 1, 1) == 0


def test_count_and_chunked_batches(runner, monkeypatch):
    monkeypatch.setattr(runner, "max_batch_images", 2)
    requests = [draw(seed=1, count=2), draw(seed=7, count=1), draw(seed=9, count=1)]
    sink = Sink()
    outs = runner.generate(requests, sink)
    assert [len(o.files) for o in outs] == [2, 1, 1]
    assert outs[0].meta["seeds"] == [1, 2]
    monkeypatch.setattr(runner, "max_batch_images", 8)
    whole = runner.generate(requests, Sink())
    for a, b in zip(outs, whole):
        for fa, fb in zip(a.files, b.files):
            assert np.abs(pixels(fa.data) - pixels(fb.data)).max() <= 2
    for index in range(3):
        assert [e.step for i, e in sink.events if i == index and e.kind == "step"] == [1, 2]


def test_unwanted_requests_are_skipped_and_abort_propagates(runner):
    outs = runner.generate([draw(seed=1), draw(seed=2)], Sink(unwanted={1}))
    assert len(outs[0].files) == 1 and outs[1].files == ()
    with pytest.raises(JobAborted):
        runner.generate([draw(steps=3)], Sink(abort_at=1))


def test_cuda_out_of_memory_reaches_the_runtime_unchanged(runner, monkeypatch):
    import torch

    class OomPipe:
        scheduler = None

        def __call__(self, **kwargs):
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(runner, "pipe", OomPipe())
    with pytest.raises(torch.cuda.OutOfMemoryError):
        runner.generate([draw(), draw(seed=2)], Sink())


def test_invalid_batch_is_refused(runner):
    with pytest.raises(InvalidRequest):
        runner.generate([draw(width=72)], Sink())


def test_runtime_batches_concurrent_draws(runner):
    async def main() -> tuple[list, list]:
        sizes: list[int] = []
        rt = Runtime([WorkerSpec(runner, max_batch=4)], RuntimeLimits(batch_wait_ms=200))
        rt.on_batch = lambda family, size, seconds: sizes.append(size)
        rt.start()
        jobs = [rt.submit(draw(seed=None, user_id=f"u{i}")) for i in range(3)]
        results = [await job.wait() for job in jobs]
        await rt.close()
        return results, sizes

    results, sizes = asyncio.run(main())
    assert all(r.ok for r in results) and sizes == [3]
    assert all(r.output.meta["seed"] is not None for r in results)


# -- provenance --

@pytest.fixture(scope="module")
def marked_png(runner) -> bytes:
    request = draw(prompt="고양이 in the rain", negative_prompt="text, watermark", width=256, height=256, steps=1,
                   seed=77, guidance_scale=6.5)
    return runner.generate([request], Sink())[0].files[0].data


def test_metadata_and_watermark_round_trip(marked_png, tmp_path):
    path = tmp_path / "out.png"
    path.write_bytes(marked_png)
    for source in (marked_png, path, str(path)):
        info = verify_image(source)
        assert info["watermark"]["found"] and info["watermark"]["matches_metadata"] is True
        assert info["ai_generated"] and "match" in info["verdict"]
    meta = info["metadata"]
    assert meta["prompt"] == "고양이 in the rain" and meta["negative_prompt"] == "text, watermark"
    assert (meta["seed"], meta["steps"], meta["guidance_scale"], meta["width"], meta["height"]) == (77, 1, 6.5, 256,
                                                                                                   256)
    assert meta["scheduler"] == "dpmpp_2m" and meta["model"] == "tiny-sd" and meta["ai_generated"] is True
    assert meta["watermark"]["payload"] == info["watermark"]["payload"]
    assert info["parameters"].startswith("고양이 in the rain\nNegative prompt: text, watermark\nSteps: 1, ")
    assert "Seed: 77" in info["parameters"] and "Size: 256x256" in info["parameters"]
    assert "AI-generated" in info["text"]["Disclaimer"]
    assert "trainedAlgorithmicMedia" in info["text"]["XML:com.adobe.xmp"]


def test_unrelated_images_are_not_detected():
    rng = np.random.default_rng(0)
    noise = Image.fromarray(rng.integers(0, 256, (256, 256, 3), dtype=np.uint8))
    gradient = Image.fromarray(np.tile(np.linspace(0, 255, 320, dtype=np.uint8), (300, 1))[:, :, None].repeat(3, 2))
    photo_like = Image.fromarray((rng.normal(128, 40, (300, 400, 3)).clip(0, 255)).astype(np.uint8)).resize((512, 384))
    for image in (noise, gradient, photo_like):
        out = io.BytesIO()
        image.save(out, format="PNG")
        info = verify_image(out.getvalue())
        assert info["watermark"]["checked"] and not info["watermark"]["found"], info["watermark"]
        assert info["metadata"] is None and not info["ai_generated"]


def test_stripped_metadata_and_edited_metadata(marked_png):
    bare = io.BytesIO()
    Image.open(io.BytesIO(marked_png)).save(bare, format="PNG")  # pixels only
    info = verify_image(bare.getvalue())
    assert info["watermark"]["found"] and info["metadata"] is None and "stripped" in info["verdict"]
    meta = json.loads(Image.open(io.BytesIO(marked_png)).text["genbot"])
    forged = mark_and_encode(Image.open(io.BytesIO(marked_png)).convert("RGB"), {**meta, "prompt": "something else"},
                             watermark=False)[0]
    info = verify_image(forged)
    assert info["watermark"]["found"] and info["watermark"]["matches_metadata"] is False


@pytest.mark.parametrize("size", [(256, 256), (384, 520)])
def test_watermark_is_invisible_watermarks_own_format(size):
    """Our vectorised dwtDctSvd gives the library's exact pixels, and each side decodes the other's marks."""
    imwatermark = pytest.importorskip("imwatermark")
    import cv2

    from generators.image.provenance import _bits, _vote_scores, dwt_dct_svd_encode

    rng = np.random.default_rng(2)
    bgr = cv2.GaussianBlur(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8), (0, 0), 2)
    bits = _bits(bytes.fromhex("676201a1b2c3"))
    ours = dwt_dct_svd_encode(bgr.copy(), bits)
    encoder = imwatermark.WatermarkEncoder()
    encoder.set_watermark("bits", bits)
    theirs = encoder.encode(bgr.copy(), "dwtDctSvd")
    assert np.abs(ours.astype(int) - theirs.astype(int)).max() <= 1
    decoded = imwatermark.WatermarkDecoder("bits", 48).decode(ours, "dwtDctSvd")
    assert [int(b) for b in decoded] == bits
    assert [int(s > 0.5) for s in _vote_scores(theirs)] == bits
    assert np.abs(ours.astype(int) - bgr.astype(int)).mean() < 3  # invisible: a couple of levels on average


def test_small_images_carry_metadata_but_no_watermark(runner):
    data = runner.generate([draw()], Sink())[0].files[0].data
    info = verify_image(data)
    assert not info["watermark"]["checked"] and info["metadata"]["watermark"]["method"] is None
    assert info["ai_generated"]


def _noisy_png(size: int) -> bytes:
    rng = np.random.default_rng(1)
    image = Image.fromarray(rng.integers(0, 256, (size, size, 3), dtype=np.uint8))
    return mark_and_encode(image, provenance_meta(prompt="noise", seed=1, model="m", width=size, height=size))[0]


def test_fit_png_downscales_and_keeps_provenance():
    data = _noisy_png(512)  # incompressible: about 790 KB
    assert fit_png(data, len(data)) is data
    small = fit_png(data, 400_000)
    assert len(small) <= 400_000
    image = Image.open(io.BytesIO(small))
    assert 256 <= image.width < 512
    info = verify_image(small)
    assert info["watermark"]["found"] and info["watermark"]["matches_metadata"]
    assert info["metadata"]["resized_from"] == [512, 512]
    files = fit_artifacts([Artifact("a.png", data, "image/png"), Artifact("b.txt", b"x" * 10, "text/plain")],
                          file_limit=10 * 2**20, total_limit=500_000)
    assert len(files[0].data) <= 500_000 // 2 and files[1].data == b"x" * 10


def test_latent_preview_colours():
    import torch

    from generators.image.profiles import SD_LATENT_RGB

    latent = torch.zeros(4, 8, 8)
    assert (latent_to_rgb(latent, SD_LATENT_RGB) == 128).all()  # zero latent -> mid grey
    latent[3] = -1.0  # the 4th SD channel is mostly "minus blue"
    r, g, b = latent_to_rgb(latent, SD_LATENT_RGB)[0, 0]
    assert b > r > 128 and b > g


# -- other ways to load --

def test_single_file_checkpoint_loads_like_the_folder(runner, tiny_sd_dir, tmp_path):  # noqa: F811
    file = save_single_file(tiny_sd_dir, tmp_path / "tiny-sd.safetensors")
    single = ImageRunner(str(file), device="cpu", single_file_config=str(tiny_sd_dir))
    assert single.describe()["kind"] == "single_file" and single.describe()["available"]
    single.load()
    a = single.generate([draw(seed=5)], Sink())[0]
    b = runner.generate([draw(seed=5)], Sink())[0]
    assert np.abs(pixels(a.files[0].data) - pixels(b.files[0].data)).max() <= 1
    assert a.meta["model"] == "tiny-sd.safetensors"
    missing = ImageRunner(str(file), device="cpu", cache_dir=str(tmp_path / "empty-cache"))
    with pytest.raises(ModelNotInstalled, match="--config-only"):
        missing.load()


def test_fp16_only_folder_loads_on_cpu(tmp_path):
    import torch

    folder = tmp_path / "fp16"
    tiny_sd_pipeline().to(dtype=torch.float16).save_pretrained(folder, safe_serialization=True, variant="fp16")
    assert not list(folder.glob("unet/diffusion_pytorch_model.safetensors"))
    r = ImageRunner(str(folder), device="cpu")
    r.load()
    assert r.pipe.unet.dtype == torch.float32  # upcast for the CPU
    assert len(r.generate([draw(steps=1)], Sink())[0].files) == 1
