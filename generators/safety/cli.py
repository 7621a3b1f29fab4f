"""`python -m bot moderate ...` calls `main(argv)` here (argv without the "moderate" word).

    moderate [--surface write|draw] [--policy strict|standard|nsfw] [--nsfw-channel] [--negative-prompt TEXT] TEXT...
        prints one JSON decision: {"allowed": bool, "category": str|null, "layer": str|null, "reason": str, ...}
    moderate --jsonl FILE [--out FILE] [--surface ...] [--policy ...] [--nsfw-channel]
        reads JSON lines with at least "text" (optional "surface", "negative_prompt", "policy", "nsfw_channel"; the
        flags are the defaults) and writes one JSON line per input line, in order, to --out or stdout:
        {"allowed": bool, "category": str|null, "layer": str|null, "reason": str}. A line that cannot be read gives
        {"allowed": false, "category": null, "layer": null, "reason": "...", "error": "..."} in its place.

Exit status: 0 after printing decisions (allowed or not), 2 for bad arguments or an unreadable input file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterable

from .policy import POLICIES, SURFACES, check_prompt


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m bot moderate", description="Check prompts against the safety policy.")
    ap.add_argument("--surface", choices=SURFACES, default="write")
    ap.add_argument("--policy", choices=POLICIES, default="strict")
    ap.add_argument("--nsfw-channel", action="store_true", help="the prompt comes from an age-restricted channel")
    ap.add_argument("--negative-prompt", default="", help="negative prompt (draw)")
    ap.add_argument("--guild-term", action="append", default=[], help="a server-blocked term (repeatable)")
    ap.add_argument("--jsonl", type=Path, help="read JSON lines from FILE ('-' for stdin)")
    ap.add_argument("--out", type=Path, help="write JSON lines here instead of stdout")
    ap.add_argument("text", nargs="*", help="the prompt ('-' or nothing: read stdin)")
    return ap


def _decide_line(obj: Any, defaults: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ValueError('each line must be a JSON object with a string "text"')
    surface = obj.get("surface") or defaults["surface"]
    policy = obj.get("policy") or defaults["policy"]
    nsfw = obj.get("nsfw_channel")
    nsfw_channel = defaults["nsfw_channel"] if nsfw is None else bool(nsfw)
    if surface not in SURFACES:
        raise ValueError(f"surface must be one of {SURFACES}")
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {POLICIES}")
    d = check_prompt(obj["text"], surface=surface, policy=policy, nsfw_channel=nsfw_channel,
                     negative_prompt=str(obj.get("negative_prompt") or ""), guild_terms=defaults.get("guild_terms", ()))
    return d.public()


def moderate_lines(lines: Iterable[str], out: IO[str], *, surface: str = "write", policy: str = "strict",
                   nsfw_channel: bool = False, guild_terms: Iterable[str] = ()) -> int:
    """Decide each JSON line and write one JSON line per input line (blank lines skipped). Returns the count."""
    defaults = {"surface": surface, "policy": policy, "nsfw_channel": nsfw_channel, "guild_terms": tuple(guild_terms)}
    n = 0
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            result = _decide_line(json.loads(line), defaults)
        except (ValueError, TypeError) as e:  # json.JSONDecodeError is a ValueError
            result = {"allowed": False, "category": None, "layer": None,
                      "reason": f"Line {lineno} could not be checked: {e}", "error": "invalid_input"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        n += 1
    out.flush()
    return n


def moderate_jsonl(in_path: str | Path, out_path: str | Path, **defaults: Any) -> int:
    """Read JSON lines from `in_path`, write one decision line per input line to `out_path`. Returns the count."""
    with open(in_path, encoding="utf-8") as fin, open(out_path, "w", encoding="utf-8") as fout:
        return moderate_lines(fin, fout, **defaults)


def main(argv: list[str] | None = None) -> int:
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on bad arguments; return it instead
        return int(e.code or 0)
    defaults = dict(surface=args.surface, policy=args.policy, nsfw_channel=args.nsfw_channel, guild_terms=args.guild_term)
    if args.jsonl is not None:
        if args.text:
            print("moderate: give either TEXT or --jsonl, not both", file=sys.stderr)
            return 2
        try:
            fin = sys.stdin if str(args.jsonl) == "-" else open(args.jsonl, encoding="utf-8")
        except OSError as e:
            print(f"moderate: cannot read {args.jsonl}: {e}", file=sys.stderr)
            return 2
        try:
            if args.out is not None:
                with open(args.out, "w", encoding="utf-8") as fout:
                    moderate_lines(fin, fout, **defaults)
            else:
                moderate_lines(fin, sys.stdout, **defaults)
        finally:
            if fin is not sys.stdin:
                fin.close()
        return 0
    text = " ".join(args.text) if args.text and args.text != ["-"] else sys.stdin.read()
    if not text.strip():
        print("moderate: no text given", file=sys.stderr)
        return 2
    d = check_prompt(text, surface=args.surface, policy=args.policy, nsfw_channel=args.nsfw_channel,
                     negative_prompt=args.negative_prompt, guild_terms=args.guild_term)
    out = json.dumps(d.public(), ensure_ascii=False)
    if args.out is not None:
        args.out.write_text(out + "\n", encoding="utf-8")
    else:
        print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
