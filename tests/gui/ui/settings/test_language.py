"""ui/settings/language.py: a new language is said to apply at the next start, with Restart now
(not during a session); a restart runs the same command with the same arguments again."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ankle_coach.ui import i18n
from ankle_coach.ui.settings.language import offer_restart, restart_app, restart_command
from tests.gui.ui.window_rig import Rig, close_windows, rig

__all__ = ["close_windows", "rig"]  # fixtures


#: Applying settings sets the app's look: put back after each test (conftest.py).
pytestmark = pytest.mark.usefixtures("app_look")


@pytest.mark.parametrize(
    ("executable", "argv", "frozen", "command"),
    [
        # the pip script: this interpreter runs it again, with the routine files it opened;
        # not --language (Settings' new choice must win), --tray or a package (imported twice)
        (
            "/venv/bin/python",
            ["/venv/bin/ankle-coach", "--language", "de", "week-1.toml", "x.ankle.zip"],
            False,
            ["/venv/bin/python", "/venv/bin/ankle-coach", "week-1.toml"],
        ),
        (
            "/venv/bin/python",
            ["/venv/bin/ankle-coach", "--tray", "--language=es"],
            False,
            ["/venv/bin/python", "/venv/bin/ankle-coach"],
        ),
        # python -m ankle_coach
        (
            "/usr/bin/python3",
            ["/src/ankle_coach/__main__.py", "a b.toml"],
            False,
            ["/usr/bin/python3", "-m", "ankle_coach", "a b.toml"],
        ),
        # pip's launcher on Windows is a program of its own
        (
            "C:\\Python\\python.exe",
            ["C:\\Python\\Scripts\\ankle-coach.exe"],
            False,
            ["C:\\Python\\Scripts\\ankle-coach.exe"],
        ),
        # the standalone bundle: its program, without its own name again
        (
            "/opt/ankle-coach/ankle-coach",
            ["ankle-coach", "x.toml"],
            True,
            ["/opt/ankle-coach/ankle-coach", "x.toml"],
        ),
        # started from code (no script): the package
        ("/usr/bin/python3", ["-c"], False, ["/usr/bin/python3", "-m", "ankle_coach"]),
    ],
)
def test_the_restart_command_is_the_start_command_again(
    executable: str, argv: list[str], frozen: bool, command: list[str]
) -> None:
    assert restart_command(executable, argv, frozen=frozen) == command


def buttons(box: QMessageBox) -> list[str]:
    return sorted(button.text() for button in box.buttons())


def test_a_new_language_is_offered_a_restart_that_runs_the_command_again(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []
    quits: list[bool] = []
    monkeypatch.setattr(rig.window.reminders, "quit", lambda: quits.append(True))

    def start(program: str, arguments: Sequence[str]) -> bool:
        started.append((program, list(arguments)))
        return True

    box = offer_restart(rig.window, "de", start=start)
    assert box is not None
    assert box.text() == "Deutsch applies the next time Ankle Coach starts."
    assert buttons(box) == ["&Later", "&Restart now"]
    assert rig.window.statusBar().currentMessage() == box.text()
    restart = next(b for b in box.buttons() if b.text() == "&Restart now")
    restart.click()
    command = restart_command()
    assert started == [(command[0], command[1:])]
    assert quits == [True]


def test_a_restart_that_cannot_start_says_so_and_keeps_the_window(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(rig.window.reminders, "quit", lambda: quits.append(True))
    assert not restart_app(rig.window, start=lambda program, arguments: False)
    assert quits == []
    said = rig.window.statusBar().currentMessage()
    assert said.startswith("This could not be started: ")
    assert "Quit and start Ankle Coach again to see the new language." in said


def test_during_a_session_only_later(qtbot: QtBot, rig: Rig) -> None:
    rig.start()
    box = offer_restart(rig.window, "es")
    assert box is not None
    assert box.text() == "Espa\u00f1ol applies the next time Ankle Coach starts."
    assert box.informativeText() == "A session is running: restart Ankle Coach when it is over."
    assert box.buttons() == [box.button(QMessageBox.StandardButton.Ok)]  # no Restart now


def test_the_language_already_spoken_asks_nothing(qtbot: QtBot, rig: Rig) -> None:
    # the tests' system is English (LANG=C.UTF-8): "system" and "en" are what it speaks
    assert offer_restart(rig.window, "system") is None
    assert offer_restart(rig.window, "en") is None


@pytest.fixture
def in_german(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "de")
    yield
    i18n.uninstall(qapp)


def test_the_offer_in_german(qtbot: QtBot, in_german: None, user_home: Path) -> None:
    german = Rig(qtbot, user_home)
    box = offer_restart(german.window, "es")
    assert box is not None
    assert box.windowTitle() == "Sprache"
    assert box.text() == "Espa\u00f1ol gilt ab dem n\u00e4chsten Start von Ankle Coach."
    assert buttons(box) == ["&Jetzt neu starten", "&Sp\u00e4ter"]
    german.window.apply_settings(dataclasses.replace(german.window.settings, language="de"))
    assert german.window.language_offer is None  # German is what the window speaks now
