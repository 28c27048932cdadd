"""ui/session/number.py: the big number fills the room it is given, with its suffix, dimmed and
written across when paused."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from ankle_coach.ui.session.number import FILL, BigNumber


def test_the_digits_fill_the_height_and_keep_within_the_width(qtbot: QtBot) -> None:
    number = BigNumber("countdown")
    qtbot.addWidget(number)
    number.resize(1000, 300)
    number.show_number("12", "of 15")
    assert number.text() == "12" and number.suffix == "of 15"
    assert 0.8 * FILL * 300 <= number.digits_height() <= FILL * 300 + 1
    number.resize(120, 300)  # narrow: the width decides
    number.fit()
    wide = QFontMetricsF(number.font()).horizontalAdvance("12")
    assert wide < 120 and number.digits_height() < 0.8 * FILL * 300
    assert number.sizeHint().height() == 0  # it never holds the window open


def test_paused_digits_are_dimmed_and_written_across(qtbot: QtBot) -> None:
    number = BigNumber("countdown")
    qtbot.addWidget(number)
    number.resize(400, 200)
    number.show_number("29")
    number.show()
    assert not number.dimmed and number.overlay == ""
    number.set_dimmed(True, "PAUSED")
    assert number.dimmed and number.overlay == "PAUSED"
    overlay = QFontMetricsF(number.overlay_font())
    assert overlay.horizontalAdvance("PAUSED") <= 0.94 * 400 + 1
    number.grab()  # paints without error
    number.set_dimmed(False)
    assert not number.dimmed and number.overlay == ""
