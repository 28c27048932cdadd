"""The History page's list: every session (with its check-ins) and every check-in of no
session, newest first, as a table model that loads a page of rows at a time."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from ankle_coach.core.history import CheckIn, Entry, History, HistoryError
from ankle_coach.ui.history.words import flags_words, outcome_words, pain_words, time_words

Index = QModelIndex | QPersistentModelIndex

#: Rows the list loads at a time.
PAGE: Final = 100


class Role(IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1  # the Entry
    KIND = Qt.ItemDataRole.UserRole + 2  # "session" or "check-in"
    ID = Qt.ItemDataRole.UserRole + 3  # the session's id, or the lone check-in's


class Column(IntEnum):
    WHEN = 0
    WHAT = 1
    DONE = 2
    PAIN = 3
    SIGNS = 4


HEADERS: Final = {
    Column.WHEN: "When",
    Column.WHAT: "Routine",
    Column.DONE: "Done",
    Column.PAIN: "Pain",
    Column.SIGNS: "Warning signs",
}


HEADER_TIPS: Final = {
    Column.DONE: "How much of the routine was done",
    Column.PAIN: "Pain from 0 to 10: before the session \u2192 after it",
}


class HistoryModel(QAbstractTableModel):
    """Every session (with its check-ins) and every check-in of no session, newest first,
    loaded PAGE rows at a time as the view scrolls (`canFetchMore` / `fetchMore`)."""

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._entries: list[Entry] = []
        self._total = 0
        self.problem: str | None = None

    def reload(self) -> None:
        self.beginResetModel()
        self.problem = None
        try:
            self._total = self.history.entry_count()
            self._entries = self.history.entries(0, PAGE)
        except HistoryError as exc:
            self.problem = str(exc)
            self._total, self._entries = 0, []
        self.endResetModel()

    @property
    def total(self) -> int:
        """Rows in the history, loaded or not."""
        return self._total

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt's API
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt's API
        if parent.isValid():
            return
        try:
            more = self.history.entries(len(self._entries), PAGE)
        except HistoryError as exc:
            self.problem = str(exc)
            self._total = len(self._entries)
            return
        if not more:
            self._total = len(self._entries)
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(Column(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(entry, Column(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_cell(entry, Column(index.column()))
        if role == Role.ENTRY:
            return entry
        if role == Role.KIND:
            return entry.kind
        if role == Role.ID:
            if entry.session is not None:
                return entry.session.id
            return entry.check_ins[0].id
        return None


def _cell(entry: Entry, column: Column) -> str:
    session = entry.session
    if column is Column.WHEN:
        return time_words(entry.at)
    if column is Column.WHAT:
        return session.title if session is not None else "Pain check-in"
    if column is Column.DONE:
        return outcome_words(session) if session is not None else ""
    if column is Column.PAIN:
        return pain_words(entry.check_ins)
    return flags_words(entry.check_ins)


def _tooltip(entry: Entry) -> str | None:
    signs = flags_words(entry.check_ins)
    signs_line = f"Warning signs: {signs}" if signs else ""
    if entry.session is None:
        return signs_line or None
    done = entry.session.completed_exercises
    lines = ["Completed: " + ", ".join(done) if done else "No exercise completed.", signs_line]
    return "\n".join(line for line in lines if line)


def spoken_cell(entry: Entry, column: Column) -> str:
    """What a screen reader says for one cell: its column and its own value ("Pain before: 4,
    after: 2"), not the whole row (which it would read again at every cell)."""
    session = entry.session
    if column is Column.WHEN:
        return f"When: {time_words(entry.at)}"
    if column is Column.WHAT:
        return f"Routine: {session.title}" if session is not None else "Pain check-in, no routine"
    if column is Column.DONE:
        if session is None:
            return "Done: no session"
        return "Done: " + outcome_words(session).replace(" \u00b7", ",")
    if column is Column.PAIN:
        return spoken_pain(entry.check_ins)
    return f"Warning signs: {flags_words(entry.check_ins) or 'none'}"


def spoken_pain(check_ins: Sequence[CheckIn]) -> str:
    """The Pain column's "4 \u2192 \u2013" as words: "Pain before: 4, after: not rated"."""

    def rated(check_in: CheckIn | None) -> str:
        if check_in is None:
            return "not asked"
        return str(check_in.rating) if check_in.rating is not None else "not rated"

    before = next((c for c in check_ins if c.when == "before"), None)
    after = next((c for c in reversed(check_ins) if c.when == "after"), None)
    if before is None and after is None:
        return f"Pain: {rated(check_ins[0])}" if check_ins else "Pain: not asked"
    return f"Pain before: {rated(before)}, after: {rated(after)}"
