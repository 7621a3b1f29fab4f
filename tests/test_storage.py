"""The SQLite file: per-guild settings with declared defaults, audit log, retention, erasure, strikes."""

from __future__ import annotations

import sqlite3
import time

import pytest

from bot.storage import AuditEntry, GuildSettings, Storage


@pytest.fixture
async def storage(tmp_path):
    store = await Storage(tmp_path / "genbot.sqlite3").open()
    yield store
    await store.close()


async def test_settings_default_then_persist_across_reopen(storage, tmp_path):
    assert await storage.settings(1) == GuildSettings()
    await storage.update_settings(1, policy="standard", blocked_terms=("spoilers",), channel_commands={"5": ["write"]})
    await storage.close()
    reopened = await Storage(tmp_path / "genbot.sqlite3").open()
    try:
        settings = await reopened.settings(1)
        assert settings.policy == "standard" and settings.blocked_terms == ("spoilers",)
        assert settings.command_allowed("write", 5) and not settings.command_allowed("draw", 5)
        assert settings.command_allowed("draw", 6)
        assert await reopened.settings(2) == GuildSettings()  # other guilds keep the defaults
    finally:
        await reopened.close()


async def test_setting_back_to_default_removes_the_row(storage, tmp_path):
    await storage.update_settings(1, policy="nsfw")
    await storage.update_settings(1, policy="strict")
    rows = sqlite3.connect(tmp_path / "genbot.sqlite3").execute("SELECT COUNT(*) FROM guild_settings").fetchone()
    assert rows == (0,)


async def test_unknown_setting_is_refused(storage):
    with pytest.raises(KeyError):
        await storage.update_settings(1, colour="red")


async def test_audit_keeps_prompt_or_only_its_hash(storage):
    await storage.record(AuditEntry(1, 2, 3, "write", "hello", "allowed"))
    await storage.record(AuditEntry(1, 2, 3, "write", "secret", "blocked", "hate", "lexicon", 1.5), store_prompt=False)
    rows = await storage.audit_rows(user_id=3)
    assert rows[0]["prompt"] == "hello" and rows[1]["prompt"] is None
    assert len(rows[1]["prompt_sha256"]) == 64 and rows[1]["category"] == "hate" and rows[1]["layer"] == "lexicon"


async def test_retention_and_forget_me(storage):
    await storage.update_settings(1, retention_days=1)
    await storage.record(AuditEntry(1, 2, 3, "write", "old", "allowed"))
    await storage.record(AuditEntry(9, 2, 4, "write", "other guild", "allowed"))
    assert await storage.purge_expired(now=time.time() + 2 * 86400) == 1  # guild 9 keeps the default 30 days
    await storage.record(AuditEntry(1, 2, 3, "draw", "x", "blocked"))
    await storage.add_strike(1, 3, "sexual")
    assert len(await storage.strike_times(1, 3, since=0)) == 1
    assert await storage.forget_user(3) == 2
    assert await storage.audit_rows(user_id=3) == [] and await storage.strike_times(1, 3, since=0) == []
    assert len(await storage.audit_rows(user_id=4)) == 1


async def test_jobs_are_remembered_for_buttons_and_forgotten_with_the_user(storage):
    ref = await storage.remember_job(1, 3, "write", {"prompt": "hi", "max_new_tokens": 20})
    assert await storage.job(ref) == {"guild_id": 1, "user_id": 3, "command": "write",
                                      "options": {"prompt": "hi", "max_new_tokens": 20}}
    assert await storage.forget_user(3) == 1 and await storage.job(ref) is None
