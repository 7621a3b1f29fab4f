"""/sample-digit: handwritten digits from the brief's class-conditional GAN or VAE."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.commands.spec import CommandSpec
from bot.config import Config
from bot.delivery import run_request
from generators.requests import MAX_DIGIT_COUNT, MAX_SEED, DigitRequest


def build_request(config: Config, user_id: str, *, digit: int | None = None, count: int | None = None,
                  model: str | None = None, seed: int | None = None) -> DigitRequest:
    return DigitRequest(user_id=user_id, digit=digit, count=count or config.digits.default_count,
                        model=model or config.digits.default_model, seed=seed)


@app_commands.command(name="sample-digit", description="Draw handwritten digits with the GAN or VAE trained on MNIST")
@app_commands.describe(
    digit="Which digit to draw (0-9); leave empty for a mix",
    count=f"How many samples (1-{MAX_DIGIT_COUNT})",
    model="GAN: sharper strokes; VAE: smoother, blurrier",
    seed="Same seed, same picture; leave empty for a random one",
)
@app_commands.choices(model=[app_commands.Choice(name="GAN", value="gan"),
                             app_commands.Choice(name="VAE", value="vae")])
async def sample_digit(interaction: discord.Interaction, digit: app_commands.Range[int, 0, 9] | None = None,
                       count: app_commands.Range[int, 1, MAX_DIGIT_COUNT] | None = None,
                       model: app_commands.Choice[str] | None = None,
                       seed: app_commands.Range[int, 0, MAX_SEED] | None = None) -> None:
    await run_request(interaction, build_request, digit=digit, count=count,
                      model=model.value if model else None, seed=seed)


SPEC = CommandSpec(sample_digit, build_request)
