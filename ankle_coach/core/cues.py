"""The wording of spoken cues, their priorities, and how long each takes to say."""

from __future__ import annotations

import functools
import re
from enum import IntEnum
from typing import Final

from ankle_coach.core.routine import Exercise, Side


class Priority(IntEnum):
    """When two cues would overlap, the lower priority is dropped; a countdown never is."""

    INFO = 0  # "halfway"
    COUNT = 1  # rep counts on the tempo
    CHANGE = 2  # what starts now, what comes next
    COUNTDOWN = 3  # "3", "2", "1" and "routine complete"


#: Silence kept between the end of one cue and the start of the next.
GAP_SECONDS: Final = 0.15

_PAUSE = re.compile(r"[.,;:!?]")


@functools.lru_cache(maxsize=4096)
def spoken_seconds(text: str) -> float:
    """A deliberately generous estimate of how long the voice takes to say `text`.

    Calibrated on espeak-ng at its default 200 words per minute (notes/speech.md): one word
    takes about 0.5 s with its lead-in, each further word about 0.28 s, each punctuation pause
    about 0.3 s. "Set 2 of 3. Hold for 30 seconds." measured 2.6 s; this says 3.1 s.
    """
    words = len(text.split())
    pauses = len(_PAUSE.findall(text.rstrip(".!?")))
    return 0.25 + 0.28 * words + 0.3 * pauses


def countdown(number: int) -> str:
    return str(number)


def rep_count(rep: int) -> str:
    return str(rep)


def halfway() -> str:
    return "Halfway."


def routine_complete() -> str:
    return "Routine complete. Well done."


def side_words(side: Side) -> str:
    return f"{side.capitalize()} side."


def direction_words(direction: str) -> str:
    return f"{direction[0].upper()}{direction[1:]}."


def set_words(set_number: int, sets: int) -> str:
    return f"Set {set_number} of {sets}." if sets > 1 else ""


def seconds_words(seconds: float) -> str:
    """30 -> "30 seconds", 120 -> "2 minutes", 90 -> "90 seconds", 1.5 -> "1.5 seconds"."""
    if seconds >= 120 and seconds % 60 == 0:
        return f"{int(seconds // 60)} minutes"
    if seconds == 60:
        return "1 minute"
    shown = f"{seconds:g}"
    return f"{shown} second" if shown == "1" else f"{shown} seconds"


def prescription(exercise: Exercise) -> str:
    """What one work segment asks, in a few words: "15 reps", "hold for 30 seconds"."""
    if exercise.hold_seconds is not None:
        return f"hold for {seconds_words(exercise.hold_seconds)}"
    if exercise.reps is not None:
        return f"{exercise.reps} reps"
    if exercise.duration_seconds is not None:
        return seconds_words(exercise.duration_seconds)
    return "at your own pace"


def overview(exercise: Exercise) -> str:
    """The whole exercise in a few words: "3 sets of 15 reps, each direction"."""
    if exercise.reps is not None:
        base = f"{exercise.reps} reps"
        if exercise.sets > 1:
            base = f"{exercise.sets} sets of {base}"
    else:
        base = prescription(exercise)
        if exercise.sets > 1:
            base = f"{base}, {exercise.sets} times"
    each = [
        "each direction" if exercise.directions else "",
        "each side" if exercise.sides else "",
    ]
    return ", ".join(part for part in (base, *each) if part)


def action_words(exercise: Exercise) -> str:
    """The call that starts a work segment."""
    if exercise.hold_seconds is not None:
        return f"Hold for {seconds_words(exercise.hold_seconds)}."
    if exercise.reps is not None:
        return f"{exercise.reps} reps. Go."
    if exercise.duration_seconds is not None:
        return f"Go for {seconds_words(exercise.duration_seconds)}."
    return "Press Done when you have finished."


def join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def with_stop(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def announce(lead: str, exercise: Exercise) -> tuple[str, ...]:
    """What to say before an exercise, longest first: "Rest. Next: Calf raises, ..."."""
    name = f"{lead} {exercise.name}"
    how = with_stop(exercise.instructions)
    return (
        join(f"{name}, {overview(exercise)}.", how),
        join(f"{name}.", how),
        f"{name}, {overview(exercise)}.",
        f"{name}.",
    )


def rest_then_set(set_number: int, sets: int, side: Side | None) -> str:
    where = f", {side} side" if side else ""
    return f"Rest. Next: set {set_number} of {sets}{where}."


def switch_to(side: Side | None, direction: str | None) -> str:
    if side is None:
        return f"Switch to {direction}." if direction else "Switch."
    return f"Switch to your {side} side."
