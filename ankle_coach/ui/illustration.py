"""Exercise illustrations: finding a routine's image safely, and drawing it (mirrored if asked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from ankle_coach.core.paths import assets_dir
from ankle_coach.core.routine import is_safe_relative_path

#: Larger files are not drawn: an image is a small line drawing, not a photo archive.
MAX_IMAGE_BYTES = 2 * 1024 * 1024


def illustrations_dir() -> Path:
    return assets_dir() / "illustrations"


def find_image(name: str, routine_folder: Path | None) -> Path | None:
    """The file for an exercise's `image`: a path inside the routine's own folder, else a
    built-in illustration of that name. None when there is none, or it would leave the folder."""
    if not name or not is_safe_relative_path(name):
        return None
    if routine_folder is not None:
        folder = routine_folder.resolve()
        candidate = (folder / name).resolve()
        if candidate.is_relative_to(folder) and candidate.is_file():
            return candidate
    builtin = illustrations_dir() / name
    return builtin if "/" not in name and builtin.is_file() else None


class Illustration(QWidget):
    """Draws an SVG (or a PNG/JPEG) keeping its proportions, on a light card so the line
    drawings read on any theme; `mirrored` flips it for the other side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._image_path: Path | None = None
        self._mirrored = False
        self._card = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(120, 90))

    def set_image(self, path: Path | None, *, mirrored: bool = False) -> None:
        if path != self._image_path:
            self._image_path = path
            if self._renderer is not None:
                # a child of this widget: kept, it would live as long as the session view does
                self._renderer.deleteLater()
            self._renderer = None
            if path is not None and path.suffix.lower() == ".svg":
                try:
                    small = path.stat().st_size <= MAX_IMAGE_BYTES
                except OSError:
                    small = False
                renderer = QSvgRenderer(str(path), self) if small else None
                if renderer is not None and not renderer.isValid():
                    renderer.deleteLater()  # nor may one that cannot draw
                    renderer = None
                self._renderer = renderer
        self._mirrored = mirrored
        self.setAccessibleDescription("" if path is None else path.stem.replace("-", " "))
        self.update()

    def set_card(self, card: bool) -> None:
        self._card = card
        self.update()

    @property
    def has_image(self) -> bool:
        return self._renderer is not None

    @property
    def image_path(self) -> Path | None:
        """The file shown (or asked for, when it could not be drawn)."""
        return self._image_path

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(400, 300)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return width * 3 // 4

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        size = self._renderer.defaultSize() if self._renderer is not None else None
        ratio = size.width() / size.height() if size and size.height() > 0 else 4 / 3
        width = min(area.width(), area.height() * ratio)
        card = QRectF(0, 0, width, width / ratio)
        card.moveCenter(area.center())  # the card hugs the picture, whatever the widget's shape
        if self._card:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(card, 12, 12)
        if self._renderer is None:
            painter.setPen(
                QColor("#6c757d")
                if self._card
                else self.palette().color(QPalette.ColorRole.PlaceholderText)
            )
            painter.drawText(card, Qt.AlignmentFlag.AlignCenter, "No illustration")
            return
        target = card.adjusted(8, 8, -8, -8)
        if self._mirrored:
            painter.translate(target.center().x() * 2, 0)
            painter.scale(-1, 1)
        self._renderer.render(painter, target)
