"""The calendar strip: its words and which day is under the pointer."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from ankle_coach.core.history import Streaks
from ankle_coach.ui.history.calendar import CalendarStrip, calendar_summary

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_the_calendar_in_words() -> None:
    days = {date(2026, 3, 2): 1, date(2026, 3, 3): 2, date(2026, 2, 1): 1}
    assert calendar_summary(days, date(2026, 2, 23), date(2026, 3, 4), Streaks(2, 5)) == (
        "Calendar of the last 2 weeks, since Mon 23 Feb: sessions on 2 of 10 days. "
        "Current streak 2 days; longest 5 days."
    )


def test_a_day_under_the_pointer(qtbot: QtBot) -> None:
    strip = CalendarStrip()
    qtbot.addWidget(strip)
    strip.set_days({}, date(2026, 2, 23), date(2026, 3, 4))
    assert strip.weeks == 2
    first = strip._cell_rect(date(2026, 2, 23)).center()
    assert strip.day_at(first.x(), first.y()) == date(2026, 2, 23)
    later = strip._cell_rect(date(2026, 3, 5)).center()  # after today: no day
    assert strip.day_at(later.x(), later.y()) is None
    assert strip.day_at(-50, -50) is None
