"""The ice timer: a 20-minute countdown on an injected Clock, computed from a deadline; the words
its end is said and shown with, in the current language."""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Final

from ankle_coach.core.clock import Clock
from ankle_coach.core.i18n import Language, current_language, translate
from ankle_coach.core.words.numbers import number_words as words_of

#: The article recommends icing for at least 20 minutes; the timer counts exactly that.
ICE_SECONDS: Final = 20 * 60.0


class IcePhase(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class IceTimer:
    """A countdown that can be started, paused, resumed and reset.

    Nothing is counted: while running, the time left is `deadline - clock.now()`, and a pause
    keeps what was left then, so however late or seldom it is read, it is right.
    """

    def __init__(self, clock: Clock, seconds: float = ICE_SECONDS) -> None:
        if not (math.isfinite(seconds) and seconds > 0):
            raise ValueError(f"an ice timer needs a positive number of seconds, not {seconds}")
        self._clock = clock
        self.seconds = float(seconds)
        self._phase = IcePhase.READY
        self._left = self.seconds  # the time left while not running
        self._deadline = 0.0  # when it ends, while running
        self._finish_reported = False

    @property
    def phase(self) -> IcePhase:
        self._settle()
        return self._phase

    @property
    def finished(self) -> bool:
        return self.phase is IcePhase.FINISHED

    def remaining(self) -> float:
        """Seconds left: the whole time when ready, 0 when finished."""
        self._settle()
        if self._phase is IcePhase.RUNNING:
            return max(0.0, self._deadline - self._clock.now())
        return self._left

    def start(self) -> None:
        """Begin a full countdown; a paused one resumes instead, a running one goes on."""
        phase = self.phase
        if phase is IcePhase.PAUSED:
            self.resume()
        elif phase is not IcePhase.RUNNING:
            self._run(self.seconds)

    def pause(self) -> None:
        """Stop the countdown where it is; only a running timer pauses."""
        if self.phase is IcePhase.RUNNING:
            self._left = max(0.0, self._deadline - self._clock.now())
            self._phase = IcePhase.PAUSED

    def resume(self) -> None:
        """Carry on from where it was paused; only a paused timer resumes."""
        if self.phase is IcePhase.PAUSED:
            self._run(self._left)

    def toggle(self) -> None:
        """The one-button action: pause when running, resume when paused, else start."""
        if self.phase is IcePhase.RUNNING:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to ready, with the whole time left."""
        self._phase = IcePhase.READY
        self._left = self.seconds
        self._finish_reported = False

    def poll(self) -> bool:
        """Bring the timer up to the clock; True the first time a countdown is seen finished."""
        if self.phase is IcePhase.FINISHED and not self._finish_reported:
            self._finish_reported = True
            return True
        return False

    def _run(self, seconds: float) -> None:
        self._deadline = self._clock.now() + seconds
        self._phase = IcePhase.RUNNING
        self._finish_reported = False

    def _settle(self) -> None:
        if self._phase is IcePhase.RUNNING and self._clock.now() >= self._deadline:
            self._phase = IcePhase.FINISHED
            self._left = 0.0


def number_words(number: int, language: Language | None = None) -> str:
    """A whole number from 0 to 999 as it is said in `language` (the current one by default):
    core/words/numbers.py's words, the ones the Plan counts. ValueError outside that range."""
    return words_of(number, current_language() if language is None else language)


def _counted(number: int, language: Language) -> str:
    """A number said before the word it counts: German "eine Minute", "einundzwanzig Minuten";
    Spanish "un minuto", "veintiún minutos", "treinta y un segundos"."""
    if number > 999:
        return str(number)  # a voice reads digits well enough too
    words = number_words(number, language)
    if language == "de" and number % 100 == 1:
        return "eine" if number == 1 else words.removesuffix("s")
    if language == "es" and number % 10 == 1 and number % 100 != 11:
        if words.endswith("veintiuno"):
            return words.removesuffix("veintiuno") + "veintiún"
        return words.removesuffix("o")
    return words


def length_words(seconds: float) -> str:
    """A timer's length as the voice says it in the current language: "Twenty minutes",
    "One minute thirty seconds", "Five seconds"; "Zwanzig Minuten"; "Un minuto y treinta
    segundos" (whole seconds; a fraction is rounded)."""
    language = current_language()
    whole = max(0, round(seconds))
    minutes, secs = divmod(whole, 60)
    said_minutes = (
        translate("core.ice_timer", "{minutes} minute")
        if minutes == 1
        else translate("core.ice_timer", "{minutes} minutes")
    ).format(minutes=_counted(minutes, language))
    said_seconds = (
        translate("core.ice_timer", "{seconds} second")
        if secs == 1
        else translate("core.ice_timer", "{seconds} seconds")
    ).format(seconds=_counted(secs, language))
    if minutes and secs:
        text = translate("core.ice_timer", "{minutes} {seconds}").format(
            minutes=said_minutes, seconds=said_seconds
        )
    else:
        text = said_minutes if minutes else said_seconds
    return text[:1].upper() + text[1:]


def end_cue_text(seconds: float) -> str:
    """What the voice says when an ice timer of `seconds` ends, in the current language:
    "Twenty minutes. Take the ice off." Someone lying with the foot raised hears it without
    looking."""
    return translate("core.ice_timer", "{length}. Take the ice off.").format(
        length=length_words(seconds)
    )


def end_status_text(seconds: float) -> str:
    """The words shown when the timer ends, in the current language: "20 minutes are up. Take
    the ice off." """
    whole = max(0, round(seconds))
    minutes, secs = divmod(whole, 60)
    if minutes and not secs:
        text = (
            translate("core.ice_timer", "{minutes} minute is up. Take the ice off.")
            if minutes == 1
            else translate("core.ice_timer", "{minutes} minutes are up. Take the ice off.")
        )
    elif minutes:
        text = translate("core.ice_timer", "{minutes} min {seconds} s are up. Take the ice off.")
    else:
        text = (
            translate("core.ice_timer", "{seconds} second is up. Take the ice off.")
            if secs == 1
            else translate("core.ice_timer", "{seconds} seconds are up. Take the ice off.")
        )
    return text.format(minutes=minutes, seconds=secs)
