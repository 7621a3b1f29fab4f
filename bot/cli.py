"""`genbot` / `python -m bot`: run | console | check."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import platform
import sys
from importlib import metadata
from pathlib import Path

from bot.config import CONFIG_ENV, TOKEN_ENV, Config, ConfigError, config_path, discord_token, load_config

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
REPORTED_LIBRARIES = ("discord.py", "aiohttp", "torch", "tensorflow", "keras", "transformers", "diffusers", "numpy")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="genbot", description="Self-hosted generative-AI bot for Discord.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help=f"run the Discord bot (needs {TOKEN_ENV} in the environment)")
    console = sub.add_parser("console", help="local front end with Discord-like commands, no token needed")
    console.add_argument("-c", dest="line", metavar="COMMAND", help='run one command and exit, e.g. "/sample-digit digit:7"')
    console.add_argument("--out", type=Path, help="where generated files go (default: console.out_dir, ./out)")
    console.add_argument("--json", action="store_true", help="print one JSON object per command")
    check = sub.add_parser("check", help="validate the config and report each generator's model and device")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    sub.add_parser("moderate", add_help=False,
                   help="try the safety policy on a text or a JSONL file (see `genbot moderate --help`)")
    verify = sub.add_parser("verify-image", help="read an image's AI-generated metadata and invisible watermark")
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true", help="print the full report as JSON")
    models = sub.add_parser("models", help="manage model files")
    models_sub = models.add_subparsers(dest="models_command", required=True)
    pull = models_sub.add_parser("pull", help="download a /draw model into the Hugging Face cache")
    pull.add_argument("model_id", help="hub id, e.g. stabilityai/sd-turbo")
    return parser


class _SecretFilter(logging.Filter):
    """Last line of defence: the token never reaches a log line, even inside a library's message."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "[redacted]"), None
        return True


def _setup_logging(config: Config, token: str | None) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if token:
        handler.addFilter(_SecretFilter(token))
    logging.basicConfig(level=config.logging.level, handlers=[handler], force=True)
    for noisy in ("discord.gateway", "discord.client"):
        logging.getLogger(noisy).setLevel(max(logging.INFO, logging.getLevelName(config.logging.level)))


def _versions() -> dict[str, str | None]:
    found: dict[str, str | None] = {"python": platform.python_version()}
    for name in REPORTED_LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def check(config: Config, as_json: bool) -> int:
    from bot.services import build_runners
    from generators.devices import resolve_device

    source = config_path()
    report = {
        "config": str(source) if source else "built-in defaults",
        "config_valid": True,
        "device": resolve_device(config.runtime.device),
        "token_present": discord_token() is not None,
        "generators": {runner.family: runner.describe() for runner in build_runners(config)},
        "versions": _versions(),
    }
    healthy = all(g["available"] for g in report["generators"].values())
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        print(f"config: {report['config']} (valid)")
        print(f"device: {report['device']}; {TOKEN_ENV} {'set' if report['token_present'] else 'not set'}")
        for family, info in report["generators"].items():
            state = "available" if info["available"] else "NOT AVAILABLE"
            print(f"  {family}: {state}; source {info['source']}; device {info['device']}")
        print("versions: " + ", ".join(f"{k} {v or '-'}" for k, v in report["versions"].items()))
    return EXIT_OK if healthy else EXIT_FAILED


def verify_image_command(path: Path, as_json: bool) -> int:
    from generators.image import verify_image

    try:
        report = verify_image(path)
    except (OSError, ValueError) as exc:
        print(f"genbot: cannot read {path}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(json.dumps(report, indent=2, ensure_ascii=False, default=str) if as_json else report["verdict"])
    return EXIT_OK if report["watermark"].get("found") or report["ai_generated"] else EXIT_FAILED


def pull_command(model_id: str) -> int:
    from generators.image import ModelDownloadError, pull_model

    try:
        path = pull_model(model_id, progress=True)
    except ModelDownloadError as exc:
        print(f"genbot: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{model_id} is in the Hugging Face cache: {path}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["moderate"]:  # its own parser: python -m bot moderate [--surface ...] TEXT | --jsonl FILE
        from generators.safety.cli import main as moderate

        return moderate(argv[1:])
    args = _parser().parse_args(argv)
    try:
        config = load_config()
    except ConfigError as exc:
        print(f"genbot: invalid configuration: {exc}", file=sys.stderr)
        if args.command == "check":
            print(f"(set {CONFIG_ENV} to use another file)", file=sys.stderr)
        return EXIT_USAGE
    token = discord_token()
    _setup_logging(config, token)

    if args.command == "check":
        return check(config, args.json)
    if args.command == "verify-image":
        return verify_image_command(args.file, args.json)
    if args.command == "models":
        return pull_command(args.model_id)
    if args.command == "console":
        from bot.console import run_interactive, run_once

        out_dir = args.out or Path(config.console.out_dir)
        if args.line is not None:
            return asyncio.run(run_once(config, args.line, out_dir, args.json))
        return asyncio.run(run_interactive(config, out_dir, args.json))
    # run
    if token is None:
        print(f"genbot: {TOKEN_ENV} is not set, so the Discord bot cannot log in.\n"
              f"Set it to your bot token (Discord Developer Portal → your application → Bot → Reset Token),\n"
              f"or try everything locally without a token: genbot console", file=sys.stderr)
        return EXIT_USAGE
    import discord

    from bot.app import run_bot

    try:
        asyncio.run(run_bot(config, token))
    except discord.LoginFailure:
        print(f"genbot: Discord rejected the token in {TOKEN_ENV}. Reset it in the Developer Portal and try again.",
              file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
