"""SessionController: the engine's state and cues, driven by a fake clock, as Qt signals."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.plan import Cue
from ankle_coach.core.routine import Routine, routine_from_mapping
from ankle_coach.core.session import Phase, SessionEngine, SessionState
from ankle_coach.qt.controller import SessionController


class RecordingVoice:
    def __init__(self) -> None:
        self.played: list[str] = []
        self.stops = 0
        self.wakes = 0

    def play(self, cue: Cue) -> None:
        self.played.append(cue.text)

    def stop(self) -> None:
        self.stops += 1

    def wake(self) -> None:
        self.wakes += 1


def routine() -> Routine:
    return routine_from_mapping(
        {
            "format": 1,
            "title": "Two holds",
            "lead_in_seconds": 5,
            "exercises": [
                {"name": "Calf stretch", "hold_seconds": 30, "sides": ["left", "right"]},
            ],
        },
        "two.toml",
    )


def make(qtbot: QtBot) -> tuple[SessionController, FakeClock, RecordingVoice]:
    clock = FakeClock()
    voice = RecordingVoice()
    controller = SessionController(SessionEngine(routine(), clock), voice)
    return controller, clock, voice


def test_start_speaks_the_first_call_and_reports_state(qtbot: QtBot) -> None:
    controller, _, voice = make(qtbot)
    states: list[SessionState] = []
    controller.stateChanged.connect(states.append)
    with qtbot.waitSignal(controller.cueDue) as due:
        controller.start()
    assert due.args is not None and due.args[0].text == voice.played[0]
    assert voice.played == ["Get ready. First: Calf stretch."]
    assert states[-1].phase is Phase.RUNNING and states[-1].segment.kind == "get-ready"
    assert controller._timer.isActive()


def test_time_passing_brings_the_plan_cues_in_order(qtbot: QtBot) -> None:
    controller, clock, voice = make(qtbot)
    controller.start()
    while controller.state.phase is Phase.RUNNING:
        clock.advance(0.05)
        controller.poll()
    plan = controller.engine.plan
    assert voice.played == [cue.text for cue in plan.cues]
    assert controller.state.phase is Phase.FINISHED


def test_finished_is_signalled_once(qtbot: QtBot) -> None:
    controller, clock, _ = make(qtbot)
    controller.start()
    with qtbot.waitSignal(controller.finished):
        clock.advance(controller.engine.plan.total_seconds + 1)
        controller.poll()
    finished: list[bool] = []
    controller.finished.connect(lambda: finished.append(True))
    controller.poll()
    assert finished == []
    assert not controller._timer.isActive()


def test_pause_silences_and_stops_the_timer(qtbot: QtBot) -> None:
    controller, clock, voice = make(qtbot)
    controller.start()
    clock.advance(2)
    controller.toggle_pause()
    assert voice.stops == 1
    assert controller.state.phase is Phase.PAUSED
    assert not controller._timer.isActive()  # nothing wakes while paused
    clock.advance(3600)
    assert controller.poll().position == 2
    controller.toggle_pause()
    assert controller._timer.isActive()


def test_navigation_silences_the_voice_and_speaks_the_new_call(qtbot: QtBot) -> None:
    controller, _, voice = make(qtbot)
    controller.start()
    controller.next()
    assert voice.stops == 1
    assert voice.played[-1] == "Left side. Hold for 30 seconds."
    controller.next()
    assert voice.played[-1] == "Switch to your right side."
    controller.back()
    assert voice.played[-1] == "Left side. Hold for 30 seconds."


def test_adjust_reports_the_new_plan(qtbot: QtBot) -> None:
    controller, _, _ = make(qtbot)
    controller.start()
    controller.next()
    with qtbot.waitSignal(controller.planChanged) as changed:
        assert controller.adjust(5)
    assert changed.args is not None and changed.args[0].segments[1].duration == 35
    assert controller.state.remaining == 35


def test_late_timer_reports_missed_cues_instead_of_speaking_them(qtbot: QtBot) -> None:
    controller, clock, voice = make(qtbot)
    controller.start()
    missed: list[list[Cue]] = []
    controller.cuesMissed.connect(missed.append)
    clock.advance(10)  # the countdown and the work call went by unspoken
    controller.poll()
    assert [c.text for c in missed[0]] == ["2", "1", "Left side. Hold for 30 seconds."]
    assert voice.played == ["Get ready. First: Calf stretch."]


def test_the_real_timer_fires_on_its_own(qtbot: QtBot) -> None:
    """With the real clock, the single-shot timer alone carries the session forward."""
    from ankle_coach.core.clock import MonotonicClock

    short = routine_from_mapping(
        {
            "format": 1,
            "title": "Tiny",
            "lead_in_seconds": 0,
            "exercises": [{"name": "Hold", "hold_seconds": 1}],
        },
        "tiny.toml",
    )
    voice = RecordingVoice()
    controller = SessionController(SessionEngine(short, MonotonicClock()), voice)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.start()
    assert voice.played[-1] == "Routine complete. Well done."
