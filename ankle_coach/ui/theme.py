"""Colours and type: the app's palettes (light, dark, high contrast), the phase colours, the
contrast every text keeps (WCAG), and type sizes that follow the text-size setting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

THEMES = ("system", "light", "dark", "high-contrast")

#: WCAG 2 asks this contrast of body text (level AA); every text in every theme keeps it.
TEXT_CONTRAST: Final = 4.5
#: WCAG 2.1 asks this contrast of the boundary a user needs to see a control or a card by
#: (non-text contrast, 1.4.11): frames, fields, buttons, the scroll bar's handle.
BOUNDARY_CONTRAST: Final = 3.0
#: The high-contrast theme's boundaries stand out more than the least WCAG asks.
STRONG_BOUNDARY_CONTRAST: Final = 7.0

#: Type sizes relative to the app font (which the text-size setting scales): a heading of level
#: 1 is the largest; every heading is larger than body text (1.0), a note a little smaller.
HEADING_SCALES: Final = {1: 1.45, 2: 1.25, 3: 1.1}
NOTE_SCALE: Final = 0.92


@dataclass(frozen=True)
class PhaseColours:
    """Each kind of segment has its own colour, so a glance from the floor tells which it is."""

    strong: str  # the countdown and the phase label
    tint: str  # the session view's background


_LIGHT_PHASES = {
    "get-ready": PhaseColours("#a35300", "#fff4e0"),
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
            roles.PlaceholderText: "#596067",  # notes: >= 4.5:1 on every ground, buttons too
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


# -- contrast ----------------------------------------------------------------------------------


def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2's relative luminance of an opaque colour, from 0 (black) to 1 (white)."""
    colour = QColor(colour)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(background: QColor | str) -> QColor:
    """Black or white, whichever stands out more on `background` (4.58:1 at the least)."""
    white, black = QColor("#ffffff"), QColor("#000000")
    return (
        white if contrast_ratio(white, background) >= contrast_ratio(black, background) else black
    )


#: The grounds text is drawn on: the window, fields and lists, the ice box and cards, buttons.
TEXT_GROUNDS: Final = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.Button,
)


def readable_note_colour(
    text: QColor, grounds: Iterable[QColor], least: float = TEXT_CONTRAST
) -> QColor:
    """The softest shade between `text` and the first ground that still reads at `least` on
    all `grounds`: notes look quieter than body text without going below 4.5:1."""
    grounds = list(grounds)
    toward = grounds[0]
    best = QColor(text)
    for step in range(1, 20):
        share = step / 20  # how far from the text colour towards the ground
        mixed = QColor.fromRgbF(
            text.redF() + (toward.redF() - text.redF()) * share,
            text.greenF() + (toward.greenF() - text.greenF()) * share,
            text.blueF() + (toward.blueF() - text.blueF()) * share,
        )
        if min(contrast_ratio(mixed, ground) for ground in grounds) < least + 0.1:
            break
        best = mixed
    return best


_boundaries: dict[int, QColor] = {}


def boundary_colour(palette: QPalette) -> QColor:
    """The colour of every boundary a user needs (card frames, fields, buttons, the scroll
    bar's handle): the softest shade of the text colour that stands at BOUNDARY_CONTRAST on
    every ground (STRONG_BOUNDARY_CONTRAST in a high-contrast palette, whose text is at 15:1
    or more). Fusion draws them in the window colour made darker: black on black in the
    high-contrast theme, about 2:1 in the light one."""
    key = palette.cacheKey()
    known = _boundaries.get(key)
    if known is not None:
        return QColor(known)
    grounds = [palette.color(role) for role in TEXT_GROUNDS]
    text = palette.color(QPalette.ColorRole.WindowText)
    strong = min(contrast_ratio(text, ground) for ground in grounds) >= 15
    least = STRONG_BOUNDARY_CONTRAST if strong else BOUNDARY_CONTRAST
    colour = readable_note_colour(text, grounds, least)
    if len(_boundaries) > 64:  # palettes come and go with themes: keep the cache small
        _boundaries.clear()
    _boundaries[key] = colour
    return QColor(colour)


def readable_palette(palette: QPalette) -> QPalette:
    """`palette` with every text at TEXT_CONTRAST or more: its PlaceholderText (the app's
    notes) on every ground, its HighlightedText on the Highlight. A platform palette often
    has notes at half the text's alpha (near 3:1), and white on a mid blue (Fusion: 3.7:1)."""
    palette = QPalette(palette)
    grounds = [palette.color(role) for role in TEXT_GROUNDS]
    note = palette.color(QPalette.ColorRole.PlaceholderText)
    if note.alpha() != 255 or any(contrast_ratio(note, g) < TEXT_CONTRAST for g in grounds):
        text = palette.color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.PlaceholderText, readable_note_colour(text, grounds))
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if contrast_ratio(palette.color(QPalette.ColorRole.HighlightedText), highlight) < TEXT_CONTRAST:
        palette.setColor(QPalette.ColorRole.HighlightedText, readable_on(highlight))
    return palette


# -- type that follows the text size -------------------------------------------------------------


def scaled_font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    """`base` at `scale` times its size (points or pixels, whichever it is set in)."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(max(1.0, base.pointSizeF() * scale))
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * scale)))
    font.setBold(bold)
    return font


class _TypeFollower(QObject):
    """Gives each widget set_type_scale was called on its scaled app font again whenever the
    app font changes (the text-size setting, Restore defaults) or a style sheet polishes it.

    A widget given its own font keeps it when the app font changes, so a heading sized once
    stayed at its first size: smaller than body text at 200 %, huge after Restore defaults."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QWidget) and event.type() in (
            QEvent.Type.ApplicationFontChange,
            QEvent.Type.Polish,
            QEvent.Type.StyleChange,
        ):
            _apply_type(watched)
        return False


_follower: _TypeFollower | None = None


def set_type_scale(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Show `widget`'s text at `scale` times the app font, now and whenever the text size
    changes. HEADING_SCALES and NOTE_SCALE give the app's steps."""
    global _follower
    if _follower is None:
        _follower = _TypeFollower(QApplication.instance())
    widget.setProperty("typeScale", float(scale))
    widget.setProperty("typeBold", bool(bold))
    widget.removeEventFilter(_follower)
    widget.installEventFilter(_follower)
    _apply_type(widget)


def type_scale(widget: QWidget) -> float:
    """The scale set_type_scale gave `widget`; 1.0 for body text."""
    scale = widget.property("typeScale")
    return float(scale) if isinstance(scale, float) else 1.0


def refresh_type(widget: QWidget) -> None:
    """Give `widget` its type again (set_type_scale's size, or what its fit_type makes of it):
    for a widget whose type depends on its width, when it is resized."""
    _apply_type(widget)


def _apply_type(widget: QWidget) -> None:
    scale = widget.property("typeScale")
    if not isinstance(scale, float):
        return
    font = scaled_font(QApplication.font(), scale, bold=bool(widget.property("typeBold")))
    # A widget may fit its type to its room (a heading whose longest word is too wide).
    fit = getattr(widget, "fit_type", None)
    if callable(fit):
        fitted = fit(font)
        if isinstance(fitted, QFont):
            font = fitted
    if widget.font() != font:
        widget.setFont(font)


#: What ClearIndicators outlines in the boundary colour (unless it has the focus, whose
#: highlight frame shows instead), with the corner's radius: frames of cards and lists, menus
#: and tooltips (popups without a window frame: black on black in high contrast), fields,
#: buttons, group boxes.
_OUTLINED: Final = {
    QStyle.PrimitiveElement.PE_Frame: 0.0,
    QStyle.PrimitiveElement.PE_FrameMenu: 0.0,
    QStyle.PrimitiveElement.PE_PanelMenu: 0.0,  # Fusion draws a menu's edge with its panel
    QStyle.PrimitiveElement.PE_PanelTipLabel: 0.0,
    QStyle.PrimitiveElement.PE_FrameLineEdit: 2.0,
    QStyle.PrimitiveElement.PE_PanelButtonCommand: 2.0,
    QStyle.PrimitiveElement.PE_FrameGroupBox: 2.0,
}


#: The sizes of check boxes and radio buttons, which follow the text size.
_INDICATOR_METRICS: Final = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)


def scaled_indicator(base: int, font: QFont | None, style: ClearIndicators) -> int:
    """Fusion's indicator size `base` grown as `font`'s line (the app font's when None) is
    taller than the reference font's: 13 px at 100 %, 26 px or so at 200 %; never smaller."""
    line = QFontMetrics(font if font is not None else QApplication.font()).height()
    return max(base, round(base * line / style.reference_height))


class ClearIndicators(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined in the text colour, and every
    boundary a user needs (frames, fields, buttons, the scroll bar's handle) in
    boundary_colour (WCAG non-text contrast, 3:1 or more on every ground).

    Fusion outlines them in the window colour made darker: on a dark or black window that is
    about 1.1:1, so an unticked warning sign in the check-in was all but invisible. The outline
    in the palette's text colour stands at 4.5:1 or more against the box in every theme (WCAG
    asks 3:1 of a control's outline); tests/gui/ui/test_theme.py measures it from the pixels.

    Check boxes and radio buttons grow with the text: Fusion's are 13 px at every text size,
    a speck beside 200 % text."""

    #: The line height of the font the text size is measured from (apply_theme sets it).
    reference_height: int = 0

    def pixelMetric(  # noqa: N802 - Qt's name
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric not in _INDICATOR_METRICS or self.reference_height <= 0:
            return base
        return scaled_indicator(base, widget.font() if widget is not None else None, self)

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radius = _OUTLINED.get(element)
        if radius is not None:
            focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
            if radius == 0 or not focused:
                _outline(painter, option.rect, boundary_colour(option.palette), radius)
            return
        kinds = (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        )
        if element not in kinds:
            return
        palette = option.palette
        # the outline thickens with the box as the text size grows
        pen = QPen(palette.color(QPalette.ColorRole.Text), max(1.5, option.rect.height() / 9))
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

    def drawControl(  # noqa: N802 - Qt's name
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ProgressBarGroove:
            # the track shows how far there is to go: black on black in high contrast
            _outline(painter, option.rect, boundary_colour(option.palette), 2.0)

    def drawComplexControl(  # noqa: N802 - Qt's name
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and not (
            option.state & QStyle.StateFlag.State_HasFocus
        ):
            # Fusion's spin box edge is the window colour made darker: none in high contrast
            _outline(painter, option.rect, boundary_colour(option.palette), 2.0)
            return
        if control != QStyle.ComplexControl.CC_ScrollBar:
            return
        # Fusion's handle is the button colour on a groove of nearly the same: none in the
        # high-contrast theme. A solid handle in the boundary colour; the text colour while
        # it is pointed at or dragged.
        slider = QStyle.SubControl.SC_ScrollBarSlider
        handle = self.subControlRect(control, option, slider, widget)  # type: ignore[arg-type]
        if handle.width() <= 0 or handle.height() <= 0:
            return
        palette = option.palette
        active = bool(option.activeSubControls & QStyle.SubControl.SC_ScrollBarSlider) and bool(
            option.state & (QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Sunken)
        )
        colour = (
            palette.color(QPalette.ColorRole.WindowText) if active else boundary_colour(palette)
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(handle).adjusted(2, 2, -2, -2), 3, 3)
        painter.restore()


def _outline(painter: QPainter, rect: QRect, colour: QColor, radius: float) -> None:
    """A one-pixel line along the inside of `rect`: square, or rounded by `radius`."""
    painter.save()
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if radius > 0:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    else:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.restore()


_style: ClearIndicators | None = None


def apply_theme(app: QApplication, theme: str, text_size: float, base_font: QFont) -> None:
    """Set the palette and the text size for the whole app."""
    global _style
    if _style is None:
        # One look on every platform, with a clearly visible focus frame. Kept here: once the
        # app has a style sheet, app.style() is Qt's style sheet style wrapped around it.
        _style = ClearIndicators("Fusion")
        app.setStyle(_style)
    palette = palette_for(theme)
    app.setPalette(readable_palette(palette or app.style().standardPalette()))
    font = QFont(base_font)
    size = base_font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * text_size)
    else:
        font.setPixelSize(max(8, round(base_font.pixelSize() * text_size)))
    _style.reference_height = QFontMetrics(base_font).height()
    app.setFont(font)
    # Fusion draws focus with the highlight colour; make it unmistakable on buttons too.
    highlight = (palette or app.palette()).color(QPalette.ColorRole.Highlight).name()
    app.setStyleSheet(
        f"QPushButton:focus, QToolButton:focus {{ outline: none; border: 2px solid {highlight}; "
        "border-radius: 4px; }"
    )
