"""The plain-text label: text that may come from a routine file is never rich text, and a
wrapping one (RoutineText) never widens the window, however long its longest word."""

from __future__ import annotations

from typing import Literal, TypedDict, Unpack, overload

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ankle_coach.core.textfit import BREAK, ELLIPSIS, breakable, fitted, wrapped

#: Before a RoutineText is shown, runs longer than this are given break points.
UNLAID_RUN = 30
#: A RoutineText asks for no more width than this, whatever its longest word.
SMALLEST_TEXT_WIDTH = 60
#: A tooltip holding a cut text has lines of at most this many characters.
TOOLTIP_CHARACTERS = 80


#: How a plain label wraps: not at all (False), as a RoutineText that breaks any word too wide
#: for it (True: text from a routine file), or only between words as QLabel does ("spaces": the
#: app's own wording, and text to be copied whole, which invisible break points would spoil).
Wrap = bool | Literal["spaces"]


class LabelOptions(TypedDict, total=False):
    """The rest of plain_label's options, whatever it wraps."""

    name: str
    selectable: bool
    parent: QWidget | None


@overload
def plain_label(
    text: str = "", *, wrap: Literal[True], **options: Unpack[LabelOptions]
) -> RoutineText: ...
@overload
def plain_label(
    text: str = "", *, wrap: Wrap = False, **options: Unpack[LabelOptions]
) -> QLabel: ...


def plain_label(
    text: str = "",
    *,
    wrap: Wrap = False,
    name: str = "",
    selectable: bool = False,
    parent: QWidget | None = None,
) -> QLabel:
    """A label that shows its text as written, never as rich text. `wrap` (see Wrap): True gives
    a RoutineText, whose longest word cannot widen the window. `selectable`: the text can be
    selected with the mouse and copied."""
    label = RoutineText(text, parent) if wrap is True else QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if wrap == "spaces":
        label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class RoutineText(QLabel):
    """A word-wrapped plain-text label that is never wider than the room it is given.

    A QLabel wraps only between words, so a word wider than the label (an 80-character name
    without a space, say) would set its minimum width and push the window past the screen. This
    one shows its text with invisible break points in any run of characters wider than the
    label (textfit.fitted), recomputed as it is resized, and does not ask for a width of its
    own (QSizePolicy.Ignored). `full_text()` is the text as given; `text()` is what is shown.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines: int | None = None
        self._fit: tuple[str, int, str, int | None] | None = None  # what the shown text fits
        self._auto_name = ""  # the accessible name this label set itself (see _refit)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def set_max_lines(self, lines: int | None) -> None:
        """Show at most this many lines, the last ending in an ellipsis when the text is longer;
        the tooltip then holds all of it. None: as many lines as the text takes."""
        if lines != self._max_lines:
            self._max_lines = lines
            self._refit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self._refit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), SMALLEST_TEXT_WIDTH), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._refit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        # Until it is shown a label's width says nothing: break only what no line could hold.
        room = self.contentsRect().width() - 2 * max(0, self.margin()) - 2
        laid_out = self.isVisible() and room > 0
        # The session view sets its texts at every tick: refit only when something changed.
        fit = (self._full, room if laid_out else 0, self.font().key(), self._max_lines)
        if fit == self._fit:
            return
        self._fit = fit
        cut = False
        if not laid_out:
            shown = breakable(self._full, UNLAID_RUN)
        else:
            metrics = QFontMetrics(self.font())
            shown = fitted(self._full, lambda piece: metrics.horizontalAdvance(piece) <= room)
            if self._max_lines is not None:
                shown, cut = self._first_lines(shown, room, self._max_lines)
        if shown != super().text():
            super().setText(shown)
            self._name_without_breaks(shown)
        # A cut text is all in the tooltip, in lines (Qt does not wrap a plain-text tooltip).
        whole = wrapped(self._full, TOOLTIP_CHARACTERS) if cut else ""
        if whole != self.toolTip():
            self.setToolTip(whole)
            self.setAccessibleDescription(self._full if cut else "")

    def _name_without_breaks(self, shown: str) -> None:
        """A screen reader is given the words without the invisible break points (which some
        read out, or use to cut a word in two): the accessible name is set while the text shown
        holds any, and left to Qt (the text) otherwise. A name set by someone else stays."""
        name = self.accessibleName()
        if name and name != self._auto_name:
            return
        wanted = shown.replace(BREAK, "") if BREAK in shown else ""
        if wanted != name:
            self.setAccessibleName(wanted)
        self._auto_name = wanted

    def _first_lines(self, text: str, room: int, most: int) -> tuple[str, bool]:
        """`text` as wrapped in `room` pixels, cut to `most` lines with an ellipsis; and whether
        it was cut. Lines are laid out as QLabel does (word wrap, a line break per newline)."""
        layout = QTextLayout(text.replace("\n", "\u2028"), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        starts: list[int] = []  # where each line starts, in UTF-16 code units as Qt counts
        layout.beginLayout()
        while len(starts) <= most:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(room)
            starts.append(line.textStart())
        layout.endLayout()
        if len(starts) <= most:
            return text, False
        units = text.encode("utf-16-le")

        def part(start: int, end: int | None = None) -> str:
            stop = None if end is None else 2 * end
            return units[2 * start : stop].decode("utf-16-le", errors="ignore").rstrip()

        lines = [part(start, end) for start, end in zip(starts, starts[1:most], strict=False)]
        rest = " ".join(part(starts[most - 1]).split())
        metrics = QFontMetrics(self.font())
        lines.append(metrics.elidedText(rest + ELLIPSIS, Qt.TextElideMode.ElideRight, room))
        return "\n".join(lines), True
