"""The weekly plan in words (core/schedule/words.py)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from ankle_coach.core.schedule import (
    Reminder,
    days_words,
    in_sentence,
    missed_words,
    reminder_words,
    when_words,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 5, 21, 0, tzinfo=BERLIN)  # a Saturday evening


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (range(7), "every day"),
        (range(5), "weekdays"),
        ((5, 6), "weekends"),
        ((4, 0, 2), "Mon, Wed, Fri"),
        ((6,), "Sun"),
    ],
)
def test_days_in_words(days: tuple[int, ...], words: str) -> None:
    assert days_words(days) == words


def test_a_reminder_in_words() -> None:
    reminder = Reminder(id=1, routine="calf-raises", days=(0, 2, 4), at=time(7, 5))
    assert reminder_words(reminder) == "Mon, Wed, Fri at 07:05"


@pytest.mark.parametrize(
    ("moment", "words"),
    [
        (datetime(2026, 12, 5, 18, 30, tzinfo=BERLIN), "today at 18:30"),
        (datetime(2026, 12, 6, 7, 0, tzinfo=BERLIN), "tomorrow at 07:00"),
        (datetime(2026, 12, 4, 18, 30, tzinfo=BERLIN), "yesterday at 18:30"),
        (datetime(2026, 12, 7, 18, 30, tzinfo=BERLIN), "on Monday at 18:30"),
        (datetime(2026, 11, 29, 18, 30, tzinfo=BERLIN), "on Sunday at 18:30"),
        (datetime(2026, 11, 28, 18, 30, tzinfo=BERLIN), "on Sat 28 Nov 2026 at 18:30"),
        # the day is the moment's own: 23:30 UTC on Saturday is Sunday in Berlin
        (datetime(2026, 12, 5, 23, 30, tzinfo=UTC).astimezone(BERLIN), "tomorrow at 00:30"),
    ],
)
def test_when_in_words(moment: datetime, words: str) -> None:
    assert when_words(moment, NOW) == words


@pytest.mark.parametrize(
    ("title", "in_a_sentence"),
    [
        ("Calf raises", "calf raises"),
        ("After-run recovery", "after-run recovery"),
        ("PRICE after a run", "PRICE after a run"),
        ("iPhone stretch", "iPhone stretch"),
        ("A", "A"),
        ("", ""),
    ],
)
def test_a_title_inside_a_sentence(title: str, in_a_sentence: str) -> None:
    assert in_sentence(title) == in_a_sentence


def test_a_missed_reminder_in_words() -> None:
    moment = datetime(2026, 12, 4, 18, 30, tzinfo=BERLIN)
    assert missed_words("Calf raises", moment, NOW) == (
        "You had calf raises planned yesterday at 18:30."
    )
