"""Training data for the semantic safety classifier, and the scripts that build its generated parts."""

from __future__ import annotations

import json
from pathlib import Path


def write_jsonl(rows: list[dict], path: Path) -> None:
    """One JSON object per line, UTF-8, non-ASCII kept readable (the training files are reviewed by hand)."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
