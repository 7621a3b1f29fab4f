"""Tile digit images into one PNG for chat (Discord) display.

Look: MNIST's own colours, white ink (255) on a black background (0), in 8-bit grayscale ("L"). Cells are separated
and framed by a dark-grey gutter (PADDING_VALUE = 64) so neighbouring digits do not touch; grid positions after the
last image are filled with the gutter grey.

Geometry, for n images, `scale` s and `padding` p:

* (rows, cols) = grid_layout(n): cols = ceil(sqrt(n)), rows = ceil(n / cols) (near-square, row-major order);
* each cell is c = 28 * s pixels square, the image upscaled by nearest neighbour (each source pixel -> s x s block);
* p pixels of gutter between cells and around the border:
  width = cols * c + (cols + 1) * p, height = rows * c + (rows + 1) * p;
* image i sits at row i // cols, column i % cols, with top-left corner
  (left, top) = (p + col * (c + p), p + row * (c + p)); `cell_box(i, n, s, p)` returns its (left, top, right, bottom).

The bytes are deterministic: the same input gives the same PNG (no timestamps or metadata are written).
"""

from __future__ import annotations

import io
import math

import numpy as np

PADDING_VALUE = 64  # gutter grey

__all__ = ["grid_png", "grid_array", "grid_layout", "cell_box", "PADDING_VALUE"]


def grid_layout(n: int) -> tuple[int, int]:
    """(rows, cols) of the near-square grid for n >= 1 images."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    cols = math.isqrt(n - 1) + 1  # ceil(sqrt(n)) without floating point
    rows = -(-n // cols)
    return rows, cols


def _check_geometry(scale: int, padding: int) -> None:
    if isinstance(scale, bool) or not isinstance(scale, (int, np.integer)) or scale < 1:
        raise ValueError(f"scale must be an integer >= 1, got {scale!r}")
    if isinstance(padding, bool) or not isinstance(padding, (int, np.integer)) or padding < 0:
        raise ValueError(f"padding must be an integer >= 0, got {padding!r}")


def cell_box(index: int, n: int, scale: int = 4, padding: int = 2) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) pixel box (right/bottom exclusive, as PIL's crop) of image `index` of n."""
    _check_geometry(scale, padding)
    rows, cols = grid_layout(n)
    if not 0 <= index < n:
        raise IndexError(f"index {index} out of range for {n} images")
    c = 28 * scale
    r, k = divmod(index, cols)
    left, top = padding + k * (c + padding), padding + r * (c + padding)
    return left, top, left + c, top + c


def grid_array(images: np.ndarray, scale: int = 4, padding: int = 2) -> np.ndarray:
    """The grid as a uint8 (height, width) array (what grid_png encodes)."""
    images = np.asarray(images)
    if images.ndim != 3 or images.shape[1:] != (28, 28) or len(images) == 0:
        raise ValueError(f"images must have shape (n, 28, 28) with n >= 1, got {images.shape}")
    if images.dtype != np.uint8:
        raise ValueError(f"images must be uint8, got {images.dtype}")
    _check_geometry(scale, padding)
    n = len(images)
    rows, cols = grid_layout(n)
    c = 28 * scale
    canvas = np.full((rows * c + (rows + 1) * padding, cols * c + (cols + 1) * padding), PADDING_VALUE, np.uint8)
    big = images.repeat(scale, axis=1).repeat(scale, axis=2)  # nearest neighbour
    for i in range(n):
        left, top, right, bottom = cell_box(i, n, scale, padding)
        canvas[top:bottom, left:right] = big[i]
    return canvas


def grid_png(images: np.ndarray, scale: int = 4, padding: int = 2) -> bytes:
    """PNG bytes (8-bit grayscale) of the images in a near-square grid; see the module docstring for the geometry."""
    from PIL import Image

    buf = io.BytesIO()
    # compress_level 1: 40% faster than the default for about 20% more bytes (~45 kB for 64 digits)
    Image.fromarray(grid_array(images, scale, padding)).save(buf, format="PNG", compress_level=1)
    return buf.getvalue()
