"""Colours and type: the app's palettes (light, dark, high contrast) and the phase colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

THEMES = ("system", "light", "dark", "high-contrast")


@dataclass(frozen=True)
class PhaseColours:
    """Each kind of segment has its own colour, so a glance from the floor tells which it is."""

    strong: str  # the countdown and the phase label
    tint: str  # the session view's background


_LIGHT_PHASES = {
    "get-ready": PhaseColours("#b35c00", "#fff4e0"),
    "work": PhaseColours("#1b7a34", "#e6f6ea"),
    "rest": PhaseColours("#1864ab", "#e7f1fb"),
    "switch": PhaseColours("#7b2f99", "#f5ebfa"),
    "manual": PhaseColours("#0b7285", "#e3f6f8"),
    "done": PhaseColours("#343a40", "#f1f3f5"),
}
_DARK_PHASES = {
    "get-ready": PhaseColours("#ffb84d", "#3a2a12"),
    "work": PhaseColours("#69db7c", "#15301c"),
    "rest": PhaseColours("#74c0fc", "#122436"),
    "switch": PhaseColours("#e599f7", "#2c1836"),
    "manual": PhaseColours("#66d9e8", "#11292e"),
    "done": PhaseColours("#dee2e6", "#212529"),
}
# High contrast: black ground, saturated bright text; the hue still says the phase.
_CONTRAST_PHASES = {
    "get-ready": PhaseColours("#ffd43b", "#000000"),
    "work": PhaseColours("#8ce99a", "#000000"),
    "rest": PhaseColours("#a5d8ff", "#000000"),
    "switch": PhaseColours("#f3a6ff", "#000000"),
    "manual": PhaseColours("#99e9f2", "#000000"),
    "done": PhaseColours("#ffffff", "#000000"),
}


def is_dark(theme: str) -> bool:
    if theme == "system":
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme() if hints is not None else None
        return scheme == scheme.Dark if scheme is not None else False
    return theme in ("dark", "high-contrast")


def phase_colours(kind: str, theme: str) -> PhaseColours:
    if theme == "high-contrast":
        table = _CONTRAST_PHASES
    else:
        table = _DARK_PHASES if is_dark(theme) else _LIGHT_PHASES
    return table.get(kind, table["done"])


def palette_for(theme: str) -> QPalette | None:
    """The palette of a theme; None for "system" (keep the platform's)."""
    if theme == "system":
        return None
    roles = QPalette.ColorRole
    if theme == "light":
        colours = {
            roles.Window: "#f8f9fa",
            roles.WindowText: "#1f2933",
            roles.Base: "#ffffff",
            roles.AlternateBase: "#f1f3f5",
            roles.Text: "#1f2933",
            roles.Button: "#e9ecef",
            roles.ButtonText: "#1f2933",
            roles.Highlight: "#0b7285",
            roles.HighlightedText: "#ffffff",
            roles.ToolTipBase: "#ffffff",
            roles.ToolTipText: "#1f2933",
            roles.PlaceholderText: "#6c757d",
            roles.Link: "#0b7285",
        }
    elif theme == "dark":
        colours = {
            roles.Window: "#1f2328",
            roles.WindowText: "#e9ecef",
            roles.Base: "#16191d",
            roles.AlternateBase: "#24292f",
            roles.Text: "#e9ecef",
            roles.Button: "#2b3137",
            roles.ButtonText: "#e9ecef",
            roles.Highlight: "#3bc9db",
            roles.HighlightedText: "#0b1215",
            roles.ToolTipBase: "#2b3137",
            roles.ToolTipText: "#e9ecef",
            roles.PlaceholderText: "#9aa4ad",
            roles.Link: "#66d9e8",
        }
    else:  # high contrast
        colours = {
            roles.Window: "#000000",
            roles.WindowText: "#ffffff",
            roles.Base: "#000000",
            roles.AlternateBase: "#1a1a1a",
            roles.Text: "#ffffff",
            roles.Button: "#000000",
            roles.ButtonText: "#ffffff",
            roles.Highlight: "#ffd43b",
            roles.HighlightedText: "#000000",
            roles.ToolTipBase: "#000000",
            roles.ToolTipText: "#ffffff",
            roles.PlaceholderText: "#cccccc",
            roles.Link: "#ffd43b",
        }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#868e96"))
    return palette


class ClearIndicators(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined in the text colour.

    Fusion outlines them in the window colour made darker: on a dark or black window that is
    about 1.1:1, so an unticked warning sign in the check-in was all but invisible. The outline
    in the palette's text colour stands at 4.5:1 or more against the box in every theme (WCAG
    asks 3:1 of a control's outline); tests/gui/ui/test_theme.py measures it from the pixels."""

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        kinds = (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        )
        if element not in kinds:
            return
        palette = option.palette
        pen = QPen(palette.color(QPalette.ColorRole.Text), 1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.75, 0.75, -0.75, -0.75)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def apply_theme(app: QApplication, theme: str, text_size: float, base_font: QFont) -> None:
    """Set the palette and the text size for the whole app."""
    if not isinstance(app.style(), ClearIndicators):
        # one look on every platform, with a clearly visible focus frame
        app.setStyle(ClearIndicators("Fusion"))
    palette = palette_for(theme)
    app.setPalette(palette if palette is not None else app.style().standardPalette())
    font = QFont(base_font)
    size = base_font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * text_size)
    else:
        font.setPixelSize(max(8, round(base_font.pixelSize() * text_size)))
    app.setFont(font)
    # Fusion draws focus with the highlight colour; make it unmistakable on buttons too.
    highlight = (palette or app.palette()).color(QPalette.ColorRole.Highlight).name()
    app.setStyleSheet(
        f"QPushButton:focus, QToolButton:focus {{ outline: none; border: 2px solid {highlight}; "
        "border-radius: 4px; }"
    )
