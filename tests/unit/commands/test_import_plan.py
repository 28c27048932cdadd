"""`ankle-coach import` of a routine with a suggested schedule: shown, accepted (with its end
date), changed, declined; bad days or time refused with nothing imported. And `history export
--planned-csv`."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

from ankle_coach.commands.history import export_command
from ankle_coach.commands.sharing import import_command
from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule import load_schedule, reminder_words
from ankle_coach.core.schedule.adherence import PLANNED_CSV_COLUMNS, load_spans

ROUTINE = """format = 1
title = "Calf work"
[suggested_schedule]
days = ["mon", "wed", "fri"]
at = "18:30"
weeks = 4
[[exercises]]
name = "Calf raise"
reps = 15
"""


def run(tmp_path: Path, **kwargs: str) -> tuple[int, str, str, Paths]:
    source = tmp_path / "calf.toml"
    source.write_text(ROUTINE, encoding="utf-8")
    paths = Paths.under(tmp_path / "home")
    out, err = io.StringIO(), io.StringIO()
    status = import_command(source, "replace", paths, out=out, err=err, **kwargs)
    return status, out.getvalue(), err.getvalue(), paths


def test_shown_not_added_without_a_choice(tmp_path: Path) -> None:
    status, out, err, paths = run(tmp_path)
    assert status == 0 and err == ""
    assert "Suggested schedule: Monday, Wednesday and Friday at 18:30, for 4 weeks.\n" in out
    assert "ankle-coach schedule add calf --days mon,wed,fri --at 18:30" in out
    assert load_schedule(paths)[0].reminders == ()
    assert (paths.user_routines / "calf.toml").exists()


def test_accept_adds_reminder_ending_after_four_weeks(tmp_path: Path) -> None:
    status, out, _, paths = run(tmp_path, plan="accept")
    assert status == 0
    (reminder,) = load_schedule(paths)[0].reminders
    assert reminder_words(reminder) == "Mon, Wed, Fri at 18:30"
    span = load_spans(paths).get(reminder.id)
    assert span is not None and span.until == span.since + timedelta(days=27)
    assert f"until {span.until.isoformat()}" in out


def test_change_days_and_time(tmp_path: Path) -> None:
    status, _, _, paths = run(tmp_path, plan="accept", days="tue,thu", at="7:00")
    assert status == 0
    assert [reminder_words(r) for r in load_schedule(paths)[0].reminders] == ["Tue, Thu at 07:00"]


def test_decline(tmp_path: Path) -> None:
    status, out, _, paths = run(tmp_path, plan="decline")
    assert status == 0 and "Not added to your weekly plan.\n" in out
    assert load_schedule(paths)[0].reminders == ()


def test_bad_time_refused_nothing_imported(tmp_path: Path) -> None:
    status, out, err, paths = run(tmp_path, plan="accept", at="25:00")
    assert status == 2 and out == ""
    assert err == "at: 25:00 is not a time of day; hours go from 00 to 23\n"
    assert not (paths.user_routines / "calf.toml").exists()
    assert load_schedule(paths)[0].reminders == ()


def test_history_export_planned_csv(tmp_path: Path) -> None:
    _, _, _, paths = run(tmp_path, plan="accept", days="daily")
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "planned.csv"
    status = export_command(tmp_path / "h.csv", paths, out=out, err=err, planned=target)
    assert status == 0, err.getvalue()
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert tuple(rows[0].keys()) == PLANNED_CSV_COLUMNS
    today = date.today()
    assert rows[0]["day"] == today.isoformat() and rows[0]["status"] == "to come"
    assert {row["kind"] for row in rows} == {"planned"}
    assert f"{len(rows)} planned session" in out.getvalue()
