"""The wording of spoken cues, their priorities, and how long each takes to say."""

from __future__ import annotations

import functools
import re
from enum import IntEnum
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # for annotations only: settings reads DEFAULT_RATE without the routine model
    from ankle_coach.core.routine import Exercise, Side


class Priority(IntEnum):
    """When two cues would overlap, the lower priority is dropped; a countdown never is."""

    INFO = 0  # "halfway"
    COUNT = 1  # rep counts on the tempo
    CHANGE = 2  # what starts now, what comes next
    COUNTDOWN = 3  # "3", "2", "1" and "routine complete"


#: Silence kept between the end of one cue and the start of the next.
GAP_SECONDS: Final = 0.15
#: The voice's default rate in words per minute (speech/voice.py); a calm pace for the floor.
DEFAULT_RATE: Final = 170
_CALIBRATION_RATE: Final = 200

_PAUSE = re.compile(r"[.,;:!?]")
_WORD = re.compile(r"[A-Za-z]+|\d+")
_VOWELS = re.compile(r"[aeiouy]+")


@functools.lru_cache(maxsize=8192)
def spoken_seconds(text: str, rate: int = DEFAULT_RATE) -> float:
    """A deliberately generous estimate of how long the voice takes to say `text`.

    Fitted on espeak-ng renders of every built-in cue at 150, 170 and 200 words per minute
    (speech without its leading and trailing silence): about 0.16 s + 0.169 s per syllable +
    0.333 s per pause at 200 wpm, scaled by 200/rate. The fit's worst case was 19 % over it, so
    this says 20 % more plus 0.1 s. "Counter-clockwise. 15 reps. Go." measured 2.77 s at
    170 wpm; this says 3.47 s.
    """
    syllables = sum(_syllables(word) for word in _WORD.findall(text))
    pauses = len(_PAUSE.findall(text.rstrip(".!?")))
    fitted = 0.16 + 0.169 * syllables + 0.333 * pauses
    return (1.2 * fitted + 0.1) * _CALIBRATION_RATE / rate


def _syllables(word: str) -> int:
    """Roughly how many syllables the voice says for a word or a number."""
    if word.isdigit():
        number = int(word)
        if number < 10:
            return 1
        if number < 100:
            return 3 if 13 <= number <= 19 or number == 11 else 2
        return 3 + len(word) - 3
    groups = len(_VOWELS.findall(word.lower()))
    if groups > 1 and word.lower().endswith("e") and not word.lower().endswith(("le", "ee")):
        groups -= 1  # a silent final e
    return max(1, groups)


def countdown(number: int) -> str:
    return str(number)


def rep_count(rep: int) -> str:
    return str(rep)


def go() -> str:
    """What starts a counted set: said as rep 1 begins, so the count goes on from 2."""
    return "Go."


def reps_words(reps: int) -> str:
    """ "15 reps.", "1 rep." """
    return f"{_reps(reps)}."


def _reps(reps: int) -> str:
    return "1 rep" if reps == 1 else f"{reps} reps"


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
        return _reps(exercise.reps)
    if exercise.duration_seconds is not None:
        return seconds_words(exercise.duration_seconds)
    return "at your own pace"


def overview(exercise: Exercise) -> str:
    """The whole exercise in a few words: "3 sets of 15 reps, each direction"."""
    if exercise.reps is not None:
        base = _reps(exercise.reps)
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
        return f"{reps_words(exercise.reps)} Go."
    if exercise.duration_seconds is not None:
        return f"Go for {seconds_words(exercise.duration_seconds)}."
    return "Press Done when you have finished."


def join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def with_stop(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


#: Said at the start of every session, after what comes first: the app's own caution.
STOP_IF_IT_HURTS: Final = "Stop if it hurts."


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


def custom_cue(exercise: Exercise) -> str:
    """The exercise's own cue as said: "slow on the way down" -> "Slow on the way down."; ""
    for none."""
    text = exercise.cue.strip()
    return with_stop(text[0].upper() + text[1:]) if text else ""


def rest_then_set(set_number: int, sets: int, side: Side | None) -> str:
    where = f", {side} side" if side else ""
    return f"Rest. Next: set {set_number} of {sets}{where}."


def switch_to(side: Side | None, direction: str | None) -> str:
    if side is None:
        return f"Switch to {direction}." if direction else "Switch."
    return f"Switch to your {side} side."
