"""The weekly plan in words (core/schedule/words.py)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
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


SPOKEN: dict[str, dict[str, str]] = {
    "de": {
        "list": "montags, mittwochs und freitags um 18:30",
        "one day": "sonntags um 07:05",
        "every day": "täglich um 07:05",
        "weekdays": "montags bis freitags um 07:05",
        "weekends": "am Wochenende um 07:05",
        "days": "montags, mittwochs und freitags",
        "tomorrow": "morgen um 07:00",
        "this week": "am Montag um 18:30",
        "a date": "am Sa. 28. Nov. 2026 um 18:30",
        "missed": "Geplant war Fersenheben gestern um 18:30.",
    },
    "es": {
        "list": "los lunes, miércoles y viernes a las 18:30",
        "one day": "los domingos a las 07:05",
        "every day": "todos los días a las 07:05",
        "weekdays": "de lunes a viernes a las 07:05",
        "weekends": "los fines de semana a las 07:05",
        "days": "lunes, miércoles y viernes",
        "tomorrow": "mañana a las 07:00",
        "this week": "el lunes a las 18:30",
        "a date": "el sáb 28 nov 2026 a las 18:30",
        "missed": "Tenías previsto hacer elevaciones de talones ayer a las 18:30.",
    },
}


@pytest.mark.parametrize("language", SPOKEN)
def test_the_plan_in_the_users_language(language: Language) -> None:
    """Whole sentences of each language, not English with the words swapped: German's habitual
    "montags", Spanish's "los lunes ... a las"; a German title keeps its capital."""

    def reminder(days: tuple[int, ...], at: time = time(7, 5)) -> str:
        return reminder_words(Reminder(id=1, routine="calf-raises", days=days, at=at))

    title = {"de": "Fersenheben", "es": "Elevaciones de talones"}[language]
    with i18n.using(language):
        said = {
            "list": reminder((0, 2, 4), time(18, 30)),
            "one day": reminder((6,)),
            "every day": reminder(tuple(range(7))),
            "weekdays": reminder(tuple(range(5))),
            "weekends": reminder((5, 6)),
            "days": days_words((4, 0, 2)),
            "tomorrow": when_words(datetime(2026, 12, 6, 7, 0, tzinfo=BERLIN), NOW),
            "this week": when_words(datetime(2026, 12, 7, 18, 30, tzinfo=BERLIN), NOW),
            "a date": when_words(datetime(2026, 11, 28, 18, 30, tzinfo=BERLIN), NOW),
            "missed": missed_words(title, datetime(2026, 12, 4, 18, 30, tzinfo=BERLIN), NOW),
        }
    assert said == SPOKEN[language]


@pytest.mark.parametrize(
    ("language", "at", "said", "when"),
    [
        ("es", time(1, 30), "los lunes a la 01:30", "mañana a la 01:30"),
        ("es", time(1, 0), "los lunes a la 01:00", "mañana a la 01:00"),
        ("es", time(13, 5), "los lunes a las 13:05", "mañana a las 13:05"),
        ("es", time(0, 45), "los lunes a las 00:45", "mañana a las 00:45"),
        ("es", time(11, 0), "los lunes a las 11:00", "mañana a las 11:00"),
        ("de", time(1, 30), "montags um 01:30", "morgen um 01:30"),
        ("en", time(1, 30), "Mon at 01:30", "tomorrow at 01:30"),
    ],
)
def test_one_oclock_is_said_as_the_language_says_it(
    language: Language, at: time, said: str, when: str
) -> None:
    """Spanish: "a la una", "a las dos": one o'clock is singular."""
    from ankle_coach.core.schedule import Reminder, reminder_words, when_words

    reminder = Reminder(id=1, routine="calf-raises", days=(0,), at=at)
    now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)  # a Sunday
    moment = datetime(2026, 12, 7, at.hour, at.minute, tzinfo=UTC)
    with i18n.using(language):
        assert reminder_words(reminder) == said
        assert when_words(moment, now) == when
