"""ui/guidance/readable.py: headings and paragraphs that Tab reaches one at a time, each able to
take the focus only while it is next to it (Qt keeps a text document for every label that can)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.guidance.readable import ReadableText, TabStops

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


class Page:
    """A window: a button, two texts, a button, a text; their Tab order is the list's."""

    def __init__(self, qtbot: QtBot) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        layout = QVBoxLayout(self.window)
        self.first = QPushButton("first")
        self.one = ReadableText("One, a paragraph long enough to select a few words of.")
        self.two = ReadableText("Two.")
        self.middle = QPushButton("middle")
        self.three = ReadableText("Three, the last.")
        self.order = [self.first, self.one, self.two, self.middle, self.three]
        for widget in self.order:
            layout.addWidget(widget)
        self.stops = TabStops(self.window, lambda: self.order)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is self.first)  # given on activation

    def reachable(self) -> list[ReadableText]:
        return [text for text in (self.one, self.two, self.three) if text.reachable()]


def test_a_text_is_reachable_only_next_to_the_focus_and_the_last_always(qtbot: QtBot) -> None:
    page = Page(qtbot)
    page.first.setFocus()
    assert page.reachable() == [page.one, page.three]
    QTest.keyClick(page.first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.one
    assert page.reachable() == [page.one, page.two, page.three]
    QTest.keyClick(page.one, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.two
    QTest.keyClick(page.two, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.middle
    assert page.reachable() == [page.two, page.three]
    QTest.keyClick(page.middle, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.three
    QTest.keyClick(page.three, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.middle


def test_an_unreachable_text_has_no_document_and_the_focused_one_stays(qtbot: QtBot) -> None:
    page = Page(qtbot)
    page.one.take_focus(Qt.FocusReason.OtherFocusReason)
    assert page.one.hasFocus()
    page.one.set_reachable(False)  # refused: it has the focus
    assert page.one.reachable()
    page.middle.setFocus()
    qtbot.waitUntil(lambda: not page.one.reachable())
    assert page.one.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert page.one.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_a_click_gives_a_text_the_focus_and_a_drag_selects_and_copies(qtbot: QtBot) -> None:
    page = Page(qtbot)
    text = page.one
    page.middle.setFocus()  # away from it: it cannot take the focus by Tab now
    qtbot.waitUntil(lambda: not text.reachable())
    row = text.height() // 2
    QTest.mousePress(text, Qt.MouseButton.LeftButton, pos=QPoint(6, row))
    QTest.mouseMove(text, QPoint(text.width() - 6, row))
    QTest.mouseRelease(text, Qt.MouseButton.LeftButton, pos=QPoint(text.width() - 6, row))
    qtbot.waitUntil(text.hasFocus)
    assert text.hasSelectedText() and text.selectedText() in text.text()
    QTest.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text.selectedText()


def test_a_page_deleted_while_the_focus_moves_is_let_be(qtbot: QtBot) -> None:
    """Its texts are deleted before it is: a focus change then finds them gone (it raised
    RuntimeError from the event loop when a window closed)."""
    page = Page(qtbot)
    deleted = page.one
    shiboken6.delete(deleted)
    page.middle.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.middle)
    page.stops.follow(page.first)  # nothing raised
    assert page.two.reachable() and page.three.reachable()  # next after "first" now, and last
