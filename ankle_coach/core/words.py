"""Every way a time, a segment or a prescription is put into words: "03:20", "3 × 30 s hold,
each side", and the Plan as a timetable. One Qt-free place that the window, the terminal, the
handout and the command line all call."""

from __future__ import annotations

from ankle_coach.core.plan import Cue, Plan, Segment
from ankle_coach.core.routine import Exercise
from ankle_coach.core.safe_text import safe_line


def seconds_text(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        return f"{int(seconds // 60)} min"
    return f"{seconds:g} s"


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


def clock_text(seconds: float) -> str:
    """Seconds as m:ss (or h:mm:ss), rounded to the nearest second."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


#: The heading of the cues a Plan left out, after its timetable.
DROPPED_HEADING = "Left out, so that no cue talks over another:"


def segment_line(segment: Segment) -> str:
    """One segment in a timetable: "00:05  WORK       Calf raises (left, set 1 of 3)  [30 s]"."""
    what = segment.exercise
    details = [
        detail
        for detail in (
            segment.side,
            segment.direction,
            f"set {segment.set} of {segment.sets}" if segment.sets > 1 else "",
            f"{segment.reps} reps" if segment.reps else "",
        )
        if detail
    ]
    label = {"get-ready": "GET READY", "rest": "REST", "switch": "SWITCH"}.get(
        segment.kind, segment.kind.upper()
    )
    if segment.kind != "work" and segment.kind != "manual":
        what = f"next: {what}"
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
