"""Themes as seen: every check box and radio button is outlined clearly in every theme (WCAG
non-text contrast, 3:1), measured from the rendered pixels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ankle_coach.ui.theme import THEMES, apply_theme


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def app_theme() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = app.palette(), app.font()
    yield
    app.setPalette(palette)
    app.setFont(font)


def outline_contrast(image: QImage, left: int, top: int, size: int) -> tuple[float, float]:
    """(outline against the window around it, outline against the box's own fill)."""
    outside = image.pixelColor(left - 2, top + size // 2)
    inside = image.pixelColor(left + size // 2, top + size // 2)
    ring = [image.pixelColor(left + 1, top + y) for y in range(2, size - 2)]
    ring += [image.pixelColor(left + x, top + 1) for x in range(2, size - 2)]
    best = max(ring, key=lambda c: min(contrast(c, outside), contrast(c, inside)))
    return contrast(best, outside), contrast(best, inside)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_unticked_indicators_stand_out_in_every_theme(
    qtbot: QtBot, app_theme: None, theme: str, kind: type[QCheckBox] | type[QRadioButton]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 1.0, app.font())
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(20, 20, 20, 20)
    box = kind("Swelling")
    layout.addWidget(box)
    holder.resize(240, 80)
    holder.show()
    qtbot.waitExposed(holder)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if kind is QCheckBox
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    rect = box.style().subElementRect(element, option, box)
    image = holder.grab().toImage()
    origin = box.mapTo(holder, rect.topLeft())
    size = min(rect.width(), rect.height())
    if kind is QRadioButton:  # a circle: measure across its left edge at mid height
        middle = origin.y() + size // 2
        row = [image.pixelColor(origin.x() + x, middle) for x in range(0, size // 2)]
        outside = image.pixelColor(origin.x() - 2, middle)
        inside = image.pixelColor(origin.x() + size // 2, middle)
        best = max(row, key=lambda c: min(contrast(c, outside), contrast(c, inside)))
        against_window, against_fill = contrast(best, outside), contrast(best, inside)
    else:
        against_window, against_fill = outline_contrast(image, origin.x(), origin.y(), size)
    assert against_window >= 3.0, (theme, against_window)
    assert against_fill >= 3.0, (theme, against_fill)
