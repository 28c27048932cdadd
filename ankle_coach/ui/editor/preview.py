"""The editor's plan preview: the Plan of the routine being edited, segment by segment, with what
is said in each, worded as the timetable words them (core/words.py)."""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.plan import Cue, Plan
from ankle_coach.core.safe_text import safe_line
from ankle_coach.core.words import cue_line, dropped_heading, segment_line
from ankle_coach.ui.i18n import translate

#: The plan preview shows this many lines at most.
PREVIEW_LINES: Final = 200
#: What the preview says while the routine breaks a rule.
NO_PLAN: Final = QT_TRANSLATE_NOOP("ui.editor.preview", "Fix the problems below to see the plan.")


def plan_rows(plan: Plan, limit: int = PREVIEW_LINES) -> list[str]:
    """The first `limit` lines of the Plan: each segment, then the cues said in it; after them
    the cues left out, if any. Only as many segments are worded as the lines shown need."""
    spoken: dict[int, list[Cue]] = {}
    for cue in plan.cues:
        spoken.setdefault(cue.segment, []).append(cue)
    rows: list[str] = []
    for segment in plan.segments:
        if len(rows) >= limit:
            break
        rows.append(segment_line(segment))
        rows.extend(cue_line(cue) for cue in spoken.get(segment.index, ()))
    if plan.dropped and len(rows) < limit:
        rows.extend(["", dropped_heading(), *(cue_line(cue) for cue in plan.dropped)])
    return [safe_line(row) for row in rows[:limit]]


class PlanPreview(QPlainTextEdit):
    """A read-only, unwrapped, monospaced view of `plan_rows`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)

    def show_plan(self, plan: Plan | None) -> None:
        """Show `plan`, or NO_PLAN for None (a routine that breaks a rule has no plan)."""
        if plan is None:
            self.setPlainText(translate("ui.editor.preview", NO_PLAN))
        else:
            self.setPlainText("\n".join(plan_rows(plan)))
