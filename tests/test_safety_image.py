"""Image check: NudeNet on a benign generated image, and the policy thresholds on synthetic detections."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("nudenet")

from PIL import Image, ImageDraw  # noqa: E402

from generators.safety import check_image  # noqa: E402
from generators.safety.image import THRESHOLDS, decide, detect  # noqa: E402


def _benign_png() -> bytes:
    img = Image.new("RGB", (384, 320), (120, 180, 230))
    d = ImageDraw.Draw(img)
    d.ellipse((140, 60, 260, 180), fill=(250, 210, 60))          # sun
    d.rectangle((0, 240, 384, 320), fill=(40, 140, 60))          # grass
    d.polygon([(40, 240), (110, 150), (180, 240)], fill=(120, 80, 50))  # a hill
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def test_benign_generated_image_is_allowed_at_every_level():
    png = _benign_png()
    dets = detect(png)
    assert isinstance(dets, list)
    for policy in ("strict", "standard", "nsfw"):
        d = check_image(png, policy=policy, nsfw_channel=(policy == "nsfw"))
        assert d.allowed and not d.spoiler, (policy, d, dets)
    assert check_image(Image.open(io.BytesIO(png)), policy="strict").allowed  # a PIL image works too


EXPOSED = [{"class": "FEMALE_BREAST_EXPOSED", "score": 0.62, "box": [0, 0, 10, 10]}, {"class": "FACE_FEMALE", "score": 0.9, "box": [0, 0, 5, 5]}]
COVERED = [{"class": "FEMALE_BREAST_COVERED", "score": 0.7, "box": [0, 0, 10, 10]}]
GENITAL_LOW = [{"class": "MALE_GENITALIA_EXPOSED", "score": 0.4, "box": [0, 0, 10, 10]}]
WEAK = [{"class": "BUTTOCKS_EXPOSED", "score": 0.3, "box": [0, 0, 10, 10]}, {"class": "FEET_EXPOSED", "score": 0.95, "box": [0, 0, 1, 1]}]


def test_thresholds_per_level():
    d = decide(EXPOSED, policy="strict")
    assert not d.allowed and d.category == "sexual" and d.layer == "image" and d.evidence == "FEMALE_BREAST_EXPOSED"
    assert not decide(EXPOSED, policy="standard").allowed
    assert not decide(EXPOSED, policy="nsfw", nsfw_channel=False).allowed  # nsfw level outside an nsfw channel
    ok = decide(EXPOSED, policy="nsfw", nsfw_channel=True)
    assert ok.allowed and ok.spoiler and ok.category == "sexual"
    # covered (lingerie/swimwear): strict blocks, standard allows
    assert not decide(COVERED, policy="strict").allowed
    assert decide(COVERED, policy="standard").allowed
    # genitals block at a lower score than breasts in standard
    assert not decide(GENITAL_LOW, policy="standard").allowed
    assert decide([{**GENITAL_LOW[0], "class": "FEMALE_BREAST_EXPOSED"}], policy="standard").allowed
    # below every threshold, and non-sexual labels
    assert decide(WEAK, policy="strict").allowed
    assert THRESHOLDS["strict"]["exposed"] <= THRESHOLDS["standard"]["exposed"]
