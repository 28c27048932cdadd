"""The library list: a routine's summary shows in a tooltip of short lines, however long its
words (Qt does not wrap a plain-text tooltip, so one 1000-character word ran off the screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from ankle_coach.core.library import load_files
from ankle_coach.ui.library.view import TOOLTIP_CHARACTERS, LibraryView

SUMMARY = "Before a run. " + "S" * 986


def test_a_summary_of_long_words_shows_in_short_lines(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "long-summary.toml"
    path.write_text(
        f'format = 1\ntitle = "{"T" * 120}"\nsummary = "{SUMMARY}"\n\n'
        '[[exercises]]\nname = "Calf stretch"\nhold_seconds = 30\n',
        encoding="utf-8",
    )
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_library(load_files([path]), select="long-summary")
    view.resize(280, 600)
    view.show()
    qtbot.waitExposed(view)
    assert view.width() <= 280  # the title is elided in the list, not widening it
    index = view.list.currentIndex()
    where = view.list.visualRect(index).center()
    viewport = view.list.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, where, viewport.mapToGlobal(where))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible)
    shown = QToolTip.text()
    assert max(len(line) for line in shown.split("\n")) <= TOOLTIP_CHARACTERS
    assert "".join(shown.split()) == "".join(SUMMARY.split())  # all of it, in order
    QToolTip.hideText()
