"""Tests for core/ice_timer.py: the 20-minute countdown, stepped on a fake clock."""

from __future__ import annotations

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.clock import FakeClock
from ankle_coach.core.i18n import Language
from ankle_coach.core.ice_timer import (
    ICE_SECONDS,
    IcePhase,
    IceTimer,
    end_cue_text,
    end_status_text,
    length_words,
    number_words,
)


def phase_of(timer: IceTimer) -> IcePhase:
    """Read afresh each time (mypy would otherwise keep the first reading of the property)."""
    return timer.phase


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_new_timer_is_ready_with_twenty_minutes(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    assert ICE_SECONDS == 20 * 60
    assert phase_of(timer) is IcePhase.READY
    assert timer.remaining() == ICE_SECONDS
    clock.advance(500)
    assert timer.remaining() == ICE_SECONDS  # nothing runs until started
    assert not timer.finished
    assert not timer.poll()


def test_it_counts_down_from_a_deadline(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.start()
    assert phase_of(timer) is IcePhase.RUNNING
    assert timer.remaining() == ICE_SECONDS
    clock.advance(61.5)
    assert timer.remaining() == pytest.approx(ICE_SECONDS - 61.5)
    # Read seldom or often, it says the same: it is never counted down by ticks.
    for _ in range(1000):
        timer.remaining()
    assert timer.remaining() == pytest.approx(ICE_SECONDS - 61.5)


def test_start_while_running_changes_nothing(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.start()
    clock.advance(100)
    timer.start()
    assert timer.remaining() == pytest.approx(ICE_SECONDS - 100)


def test_pause_keeps_the_time_left_and_resume_carries_on(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.start()
    clock.advance(300)
    timer.pause()
    assert phase_of(timer) is IcePhase.PAUSED
    clock.advance(1000)
    assert timer.remaining() == pytest.approx(900)
    timer.resume()
    assert phase_of(timer) is IcePhase.RUNNING
    clock.advance(100)
    assert timer.remaining() == pytest.approx(800)


def test_start_on_a_paused_timer_resumes_it(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.start()
    clock.advance(300)
    timer.pause()
    timer.start()
    assert timer.remaining() == pytest.approx(900)


def test_toggle_starts_pauses_and_resumes(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.toggle()
    assert phase_of(timer) is IcePhase.RUNNING
    clock.advance(10)
    timer.toggle()
    assert phase_of(timer) is IcePhase.PAUSED
    timer.toggle()
    assert phase_of(timer) is IcePhase.RUNNING
    assert timer.remaining() == pytest.approx(ICE_SECONDS - 10)


def test_pause_and_resume_only_apply_in_their_phase(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.pause()
    assert phase_of(timer) is IcePhase.READY
    timer.resume()
    assert phase_of(timer) is IcePhase.READY
    timer.start()
    timer.resume()
    assert phase_of(timer) is IcePhase.RUNNING


def test_it_finishes_at_the_deadline_and_says_so_once(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.start()
    clock.advance(ICE_SECONDS - 0.001)
    assert not timer.poll()
    assert not timer.finished
    clock.advance(0.001)
    assert timer.finished
    assert timer.remaining() == 0.0
    assert timer.poll() is True
    assert timer.poll() is False
    clock.advance(3600)
    assert timer.remaining() == 0.0
    assert phase_of(timer) is IcePhase.FINISHED


def test_a_late_reading_still_finishes(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.start()
    clock.advance(ICE_SECONDS * 3)  # the app was asleep: the first reading after is finished
    assert timer.poll() is True
    assert timer.remaining() == 0.0


def test_pause_and_resume_after_the_deadline_do_not_bring_it_back(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.start()
    clock.advance(ICE_SECONDS + 5)
    timer.pause()
    timer.resume()
    assert phase_of(timer) is IcePhase.FINISHED
    assert timer.remaining() == 0.0


def test_start_after_finishing_begins_again_and_reports_again(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    timer.start()
    clock.advance(ICE_SECONDS)
    assert timer.poll()
    timer.start()
    assert phase_of(timer) is IcePhase.RUNNING
    assert timer.remaining() == ICE_SECONDS
    clock.advance(ICE_SECONDS)
    assert timer.poll()


def test_reset_goes_back_to_ready_from_any_phase(clock: FakeClock) -> None:
    timer = IceTimer(clock)
    for prepare in (timer.start, timer.pause):
        prepare()
        clock.advance(60)
        timer.reset()
        assert phase_of(timer) is IcePhase.READY
        assert timer.remaining() == ICE_SECONDS
        timer.start()
    clock.advance(ICE_SECONDS)
    assert timer.poll()
    timer.reset()
    assert phase_of(timer) is IcePhase.READY
    assert not timer.poll()
    timer.start()
    clock.advance(ICE_SECONDS)
    assert timer.poll()  # a new countdown reports its own finish


def test_a_shorter_timer_for_tests_and_refusal_of_nonsense(clock: FakeClock) -> None:
    timer = IceTimer(clock, seconds=3)
    timer.start()
    clock.advance(3)
    assert timer.finished
    for bad in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="positive number of seconds"):
            IceTimer(clock, seconds=bad)


# -- what is said and shown at the end ------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "said", "shown"),
    [
        (ICE_SECONDS, "Twenty minutes. Take the ice off.", "20 minutes are up. Take the ice off."),
        (15 * 60, "Fifteen minutes. Take the ice off.", "15 minutes are up. Take the ice off."),
        (60, "One minute. Take the ice off.", "1 minute is up. Take the ice off."),
        (
            90,
            "One minute thirty seconds. Take the ice off.",
            "1 min 30 s are up. Take the ice off.",
        ),
        (
            45 * 60 + 5,
            "Forty-five minutes five seconds. Take the ice off.",
            "45 min 5 s are up. Take the ice off.",
        ),
        (2, "Two seconds. Take the ice off.", "2 seconds are up. Take the ice off."),
        (1, "One second. Take the ice off.", "1 second is up. Take the ice off."),
        (1.4, "One second. Take the ice off.", "1 second is up. Take the ice off."),
    ],
)
def test_the_end_is_said_and_shown_with_the_timers_real_length(
    seconds: float, said: str, shown: str
) -> None:
    assert (end_cue_text(seconds), end_status_text(seconds)) == (said, shown)


def test_a_timer_of_any_length_has_words_for_its_end() -> None:
    assert length_words(1000 * 60) == "1000 minutes"  # beyond words: digits, never an error
    assert length_words(999 * 60 + 59) == "Nine hundred and ninety-nine minutes fifty-nine seconds"


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (7, "seven"),
        (13, "thirteen"),
        (20, "twenty"),
        (21, "twenty-one"),
        (99, "ninety-nine"),
        (100, "one hundred"),
        (105, "one hundred and five"),
        (340, "three hundred and forty"),
    ],
)
def test_number_words(number: int, words: str) -> None:
    assert number_words(number) == words


@pytest.mark.parametrize("number", [-1, 1000])
def test_number_words_refuses_what_it_cannot_say(number: int) -> None:
    with pytest.raises(ValueError, match=f"not {number}"):
        number_words(number)


@pytest.mark.parametrize(
    ("language", "seconds", "said", "shown"),
    [
        ("de", ICE_SECONDS, "Zwanzig Minuten. Eis abnehmen.", "20 Minuten sind um. Eis abnehmen."),
        ("de", 60, "Eine Minute. Eis abnehmen.", "1 Minute ist um. Eis abnehmen."),
        (
            "de",
            90,
            "Eine Minute und dreißig Sekunden. Eis abnehmen.",
            "1 min 30 s sind um. Eis abnehmen.",
        ),
        (
            "de",
            21 * 60 + 1,
            "Einundzwanzig Minuten und eine Sekunde. Eis abnehmen.",
            "21 min 1 s sind um. Eis abnehmen.",
        ),
        ("de", 1, "Eine Sekunde. Eis abnehmen.", "1 Sekunde ist um. Eis abnehmen."),
        (
            "es",
            ICE_SECONDS,
            "Veinte minutos. Retira el hielo.",
            "Han pasado 20 minutos. Retira el hielo.",
        ),
        ("es", 60, "Un minuto. Retira el hielo.", "Ha pasado 1 minuto. Retira el hielo."),
        (
            "es",
            90,
            "Un minuto y treinta segundos. Retira el hielo.",
            "Han pasado 1 min 30 s. Retira el hielo.",
        ),
        (
            "es",
            21 * 60 + 31,
            "Veintiún minutos y treinta y un segundos. Retira el hielo.",
            "Han pasado 21 min 31 s. Retira el hielo.",
        ),
        ("es", 2, "Dos segundos. Retira el hielo.", "Han pasado 2 segundos. Retira el hielo."),
    ],
)
def test_the_end_is_said_and_shown_in_the_users_language(
    language: Language, seconds: float, said: str, shown: str
) -> None:
    with i18n.using(language):
        assert (end_cue_text(seconds), end_status_text(seconds)) == (said, shown)


@pytest.mark.parametrize(
    ("number", "german", "spanish"),
    [
        (0, "null", "cero"),
        (1, "eins", "uno"),
        (16, "sechzehn", "dieciséis"),
        (21, "einundzwanzig", "veintiuno"),
        (22, "zweiundzwanzig", "veintidós"),
        (30, "dreißig", "treinta"),
        (45, "fünfundvierzig", "cuarenta y cinco"),
        (100, "einhundert", "cien"),
        (105, "einhundertfünf", "ciento cinco"),
        (340, "dreihundertvierzig", "trescientos cuarenta"),
        (571, "fünfhunderteinundsiebzig", "quinientos setenta y uno"),
        (999, "neunhundertneunundneunzig", "novecientos noventa y nueve"),
    ],
)
def test_number_words_in_german_and_spanish(number: int, german: str, spanish: str) -> None:
    assert (number_words(number, "de"), number_words(number, "es")) == (german, spanish)
    with i18n.using("es"):
        assert number_words(number) == spanish  # the current language by default
