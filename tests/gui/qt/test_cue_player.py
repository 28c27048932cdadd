"""CuePlayer: renders before Start, then plays each cue unless a higher one is speaking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.cues import Priority
from ankle_coach.core.plan import Cue, Plan, compile_plan
from ankle_coach.core.routine import routine_from_mapping
from ankle_coach.qt import cue_player
from ankle_coach.qt.cue_player import CuePlayer, Effect, Sound
from ankle_coach.speech import CueCache, RecordingRenderer, VoiceSettings, playback
from ankle_coach.speech.playback import Output, shared_output
from tests.support.pulse import PrivatePulse


class FakeEffect:
    def __init__(self, path: Path, log: list[str]) -> None:
        self.path = path
        self.log = log

    def play(self) -> None:
        self.log.append(f"play {self.path.name}")

    def stop(self) -> None:
        self.log.append(f"stop {self.path.name}")


class Rig:
    def __init__(
        self, tmp_path: Path, *, problem: str | None = None, unavailable: str | None = None
    ):
        self.clock = FakeClock()
        self.log: list[str] = []
        self.cache = CueCache(tmp_path / "cues")
        self.renderer = RecordingRenderer(self.cache, unavailable=unavailable)
        self.settings = VoiceSettings()
        self.player = CuePlayer(
            self.renderer,
            self.settings,
            self.cache,
            audio_problem=lambda: problem,
            make_effect=self.effect,
            clock=self.clock,
        )

    def effect(self, path: Path, volume: float, parent: QObject) -> Effect:
        return FakeEffect(path, self.log)

    def name(self, text: str) -> str:
        return self.cache.path_for(text, self.settings).name


def plan() -> Plan:
    return compile_plan(
        routine_from_mapping(
            {
                "format": 1,
                "title": "P",
                "exercises": [{"name": "Calf stretch", "hold_seconds": 30}],
            },
            "p.toml",
        )
    )


def cue(text: str, priority: Priority) -> Cue:
    return Cue(0.0, text, priority, "start", 0)


def prepared(qtbot: QtBot, rig: Rig) -> Plan:
    the_plan = plan()
    with qtbot.waitSignal(rig.player.ready, timeout=5000):
        rig.player.prepare(the_plan)
    return the_plan


def test_prepare_renders_every_distinct_text_once_with_progress(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = Rig(tmp_path)
    progress: list[tuple[int, int]] = []
    rig.player.preparing.connect(lambda done, total: progress.append((done, total)))
    the_plan = prepared(qtbot, rig)
    texts = list(dict.fromkeys(c.text for c in the_plan.cues))
    assert rig.renderer.rendered == texts
    assert progress[-1] == (len(texts), len(texts))
    assert rig.player.is_ready and rig.player.problem is None


def test_plays_each_cue_and_stop_is_instant(qtbot: QtBot, tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    the_plan = prepared(qtbot, rig)
    first = the_plan.cues[0]
    rig.player.play(first)
    assert rig.log == [f"play {rig.name(first.text)}"]
    assert rig.player.speaking() == first
    rig.player.stop()
    assert rig.log[-1] == f"stop {rig.name(first.text)}"
    assert rig.player.speaking() is None


def test_a_lower_cue_is_dropped_while_another_speaks_and_a_countdown_cuts_in(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = Rig(tmp_path)
    the_plan = prepared(qtbot, rig)
    call = the_plan.cues[0]
    halfway = next(c for c in the_plan.cues if c.kind == "halfway")
    three = next(c for c in the_plan.cues if c.text == "3")
    dropped: list[Cue] = []
    rig.player.dropped.connect(dropped.append)

    rig.player.play(call)
    rig.clock.advance(0.1)
    rig.player.play(halfway)  # lower priority, the call still speaking
    assert dropped == [halfway]
    rig.player.play(three)  # a countdown is never the one dropped
    assert rig.log == [
        f"play {rig.name(call.text)}",
        f"stop {rig.name(call.text)}",
        f"play {rig.name('3')}",
    ]


def test_once_a_cue_has_been_said_the_next_plays(qtbot: QtBot, tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    the_plan = prepared(qtbot, rig)
    rig.player.play(the_plan.cues[0])
    rig.clock.advance(rig.player.speech_left() + 0.1)
    rig.player.play(cue("Halfway.", Priority.INFO))
    assert rig.log[-1] == f"play {rig.name('Halfway.')}"


def test_mute_and_beep_only(qtbot: QtBot, tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    the_plan = prepared(qtbot, rig)
    rig.player.sound = Sound.MUTE
    rig.player.play(the_plan.cues[0])
    assert rig.log == []
    rig.player.sound = Sound.BEEP
    rig.player.play(next(c for c in the_plan.cues if c.text == "3"))
    assert rig.log == ["play beep-countdown-880-0.15.wav"]
    assert (rig.cache.root / "beep-countdown-880-0.15.wav").stat().st_size > 1000


@pytest.mark.parametrize(
    ("problem", "unavailable"),
    [("No audio output device was found.", None), (None, "No speech library: install it.")],
    ids=["no audio device", "no speech library"],
)
def test_no_voice_is_told_once_and_the_session_goes_on_silently(
    qtbot: QtBot, tmp_path: Path, problem: str | None, unavailable: str | None
) -> None:
    rig = Rig(tmp_path, problem=problem, unavailable=unavailable)
    told: list[str] = []
    rig.player.unavailable.connect(told.append)
    the_plan = prepared(qtbot, rig)
    with qtbot.waitSignal(rig.player.ready):
        rig.player.prepare(the_plan)  # a second routine: not told again
    rig.player.play(the_plan.cues[0])
    assert told == [problem or unavailable]
    assert rig.log == []
    assert rig.player.is_ready


@pytest.fixture
def real_output(monkeypatch: pytest.MonkeyPatch) -> Iterator[Output]:
    """The process's sound output, closed before and after the test."""
    monkeypatch.setattr(cue_player, "IDLE_RELEASE_MS", 100)
    output = shared_output()
    output.close()
    yield output
    output.close()


@pytest.mark.slow
def test_the_sound_device_runs_from_before_start_and_is_let_go_when_idle(
    qtbot: QtBot,
    tmp_path: Path,
    pulse: PrivatePulse,
    monkeypatch: pytest.MonkeyPatch,
    real_output: Output,
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.server)
    cache = CueCache(tmp_path / "cues")
    player = CuePlayer(RecordingRenderer(cache), VoiceSettings(), cache)
    # asking whether there is sound opened the device: it plays silence before Start
    assert player.problem is None and real_output.is_open
    assert real_output.backend == "PulseAudio"
    qtbot.waitUntil(lambda: not real_output.is_open)  # nothing said for a while: let go
    player.wake()  # a session starts or resumes: open again, before its first cue
    assert real_output.is_open
    with qtbot.waitSignal(player.ready, timeout=5000):
        player.prepare(plan())
    player.play(plan().cues[0])
    assert real_output.playing
    player.close()
    assert not real_output.is_open and not real_output.playing


def test_with_no_sound_device_the_reason_names_what_was_tried(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_output: Output
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent")
    monkeypatch.setattr(playback, "backend_names", lambda names=None: ["PULSEAUDIO"])
    cache = CueCache(tmp_path / "cues")
    player = CuePlayer(RecordingRenderer(cache), VoiceSettings(), cache)
    told: list[str] = []
    player.unavailable.connect(told.append)
    with qtbot.waitSignal(player.ready, timeout=5000):
        player.prepare(plan())
    assert told == [player.problem]
    assert told[0].startswith(
        "No sound server answered and no sound device could be opened "
        "(PulseAudio: not running or not installed)"
    )
    player.wake()  # no device: nothing more is said, nothing fails
    player.play(plan().cues[0])
    assert told == [player.problem] and not real_output.is_open
