"""Exercises, segments and the timetable put into words: input -> the exact text shown."""

from __future__ import annotations

import pytest

from ankle_coach.core import cues, i18n
from ankle_coach.core.plan import Cue, Segment, SegmentKind
from ankle_coach.core.routine import Exercise, Side
from ankle_coach.core.words import (
    cue_line,
    detail_words,
    prescription_text,
    segment_details,
    segment_line,
    segment_summary,
)
from ankle_coach.core.words.plans import dropped_heading


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        (
            {"hold_seconds": 30, "sets": 3, "sides": ("left", "right"), "rest_seconds": 10},
            "3 \u00d7 30 s hold, each side, rest 10 s between sets",
        ),
        ({"reps": 15, "sets": 3, "rep_seconds": 4.0}, "3 \u00d7 15 reps (4 s each)"),
        (
            {"reps": 15, "directions": ("clockwise", "counter-clockwise")},
            "15 reps (2 s each), each direction",
        ),
        ({"duration_seconds": 180}, "3 min"),
        ({"duration_seconds": 60, "sides": ("left", "right")}, "1 min, each side"),
        ({"manual": True, "sides": ("right",)}, "At your own pace, right side only"),
    ],
)
def test_prescription_text(fields: dict[str, object], text: str) -> None:
    assert prescription_text(Exercise(name="X", **fields)) == text  # type: ignore[arg-type]


def _segment(
    kind: SegmentKind,
    *,
    side: Side | None = None,
    direction: str | None = None,
    set_: int = 1,
    sets: int = 1,
    reps: int | None = None,
) -> Segment:
    return Segment(
        index=0,
        start=65.0,
        duration=30.0,
        kind=kind,
        exercise_index=0,
        exercise="Calf raises",
        side=side,
        direction=direction,
        set=set_,
        sets=sets,
        reps=reps,
    )


@pytest.mark.parametrize(
    ("segment", "details", "shown", "summary", "line"),
    [
        (
            _segment("work"),
            [],
            "",
            "Calf raises",
            "01:05  WORK       Calf raises  [30 s]",
        ),
        (
            _segment("work", side="left", set_=2, sets=3, reps=15),
            ["left", "set 2 of 3"],
            "Left side  \u00b7  Set 2 of 3",
            "Calf raises (left, set 2 of 3)",
            "01:05  WORK       Calf raises (left, set 2 of 3, 15 reps)  [30 s]",
        ),
        (
            _segment("rest", direction="clockwise", sets=2, set_=2),
            ["clockwise", "set 2 of 2"],
            "Clockwise  \u00b7  Set 2 of 2",
            "Rest next: Calf raises (clockwise, set 2 of 2)",
            "01:05  REST       next: Calf raises (clockwise, set 2 of 2)  [30 s]",
        ),
        (
            _segment("get-ready"),
            [],
            "",
            "Get ready next: Calf raises",
            "01:05  GET READY  next: Calf raises  [30 s]",
        ),
        (
            _segment("switch", side="right", direction="counter-clockwise"),
            ["right", "counter-clockwise"],
            "Right side  \u00b7  Counter-clockwise",
            "Switch next: Calf raises (right, counter-clockwise)",
            "01:05  SWITCH     next: Calf raises (right, counter-clockwise)  [30 s]",
        ),
        (
            _segment("manual", side="right"),
            ["right"],
            "Right side",
            "Calf raises (right)",
            "01:05  MANUAL     Calf raises (right)  [until Done]",
        ),
    ],
)
def test_a_segment_in_words(
    segment: Segment, details: list[str], shown: str, summary: str, line: str
) -> None:
    """The session view, the terminal's progress line and the timetable say a segment from the
    same details; nothing about it is lost between them."""
    assert segment_details(segment) == details
    assert detail_words(segment) == shown
    assert segment_summary(segment) == summary
    assert segment_line(segment) == line


@pytest.mark.parametrize(
    ("language", "fields", "text"),
    [
        (
            "de",
            {"hold_seconds": 30, "sets": 3, "sides": ("left", "right"), "rest_seconds": 10},
            "3 \u00d7 30 s halten, auf jeder Seite, 10 s Pause zwischen den Sätzen",
        ),
        (
            "es",
            {"hold_seconds": 30, "sets": 3, "sides": ("left", "right"), "rest_seconds": 10},
            "3 \u00d7 30 s de mantenimiento, en cada lado, 10 s de descanso entre series",
        ),
        (
            "de",
            {"reps": 15, "sets": 3, "rep_seconds": 1.5},
            "3 \u00d7 15 Wiederholungen (je 1,5 s)",
        ),
        (
            "es",
            {"reps": 15, "sets": 3, "rep_seconds": 1.5},
            "3 \u00d7 15 repeticiones (1,5 s cada una)",
        ),
        ("de", {"reps": 1}, "1 Wiederholung (2 s)"),
        (
            "de",
            {"reps": 10, "directions": ("clockwise",)},
            "10 Wiederholungen (je 2 s), im Uhrzeigersinn",
        ),
        ("es", {"manual": True, "sides": ("right",)}, "A tu ritmo, solo lado derecho"),
        ("de", {"manual": True, "sets": 2}, "2 \u00d7 im eigenen Tempo"),
    ],
)
def test_prescription_text_in_german_and_spanish(
    language: i18n.Language, fields: dict[str, object], text: str
) -> None:
    with i18n.using(language):
        assert prescription_text(Exercise(name="X", **fields)) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "segment", "shown", "summary", "line"),
    [
        (
            "de",
            _segment("work", side="left", set_=2, sets=3, reps=15),
            "Linke Seite  \u00b7  Satz 2 von 3",
            "Calf raises (links, Satz 2 von 3)",
            "01:05  ÜBUNG          Calf raises (links, Satz 2 von 3, 15 Wiederholungen)  [30 s]",
        ),
        (
            "es",
            _segment("rest", direction="clockwise", sets=2, set_=2),
            "En sentido horario  \u00b7  Serie 2 de 2",
            "Descanso, siguiente: Calf raises (en sentido horario, serie 2 de 2)",
            "01:05  DESCANSO    siguiente: Calf raises (en sentido horario, serie 2 de 2)  [30 s]",
        ),
        (
            "de",
            _segment("get-ready"),
            "",
            "Bereit machen, als Nächstes: Calf raises",
            "01:05  BEREIT MACHEN  als Nächstes: Calf raises  [30 s]",
        ),
        (
            "es",
            _segment("manual", side="right"),
            "Lado derecho",
            "Calf raises (lado derecho)",
            "01:05  SIN TIEMPO  Calf raises (lado derecho)  [hasta «Hecho»]",
        ),
    ],
)
def test_a_segment_in_german_and_spanish(
    language: i18n.Language, segment: Segment, shown: str, summary: str, line: str
) -> None:
    """The timetable's column is as wide as the language's longest word for a kind."""
    with i18n.using(language):
        assert detail_words(segment) == shown
        assert segment_summary(segment) == summary
        assert segment_line(segment) == line


@pytest.mark.parametrize(
    ("language", "heading", "quoted"),
    [
        ("en", "Left out, so that no cue talks over another:", "\u201cGo.\u201d"),
        ("de", "Weggelassen, damit sich keine Ansagen überschneiden:", "\u201eLos.\u201c"),
        ("es", "Omitidos para que ningún aviso se solape con otro:", "\u00ab¡Ya!\u00bb"),
    ],
)
def test_the_timetable_quotes_as_the_language_does(
    language: i18n.Language, heading: str, quoted: str
) -> None:
    with i18n.using(language):
        assert dropped_heading() == heading
        cue = Cue(at=5.0, text=cues.go(), priority=2, kind="start", segment=0)
        assert cue_line(cue) == f"    00:05  {quoted}"
