"""ui/editor/columns.py, seen in the editor: at 1024x600 with 200 % text every column can be
reached (stacked, scrolled down, nothing off to the right) and every spin box shows its number
whole beside its label; with room, the three columns stand side by side. Measured from the
widgets' geometry, with the text size changed live as Settings changes it."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.editor.columns import Columns
from ankle_coach.ui.editor.exercises import CountBox, SecondsBox, fitted_width
from ankle_coach.ui.editor.window import RoutineEditor
from ankle_coach.ui.theme import apply_theme


@pytest.fixture
def app(app_look: QApplication) -> QApplication:
    """The app, its look put back after the test (conftest.py)."""
    return app_look


def shown_whole(box: QAbstractSpinBox, text: str) -> bool:
    edit = box.lineEdit()
    return edit.fontMetrics().horizontalAdvance(text) <= edit.width()


@pytest.mark.parametrize(
    ("width", "height", "text_size", "columns"),
    [(1024, 600, 2.0, 1), (1024, 600, 1.0, 3), (1366, 768, 1.0, 3), (1366, 768, 2.0, 2)],
)
def test_every_column_is_reachable_and_every_number_shows(
    app: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    width: int,
    height: int,
    text_size: float,
    columns: int,
) -> None:
    base = QFont(app.font())
    apply_theme(app, "light", 1.0, base)
    editor = RoutineEditor(None, save_folder=tmp_path)
    qtbot.addWidget(editor)
    editor.resize(width, height)
    editor.show()
    qtbot.waitExposed(editor)
    apply_theme(app, "high-contrast", text_size, base)  # live, as Settings does it
    viewport = editor.scroll_area.viewport()
    qtbot.waitUntil(lambda: editor.columns.count == columns)
    qtbot.waitUntil(lambda: editor.scroll_area.horizontalScrollBar().maximum() == 0)
    body = editor.columns
    assert body.width() <= viewport.width()
    titles = {box.title() for box in body.findChildren(QGroupBox)}
    assert {"Routine", "Result"} <= titles
    for part, _ in body.parts:
        assert part.geometry().right() < viewport.width(), part
        assert part.width() >= part.minimumSizeHint().width()
    result = next(box for box in body.findChildren(QGroupBox) if box.title() == "Result")
    editor.scroll_area.ensureWidgetVisible(result)
    top_left = result.mapTo(viewport, result.rect().topLeft())
    assert 0 <= top_left.x() and top_left.y() < viewport.height()  # scrolled to, on screen
    boxes = [box for box in editor.findChildren(QAbstractSpinBox) if box.isVisible()]
    assert {editor.sets, editor.hold_seconds, editor.lead_in} <= set(boxes)
    for box in boxes:
        assert isinstance(box, SecondsBox | CountBox)
        assert shown_whole(box, box.text()), (box.accessibleName(), box.text())
        assert shown_whole(box, box.widest_text()), (box.accessibleName(), box.widest_text())
        holder = box.parentWidget()
        assert holder is not None and box.geometry().right() < holder.width()
        # beside its label, not stretched to the far edge of a wide field
        room = fitted_width(box, box.widest_text()) + 2 * box.fontMetrics().height()
        assert box.width() <= room, (box.accessibleName(), box.width(), room)


def test_parts_stack_in_order_when_the_width_is_short(qtbot: QtBot) -> None:
    parts = []
    for name in ("first", "second", "third"):
        label = QLabel(name * 4)
        label.setMinimumWidth(200)
        parts.append((label, 1))
    holder = QWidget()
    qtbot.addWidget(holder)
    columns = Columns(parts, holder)
    spacing = columns.grid.horizontalSpacing()
    for width, count in ((700, 3), (600 + 2 * spacing, 3), (500, 2), (300, 1), (100, 1)):
        columns.fit(width)
        assert columns.count == count, width
        for index, (part, _) in enumerate(parts):
            # (row, column, row span, column span); PySide's stub says object
            position = cast(
                tuple[int, int, int, int],
                columns.grid.getItemPosition(columns.grid.indexOf(part)),
            )
            assert position[:2] == divmod(index, count), (width, index)
