"""Contrast measured from pixels as drawn: the two commonest colours in a region of a grabbed
picture (the ground, then the text's solid strokes) and their WCAG ratio."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from ankle_coach.ui.theme import contrast_ratio


def drawn_colours(image: QImage, region: QRect) -> tuple[QColor, QColor]:
    """The commonest colour in `region` (the ground) and the next (the text): antialiased
    edges are spread over many shades, each rarer than a large text's solid strokes."""
    counts: Counter[int] = Counter()
    area = region.intersected(image.rect())
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    (ground, _), (ink, _) = counts.most_common(2)
    return QColor(ground), QColor(ink)


def drawn_contrast(window: QWidget, widget: QWidget, region: QRect | None = None) -> float:
    """The contrast of what `window` draws in `region` of `widget` (all of it by default)."""
    image = window.grab().toImage()
    scale = image.devicePixelRatio()
    local = region if region is not None else widget.rect()
    top_left = widget.mapTo(window, local.topLeft())
    box = QRect(
        round(top_left.x() * scale),
        round(top_left.y() * scale),
        round(local.width() * scale),
        round(local.height() * scale),
    )
    ground, ink = drawn_colours(image, box)
    return contrast_ratio(ink, ground)
