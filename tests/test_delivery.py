"""bot/delivery.py without Discord: when the Cancel button is attached, and jobs that would outlive their token."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest

from bot import delivery
from bot.delivery import DELIVERY_MARGIN_S, INTERACTION_TOKEN_S, ProgressEditor, eta_past_token
from bot.i18n import t
from generators.requests import DigitRequest
from generators.runtime import Progress


class FakeInteraction:
    locale = "en-US"

    def __init__(self, fail: int = 0) -> None:
        self.edits: list[dict[str, Any]] = []
        self.fail = fail

    async def edit_original_response(self, **kwargs: Any) -> None:
        if self.fail:
            self.fail -= 1
            raise discord.HTTPException(type("R", (), {"status": 429, "reason": "Too Many Requests"})(), "slow down")
        self.edits.append(kwargs)


class FakeJob:
    def position(self) -> int | None:
        return None

    def eta(self) -> float | None:
        return None


@pytest.fixture
def fast_ticks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery, "EDIT_INTERVAL_S", 0.05)


def started_editor(inter: "FakeInteraction") -> tuple[ProgressEditor, discord.ui.View]:
    """A progress editor for a digits job, with a Cancel view ready to attach, already ticking."""
    editor = ProgressEditor(inter, DigitRequest(user_id="u"))  # type: ignore[arg-type]
    view = discord.ui.View(timeout=None)
    editor.cancel_view = view
    editor.start(FakeJob())  # type: ignore[arg-type]
    return editor, view


async def test_a_job_done_before_the_first_tick_costs_no_edit(fast_ticks: None) -> None:
    inter = FakeInteraction()
    editor, _ = started_editor(inter)
    await editor.stop()  # finished at once: the result edit will replace the "thinking" message directly
    assert inter.edits == []


async def test_the_cancel_button_comes_with_the_first_progress_edit(fast_ticks: None) -> None:
    inter = FakeInteraction()
    editor, view = started_editor(inter)
    editor.on_progress(None, Progress("started"))  # type: ignore[arg-type]
    await asyncio.sleep(0.3)
    await editor.stop()
    assert inter.edits[0]["view"] is view and inter.edits[0]["content"] == t("progress.generating", "en-US")
    assert all("view" not in e for e in inter.edits[1:]) and len(inter.edits) == 1  # nothing new to show


async def test_a_running_job_without_progress_still_gets_its_cancel_button(fast_ticks: None) -> None:
    inter = FakeInteraction()
    editor, view = started_editor(inter)
    await asyncio.sleep(0.3)
    await editor.stop()
    assert inter.edits == [{"view": view}]  # the content ("thinking") is left as it is


async def test_a_failed_cancel_edit_is_tried_again(fast_ticks: None) -> None:
    inter = FakeInteraction(fail=2)
    editor, view = started_editor(inter)
    await asyncio.sleep(0.4)
    await editor.stop()
    assert inter.edits == [{"view": view}]


def test_eta_past_the_interaction_token() -> None:
    budget = INTERACTION_TOKEN_S - DELIVERY_MARGIN_S
    assert not eta_past_token(None, 0.0)  # not estimated yet: accepted
    assert not eta_past_token(60.0, 1.0)
    assert not eta_past_token(budget - 10, 5.0)
    assert eta_past_token(budget + 1, 0.0)
    assert eta_past_token(budget - 10, 20.0)  # time already spent before the job was queued counts too
    assert eta_past_token(16 * 60.0, 0.0)


@pytest.mark.parametrize("locale", ["en-US", "ko"])
def test_eta_refusal_message_is_localized(locale: str) -> None:
    text = t("gate.eta_too_long", locale, minutes=17, limit=15)
    assert "17" in text and "15" in text and "{" not in text and text != "gate.eta_too_long"
