"""The History page's plan (ui/history/plan.py) on a fixed Wednesday: this week's planned
sessions ticked, missed or to come, the last four weeks' share, and the planned CSV beside the
export."""

from __future__ import annotations

import csv
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ankle_coach.core.history import History
from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule import WeeklyPlan, save_schedule
from ankle_coach.ui.history.view import HistoryView
from tests.gui.ui.history.helpers import CET, NOW, a_session

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

MONDAY = date(2026, 3, 2)


def plan_view(qtbot: QtBot, history: History, paths: Paths) -> HistoryView:
    view = HistoryView(history, now=lambda: NOW, paths=paths, zone=lambda: CET)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_without_a_plan_the_page_says_how_to_make_one(
    qtbot: QtBot, history: History, user_home: Path
) -> None:
    view = plan_view(qtbot, history, Paths.under(user_home))
    assert view.plan_panel is not None
    assert view.plan_panel.mark_texts() == []
    assert view.plan_panel.note.text().startswith("No weekly plan yet.")


def test_this_week_and_four_weeks(qtbot: QtBot, history: History, user_home: Path) -> None:
    paths = Paths.under(user_home)
    # planned from two weeks before this one: 2 weeks x 3 + Monday of this week = 7 decided
    since = MONDAY - timedelta(weeks=2)
    plan, _ = WeeklyPlan().added("calf-raises", (0, 2, 4), time(18, 30), since=since)
    save_schedule(plan, paths)
    for days_ago in (2, 7, 9, 14, 16):  # Mondays and Wednesdays: the Fridays are missed
        a_session(history, days_ago)
    # NOW is Wednesday 19:00: a_session starts an hour earlier, so today is done too
    a_session(history, 0)
    view = plan_view(qtbot, history, paths)
    panel = view.plan_panel
    assert panel is not None
    assert panel.mark_texts() == [
        "Mon 18:30\n\u2713 done",
        "Wed 18:30\n\u2713 done",
        "Fri 18:30\nto come",
    ]
    assert panel.adherence.text() == "Last 4 weeks: 6 of 8 planned sessions done (75 %)"
    assert panel.marks[1].accessibleName() == "Wednesday 18:30, calf-raises: done"
    view.refresh()  # the marks are kept and filled again, never taken out of the layout
    assert panel.mark_texts()[0] == "Mon 18:30\n\u2713 done" and len(panel.marks) == 3
    save_schedule(WeeklyPlan(), paths)
    view.refresh()
    assert panel.marks == [] and panel.note.text().startswith("No weekly plan yet.")
    save_schedule(plan, paths)
    view.refresh()

    target = user_home / "history.csv"
    view.choose_export_path = lambda: target  # type: ignore[method-assign]
    assert view.export_csv() == target
    planned = list(
        csv.DictReader((user_home / "history-planned.csv").read_text("utf-8").splitlines())
    )
    assert [(r["day"], r["status"]) for r in planned][:4] == [
        ("2026-02-16", "done"),
        ("2026-02-18", "done"),
        ("2026-02-20", "missed"),
        ("2026-02-23", "done"),
    ]
    assert [r["status"] for r in planned].count("missed") == 2
    assert "planned sessions to" in view.message.text()
    # the first CSV keeps its columns
    assert next(csv.reader(target.read_text("utf-8").splitlines()))[0:3] == ["kind", "id", "start"]
