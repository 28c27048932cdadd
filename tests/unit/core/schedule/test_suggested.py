"""A routine file's [suggested_schedule] (core/schedule/suggested.py, read by core/routine.py):
tables of a file built here -> the exact problems a physio sees; valid tables load, are put in
words, turned into reminder days, and written back equal; an unknown table is left out."""

from __future__ import annotations

from datetime import date, time

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
from ankle_coach.core.routine import RoutineError, parse_routine
from ankle_coach.core.routine_toml import routine_to_toml
from ankle_coach.core.schedule.suggested import (
    SuggestedSchedule,
    end_date,
    reminder_days,
    reminder_time,
    suggestion_words,
)

EXERCISE = '\n[[exercises]]\nname = "Calf raise"\nreps = 15\n'


def routine_file(table: str, extra: str = "") -> bytes:
    return (
        f'format = 1\ntitle = "Calf work"\n{extra}\n[suggested_schedule]\n{table}\n{EXERCISE}'
    ).encode()


VALID = {
    "weekdays, time, weeks": (
        'days = ["mon", "wed", "fri"]\nat = "18:30"\nweeks = 4',
        SuggestedSchedule(days=("mon", "wed", "fri"), at="18:30", weeks=4),
        (0, 2, 4),
        time(18, 30),
        "Monday, Wednesday and Friday at 18:30, for 4 weeks",
    ),
    "times a week, no time, no end": (
        "times_per_week = 3",
        SuggestedSchedule(times_per_week=3),
        (0, 2, 4),
        time(18, 30),
        "3 times a week",
    ),
    "once a week for one week": (
        'times_per_week = 1\nat = "7:05"\nweeks = 1',
        SuggestedSchedule(times_per_week=1, at="7:05", weeks=1),
        (2,),
        time(7, 5),
        "Once a week at 7:05, for 1 week",
    ),
    "every day, days out of order": (
        'days = ["sun", "sat", "fri", "thu", "wed", "tue", "mon"]',
        SuggestedSchedule(days=("sun", "sat", "fri", "thu", "wed", "tue", "mon")),
        (0, 1, 2, 3, 4, 5, 6),
        time(18, 30),
        "Every day",
    ),
}


@pytest.mark.parametrize(("table", "wanted", "days", "at", "words"), VALID.values(), ids=VALID)
def test_valid_suggestion_loads_and_writes_back(
    table: str, wanted: SuggestedSchedule, days: tuple[int, ...], at: time, words: str
) -> None:
    routine = parse_routine(routine_file(table), "r.toml")
    assert routine.suggested_schedule == wanted
    assert reminder_days(wanted) == days
    assert reminder_time(wanted) == at
    assert suggestion_words(wanted) == words
    assert [e.name for e in routine.exercises] == ["Calf raise"]
    again = parse_routine(routine_to_toml(routine).encode(), "again.toml")
    assert again == routine


BAD = {
    "unknown day": (
        'days = ["mon", "funday"]',
        'r.toml: suggested_schedule.days[1]: must be one of "mon", "tue", "wed", "thu", '
        '"fri", "sat", "sun", not the text "funday"',
    ),
    "day twice": ('days = ["fri", "fri"]', 'r.toml: suggested_schedule.days: lists "fri" twice'),
    "no days": ("days = []", "r.toml: suggested_schedule.days: must name at least one day"),
    "days not a list": (
        'days = "mon"',
        'r.toml: suggested_schedule.days: must be a list of days, such as ["mon", "wed", '
        '"fri"], not the text "mon"',
    ),
    "times_per_week 0": (
        "times_per_week = 0",
        "r.toml: suggested_schedule.times_per_week: must be between 1 and 7 days, not 0",
    ),
    "times_per_week text": (
        'times_per_week = "3"',
        "r.toml: suggested_schedule.times_per_week: must be a whole number of days, "
        'not the text "3"',
    ),
    "both": (
        'days = ["mon"]\ntimes_per_week = 2',
        "r.toml: suggested_schedule: gives both days and times_per_week; give one of them",
    ),
    "neither": (
        "weeks = 4",
        "r.toml: suggested_schedule: says neither on which days nor how often; "
        "give days = [...] or times_per_week",
    ),
    "hour 25": (
        'days = ["mon"]\nat = "25:00"',
        "r.toml: suggested_schedule.at: 25:00 is not a time of day; hours go from 00 to 23",
    ),
    "not a time": (
        'days = ["mon"]\nat = "6pm"',
        "r.toml: suggested_schedule.at: '6pm' is not a time; use the 24-hour clock, HH:MM, "
        "e.g. 18:30",
    ),
    "a TOML time": (
        'days = ["mon"]\nat = 18:30:00',
        'r.toml: suggested_schedule.at: must be a time of day as text, such as "18:30", not a time',
    ),
    "weeks 0": (
        'days = ["mon"]\nweeks = 0',
        "r.toml: suggested_schedule.weeks: must be between 1 and 52 weeks, not 0",
    ),
    "weeks 53": (
        'days = ["mon"]\nweeks = 53',
        "r.toml: suggested_schedule.weeks: must be between 1 and 52 weeks, not 53",
    ),
    "unknown field": (
        'days = ["mon"]\nweek = 4',
        "r.toml: suggested_schedule.week: is not a field of a suggested schedule; did you mean "
        '"weeks"? (known fields: days, times_per_week, at, weeks)',
    ),
}


@pytest.mark.parametrize(("table", "message"), BAD.values(), ids=BAD)
def test_bad_field_gets_exact_message(table: str, message: str) -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(routine_file(table), "r.toml")
    assert [str(p) for p in caught.value.problems] == [message]


def test_suggested_schedule_not_a_table() -> None:
    data = b'format = 1\ntitle = "T"\nsuggested_schedule = 3\n' + EXERCISE.encode()
    with pytest.raises(RoutineError) as caught:
        parse_routine(data, "r.toml")
    assert [str(p) for p in caught.value.problems] == [
        "r.toml: suggested_schedule: must be a [suggested_schedule] table, not 3"
    ]


def test_unknown_table_is_left_out_and_nothing_else_lost() -> None:
    data = (
        'format = 1\ntitle = "Calf work"\ntags = ["after-run"]\n'
        '[future_feature]\ncolour = "blue"\nlevel = 2\n' + EXERCISE
    ).encode()
    routine = parse_routine(data, "r.toml")
    assert routine.title == "Calf work"
    assert routine.tags == ("after-run",)
    assert [(e.name, e.reps) for e in routine.exercises] == [("Calf raise", 15)]
    assert routine.suggested_schedule is None


def test_misspelt_known_table_is_still_an_error() -> None:
    data = b'format = 1\ntitle = "T"\n[sugested_schedule]\ndays = ["mon"]\n' + EXERCISE.encode()
    with pytest.raises(RoutineError) as caught:
        parse_routine(data, "r.toml")
    assert str(caught.value.problems[0]).startswith(
        'r.toml: sugested_schedule: is not a field of a routine; did you mean "suggested_schedule"?'
    )


def test_unknown_scalar_field_is_still_an_error() -> None:
    with pytest.raises(RoutineError):
        parse_routine(b'format = 1\ntitle = "T"\ncolour = 1\n' + EXERCISE.encode(), "r.toml")


@pytest.mark.parametrize(
    ("weeks", "accepted", "last"),
    [
        (4, date(2026, 3, 2), date(2026, 3, 29)),
        (1, date(2024, 2, 26), date(2024, 3, 3)),
        (None, date(2026, 1, 1), None),
    ],
)
def test_end_date(weeks: int | None, accepted: date, last: date | None) -> None:
    assert end_date(SuggestedSchedule(times_per_week=2, weeks=weeks), accepted) == last


@pytest.mark.parametrize(
    ("language", "wanted", "words"),
    [
        (
            "de",
            SuggestedSchedule(days=("mon", "wed", "fri"), at="18:30", weeks=4),
            "Montag, Mittwoch und Freitag um 18:30, 4 Wochen lang",
        ),
        ("de", SuggestedSchedule(times_per_week=1, weeks=1), "Einmal pro Woche, 1 Woche lang"),
        ("de", SuggestedSchedule(times_per_week=3), "3-mal pro Woche"),
        (
            "es",
            SuggestedSchedule(days=("mon", "wed", "fri"), at="18:30", weeks=4),
            "Lunes, miércoles y viernes a las 18:30, durante 4 semanas",
        ),
        ("es", SuggestedSchedule(days=("sat",), at="9:00"), "Sábado a las 9:00"),
        ("es", SuggestedSchedule(times_per_week=7, weeks=2), "Todos los días, durante 2 semanas"),
    ],
)
def test_a_suggestion_is_said_in_the_users_language(
    language: Language, wanted: SuggestedSchedule, words: str
) -> None:
    with i18n.using(language):
        assert suggestion_words(wanted) == words


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "de",
            "r.toml: suggested_schedule: gibt sowohl days als auch times_per_week an; nur eines "
            "davon angeben",
        ),
        (
            "es",
            "r.toml: suggested_schedule: indica a la vez days y times_per_week; indica solo uno "
            "de los dos",
        ),
    ],
)
def test_a_suggestion_problem_names_the_field_in_the_users_language(
    language: Language, message: str
) -> None:
    with i18n.using(language), pytest.raises(RoutineError) as caught:
        parse_routine(routine_file('days = ["mon"]\ntimes_per_week = 2'), "r.toml")
    assert message in [str(problem) for problem in caught.value.problems]
