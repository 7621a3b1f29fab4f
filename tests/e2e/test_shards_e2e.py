"""The real bot sharded over real sockets: one process running every shard Discord recommends (AutoShardedClient,
`shard_count = 0`), and two processes each owning one of two shards (`shard_count = 2`, `shard_ids`). Guild events
reach only the session of the guild's shard, so an answer from each guild shows each shard is served."""

from __future__ import annotations

from .bot_process import BotProcess, StartBot, audit_values
from .discord_server import FakeDiscord, FakeInteraction

# Digits only: the smallest model, and what these tests are about is the gateway side.
DIGITS_ONLY = '[runtime]\ndevice = "cpu"\n[text]\nenabled = false\n[image]\nenabled = false\n[health]\nport = 0\n'


async def two_guilds(fake: FakeDiscord) -> dict[int, str]:
    """A guild on each of two shards: shard id -> its channel's name."""
    await fake.add_guild("north", shard=(0, 2))
    await fake.add_guild("south", shard=(1, 2))
    return {0: "north-general", 1: "south-general"}


async def ask_both(fake: FakeDiscord, channels: dict[int, str]) -> dict[int, FakeInteraction]:
    """/sample-digit from each guild; both answered with a grid. Returns shard id -> its interaction."""
    asked = {shard: await fake.send_command("sample-digit", {"digit": shard + 2, "count": 4, "seed": shard},
                                            channel=channel) for shard, channel in channels.items()}
    for shard, inter in asked.items():
        message = await inter.wait_response(lambda m: bool(m.attachments), timeout=180)
        assert f"digit {shard + 2}" in message.content and message.attachments[0].data.startswith(b"\x89PNG")
        assert inter.callback_type == 5 and not inter.late
    return asked


def delivered_to(fake: FakeDiscord, inter: FakeInteraction) -> int:
    """The shard whose session the interaction was dispatched on."""
    [shard] = [s for s, session in fake.gateway.shard_sessions.items()
               if any(f["t"] == "INTERACTION_CREATE" and f["d"]["id"] == str(inter.id) for f in session.frames)]
    return shard


def audited_guilds(bot: BotProcess) -> set[int]:
    return audit_values(bot.workdir / "genbot.sqlite3", "guild_id")


async def test_auto_sharded_one_process_answers_guilds_on_both_shards(fake_discord: FakeDiscord,
                                                                     bot_process: StartBot) -> None:
    fake = fake_discord
    fake.shards = 2  # GET /gateway/bot recommends two shards
    fake.max_concurrency = 2  # both may identify at once (the bot's before_identify_hook skips discord.py's 5 s)
    channels = await two_guilds(fake)
    bot = bot_process(DIGITS_ONLY, discord_toml="shard_count = 0")
    await fake.wait_until(lambda: bot.alive and fake.gateway.shards_connected(2) and any(fake.commands.values()),
                          120, "both shards to identify and the commands to sync")
    assert fake.requests_matching("GET /gateway/bot")  # the count came from Discord's recommendation
    identified = sorted(e.detail["shard"] for e in fake.gateway.events if e.kind == "identify")
    assert identified == [[0, 2], [1, 2]]
    for shard, session in fake.gateway.shard_sessions.items():  # each shard was told only of its own guilds
        ready = next(f["d"] for f in session.frames if f["t"] == "READY")
        assert all(session.owns(int(g["id"])) for g in ready["guilds"]) and ready["shard"] == [shard, 2]

    asked = await ask_both(fake, channels)
    assert {shard: delivered_to(fake, inter) for shard, inter in asked.items()} == {0: 0, 1: 1}
    assert not fake.unhandled and not fake.late_interactions


async def test_two_processes_each_own_a_shard(fake_discord: FakeDiscord, bot_process: StartBot) -> None:
    fake = fake_discord
    channels = await two_guilds(fake)
    bots = [bot_process(DIGITS_ONLY, discord_toml=f"shard_count = 2\nshard_ids = [{shard}]") for shard in (0, 1)]
    await fake.wait_until(lambda: all(b.alive for b in bots) and fake.gateway.shards_connected(2)
                          and any(fake.commands.values()), 120, "both processes to identify")
    assert not fake.requests_matching("GET /gateway/bot")  # the count is configured
    assert fake.command_syncs == 1  # only the process with shard 0 registers the (global) commands

    asked = await ask_both(fake, channels)
    assert {shard: delivered_to(fake, inter) for shard, inter in asked.items()} == {0: 0, 1: 1}
    # Each process answered (and audited, just after answering) its own shard's guild.
    for shard, bot in enumerate(bots):
        guild = int(asked[shard].payload["guild_id"])
        await fake.wait_until(lambda: audited_guilds(bot) == {guild}, 30, f"the audit row of shard {shard}")
    assert not fake.unhandled and not fake.late_interactions
