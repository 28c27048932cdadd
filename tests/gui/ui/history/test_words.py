"""The History page's words for days, counts, outcomes and pain ratings, in each language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from ankle_coach.core.history import CheckIn, SessionRecord
from ankle_coach.ui import i18n
from ankle_coach.ui.history.words import day_words, outcome_words, pain_words, plural, time_words
from tests.gui.ui.history.helpers import NOW

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def record(outcome: str | None, done: float | None) -> SessionRecord:
    return SessionRecord(
        id=1,
        routine_id="r",
        title="R",
        started_at=NOW,
        ended_at=None,
        updated_at=NOW,
        total_seconds=200.0,
        done_seconds=done,
        completed_exercises=(),
        outcome=outcome,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("outcome", "done", "words"),
    [
        ("finished", 200.0, "Finished"),
        ("stopped", 50.0, "Stopped \u00b7 25%"),
        (None, 100.0, "Not finished \u00b7 50%"),
        (None, None, "Not finished"),
    ],
)
def test_outcome_words(outcome: str | None, done: float | None, words: str) -> None:
    assert outcome_words(record(outcome, done)) == words


def test_pain_words() -> None:
    before, after = CheckIn(NOW, "before", 4), CheckIn(NOW, "after", None)
    assert pain_words([before, after]) == "4 \u2192 \u2013"
    assert pain_words([CheckIn(NOW, "standalone", 6)]) == "6"
    assert pain_words([]) == ""


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install(qapp, request.param)
    yield request.param
    i18n.uninstall(qapp)


@pytest.mark.parametrize(
    ("language", "day", "moment", "days", "stopped"),
    [
        ("en", "Mon 2 Mar", "Wed 4 Mar 2026, 19:00", "3 days", "Stopped \u00b7 25%"),
        (
            "de",
            "Mo., 2. März",
            "Mi., 4. März 2026, 19:00",
            "3 Tage",
            "Abgebrochen \u00b7 25\u00a0%",
        ),
        ("es", "lun 2 mar", "mié 4 mar 2026, 19:00", "3 días", "Detenida \u00b7 25\u00a0%"),
    ],
    indirect=["language"],
)
def test_days_counts_and_outcomes_in_each_language(
    language: str, day: str, moment: str, days: str, stopped: str
) -> None:
    assert day_words(date(2026, 3, 2)) == day
    assert time_words(NOW.replace(tzinfo=None)) == moment
    assert plural(3, "day") == days
    assert outcome_words(record("stopped", 50.0)) == stopped
