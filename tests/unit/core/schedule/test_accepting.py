"""Accepting a suggested schedule (core/schedule/accepting.py): the reminder added once, its
end date kept."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule.accepting import accept_plan
from ankle_coach.core.schedule.adherence import Span, load_spans
from ankle_coach.core.schedule.store import load_schedule

MON = date(2026, 3, 2)
MWF = (0, 2, 4)


def test_accept_plan_adds_once_with_end(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    first = accept_plan(paths, "calf", MWF, time(18, 30), MON, MON + timedelta(27))
    again = accept_plan(paths, "calf", MWF, time(18, 30), MON, MON + timedelta(27))
    saved, _ = load_schedule(paths)
    assert first == again and [r.id for r in saved.reminders] == [first.id]
    assert load_spans(paths).get(first.id) == Span(MON, MON + timedelta(27))
    assert (saved.reminders[0].since, saved.reminders[0].until) == (MON, MON + timedelta(27))
    assert not (paths.data / "plan-spans.toml").exists()  # one file holds the plan and its span
    later = accept_plan(paths, "calf", MWF, time(18, 30), MON + timedelta(7), None)
    assert (later.id, later.since, later.until) == (first.id, MON + timedelta(7), None)
    assert load_schedule(paths)[0].reminders == (later,)
