"""The History page's words for outcomes and pain ratings."""

from __future__ import annotations

import pytest

from ankle_coach.core.history import CheckIn, SessionRecord
from ankle_coach.ui.history.words import outcome_words, pain_words
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
