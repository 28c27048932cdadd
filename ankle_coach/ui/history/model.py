"""The History page's list: every session (with its check-ins) and every check-in of no
session, newest first, as a table model that loads a page of rows at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from ankle_coach.core.history import CheckIn, Entry, History, HistoryError
from ankle_coach.core.history.names import shown_exercises, shown_title
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.ui.history.words import flags_words, outcome_words, pain_words, time_words
from ankle_coach.ui.i18n import translate

if TYPE_CHECKING:
    from ankle_coach.core.routine import Routine

#: A routine's file (English, with every translation) by its id; None when not in the library.
Originals = Callable[[str], "Routine | None"]


def no_originals(routine_id: str) -> Routine | None:
    """No library: every session is shown as recorded."""
    return None


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


#: The columns' names as the page shows them (translated where shown: `header`). The CSV
#: export has headers of its own, in English always (core/history): a file for other programs.
HEADERS: Final = {
    Column.WHEN: QT_TRANSLATE_NOOP("ui.history.model", "When"),
    Column.WHAT: QT_TRANSLATE_NOOP("ui.history.model", "Routine"),
    Column.DONE: QT_TRANSLATE_NOOP("ui.history.model", "Done"),
    Column.PAIN: QT_TRANSLATE_NOOP("ui.history.model", "Pain"),
    Column.SIGNS: QT_TRANSLATE_NOOP("ui.history.model", "Warning signs"),
}


HEADER_TIPS: Final = {
    Column.DONE: QT_TRANSLATE_NOOP("ui.history.model", "How much of the routine was done"),
    Column.PAIN: QT_TRANSLATE_NOOP(
        "ui.history.model", "Pain from 0 to 10: before the session \u2192 after it"
    ),
}


def column_name(column: Column) -> str:
    """A column's name, in the window's language."""
    return translate("ui.history.model", HEADERS[column])


class HistoryModel(QAbstractTableModel):
    """Every session (with its check-ins) and every check-in of no session, newest first,
    loaded PAGE rows at a time as the view scrolls (`canFetchMore` / `fetchMore`)."""

    def __init__(
        self,
        history: History,
        parent: QWidget | None = None,
        originals: Originals = no_originals,
    ) -> None:
        super().__init__(parent)
        self.history = history
        # A session's routine and exercises are shown in the language in use when the library
        # still has its routine (core/history/names.py).
        self.originals = originals
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
            return column_name(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(Column(section))
            return translate("ui.history.model", tip) if tip is not None else None
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
            return _cell(entry, Column(index.column()), self.originals)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(entry, self.originals)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_cell(entry, Column(index.column()), self.originals)
        if role == Role.ENTRY:
            return entry
        if role == Role.KIND:
            return entry.kind
        if role == Role.ID:
            if entry.session is not None:
                return entry.session.id
            return entry.check_ins[0].id
        return None


def session_title(entry: Entry, originals: Originals = no_originals) -> str:
    """The entry's routine title in the language in use ("" for a check-in of no session)."""
    if entry.session is None:
        return ""
    return shown_title(entry.session, originals(entry.session.routine_id))


def _cell(entry: Entry, column: Column, originals: Originals = no_originals) -> str:
    session = entry.session
    if column is Column.WHEN:
        return time_words(entry.at)
    if column is Column.WHAT:
        if session is not None:
            return session_title(entry, originals)
        return translate("ui.history.model", "Pain check-in")
    if column is Column.DONE:
        return outcome_words(session) if session is not None else ""
    if column is Column.PAIN:
        return pain_words(entry.check_ins)
    return flags_words(entry.check_ins)


def _tooltip(entry: Entry, originals: Originals = no_originals) -> str | None:
    signs = flags_words(entry.check_ins)
    signs_line = (
        translate("ui.history.model", "Warning signs: {signs}").format(signs=signs) if signs else ""
    )
    if entry.session is None:
        return signs_line or None
    done = shown_exercises(entry.session, originals(entry.session.routine_id))
    lines = [
        translate("ui.history.model", "Completed: {exercises}").format(exercises=", ".join(done))
        if done
        else translate("ui.history.model", "No exercise completed."),
        signs_line,
    ]
    return "\n".join(line for line in lines if line)


def spoken_cell(entry: Entry, column: Column, originals: Originals = no_originals) -> str:
    """What a screen reader says for one cell: its column and its own value ("Pain before: 4,
    after: 2"), not the whole row (which it would read again at every cell)."""
    session = entry.session
    if column is Column.WHEN:
        return translate("ui.history.model", "When: {time}").format(time=time_words(entry.at))
    if column is Column.WHAT:
        if session is None:
            return translate("ui.history.model", "Pain check-in, no routine")
        return translate("ui.history.model", "Routine: {title}").format(
            title=session_title(entry, originals)
        )
    if column is Column.DONE:
        if session is None:
            return translate("ui.history.model", "Done: no session")
        return translate("ui.history.model", "Done: {outcome}").format(
            outcome=outcome_words(session).replace(" \u00b7", ",")
        )
    if column is Column.PAIN:
        return spoken_pain(entry.check_ins)
    signs = flags_words(entry.check_ins) or translate("ui.history.model", "none")
    return translate("ui.history.model", "Warning signs: {signs}").format(signs=signs)


def spoken_pain(check_ins: Sequence[CheckIn]) -> str:
    """The Pain column's "4 \u2192 \u2013" as words: "Pain before: 4, after: not rated"."""

    def rated(check_in: CheckIn | None) -> str:
        if check_in is None:
            return translate("ui.history.model", "not asked")
        if check_in.rating is None:
            return translate("ui.history.model", "not rated")
        return str(check_in.rating)

    before = next((c for c in check_ins if c.when == "before"), None)
    after = next((c for c in reversed(check_ins) if c.when == "after"), None)
    if before is None and after is None:
        rating = rated(check_ins[0] if check_ins else None)
        return translate("ui.history.model", "Pain: {rating}").format(rating=rating)
    return translate("ui.history.model", "Pain before: {before}, after: {after}").format(
        before=rated(before), after=rated(after)
    )
