"""ui/session/flow.py: a row of buttons wraps onto more rows, never squeezing a button."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.session.flow import FlowRow


def test_buttons_wrap_at_their_own_width_and_rows_are_centred(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FlowRow(holder, spacing=8)
    buttons = [QPushButton(text) for text in ("Restart", "\u22125 s", "+5 s", "Presenter")]
    for button in buttons:
        row.addWidget(button)
    widths = [button.sizeHint().width() for button in buttons]
    one_row = sum(widths) + 8 * 3
    assert row.sizeHint().width() == one_row
    assert len(row.rows(one_row)) == 1
    narrow = widths[0] + 8 + widths[1] + 4
    assert [len(r) for r in row.rows(narrow)] == [2, 1, 1] or len(row.rows(narrow)) >= 2
    assert row.heightForWidth(narrow) > row.heightForWidth(one_row)
    holder.resize(narrow, row.heightForWidth(narrow))
    holder.show()
    qtbot.waitExposed(holder)
    for button in buttons:  # none is squeezed, none leaves the holder
        assert button.width() == button.sizeHint().width()
        assert 0 <= button.x() and button.geometry().right() < holder.width()
    first = buttons[0].geometry().united(buttons[1].geometry())
    assert abs(first.left() - (holder.width() - first.right() - 1)) <= 1  # centred
    buttons[1].hide()
    assert len(row.rows(narrow)) <= 3
    assert row.takeAt(0) is not None and row.count() == 3
    assert row.itemAt(5) is None and row.takeAt(5) is None
