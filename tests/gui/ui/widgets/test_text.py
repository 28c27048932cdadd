"""The plain-text label: routine text is never rich text, and a long one keeps to its room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.textfit import ELLIPSIS, unbroken
from ankle_coach.ui.widgets.text import RoutineText, plain_label


@pytest.mark.parametrize("wrap", [False, True])
def test_a_plain_label_shows_markup_as_it_is_written(qtbot: QtBot, wrap: bool) -> None:
    label = plain_label("<b>calf</b> &amp; heel", wrap=wrap, name="exercise")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.objectName() == "exercise"
    assert isinstance(label, RoutineText) is wrap
    assert label.wordWrap() is wrap
    shown = label.full_text() if isinstance(label, RoutineText) else label.text()
    assert shown == "<b>calf</b> &amp; heel"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("one\ntwo\nthree\nfour", f"one\ntwo three four{ELLIPSIS}"),
        ("short", "short"),
        ("one\ntwo", "one\ntwo"),
    ],
)
def test_routine_text_keeps_to_its_lines(qtbot: QtBot, text: str, shown: str) -> None:
    label = RoutineText(text)
    qtbot.addWidget(label)
    label.resize(400, 200)
    label.set_max_lines(2)
    label.show()
    qtbot.waitExposed(label)
    assert label.text() == shown
    assert label.toolTip() == (text if shown != text else "")
    assert label.full_text() == text


def test_routine_text_cuts_emoji_and_accents_whole(qtbot: QtBot) -> None:
    """Qt counts UTF-16 units where Python counts code points: a cut keeps both agreeing."""
    text = " ".join(["\U0001f3c3\u200d\u2640\ufe0f" * 30, "e\u0301" * 200, "\U0001f9b6" * 300])
    label = RoutineText(text)
    qtbot.addWidget(label)
    label.resize(300, 200)
    label.set_max_lines(3)
    label.show()
    qtbot.waitExposed(label)
    shown = label.text()
    assert shown.endswith(ELLIPSIS) and shown.count("\n") == 2
    assert "\ufffd" not in shown  # no half of a surrogate pair
    start = "".join(unbroken(shown).rstrip(ELLIPSIS).split())
    assert "".join(text.split()).startswith(start)  # what is shown is the text's beginning
    assert "".join(label.toolTip().split()) == "".join(text.split())
    label.set_max_lines(None)
    assert unbroken(label.text()) == text
    assert label.toolTip() == ""


def test_a_label_wrapped_at_spaces_is_a_plain_qlabel_that_can_be_selected(qtbot: QtBot) -> None:
    label = plain_label("a/very/long/path.toml", wrap="spaces", selectable=True)
    qtbot.addWidget(label)
    assert type(label) is QLabel
    assert label.wordWrap() and label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "a/very/long/path.toml"  # no invisible break points to copy
    flags = label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_label_is_given_its_parent(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert plain_label("x", parent=parent).parent() is parent
    assert plain_label("x", wrap=True, parent=parent).parent() is parent


def test_a_screen_reader_gets_the_words_without_the_break_points(qtbot: QtBot) -> None:
    """A word too long for the label is shown with invisible break points (U+200B); its
    accessible name is the words without them, and back to Qt's own once none are needed."""
    from ankle_coach.core.textfit import BREAK

    word = "Sprunggelenksmobilisationsübungsanleitung" * 3
    label = RoutineText(f"Calf {word} stretch")
    qtbot.addWidget(label)
    label.resize(160, 200)
    label.show()
    qtbot.waitExposed(label)
    assert BREAK in label.text()
    assert label.accessibleName() == f"Calf {word} stretch"
    label.setText("Calf stretch")
    assert BREAK not in label.text() and label.accessibleName() == ""  # Qt reads the text
    named = RoutineText(word)
    qtbot.addWidget(named)
    named.setAccessibleName("Exercise name")
    named.resize(160, 200)
    named.show()
    qtbot.waitExposed(named)
    assert BREAK in named.text() and named.accessibleName() == "Exercise name"
