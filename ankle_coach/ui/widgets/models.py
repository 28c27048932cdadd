"""What the app's read-only item models share (the library's routines, the history's sessions)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

#: A row that can be selected but not edited, and has no children (a flat list or table).
READ_ONLY_ROW = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def read_only_flags(index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """A read-only model's flags(): READ_ONLY_ROW for a valid index, none for an invalid one."""
    return READ_ONLY_ROW if index.isValid() else Qt.ItemFlag.NoItemFlags
