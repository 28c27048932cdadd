"""The weekly plan's file (core/schedule/store.py): saved atomically and read back; a damaged
file moved aside, never lost; what cannot be read left alone and never saved over."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule import (
    ScheduleNotSaved,
    WeeklyPlan,
    load_last_seen,
    load_schedule,
    save_last_seen,
    save_schedule,
    schedule_path,
)
from ankle_coach.core.schedule import store as store_module

STAMP = datetime(2026, 12, 5, 21, 30, 0)


def stamped() -> datetime:
    return STAMP


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.under(tmp_path)


@pytest.fixture(autouse=True)
def nothing_left_alone() -> None:
    store_module._LEFT_ALONE.clear()


def a_plan() -> WeeklyPlan:
    plan, _ = WeeklyPlan().added("after-run-recovery", (0, 2, 4), time(18, 30), since=None)
    plan, _ = plan.added("calf-raises", range(7), time(7, 0), enabled=False, since=None)
    return plan


def test_no_file_is_an_empty_plan(paths: Paths) -> None:
    assert load_schedule(paths) == (WeeklyPlan(), None)


def test_saved_and_read_back(paths: Paths) -> None:
    path = save_schedule(a_plan(), paths)
    assert path == paths.data / "schedule.toml"
    assert load_schedule(paths) == (a_plan(), None)
    text = path.read_text(encoding="utf-8")
    assert 'routine = "after-run-recovery"' in text
    assert 'at = "18:30"' in text
    assert "last_id = 2" in text
    assert not [p.name for p in path.parent.iterdir() if p.name != "schedule.toml"]


def test_a_hand_written_file_is_read(paths: Paths) -> None:
    path = schedule_path(paths)
    path.parent.mkdir(parents=True)
    path.write_text(
        '[[reminders]]\nid = 4\nroutine = "calf-raises"\ndays = ["Monday", "wed-fri"]\n'
        "at = 06:30:00\n",
        encoding="utf-8",
    )
    plan, message = load_schedule(paths)
    assert message is None
    (reminder,) = plan.reminders
    assert (reminder.id, reminder.days, reminder.at, reminder.enabled) == (
        4,
        (0, 2, 3, 4),
        time(6, 30),
        True,
    )
    assert plan.added("x", (0,), time(1), since=None)[1].id == 5


DAMAGED = [
    (b"\xff\xfe not text", "it is not UTF-8 text"),
    (b"   \n", "it is empty"),
    (
        b"version = [",
        "it is not valid TOML (Invalid value (at end of document))",
    ),
    (b'version = "one"', "its version must be a whole number from 1, not 'one'"),
    (b"version = 0", "its version must be a whole number from 1, not 0"),
    (b"reminders = 3", "reminders must be a list of tables ([[reminders]])"),
    (b"reminders = [1, 2]", "reminders must be a list of tables ([[reminders]])"),
    (
        b"x = " + b"[" * 2000 + b"]" * 2000,
        "it is not valid TOML (nested too deeply, or a number too long)",
    ),
    (b"# " + b"x" * (300 * 1024), "it is 307,202 bytes, far more than a weekly plan"),
]


@pytest.mark.parametrize(("content", "reason"), DAMAGED, ids=[r for _, r in DAMAGED])
def test_a_damaged_file_is_moved_aside(paths: Paths, content: bytes, reason: str) -> None:
    path = schedule_path(paths)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    plan, message = load_schedule(paths, now=stamped)
    aside = path.with_name("schedule.toml.corrupt-20261205-213000")
    assert plan == WeeklyPlan()
    assert message == (
        f"The weekly plan file {path} could not be used: {reason}. It was moved to {aside}, "
        "and your weekly plan is empty."
    )
    assert aside.read_bytes() == content  # never lost
    assert not path.exists()
    save_schedule(a_plan(), paths)  # and the next save makes a good file
    assert load_schedule(paths) == (a_plan(), None)


def test_a_reminder_that_cannot_be_read_is_kept_in_the_file(paths: Paths) -> None:
    path = schedule_path(paths)
    path.parent.mkdir(parents=True)
    path.write_text(
        "version = 1\nlast_id = 3\n"
        '[[reminders]]\nid = 1\nroutine = "calf-raises"\ndays = ["mon"]\nat = "18:30"\n'
        '[[reminders]]\nid = 2\nroutine = "ankle-circles"\ndays = ["fry"]\nat = "07:00"\n'
        '[[reminders]]\nid = 3\nroutine = "foot-massage"\ndays = ["sun"]\nat = "25:00"\n'
        '[[reminders]]\nid = 1\nroutine = "twin"\ndays = ["sun"]\nat = "09:00"\n'
        '[[reminders]]\nid = 5\nroutine = "x"\ndays = "sun"\nat = "09:00"\n'
        '[[reminders]]\nid = 6\nroutine = "y"\ndays = ["sun"]\nat = "09:00"\ncolour = "red"\n'
        '[[reminders]]\nid = 7\ndays = ["sun"]\nat = "09:00"\n',
        encoding="utf-8",
    )
    plan, message = load_schedule(paths)
    assert [r.id for r in plan.reminders] == [1, 6]
    assert message == (
        f"Some of the weekly plan file {path} could not be used (left in the file as they "
        "are): reminder 2: days: 'fry' is not a day; use mon, tue, wed, thu, fri, sat, sun (or "
        "the full names, or a range such as mon-fri), daily, weekdays or weekends; reminder 3: "
        "at: 25:00 is not a time of day; hours go from 00 to 23; reminder 4: id: 1 is used by "
        'another reminder; reminder 5: days: must be a list of days, e.g. ["mon", "wed", '
        '"fri"]; reminder 6: colour not known, ignored; reminder 7: routine: missing.'
    )
    plan, added = plan.added("calf-raises", (6,), time(8, 0), since=None)
    assert added.id == 8  # past every id in the file, read or not
    save_schedule(plan, paths)
    again, message = load_schedule(paths)
    assert [r.id for r in again.reminders] == [1, 6, 8]
    assert [entry.get("routine") for entry in again.kept] == [
        "ankle-circles",
        "foot-massage",
        "twin",
        "x",
        None,
    ]
    # written back after the plan's own: the 25:00 one is now the fifth
    assert message is not None and "; reminder 5: at: 25:00 is not a time of day;" in message


def test_a_newer_file_is_left_alone_and_never_saved_over(paths: Paths) -> None:
    path = schedule_path(paths)
    path.parent.mkdir(parents=True)
    path.write_text("version = 2\n[[reminders]]\nwhen = 'often'\n", encoding="utf-8")
    plan, message = load_schedule(paths)
    assert plan == WeeklyPlan()
    assert message == (
        f"The weekly plan file {path} was written by a newer version of Ankle Coach (version "
        "2; this one reads 1). It was left as it is, and reminders will not be saved there "
        "until that is put right."
    )
    with pytest.raises(ScheduleNotSaved):
        save_schedule(a_plan(), paths)
    assert path.read_text(encoding="utf-8").startswith("version = 2")


def test_a_folder_in_its_place_is_left_alone(paths: Paths) -> None:
    path = schedule_path(paths)
    path.mkdir(parents=True)
    plan, message = load_schedule(paths)
    assert plan == WeeklyPlan()
    assert message is not None and message.startswith(
        f"The weekly plan file {path} is a folder, not a file. It was left as it is"
    )
    with pytest.raises(ScheduleNotSaved, match="is a folder"):
        store_module._LEFT_ALONE.clear()
        save_schedule(a_plan(), paths)
    assert path.is_dir()


def test_a_file_that_cannot_be_read_now_is_not_damaged(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_schedule(a_plan(), paths)
    path = schedule_path(paths)
    real_open = os.open

    def refused(file: object, *args: int, **kwargs: object) -> int:
        if Path(str(file)) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(os, "open", refused)
        plan, message = load_schedule(paths)
        assert plan == WeeklyPlan()
        assert message == (
            f"The weekly plan file {path} could not be read (Permission denied). It was left as "
            "it is, and reminders will not be saved there until that is put right."
        )
        with pytest.raises(ScheduleNotSaved):
            save_schedule(WeeklyPlan(), paths)
    store_module._LEFT_ALONE.clear()  # a new run
    assert load_schedule(paths)[0] == a_plan()


def test_a_failed_save_leaves_the_old_file(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    save_schedule(a_plan(), paths)
    before = schedule_path(paths).read_bytes()

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        save_schedule(WeeklyPlan(), paths)
    assert schedule_path(paths).read_bytes() == before


def test_when_the_app_last_looked(paths: Paths) -> None:
    assert load_last_seen(paths) is None
    moment = datetime(2026, 12, 5, 18, 30, 15, tzinfo=timezone(timedelta(hours=1)))
    save_last_seen(paths, moment)
    assert load_last_seen(paths) == moment
    (paths.data / "reminders-seen.toml").write_text("seen = 'yesterday'", encoding="utf-8")
    assert load_last_seen(paths) is None
    (paths.data / "reminders-seen.toml").write_text("not toml [", encoding="utf-8")
    assert load_last_seen(paths) is None
    with pytest.raises(ValueError, match="no UTC offset"):
        save_last_seen(paths, datetime(2026, 12, 5))
    save_last_seen(paths, datetime(2026, 12, 5, tzinfo=UTC))
    assert load_last_seen(paths) == datetime(2026, 12, 5, tzinfo=UTC)


SPAN_CASES = [
    # the entry's span lines, what is read (since, until) or the message, why
    ("since = 2026-12-05\n", (date(2026, 12, 5), None), "a start, no end"),
    ("since = 2026-12-05\nuntil = 2027-01-01\n", (date(2026, 12, 5), date(2027, 1, 1)), "both"),
    ("", (None, None), "a plan older than spans"),
    ('since = "2026-12-05"\n', "since: must be a date without quotes, e.g. 2026-12-05", "quoted"),
    (
        "until = 2026-12-05T18:00:00\n",
        "until: must be a date without quotes, e.g. 2026-12-05",
        "a time",
    ),
    (
        "since = 2026-12-05\nuntil = 2026-12-04\n",
        "until: 2026-12-04 is before the reminder's start, 2026-12-05",
        "backwards",
    ),
]


@pytest.mark.parametrize(
    ("lines", "expected", "why"), SPAN_CASES, ids=[case[2] for case in SPAN_CASES]
)
def test_a_reminders_span_in_the_file(
    paths: Paths, lines: str, expected: tuple[date | None, date | None] | str, why: str
) -> None:
    path = schedule_path(paths)
    path.parent.mkdir(parents=True)
    text = (
        'version = 1\n[[reminders]]\nid = 1\nroutine = "calf-raises"\ndays = ["mon"]\n'
        f'at = "18:30"\n{lines}'
    )
    path.write_text(text, encoding="utf-8")
    plan, message = load_schedule(paths)
    if isinstance(expected, str):
        assert plan.reminders == () and [e["routine"] for e in plan.kept] == ["calf-raises"]
        assert message == (
            f"Some of the weekly plan file {path} could not be used (left in the file as they "
            f"are): reminder 1: {expected}."
        )
        save_schedule(plan, paths)  # written back as it was, for a hand edit to put right
        assert load_schedule(paths)[0].kept == plan.kept
        return
    assert message is None
    (reminder,) = plan.reminders
    assert (reminder.since, reminder.until) == expected
    save_schedule(plan, paths)
    assert load_schedule(paths)[0].reminders == plan.reminders


def test_an_old_spans_file_is_read_in_and_the_plan_wins(paths: Paths) -> None:
    plan, first = WeeklyPlan().added("calf-raises", (0,), time(18, 30), since=None)
    plan, second = plan.added("ankle-circles", (6,), time(7, 0), since=date(2026, 12, 1))
    save_schedule(plan, paths)
    (paths.data / "plan-spans.toml").write_text(
        "[[reminder]]\nid = 1\nsince = 2026-11-02\nuntil = 2026-11-29\n"
        "[[reminder]]\nid = 2\nsince = 2020-01-01\n"  # reminder 2 has its own: kept
        "[[reminder]]\nid = 1\nsince = 2026-11-30\nuntil = 2026-11-01\n"  # backwards: not used
        '[[reminder]]\nid = "3"\n',
        encoding="utf-8",
    )
    read, message = load_schedule(paths)
    assert message is None
    assert [(r.since, r.until) for r in read.reminders] == [
        (date(2026, 11, 2), date(2026, 11, 29)),
        (date(2026, 12, 1), None),
    ]
    save_schedule(read, paths)  # migrated: schedule.toml holds the span from now on
    (paths.data / "plan-spans.toml").unlink()
    assert load_schedule(paths) == (read, None)
    (paths.data / "plan-spans.toml").write_bytes(b"\xff not toml")
    assert load_schedule(paths) == (read, None)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "de",
            "Die Wochenplan-Datei {path} konnte nicht verwendet werden: sie ist 307.202 Byte "
            "groß, weit mehr als ein Wochenplan. Sie wurde nach {aside} verschoben, und Ihr "
            "Wochenplan ist leer.",
        ),
        (
            "es",
            "No se ha podido usar el archivo del plan semanal {path}: ocupa 307.202 bytes, mucho "
            "más que un plan semanal. Se ha movido a {aside} y tu plan semanal está vacío.",
        ),
    ],
)
def test_a_damaged_file_is_said_in_the_users_language(
    paths: Paths, language: Language, message: str
) -> None:
    path = schedule_path(paths)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"# " + b"x" * (300 * 1024))
    with i18n.using(language):
        plan, said = load_schedule(paths, now=stamped)
    aside = path.with_name("schedule.toml.corrupt-20261205-213000")
    assert plan == WeeklyPlan()
    assert said == message.format(path=path, aside=aside)


def test_a_reminder_that_cannot_be_read_is_said_in_german(paths: Paths) -> None:
    path = schedule_path(paths)
    path.parent.mkdir(parents=True)
    path.write_text(
        'version = 1\n[[reminders]]\nid = 1\nroutine = "calf"\ndays = ["mon"]\nat = "25:00"\n'
        "colour = 3\n",
        encoding="utf-8",
    )
    with i18n.using("de"):
        _, said = load_schedule(paths, now=stamped)
    assert said == (
        f"Ein Teil der Wochenplan-Datei {path} konnte nicht verwendet werden (unverändert in der "
        "Datei belassen): Erinnerung 1: at: 25:00 ist keine Uhrzeit; Stunden gehen von 00 bis 23."
    )
