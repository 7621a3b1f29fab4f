"""The end-to-end scenarios of test_commands_e2e.py and test_buttons_e2e.py again, with `runtime.backend = "ray"`:
the real bot (unmodified, in a subprocess) starts a local Ray instance, deploys the digit, text and image families
on Ray Serve, and must behave exactly as with the local backend (each command, streamed /write, blocked prompts,
invalid options, the Korean locale, queue full, per-user cap, queue positions, Cancel while queued and while
running, Re-roll/Delete/Report and a restart). Then two shard processes share one Ray cluster started with
`ray start --head`.

Outside a loopback-only network namespace this module has one test, which runs the module again inside one (see
tests/netns.py): Ray listens on every interface. It needs Ray (`pip install -e ".[ray]"`; scripts/setup --test
installs it).
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("ray", reason='the Ray backend is not installed: pip install -e ".[ray]" (scripts/setup --test '
                                  'installs it)')

from netns import check_in_namespace, inside, ray_temp_dir  # noqa: E402

if not inside():

    def test_ray_e2e_in_a_loopback_only_namespace() -> None:
        check_in_namespace(__file__)

else:
    from . import test_buttons_e2e as buttons
    from . import test_commands_e2e as commands
    from .bot_process import StartBot
    from .discord_server import FakeDiscord
    from .live_bot import LiveBot
    from .test_shards_e2e import DIGITS_ONLY, ask_both, delivered_to, two_guilds

    pytestmark = pytest.mark.asyncio(loop_scope="module")

    GENBOT_CONFIG = {
        "runtime": {"backend": "ray"},
        "ray": {"temp_dir": ray_temp_dir("bot")},
        # The local e2e configuration's batching, as the deployments' @serve.batch settings.
        "ray.text": {"max_batch_size": 4, "max_ongoing_requests": 8},
        "ray.image": {"max_batch_size": 4, "batch_wait_timeout_s": 0.0, "max_ongoing_requests": 8},
    }

    # The same scenarios, collected here in this order (they share this module's bot, as in their own modules).
    test_write_streams_partial_text_then_delivers = commands.test_write_streams_partial_text_then_delivers
    test_draw_delivers_png_with_provenance = commands.test_draw_delivers_png_with_provenance
    test_sample_digit = commands.test_sample_digit
    test_blocked_prompts_audit_strikes_and_modlog = commands.test_blocked_prompts_audit_strikes_and_modlog
    test_invalid_options_are_refused_privately = commands.test_invalid_options_are_refused_privately
    test_korean_locale = commands.test_korean_locale

    async def test_served_by_ray_serve(live: LiveBot) -> None:
        log = live.bot.log_text()
        assert "Ray Serve deployments ready: genbot-digits, genbot-text, genbot-image" in log, log[-3000:]
        assert "Started a local Ray instance" in log
        assert "generators.runtime: digits loaded" not in log  # no model ran in the bot process

    async def test_restart_with_buttons_module_limits(live: LiveBot) -> None:
        """test_buttons_e2e.py's limits (room for one queued job, one job per user) on a restarted bot with a fresh
        SQLite file, as that module starts: its tests count audit rows and expect no moderation log channel."""
        await live.bot.stop()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{live.database}{suffix}").unlink(missing_ok=True)
        await live.restart(buttons.GENBOT_CONFIG)

    test_queue_limits_positions_and_cancel = buttons.test_queue_limits_positions_and_cancel
    test_reroll_delete_report_and_after_restart = buttons.test_reroll_delete_report_and_after_restart
    test_no_interaction_was_late = commands.test_no_interaction_was_late

    async def test_clean_shutdown_stops_the_local_ray_instance(live: LiveBot) -> None:
        temp_dir = GENBOT_CONFIG["ray"]["temp_dir"]
        assert await live.bot.stop(timeout=90) == 0
        left = [p for p in ray_processes() if temp_dir in p]
        assert not left, left

    def ray_processes() -> list[str]:
        out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True).stdout
        return [line for line in out.splitlines() if "ray" in line]

    def free_port() -> int:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    @pytest.mark.asyncio(loop_scope="function")  # its fixtures (a FakeDiscord of its own) are per test
    async def test_two_shard_processes_share_one_ray_cluster(fake_discord: FakeDiscord,
                                                            bot_process: StartBot) -> None:
        """`ray start --head` (a cluster, as an operator runs it), then two bot processes each owning one shard,
        both with `address` set: the first deploys the digit family, the second attaches to the same deployment."""
        port = free_port()
        ray_cli = str(Path(sys.executable).with_name("ray"))
        head = subprocess.Popen([ray_cli, "start", "--head", "--block", f"--port={port}", "--node-ip-address=127.0.0.1",
                                 "--num-cpus=2", "--include-dashboard=false", f"--temp-dir={ray_temp_dir('head')}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            fake = fake_discord
            channels = await two_guilds(fake)
            ray_toml = (f'[runtime]\nbackend = "ray"\ndevice = "cpu"\n[ray]\naddress = "127.0.0.1:{port}"\n'
                        f'namespace = "shards"\n')
            config = DIGITS_ONLY.replace('[runtime]\ndevice = "cpu"\n', ray_toml)
            first = bot_process(config, discord_toml="shard_count = 2\nshard_ids = [0]")
            await fake.wait_until(lambda: "Ray Serve deployments ready" in first.log_text() or not first.alive,
                                  240, "the first shard process to deploy")
            second = bot_process(config, discord_toml="shard_count = 2\nshard_ids = [1]")
            await fake.wait_until(lambda: all(b.alive for b in (first, second)) and fake.gateway.shards_connected(2)
                                  and "Ray Serve deployments ready" in second.log_text(), 240,
                                  "both shard processes on the gateway and the cluster")
            assert "deploying shards-digits" in first.log_text()
            assert "attached to the running deployment shards-digits" in second.log_text()
            assert "deploying" not in second.log_text()

            asked = await ask_both(fake, channels)
            assert {shard: delivered_to(fake, inter) for shard, inter in asked.items()} == {0: 0, 1: 1}
            for bot in (first, second):  # the cluster outlives its drivers: a shard's exit leaves it running
                assert await bot.stop(timeout=60) == 0
            assert not fake.unhandled and not fake.late_interactions
        finally:
            try:
                os.killpg(head.pid, signal.SIGTERM)  # `ray start --block` stops the cluster it started
                await asyncio.to_thread(head.wait, 60)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(head.pid, signal.SIGKILL)
