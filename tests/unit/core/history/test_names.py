"""A session's names as recorded (the routine file's English) and as shown (in the language in
use, from the library's routine of the recorded id; as recorded when there is none)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.history import SessionRecord
from ankle_coach.core.history.names import (
    recorded_partly_done,
    shown_exercises,
    shown_title,
)
from ankle_coach.core.i18n import Language
from ankle_coach.core.routine import Routine, parse_routine
from tests.unit.core.history.helpers import START

WARM_UP = parse_routine(
    """
format = 1
title = "Warm-up"
[translations.de]
title = "Aufwärmen"
[translations.es]
title = "Calentamiento"
[[exercises]]
name = "Foot massage"
duration_seconds = 60
[exercises.translations.de]
name = "Fußmassage"
[exercises.translations.es]
name = "Masaje del pie"
[[exercises]]
name = "Ankle rolls"
reps = 3
[exercises.translations.de]
name = "Sprunggelenk kreisen"
""".encode(),
    "warm-up.toml",
)


def record(title: str, *completed: str) -> SessionRecord:
    return SessionRecord(
        id=1,
        routine_id="warm-up",
        title=title,
        started_at=START,
        ended_at=START + timedelta(minutes=3),
        updated_at=START + timedelta(minutes=3),
        total_seconds=120,
        done_seconds=100,
        completed_exercises=completed,
        outcome="stopped",
    )


ENGLISH = record("Warm-up", "Ankle rolls", recorded_partly_done("Foot massage", 1, 2))


@pytest.mark.parametrize(
    ("language", "original", "session", "title", "exercises"),
    [
        ("en", WARM_UP, ENGLISH, "Warm-up", ["Ankle rolls", "Foot massage (1 of 2 done)"]),
        (
            "de",
            WARM_UP,
            ENGLISH,
            "Aufwärmen",
            ["Sprunggelenk kreisen", "Fußmassage (1 von 2 erledigt)"],
        ),
        # "Ankle rolls" has no Spanish name: the file's English
        (
            "es",
            WARM_UP,
            ENGLISH,
            "Calentamiento",
            ["Ankle rolls", "Masaje del pie (1 de 2 completados)"],
        ),
        # the routine is no longer in the library: as recorded, "(1 of 2 done)" in the language
        ("de", None, ENGLISH, "Warm-up", ["Ankle rolls", "Foot massage (1 von 2 erledigt)"]),
        # an exercise the routine no longer has: as recorded
        ("es", WARM_UP, record("Warm-up", "Calf raises"), "Calentamiento", ["Calf raises"]),
        # a row an earlier version recorded in German: its words as recorded (no migration),
        # the title from the library by its id
        (
            "es",
            WARM_UP,
            record("Aufwärmen", "Fußmassage (1 von 2 erledigt)"),
            "Calentamiento",
            ["Fußmassage (1 von 2 erledigt)"],
        ),
        ("en", None, record("Aufwärmen", "Fußmassage"), "Aufwärmen", ["Fußmassage"]),
    ],
    ids=["en", "de", "es-part", "deleted", "renamed-exercise", "old-german", "old-deleted"],
)
def test_a_session_is_shown_in_the_language_in_use(
    language: Language,
    original: Routine | None,
    session: SessionRecord,
    title: str,
    exercises: list[str],
) -> None:
    with i18n.using(language) as used:
        assert used == language
        assert shown_title(session, original) == title
        assert shown_exercises(session, original) == exercises


def test_what_is_recorded_is_english_in_every_language() -> None:
    for language in ("de", "es"):
        with i18n.using(language):
            assert recorded_partly_done("Foot massage", 5, 6) == "Foot massage (5 of 6 done)"
