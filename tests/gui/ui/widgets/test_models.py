"""A read-only model's rows: selectable, never editable, never parents."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt

from ankle_coach.ui.widgets.models import READ_ONLY_ROW, read_only_flags


def test_a_valid_row_can_be_selected_but_not_edited() -> None:
    model = QStringListModel(["Calf raises"])
    flags = read_only_flags(model.index(0, 0))
    assert flags == READ_ONLY_ROW
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_an_invalid_index_has_no_flags() -> None:
    assert read_only_flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
