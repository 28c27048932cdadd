"""The wording of spoken cues, their priorities, and how long each takes to say."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Final, Literal

from ankle_coach.core import i18n
from ankle_coach.core.i18n import translate
from ankle_coach.core.words.numbers import MAX_WORDS, number_words
from ankle_coach.core.words.sides import direction_label, direction_name
from ankle_coach.core.words.times import decimal_text

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
#: Words and numbers: letters of any alphabet ("Übung", "repetición"), or digits.
_WORD = re.compile(r"[^\W\d_]+|\d+")
_VOWELS: Final[Mapping[str, re.Pattern[str]]] = {
    "en": re.compile(r"[aeiouy]+"),
    "de": re.compile(r"[aeiouyäöü]+"),
    "es": re.compile(r"[aeiouáéíóúü]+"),
}


@dataclass(frozen=True, slots=True)
class SpeechModel:
    """How long the voice of one language takes to say a text, fitted on espeak-ng renders
    of the language's real cues (benchmarks/cue_length_fit.py): `base` + `per_syllable` per
    syllable + `per_pause` per pause inside the text (a comma, a full stop between
    sentences), in seconds at 200 words per minute and scaled by 200/rate; then made generous,
    `margin` times that plus `extra` seconds, so that no measured cue took longer."""

    base: float
    per_syllable: float
    per_pause: float
    margin: float
    extra: float


#: Each language's fit for cues of more than one word. English: every built-in cue at 150,
#: 170 and 200 wpm; the fit's worst case was 19 % over it. German and Spanish: every cue of the
#: 7 built-ins, as shipped and with their exercises' words in the language, at 120 to 260 wpm
#: (benchmarks/cue_length_fit.py, figures in benchmarks/RESULTS.md).
SPEECH_MODELS: Final[Mapping[str, SpeechModel]] = {
    "en": SpeechModel(base=0.16, per_syllable=0.169, per_pause=0.333, margin=1.2, extra=0.1),
    "de": SpeechModel(base=0.375, per_syllable=0.1508, per_pause=0.291, margin=1.15, extra=0.1),
    "es": SpeechModel(base=0.276, per_syllable=0.1252, per_pause=0.314, margin=1.15, extra=0.1),
}
#: A fit of its own for a cue of one word (a count, "Los.", "¡Ya!"), where it matters most:
#: "3, 2, 1" are said a second apart, and a count within its rep. The line through the long
#: cues says too much for them ("uno" at 120 wpm would not fit its second). English keeps the
#: one model it was fitted with.
WORD_MODELS: Final[Mapping[str, SpeechModel]] = {
    "de": SpeechModel(base=0.179, per_syllable=0.1449, per_pause=0.0, margin=1.3, extra=0.05),
    "es": SpeechModel(base=0.109, per_syllable=0.1276, per_pause=0.0, margin=1.24, extra=0.05),
}


def spoken_seconds(text: str, rate: int = DEFAULT_RATE, language: str | None = None) -> float:
    """A deliberately generous estimate of how long the voice takes to say `text` in
    `language` (None: the language in use), at `rate` words per minute.

    English: about 0.16 s + 0.169 s per syllable + 0.333 s per pause at 200 wpm, scaled by
    200/rate, and 20 % more plus 0.1 s. "Counter-clockwise. 15 reps. Go." measured 2.77 s at
    170 wpm; this says 3.47 s. A number counts the syllables of its words in the language
    ("17": "siebzehn", "diecisiete"), which the voice says for its digits.
    """
    return _spoken_seconds(text, rate, language or i18n.current_language())


@functools.lru_cache(maxsize=8192)
def _spoken_seconds(text: str, rate: int, language: str) -> float:
    model = SPEECH_MODELS.get(language, SPEECH_MODELS["en"])
    if language in WORD_MODELS and one_word(text):
        model = WORD_MODELS[language]
    fitted = model.base + model.per_syllable * syllables(text, language)
    fitted += model.per_pause * pauses(text)
    return (model.margin * fitted + model.extra) * _CALIBRATION_RATE / rate


def one_word(text: str) -> bool:
    """Whether `text` is one word or number said on its own: "3", "Los.", "¡Ya!"."""
    return len(_WORD.findall(text)) == 1 and not pauses(text)


def syllables(text: str, language: str = "en") -> int:
    """Roughly how many syllables the voice says for `text` in `language`."""
    return sum(_syllables(word, language) for word in _WORD.findall(text))


def pauses(text: str) -> int:
    """The pauses inside `text`: its commas, colons and the ends of sentences but the last."""
    return len(_PAUSE.findall(text.rstrip(".!?")))


def _syllables(word: str, language: str = "en") -> int:
    """Roughly how many syllables the voice says for a word or a number."""
    if word.isdecimal() and language in ("de", "es"):
        number = int(word)
        if number > MAX_WORDS:
            return 3 + len(word) - 3
        said = number_words(number, language)
        return sum(_syllables(part, language) for part in _WORD.findall(said))
    if word.isdecimal():  # English, as fitted (not "³": isdigit, yet no int)
        number = int(word)
        if number < 10:
            return 1
        if number < 100:
            return 3 if 13 <= number <= 19 or number == 11 else 2
        return 3 + len(word) - 3
    lower = word.lower()
    groups = len(_VOWELS.get(language, _VOWELS["en"]).findall(lower))
    if language not in ("de", "es") and groups > 1 and lower.endswith("e"):
        if not lower.endswith(("le", "ee")):
            groups -= 1  # a silent final e
    return max(1, groups)


def countdown(number: int) -> str:
    """ "3": the voice says the digit in its own language ("drei", "tres")."""
    return str(number)


def rep_count(rep: int) -> str:
    return str(rep)


def go() -> str:
    """What starts a counted set: said as rep 1 begins, so the count goes on from 2."""
    return translate("core.cues", "Go.")


def get_ready() -> str:
    """The bare call of a get-ready, when nothing more fits."""
    return translate("core.cues", "Get ready.")


def rest() -> str:
    """The bare call of a rest, when nothing more fits."""
    return translate("core.cues", "Rest.")


def reps_words(reps: int) -> str:
    """ "15 reps.", "1 rep." """
    if reps == 1:
        return translate("core.cues", "1 rep.")
    return translate("core.cues", "{reps} reps.").format(reps=reps)


def _reps(reps: int) -> str:
    """ "15 reps", "1 rep": inside a sentence."""
    if reps == 1:
        return translate("core.cues", "1 rep")
    return translate("core.cues", "{reps} reps").format(reps=reps)


def halfway() -> str:
    return translate("core.cues", "Halfway.")


def routine_complete() -> str:
    return translate("core.cues", "Routine complete. Well done.")


def side_words(side: Side) -> str:
    """ "Left side.", "Right side." """
    if side == "left":
        return translate("core.cues", "Left side.")
    return translate("core.cues", "Right side.")


def direction_words(direction: str) -> str:
    """A direction said on its own: "Counter-clockwise.", "Gegen den Uhrzeigersinn." """
    return with_stop(direction_label(direction))


def set_words(set_number: int, sets: int) -> str:
    if sets <= 1:
        return ""
    return translate("core.cues", "Set {number} of {sets}.").format(number=set_number, sets=sets)


def seconds_words(seconds: float) -> str:
    """30 -> "30 seconds", 120 -> "2 minutes", 90 -> "90 seconds", 1.5 -> "1.5 seconds"."""
    if seconds >= 120 and seconds % 60 == 0:
        return translate("core.cues", "{minutes} minutes").format(minutes=int(seconds // 60))
    if seconds == 60:
        return translate("core.cues", "1 minute")
    if seconds == 1:
        return translate("core.cues", "1 second")
    return translate("core.cues", "{seconds} seconds").format(seconds=decimal_text(seconds))


def prescription(exercise: Exercise) -> str:
    """What one work segment asks, in a few words: "15 reps", "hold for 30 seconds"."""
    if exercise.hold_seconds is not None:
        return translate("core.cues", "hold for {time}").format(
            time=seconds_words(exercise.hold_seconds)
        )
    if exercise.reps is not None:
        return _reps(exercise.reps)
    if exercise.duration_seconds is not None:
        return seconds_words(exercise.duration_seconds)
    return translate("core.cues", "at your own pace")


def overview(exercise: Exercise) -> str:
    """The whole exercise in a few words: "3 sets of 15 reps, each direction"."""
    if exercise.reps is not None and exercise.sets > 1:
        if exercise.reps == 1:
            base = translate("core.cues", "{sets} sets of 1 rep").format(sets=exercise.sets)
        else:
            base = translate("core.cues", "{sets} sets of {reps} reps").format(
                sets=exercise.sets, reps=exercise.reps
            )
    elif exercise.sets > 1:
        base = translate("core.cues", "{what}, {sets} times").format(
            what=prescription(exercise), sets=exercise.sets
        )
    else:
        base = prescription(exercise)
    each = [
        translate("core.cues", "each direction") if exercise.directions else "",
        translate("core.cues", "each side") if exercise.sides else "",
    ]
    return ", ".join(part for part in (base, *each) if part)


def action_words(exercise: Exercise) -> str:
    """The call that starts a work segment."""
    if exercise.hold_seconds is not None:
        return translate("core.cues", "Hold for {time}.").format(
            time=seconds_words(exercise.hold_seconds)
        )
    if exercise.reps is not None:
        return join(reps_words(exercise.reps), go())
    if exercise.duration_seconds is not None:
        return translate("core.cues", "Go for {time}.").format(
            time=seconds_words(exercise.duration_seconds)
        )
    return translate("core.cues", "Press Done when you have finished.")


def join(*parts: str) -> str:
    """Whole sentences one after another: "Left side. Set 2 of 3." """
    return " ".join(part for part in parts if part)


def with_stop(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def stop_if_it_hurts() -> str:
    """Said at the start of every session, after what comes first: the app's own caution."""
    return translate("core.cues", "Stop if it hurts.")


#: The caution in English (the source of `stop_if_it_hurts`).
STOP_IF_IT_HURTS: Final = "Stop if it hurts."


def announce(lead: Literal["first", "next"], exercise: Exercise) -> tuple[str, ...]:
    """What to say before an exercise, longest first: "Get ready. First: Calf raises, ..."
    (`lead` "first") or "Rest. Next: Calf raises, ..." ("next"), each with the exercise's
    instructions, then without them, then without its overview."""
    name = exercise.name
    what = overview(exercise)
    if lead == "first":
        full = translate("core.cues", "Get ready. First: {name}, {overview}.")
        short = translate("core.cues", "Get ready. First: {name}.")
    else:
        full = translate("core.cues", "Rest. Next: {name}, {overview}.")
        short = translate("core.cues", "Rest. Next: {name}.")
    with_overview = full.format(name=name, overview=what)
    named = short.format(name=name)
    how = with_stop(exercise.instructions)
    return (join(with_overview, how), join(named, how), with_overview, named)


def exercise_name(exercise: Exercise) -> str:
    """The exercise's name said as a sentence: "Calf raises." """
    return with_stop(exercise.name)


def custom_cue(exercise: Exercise) -> str:
    """The exercise's own cue as said: "slow on the way down" -> "Slow on the way down."; ""
    for none."""
    text = exercise.cue.strip()
    return with_stop(text[0].upper() + text[1:]) if text else ""


def rest_then_set(set_number: int, sets: int, side: Side | None) -> str:
    """ "Rest. Next: set 2 of 3, right side." """
    if side == "left":
        template = translate("core.cues", "Rest. Next: set {number} of {sets}, left side.")
    elif side == "right":
        template = translate("core.cues", "Rest. Next: set {number} of {sets}, right side.")
    else:
        template = translate("core.cues", "Rest. Next: set {number} of {sets}.")
    return template.format(number=set_number, sets=sets)


def side_now(side: Side) -> str:
    """The shortest call of a change of side, for a slow voice: "Now the right.", "Jetzt
    rechts.", "El derecho." (German and Spanish say "Right side." in more syllables)."""
    if side == "left":
        return translate("core.cues", "Now the left.")
    return translate("core.cues", "Now the right.")


def other_way() -> str:
    """The shortest call of a change between an exercise's two directions: "The other way.",
    "Andersherum.", "Al revés." ("Gegen den Uhrzeigersinn." takes too long before a "3")."""
    return translate("core.cues", "The other way.")


def switch_to(side: Side | None, direction: str | None) -> str:
    if side == "left":
        return translate("core.cues", "Switch to your left side.")
    if side == "right":
        return translate("core.cues", "Switch to your right side.")
    if direction:
        return translate("core.cues", "Switch to {direction}.").format(
            direction=direction_name(direction)
        )
    return translate("core.cues", "Switch.")
