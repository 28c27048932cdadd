"""A notice with a list of problems, however long, that fits the screen it opens on.

A QMessageBox grows with its text: 20 problems at 200 % text made one 2002 px tall on a 600 px
screen, its OK button out of reach. Here the summary stays a label, the problems go in a
read-only text area that scrolls (and can be selected and copied), and the notice is never
larger than the screen's available area: the OK button is always on the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QShowEvent

#: The notice leaves this much of the screen's available area free on each side (the window
#: system's frame and title bar).
SCREEN_MARGIN = 40
#: The widest the notice asks to be, in average characters of its font.
LINE_CHARACTERS = 72


class ProblemsNotice(QDialog):
    """`summary`, then `problems` one a line ("• ...") in a scrolling, selectable text area,
    then OK. Window-modal when opened with open(); text() is the list of problems as shown."""

    def __init__(
        self, title: str, summary: str, problems: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._text = "\n".join(f"\u2022 {problem}" for problem in problems)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(summary, self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QPlainTextEdit(self._text, self)
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(translate("ui.widgets.notice", "Problems"))
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.problems.setFocus()

    def text(self) -> str:
        """The problems, one a line, as the text area holds them."""
        return self._text

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide enough for a line of LINE_CHARACTERS, tall enough for every problem: both no
        larger than the screen allows. Where the screen is not tall enough, wider (up to its
        width), so that fewer lines need scrolling (large text)."""
        metrics = QFontMetrics(self.problems.font())
        room = self.screen_room()
        width = metrics.averageCharWidth() * LINE_CHARACTERS
        hint = self._hint_at(metrics, width)
        while hint.height() > room.height() and width < room.width():
            width = min(room.width(), width * 5 // 4)
            hint = self._hint_at(metrics, width)
        return hint.boundedTo(room)

    def _hint_at(self, metrics: QFontMetrics, width: int) -> QSize:
        lines = max(3, self._wrapped_lines(metrics, width))
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        extra = 0 if margins is None else margins.top() + margins.bottom()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        height = (
            max(icon, self.summary.heightForWidth(width - icon))  # the icon beside the summary
            + metrics.lineSpacing() * (lines + 1)
            + self._text_frame()
            + self.buttons.sizeHint().height()
            + extra
            + 4 * self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        )
        return QSize(width, height)

    def _wrapped_lines(self, metrics: QFontMetrics, width: int) -> int:
        """How many lines the problems take in a text area `width` wide, each wrapped at
        words as the area wraps it (a problem is often two or three lines, not one)."""
        layout = self.layout()
        sides = layout.contentsMargins() if layout is not None else None
        inside = (
            width
            - (0 if sides is None else sides.left() + sides.right())
            - self._text_frame()
            - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        room = QRect(0, 0, max(40, inside), 1_000_000)
        flags = int(Qt.TextFlag.TextWordWrap.value)
        return sum(
            max(1, -(-metrics.boundingRect(room, flags, line).height() // metrics.lineSpacing()))
            for line in self._text.split("\n")
        )

    def _text_frame(self) -> int:
        """What the text area takes around its lines, across or down: its frame and its
        document's margin on both sides."""
        return 2 * self.problems.frameWidth() + 2 * round(self.problems.document().documentMargin())

    def screen_room(self) -> QSize:
        """The available area of the screen the notice opens on (its parent's), less a margin
        for the window system's frame."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else None
        if screen is None:
            screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(16777215, 16777215)
        area = screen.availableGeometry()
        return QSize(
            max(200, area.width() - 2 * SCREEN_MARGIN), max(200, area.height() - 2 * SCREEN_MARGIN)
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Sized to its hint when shown (the text size may have changed since it was made), and
        never larger than the screen's room."""
        room = self.screen_room()
        self.setMaximumSize(room)
        self.resize(self.sizeHint().boundedTo(room))
        super().showEvent(event)


def tell_problems(
    parent: QWidget, title: str, summary: str, problems: Sequence[str]
) -> ProblemsNotice:
    """Open a ProblemsNotice window-modal, without waiting for it; deleted once closed."""
    notice = ProblemsNotice(title, summary, problems, parent)
    notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    notice.open()
    return notice
