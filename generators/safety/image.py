"""Image output check with NudeNet 3.4 (a 12 MB ONNX detector bundled in the package; no download).

NudeNet detects exposed/covered body parts; it has no notion of age and does not see gore, so the prompt checks
remain the defence for minors and violence. Policy thresholds (detector score per label family):

=============  ==========================================  ========================================
level          blocks                                      allows
=============  ==========================================  ========================================
strict         exposed breasts/genitals/buttocks/anus >=   -
               0.35; covered breasts/buttocks/genitals
               (lingerie, bikini) >= 0.60
standard       exposed genitals/anus >= 0.35; exposed      covered (swimwear)
               breasts/buttocks >= 0.45
nsfw + nsfw    -                                           everything NudeNet sees; anything over
channel                                                    the strict thresholds gets spoiler=True
=============  ==========================================  ========================================

``nsfw`` outside an age-restricted channel behaves like ``standard``.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import numpy as np

from .policy import POLICIES, Decision, blocked

EXPOSED_GENITAL = ("FEMALE_GENITALIA_EXPOSED", "MALE_GENITALIA_EXPOSED", "ANUS_EXPOSED")
EXPOSED_OTHER = ("FEMALE_BREAST_EXPOSED", "BUTTOCKS_EXPOSED")
COVERED = ("FEMALE_BREAST_COVERED", "BUTTOCKS_COVERED", "FEMALE_GENITALIA_COVERED", "ANUS_COVERED")

# level -> {label family -> threshold}; a label at or above its threshold blocks (or marks a spoiler in nsfw channels)
THRESHOLDS: dict[str, dict[str, float]] = {
    "strict": {"genital": 0.35, "exposed": 0.35, "covered": 0.60},
    "standard": {"genital": 0.35, "exposed": 0.45, "covered": 2.0},
    "nsfw_channel": {"genital": 0.35, "exposed": 0.35, "covered": 0.60},  # spoiler marks, not blocks
}

_lock = threading.Lock()
_detector: Any = None


def detector() -> Any:
    """The NudeNet detector, loaded once (about 0.2 s)."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from nudenet import NudeDetector

                _detector = NudeDetector()
    return _detector


def _to_rgba(image: Any) -> np.ndarray:
    from PIL import Image

    if isinstance(image, (bytes, bytearray, memoryview)):
        img = Image.open(io.BytesIO(bytes(image)))
    elif isinstance(image, (str, Path)):
        img = Image.open(image)
    elif isinstance(image, np.ndarray):
        img = Image.fromarray(image)
    else:
        img = image
    return np.ascontiguousarray(np.asarray(img.convert("RGBA")))


def detect(image: Any) -> list[dict[str, Any]]:
    """NudeNet detections: [{"class": LABEL, "score": float, "box": [x, y, w, h]}, ...]."""
    # NudeDetector converts its ndarray input with COLOR_RGBA2BGR, so it must get RGBA.
    return list(detector().detect(_to_rgba(image)))


def _family(label: str) -> str | None:
    if label in EXPOSED_GENITAL:
        return "genital"
    if label in EXPOSED_OTHER:
        return "exposed"
    if label in COVERED:
        return "covered"
    return None


def decide(detections: list[dict[str, Any]], *, policy: str = "strict", nsfw_channel: bool = False) -> Decision:
    """Apply the policy thresholds to NudeNet detections (separate from `detect` so it can be tested alone)."""
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {POLICIES}, not {policy!r}")
    adult_ok = policy == "nsfw" and nsfw_channel
    level = "nsfw_channel" if adult_ok else ("strict" if policy == "strict" else "standard")
    th = THRESHOLDS[level]
    worst: tuple[float, str] | None = None
    for d in detections:
        fam = _family(str(d.get("class", "")))
        score = float(d.get("score", 0.0))
        if fam is None or score < th[fam]:
            continue
        if worst is None or score > worst[0]:
            worst = (score, str(d["class"]))
    if worst is None:
        return Decision(True, reason="Allowed.", code="ok")
    score, label = worst
    if adult_ok:
        return Decision(True, "sexual", "image", "Allowed in this age-restricted channel; sent as a spoiler.", code="ok.spoiler",
                        score=round(score, 3), spoiler=True, evidence=label)
    d = blocked("sexual", "image", what="generated image", policy=policy, severity="explicit", score=round(score, 3), evidence=label)
    return d


def check_image(image: Any, *, policy: str = "strict", nsfw_channel: bool = False) -> Decision:
    """Check a generated image (PNG/JPEG bytes, PIL image, ndarray or path) before it is shown."""
    return decide(detect(image), policy=policy, nsfw_channel=nsfw_channel)
