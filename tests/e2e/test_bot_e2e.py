"""The real bot (`python -m bot run`, unmodified, in a subprocess) against the local Discord-protocol server."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from generators.digits import DigitGenerator
from generators.digits.grid import cell_box, grid_layout

from .bot_process import StartBot
from .discord_server import FakeDiscord

CPU_ONLY = '[runtime]\ndevice = "cpu"\n'


def cells(png: bytes, count: int, scale: int = 4) -> np.ndarray:
    """Cut the grid PNG back into (count, 28, 28) MNIST-like images."""
    grid = np.asarray(Image.open(io.BytesIO(png)))
    out = []
    for i in range(count):
        left, top, right, bottom = cell_box(i, count, scale)
        out.append(grid[top:bottom:scale, left:right:scale])
    return np.stack(out)


async def test_sample_digit_round_trip(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    bot = bot_process(CPU_ONLY)
    await bot.wait_ready()
    synced = fake_discord.registered_commands["sample-digit"]
    digit_option = next(o for o in synced["options"] if o["name"] == "digit")
    assert (digit_option["min_value"], digit_option["max_value"]) == (0, 9)
    assert synced["name_localizations"]["ko"] == "숫자그리기"

    inter = await fake_discord.send_command("sample-digit", {"digit": 3, "count": 16, "seed": 7})
    message = await inter.wait_response(lambda m: bool(m.attachments), timeout=180)
    assert inter.callback_type == 5 and not inter.late  # deferred within Discord's 3 seconds
    assert "digit 3" in message.content and "seed 7" in message.content and "AI-generated" in message.content
    [png] = message.attachments
    assert png.filename.endswith(".png") and png.data.startswith(b"\x89PNG")
    rows, cols = grid_layout(16)
    assert Image.open(io.BytesIO(png.data)).size == (cols * 112 + (cols + 1) * 2, rows * 112 + (rows + 1) * 2)
    labels, _ = DigitGenerator.load(eager=False).classify(cells(png.data, 16))
    assert (labels == 3).sum() >= 14, labels
    assert not fake_discord.unhandled and not fake_discord.late_interactions
