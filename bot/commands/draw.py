"""/draw: text to image with the configured Stable Diffusion model, with step progress and small previews."""

from __future__ import annotations

from functools import cache

import discord
from discord import app_commands

from bot.commands.spec import CommandSpec, check_length
from bot.config import Config
from bot.delivery import run_request
from generators.image import PROFILES, SCHEDULER_LABELS, Profile, draw_request, family_profile
from generators.requests import MAX_DRAW_COUNT, MAX_SEED, MAX_STEPS, DrawRequest, InvalidRequest

MAX_AUTOCOMPLETE = 25


@cache
def model_profile(model: str, profile: str) -> Profile:
    """The size buckets, step and guidance limits of the configured model, read once (no model load)."""
    return family_profile(model) if profile == "auto" else PROFILES[profile]


def build_request(config: Config, user_id: str, *, prompt: str, negative_prompt: str | None = None,
                  steps: int | None = None, guidance_scale: float | None = None, size: str | None = None,
                  scheduler: str | None = None, count: int | None = None, seed: int | None = None) -> DrawRequest:
    limits = config.image
    check_length("prompt", prompt, limits.max_prompt_chars)
    check_length("negative_prompt", negative_prompt or "", limits.max_prompt_chars)
    if count is not None and count > limits.max_count:
        raise InvalidRequest("count", "out_of_range", f"count must be between 1 and {limits.max_count} on this bot.",
                             low=1, high=limits.max_count)
    profile = model_profile(limits.model, limits.profile)
    return draw_request(profile, prompt, user_id=user_id, seed=seed, negative_prompt=negative_prompt, steps=steps,
                        guidance_scale=guidance_scale, size=size, scheduler=scheduler, count=count)


@app_commands.command(name="draw", description="Draw a picture from a text description")
@app_commands.describe(
    prompt="What to draw, e.g. 'a lighthouse at dusk, oil painting'",
    negative_prompt="What to keep out of the picture, e.g. 'blurry, text'",
    steps="Denoising steps: more is slower and usually finer",
    guidance_scale="How closely to follow the prompt (around 7 is typical; 0 for Turbo models)",
    size="Width x height in pixels, from the sizes this model was trained for",
    scheduler="The sampler (default: the model's recommended one)",
    count=f"How many pictures (1-{MAX_DRAW_COUNT})",
    seed="Same seed, same picture; leave empty for a random one",
)
@app_commands.choices(scheduler=[app_commands.Choice(name=label, value=name)
                                 for name, label in {"default": "Default", **SCHEDULER_LABELS}.items()])
async def draw(interaction: discord.Interaction, prompt: app_commands.Range[str, 1, 2000],
               negative_prompt: app_commands.Range[str, 1, 2000] | None = None,
               steps: app_commands.Range[int, 1, MAX_STEPS] | None = None,
               guidance_scale: app_commands.Range[float, 0.0, 30.0] | None = None,
               size: str | None = None, scheduler: app_commands.Choice[str] | None = None,
               count: app_commands.Range[int, 1, MAX_DRAW_COUNT] | None = None,
               seed: app_commands.Range[int, 0, MAX_SEED] | None = None) -> None:
    await run_request(interaction, build_request, prompt=prompt, negative_prompt=negative_prompt, steps=steps,
                      guidance_scale=guidance_scale, size=size, scheduler=scheduler.value if scheduler else None,
                      count=count, seed=seed)


@draw.autocomplete("size")
async def size_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    config: Config = interaction.client.config  # type: ignore[attr-defined]
    profile = model_profile(config.image.model, config.image.profile)
    sizes = [s for s in profile.size_choices() if current.replace(" ", "") in s]
    return [app_commands.Choice(name=s.replace("x", " × "), value=s) for s in sizes[:MAX_AUTOCOMPLETE]]


SPEC = CommandSpec(draw, build_request)
