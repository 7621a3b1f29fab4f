"""How much faster the lexicons search with the first-character filter (rules._Alternation) than as plain regexes,
and with each distinct view searched once (Views.items leaves out a plain view equal to the raw one).

Prints one JSON object. Both ways search every lexicon list of the prompt checks (terms, allow-lists, contexts) over
every normalized view of every prompt in the data files, in this one run; compare the ratios, not absolute times.
    .venv/bin/python benchmarks/safety_regex.py [--data benchmarks/data/safety_redteam_re.jsonl ...] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generators.safety import lexicon as L  # noqa: E402
from generators.safety import rules  # noqa: E402
from generators.safety.normalize import build_views  # noqa: E402

DEFAULT_DATA = [ROOT / "benchmarks" / "data" / name for name in
                ("safety_redteam_re.jsonl", "safety_probe_ag.jsonl", "safety_probe_ao.jsonl", "safety_plain_pg.jsonl")]


def lexicon_lists() -> list[tuple[list[str], list[str]]]:
    """(English patterns, Korean patterns) of every term list, the allow-lists and every context's lists."""
    pairs = [(L.EN_TERMS.get(cat, {}).get(sev, []), L.KO_TERMS.get(cat, {}).get(sev, []))
             for cat in L.EN_TERMS.keys() | L.KO_TERMS.keys() for sev in rules.SEVERITIES]
    pairs.append((L.EN_ALLOW, L.KO_ALLOW))
    for name in dir(L):
        if name.endswith("_EN") and isinstance(getattr(L, name), list) and hasattr(L, name[:-3] + "_KO"):
            pairs.append((getattr(L, name), getattr(L, name[:-3] + "_KO")))
    return [(en, ko) for en, ko in pairs if en or ko]


def seconds(searchers: list, texts: list[str], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for rx in searchers:
            for text in texts:
                rx.search(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="+", default=DEFAULT_DATA)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    prompts = [json.loads(line)["text"] for path in args.data for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    views = [build_views(p) for p in prompts]
    texts = [view for v in views for _, view in v.items()]
    every = [view for v in views for view in (v.raw, v.plain, *v.views.values())]
    lists = lexicon_lists()
    plain = [re.compile("|".join(part for part in (rules._en(en) if en else "", rules._ko(ko) if ko else "") if part)) for en, ko in lists]
    filtered = [rules._Alternation(en, ko) for en, ko in lists]
    # the same matches both ways (a filter that changed a decision would be a bug, not a speed-up)
    same = all(bool(a.search(t)) == bool(b.search(t)) for a, b in zip(plain, filtered) for t in texts)
    t_plain, t_filtered = seconds(plain, texts, args.repeats), seconds(filtered, texts, args.repeats)
    t_every = seconds(filtered, every, args.repeats)
    print(json.dumps({"prompts": len(prompts), "views": len(texts), "lists": len(lists), "same_matches": same,
                      "plain_ms_per_prompt": round(t_plain * 1000 / len(prompts), 3),
                      "filtered_ms_per_prompt": round(t_filtered * 1000 / len(prompts), 3),
                      "speedup": round(t_plain / t_filtered, 2), "views_with_repeats": len(every),
                      "repeated_views_ms_per_prompt": round(t_every * 1000 / len(prompts), 3),
                      "distinct_views_speedup": round(t_every / t_filtered, 2)}))


if __name__ == "__main__":
    main()
