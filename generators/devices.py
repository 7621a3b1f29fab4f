"""Device selection shared by every generator family."""

from __future__ import annotations


def resolve_device(name: str) -> str:
    """`auto` means CUDA when torch sees a GPU, else CPU; explicit names pass through."""
    if name != "auto":
        return name
    try:
        import torch
    except ImportError:
        return "cpu"
    return "cuda" if torch.cuda.is_available() else "cpu"
