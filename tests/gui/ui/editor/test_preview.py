"""ui/editor/preview.py: the editor's plan preview is the Plan itself, segment by segment with
the cues said in each, in core/words.py's words, at most so many lines, and one clear line
while the routine breaks a rule."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from ankle_coach.core.library import resolve
from ankle_coach.core.plan import compile_plan
from ankle_coach.core.words import DROPPED_HEADING, cue_line, segment_line
from ankle_coach.ui.editor.preview import NO_PLAN, PREVIEW_LINES, PlanPreview, plan_rows


def test_each_segment_is_followed_by_the_cues_said_in_it() -> None:
    plan = compile_plan(resolve("calf-raises").routine)
    rows = plan_rows(plan, limit=10_000)
    expected: list[str] = []
    for segment in plan.segments:
        expected.append(segment_line(segment))
        expected += [cue_line(cue) for cue in plan.cues if cue.segment == segment.index]
    if plan.dropped:
        expected += ["", DROPPED_HEADING, *(cue_line(cue) for cue in plan.dropped)]
    assert rows == expected
    assert len([row for row in rows if row in {segment_line(s) for s in plan.segments}]) == len(
        plan.segments
    )


def test_the_cues_left_out_come_last_under_their_heading() -> None:
    plan = compile_plan(resolve("ankle-circles").routine)
    dropped = (plan.cues[0],)
    rows = plan_rows(dataclasses.replace(plan, dropped=dropped), limit=10_000)
    assert rows[-3:] == ["", DROPPED_HEADING, cue_line(plan.cues[0])]


def test_a_long_plan_is_cut_at_the_line_limit() -> None:
    plan = compile_plan(resolve("calf-raises").routine)
    full = plan_rows(plan, limit=10_000)
    assert len(full) > 12
    assert plan_rows(plan, limit=12) == full[:12]
    assert len(plan_rows(plan)) == min(len(full), PREVIEW_LINES)


def test_the_preview_shows_the_plan_or_says_what_to_do(qtbot: QtBot) -> None:
    preview = PlanPreview()
    qtbot.addWidget(preview)
    assert preview.isReadOnly()
    plan = compile_plan(resolve("ankle-circles").routine)
    preview.show_plan(plan)
    assert preview.toPlainText().splitlines() == plan_rows(plan)
    preview.show_plan(None)
    assert preview.toPlainText() == NO_PLAN
