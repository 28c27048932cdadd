"""Every length of time put into words: seconds -> the exact text shown."""

from __future__ import annotations

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.ice_timer import ICE_SECONDS
from ankle_coach.core.words.times import (
    clock_text,
    countdown_digits,
    duration_text,
    seconds_text,
    spoken_time_left,
    time_left_text,
)


@pytest.mark.parametrize(
    ("seconds", "clock", "left", "digits", "spoken", "duration"),
    [
        (0.0, "00:00", "00:00", "0", "0 seconds left", "0 s"),
        (0.2, "00:00", "00:01", "1", "1 second left", "0 s"),
        (1.0, "00:01", "00:01", "1", "1 second left", "1 s"),
        (59.01, "00:59", "01:00", "01:00", "1 minute left", "59 s"),
        (45.0, "00:45", "00:45", "45", "45 seconds left", "45 s"),
        (61.0, "01:01", "01:01", "01:01", "1 minute 1 second left", "1 min 1 s"),
        (750.0, "12:30", "12:30", "12:30", "12 minutes 30 seconds left", "12 min 30 s"),
        (1199.0, "19:59", "19:59", "19:59", "19 minutes 59 seconds left", "19 min 59 s"),
        (1199.5, "20:00", "20:00", "20:00", "20 minutes left", "20 min"),
        (ICE_SECONDS, "20:00", "20:00", "20:00", "20 minutes left", "20 min"),
        (3900.0, "1:05:00", "1:05:00", "1:05:00", "65 minutes left", "1 h 5 min"),
        (4 * 3600.0, "4:00:00", "4:00:00", "4:00:00", "240 minutes left", "4 h"),
        (96_060.4, "26:41:00", "26:41:01", "26:41:01", "1601 minutes 1 second left", "26 h 41 min"),
    ],
)
def test_a_time_in_words(
    seconds: float, clock: str, left: str, digits: str, spoken: str, duration: str
) -> None:
    """clock_text rounds to the nearest second; what is left rounds up so that zero means
    done; a duration reads as a person writes it."""
    assert clock_text(seconds) == clock
    assert time_left_text(seconds) == left
    assert countdown_digits(seconds) == digits
    assert spoken_time_left(seconds) == spoken
    assert duration_text(seconds) == duration


def test_time_left_is_never_below_zero() -> None:
    """A tick that comes late may find the deadline passed: what is left is still zero."""
    assert (time_left_text(-3.0), countdown_digits(-3.0), spoken_time_left(-3.0)) == (
        "00:00",
        "0",
        "0 seconds left",
    )


@pytest.mark.parametrize(
    ("seconds", "de", "es"),
    [
        (0.0, "noch 0 Sekunden", "quedan 0 segundos"),
        (1.0, "noch eine Sekunde", "queda un segundo"),
        (45.0, "noch 45 Sekunden", "quedan 45 segundos"),
        (60.0, "noch eine Minute", "queda un minuto"),
        (61.0, "noch 1 Minute 1 Sekunde", "quedan 1 minuto 1 segundo"),
        (750.0, "noch 12 Minuten 30 Sekunden", "quedan 12 minutos 30 segundos"),
    ],
)
def test_time_left_as_a_screen_reader_says_it_in_german_and_spanish(
    seconds: float, de: str, es: str
) -> None:
    with i18n.using("de"):
        assert spoken_time_left(seconds) == de
    with i18n.using("es"):
        assert spoken_time_left(seconds) == es


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_fraction_of_a_second_is_written_with_a_comma(language: i18n.Language) -> None:
    with i18n.using(language):
        assert (seconds_text(1.5), seconds_text(30), seconds_text(120)) == (
            "1,5 s",
            "30 s",
            "2 min",
        )
    assert seconds_text(1.5) == "1.5 s"
