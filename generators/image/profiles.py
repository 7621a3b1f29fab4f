"""Per-model-family defaults and limits for /draw, as data the front end can read, and request validation.

`family_profile(x)` accepts a loaded diffusers pipeline, a model folder, a single-file checkpoint or a hub id and
returns a frozen `Profile`: the size buckets the family was trained for, step range and default, guidance default and
range, and the schedulers offered. `validate(request, profile)` raises `InvalidRequest` with a clear message (and
`code`/`params` for localization) when a `DrawRequest` does not fit. `profile.defaults()` gives the values a front end
fills in for options the user left out; `draw_request(profile, prompt, **options)` builds a request with them.

Scheduler names (`SCHEDULERS`) map to diffusers scheduler classes; `default` means the family's default and `model`
means the scheduler the model ships with, unchanged.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generators.requests import MAX_DRAW_COUNT, MAX_STEPS, DrawRequest, InvalidRequest

# name -> (diffusers class, extra from_config kwargs, label shown to users and written to the "parameters" chunk)
SCHEDULERS: dict[str, tuple[str, dict[str, Any], str]] = {
    "dpmpp_2m": ("DPMSolverMultistepScheduler", {"algorithm_type": "dpmsolver++", "solver_order": 2,
                                                 "use_karras_sigmas": False}, "DPM++ 2M"),
    "dpmpp_2m_karras": ("DPMSolverMultistepScheduler", {"algorithm_type": "dpmsolver++", "solver_order": 2,
                                                        "use_karras_sigmas": True}, "DPM++ 2M Karras"),
    "euler_a": ("EulerAncestralDiscreteScheduler", {}, "Euler a"),
    "euler": ("EulerDiscreteScheduler", {}, "Euler"),
    "ddim": ("DDIMScheduler", {}, "DDIM"),
    "unipc": ("UniPCMultistepScheduler", {}, "UniPC"),
    "pndm": ("PNDMScheduler", {"skip_prk_steps": True}, "PNDM"),
    "lcm": ("LCMScheduler", {}, "LCM"),
    "model": ("", {}, "the model's own"),  # keep the scheduler the model ships with
}
SCHEDULER_LABELS = {name: label for name, (_, _, label) in SCHEDULERS.items()}

_SD_SCHEDULERS = ("default", "dpmpp_2m", "dpmpp_2m_karras", "euler_a", "euler", "ddim", "unipc", "pndm", "model")

# SD 1.x and SD 2.x share a VAE: the same 4x3 latent -> RGB approximation; SDXL's VAE has its own (with a bias).
SD_LATENT_RGB = ((0.3512, 0.2297, 0.3227), (0.3250, 0.4974, 0.2350), (-0.2829, 0.1762, 0.2721),
                 (-0.2120, -0.2616, -0.7177))
SDXL_LATENT_RGB = ((0.3651, 0.4232, 0.4341), (-0.2533, -0.0042, 0.1068), (0.1076, 0.1111, -0.0362),
                   (-0.3165, -0.2492, -0.2188))
SDXL_LATENT_RGB_BIAS = (0.1084, -0.0175, -0.0011)

SIZES_512 = ((512, 512), (512, 768), (768, 512), (512, 640), (640, 512))
SIZES_768 = ((768, 768), (640, 896), (896, 640), (576, 1024), (1024, 576))
# SDXL's published training buckets around one megapixel
SIZES_1024 = ((1024, 1024), (896, 1152), (1152, 896), (832, 1216), (1216, 832), (768, 1344), (1344, 768))


@dataclass(frozen=True)
class Profile:
    """What a model family accepts. `sizes[0]` is the default size; with `strict_sizes` only listed sizes pass."""

    name: str
    label: str
    sizes: tuple[tuple[int, int], ...]
    steps_default: int
    steps_max: int
    guidance_default: float
    steps_min: int = 1
    guidance_min: float = 0.0
    guidance_max: float = 20.0
    schedulers: tuple[str, ...] = _SD_SCHEDULERS
    default_scheduler: str = "dpmpp_2m"
    strict_sizes: bool = True
    size_multiple: int = 8  # when sizes are free: each side a multiple of this ...
    max_pixels: int = 1024 * 1024  # ... and at most this many pixels
    max_count: int = MAX_DRAW_COUNT
    latent_rgb: tuple[tuple[float, float, float], ...] = SD_LATENT_RGB
    latent_rgb_bias: tuple[float, float, float] = (0.0, 0.0, 0.0)
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def default_size(self) -> tuple[int, int]:
        return self.sizes[0]

    @property
    def uses_guidance(self) -> bool:
        """False for distilled models (Turbo) that run without classifier-free guidance."""
        return self.guidance_max > 1.0

    def defaults(self) -> dict[str, Any]:
        """Values for the options a user left out, keyed like `DrawRequest` fields."""
        width, height = self.default_size
        return {"steps": self.steps_default, "guidance_scale": self.guidance_default, "width": width,
                "height": height, "scheduler": "default"}

    def size_choices(self) -> list[str]:
        """The sizes as "WxH" strings (slash-command choices)."""
        return [f"{w}x{h}" for w, h in self.sizes]

    def resolve_scheduler(self, name: str) -> str:
        """`default` -> the family's default scheduler name; other names pass through."""
        return self.default_scheduler if name == "default" else name

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "sizes": [list(s) for s in self.sizes],
                "default_size": list(self.default_size), "strict_sizes": self.strict_sizes,
                "size_multiple": self.size_multiple, "max_pixels": self.max_pixels,
                "steps_min": self.steps_min, "steps_default": self.steps_default, "steps_max": self.steps_max,
                "guidance_min": self.guidance_min, "guidance_default": self.guidance_default,
                "guidance_max": self.guidance_max, "schedulers": list(self.schedulers),
                "default_scheduler": self.default_scheduler, "max_count": self.max_count, "notes": self.notes}


PROFILES: dict[str, Profile] = {p.name: p for p in (
    Profile("sd15", "Stable Diffusion 1.x", SIZES_512, steps_default=25, steps_max=60, guidance_default=7.0,
            notes="512-class; other sizes repeat subjects or lose composition."),
    Profile("sd2-base", "Stable Diffusion 2.x base (512)", SIZES_512, steps_default=25, steps_max=60,
            guidance_default=7.0),
    Profile("sd2", "Stable Diffusion 2.x (768-v)", SIZES_768, steps_default=25, steps_max=60, guidance_default=7.0,
            notes="v-prediction at 768 px; 512 px output from it is poor."),
    Profile("sdxl", "Stable Diffusion XL", SIZES_1024, steps_default=30, steps_max=60, guidance_default=6.0,
            latent_rgb=SDXL_LATENT_RGB, latent_rgb_bias=SDXL_LATENT_RGB_BIAS,
            notes="1024-class buckets; about 4x the work of SD 1.5 per image."),
    Profile("sd-turbo", "SD-Turbo (distilled SD 2.1)", ((512, 512),), steps_default=1, steps_max=4,
            guidance_default=0.0, guidance_max=0.0, schedulers=("default", "model", "euler_a", "euler"),
            default_scheduler="model",
            notes="1-4 steps without guidance; negative prompts have no effect."),
    Profile("sdxl-turbo", "SDXL-Turbo", ((512, 512),), steps_default=1, steps_max=4, guidance_default=0.0,
            guidance_max=0.0, schedulers=("default", "model", "euler_a", "euler"), default_scheduler="model",
            latent_rgb=SDXL_LATENT_RGB, latent_rgb_bias=SDXL_LATENT_RGB_BIAS,
            notes="1-4 steps at 512 px without guidance; negative prompts have no effect."),
    Profile("lcm", "Latent Consistency Model (SD 1.5)", SIZES_512, steps_default=4, steps_min=2, steps_max=8,
            guidance_default=8.0, guidance_max=15.0, schedulers=("default", "lcm"), default_scheduler="lcm",
            notes="Guidance is embedded in the model (no negative prompt); 4-8 steps."),
    Profile("lcm-sdxl", "Latent Consistency Model (SDXL)", SIZES_1024, steps_default=4, steps_min=2, steps_max=8,
            guidance_default=8.0, guidance_max=15.0, schedulers=("default", "lcm"), default_scheduler="lcm",
            latent_rgb=SDXL_LATENT_RGB, latent_rgb_bias=SDXL_LATENT_RGB_BIAS),
)}


def custom_profile(native: int, base: Profile | None = None) -> Profile:
    """A profile for an unrecognised architecture (fine-tunes with odd widths, the tests' tiny model): free sizes,
    multiples of 64 up to the larger of 1 megapixel and the native size squared; the base family's other limits."""
    base = base or PROFILES["sd15"]
    native = max(64, native // 8 * 8)
    return replace(base, name="custom", label=f"custom ({native} px)", sizes=((native, native),),
                   strict_sizes=False, size_multiple=64 if native >= 64 else 8,
                   max_pixels=max(1024 * 1024, native * native), notes="unrecognised architecture; sizes not checked "
                   "against training buckets")


# -- detection --

_NAME_RULES: tuple[tuple[str, str], ...] = (
    (r"sdxl[-_]?turbo", "sdxl-turbo"),
    (r"sd[-_]?turbo", "sd-turbo"),
    (r"lcm.*(xl|sdxl)|(xl|sdxl).*lcm", "lcm-sdxl"),
    (r"(^|[/_-])lcm", "lcm"),
    (r"stable-diffusion-2(-1)?-base|2-base|sd2.*base", "sd2-base"),
    (r"stable-diffusion-2|sd2|sd-2", "sd2"),
    (r"xl", "sdxl"),
)


def profile_from_name(name: str) -> Profile:
    """Best guess from a hub id or file name (used before a model is installed)."""
    low = name.lower()
    for pattern, family in _NAME_RULES:
        if re.search(pattern, low):
            return PROFILES[family]
    return PROFILES["sd15"]


def profile_from_configs(model_index: dict[str, Any], unet: dict[str, Any] | None,
                         scheduler: dict[str, Any] | None = None, name: str = "",
                         vae_scale_factor: int = 8) -> Profile:
    """Detect the family from a diffusers folder's configs (model_index.json, unet/config.json, scheduler config)."""
    cls = str(model_index.get("_class_name", ""))
    sched_cls = str((scheduler or {}).get("_class_name", ""))
    low = name.lower()
    xl = "XL" in cls
    if "LatentConsistency" in cls or sched_cls == "LCMScheduler":
        return PROFILES["lcm-sdxl" if xl else "lcm"]
    # Turbo models ship an Euler scheduler with "trailing" timesteps (for 1-4 step sampling); base models do not.
    trailing_euler = (sched_cls in ("EulerDiscreteScheduler", "EulerAncestralDiscreteScheduler")
                      and (scheduler or {}).get("timestep_spacing") == "trailing")
    if "turbo" in low or trailing_euler:
        return PROFILES["sdxl-turbo" if xl else "sd-turbo"]
    if xl:
        return PROFILES["sdxl"]
    if unet is None:
        return profile_from_name(name)
    cross = unet.get("cross_attention_dim")
    sample = int(unet.get("sample_size") or 64)
    if cross == 768 and sample == 64:
        return PROFILES["sd15"]
    if cross == 1024:
        if sample >= 96:
            return PROFILES["sd2"]
        return PROFILES["sd2-base"]
    return custom_profile(sample * vae_scale_factor)


def profile_from_folder(path: Path) -> Profile:
    def read(rel: str) -> dict[str, Any] | None:
        file = path / rel
        return json.loads(file.read_text()) if file.is_file() else None

    index = read("model_index.json") or {}
    unet = read("unet/config.json")
    vae = read("vae/config.json")
    scale = 2 ** (len(vae["block_out_channels"]) - 1) if vae and vae.get("block_out_channels") else 8
    return profile_from_configs(index, unet, read("scheduler/scheduler_config.json"), name=str(path),
                                vae_scale_factor=scale)


def single_file_model_type(path: Path) -> str:
    """diffusers' model type for an original-layout checkpoint ('v1', 'v2', 'xl_base', ...), read from the
    safetensors header only (no tensor data loaded)."""
    from diffusers.loaders.single_file_utils import CHECKPOINT_KEY_NAMES, infer_diffusers_model_type
    from safetensors import safe_open

    class _Shapes(dict):  # what infer_diffusers_model_type needs: `key in d` and `d[key].shape`
        pass

    class _Shape:
        def __init__(self, shape: list[int]) -> None:
            self.shape = tuple(shape)

    wanted: set[str] = set()
    for value in CHECKPOINT_KEY_NAMES.values():
        wanted.update(value if isinstance(value, (list, tuple)) else [value])
    shapes = _Shapes()
    with safe_open(str(path), framework="pt") as f:
        for key in f.keys():
            if key in wanted:
                shapes[key] = _Shape(f.get_slice(key).get_shape())
    return infer_diffusers_model_type(shapes)


_SINGLE_FILE_FAMILY = {"v1": "sd15", "v2": "sd2", "xl_base": "sdxl", "inpainting": "sd15", "playground-v2-5": "sdxl"}


def profile_from_single_file(path: Path) -> Profile:
    try:
        model_type = single_file_model_type(path)
    except Exception:  # unreadable header: guess from the name
        return profile_from_name(path.name)
    family = _SINGLE_FILE_FAMILY.get(model_type)
    if family is None:
        return profile_from_name(path.name)
    guess = profile_from_name(path.name)  # "...turbo..." / "...lcm..." fine-tunes keep their base architecture
    if guess.name in ("sd-turbo", "sdxl-turbo", "lcm", "lcm-sdxl") and ("xl" in guess.name) == (family == "sdxl"):
        return guess
    return PROFILES[family]


def profile_from_pipeline(pipe: Any, name: str = "") -> Profile:
    configs = {"_class_name": type(pipe).__name__}
    unet = getattr(pipe, "unet", None)
    scheduler = getattr(pipe, "scheduler", None)
    scale = int(getattr(pipe, "vae_scale_factor", 8) or 8)
    return profile_from_configs(configs, dict(unet.config) if unet is not None else None,
                                dict(scheduler.config) if scheduler is not None else None, name=name,
                                vae_scale_factor=scale)


def family_profile(model: Any) -> Profile:
    """The profile for a loaded pipeline, a model folder, a `.safetensors` checkpoint or a hub id / profile name."""
    if isinstance(model, Profile):
        return model
    if not isinstance(model, (str, Path)):
        return profile_from_pipeline(model)
    if isinstance(model, str) and model in PROFILES:
        return PROFILES[model]
    path = Path(model).expanduser()
    if path.is_dir():
        return profile_from_folder(path)
    if path.is_file() and path.suffix == ".safetensors":
        return profile_from_single_file(path)
    return profile_from_name(str(model))


# -- validation --

def _fmt_sizes(sizes: tuple[tuple[int, int], ...]) -> str:
    return ", ".join(f"{w}x{h}" for w, h in sizes)


def validate(request: DrawRequest, profile: Profile) -> None:
    """Raise `InvalidRequest` when `request` does not fit `profile`. Checks what `DrawRequest` cannot know alone."""
    size = (request.width, request.height)
    if profile.strict_sizes:
        if size not in profile.sizes:
            raise InvalidRequest(
                "size", "bad_size",
                f"{request.width}x{request.height} is not a size {profile.label} was trained for; "
                f"choose one of {_fmt_sizes(profile.sizes)}.",
                width=request.width, height=request.height, sizes=profile.size_choices())
    else:
        m = profile.size_multiple
        if request.width % m or request.height % m:
            raise InvalidRequest("size", "bad_size", f"width and height must be multiples of {m} for this model.",
                                 width=request.width, height=request.height, multiple=m)
        if request.width * request.height > profile.max_pixels:
            raise InvalidRequest(
                "size", "too_large",
                f"{request.width}x{request.height} is too large for this model; at most {profile.max_pixels} pixels "
                f"(e.g. {int(profile.max_pixels ** 0.5) // m * m}x{int(profile.max_pixels ** 0.5) // m * m}).",
                width=request.width, height=request.height, max_pixels=profile.max_pixels)
    if not profile.steps_min <= request.steps <= profile.steps_max:
        raise InvalidRequest(
            "steps", "out_of_range",
            f"steps must be between {profile.steps_min} and {profile.steps_max} for {profile.label} "
            f"(default {profile.steps_default}).",
            low=profile.steps_min, high=profile.steps_max, default=profile.steps_default)
    if not profile.guidance_min <= request.guidance_scale <= profile.guidance_max:
        if profile.guidance_max == profile.guidance_min:
            message = (f"{profile.label} is distilled to run without guidance: guidance_scale must be "
                       f"{profile.guidance_max:g}.")
        else:
            message = (f"guidance_scale must be between {profile.guidance_min:g} and {profile.guidance_max:g} for "
                       f"{profile.label} (default {profile.guidance_default:g}).")
        raise InvalidRequest("guidance_scale", "out_of_range", message, low=profile.guidance_min,
                             high=profile.guidance_max, default=profile.guidance_default)
    if request.scheduler not in profile.schedulers:
        raise InvalidRequest(
            "scheduler", "bad_choice",
            f"scheduler {request.scheduler!r} is not available for {profile.label}; "
            f"choose one of: {', '.join(profile.schedulers)}.", choices=list(profile.schedulers))
    if request.negative_prompt.strip() and request.guidance_scale <= 1.0 and not profile.name.startswith("lcm"):
        raise InvalidRequest(
            "negative_prompt", "needs_guidance",
            "negative_prompt only works with guidance: raise guidance_scale above 1 or leave negative_prompt empty.")
    if profile.name.startswith("lcm") and request.negative_prompt.strip():
        raise InvalidRequest("negative_prompt", "unsupported",
                             f"{profile.label} does not use a negative prompt; leave it empty.")
    if request.count > profile.max_count:
        raise InvalidRequest("count", "out_of_range", f"count must be between 1 and {profile.max_count}.",
                             low=1, high=profile.max_count)


def parse_size(text: str) -> tuple[int, int]:
    """"512x768" (or "512×768", "512*768") -> (512, 768); raises InvalidRequest."""
    match = re.fullmatch(r"\s*(\d{2,4})\s*[x×X*]\s*(\d{2,4})\s*", text or "")
    if not match:
        raise InvalidRequest("size", "bad_size", "size must look like 512x768 (width x height).")
    return int(match.group(1)), int(match.group(2))


def draw_request(profile: Profile, prompt: str, **options: Any) -> DrawRequest:
    """A DrawRequest with the profile's defaults for options that are missing or None, validated against it."""
    values = {k: v for k, v in options.items() if v is not None}
    if "size" in values:
        width, height = parse_size(values.pop("size"))
        if not all(64 <= v <= 2048 and v % 8 == 0 for v in (width, height)):  # DrawRequest would blame "width"
            raise InvalidRequest(
                "size", "bad_size",
                f"{width}x{height} is not a size {profile.label} can draw; choose one of "
                f"{_fmt_sizes(profile.sizes)}." if profile.strict_sizes else
                f"{width}x{height} is not a size {profile.label} can draw: width and height must be multiples of 8 "
                f"between 64 and 2048.",
                width=width, height=height, sizes=profile.size_choices())
        values["width"], values["height"] = width, height
    request = DrawRequest(prompt=prompt, **{**profile.defaults(), **values})
    validate(request, profile)
    return request


__all__ = ["MAX_STEPS", "PROFILES", "Profile", "SCHEDULERS", "SCHEDULER_LABELS", "custom_profile", "draw_request",
           "family_profile", "parse_size", "profile_from_name", "validate"]
