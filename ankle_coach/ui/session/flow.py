"""A row of buttons that wraps onto more rows when it is narrow, each row centred: no button is
ever squeezed below the width its words need (a cut "R…t" is never shown)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowRow(QLayout):
    """Lays its widgets left to right at their preferred sizes, wrapping onto a new row when the
    next one would not fit; every row is centred. Its height follows its width.

    It keeps the widgets themselves, never QLayoutItem wrappers: Qt deletes a layout's items
    behind Python's back (a widget deleted, reparented or replaced elsewhere), and a kept
    wrapper then crashed the next layout ("QWidgetItem already deleted", or a segfault). Qt sees
    an empty layout (count() is 0) with this layout's own sizes; each pass drops a widget that
    was deleted (shiboken6.isValid) or moved to another parent, and lays out the rest.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- its widgets -----------------------------------------------------------------------------

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self.addChildWidget(widget)  # the host's child (now, or when this row gets a host)
        if widget not in self._widgets:
            self._widgets.append(widget)
        self.invalidate()

    def removeWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        """Lay it out no more (it stays where it is, a child of the same widget)."""
        self._widgets = [kept for kept in self._widgets if kept is not widget]
        self.invalidate()

    def widgets(self) -> list[QWidget]:
        """The widgets it lays out, in order: those still alive and still in its host."""
        host = self.parentWidget()
        alive = [
            widget
            for widget in self._widgets
            if shiboken6.isValid(widget)
            and widget.parentWidget() in (None, host)  # not moved to another window or panel
        ]
        self._widgets = alive
        return list(alive)

    # -- QLayout's interface -------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        """Only from Qt's own addWidget: keep its widget, and delete the wrapper at once."""
        widget = item.widget()
        shiboken6.delete(item)
        if widget is None:
            raise TypeError("FlowRow lays out widgets only, not spacers or layouts")
        if widget not in self._widgets:
            self._widgets.append(widget)
        self.invalidate()

    def count(self) -> int:
        return 0  # no QLayoutItem of its own for Qt to delete or hand back

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._shown()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All in one row."""
        shown = self._shown()
        width = sum(_wanted(widget).width() for widget in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((_wanted(widget).height() for widget in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest widget: one widget a row."""
        shown = self._shown()
        width = max((_wanted(widget).width() for widget in shown), default=0)
        height = max((_wanted(widget).height() for widget in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._adopt()
        self._arrange(rect, place=True)

    # -- the arranging ---------------------------------------------------------------------------

    def _adopt(self) -> None:
        """Widgets added before this row had a host become the host's children: Qt would
        reparent them through the items this row does not keep."""
        host = self.parentWidget()
        if host is None:
            return
        for widget in self.widgets():
            if widget.parentWidget() is None:
                hidden = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) and (
                    widget.isHidden()
                )
                widget.setParent(host)
                if host.isVisible() and not hidden:
                    widget.show()

    def _shown(self) -> list[QWidget]:
        """What a QWidgetItem would not call empty: not hidden (unless it keeps its room)."""
        return [widget for widget in self.widgets() if not _empty(widget)]

    def rows(self, width: int) -> list[list[QWidget]]:
        """The widgets in the rows they take at `width`."""
        rows: list[list[QWidget]] = []
        used = 0
        for widget in self._shown():
            wide = _wanted(widget).width()
            if rows and used + self.spacing() + wide <= width:
                rows[-1].append(widget)
                used += self.spacing() + wide
            else:
                rows.append([widget])
                used = wide
        return rows

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = inner.y()
        rows = self.rows(inner.width())
        for number, row in enumerate(rows):
            if number:
                y += self.spacing()
            width = sum(_wanted(widget).width() for widget in row)
            width += self.spacing() * (len(row) - 1)
            height = max(_wanted(widget).height() for widget in row)
            x = inner.x() + max(0, (inner.width() - width) // 2)
            for widget in row:
                hint = _wanted(widget)
                if place:
                    top = y + (height - hint.height()) // 2
                    widget.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self.spacing()
            y += height
        return y - rect.y() + margins.bottom()


def _empty(widget: QWidget) -> bool:
    """Whether a QWidgetItem would call it empty; one not yet adopted counts as shown unless it
    was hidden on purpose."""
    hidden = widget.isHidden() and not widget.sizePolicy().retainSizeWhenHidden()
    if widget.parentWidget() is None:
        return hidden and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    return hidden or widget.isWindow()


def _wanted(widget: QWidget) -> QSize:
    """The size a QWidgetItem would give it: its size hint within its minimum and maximum sizes
    (a big button's minimum height of 44 is more than its hint)."""
    hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
    return hint.boundedTo(widget.maximumSize()).expandedTo(widget.minimumSize())
