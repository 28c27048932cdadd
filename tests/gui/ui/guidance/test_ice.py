"""ui/guidance/ice.py: the ice timer's end is heard through the cue player, shown large, and
follows the user's sound (voice, beeps, mute); without a voice the system beep sounds."""

from __future__ import annotations

import os
import subprocess
import sys
from array import array
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.ice_timer import ICE_SECONDS, IcePhase
from ankle_coach.core.paths import Paths
from ankle_coach.qt.cue_player import CuePlayer, Effect, Sound
from ankle_coach.speech import CueCache, RecordingRenderer, VoiceSettings
from ankle_coach.speech.wav import WavInfo, silent_edges
from ankle_coach.ui.guidance.ice import IceBox, end_cue, ready_words
from tests.gui.ui.window_rig import Rig, close_windows  # noqa: F401 - the rig's fixture
from tests.support.pulse import RATE, MonitorRecorder, PrivatePulse, onsets

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


class FakeEffect:
    def __init__(self, path: Path, log: list[str]) -> None:
        self.path = path
        self.log = log

    def play(self) -> None:
        self.log.append(self.path.name)

    def stop(self) -> None:
        pass


class Voice:
    """Makes players as the window does, with a recording renderer and silent effects."""

    def __init__(self, folder: Path, sound: Sound = Sound.VOICE) -> None:
        self.cache = CueCache(folder / "cues")
        self.renderer = RecordingRenderer(self.cache)
        self.sound = sound
        self.problem: str | None = None
        self.played: list[str] = []
        self.made: list[CuePlayer] = []

    def player(self, parent: QObject) -> CuePlayer:
        player = CuePlayer(
            self.renderer,
            VoiceSettings(),
            self.cache,
            parent,
            sound=self.sound,
            audio_problem=lambda: self.problem,
            make_effect=self.effect,
        )
        self.made.append(player)
        return player

    def effect(self, path: Path, volume: float, parent: QObject) -> Effect:
        return FakeEffect(path, self.played)

    def file_of(self, text: str) -> str:
        return self.cache.path_for(text, VoiceSettings()).name


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def voice(tmp_path: Path) -> Voice:
    return Voice(tmp_path)


@pytest.fixture
def box(qtbot: QtBot, clock: FakeClock, voice: Voice) -> IceBox:
    widget = IceBox(clock)
    qtbot.addWidget(widget)
    widget.set_voice(voice.player)
    widget.show()
    return widget


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    heard: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(True)))
    return heard


def phase_of(box: IceBox) -> IcePhase:
    """Read afresh each time (mypy would otherwise keep the first reading of the property)."""
    return box.timer.phase


def run_out(box: IceBox, clock: FakeClock) -> None:
    clock.advance(box.timer.seconds)
    box.poll()


def test_the_end_cue_is_rendered_at_start_and_said_at_the_end(
    box: IceBox, clock: FakeClock, voice: Voice, qtbot: QtBot, beeps: list[bool]
) -> None:
    text = "Twenty minutes. Take the ice off."
    assert end_cue(ICE_SECONDS).text == text
    box.toggle.click()
    qtbot.waitUntil(lambda: voice.renderer.rendered == [text])  # rendered while icing
    clock.advance(ICE_SECONDS - 1)
    box.poll()
    assert voice.played == [] and box.done.isHidden()
    with qtbot.waitSignal(box.finished):
        clock.advance(1)
        box.poll()
    qtbot.waitUntil(lambda: voice.played == [voice.file_of(text)])
    assert voice.renderer.rendered == [text]  # said from the cache, not rendered again
    assert box.done.isVisible() and box.done.text() == "Ice off."  # large, one line
    assert box.done.accessibleName() == "20 minutes are up. Take the ice off."
    assert box.status.isVisible() and box.status.text() == "20 minutes are up. Take the ice off."
    assert beeps == []
    box.poll()
    assert voice.played == [voice.file_of(text)]  # once per countdown


@pytest.mark.parametrize("text_size", [1.0, 2.0])
@pytest.mark.parametrize("width", [300, 420])
def test_the_end_is_shown_at_least_as_large_as_the_countdown_and_wraps_in_the_box(
    qtbot: QtBot, clock: FakeClock, text_size: float, width: int
) -> None:
    from PySide6.QtGui import QFont, QFontInfo, QFontMetrics

    from ankle_coach.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base, palette, sheet = QFont(app.font()), app.palette(), app.styleSheet()
    try:
        apply_theme(app, "light", text_size, base)
        box = IceBox(clock)
        qtbot.addWidget(box)
        box.set_seconds(5)
        box.resize(round(width * text_size), 200)
        box.show()
        digits = QFontInfo(box.time.font()).pixelSize()
        box.toggle.click()
        clock.advance(5)
        box.poll()
        box.resize(box.width(), box.minimumSizeHint().height())
        qtbot.waitUntil(lambda: box.done.isVisible() and box.done.height() > 0)
        words = QFontInfo(box.done.font()).pixelSize()
        assert words >= digits >= 2.5 * QFontInfo(app.font()).pixelSize()
        # wrapped inside the box, every word whole, every line shown
        done = box.done
        assert done.wordWrap() and done.geometry().right() < box.width()
        metrics = QFontMetrics(done.font())
        longest = max(metrics.horizontalAdvance(word) for word in done.text().split())
        assert longest <= done.contentsRect().width()
        assert done.height() >= done.heightForWidth(done.width())
        assert box.toggle.text() == "Start again" and box.toggle.isVisible()
        # the buttons side by side under the words (stacked, the window outgrew a 768 px screen)
        qtbot.waitUntil(lambda: box.toggle.geometry().top() == box.reset.geometry().top())
        toggle, reset = box.toggle.geometry(), box.reset.geometry()
        assert toggle.top() == reset.top() >= done.geometry().bottom()
        assert toggle.right() < reset.left() and reset.right() < box.width()
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setFont(base)


def test_the_cue_says_the_timers_real_length(
    box: IceBox, clock: FakeClock, voice: Voice, qtbot: QtBot
) -> None:
    box.set_seconds(90)
    assert "90 seconds" in box.status.text() and box.time.text() == "01:30"
    box.toggle.click()
    run_out(box, clock)
    text = "One minute thirty seconds. Take the ice off."
    qtbot.waitUntil(lambda: voice.played == [voice.file_of(text)])
    assert box.done.text() == "Ice off."
    assert box.status.text() == "1 min 30 s are up. Take the ice off."


def test_a_timer_shorter_than_its_render_still_speaks(
    box: IceBox, clock: FakeClock, voice: Voice, qtbot: QtBot
) -> None:
    box.set_seconds(2)
    box.toggle.click()
    run_out(box, clock)  # before the render started at Start is back
    qtbot.waitUntil(lambda: voice.played == [voice.file_of("Two seconds. Take the ice off.")])


def test_in_beep_mode_the_end_beeps_through_the_player(
    box: IceBox, clock: FakeClock, voice: Voice, qtbot: QtBot, beeps: list[bool]
) -> None:
    voice.sound = Sound.BEEP
    box.toggle.click()
    run_out(box, clock)
    qtbot.waitUntil(lambda: len(voice.played) == 1)
    assert voice.played[0].startswith("beep-change-")
    assert beeps == []


def test_muted_the_end_is_shown_only(
    box: IceBox, clock: FakeClock, voice: Voice, qtbot: QtBot, beeps: list[bool]
) -> None:
    box.toggle.click()
    voice.sound = Sound.MUTE  # muted while icing: the end follows the setting as it is now
    with qtbot.waitSignal(box.finished):
        run_out(box, clock)
    qtbot.waitUntil(lambda: voice.made[0].is_ready)  # the cue made at Start: nothing left due
    assert (voice.played, beeps) == ([], [])
    assert box.done.isVisible()


def test_without_audio_the_system_beep_sounds_and_the_box_says_why(
    box: IceBox, clock: FakeClock, voice: Voice, qtbot: QtBot, beeps: list[bool]
) -> None:
    voice.problem = "no sound server"
    box.toggle.click()
    run_out(box, clock)
    qtbot.waitUntil(lambda: beeps == [True])
    assert voice.played == []
    assert box.status.text() == (
        "20 minutes are up. Take the ice off. No voice: the system beep sounded instead."
    )
    assert box.status.isVisible() and box.status.toolTip() == "no sound server"


def test_without_a_voice_the_system_beep_sounds(
    qtbot: QtBot, clock: FakeClock, beeps: list[bool]
) -> None:
    box = IceBox(clock)
    qtbot.addWidget(box)
    box.toggle.click()
    run_out(box, clock)
    assert beeps == [True]


def test_reset_and_start_again_hide_the_end(box: IceBox, clock: FakeClock, qtbot: QtBot) -> None:
    box.toggle.click()
    run_out(box, clock)
    assert box.done.isVisible()
    box.toggle.click()  # Start again
    assert phase_of(box) is IcePhase.RUNNING and box.done.isHidden()
    box.resize(box.minimumSizeHint())
    layout = box.layout()
    assert layout is not None
    layout.activate()
    assert box.reset.geometry().top() > box.toggle.geometry().bottom()  # stacked again
    box.reset.click()
    assert phase_of(box) is IcePhase.READY and box.done.isHidden()
    assert box.status.text() == ready_words(ICE_SECONDS)


def test_the_length_changes_only_while_the_timer_is_not_under_way(
    box: IceBox, clock: FakeClock
) -> None:
    box.toggle.click()
    with pytest.raises(ValueError, match="not under way"):
        box.set_seconds(5)
    box.reset.click()
    with pytest.raises(ValueError, match="positive number of seconds"):
        box.set_seconds(0)
    box.set_seconds(5)
    assert box.time.text() == "00:05"


def test_in_the_window_the_end_is_said_shown_and_the_window_asks_for_attention(
    qtbot: QtBot, user_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alerts: list[object] = []
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda w, ms=0: alerts.append(w)))
    rig = Rig(qtbot, user_home)
    window = rig.window
    panel = window.guidance
    window.guidance_dock.hide()  # closed while icing: it comes back at the end
    panel.ice_box.set_seconds(3)
    panel.ice_toggle.click()
    rig.clock.advance(3)
    with qtbot.waitSignal(panel.iceFinished):
        panel.poll_ice()
    # said at once (the voice's own messages may follow it in the status bar)
    assert window.statusBar().currentMessage() == "Ice: 3 seconds are up. Take the ice off."
    text = "Three seconds. Take the ice off."
    cue_file = rig.renderer.cache.path_for(text, window.session_host.voice_settings()).name
    qtbot.waitUntil(lambda: cue_file in rig.played)
    assert alerts == [window]
    assert window.guidance_dock.isVisible() and panel.ice_box.done.isVisible()


# -- heard for real --------------------------------------------------------------------------------

#: The app, built as `ankle-coach` builds it, with an ice timer of argv[1] seconds started at
#: once; it says FINISHED when the timer ends and quits by itself after a while.
ICE_APP = """
import sys
from PySide6.QtCore import QTimer
from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import load_settings
from ankle_coach.ui.app import build_window, make_app
from ankle_coach.ui.context import AppContext

app = make_app(["ice-end"])
paths = Paths.default()
settings, _ = load_settings(paths)
window = build_window(AppContext(paths=paths, settings=settings), app)
window.show()
window.finish_building()
panel = window.guidance
panel.ice_box.set_seconds(float(sys.argv[1]))
panel.iceFinished.connect(lambda: print("FINISHED", flush=True))
panel.ice_toggle.click()
print("STARTED", flush=True)
QTimer.singleShot(30_000, app.quit)
sys.exit(app.exec())
"""


def loud_span(samples: Sequence[int], rate: int = RATE, threshold: int = 500) -> float:
    """Seconds from the first loud sample of a recording to its last (0 when silent)."""
    loud = [index for index, sample in enumerate(samples) if abs(sample) >= threshold]
    return (loud[-1] - loud[0]) / rate if loud else 0.0


@pytest.mark.slow
def test_the_ice_timers_end_is_heard_on_a_real_sound_server(
    pulse: PrivatePulse, user_home: Path
) -> None:
    text = "Two seconds. Take the ice off."
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PULSE_SERVER": pulse.server,
        "ANKLE_COACH_HOME": str(user_home),
    }
    with MonitorRecorder(pulse, latency_msec=10) as recorder:
        with subprocess.Popen(
            [sys.executable, "-c", ICE_APP, "2"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as app:
            try:
                assert app.stdout is not None
                lines = [app.stdout.readline().strip(), app.stdout.readline().strip()]
                assert lines == ["STARTED", "FINISHED"], app.stderr.read() if app.stderr else ""
                cue = CueCache(Paths.under(user_home).cache / "cues").path_for(
                    text, VoiceSettings()
                )
                # The cue file is there once it has been rendered (at Start, or just after the
                # end when the render took longer than the timer).
                speech = 0.0

                def heard_whole_cue(samples: array[int]) -> bool:
                    nonlocal speech
                    if not speech and cue.exists():
                        lead, trail = silent_edges(cue)
                        speech = WavInfo.of(cue).duration - lead - trail
                    return bool(speech) and loud_span(samples) >= speech - 0.1

                recorder.wait_until(heard_whole_cue, f"the ice cue {text!r}", timeout=30.0)
            finally:
                app.kill()
                app.wait()
    recording = recorder.result
    assert recording is not None
    heard = onsets(recording.samples, recording.rate)
    assert heard, "nothing was heard"
    # One cue, said whole: the sound lasts as long as the cue's speech (with the pauses
    # between its two sentences), and nothing else was played.
    assert loud_span(recording.samples) == pytest.approx(speech, abs=0.25)
