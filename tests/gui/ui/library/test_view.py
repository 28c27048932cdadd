"""The library list: a routine's summary shows in a tooltip of short lines, however long its
words (Qt does not wrap a plain-text tooltip, so one 1000-character word ran off the screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
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


GOOD = 'format = 1\ntitle = "{title}"\n\n[[exercises]]\nname = "Calf stretch"\nhold_seconds = 30\n'


def shown_view(qtbot: QtBot, paths: list[Path]) -> LibraryView:
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_library(load_files(paths))
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_file_is_chosen_by_its_path_a_link_to_it_or_its_problems(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first, second, bad = tmp_path / "first.toml", tmp_path / "second.toml", tmp_path / "bad.toml"
    first.write_text(GOOD.format(title="First"), encoding="utf-8")
    second.write_text(GOOD.format(title="Second"), encoding="utf-8")
    bad.write_text("format = 3\n", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(second)
    view = shown_view(qtbot, [first, second, bad])
    problems: list[str] = []
    view.problemChosen.connect(lambda path, _: problems.append(path))
    assert view.select_file(link) and view.current_id() == "second"
    assert view.select_file(first) and view.current_id() == "first"
    assert view.select_file(bad) and problems == [str(bad)]
    view.search.setText("no such routine")  # a filtered-out row is shown again
    assert view.select_file(second) and view.current_id() == "second"
    assert view.search.text() == ""
    assert not view.select_file(tmp_path / "elsewhere.toml")


def test_tab_goes_from_the_search_box_to_the_list_and_back(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "first.toml"
    path.write_text(GOOD.format(title="First"), encoding="utf-8")
    view = shown_view(qtbot, [path])
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list.setFocus()
    QTest.keyClick(view.list, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.search.hasFocus()
    QTest.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.list.hasFocus()
    view.search.setFocus()
    QTest.keyClicks(view.search, "fir")
    QTest.keyClick(view.search, Qt.Key.Key_Return)  # to the routines found
    assert view.list.hasFocus() and view.current_id() == "first"
    view.search.setFocus()
    QTest.keyClick(view.search, Qt.Key.Key_Down)
    assert view.list.hasFocus()


def test_the_list_takes_no_more_than_its_share_of_the_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from ankle_coach.ui.library.view import LIST_SHARE

    window = QWidget()
    qtbot.addWidget(window)
    view = LibraryView()
    row = QHBoxLayout(window)
    row.addWidget(view, 1)
    row.addWidget(QWidget(), 1)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    assert view.maximumWidth() == int(1024 * LIST_SHARE)
    assert view.width() <= 1024 * LIST_SHARE
    window.resize(600, 600)
    qtbot.waitUntil(lambda: view.maximumWidth() == view.minimumWidth())  # never below its least
