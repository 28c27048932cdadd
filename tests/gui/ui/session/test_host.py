"""The session host: the voice prepared with the user's choices, a session's start and stop, the
settings dialog's Test voice, the voice that is missing said once."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from ankle_coach.core.choices import session_choices
from ankle_coach.core.session import Phase
from ankle_coach.qt.cue_player import Sound
from ankle_coach.speech import VoiceSettings
from tests.gui.ui.window_rig import Rig, close_windows, rig

__all__ = ["close_windows", "rig"]  # fixtures

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_the_voice_and_the_plan_come_from_the_settings(rig: Rig, qtbot: QtBot) -> None:
    window = rig.window
    window.apply_settings(
        dataclasses.replace(window.settings, speech_rate=140, volume=0.5, beep_only=True)
    )
    host = window.session_host
    assert host.voice_settings() == VoiceSettings(rate=140, volume=0.5)
    entry = window.library.entries[0]
    player = host.prepare_player(entry)
    assert player.sound is Sound.BEEP
    assert host.prepare_player(entry) is player  # the same choices: the same player
    window.apply_settings(dataclasses.replace(window.settings, beep_only=False))
    assert host.prepare_player(entry) is not player
    assert host.choices() == session_choices(window.settings)


def test_mute_follows_without_a_new_player(rig: Rig) -> None:
    rig.start()
    host = rig.window.session_host
    player = host.player
    assert player is not None
    sounds = [player.sound]
    rig.window.actions_.mute.trigger()
    sounds.append(player.sound)
    assert rig.window.settings.mute and sounds == [Sound.VOICE, Sound.MUTE]
    entry = rig.window.session_view.entry
    assert entry is not None and host.prepare_player(entry) is player


def test_start_and_stop(rig: Rig) -> None:
    host = rig.window.session_host
    assert not host.in_session() and host.current_state() is None
    rig.start()
    assert host.in_session()
    assert rig.window.windowTitle().endswith("Test routine \u2014 Ankle Coach")
    assert host.stop_session(ask=False)
    assert host.controller is None and not host.in_session()
    assert rig.window.windowTitle() == "Ankle Coach"
    assert rig.window.pages.currentWidget() is rig.window.overview


def test_no_voice_is_said_once_and_shown_on_the_session(rig: Rig) -> None:
    host = rig.window.session_host
    rig.start()
    player = host.player
    assert player is not None
    player.unavailable.emit("no speech engine")
    player.unavailable.emit("no speech engine")
    assert rig.window.statusBar().currentMessage() == (
        "No voice this time: click “No voice” at the bottom right to see why."
    )
    rig.window.statusBar().showMessage("something else")
    player.unavailable.emit("no speech engine")
    assert rig.window.statusBar().currentMessage() == "something else"  # told once
    assert rig.phase() is Phase.RUNNING
    assert rig.window.session_view.notice.text() == "No voice: no speech engine"
    status = host.voice_status
    assert status is not None and status.isVisible()
    assert status.toolTip() == "No voice: no speech engine"


def test_no_voice_goes_from_the_corner_once_the_voice_is_ready(rig: Rig) -> None:
    host = rig.window.session_host
    rig.start()
    player = host.player
    assert player is not None
    assert host.voice_status is None  # made only once there is no voice
    player.unavailable.emit("the sound server is starting")
    status = host.voice_status
    assert status is not None and status.isVisible()
    player.ready.emit()
    assert not status.isVisible() and status.toolTip() == ""


def test_test_voice_renders_the_unsaved_choice(rig: Rig, qtbot: QtBot) -> None:
    unsaved = dataclasses.replace(rig.window.settings, speech_rate=200)
    rig.window.session_host.test_voice(unsaved)
    sample = "This is how your cues will sound. 3. 2. 1. Go."
    name = rig.renderer.cache.path_for(sample, VoiceSettings(rate=200)).name
    qtbot.waitUntil(lambda: name in rig.played)


class _Gate:
    """Holds the rig's renders until opened: the voice is still being prepared."""

    def __init__(self, rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
        import threading

        self.open = threading.Event()
        render = rig.renderer.render

        def held(*args: object, **kwargs: object) -> object:
            assert self.open.wait(30)
            return render(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(rig.renderer, "render", held)


def _press_start(rig: Rig) -> None:
    from PySide6.QtCore import Qt

    assert rig.window.library_view.select("test-routine")
    rig.key(Qt.Key.Key_Space)
    rig.qtbot.waitUntil(lambda: rig.phase() is Phase.READY)


def test_a_session_waiting_for_its_voice_says_so_and_starts_when_it_is_ready(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = _Gate(rig, monkeypatch)
    _press_start(rig)
    view = rig.window.session_view
    assert view.phase.text() == "PREPARING THE VOICE…"  # not "press Space": it starts itself
    assert view.notice.text() == (
        "The session starts when its voice is ready; Space starts it now."
    )
    gate.open.set()
    rig.qtbot.waitUntil(lambda: rig.phase() is Phase.RUNNING)
    assert view.notice.text() == ""
    assert "VOICE" not in view.phase.text()


def test_space_starts_a_waiting_session_now_and_the_notice_follows_the_voice(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    gate = _Gate(rig, monkeypatch)
    _press_start(rig)
    rig.key(Qt.Key.Key_Space)
    assert rig.phase() is Phase.RUNNING
    view = rig.window.session_view
    assert view.notice.text() == (
        "Preparing the voice… until it is ready, the cues are on screen only."
    )
    assert "PRESS SPACE" not in view.phase.text() and "VOICE" not in view.phase.text()
    gate.open.set()
    rig.qtbot.waitUntil(lambda: view.notice.text() == "")  # the voice came: nothing stale
    assert rig.phase() is Phase.RUNNING


def test_a_voice_that_cannot_be_had_does_not_keep_a_waiting_session_waiting(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = _Gate(rig, monkeypatch)
    rig.renderer.unavailable = "no speech engine"  # the render refuses, as a real one can
    _press_start(rig)
    gate.open.set()
    rig.qtbot.waitUntil(lambda: rig.phase() is Phase.RUNNING)
    assert rig.window.session_view.notice.text() == "No voice: no speech engine"
