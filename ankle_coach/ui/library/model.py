"""The routine library as a Qt list model: routines by where they came from, then bad files."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.library import Library, LibraryEntry, Origin, tag_words
from ankle_coach.core.plan import total_seconds
from ankle_coach.core.routine import Problem
from ankle_coach.core.words import clock_text
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.models import read_only_flags

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    TOTAL_SECONDS = Qt.ItemDataRole.UserRole + 3
    TAGS = Qt.ItemDataRole.UserRole + 4
    ORIGIN = Qt.ItemDataRole.UserRole + 5
    PROBLEMS = Qt.ItemDataRole.UserRole + 6  # list[Problem] for a file that did not load
    KIND = Qt.ItemDataRole.UserRole + 7  # "routine" or "problem"
    ENTRY = Qt.ItemDataRole.UserRole + 8
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 9
    PATH = Qt.ItemDataRole.UserRole + 10


#: Marked in the context "ui.library.model"; translated where shown.
SECTION_NAMES = {
    Origin.BUILT_IN: QT_TRANSLATE_NOOP("ui.library.model", "Built-in"),
    Origin.USER: QT_TRANSLATE_NOOP("ui.library.model", "My routines"),
    Origin.FILE: QT_TRANSLATE_NOOP("ui.library.model", "Opened files"),
}


@dataclass(frozen=True)
class _Row:
    entry: LibraryEntry | None
    problems: tuple[Problem, ...]
    total: float
    path: str


class RoutineListModel(QAbstractListModel):
    """One row per routine, in library order (built-in, my routines, opened files), then one row
    per file that could not be loaded, carrying its problems."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_library(self, library: Library) -> None:
        self.beginResetModel()
        order = {origin: rank for rank, origin in enumerate(Origin)}
        entries = sorted(library.entries, key=lambda e: (order[e.origin], e.routine.title.lower()))
        rows = [_Row(e, (), total_seconds(e.routine), str(e.path)) for e in entries]
        by_path: dict[str, list[Problem]] = {}
        for problem in library.problems:
            by_path.setdefault(problem.path, []).append(problem)
        rows.extend(_Row(None, tuple(found), 0.0, path) for path, found in by_path.items())
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        entry = row.entry
        if role == Role.KIND:
            return "routine" if entry is not None else "problem"
        if role == Role.PROBLEMS:
            return list(row.problems)
        if role == Role.PATH:
            return row.path
        if entry is None:
            name = row.path.rsplit("/", 1)[-1]
            first = row.problems[0]
            detail = f"{first.field}: {first.message}" if first.field else first.message
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("ui.library.model", "{name} could not be loaded").format(name=name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(str(p) for p in row.problems)
            if role == Role.TITLE:
                return name
            if role == Role.SEARCH_TEXT:
                return f"{name} {detail}".lower()
            if role == Role.ORIGIN:
                return "problem"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return translate(
                    "ui.library.model", "{name} could not be loaded: {problem}"
                ).format(name=name, problem=detail)
            return None
        routine = entry.routine
        if role == Qt.ItemDataRole.DisplayRole:
            return routine.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return routine.summary or routine.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            tags = ", ".join(tag_words(tag) for tag in routine.tags)
            return f"{routine.title}, {clock_text(row.total)}" + (f", {tags}" if tags else "")
        if role == Role.ID:
            return entry.id
        if role == Role.TITLE:
            return routine.title
        if role == Role.TOTAL_SECONDS:
            return row.total
        if role == Role.TAGS:
            return [tag_words(tag) for tag in routine.tags]
        if role == Role.ORIGIN:
            return str(entry.origin)
        if role == Role.ENTRY:
            return entry
        if role == Role.SEARCH_TEXT:
            return " ".join(
                (
                    routine.title,
                    routine.summary,
                    entry.id,
                    *routine.tags,
                    *(tag_words(tag) for tag in routine.tags),
                    *(e.name for e in routine.exercises),
                )
            ).lower()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def row_of(self, routine_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.entry is not None and row.entry.id == routine_id:
                return number
        return -1


class RoutineFilter(QSortFilterProxyModel):
    """Keeps the rows whose title, summary, tags or exercise names hold every word typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), Role.SEARCH_TEXT) or ""
        return all(word in haystack for word in self._words)
