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


@dataclass(frozen=True, kw_only=True)
class Request:
    """Fields every request has. `user_id` drives per-user fairness and caps; it is opaque to generators."""

    family: ClassVar[str] = ""
    user_id: str = "local"
    seed: int | None = None

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
