"""The Help menu's boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ankle_coach import __version__
from ankle_coach.core.textfit import BREAK
from ankle_coach.ui import help
from ankle_coach.ui.help import DISCLAIMER, about_box, keys_text


def test_keys_lists_each_action_with_its_key(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    pause = QAction("Pause", parent)
    pause.setShortcut(QKeySequence("Space"))
    stop = QAction("Stop", parent)
    stop.setShortcut(QKeySequence("Esc"))
    assert keys_text([pause, stop]) == "Pause: Space\nStop: Esc"


def test_about_names_the_version_and_says_it_does_not_diagnose(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = about_box(parent)
    assert box.text() == f"Ankle Coach {__version__}"
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.informativeText().endswith(DISCLAIMER)


def test_a_long_run_without_a_space_does_not_squeeze_the_about_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A QMessageBox is never wider than the screen less 480 px: a run of 300 letters (the
    pseudo-translation pads every message with one) gets break points instead."""
    monkeypatch.setattr(help, "DISCLAIMER", "~" * 300)
    parent = QWidget()
    qtbot.addWidget(parent)
    box = about_box(parent)
    box.show()
    qtbot.waitExposed(box)
    least = box.minimumSizeHint()
    assert box.width() >= least.width() and box.height() >= least.height()
    assert box.informativeText().replace(BREAK, "").endswith("~" * 300)
