"""A new language chosen in Settings: the window's words are loaded at start, so the choice
applies the next time Ankle Coach starts. The window says so and offers to restart now (not
during a session: then only later); a restart runs the same command with the same arguments
again (the pip script, `python -m ankle_coach`, or the standalone bundle)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QMessageBox

from ankle_coach.core.i18n import NATIVE_NAMES, current_language, resolve_language
from ankle_coach.ui.i18n import translate

if TYPE_CHECKING:
    from ankle_coach.ui.main_window import MainWindow

#: Starts a program detached from this one: (program, arguments) -> whether it started.
Starter = Callable[[str, Sequence[str]], bool]


def restart_command(
    executable: str | None = None,
    argv: Sequence[str] | None = None,
    *,
    frozen: bool | None = None,
) -> list[str]:
    """The command that started this app, to run it again: the bundle's program itself when
    frozen; else this interpreter running the same script (`ankle-coach`, a Windows launcher
    `.exe` run as itself) or the package (`-m ankle_coach` when started as `python -m
    ankle_coach`). Of its arguments only the routine files it opened are given again: not
    `--language` (the language just chosen in Settings must win), not `--tray` (the window was
    open), not a package it imported (it would be imported twice)."""
    executable = sys.executable if executable is None else executable
    argv = list(sys.argv if argv is None else argv)
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    script = argv[0] if argv else ""
    arguments = [arg for arg in argv[1:] if arg.endswith(".toml") and not arg.startswith("-")]
    if frozen:
        return [executable, *arguments]
    if Path(script).name == "__main__.py":
        return [executable, "-m", Path(script).parent.name or "ankle_coach", *arguments]
    if script.lower().endswith(".exe"):
        return [script, *arguments]
    if not script or script == "-c":
        return [executable, "-m", "ankle_coach", *arguments]
    return [executable, script, *arguments]


def _start_detached(program: str, arguments: Sequence[str]) -> bool:
    started, _pid = QProcess.startDetached(program, list(arguments))
    return bool(started)


def offer_restart(
    window: MainWindow, choice: str, *, start: Starter | None = None
) -> QMessageBox | None:
    """Say that the language chosen (`choice`: "system", "en", "de", "es") applies at the
    next start, with Restart now unless a session is running; window-modal, not blocking.
    None when the window already speaks that language."""
    language = resolve_language(choice)
    if language == current_language():
        return None
    name = NATIVE_NAMES[language]
    in_session = window.is_built and window.session_host.in_session()
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ui.settings.language", "Language"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "ui.settings.language",
            "{language} applies the next time Ankle Coach starts.",
        ).format(language=name)
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if in_session:
        box.setInformativeText(
            translate(
                "ui.settings.language",
                "A session is running: restart Ankle Coach when it is over.",
            )
        )
        box.addButton(QMessageBox.StandardButton.Ok)
    else:
        box.setInformativeText(translate("ui.settings.language", "Restart now to see it at once?"))
        restart = box.addButton(
            translate("ui.settings.language", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        later = box.addButton(
            translate("ui.settings.language", "&Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(restart)
        box.setEscapeButton(later)
        restart.clicked.connect(lambda: restart_app(window, start=start))
    window.statusBar().showMessage(box.text(), 10000)
    box.open()
    return box


def restart_app(window: MainWindow, *, start: Starter | None = None) -> bool:
    """Start the same command again, then quit as File > Quit does (the window's place and the
    history saved). When it cannot be started the window says why and stays. Whether it
    restarted."""
    command = restart_command()
    if not (start or _start_detached)(command[0], command[1:]):
        window.tell(
            translate("ui.settings.language", "Ankle Coach was not restarted"),
            translate(
                "ui.settings.language",
                "This could not be started: {command}. Quit and start Ankle Coach again to "
                "see the new language.",
            ).format(command=" ".join(command)),
        )
        return False
    window.reminders.quit()
    return True
