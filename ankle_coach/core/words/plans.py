"""How an exercise, a segment, a cue and the whole Plan are put into words: "3 × 30 s hold,
each side", "left, set 2 of 3", the timetable. Times come from `times`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from ankle_coach.core.safe_text import safe_line
from ankle_coach.core.words.times import clock_text, seconds_text

if TYPE_CHECKING:  # only read here: the routine module itself says its limits in these words
    from ankle_coach.core.plan import Cue, Plan, Segment
    from ankle_coach.core.routine import Exercise

#: What a segment that is not exercise time is called in a line of text.
KIND_WORDS: Final = {"get-ready": "Get ready", "rest": "Rest", "switch": "Switch"}


def prescription_text(exercise: Exercise) -> str:
    """ "3 × 30 s hold, each side", "3 × 15 reps (4 s each)", "1 min, each side"."""
    times = f"{exercise.sets} \u00d7 " if exercise.sets > 1 else ""
    if exercise.hold_seconds is not None:
        what = f"{times}{seconds_text(exercise.hold_seconds)} hold"
    elif exercise.reps is not None:
        what = f"{times}{exercise.reps} reps ({seconds_text(exercise.tempo_seconds)} each)"
    elif exercise.duration_seconds is not None:
        what = f"{times}{seconds_text(exercise.duration_seconds)}"
    else:
        what = f"{times}at your own pace" if times else "At your own pace"
    parts = [what]
    if exercise.directions:
        parts.append("each direction" if len(exercise.directions) > 1 else exercise.directions[0])
    if len(exercise.sides) == 2:
        parts.append("each side")
    elif exercise.sides:
        parts.append(f"{exercise.sides[0]} side only")
    if exercise.sets > 1 and exercise.rest_seconds:
        parts.append(f"rest {seconds_text(exercise.rest_seconds)} between sets")
    return ", ".join(parts)


def segment_details(segment: Segment, *, reps: bool = False) -> list[str]:
    """What tells a segment from its neighbours: ["left", "clockwise", "set 2 of 3"] (and
    "15 reps" with `reps`); a set is named only when there are several."""
    details = [
        segment.side or "",
        segment.direction or "",
        f"set {segment.set} of {segment.sets}" if segment.sets > 1 else "",
        f"{segment.reps} reps" if reps and segment.reps else "",
    ]
    return [detail for detail in details if detail]


def detail_words(segment: Segment) -> str:
    """Side, direction and set as the session view shows them under the exercise name:
    "Left side  \u00b7  Clockwise  \u00b7  Set 2 of 3"."""
    parts = [
        f"{part.capitalize()} side" if part == segment.side else part.capitalize()
        for part in segment_details(segment)
    ]
    return "  \u00b7  ".join(parts)


def segment_subject(segment: Segment) -> str:
    """The exercise a segment is about: its name while doing it, "next: NAME" before it."""
    if segment.kind in ("work", "manual"):
        return segment.exercise
    return f"next: {segment.exercise}"


def segment_summary(segment: Segment) -> str:
    """A segment in a line of running text: "Rest next: Calf raises (left, set 2 of 3)"."""
    label = KIND_WORDS.get(segment.kind, "")
    details = segment_details(segment)
    suffix = f" ({', '.join(details)})" if details else ""
    return f"{label + ' ' if label else ''}{segment_subject(segment)}{suffix}".strip()


#: The heading of the cues a Plan left out, after its timetable.
DROPPED_HEADING = "Left out, so that no cue talks over another:"


def segment_line(segment: Segment) -> str:
    """One segment in a timetable: "00:05  WORK       Calf raises (left, set 1 of 3)  [30 s]"."""
    details = segment_details(segment, reps=True)
    label = KIND_WORDS.get(segment.kind, segment.kind).upper()
    what = segment_subject(segment)
    suffix = f" ({', '.join(details)})" if details else ""
    length = "until Done" if segment.kind == "manual" else f"{segment.duration:g} s"
    return f"{clock_text(segment.start)}  {label:<9}  {what}{suffix}  [{length}]"


def cue_line(cue: Cue) -> str:
    """One cue in a timetable, under its segment: '    00:05  “Calf raises.”'."""
    return f"    {clock_text(cue.at)}  \u201c{cue.text}\u201d"


def timetable(plan: Plan) -> str:
    """The Plan as a person reads it: each segment with its time, then what is said in it."""
    lines = [f"{plan.title} ({clock_text(plan.total_seconds)})", ""]
    spoken: dict[int, list[str]] = {index: [] for index in range(len(plan.segments))}
    for cue in plan.cues:
        spoken[cue.segment].append(cue_line(cue))
    for segment in plan.segments:
        lines.append(segment_line(segment))
        lines.extend(spoken[segment.index])
    if plan.dropped:
        lines.append("")
        lines.append(DROPPED_HEADING)
        lines.extend(cue_line(cue) for cue in plan.dropped)
    return "\n".join(safe_line(line) for line in lines) + "\n"
