"""Every way a length of time is put into words: "03:20", "12 min 30 s", "45", "2 minutes
5 seconds left" (in the language in use: "noch 2 Minuten 5 Sekunden"). Pure functions of a
number that import only core/i18n, so any core module (the routine's own limits among them)
may use them; `ankle_coach.core.words` gathers them with the rest."""

from __future__ import annotations

import math

from ankle_coach.core.i18n import current_language, translate

#: A countdown shows a time this close above a whole second as that second (float noise).
_NOISE = 1e-6


def seconds_text(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        return f"{int(seconds // 60)} min"
    return f"{decimal_text(seconds)} s"


def decimal_text(number: float) -> str:
    """A number as the language in use writes it: "1.5" in English, "1,5" in German and
    Spanish; whole numbers without a point ("30")."""
    shown = f"{number:g}"
    return shown.replace(".", ",") if current_language() in ("de", "es") else shown


def clock_text(seconds: float) -> str:
    """Seconds as m:ss (or h:mm:ss), rounded to the nearest second."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def whole_seconds_left(seconds: float) -> int:
    """Seconds left as a countdown counts them: rounded up, so 0 means done (never below 0)."""
    return max(0, math.ceil(seconds - _NOISE))


def time_left_text(seconds: float) -> str:
    """Time left as mm:ss (h:mm:ss from an hour), rounded up so 00:00 means done."""
    return clock_text(whole_seconds_left(seconds))


def countdown_digits(seconds: float) -> str:
    """The big countdown: a bare number of seconds under a minute ("45"), then mm:ss."""
    whole = whole_seconds_left(seconds)
    return str(whole) if whole < 60 else clock_text(whole)


def spoken_time_left(seconds: float) -> str:
    """Time left as a screen reader says it: "2 minutes 5 seconds left", "1 second left"."""
    minutes, secs = divmod(whole_seconds_left(seconds), 60)
    if minutes == 1 and not secs:
        return translate("core.words.times", "1 minute left")
    if secs == 1 and not minutes:
        return translate("core.words.times", "1 second left")
    parts = []
    if minutes == 1:
        parts.append(translate("core.words.times", "1 minute"))
    elif minutes:
        parts.append(translate("core.words.times", "{minutes} minutes").format(minutes=minutes))
    if secs == 1:
        parts.append(translate("core.words.times", "1 second"))
    elif secs or not minutes:
        parts.append(translate("core.words.times", "{seconds} seconds").format(seconds=secs))
    return translate("core.words.times", "{time} left").format(time=" ".join(parts))


def duration_text(seconds: float) -> str:
    """A length of time as a person writes it: "12 min 30 s", "45 s", "1 h 5 min"."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"
