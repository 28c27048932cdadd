"""The History page's building blocks: headings, the number cards, the charts' titles and
their text boxes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.ui.theme import HEADING_SCALES, set_type_scale
from ankle_coach.ui.widgets.text import plain_label

#: The numbers on the summary cards, relative to body text (larger than every heading).
TILE_SCALE = 1.6


def sample_days() -> list[date]:
    """A week of each month: the widest date the list's When column may hold (two digits of
    the day, each weekday's and month's name)."""
    return [date(2026, month, day) for month in range(1, 13) for day in range(21, 28)]


def heading(text: str) -> QLabel:
    label = plain_label(text)
    set_type_scale(label, HEADING_SCALES[3], bold=True)  # follows the text size
    return label


def tile(key: str, words: str) -> tuple[QFrame, QLabel]:
    """A number over its caption, on a card."""
    card = QFrame()
    card.setObjectName("tile")
    # Its frame is drawn by the style, in the boundary colour: the card's ground alone is
    # 1.2:1 on the high-contrast window.
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setStyleSheet("QFrame#tile { background: palette(alternate-base); }")
    card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    number = plain_label("0", name=f"tile-{key}")
    set_type_scale(number, TILE_SCALE, bold=True)  # follows the text size
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 8, 18, 10)
    layout.setSpacing(0)
    layout.addWidget(number)
    layout.addWidget(small(words))
    return card, number


def small(text: str) -> QLabel:
    label = plain_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def titled(title: str, widget: QWidget, *, note: str = "") -> QVBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(heading(title))
    if note:
        # it wraps: a long note (Spanish, German) must not widen its chart's half of the page
        words = small(note)
        words.setWordWrap(True)
        words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(words, 1, Qt.AlignmentFlag.AlignBaseline)
    row.addStretch(1)
    layout = QVBoxLayout()
    layout.setSpacing(4)
    layout.addLayout(row)
    layout.addWidget(widget, 1)
    return layout


def text_box(name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setReadOnly(True)
    box.setAccessibleName(accessible)
    box.setMinimumHeight(200)
    return box
