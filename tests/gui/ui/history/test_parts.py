"""The History page's building blocks: a number card, a titled chart, a text box."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.history.parts import sample_days, text_box, tile, titled


def test_a_card_holds_its_number_over_its_caption(qtbot: QtBot) -> None:
    card, number = tile("week", "this week")
    qtbot.addWidget(card)
    labels = [label.text() for label in card.findChildren(QLabel)]
    assert labels == ["0", "this week"] and number.objectName() == "tile-week"


def test_a_titled_widget_and_a_text_box(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    box = text_box("painText", "Pain ratings, as text")
    layout = titled("Pain, 0 to 10", box, note="dashed line: 7")
    host.setLayout(layout)
    texts = [label.text() for label in host.findChildren(QLabel)]
    assert texts == ["Pain, 0 to 10", "dashed line: 7"]
    assert isinstance(box, QPlainTextEdit) and box.isReadOnly()
    assert box.accessibleName() == "Pain ratings, as text"


def test_the_sample_days_hold_every_weekday_of_every_month() -> None:
    days = sample_days()
    assert {day.month for day in days} == set(range(1, 13))
    assert {day.weekday() for day in days} == set(range(7))
