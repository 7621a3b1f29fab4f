"""Runs benchmarks/safety_eval.py on the labelled dev set and asserts the bars from the issue."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.safety_eval import DEFAULT_DATA, evaluate, load  # noqa: E402


def test_dev_set_shape():
    rows = load(DEFAULT_DATA)
    assert len(rows) >= 400
    kinds = {r["kind"] for r in rows}
    assert kinds == {"plain_benign", "tricky_benign", "harmful", "evasion"}
    assert {r["lang"] for r in rows} >= {"en", "ko"}
    labels = {r["label"] for r in rows if r["label"]}
    assert labels >= {"sexual", "sexual_minors", "hate", "harassment", "violence", "self_harm", "weapons", "drugs", "real_person",
                      "prompt_injection"}
    for r in rows:
        assert set(r) >= {"text", "label", "lang", "kind", "evasion", "surface"}


def test_dev_set_meets_the_bars():
    report = evaluate(load(DEFAULT_DATA))
    met = report["bars_met"]
    # latency is a benchmark figure (benchmarks/safety_eval.py), never a test assertion
    quality = {k: v for k, v in met.items() if k != "p95_ms"}
    assert all(quality.values()), {k: report.get(k) for k in ("recall_harmful", "recall_per_category", "recall_real_person_sexual",
                                                             "fp_plain_benign", "fp_tricky_benign")}
