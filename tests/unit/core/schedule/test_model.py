"""The weekly plan and reading typed days and times (core/schedule/model.py): typed text -> the
days or time, or the exact message."""

from __future__ import annotations

from datetime import time

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
from ankle_coach.core.schedule import (
    DAYS_HELP,
    Reminder,
    ScheduleInputError,
    WeeklyPlan,
    day_keys,
    day_name,
    parse_days,
    parse_time,
    time_key,
)


@pytest.mark.parametrize(
    ("typed", "days"),
    [
        ("mon,wed,fri", ["mon", "wed", "fri"]),
        ("Fri, Mon, Wed", ["mon", "wed", "fri"]),
        ("monday,SUNDAY", ["mon", "sun"]),
        ("daily", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
        ("every-day", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
        ("weekdays", ["mon", "tue", "wed", "thu", "fri"]),
        ("weekends", ["sat", "sun"]),
        ("mon-wed", ["mon", "tue", "wed"]),
        ("fri-mon", ["mon", "fri", "sat", "sun"]),
        ("mon,mon,,tue,", ["mon", "tue"]),
        ("weekends,fri", ["fri", "sat", "sun"]),
    ],
)
def test_days_typed(typed: str, days: list[str]) -> None:
    assert day_keys(parse_days(typed)) == days


@pytest.mark.parametrize(
    ("language", "typed", "days"),
    [
        ("de", "mo,Mi,fr", ["mon", "wed", "fri"]),
        ("de", "Montag, Sonntag", ["mon", "sun"]),
        ("de", "mo-fr", ["mon", "tue", "wed", "thu", "fri"]),
        ("de", "werktags", ["mon", "tue", "wed", "thu", "fri"]),
        ("de", "Täglich", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
        ("de", "taeglich,wochenende", None),  # no spelling of "ä" but the letter itself
        ("de", "Wochenende,do", ["thu", "sat", "sun"]),
        ("de", "so-di", ["mon", "tue", "sun"]),
        ("de", "Mo., Mi., Fr.", ["mon", "wed", "fri"]),  # as the app writes dates
        ("de", "Mo.-Fr.", ["mon", "tue", "wed", "thu", "fri"]),
        ("de", "Mo\u2013Mi", ["mon", "tue", "wed"]),  # an en dash, as a word processor writes
        ("es", "lun.-mié.", ["mon", "tue", "wed"]),
        ("es", "mié,sáb,lun,dom", ["mon", "wed", "sat", "sun"]),
        ("en", "Wed., fri.", ["wed", "fri"]),
        ("es", "lu,mi,vi", ["mon", "wed", "fri"]),
        ("es", "do", ["sun"]),  # domingo: Sunday in Spanish (in German, "do" is Thursday)
        ("es", "sá,Sabado,sábado", ["sat"]),
        ("es", "lu-vi", ["mon", "tue", "wed", "thu", "fri"]),
        ("es", "miércoles, MIERCOLES", ["wed"]),
        ("es", "fin de semana", ["sat", "sun"]),
        ("es", "laborables,diario", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
        # English is read in every language, and wins where the two would disagree.
        ("de", "mon,wed,weekends", ["mon", "wed", "sat", "sun"]),
        ("es", "sun,daily", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
        ("en", "do", None),
        ("en", "mo", None),
    ],
)
def test_days_typed_in_the_language_in_use(
    language: Language, typed: str, days: list[str] | None
) -> None:
    with i18n.using(language):
        if days is None:
            with pytest.raises(ScheduleInputError):
                parse_days(typed)
        else:
            assert day_keys(parse_days(typed)) == days


def test_every_languages_day_words_are_seven_days_and_three_groups() -> None:
    """A translation of the typed words with a day missing or a group dropped would make a day
    impossible to type: each language reads all seven and the three groups."""
    from ankle_coach.core.schedule.model import typed_day_words

    with i18n.using("en"):
        english = typed_day_words()
    languages: tuple[Language, ...] = ("de", "es")
    for language in languages:
        with i18n.using(language):
            words = typed_day_words()
            own = {word: days for word, days in words.items() if word not in english}
            singles = sorted(days[0] for days in own.values() if len(days) == 1)
            assert set(singles) == set(range(7)), language
            assert len([days for days in own.values() if len(days) > 1]) == 3, language


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("mon,fry", f"days: 'fry' is not a day; {DAYS_HELP}"),
        ("", f"days: no day given; {DAYS_HELP}"),
        (" , ", f"days: no day given; {DAYS_HELP}"),
        ("1,2", f"days: '1' is not a day; {DAYS_HELP}"),
        ("mon-daily", f"days: 'mon-daily' is not a range of days; {DAYS_HELP}"),
        ("mon-", f"days: 'mon-' is not a range of days; {DAYS_HELP}"),
    ],
)
def test_days_that_are_not(typed: str, message: str) -> None:
    with pytest.raises(ScheduleInputError) as raised:
        parse_days(typed)
    assert str(raised.value) == message
    assert raised.value.field == "days"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("18:30", time(18, 30)), ("6:05", time(6, 5)), (" 00:00 ", time(0)), ("23:59", time(23, 59))],
)
def test_times_typed(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


HOW = "use the 24-hour clock, HH:MM, e.g. 18:30"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("25:00", "at: 25:00 is not a time of day; hours go from 00 to 23"),
        ("24:00", "at: 24:00 is not a time of day; hours go from 00 to 23"),
        ("18:60", "at: 18:60 is not a time of day; minutes go from 00 to 59"),
        ("6pm", f"at: '6pm' is not a time; {HOW}"),
        ("18.30", f"at: '18.30' is not a time; {HOW}"),
        ("18:30:15", f"at: '18:30:15' is not a time; {HOW}"),
        ("", f"at: '' is not a time; {HOW}"),
        ("\u0661\u0668:30", f"at: '\u0661\u0668:30' is not a time; {HOW}"),
    ],
)
def test_times_that_are_not(typed: str, message: str) -> None:
    with pytest.raises(ScheduleInputError) as raised:
        parse_time(typed)
    assert str(raised.value) == message


def test_a_time_is_stored_as_typed() -> None:
    assert time_key(time(7, 5)) == "07:05"


def test_ids_are_never_given_twice() -> None:
    plan, first = WeeklyPlan().added("calf-raises", (0, 2, 4), time(18, 30), since=None)
    plan, second = plan.added("ankle-circles", (6,), time(7, 0), since=None)
    assert (first.id, second.id) == (1, 2)
    plan = plan.removed(2)
    plan, third = plan.added("foot-massage", (1,), time(8, 0), since=None)
    assert third.id == 3
    assert [r.id for r in plan.reminders] == [1, 3]


def test_switching_and_replacing_keep_the_order() -> None:
    plan, first = WeeklyPlan().added("calf-raises", (0,), time(18, 30), since=None)
    plan, _ = plan.added("ankle-circles", (6,), time(7, 0), since=None)
    off = plan.switched(1, enabled=False)
    assert [(r.id, r.enabled) for r in off.reminders] == [(1, False), (2, True)]
    moved = off.replaced(Reminder(id=1, routine="calf-raises", days=(1, 1, 0), at=time(6, 0)))
    assert moved.reminders[0].days == (0, 1)
    assert moved.same_as("calf-raises", (1, 0), time(6, 0)) == moved.reminders[0]
    assert moved.same_as("calf-raises", (1,), time(6, 0)) is None


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda plan: plan.removed(7), "id: there is no reminder 7; the ids are 1"),
        (lambda plan: plan.switched(0, enabled=True), "id: there is no reminder 0; the ids are 1"),
        (
            lambda plan: WeeklyPlan().removed(1),
            "id: there is no reminder 1; the weekly plan is empty",
        ),
    ],
)
def test_an_unknown_id(action: object, message: str) -> None:
    plan, _ = WeeklyPlan().added("calf-raises", (0,), time(18, 30), since=None)
    with pytest.raises(ScheduleInputError) as raised:
        action(plan)  # type: ignore[operator]
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"id": 0}, "id: must be a whole number from 1, not 0"),
        ({"id": True}, "id: must be a whole number from 1, not True"),
        ({"routine": " "}, "routine: must be a routine id, not blank"),
        ({"days": ()}, "days: must be one or more of 0-6, not ()"),
        ({"days": (7,)}, "days: must be one or more of 0-6, not (7,)"),
        ({"at": time(18, 30, 5)}, "at: must be a wall-clock hour and minute, not 18:30:05"),
    ],
)
def test_a_reminder_is_always_valid(fields: dict[str, object], message: str) -> None:
    given: dict[str, object] = {"id": 1, "routine": "calf-raises", "days": (0,), "at": time(9)}
    with pytest.raises(ScheduleInputError) as raised:
        Reminder(**{**given, **fields})  # type: ignore[arg-type]
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("language", "typed", "message"),
    [
        (
            "de",
            "mon,fry",
            "days: 'fry' ist kein Tag; verwenden Sie mo, di, mi, do, fr, sa, so (oder die vollen "
            "Namen, oder einen Bereich wie mo-fr), täglich, werktags oder wochenende; die "
            "englischen mon, tue, wed, thu, fri, sat, sun, daily, weekdays und weekends gehen auch",
        ),
        (
            "es",
            "lunez",
            "days: 'lunez' no es un día; usa lu, ma, mi, ju, vi, sá, do (o los nombres completos, "
            "o un intervalo como lu-vi), diario, laborables o fin de semana; también valen los "
            "ingleses mon, tue, wed, thu, fri, sat, sun, daily, weekdays y weekends",
        ),
    ],
)
def test_a_day_that_is_not_one_is_said_in_the_users_language(
    language: Language, typed: str, message: str
) -> None:
    """The field is the option's name (the English words are read in every language, so
    `--days mon,wed` is the same command everywhere); what is wrong is said in the user's
    language, with its own words first."""
    with i18n.using(language), pytest.raises(ScheduleInputError) as caught:
        parse_days(typed)
    assert str(caught.value) == message
    assert caught.value.field == "days"


@pytest.mark.parametrize(
    ("language", "typed", "message"),
    [
        ("de", "25:00", "at: 25:00 ist keine Uhrzeit; Stunden gehen von 00 bis 23"),
        (
            "es",
            "6 pm",
            "at: '6 pm' no es una hora; usa el formato de 24 horas, HH:MM, p. ej. 18:30",
        ),
    ],
)
def test_a_time_that_is_not_one_is_said_in_the_users_language(
    language: Language, typed: str, message: str
) -> None:
    with i18n.using(language), pytest.raises(ScheduleInputError) as caught:
        parse_time(typed)
    assert str(caught.value) == message


def test_a_german_parse_still_reads_english_day_words() -> None:
    with i18n.using("de"):
        assert parse_days("Monday, wed-fri") == (0, 2, 3, 4)
        assert day_name(0) == "Montag"
