"""The History charts: what they say in words, and the same as text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ankle_coach.core.history import CheckIn, History
from ankle_coach.ui.history.charts import pain_text, weeks_text
from tests.gui.ui.history.helpers import NOW, a_session, make_view

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# -- the charts ----------------------------------------------------------------------------------


def test_numbers_charts_and_their_text(qtbot: QtBot, history: History) -> None:
    for days_ago in (0, 1, 2, 8, 9):
        a_session(history, days_ago)
    for days_ago, rating in ((9, 5), (2, 4), (0, 3)):
        history.add_check_in(CheckIn(NOW - timedelta(days=days_ago), "after", rating))
    view = make_view(qtbot, history)
    tiles = {key: label.text() for key, label in view.tiles.items()}
    assert tiles == {"week": "3", "streak": "3 days", "longest": "3 days", "total": "5"}

    described = view.sessions_chart.accessibleDescription()
    assert described.startswith(
        "Sessions per week, 12 weeks from the week of Mon 15 Dec 2025 to the week of "
        "Mon 2 Mar 2026: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3. In all 5 sessions"
    )
    assert "the most was 3, in the week of Mon 2 Mar" in described
    pain = view.pain_chart.accessibleDescription()
    assert pain == (
        "Pain ratings from 0 to 10, the last 12 weeks: 3 ratings. After sessions: average 4.0, "
        "from 3 to 5; the latest 3, on Wed 4 Mar."
    )
    assert view.calendar.accessibleDescription() == (
        "Calendar of the last 16 weeks, since Mon 17 Nov: sessions on 5 of 108 days. "
        "Current streak 3 days; longest 3 days."
    )

    assert view.chart_pages.currentIndex() == 0
    QTest.mouseClick(view.as_text, Qt.MouseButton.LeftButton)
    assert view.chart_pages.currentIndex() == 1 and view.as_text.isChecked()
    assert view.sessions_text.toPlainText().startswith(described)
    assert "Week of Mon 2 Mar 2026: 3" in view.sessions_text.toPlainText()
    assert "Wed 4 Mar 2026, 19:00: 3 (after a session)" in view.pain_text.toPlainText()

    view.set_weeks(4)
    assert view.sessions_chart.accessibleDescription().startswith(
        "Sessions per week, 4 weeks from the week of Mon 9 Feb 2026"
    )


def test_the_charts_as_text_have_a_line_a_week_and_a_line_a_rating() -> None:
    weeks = [(date(2026, 2, 23), 0), (date(2026, 3, 2), 2)]
    assert weeks_text(weeks).splitlines()[2:] == [
        "Week of Mon 23 Feb 2026: 0",
        "Week of Mon 2 Mar 2026: 2",
    ]
    ratings = [CheckIn(NOW, "before", 4), CheckIn(NOW, "standalone", 6)]
    assert pain_text(ratings, 4).splitlines()[2:] == [
        "Wed 4 Mar 2026, 19:00: 4 (before a session)",
        "Wed 4 Mar 2026, 19:00: 6 (on its own)",
    ]
