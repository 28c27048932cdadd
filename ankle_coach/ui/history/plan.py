"""The History page's "Your plan": this week's planned sessions, each ticked, missed or still to
come, and the share done over the last four weeks (core/schedule/adherence.py counts them).

`read_plan` gathers what the panel shows from the plan's files and the history, so the page's
refresh stays one call; the panel only puts it into words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ankle_coach.core.history import COUNTS_WORDS, History, monday_of
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule import load_schedule, time_key
from ankle_coach.core.schedule.adherence import (
    ADHERENCE_WEEKS,
    Adherence,
    PlannedSession,
    Status,
    adherence,
    load_spans,
    planned_sessions,
    report_days,
    save_spans,
    write_planned_csv,
)
from ankle_coach.ui.history.words import weekday_words
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.theme import HEADING_SCALES, set_type_scale
from ankle_coach.ui.widgets.text import plain_label

#: How each planned session is marked, in words a screen reader says too.
MARKS = {
    Status.DONE: QT_TRANSLATE_NOOP("ui.history.plan", "\u2713 done"),
    Status.MISSED: QT_TRANSLATE_NOOP("ui.history.plan", "\u2717 missed"),
    Status.TO_COME: QT_TRANSLATE_NOOP("ui.history.plan", "to come"),
}
WORDS = {
    Status.DONE: QT_TRANSLATE_NOOP("ui.history.plan", "done"),
    Status.MISSED: QT_TRANSLATE_NOOP("ui.history.plan", "missed"),
    Status.TO_COME: QT_TRANSLATE_NOOP("ui.history.plan", "to come"),
}


def counts_words() -> str:
    """What counts toward the week (core/history's words), in the window's language."""
    return translate("core.history.stats", COUNTS_WORDS)


@dataclass(frozen=True)
class PlanReport:
    """This week's planned sessions, the last weeks' adherence, and a problem to say ("")."""

    week: list[PlannedSession]
    recent: Adherence
    has_plan: bool
    problem: str = ""


def read_plan(paths: Paths, history: History, now: datetime, zone: tzinfo) -> PlanReport:
    """The plan against the history, as of `now`. A reminder seen here for the first time is
    planned from today (its span is saved); raises HistoryError when the history cannot be read."""
    plan, problem = load_schedule(paths)
    today = now.astimezone(zone).date()
    spans = load_spans(paths)
    seen = spans.seen(plan, today)
    if seen != spans:
        try:
            save_spans(paths, seen)
        except OSError as exc:
            problem = translate(
                "ui.history.plan", "When your plan started could not be saved ({reason})."
            ).format(reason=exc.strerror or exc)
    monday = monday_of(today)
    first = monday - timedelta(weeks=ADHERENCE_WEEKS - 1)
    sessions = history.sessions(first, monday + timedelta(days=6))
    found = planned_sessions(plan, seen, sessions, first, monday + timedelta(days=6), now, zone)
    return PlanReport(
        week=[p for p in found if p.day >= monday],
        recent=adherence(p for p in found if p.day <= today),
        has_plan=bool(plan.reminders),
        problem=problem or "",
    )


def export_planned(
    paths: Paths, history: History, target: Path, now: datetime, zone: tzinfo
) -> int:
    """The planned sessions since the plan started, to `target` as CSV; the number of rows.
    Raises OSError, HistoryError."""
    plan, _ = load_schedule(paths)
    spans = load_spans(paths).seen(plan, now.astimezone(zone).date())
    first, last = report_days(spans, now, zone)
    found = planned_sessions(plan, spans, history.sessions(first, last), first, last, now, zone)
    return write_planned_csv(target, found)


class PlanPanel(QFrame):
    """ "Your plan this week": a mark for each planned session, and the last four weeks."""

    def __init__(
        self, titles: Callable[[str], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._titles = titles or (lambda routine: routine)
        heading = plain_label(
            translate("ui.history.plan", "Your plan this week"), name="planHeading"
        )
        set_type_scale(heading, HEADING_SCALES[3], bold=True)
        self.adherence = plain_label(wrap="spaces", name="planAdherence")
        # The marks are made when first needed and kept (hidden when not used): a refresh never
        # takes items out of a layout.
        self.row = QWidget(self)
        self._days = QHBoxLayout(self.row)
        self._days.setContentsMargins(0, 0, 0, 0)
        self._days.setSpacing(8)
        self._days.addStretch(1)
        self._labels: list[QLabel] = []
        self.nothing = plain_label(
            translate("ui.history.plan", "Nothing planned this week."),
            name="planNothing",
            parent=self,
        )
        self._days.insertWidget(0, self.nothing)
        self.nothing.hide()
        self.note = plain_label(wrap="spaces", name="planNote")
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.addWidget(heading)
        layout.addWidget(self.adherence)
        layout.addWidget(self.row)
        layout.addWidget(self.note)
        self.marks: list[QLabel] = []

    def show_report(self, report: PlanReport) -> None:
        shown = report.week if report.has_plan else []
        while len(self._labels) < len(shown):
            mark = plain_label(parent=self.row)
            mark.setObjectName("planDay")
            mark.setFrameShape(QFrame.Shape.StyledPanel)
            self._days.insertWidget(len(self._labels), mark)
            self._labels.append(mark)
        self.marks = self._labels[: len(shown)]
        for mark, item in zip(self.marks, shown, strict=True):
            title = self._titles(item.routine)
            day, at = item.at.date(), time_key(item.at.time())
            mark_words = translate("ui.history.plan", MARKS[item.status])
            mark.setText(f"{weekday_words(day)} {at}\n{mark_words}")
            mark.setToolTip(title)
            mark.setAccessibleName(
                translate("ui.history.plan", "{day} {time}, {title}: {status}").format(
                    day=weekday_words(day, long=True),
                    time=at,
                    title=title,
                    status=translate("ui.history.plan", WORDS[item.status]),
                )
            )
            missed = item.status is Status.MISSED
            mark.setForegroundRole(
                QPalette.ColorRole.PlaceholderText if missed else QPalette.ColorRole.WindowText
            )
            mark.show()
        for mark in self._labels[len(shown) :]:
            mark.hide()
        self.nothing.setVisible(report.has_plan and not shown)
        if not report.has_plan:
            self.adherence.setText("")
            self.note.setText(
                translate(
                    "ui.history.plan",
                    "No weekly plan yet. View \u2192 Plan my week\u2026 (or `ankle-coach schedule "
                    "add`) sets reminders; they are shown here against what you did.",
                )
            )
            return
        self.adherence.setText(adherence_words(report.recent))
        self.note.setText(
            report.problem
            or translate(
                "ui.history.plan", "A planned day is done by a session that counts on that day."
            )
            + " "
            + counts_words()
        )

    def mark_texts(self) -> list[str]:
        return [mark.text() for mark in self.marks]


def adherence_words(found: Adherence) -> str:
    """ "Last 4 weeks: 5 of 7 planned sessions done (71 %)"."""
    if found.percent is None:
        return translate("ui.history.plan", "Last {weeks} weeks: nothing planned yet").format(
            weeks=ADHERENCE_WEEKS
        )
    if found.planned == 1:
        text = translate(
            "ui.history.plan",
            "Last {weeks} weeks: {done} of {planned} planned session done ({percent} %)",
        )
    else:
        text = translate(
            "ui.history.plan",
            "Last {weeks} weeks: {done} of {planned} planned sessions done ({percent} %)",
        )
    return text.format(
        weeks=ADHERENCE_WEEKS, done=found.done, planned=found.planned, percent=found.percent
    )
