"""How an exercise's prescription reads on screen: "3 × 30 s hold, each side"."""

from __future__ import annotations

from ankle_coach.core.routine import Exercise


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
