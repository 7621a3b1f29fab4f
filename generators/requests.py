"""Typed, frozen requests and results shared by every generator and front end.

Parameter names follow diffusers/transformers (`prompt`, `seed`, `steps`, ...): a slash-command option, a config key,
a request field and a metric label for the same thing share its name.
"""

from __future__ import annotations

import dataclasses
import enum
import secrets
from dataclasses import dataclass, field
from typing import Any, ClassVar, Hashable

MAX_SEED = 2**32 - 1
DIGIT_MODELS = ("gan", "vae")
MAX_DIGIT_COUNT = 64
MAX_NEW_TOKENS = 1024
MAX_DRAW_COUNT = 4
MAX_STEPS = 150


class JobStatus(str, enum.Enum):
    """Terminal states. Every job ends in exactly one of them."""

    DONE = "done"
    REJECTED = "rejected"  # never queued: queue full, per-user cap, shutting down
    BLOCKED = "blocked"  # the safety policy refused the prompt or the output
    CANCELLED = "cancelled"
    TIMED_OUT = "timed_out"
    FAILED = "failed"


class InvalidRequest(ValueError):
    """A request option is out of range or malformed. `code` and `params` let front ends localize the message."""

    def __init__(self, param: str, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.param = param
        self.code = code
        self.params = {"param": param, **params}


def new_seed() -> int:
    return secrets.randbelow(MAX_SEED + 1)


def _check_seed(seed: int | None) -> None:
    if seed is not None and not (isinstance(seed, int) and 0 <= seed <= MAX_SEED):
        raise InvalidRequest("seed", "out_of_range", f"seed must be between 0 and {MAX_SEED}.", low=0, high=MAX_SEED)


POLICY_LEVELS = ("strict", "standard", "nsfw")


@dataclass(frozen=True)
class SafetyContext:
    """Where a request was made, as the safety checks need it: the guild's policy level, whether the channel is
    age-restricted (and the guild opted in), and the guild's own blocked terms."""

    policy: str = "strict"
    nsfw_channel: bool = False
    blocked_terms: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Request:
    """Fields every request has. `user_id` drives per-user fairness and caps; it is opaque to generators."""

    family: ClassVar[str] = ""
    user_id: str = "local"
    seed: int | None = None
    safety: SafetyContext = SafetyContext()

    def __post_init__(self) -> None:
        _check_seed(self.seed)

    def batch_key(self) -> Hashable:
        """Requests with equal keys may run in one generator call."""
        return (self.family,)

    def with_seed(self) -> "Request":
        """The same request with a concrete seed, so the result can say which seed made it."""
        if self.seed is not None:
            return self
        return dataclasses.replace(self, seed=new_seed())


@dataclass(frozen=True, kw_only=True)
class DigitRequest(Request):
    family: ClassVar[str] = "digits"
    digit: int | None = None
    count: int = 16
    model: str = "gan"

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.digit is not None and not (isinstance(self.digit, int) and 0 <= self.digit <= 9):
            raise InvalidRequest("digit", "out_of_range", "digit must be between 0 and 9.", low=0, high=9)
        if not (isinstance(self.count, int) and 1 <= self.count <= MAX_DIGIT_COUNT):
            raise InvalidRequest(
                "count", "out_of_range", f"count must be between 1 and {MAX_DIGIT_COUNT}.", low=1, high=MAX_DIGIT_COUNT
            )
        if self.model not in DIGIT_MODELS:
            raise InvalidRequest(
                "model", "bad_choice", f"model must be one of: {', '.join(DIGIT_MODELS)}.", choices=DIGIT_MODELS
            )

    def batch_key(self) -> Hashable:
        return (self.family, self.model)


@dataclass(frozen=True, kw_only=True)
class TextRequest(Request):
    """Continue (base models) or answer (chat models) `prompt`. temperature 0 means greedy decoding."""

    family: ClassVar[str] = "text"
    prompt: str
    max_new_tokens: int = 100
    temperature: float = 0.8
    top_p: float = 0.95
    no_repeat_ngram_size: int = 2

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.prompt, str) or not self.prompt.strip():
            raise InvalidRequest("prompt", "empty", "prompt must not be empty.")
        if not (isinstance(self.max_new_tokens, int) and 1 <= self.max_new_tokens <= MAX_NEW_TOKENS):
            raise InvalidRequest("max_new_tokens", "out_of_range",
                                 f"max_new_tokens must be between 1 and {MAX_NEW_TOKENS}.", low=1, high=MAX_NEW_TOKENS)
        if not (isinstance(self.temperature, (int, float)) and 0.0 <= self.temperature <= 2.0):
            raise InvalidRequest("temperature", "out_of_range", "temperature must be between 0 and 2.", low=0, high=2)
        if not (isinstance(self.top_p, (int, float)) and 0.0 < self.top_p <= 1.0):
            raise InvalidRequest("top_p", "out_of_range", "top_p must be greater than 0 and at most 1.", low=0, high=1)
        if not (isinstance(self.no_repeat_ngram_size, int) and 0 <= self.no_repeat_ngram_size <= 10):
            raise InvalidRequest("no_repeat_ngram_size", "out_of_range",
                                 "no_repeat_ngram_size must be between 0 and 10.", low=0, high=10)


@dataclass(frozen=True, kw_only=True)
class DrawRequest(Request):
    """Text to image. Model-specific limits (size buckets, step ranges, schedulers) are checked by the front end's
    builder from config and by the image generator; this checks what holds for every model."""

    family: ClassVar[str] = "image"
    prompt: str
    negative_prompt: str = ""
    steps: int = 25
    guidance_scale: float = 7.0
    width: int = 512
    height: int = 512
    scheduler: str = "default"
    count: int = 1

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.prompt, str) or not self.prompt.strip():
            raise InvalidRequest("prompt", "empty", "prompt must not be empty.")
        if not isinstance(self.negative_prompt, str):
            raise InvalidRequest("negative_prompt", "bad_type", "negative_prompt must be text.")
        if not (isinstance(self.steps, int) and 1 <= self.steps <= MAX_STEPS):
            raise InvalidRequest("steps", "out_of_range", f"steps must be between 1 and {MAX_STEPS}.",
                                 low=1, high=MAX_STEPS)
        if not (isinstance(self.guidance_scale, (int, float)) and 0.0 <= self.guidance_scale <= 30.0):
            raise InvalidRequest("guidance_scale", "out_of_range", "guidance_scale must be between 0 and 30.",
                                 low=0, high=30)
        for name in ("width", "height"):
            value = getattr(self, name)
            if not (isinstance(value, int) and 64 <= value <= 2048 and value % 8 == 0):
                raise InvalidRequest(name, "bad_size", f"{name} must be a multiple of 8 between 64 and 2048.")
        if not (isinstance(self.count, int) and 1 <= self.count <= MAX_DRAW_COUNT):
            raise InvalidRequest("count", "out_of_range", f"count must be between 1 and {MAX_DRAW_COUNT}.",
                                 low=1, high=MAX_DRAW_COUNT)

    def batch_key(self) -> Hashable:
        return (self.family, self.width, self.height, self.steps, self.scheduler, float(self.guidance_scale))


@dataclass(frozen=True)
class Artifact:
    """A file to deliver: already encoded (PNG bytes, text), so front ends never touch tensors."""

    filename: str
    data: bytes
    mime: str
    description: str = ""


@dataclass(frozen=True)
class Output:
    """What a generator returns for one request of a batch."""

    text: str = ""
    files: tuple[Artifact, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Moderation:
    """A safety decision: what the runtime needs of one. `generators.safety.Decision` has these fields and more;
    any dataclass with them will do. `category` and `layer` say what matched and which check caught it."""

    allowed: bool
    category: str | None = None
    layer: str | None = None
    reason: str = ""
    spoiler: bool = False  # allowed only behind a spoiler (adult content in an age-restricted channel)


ALLOWED = Moderation(True)


def blocked_result(decision: Moderation, stage: str) -> "Result":
    """The terminal result for a prompt (`stage="prompt"`) or an output (`"output"`) the policy refused."""
    return Result(JobStatus.BLOCKED, f"blocked_{stage}", decision.reason,
                  {"category": decision.category or "policy"}, moderation=dataclasses.asdict(decision))


@dataclass(frozen=True)
class Result:
    """The terminal outcome of one job, as every front end shows it.

    `code` + `params` identify the reason for localization; `reason` is the English text of it.
    """

    status: JobStatus
    code: str = ""
    reason: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    output: Output | None = None
    moderation: dict[str, Any] | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is JobStatus.DONE
