"""Provenance and AI disclosure for generated images: PNG text metadata, an invisible watermark, and the reader.

Every PNG genbot makes carries
- text chunks (iTXt, UTF-8, so Korean prompts survive): `genbot` (JSON: prompt, negative_prompt, seed, steps,
  guidance_scale, width, height, scheduler, model, ai_generated, watermark payload, ...), `parameters` (the
  AUTOMATIC1111 text layout other tools read), `Software`, `Source` (model), `Description` (prompt), `Disclaimer`
  (an "AI-generated" statement) and XMP with the IPTC digital source type `trainedAlgorithmicMedia`;
- an invisible watermark (invisible-watermark's method `dwtDctSvd`, implemented here vectorised and pixel-identical;
  see `dwt_dct_svd_encode`) in the pixels: 48 bits = the 24-bit marker
  `WATERMARK_MARKER` ("gb" + format version 1) + a 24-bit id (the first 3 bytes of SHA-256 over the prompt, negative
  prompt, seed and model), so a reader can tell a genbot image even after the text chunks are stripped, and whether
  the metadata still belongs to the pixels. The library only works on images of at least 256x256 pixels; smaller
  images get metadata only (their metadata says so).

`verify_image(path_or_bytes)` reads both back. `fit_png(data, limit)` makes a PNG fit an upload limit (recompress,
then downscale, re-applying the same watermark and keeping the metadata).
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
from pathlib import Path
from typing import Any, Iterable

WATERMARK_METHOD = "dwtDctSvd"
WATERMARK_MARKER = b"gb\x01"
WATERMARK_BITS = 48
WATERMARK_MIN_PIXELS = 256 * 256  # invisible-watermark refuses smaller images
MAX_MARKER_ERRORS = 1  # of 24 marker bits; a random image matches this by chance about once in 500,000
MIN_STRENGTH = 0.5  # mean vote margin over the 48 bits; about 0.1-0.2 on unmarked images, about 1 on marked ones
SOFTWARE = "genbot"
DISCLAIMER = "AI-generated image: made by a generative model with genbot; it does not depict real events or people."
IPTC_TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("genbot")
    except Exception:
        return "0"


def image_id(meta: dict[str, Any]) -> bytes:
    """3 bytes tying the watermark to the generation parameters."""
    key = json.dumps([meta.get("prompt", ""), meta.get("negative_prompt", ""), meta.get("seed"), meta.get("model", "")],
                     ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).digest()[:3]


def watermark_payload(meta: dict[str, Any]) -> bytes:
    return WATERMARK_MARKER + image_id(meta)


def _bits(data: bytes) -> list[int]:
    return [(byte >> (7 - i)) & 1 for byte in data for i in range(8)]


def _to_bytes(bits: Iterable[int]) -> bytes:
    bits = list(bits)
    return bytes(sum(bit << (7 - i) for i, bit in enumerate(bits[n:n + 8])) for n in range(0, len(bits), 8))


def can_watermark(width: int, height: int) -> bool:
    return width * height >= WATERMARK_MIN_PIXELS


def apply_watermark(image, payload: bytes):
    """Return a copy of the RGB PIL image with `payload` (6 bytes) embedded; the image must be >= 256x256 px."""
    import numpy as np
    from PIL import Image

    if len(payload) * 8 != WATERMARK_BITS:
        raise ValueError(f"watermark payload must be {WATERMARK_BITS // 8} bytes")
    if not can_watermark(*image.size):
        raise ValueError("invisible-watermark needs an image of at least 256x256 pixels")
    bgr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    marked = dwt_dct_svd_encode(bgr, _bits(payload))
    return Image.fromarray(np.ascontiguousarray(marked[:, :, ::-1]), "RGB")


# invisible-watermark's dwtDctSvd, vectorised. The library embeds one bit per 4x4 block of the Haar-DWT
# approximation of the U channel by moving the block's largest singular value (of its DCT, which has the same
# singular values: the DCT is orthonormal) to (floor(s0 / 36) + 0.25 + 0.5 * bit) * 36, block by block in a Python
# loop: about 0.13 s for a 512x512 image and 0.7 s for 1024x1024 on the GPU host's CPU, which would hold the GPU
# idle for a third of the time of a 4-image SD 1.5 batch. One batched SVD does the same in a quarter of the time
# and gives pixel-identical output; the tests check both directions against the library itself.
_SCALE = 36  # the library's default scales = [0, 36, 0]: U channel only
_BLOCK = 4


def _blocks(ca1):
    br, bc = ca1.shape[0] // _BLOCK, ca1.shape[1] // _BLOCK
    view = ca1[: br * _BLOCK, : bc * _BLOCK].reshape(br, _BLOCK, bc, _BLOCK).swapaxes(1, 2)
    return view.reshape(-1, _BLOCK, _BLOCK), (br, bc)


def dwt_dct_svd_encode(bgr, bits: list[int]):
    """Embed `bits` in a uint8 BGR image exactly as `imwatermark.WatermarkEncoder.encode(bgr, "dwtDctSvd")`."""
    import cv2
    import numpy as np
    import pywt

    row, col, _ = bgr.shape
    yuv = cv2.cvtColor(bgr, cv2.COLOR_BGR2YUV)
    r4, c4 = row // 4 * 4, col // 4 * 4
    ca1, (h1, v1, d1) = pywt.dwt2(yuv[:r4, :c4, 1], "haar")
    blocks, (br, bc) = _blocks(ca1)
    u, s, vh = np.linalg.svd(blocks)
    wanted = np.asarray(bits, dtype=np.float64)[np.arange(len(blocks)) % len(bits)]
    s0 = (s[:, 0] // _SCALE + 0.25 + 0.5 * wanted) * _SCALE
    blocks = blocks + (s0 - s[:, 0])[:, None, None] * (u[:, :, 0, None] * vh[:, 0, None, :])
    ca1[: br * _BLOCK, : bc * _BLOCK] = blocks.reshape(br, bc, _BLOCK, _BLOCK).swapaxes(1, 2).reshape(
        br * _BLOCK, bc * _BLOCK)
    yuv[:r4, :c4, 1] = pywt.idwt2((ca1, (v1, h1, d1)), "haar")  # (v1, h1): the library swaps them; so must we
    return cv2.cvtColor(yuv, cv2.COLOR_YUV2BGR)


def read_watermark(image) -> dict[str, Any]:
    """Look for a genbot watermark. Returns found, payload (hex), id (hex), marker_errors, strength, checked."""
    import numpy as np

    width, height = image.size
    if not can_watermark(width, height):
        return {"checked": False, "found": False, "reason": "image smaller than 256x256 pixels"}
    scores = _vote_scores(np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1]))
    bits = [int(s > 0.5) for s in scores]
    payload = _to_bytes(bits)
    marker_errors = sum(a != b for a, b in zip(bits[:24], _bits(WATERMARK_MARKER)))
    strength = float(np.mean([abs(2.0 * s - 1.0) for s in scores]))
    found = marker_errors <= MAX_MARKER_ERRORS and strength >= MIN_STRENGTH
    return {"checked": True, "found": found, "payload": payload.hex(), "id": payload[3:].hex() if found else None,
            "marker_errors": marker_errors, "strength": round(strength, 3), "method": WATERMARK_METHOD}


def _vote_scores(bgr) -> list[float]:
    """Per-bit share of blocks voting 1 (the library thresholds this at 0.5), so we can also tell how clear the
    decision was: about 1 or 0 on marked images, near 0.5 on others."""
    import cv2
    import numpy as np
    import pywt

    row, col, _ = bgr.shape
    yuv = cv2.cvtColor(bgr, cv2.COLOR_BGR2YUV)
    ca1, _ = pywt.dwt2(yuv[: row // 4 * 4, : col // 4 * 4, 1], "haar")
    blocks, _ = _blocks(ca1)
    s0 = np.linalg.svd(blocks, compute_uv=False)[:, 0]
    votes = (s0 % _SCALE > _SCALE * 0.5).astype(np.float64)
    slot = np.arange(len(blocks)) % WATERMARK_BITS
    return list(np.bincount(slot, votes, WATERMARK_BITS) / np.bincount(slot, minlength=WATERMARK_BITS))


# -- PNG metadata --

def a1111_parameters(meta: dict[str, Any]) -> str:
    lines = [meta.get("prompt", "")]
    if meta.get("negative_prompt"):
        lines.append(f"Negative prompt: {meta['negative_prompt']}")
    fields = [("Steps", meta.get("steps")), ("Sampler", meta.get("scheduler_label") or meta.get("scheduler")),
              ("CFG scale", meta.get("guidance_scale")), ("Seed", meta.get("seed")),
              ("Size", f"{meta.get('width')}x{meta.get('height')}"), ("Model", meta.get("model")),
              ("Version", f"{SOFTWARE} {meta.get('software_version', '')}".strip())]
    lines.append(", ".join(f"{k}: {v:g}" if isinstance(v, float) else f"{k}: {v}" for k, v in fields
                           if v is not None))
    return "\n".join(lines)


def _xmp(meta: dict[str, Any]) -> str:
    esc = html.escape
    return ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
            'xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
            f'Iptc4xmpExt:DigitalSourceType="{IPTC_TRAINED_ALGORITHMIC_MEDIA}" '
            f'xmp:CreatorTool="{esc(SOFTWARE)} ({esc(str(meta.get("model", "")))})"/>'
            "</rdf:RDF></x:xmpmeta>")


def encode_png(image, meta: dict[str, Any], compress_level: int = 6) -> bytes:
    """PNG bytes of `image` with genbot's text chunks (see the module docstring)."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_itxt("genbot", json.dumps(meta, ensure_ascii=False, sort_keys=True))
    info.add_itxt("parameters", a1111_parameters(meta))
    info.add_text("Software", f"{SOFTWARE} {meta.get('software_version', '')}".strip())
    info.add_itxt("Source", str(meta.get("model", "")))
    info.add_itxt("Description", meta.get("prompt", ""))
    info.add_text("Disclaimer", DISCLAIMER)
    info.add_itxt("XML:com.adobe.xmp", _xmp(meta))
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info, compress_level=compress_level)
    return out.getvalue()


def provenance_meta(**fields: Any) -> dict[str, Any]:
    """The `genbot` metadata dict for one image: the given fields plus software, disclosure and watermark payload."""
    import datetime

    meta = {"software": SOFTWARE, "software_version": _version(), "ai_generated": True,
            "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), **fields}
    return meta


def mark_and_encode(image, meta: dict[str, Any], watermark: bool = True) -> tuple[bytes, dict[str, Any]]:
    """Watermark (when possible and wanted) and encode one generated image. Returns (png, meta as written)."""
    meta = dict(meta)
    width, height = image.size
    if watermark and can_watermark(width, height):
        payload = watermark_payload(meta)
        image = apply_watermark(image, payload)
        meta["watermark"] = {"method": WATERMARK_METHOD, "payload": payload.hex()}
    else:
        meta["watermark"] = {"method": None, "reason": "disabled" if not watermark else
                             "image smaller than 256x256 pixels"}
    return encode_png(image, meta), meta


def _open(path_or_bytes: str | os.PathLike | bytes):
    from PIL import Image

    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        return Image.open(io.BytesIO(bytes(path_or_bytes)))
    return Image.open(Path(path_or_bytes))


def verify_image(path_or_bytes: str | os.PathLike | bytes) -> dict[str, Any]:
    """Read genbot provenance back from an image file (PNG, or any format PIL opens).

    Returns {"format", "width", "height", "ai_generated", "verdict", "metadata" (the genbot JSON or None),
    "parameters" (A1111 text or None), "text" (all text chunks), "watermark" (see `read_watermark`, plus
    "matches_metadata": whether the watermark id equals the id computed from the metadata, None without metadata)}.
    `verdict` is one short English sentence for `genbot verify-image`.
    """
    with _open(path_or_bytes) as image:
        image.load()
        text = dict(getattr(image, "text", {}) or {})
        fmt = image.format
        rgb = image.convert("RGB")
    meta = None
    if "genbot" in text:
        try:
            meta = json.loads(text["genbot"])
        except ValueError:
            meta = None
    mark = read_watermark(rgb)
    if mark.get("found") and meta is not None:
        mark["matches_metadata"] = image_id(meta).hex() == mark["id"]
    else:
        mark["matches_metadata"] = None
    ai = bool(mark.get("found") or (meta or {}).get("ai_generated") or "AI-generated" in text.get("Disclaimer", ""))
    if mark.get("found") and meta is not None:
        verdict = ("genbot watermark and metadata found; they match." if mark["matches_metadata"] else
                   "genbot watermark found, but the metadata belongs to a different image (edited or copied).")
    elif mark.get("found"):
        verdict = "genbot watermark found; the metadata was stripped."
    elif meta is not None:
        verdict = ("genbot metadata found, but no watermark in the pixels (too small, or the image was edited, "
                   "resized or recompressed).")
    elif not mark.get("checked"):
        verdict = "No genbot metadata; the image is too small to carry a watermark."
    else:
        verdict = "No genbot watermark or metadata found."
    return {"format": fmt, "width": rgb.width, "height": rgb.height, "ai_generated": ai, "verdict": verdict,
            "metadata": meta, "parameters": text.get("parameters"), "text": text, "watermark": mark}


# -- upload limits --

def fit_png(data: bytes, limit: int, min_side: int = 64) -> bytes:
    """Return PNG bytes no larger than `limit`: `data` itself when it fits, else recompressed, else downscaled in
    steps. Downscaled copies keep the metadata (with `resized_from` added) and get the same watermark again."""
    from PIL import Image

    if len(data) <= limit:
        return data
    with _open(data) as image:
        image.load()
        text = dict(getattr(image, "text", {}) or {})
        original = image.convert("RGB")
    meta = json.loads(text["genbot"]) if "genbot" in text else None

    def encode(img, m: dict[str, Any] | None) -> bytes:
        if m is not None:
            return encode_png(img, m, compress_level=9)
        out = io.BytesIO()
        img.save(out, format="PNG", optimize=True)
        return out.getvalue()

    best = encode(original, meta)
    if len(best) <= limit:
        return best
    width, height = original.size
    while True:
        scale = min(0.9, (limit / len(best)) ** 0.5 * 0.95)
        width, height = int(width * scale), int(height * scale)
        if min(width, height) < min_side:
            raise ValueError(f"cannot fit the image into {limit} bytes")
        small = original.resize((width, height), Image.Resampling.LANCZOS)
        m = None
        if meta is not None:
            m = {**meta, "resized_from": meta.get("resized_from") or [original.width, original.height],
                 "width_out": width, "height_out": height}
            payload = (meta.get("watermark") or {}).get("payload")
            if payload and can_watermark(width, height):
                small = apply_watermark(small, bytes.fromhex(payload))
            elif payload:
                m["watermark"] = {"method": None, "reason": "resized below 256x256 pixels"}
        best = encode(small, m)
        if len(best) <= limit:
            return best


def fit_artifacts(files, file_limit: int, total_limit: int | None = None):
    """Fit PNG `Artifact`s into Discord's limits: each at most `file_limit` bytes and, when given, all together at
    most `total_limit` (each PNG then gets an equal share). Other files pass unchanged."""
    from dataclasses import replace

    files = tuple(files)
    share = file_limit
    if total_limit is not None and files and sum(len(f.data) for f in files) > total_limit:
        share = min(file_limit, total_limit // len(files))
    return tuple(replace(f, data=fit_png(f.data, share)) if f.mime == "image/png" and len(f.data) > share else f
                 for f in files)
