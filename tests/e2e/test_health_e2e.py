"""The operator's side server of the real bot: /healthz, /readyz and Prometheus /metrics after real jobs."""

from __future__ import annotations

import asyncio
import socket

import aiohttp

from .bot_process import StartBot
from .discord_server import FakeDiscord


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_health_ready_and_metrics(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    port = free_port()
    bot = bot_process(f'[runtime]\ndevice = "cpu"\n[text]\nenabled = false\n[image]\nenabled = false\n'
                      f'[health]\nport = {port}\n')
    await bot.wait_ready()
    base = f"http://127.0.0.1:{port}"
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{base}/healthz") as resp:
            assert resp.status == 200 and (await resp.text()).strip() == "ok"
        for _ in range(300):  # discord.py marks itself ready a moment after READY, once the guilds have arrived
            async with http.get(f"{base}/readyz") as resp:
                status, body = resp.status, await resp.json()
            if status == 200:
                break
            assert status == 503 and body["ready"] is False
            await asyncio.sleep(0.1)
        assert body == {"ready": True, "gateway": True, "models": {"digits": True}}
        inter = await fake_discord.send_command("sample-digit", {"digit": 1, "count": 4})
        await inter.wait_response(lambda m: bool(m.attachments), timeout=180)
        async with http.get(f"{base}/metrics") as resp:
            text = await resp.text()
    assert 'genbot_jobs_total{command="sample-digit",status="done"} 1.0' in text
    assert 'genbot_queue_depth{family="digits"} 0.0' in text
    assert 'genbot_model_loaded{family="digits"} 1.0' in text
    assert 'genbot_batch_size_count{family="digits"} 1.0' in text
    assert 'genbot_stage_seconds_count{command="sample-digit",stage="upload"} 1.0' in text
    assert 'genbot_moderation_decisions_total{category="",decision="allowed",layer=""} 1.0' in text
