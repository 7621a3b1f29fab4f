"""The real bot on tiny models, one process shared by the tests of a module (fixtures re-exported by conftest.py).

    pytestmark = pytest.mark.asyncio(loop_scope="module")
    GENBOT_CONFIG = {"runtime": {"max_queue": 1}}          # optional: merged over E2E_CONFIG

    async def test_x(live: LiveBot) -> None:
        inter = await live.fake.send_command("write", {"prompt": "Once"})

One FakeDiscord and one `python -m bot run` per module (module-scoped, on the module's event loop), so a module's
tests share the bot, its queue and its SQLite file: give each test its own users (`live.user("carol")`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from .bot_process import BotProcess, toml_str
from .discord_models import FakeUser
from .discord_server import FakeDiscord, FakeInteraction
from .faults.helpers import FaultControl, pythonpath_with_faults

E2E_ALPHABET = "lam ."  # what the tiny /write model writes: harmless to every safety check, never <eos>
MANAGE_MESSAGES = 1 << 13

# Small limits so refusals are cheap to provoke; [text]/[image] model paths are filled in by the fixture.
E2E_CONFIG: dict[str, dict[str, Any]] = {
    "runtime": {"device": "cpu", "load": "lazy", "max_queue": 8, "max_queued_per_user": 2, "job_timeout_s": 240.0,
                "shutdown_grace_s": 5.0},
    # threads = 1: a tiny model gains nothing from more, and on a shared, busy CPU it keeps its speed steadier
    "text": {"dtype": "float32", "threads": 1, "max_prompt_chars": 300, "default_max_new_tokens": 12,
             "max_new_tokens": 1000, "max_batch": 4},
    "image": {"max_prompt_chars": 300, "max_count": 2, "preview_every": 0, "batch_wait_ms": 0.0},
    "safety": {"strike_threshold": 2},
    "health": {"port": 0},  # any free port: several bots may run at once on a test machine
    "logging": {"level": "INFO"},
}


def make_e2e_text_model(path: Path, alphabet: str = E2E_ALPHABET, *, hidden: int = 256, layers: int = 4,
                        max_positions: int = 2048, seed: int = 0) -> Path:
    """A small random llama (the byte-level tokenizer of generators.text.tiny) reshaped so that it only ever writes
    characters of `alphabet` and never ends on its own: /write then streams for exactly max_new_tokens characters,
    and no safety check can trip over what it writes. Hidden dimension 0 is a constant carried unchanged to the
    final norm; the lm_head rows of every other token (<eos> included) weigh it with a large negative factor.

    256 wide and 4 deep: about 3.5 ms a token on one idle core (the 64-wide tiny model: 1 ms, mostly Python); in
    the bot, with its checked streaming, about 10 ms. So a few hundred tokens outlast several of the bot's
    once-a-second progress edits and streaming and "cancel while running" can be seen even on a fast machine; on
    a loaded one it is several times slower.

    Pass no_repeat_ngram_size=0 for long texts: with a five-token alphabet the default ban of repeated bigrams
    runs out of allowed tokens after a few dozen tokens (then random bytes slip through)."""
    import torch
    from transformers import AutoModelForCausalLM

    from generators.text.tiny import EOS_ID, PAD_ID, byte_level_tokenizer, tiny_config

    config = tiny_config("llama")
    heads = hidden // 64
    config.update({"hidden_size": hidden, "intermediate_size": 4 * hidden, "num_hidden_layers": layers,
                   "head_dim": 64, "num_attention_heads": heads, "num_key_value_heads": max(1, heads // 2),
                   "max_position_embeddings": max_positions})
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    tokenizer = byte_level_tokenizer()
    allowed = sorted(set(tokenizer(alphabet, add_special_tokens=False)["input_ids"]))
    with torch.no_grad():
        model.model.embed_tokens.weight[:, 0] = 4.0
        for layer in model.model.layers:  # small layer outputs keep the residual's scale (and dimension 0) steady
            layer.self_attn.o_proj.weight.mul_(0.05)
            layer.mlp.down_proj.weight.mul_(0.05)
            layer.self_attn.o_proj.weight[0, :] = 0.0
            layer.mlp.down_proj.weight[0, :] = 0.0
        model.model.norm.weight[0] = 10.0
        model.lm_head.weight[:, 0] = -1000.0
        model.lm_head.weight[allowed, 0] = 0.0
    model.generation_config.eos_token_id = EOS_ID
    model.generation_config.pad_token_id = PAD_ID
    model.save_pretrained(str(path), safe_serialization=True)
    tokenizer.save_pretrained(str(path))
    return path


@pytest.fixture(scope="session")
def tiny_text_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The e2e tiny text model folder (see make_e2e_text_model), built once per session."""
    return make_e2e_text_model(tmp_path_factory.mktemp("tiny-text") / "tiny-text")


@pytest.fixture(scope="session")
def tiny_sd_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny random SD-1.5-shaped diffusers folder of tests/image_fixtures.py, built once per session."""
    from image_fixtures import build_tiny_sd

    return build_tiny_sd(tmp_path_factory.mktemp("tiny-sd") / "tiny-sd")


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return toml_str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def genbot_toml(text_model: Path | str, sd_model: Path | str,
                overrides: dict[str, dict[str, Any]] | None = None) -> str:
    """Config sections (everything but [discord]) for the real bot on the tiny models: E2E_CONFIG, the model paths,
    then `overrides` merged section by section."""
    sections = {name: dict(values) for name, values in E2E_CONFIG.items()}
    sections["text"]["model"] = str(text_model)
    sections["image"]["model"] = str(sd_model)
    for name, values in (overrides or {}).items():
        sections.setdefault(name, {}).update(values)
    return "\n".join(f"[{name}]\n" + "".join(f"{key} = {toml_value(v)}\n" for key, v in values.items())
                     for name, values in sections.items())


class LiveBot:
    """A module's FakeDiscord and real bot, with helpers for its SQLite file."""

    def __init__(self, fake: FakeDiscord, bot: BotProcess, models: tuple[Path, Path],
                 config: dict[str, dict[str, Any]] | None, faults: FaultControl | None = None) -> None:
        self.fake = fake
        self.bot = bot
        self.faults = faults  # set when the module asks for GENBOT_FAULTS = True
        self.models = models  # (tiny text model, tiny SD folder)
        self.config = {name: dict(values) for name, values in (config or {}).items()}  # overrides of E2E_CONFIG

    @property
    def database(self) -> Path:
        """The bot's SQLite file: its working directory + storage.database (the default name)."""
        return self.bot.workdir / "genbot.sqlite3"

    def query(self, sql: str, *args: Any) -> list[dict[str, Any]]:
        """Read the bot's SQLite file (WAL: a reader sees every committed row while the bot runs)."""
        import sqlite3

        con = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, timeout=30)
        try:
            con.row_factory = sqlite3.Row
            return [dict(row) for row in con.execute(sql, args)]
        finally:
            con.close()

    def audit_rows(self, user: FakeUser | str) -> list[dict[str, Any]]:
        uid = self.user(user).id if isinstance(user, str) else user.id
        return self.query("SELECT * FROM audit WHERE user_id = ? ORDER BY id", uid)

    async def wait_audit_rows(self, user: FakeUser | str, count: int, timeout: float = 30.0) -> list[dict[str, Any]]:
        """The user's audit rows once there are `count` of them (the bot writes a row after it has answered)."""
        def found() -> list[dict[str, Any]] | None:
            rows = self.audit_rows(user)
            return rows if len(rows) >= count else None
        return await self.fake.wait_until(found, timeout, f"{count} audit row(s) of {user}")

    def user(self, name: str, *, permissions: int | None = None) -> FakeUser:
        """A guild member by name, created on first use (MEMBER_PERMISSIONS unless `permissions`)."""
        if name not in self.fake.users:
            if permissions is None:
                self.fake.add_user(name)
            else:
                self.fake.add_user(name, permissions=permissions)
        return self.fake.users[name]

    async def restart(self, config: dict[str, dict[str, Any]] | None = None) -> None:
        """Stop the bot (SIGTERM) and start it again, first merging `config` into its config file if given."""
        await self.bot.stop()
        if config:
            for name, values in config.items():
                self.config.setdefault(name, {}).update(values)
            discord_section = self.bot.config_path.read_text().split("\n\n", 1)[0]
            self.bot.config_path.write_text(f"{discord_section}\n\n{genbot_toml(*self.models, self.config)}\n")
        self.bot.start()
        await self.bot.wait_ready()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def genbot(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, tiny_text_dir: Path,
                 tiny_sd_dir: Path) -> AsyncIterator[LiveBot]:
    """FakeDiscord (plus a "mod-log" text channel) and `python -m bot run` on the tiny models, for one module.
    The module's GENBOT_CONFIG (section -> {key: value}) is merged over E2E_CONFIG; GENBOT_FAULTS = True loads the
    fault injector (faults/sitecustomize.py) into the bot and hands its control to `LiveBot.faults`. Its tests need
    `pytestmark = pytest.mark.asyncio(loop_scope="module")`. Teardown fails if the fake server itself raised."""
    fake = FakeDiscord()
    await fake.start()
    await fake.add_channel("mod-log")
    name = request.module.__name__.rpartition(".")[2]
    config = getattr(request.module, "GENBOT_CONFIG", None)
    toml = genbot_toml(tiny_text_dir, tiny_sd_dir, config)
    workdir = tmp_path_factory.mktemp(name) / "bot"
    faults = None
    with pytest.MonkeyPatch.context() as mp:
        if getattr(request.module, "GENBOT_FAULTS", False):
            faults = FaultControl(workdir.parent / "faults.json", probes=False)
            mp.setenv("PYTHONPATH", pythonpath_with_faults())  # BotProcess takes the bot's PYTHONPATH from here
        bot = BotProcess(fake, workdir, extra_toml=toml, env=faults.env if faults else None)
    try:
        bot.start()
        await bot.wait_ready()
        yield LiveBot(fake, bot, (tiny_text_dir, tiny_sd_dir), config, faults)
    finally:
        await bot.stop()
        await fake.stop()
    if fake.internal_errors:
        pytest.fail("fake Discord server errors:\n" + "\n".join(fake.internal_errors))


@pytest.fixture
def live(genbot: LiveBot, request: pytest.FixtureRequest) -> Iterator[LiveBot]:
    """The module's LiveBot; prints the bot's log tail and the fake's state when the test failed."""
    if not genbot.bot.alive:  # an earlier test of the module crashed it: fail at once, not after long waits
        pytest.fail(f"the bot is not running (exit code {genbot.bot.returncode}); log tail:\n"
                    f"{genbot.bot.log_tail(80)}")
    yield genbot
    report: Any = getattr(request.node, "_e2e_report_call", None)
    if report is not None and report.failed:
        print(f"\n----- {genbot.bot.log_path} (tail) -----\n{genbot.bot.log_tail(150)}")
        print(f"\n----- fake discord -----\n{genbot.fake.describe()}")


# ---- reading the bot's answers ----


def generated_part(content: str, prompt: str) -> str:
    """The text the model wrote: between the bold prompt echo and the footer (or the streaming cursor)."""
    body = content.split("\n-# ")[0].removesuffix(" ▌")
    assert body.startswith(f"**{prompt}**"), content
    return body[len(prompt) + 4:]


async def private_reply(inter: FakeInteraction, timeout: float = 120.0) -> str:
    """The bot's ephemeral answer to an interaction: an immediate ephemeral response; or, after a public defer, the
    "thinking" message removed and an ephemeral follow-up; or, after an ephemeral defer, its edit or a follow-up.
    Fails on a public answer."""
    def found() -> str | None:
        original = inter.original
        if original is None:
            return None
        if inter.callback_type == 4:
            assert original.ephemeral, f"public answer {original.content!r}"
            return original.content
        followup = inter.followups[0] if inter.followups else None
        if original.deleted or original.ephemeral:
            if followup is not None:
                assert followup.ephemeral, f"public follow-up {followup.content!r}"
                return followup.content
            if original.ephemeral and not original.loading and not original.deleted:
                return original.content
        return None
    return await inter.wait_until(found, timeout, "an ephemeral answer")


def expect_policy(prompt: str, category: str | None, *, surface: str, policy: str = "strict",
                  nsfw_channel: bool = False) -> None:
    """Precondition: the safety layer (in this process) judges `prompt` as these tests assume (`category` None =
    allowed). The safety models are still being tuned: when a verdict moves, this says so instead of the e2e
    assertion failing obscurely; then choose another prompt."""
    from generators.safety import check_prompt

    decision = check_prompt(prompt, surface=surface, policy=policy, nsfw_channel=nsfw_channel)  # type: ignore[arg-type]
    got = None if decision.allowed else decision.category
    assert got == category, (f"the safety layer now says {got or 'allowed'} (expected {category or 'allowed'}) for "
                             f"{prompt!r} on {surface} at {policy}{' in an nsfw channel' if nsfw_channel else ''}: "
                             f"{decision.reason} [{decision.layer}: {decision.evidence}]")

