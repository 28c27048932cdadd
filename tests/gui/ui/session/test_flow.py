"""ui/session/flow.py: a row of buttons wraps onto more rows, never squeezing a button."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
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
    assert row.widgets() == buttons  # hidden, still its own


def test_a_widget_deleted_or_moved_elsewhere_is_dropped_and_the_rest_laid_out(
    qtbot: QtBot,
) -> None:
    """Qt deletes a layout's items behind Python's back; the row keeps none, so a deleted,
    reparented or replaced button leaves it working (it crashed the next layout)."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    row = FlowRow()  # as the session view does: buttons added before the row has a host
    buttons = [QPushButton(f"Button {number}") for number in range(5)]
    for button in buttons:
        row.addWidget(button)
    column.addLayout(row)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    assert all(button.parentWidget() is window and button.isVisible() for button in buttons)
    assert row.count() == 0 and row.itemAt(0) is None and row.takeAt(0) is None

    shiboken6.delete(buttons[0])  # deleted at once
    buttons[1].deleteLater()  # deleted later
    other = QWidget()
    qtbot.addWidget(other)
    buttons[2].setParent(other)  # moved elsewhere
    qtbot.waitUntil(lambda: not shiboken6.isValid(buttons[1]))
    replacement = QPushButton("Replacement")
    replacement.setMinimumSize(replacement.sizeHint().width() + 40, 44)  # given their room
    column.replaceWidget(buttons[3], replacement)  # Qt finds no item of the row's: no-op
    row.removeWidget(buttons[3])
    buttons[3].deleteLater()
    row.addWidget(replacement)
    qtbot.waitUntil(lambda: not shiboken6.isValid(buttons[3]))

    column.invalidate()
    column.activate()
    window.resize(160, 300)
    window.hide()
    window.show()  # laid out and shown again: no crash, the rest in place
    qtbot.waitExposed(window)
    assert row.widgets() == [buttons[4], replacement]
    qtbot.waitUntil(lambda: replacement.isVisible() and replacement.width() > 0)
    assert not buttons[4].geometry().intersects(replacement.geometry())
    assert replacement.size() == replacement.minimumSize()
    assert len(row.rows(160)) == 2  # one under the other in a narrow window
    window.resize(600, 300)  # side by side, each at its minimum size: none overlaps the next
    qtbot.waitUntil(lambda: len(row.rows(window.width())) == 1)
    qtbot.waitUntil(
        lambda: buttons[4].geometry().center().y() == replacement.geometry().center().y()
    )
    assert not buttons[4].geometry().intersects(replacement.geometry())
    assert replacement.size() == replacement.minimumSize()
