"""/write: continue (or answer) a prompt with the configured text model, streaming the text as it is written."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.commands.spec import CommandSpec, check_length
from bot.config import Config
from bot.delivery import run_request
from generators.requests import MAX_NEW_TOKENS, MAX_SEED, InvalidRequest, TextRequest


def build_request(config: Config, user_id: str, *, prompt: str, max_new_tokens: int | None = None,
                  temperature: float | None = None, top_p: float | None = None,
                  no_repeat_ngram_size: int | None = None, seed: int | None = None) -> TextRequest:
    limits = config.text
    check_length("prompt", prompt, limits.max_prompt_chars)
    if max_new_tokens is not None and max_new_tokens > limits.max_new_tokens:
        raise InvalidRequest("max_new_tokens", "out_of_range",
                             f"max_new_tokens must be between 1 and {limits.max_new_tokens} on this bot.",
                             low=1, high=limits.max_new_tokens)
    chosen = {"temperature": temperature, "top_p": top_p, "no_repeat_ngram_size": no_repeat_ngram_size}
    return TextRequest(user_id=user_id, prompt=prompt, seed=seed,
                       max_new_tokens=max_new_tokens or limits.default_max_new_tokens,
                       **{name: value for name, value in chosen.items() if value is not None})

@app_commands.command(name="write", description="Write text that continues your prompt")
@app_commands.describe(
    prompt="What to start from, e.g. 인공지능은 or 'Once upon a time'",
    max_new_tokens="How much to write, in tokens (about ¾ of a word each)",
    temperature="0 = always the likeliest word; higher = more surprising (default 0.8)",
    top_p="Only sample from the likeliest words covering this share of probability (default 0.95)",
    no_repeat_ngram_size="Never repeat a phrase of this many tokens (default 2; 0 = off)",
    seed="Same seed, same text; leave empty for a random one",
)
async def write(interaction: discord.Interaction, prompt: app_commands.Range[str, 1, 4000],
                max_new_tokens: app_commands.Range[int, 1, MAX_NEW_TOKENS] | None = None,
                temperature: app_commands.Range[float, 0.0, 2.0] | None = None,
                top_p: app_commands.Range[float, 0.01, 1.0] | None = None,
                no_repeat_ngram_size: app_commands.Range[int, 0, 10] | None = None,
                seed: app_commands.Range[int, 0, MAX_SEED] | None = None) -> None:
    await run_request(interaction, build_request, prompt=prompt, max_new_tokens=max_new_tokens,
                      temperature=temperature, top_p=top_p, no_repeat_ngram_size=no_repeat_ngram_size, seed=seed)


SPEC = CommandSpec(write, build_request)
