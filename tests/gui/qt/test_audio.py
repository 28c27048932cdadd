"""qt/audio.py: whether QtMultimedia can play here, and if not, one plain sentence why."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLoggingCategory
from PySide6.QtMultimedia import QMediaDevices

from ankle_coach.qt import audio
from ankle_coach.qt.audio import multimedia_problem, quiet_multimedia_logging


@pytest.fixture
def default_logging_rules() -> Iterator[None]:
    yield
    QLoggingCategory.setFilterRules("")


def test_no_audio_output_says_so_and_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    assert multimedia_problem() == (
        "No audio output device was found, so cues are shown on screen only. "
        "Connect speakers or headphones, or check that the sound server is running, "
        "then start the session again."
    )


def test_an_audio_output_is_no_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: ["speakers"]))
    assert multimedia_problem() is None


def test_a_module_that_does_not_load_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the import now fails
    problem = multimedia_problem()
    assert problem is not None
    assert problem.startswith("Sound cannot play because Qt's multimedia module did not load (")
    assert problem.endswith(
        "so cues are shown on screen only. Reinstalling Ankle Coach may fix it."
    )


@pytest.mark.parametrize(
    ("platform", "fix"),
    [
        ("linux", "(Debian and Ubuntu: sudo apt install libpulse0)"),
        ("darwin", "install the PulseAudio library."),
    ],
)
def test_a_missing_libpulse_names_the_library_and_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, platform: str, fix: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    problem = audio._import_problem("libpulse.so.0: cannot open shared object file")
    assert problem.startswith("Sound cannot play because the library libpulse.so.0 is missing")
    assert "cues are shown on screen only" in problem
    assert fix in problem


def category(name: str) -> QLoggingCategory:
    # PySide's stubs say bytes; at run time only a str is taken.
    return QLoggingCategory(name)  # type: ignore[arg-type]


def test_quiet_logging_hides_the_backend_chatter_only(default_logging_rules: None) -> None:
    quiet_multimedia_logging()
    assert not category("qt.multimedia.ffmpeg").isInfoEnabled()
    assert not category("qt.multimedia.symbolsresolver").isWarningEnabled()
    assert category("qt.multimedia.ffmpeg").isWarningEnabled()  # real warnings pass
