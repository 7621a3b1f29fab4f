"""/draw: text to image with diffusers (SD 1.x, SD 2.x, SDXL, Turbo and LCM models) as a runtime generator family.

Model sources (the `model` option, config `[image] model`):
- a hub id (`stable-diffusion-v1-5/stable-diffusion-v1-5`): loaded from the standard Hugging Face cache only; `load()`
  never downloads. `genbot models pull <id>` (`pull_model`) fetches just the files a text-to-image pipeline needs
  (safetensors, the fp16 variant where the repo has one, no safety-checker weights);
- a local diffusers folder (with model_index.json);
- a single original-layout `.safetensors` checkpoint (most community fine-tunes): loaded with `from_single_file`; its
  component configs come from `single_file_config` (a folder or a cached hub id), by default the base model's repo
  for the detected architecture, which must be in the cache (`genbot models pull <base id> --config-only`).
Pickled checkpoints (`.ckpt`, `.bin`, `.pt`) run code when loaded and are refused unless `allow_pickle=True`;
`trust_remote_code` is never used.

Determinism: image k of a request (k = 0..count-1) uses seed `(request.seed + k) mod 2**32`, each image with its own
CPU `torch.Generator`, so a seed gives the same starting noise on every device and the same picture whether the
request ran alone or batched with others (batched runs differ only by float rounding, a unit or two per pixel).
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from generators.devices import resolve_device
from generators.image.preview import PREVIEW_SIZE, preview_png
from generators.image.profiles import (PROFILES, SCHEDULER_LABELS, SCHEDULERS, Profile, family_profile,
                                       profile_from_pipeline, validate)
from generators.image.provenance import fit_png, mark_and_encode, provenance_meta
from generators.models import ModelUnavailable
from generators.requests import MAX_SEED, Artifact, DrawRequest, Output, Request
from generators.runtime import NullSink, Progress, ProgressSink

log = logging.getLogger(__name__)

# The recommended default: SD 1.5 (the maintained copy of the removed runwayml repo). Best quality per GPU-second of
# the small models, 512 px, 25 DPM++ steps (about 1-2 s on a current GPU), a huge ecosystem of fine-tunes shared as
# single .safetensors files, 2 GB download in fp16. CreativeML OpenRAIL-M licence (use restrictions apply).
DEFAULT_MODEL = "stable-diffusion-v1-5/stable-diffusion-v1-5"
RECOMMENDED_MODELS: dict[str, str] = {
    DEFAULT_MODEL: "default: SD 1.5, 512 px, 25 steps; best quality for the compute on a GPU (CreativeML "
                   "OpenRAIL-M)",
    "stabilityai/sd-turbo": "speed: 1-4 steps at 512 px, no guidance/negative prompt; the choice for CPU-only hosts "
                            "(a few seconds per image) or very busy servers (Stability AI Community License)",
    "stabilityai/stable-diffusion-2-1": "SD 2.1, 768 px v-prediction (CreativeML OpenRAIL++-M)",
    "stabilityai/stable-diffusion-xl-base-1.0": "SDXL, 1024 px; clearly better images, about 4x the GPU time and "
                                                "8 GB+ of GPU memory (CreativeML OpenRAIL++-M)",
    "stabilityai/sdxl-turbo": "SDXL-Turbo, 1-4 steps at 512 px (Stability AI Community License)",
    "SimianLuo/LCM_Dreamshaper_v7": "LCM, 4-8 steps at 512 px",
}
PICKLE_SUFFIXES = (".ckpt", ".bin", ".pt", ".pth", ".pkl")
WEIGHT_SUFFIXES = (".safetensors", *PICKLE_SUFFIXES, ".msgpack", ".onnx", ".onnx_data", ".pb", ".h5", ".gguf")
CONFIG_SUFFIXES = (".json", ".txt", ".model")
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


def _dtype_kwargs(dtype: Any) -> dict[str, Any]:
    """diffusers renamed `torch_dtype` to `dtype` (0.36-ish; the old name warns); pass whichever it knows."""
    try:
        from diffusers.utils import deprecation_utils

        new = hasattr(deprecation_utils, "_resolve_dtype")
    except ImportError:
        new = False
    return {"dtype": dtype} if new else {"torch_dtype": dtype}


class ModelNotInstalled(ModelUnavailable):
    """The configured image model is not on this machine. The message says how to install it."""


class ModelDownloadError(RuntimeError):
    """`pull_model` could not download (offline, unknown repo, gated repo...). The message says what to do."""


def image_seed(seed: int, k: int) -> int:
    """The seed of image k of a request with seed `seed`."""
    return (seed + k) % (MAX_SEED + 1)


# -- model sources --

@dataclass(frozen=True)
class ModelSource:
    spec: str  # what the config said
    kind: str  # "hub" | "dir" | "single_file"
    path: Path | None  # the local folder or file, when there is one
    available: bool
    reason: str = ""  # why not available: an operator-facing sentence with the fix

    @property
    def label(self) -> str:
        """The model name written into image metadata (a file or folder name, never a full local path)."""
        return self.spec if self.kind == "hub" else Path(self.spec).name


def install_hint(spec: str) -> str:
    return (f"Install it with `genbot models pull {spec}` on a machine that can reach huggingface.co (then copy the "
            "Hugging Face cache if this machine is offline), or set [image] model to a local diffusers folder or "
            "a .safetensors file.")


def _looks_like_path(spec: str) -> bool:
    return (spec.startswith(("/", "./", "../", "~", "\\")) or spec.lower().endswith(WEIGHT_SUFFIXES)
            or (os.sep in spec and not _HUB_ID.match(spec)) or bool(re.match(r"^[A-Za-z]:[\\/]", spec)))


def cached_snapshot(repo_id: str, revision: str | None = None, cache_dir: str | None = None) -> Path | None:
    """The local snapshot folder of a hub model in the HF cache, or None. Never touches the network."""
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(repo_id, "model_index.json", cache_dir=cache_dir, revision=revision)
    return Path(found).parent if isinstance(found, str) else None


def _weights_present(folder: Path) -> tuple[bool, str]:
    """Check a diffusers folder has every component it lists, with safetensors weights where weights belong."""
    try:
        index = json.loads((folder / "model_index.json").read_text())
    except (OSError, ValueError) as exc:
        return False, f"{folder} has no readable model_index.json ({exc})."
    for name, value in index.items():
        if name.startswith("_") or not isinstance(value, list) or value[0] is None or name in ("safety_checker",):
            continue
        sub = folder / name
        if not sub.is_dir():
            return False, f"{folder} lacks its {name}/ folder (incomplete download?)."
        if name.startswith(("unet", "vae", "text_encoder", "transformer")) and not any(sub.glob("*.safetensors")):
            return False, (f"{sub} has no .safetensors weights (genbot loads safetensors only; pickled .bin weights "
                           "are refused).")
    return True, ""


def resolve_source(spec: str, *, revision: str | None = None, cache_dir: str | None = None,
                   allow_pickle: bool = False) -> ModelSource:
    """Where `spec` is on this machine, without loading or downloading anything."""
    if _looks_like_path(spec) or Path(spec).expanduser().exists():
        path = Path(spec).expanduser()
        if path.is_dir():
            ok, why = _weights_present(path)
            return ModelSource(spec, "dir", path, ok, why)
        if path.suffix.lower() in PICKLE_SUFFIXES:
            if not allow_pickle:
                return ModelSource(spec, "single_file", path, False,
                                   f"{path.name} is a pickled checkpoint, which can run arbitrary code when loaded; "
                                   "use a .safetensors version of it, or set [image] allow_pickle = true if you "
                                   "trust the file.")
        elif path.suffix.lower() != ".safetensors":
            return ModelSource(spec, "single_file", path, False,
                               f"{spec}: not a diffusers folder or a .safetensors checkpoint.")
        if not path.is_file():
            return ModelSource(spec, "single_file", path, False,
                               f"{path} does not exist. Set [image] model to an existing file or folder, or to a "
                               "hub id such as " + DEFAULT_MODEL + ".")
        return ModelSource(spec, "single_file", path, True)
    if not _HUB_ID.match(spec):
        return ModelSource(spec, "hub", None, False, f"{spec!r} is neither an existing path nor a hub id (owner/name).")
    snapshot = cached_snapshot(spec, revision, cache_dir)
    if snapshot is None:
        return ModelSource(spec, "hub", None, False, f"The image model {spec} is not installed. {install_hint(spec)}")
    ok, why = _weights_present(snapshot)
    if not ok:
        why = f"The image model {spec} is only partly installed: {why} {install_hint(spec)}"
    return ModelSource(spec, "hub", snapshot, ok, why)


def fp16_variant_only(folder: Path) -> bool:
    """True when some weight folder has only `*.fp16.safetensors` files (what `pull_model` fetches)."""
    for sub in folder.iterdir() if folder.is_dir() else ():
        if not sub.is_dir():
            continue
        names = [p.name for p in sub.glob("*.safetensors")]
        if names and all(_variant_of(n) == "fp16" for n in names):
            return True
    return False


def has_fp16_variant(folder: Path) -> bool:
    return any(_variant_of(p.name) == "fp16" for p in folder.glob("*/*.safetensors"))


def _variant_of(filename: str) -> str | None:
    """diffusers weight-file variant: 'x.fp16.safetensors' -> 'fp16'; sharded and index names too; None if plain."""
    name = filename.rsplit("/", 1)[-1]
    match = re.search(r"\.safetensors\.index(?:\.([\w-]+))?\.json$", name)
    if match:
        return match.group(1)
    for suffix in WEIGHT_SUFFIXES:
        if name.endswith(suffix):
            stem = re.sub(r"-\d{5}-of-\d{5}$", "", name[: -len(suffix)])
            return stem.split(".", 1)[1] if "." in stem else None
    return None


# -- downloading (genbot models pull) --

def select_files(filenames: Sequence[str], model_index: dict[str, Any] | None, *, config_only: bool = False,
                 include_safety_checker: bool = False, prefer_fp16: bool = True,
                 allow_pickle: bool = False) -> list[str]:
    """The files of a diffusers repo a text-to-image pipeline needs: model_index.json, each component's configs and
    tokenizer files, and one set of weights per component (the fp16 safetensors variant when present and
    `prefer_fp16`, else the plain safetensors; pickles only with `allow_pickle` and no safetensors), plus README and
    licence files. Never the repo's big single-file checkpoints, ONNX/Flax/OpenVINO exports or non-EMA weights."""
    if model_index is None:
        raise ModelDownloadError("This repo is not a diffusers model (it has no model_index.json). If it holds a "
                                 "single .safetensors checkpoint, download that file and set [image] model to it.")
    components = [name for name, value in model_index.items()
                  if not name.startswith("_") and isinstance(value, list) and value and value[0] is not None]
    if not include_safety_checker:
        components = [c for c in components if c != "safety_checker"]
    chosen = ["model_index.json"]
    for name in filenames:
        if "/" not in name and (name.lower().startswith(("readme", "license", "licence")) or name.endswith(".md")):
            chosen.append(name)
    for comp in components:
        files = [f for f in filenames if f.startswith(comp + "/") and f.count("/") == 1]
        chosen += [f for f in files if f.endswith(CONFIG_SUFFIXES) and ".safetensors.index" not in f
                   and ".bin.index" not in f]
        if config_only:
            continue
        weights = [f for f in files if f.endswith(".safetensors") or ".safetensors.index" in f]
        if not weights and allow_pickle:
            weights = [f for f in files if f.endswith(PICKLE_SUFFIXES) or ".bin.index" in f]
        if not weights:
            if any(f.endswith(PICKLE_SUFFIXES) for f in files):
                raise ModelDownloadError(
                    f"{comp}/ in this repo has only pickled weights (.bin), which can run code when loaded; genbot "
                    "refuses them unless [image] allow_pickle = true (and `--allow-pickle` when pulling).")
            continue  # tokenizer, scheduler, feature_extractor: configs only
        variants = {_variant_of(f) for f in weights}
        if prefer_fp16 and "fp16" in variants:
            pick = "fp16"
        elif None in variants:
            pick = None
        else:  # only variants, e.g. fp16 alone with prefer_fp16=False
            pick = "fp16" if "fp16" in variants else sorted(variants)[0]
        chosen += [f for f in weights if _variant_of(f) == pick]
    return list(dict.fromkeys(chosen))


def pull_model(model_id: str, progress: bool | Any = True, *, revision: str | None = None,
               cache_dir: str | None = None, config_only: bool = False, include_safety_checker: bool = False,
               prefer_fp16: bool = True, allow_pickle: bool = False, timeout: float = 10.0) -> Path:
    """Download a diffusers text-to-image model into the Hugging Face cache (`genbot models pull <id>`).

    `progress`: True for console progress bars, False for none, or a tqdm class. Fails fast, with a message that
    says what to do, when the hub cannot be reached (offline machine, HF_HUB_OFFLINE=1), the repo does not exist or
    is gated. Returns the local snapshot folder, which `load()` then finds by the same id.
    """
    from huggingface_hub import HfApi, constants, hf_hub_download, snapshot_download
    from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError

    if _looks_like_path(model_id) or not _HUB_ID.match(model_id):
        raise ModelDownloadError(f"{model_id!r} is not a hub id (owner/name); local files need no pull.")
    if constants.HF_HUB_OFFLINE:
        raise ModelDownloadError(f"Hugging Face offline mode is on (HF_HUB_OFFLINE), so {model_id} cannot be "
                                 "downloaded. Unset it, or copy the model folder here and point [image] model at it.")
    try:
        info = HfApi().model_info(model_id, revision=revision, files_metadata=True, timeout=timeout)
    except GatedRepoError as exc:
        raise ModelDownloadError(f"{model_id} is gated: accept its licence on huggingface.co and set HF_TOKEN. "
                                 f"({exc.__class__.__name__})") from exc
    except RepositoryNotFoundError as exc:
        raise ModelDownloadError(f"There is no model {model_id} on the Hugging Face hub (or it is private: set "
                                 "HF_TOKEN).") from exc
    except Exception as exc:  # connection refused, DNS, timeout, proxy...
        raise ModelDownloadError(
            f"Could not reach the Hugging Face hub to download {model_id} ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0][:200] if str(exc) else ''}). This machine may be offline: pull the model on "
            "a machine with network access and copy the Hugging Face cache (or the snapshot folder) here.") from exc
    names = [s.rfilename for s in info.siblings or ()]
    sizes = {s.rfilename: (s.size or 0) for s in info.siblings or ()}
    index = None
    if "model_index.json" in names:
        index_path = hf_hub_download(model_id, "model_index.json", revision=revision, cache_dir=cache_dir,
                                     etag_timeout=timeout)
        index = json.loads(Path(index_path).read_text())
    files = select_files(names, index, config_only=config_only, include_safety_checker=include_safety_checker,
                         prefer_fp16=prefer_fp16, allow_pickle=allow_pickle)
    total = sum(sizes.get(f, 0) for f in files)
    log.info("pulling %s@%s: %d files, %.2f GB", model_id, (info.sha or "")[:8], len(files), total / 1e9)
    kwargs: dict[str, Any] = {}
    if progress is False:
        from huggingface_hub.utils import disable_progress_bars

        disable_progress_bars()
    elif progress is not True:
        kwargs["tqdm_class"] = progress
    # the branch name, not info.sha: downloading by commit hash would not record refs/main, and load() looks the
    # model up by its id (and revision) in the cache
    folder = snapshot_download(model_id, revision=revision, allow_patterns=files, cache_dir=cache_dir,
                               etag_timeout=timeout, max_workers=4, **kwargs)
    return Path(folder)


# -- the runner --

class ImageRunner:
    """The "image" generator family: `load()` once, then `generate(batch, progress)` in the runtime's worker thread.

    Options (the lead maps `[image]` config keys onto them):
      model               hub id | diffusers folder | .safetensors file (DEFAULT_MODEL)
      device              auto | cpu | cuda | cuda:N
      dtype               auto (float16 on CUDA, float32 on CPU) | float16 | bfloat16 | float32
      revision, cache_dir hub revision and HF cache folder (None = the standard cache)
      single_file_config  folder or cached hub id with the diffusers configs for a single-file checkpoint
                          (None = the base repo diffusers picks for the checkpoint's architecture)
      allow_pickle        accept .ckpt/.bin checkpoints (they can run code when loaded); default False
      profile             "auto" or a PROFILES name to force the family defaults/limits
      preview_every       send a latent preview every N steps (0 = never); preview_size: its longest side in px
      max_batch_images    most images in one pipeline call (requests x count); larger batches run in chunks
      watermark           embed the invisible watermark (metadata is always written)
      file_limit          re-encode/downscale any PNG larger than this many bytes (Discord's default 10 MiB)
      compile_unet        torch.compile the UNet (slow first batches per shape; for long-running GPU hosts);
                          compile_mode: torch.compile mode
      cpu_offload         enable_model_cpu_offload (CUDA; for GPUs with little memory)
      vae_tiling, vae_slicing   decode in tiles / one image at a time (large sizes, large batches)
      safety_checker      load the model's own diffusers safety checker (blacks out flagged images; off by
                          default: genbot's safety module checks outputs)
      warmup              run one tiny generation in load() (default: only when compile_unet)
    """

    family = DrawRequest.family
    unit = "images"

    def __init__(self, model: str = DEFAULT_MODEL, *, device: str = "auto", dtype: str = "auto",
                 revision: str | None = None, cache_dir: str | None = None, single_file_config: str | None = None,
                 allow_pickle: bool = False, profile: str = "auto", preview_every: int = 5,
                 preview_size: int = PREVIEW_SIZE, max_batch_images: int = 8, watermark: bool = True,
                 file_limit: int = 10 * 1024 * 1024, compile_unet: bool = False, compile_mode: str | None = None,
                 cpu_offload: bool = False, vae_tiling: bool = False, vae_slicing: bool = False,
                 safety_checker: bool = False, warmup: bool | None = None) -> None:
        if profile != "auto" and profile not in PROFILES:
            raise ValueError(f"profile must be auto or one of {', '.join(PROFILES)}")
        if dtype not in ("auto", "float16", "bfloat16", "float32"):
            raise ValueError("dtype must be auto, float16, bfloat16 or float32")
        self.model = str(model)
        self.device = device
        self.dtype = dtype
        self.units_generated = 0  # images made so far (the genbot_generated_total metric)
        self.revision = revision
        self.cache_dir = cache_dir
        self.single_file_config = single_file_config
        self.allow_pickle = allow_pickle
        self.profile_name = profile
        self.preview_every = max(0, int(preview_every))
        self.preview_size = preview_size
        self.max_batch_images = max(1, int(max_batch_images))
        self.watermark = watermark
        self.file_limit = file_limit
        self.compile_unet = compile_unet
        self.compile_mode = compile_mode
        self.cpu_offload = cpu_offload
        self.vae_tiling = vae_tiling
        self.vae_slicing = vae_slicing
        self.safety_checker = safety_checker
        self.warmup = compile_unet if warmup is None else warmup
        self.pipe: Any = None
        self.source: ModelSource | None = None
        self._profile: Profile | None = None
        self._device: str | None = None
        self._base_scheduler: Any = None
        self._schedulers: dict[str, Any] = {}
        self._call_params: set[str] = set()

    # -- describing (never loads or downloads) --

    def resolve(self) -> ModelSource:
        return resolve_source(self.model, revision=self.revision, cache_dir=self.cache_dir,
                              allow_pickle=self.allow_pickle)

    @property
    def profile(self) -> Profile:
        """The family profile: from the loaded pipeline, else from the model's config files, else from its name."""
        if self.profile_name != "auto":
            return PROFILES[self.profile_name]
        if self._profile is not None:
            return self._profile
        source = self.resolve()
        return family_profile(source.path if source.available and source.path else self.model)

    def describe(self) -> dict[str, Any]:
        source = self.resolve()
        device = resolve_device(self.device)
        info: dict[str, Any] = {"source": self.model, "kind": source.kind, "available": source.available,
                                "device": device, "dtype": self._dtype_name(device), "profile": self.profile.name,
                                "loaded": self.pipe is not None}
        if source.path is not None:
            info["path"] = str(source.path)
        if not source.available:
            info["reason"] = source.reason
        return info

    def _dtype_name(self, device: str) -> str:
        if self.dtype != "auto":
            return self.dtype
        return "float16" if device.startswith("cuda") else "float32"

    # -- loading --

    def load(self) -> None:
        import torch
        from diffusers.utils import logging as diffusers_logging

        diffusers_logging.disable_progress_bar()  # "Loading pipeline components" bars would flood the bot's log

        source = self.resolve()
        if not source.available:
            raise ModelNotInstalled(source.reason)
        device = resolve_device(self.device)
        dtype = getattr(torch, self._dtype_name(device))
        assert source.path is not None
        if source.kind == "single_file":
            pipe = self._load_single_file(source.path, dtype)
        else:
            pipe = self._load_folder(source.path, dtype)
        pipe.set_progress_bar_config(disable=True)
        if self.cpu_offload and device.startswith("cuda"):
            pipe.enable_model_cpu_offload(device=device)
        else:
            pipe.to(device)
        vae = getattr(pipe, "vae", None)
        if vae is not None:
            if self.vae_tiling:
                vae.enable_tiling()
            if self.vae_slicing:
                vae.enable_slicing()
        if self.compile_unet and getattr(pipe, "unet", None) is not None:
            pipe.unet = torch.compile(pipe.unet, mode=self.compile_mode)
        self.pipe = pipe
        self.source = source
        self._device = device
        self._base_scheduler = pipe.scheduler
        self._schedulers = {"model": pipe.scheduler}
        self._call_params = set(inspect.signature(pipe.__call__).parameters)
        self._profile = None if self.profile_name != "auto" else profile_from_pipeline(pipe, name=self._name_hint())
        log.info("image model %s loaded on %s (%s, profile %s)", self.model, device, dtype, self.profile.name)
        if self.warmup:
            width, height = self.profile.default_size
            self.generate([DrawRequest(prompt="warm-up", steps=min(2, self.profile.steps_max), seed=0,
                                       width=width, height=height,
                                       guidance_scale=self.profile.guidance_default)], NullSink())

    def _name_hint(self) -> str:
        source = self.source
        return f"{self.model} {source.path if source and source.path else ''}"

    def _pipeline_kwargs(self, index: dict[str, Any]) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if "safety_checker" in index and not self.safety_checker:
            kwargs["safety_checker"] = None
            kwargs["requires_safety_checker"] = False
        if "XL" in str(index.get("_class_name", "")):
            kwargs["add_watermarker"] = False  # genbot applies its own watermark; two would interfere
        return kwargs

    def _load_folder(self, folder: Path, dtype: Any) -> Any:
        import torch
        from diffusers import AutoPipelineForText2Image

        index = json.loads((folder / "model_index.json").read_text())
        variant = None
        if fp16_variant_only(folder) or (dtype == torch.float16 and has_fp16_variant(folder)):
            variant = "fp16"
        try:
            return AutoPipelineForText2Image.from_pretrained(
                folder, **_dtype_kwargs(dtype), variant=variant, use_safetensors=True, local_files_only=True,
                **self._pipeline_kwargs(index))
        except (OSError, ValueError) as exc:
            hint = install_hint(self.model) if _HUB_ID.match(self.model) else "Check the folder or re-create it."
            raise ModelNotInstalled(f"The image model {self.model} could not be loaded from {folder}: {exc} "
                                    f"{hint}") from exc

    def _load_single_file(self, file: Path, dtype: Any) -> Any:
        from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline
        from diffusers.loaders.single_file_utils import DIFFUSERS_DEFAULT_PIPELINE_PATHS

        from generators.image.profiles import single_file_model_type

        model_type = "v1"
        if file.suffix.lower() == ".safetensors":
            model_type = single_file_model_type(file)
        xl = model_type.startswith("xl") or model_type.startswith("playground")
        cls = StableDiffusionXLPipeline if xl else StableDiffusionPipeline
        config_spec = self.single_file_config or DIFFUSERS_DEFAULT_PIPELINE_PATHS.get(
            model_type, DIFFUSERS_DEFAULT_PIPELINE_PATHS["v1"])["pretrained_model_name_or_path"]
        config_dir = Path(config_spec).expanduser()
        if not config_dir.is_dir():
            cached = cached_snapshot(config_spec, cache_dir=self.cache_dir) if _HUB_ID.match(config_spec) else None
            if cached is None:
                raise ModelNotInstalled(
                    f"{file.name} is a single-file checkpoint ({model_type}); loading it needs the configs of its "
                    f"base model {config_spec}, which are not installed. Run `genbot models pull {config_spec} "
                    "--config-only` (a few hundred KB), or set [image] single_file_config to a local diffusers "
                    "folder of the same architecture.")
            config_dir = cached
        index = json.loads((config_dir / "model_index.json").read_text())
        kwargs = self._pipeline_kwargs(index)
        if not xl:
            kwargs.pop("add_watermarker", None)
        try:
            return cls.from_single_file(str(file), config=str(config_dir), local_files_only=True,
                                        **_dtype_kwargs(dtype), **kwargs)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelNotInstalled(f"The checkpoint {file} could not be loaded with the configs in {config_dir}: "
                                    f"{exc}") from exc

    # -- generating --

    def _scheduler(self, name: str) -> Any:
        if name not in self._schedulers:
            import diffusers

            class_name, extra, _ = SCHEDULERS[name]
            cls = getattr(diffusers, class_name)
            self._schedulers[name] = cls.from_config(self._base_scheduler.config, **extra)
        return self._schedulers[name]

    def generate(self, requests: Sequence[Request], progress: ProgressSink) -> list[Output]:
        assert self.pipe is not None, "load() first"
        reqs: list[DrawRequest] = []
        for request in requests:
            assert isinstance(request, DrawRequest), type(request)
            reqs.append(request.with_seed())  # type: ignore[arg-type]
        profile = self.profile
        for request in reqs:
            validate(request, profile)  # the front end validates first; this guards direct callers
        keys = {r.batch_key() for r in reqs}
        if len(keys) > 1:
            raise ValueError(f"one batch must share DrawRequest.batch_key(); got {keys}")
        scheduler = profile.resolve_scheduler(reqs[0].scheduler)
        self.pipe.scheduler = self._scheduler(scheduler)
        outputs = [Output() for _ in reqs]
        live = [i for i in range(len(reqs)) if progress.wanted(i)]
        for chunk in self._chunks(live, reqs):
            progress.check()
            images = self._run(chunk, reqs, scheduler, progress)
            encoded = self._encode_all([(reqs[i], k, image) for i, imgs in zip(chunk, images)
                                        for k, image in enumerate(imgs)], scheduler)
            for index in chunk:
                outputs[index] = self._output(reqs[index], [encoded.pop(0) for _ in range(reqs[index].count)],
                                              scheduler)
                self.units_generated += reqs[index].count
        return outputs

    def _chunks(self, live: list[int], reqs: list[DrawRequest]) -> list[list[int]]:
        chunks: list[list[int]] = []
        current: list[int] = []
        size = 0
        for index in live:
            count = reqs[index].count
            if current and size + count > self.max_batch_images:
                chunks.append(current)
                current, size = [], 0
            current.append(index)
            size += count
        if current:
            chunks.append(current)
        return chunks

    def _run(self, chunk: list[int], reqs: list[DrawRequest], scheduler: str, progress: ProgressSink) -> list[list]:
        import torch

        first = reqs[chunk[0]]
        profile = self.profile
        prompts: list[str] = []
        negatives: list[str] = []
        generators: list[Any] = []
        offsets: dict[int, int] = {}
        for index in chunk:
            request = reqs[index]
            offsets[index] = len(prompts)
            for k in range(request.count):
                prompts.append(request.prompt)
                negatives.append(request.negative_prompt)
                generators.append(torch.Generator("cpu").manual_seed(image_seed(request.seed, k)))
        steps = first.steps
        factors, bias = profile.latent_rgb, profile.latent_rgb_bias

        def on_step_end(pipe: Any, step_index: int, timestep: Any, tensors: dict[str, Any]) -> dict[str, Any]:
            progress.check()
            total = int(getattr(pipe, "num_timesteps", None) or steps)
            step = step_index + 1
            for index in chunk:
                if progress.wanted(index):
                    progress(index, Progress("step", step=step, total=total))
            if self.preview_every and step % self.preview_every == 0 and step < total and "latents" in tensors:
                latents = tensors["latents"]
                for index in chunk:
                    if progress.wanted(index):
                        png = preview_png(latents[offsets[index]], factors, bias, self.preview_size)
                        progress(index, Progress("preview", step=step, total=total, preview=png))
            return tensors

        kwargs: dict[str, Any] = {"prompt": prompts, "num_inference_steps": steps, "width": first.width,
                                  "height": first.height, "guidance_scale": float(first.guidance_scale),
                                  "generator": generators, "output_type": "pil"}
        if "negative_prompt" in self._call_params and first.guidance_scale > 1.0:
            kwargs["negative_prompt"] = negatives
        if "callback_on_step_end" in self._call_params:
            kwargs["callback_on_step_end"] = on_step_end
            kwargs["callback_on_step_end_tensor_inputs"] = ["latents"]
        with torch.inference_mode():
            result = self.pipe(**kwargs)
        images = list(result.images)
        return [images[offsets[i]: offsets[i] + reqs[i].count] for i in chunk]

    def _encode_one(self, request: DrawRequest, k: int, image: Any, scheduler: str) -> Artifact:
        assert self.source is not None
        seed = image_seed(request.seed, k)
        meta = provenance_meta(
            prompt=request.prompt, negative_prompt=request.negative_prompt, seed=seed, request_seed=request.seed,
            index=k, count=request.count, steps=request.steps, guidance_scale=float(request.guidance_scale),
            width=request.width, height=request.height, scheduler=scheduler,
            scheduler_label=SCHEDULER_LABELS.get(scheduler, scheduler), model=self.source.label,
            profile=self.profile.name)
        png, meta = mark_and_encode(image, meta, watermark=self.watermark)
        if self.file_limit and len(png) > self.file_limit:
            png = fit_png(png, self.file_limit)
        return Artifact(f"draw-{seed}.png", png, "image/png", f"AI-generated image: {request.prompt}"[:1024])

    def _encode_all(self, jobs: list[tuple[DrawRequest, int, Any]], scheduler: str) -> list[Artifact]:
        """Watermark and PNG-encode a batch's images in parallel: numpy's SVD, OpenCV and zlib release the GIL, and
        this runs while the GPU waits, so it is worth the threads."""
        workers = min(len(jobs), os.cpu_count() or 1, 8)
        if workers <= 1:
            return [self._encode_one(r, k, image, scheduler) for r, k, image in jobs]
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="genbot-png") as pool:
            return list(pool.map(lambda job: self._encode_one(job[0], job[1], job[2], scheduler), jobs))

    def _output(self, request: DrawRequest, files: list[Artifact], scheduler: str) -> Output:
        assert self.source is not None
        seeds = [image_seed(request.seed, k) for k in range(len(files))]
        label = SCHEDULER_LABELS.get(scheduler, scheduler)
        noun = "image" if request.count == 1 else "images"
        seed_text = str(request.seed) if request.count == 1 else f"{request.seed}-{seeds[-1]}"
        text = (f"{request.count} {noun} · {request.width}x{request.height} · {request.steps} steps · {label} · "
                f"guidance {request.guidance_scale:g} · seed {seed_text} · {self.source.label} · AI-generated")
        return Output(text=text, files=tuple(files), meta={
            "model": self.source.label, "profile": self.profile.name, "seed": request.seed, "seeds": seeds,
            "steps": request.steps, "guidance_scale": float(request.guidance_scale), "width": request.width,
            "height": request.height, "scheduler": scheduler, "count": request.count,
            "negative_prompt": request.negative_prompt,
            "watermarked": self.watermark and request.width * request.height >= 256 * 256})


