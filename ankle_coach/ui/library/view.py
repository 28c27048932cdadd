"""The library on the left: a search box and the routines, grouped by where they came from."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.library import Library, LibraryEntry
from ankle_coach.core.routine import Problem
from ankle_coach.core.textfit import wrapped
from ankle_coach.core.words import clock_text
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.library.model import SECTION_NAMES, Role, RoutineFilter, RoutineListModel

Index = QModelIndex | QPersistentModelIndex
_ORIGIN_SECTIONS = {str(origin): name for origin, name in SECTION_NAMES.items()}
_ORIGIN_SECTIONS["problem"] = QT_TRANSLATE_NOOP("ui.library.view", "Files with problems")
_PAD = 8
#: A tooltip's lines are at most this many characters.
TOOLTIP_CHARACTERS = 80


def _section_of(index: Index) -> str:
    origin = str(index.data(Role.ORIGIN))
    name = _ORIGIN_SECTIONS.get(origin, "")
    if origin == "problem":
        return translate("ui.library.view", name)
    return translate("ui.library.model", name) if name else ""


def _starts_section(index: Index) -> bool:
    if index.row() == 0:
        return True
    above = index.sibling(index.row() - 1, 0)
    return str(above.data(Role.ORIGIN)) != str(index.data(Role.ORIGIN))


class RoutineDelegate(QStyledItemDelegate):
    """Two lines per routine (title; time, tags), and a heading above each group."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        heading = QFont(small)
        heading.setBold(True)
        heading.setCapitalization(QFont.Capitalization.AllUppercase)
        return title, small, heading

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        title, small, heading = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(small).height() + 3 * _PAD // 2 + 4
        if _starts_section(index):
            height += QFontMetrics(heading).height() + _PAD * 2
        return QSize(200, height)

    def helpEvent(  # noqa: N802 - Qt's name
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """The tooltip (a routine's summary, a file's problems) in lines of at most 80
        characters: Qt does not wrap a plain-text tooltip, and a summary may be one long word."""
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        if not text:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), wrapped(text, TOOLTIP_CHARACTERS), view)
        return True

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title_font, small_font, heading_font = self._fonts(option)
        palette = option.palette
        rect = QRect(option.rect)
        painter.save()
        if _starts_section(index):
            header = QRect(rect)
            header.setHeight(QFontMetrics(heading_font).height() + _PAD * 2)
            painter.setFont(heading_font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                header.adjusted(_PAD, _PAD, -_PAD, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _section_of(index),
            )
            rect.setTop(header.bottom())
        item = QStyleOptionViewItem(option)
        item.rect = rect
        item.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        inner = rect.adjusted(_PAD + 4, _PAD // 2 + 2, -_PAD, -_PAD // 2)
        title_height = QFontMetrics(title_font).height()
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title = str(index.data(Role.TITLE) or "")
        problem = index.data(Role.KIND) == "problem"
        if problem:
            title = f"\u26a0 {title}"
        elided = QFontMetrics(title_font).elidedText(
            title, Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            elided,
        )
        if problem:
            problems: list[Problem] = index.data(Role.PROBLEMS) or []
            first = problems[0] if problems else None
            second = (
                f"{first.field}: {first.message}"
                if first and first.field
                else first.message
                if first
                else ""
            )
        else:
            total = clock_text(float(index.data(Role.TOTAL_SECONDS) or 0))
            tags = index.data(Role.TAGS) or []
            second = "  \u00b7  ".join([total, *tags])
        painter.setFont(small_font)
        painter.setPen(palette.color(quiet_role))
        line = QRect(
            inner.left(),
            inner.top() + title_height + 2,
            inner.width(),
            QFontMetrics(small_font).height(),
        )
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small_font).elidedText(second, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()


#: The routine list is never wider than this share of its window.
LIST_SHARE = 0.3


class LibraryView(QWidget):
    """Signals:
    routineChosen(entry): a routine was selected.
    problemChosen(path, problems): a file that could not be loaded was selected.
    routineActivated(entry): a routine was double-clicked or Enter was pressed on it.
    """

    routineChosen = Signal(object)
    problemChosen = Signal(str, object)
    routineActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RoutineListModel(self)
        self.filter = RoutineFilter(self)
        self.filter.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ui.library.view", "Search routines"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ui.library.view", "Search routines"))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)  # to the list, as Return
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._on_search_return_pressed)
        _name_clear_button(self.search, translate("ui.library.view", "Clear the search"))
        label = QLabel(translate("ui.library.view", "&Routines"))
        label.setBuddy(self.search)
        font = label.font()
        font.setBold(True)
        label.setFont(font)

        self.list = QListView()
        self.list.setModel(self.filter)
        self.list.setItemDelegate(RoutineDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(False)
        self.list.setAccessibleName(translate("ui.library.view", "Routine library"))
        self.list.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_clicked)

        # No focus proxy: with the list as its proxy, Tab into the library skipped the search box
        # (the window puts the focus on the list itself at start-up).
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._on_find_activated)
        keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search.setToolTip(
            translate("ui.library.view", "Search routines ({keys})").format(keys=keys)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(240)
        self._window_watched: QWidget | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Once in its window: never wider than LIST_SHARE of it (dragged wide on a large
        screen, it left the page in the middle 110 px on a 1024 px one); names are elided, the
        whole name in the tooltip."""
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._window_watched:
            self._window_watched = window
            window.installEventFilter(self)
            self._fit_to_window(window.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window_watched and event.type() == QEvent.Type.Resize:
            self._fit_to_window(self._window_watched.width())
        return super().eventFilter(watched, event)

    def _fit_to_window(self, width: int) -> None:
        self.setMaximumWidth(max(self.minimumWidth(), int(width * LIST_SHARE)))

    def set_library(self, library: Library, select: str | None = None) -> None:
        current = self.current_id()
        self.model.set_library(library)
        wanted = select or current
        if wanted is not None and self.select(wanted):
            return
        if self.filter.rowCount() > 0:
            self.list.setCurrentIndex(self.filter.index(0, 0))

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        value = index.data(Role.ID) if index.isValid() else None
        return str(value) if value is not None else None

    def rechoose(self) -> None:
        """Say the row chosen again (routineChosen or problemChosen), as when it was chosen."""
        self._on_selection_current_changed(self.list.currentIndex(), QModelIndex())

    def select(self, routine_id: str) -> bool:
        return self._choose_row(self.model.row_of(routine_id))

    def select_file(self, path: Path) -> bool:
        """Choose the row of the file at `path` (links followed): its routine, or its problems
        when it could not be loaded; else the routine with its name (one of that id was there
        first, so the file was not added)."""
        wanted = real_path(path)
        for row in range(self.model.rowCount()):
            if real_path(Path(str(self.model.index(row, 0).data(Role.PATH)))) == wanted:
                return self._choose_row(row)
        return self.select(path.stem)

    def _choose_row(self, row: int) -> bool:
        if row < 0:
            return False
        index = self.filter.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.filter.mapFromSource(self.model.index(row, 0))
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    @Slot()
    def _on_find_activated(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        """Return or Down in the search box goes to the routines it found (Space then starts
        one)."""
        if self.filter.rowCount() > 0:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self.filter.set_query(text)
        if not self.list.currentIndex().isValid() and self.filter.rowCount() > 0:
            self.list.setCurrentIndex(self.filter.index(0, 0))

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        if current.data(Role.KIND) == "problem":
            self.problemChosen.emit(str(current.data(Role.PATH)), current.data(Role.PROBLEMS))
            return
        entry: LibraryEntry = current.data(Role.ENTRY)
        self.routineChosen.emit(entry)

    @Slot(QModelIndex)
    def _on_list_clicked(self, index: QModelIndex) -> None:
        """A click on the routine already chosen chooses it again: from History (or another
        page) it is the way back to its page."""
        if index == self.list.currentIndex():
            self.rechoose()

    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.data(Role.KIND) == "routine":
            self.routineActivated.emit(index.data(Role.ENTRY))


def _name_clear_button(field: QLineEdit, name: str) -> None:
    """Qt's clear button (an action shown as a small tool button) has no words of its own."""
    for action in field.actions():
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(name)
            action.setToolTip(name)
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)


def real_path(path: Path) -> Path:
    """The file a path names, links followed; a link in a loop stays as it is (its problem is
    listed) where Path.resolve would raise."""
    return Path(os.path.realpath(path))
