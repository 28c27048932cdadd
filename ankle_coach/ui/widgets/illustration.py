"""Exercise illustrations: a checked picture (core/images.py), rendered off the GUI thread once
per size, and drawn from that image on every paint, mirrored if asked.

A picture is untrusted wherever it comes from. `Picture.load` reads it through the same checks as
an import (size, kind, outside references, degenerate sizes, drawing cost), so the SVG renderer
never sees a picture that is unbounded, and a raster picture's size is read from its header
before it is decoded. Bounded is not cheap (a stroke crossing itself at each of its 3,000
corners takes seconds to draw), so the widget never renders on the GUI thread: one background
thread renders the picture into a QImage the size it is drawn at, and a paint only copies that
image (the card stays empty until the first one arrives; after a resize the old image is drawn
scaled until the new one does).
"""

from __future__ import annotations

import atexit
import itertools
import math
import os
import queue
import shutil
import tempfile
import threading
import time
import weakref
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Final

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLocale,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ankle_coach.core.images import (
    MAX_ASPECT,
    MAX_IMAGE_PIXELS,
    ImageError,
    find_image,
    raster_size,
    read_image,
)
from ankle_coach.core.savefile import write_atomically
from ankle_coach.core.svg_proportions import svg_proportions, with_size
from ankle_coach.ui.i18n import current, translate
from ankle_coach.ui.widgets.roles import set_image as set_accessible_image

# ImageError and find_image are re-exported for ui/handout/sheet.py until it takes them from
# core.images; everything else about finding and checking pictures is core.images' alone.
__all__ = [
    "Illustration",
    "ImageError",
    "Picture",
    "find_image",
    "load_picture",
]

#: The white card's margin around a picture, in pixels (less on a very low card).
CARD_MARGIN: Final = 8.0
#: How wide (or high, if higher) an SVG under a pixel in size is made to draw it (Picture.load).
PIXELS_ACROSS: Final = 1000.0
#: A picture is rendered at most this many pixels large (1155 x 866); a bigger widget draws it
#: scaled up. Rendering time grows with the pixels.
MAX_RENDER_PIXELS: Final = 1_000_000
#: An SVG is rendered at growing sizes, each twice as wide as the one before, from about
#: SMALLEST_RENDER pixels wide up to the size it is drawn at; it stops growing where the next
#: size would likely take the renders over RENDER_BUDGET_SECONDS of the render thread's time,
#: and the largest render made is drawn scaled up. A size twice as wide has taken 3 to 5 times
#: as long for a stroke crossing itself hundreds of times (faster than the pixels), and up to
#: 10 times where thin lines cross one pixel's width: RENDER_GROWTH allows for most of that.
#: So a picture the limits of core/images.py accept but that would take seconds at full size
#: (a long stroke crossing itself thousands of times) is shown, a little soft, within the
#: budget, and a built-in one (25 ms at 1200 x 900) is rendered at full size.
SMALLEST_RENDER: Final = 64
RENDER_BUDGET_SECONDS: Final = 0.12
RENDER_GROWTH: Final = 8.0
#: How long the app waits at exit for a render under way (it cannot be stopped).
EXIT_WAIT_SECONDS: Final = 15.0
#: Pictures rendered at once, each on its own thread. One is enough now that a render keeps
#: to RENDER_BUDGET_SECONDS (a second thread's memory arena cost 0.5 MiB of the session's).
RENDER_THREADS: Final = 1
#: How long after a resize the picture is rendered again at the new size.
RERENDER_MS: Final = 120
#: Pictures loaded lately, by file and its stat: the overview and the session view share them.
_LOADED: OrderedDict[tuple[str, int, int, int], Picture] = OrderedDict()
_LOADED_MAX: Final = 16


class Picture:
    """A checked picture, ready to draw: its bytes (an SVG, or a PNG/JPEG whose header gave its
    size), and its width divided by its height (always a finite number above 0).

    Drawing makes its own SVG renderer or decoded image, so any thread may draw a Picture.
    """

    def __init__(self, path: Path, data: bytes, ratio: float) -> None:
        self.path = path
        self.data = data
        self.ratio = ratio
        self.is_svg = path.suffix.lower() == ".svg"
        self._decoded: QImage | None = None
        self._failure: ImageError | None = None

    @classmethod
    def load(cls, path: Path) -> Picture:
        """Read and check `path`. Raises ImageError saying why it cannot be used."""
        data = read_image(path)
        if path.suffix.lower() == ".svg":
            # Qt's SVG image plugin reads it as the renders will (not QSvgRenderer: the QtSvg
            # module's Python classes would cost every session their memory, for the handout's
            # sake; issue 16). Its own size is in whole units: the viewBox's proportions first.
            found = _svg_size(path, data)
            ratio = svg_proportions(data) or _ratio(QSizeF(found))
            if ratio is not None and found.isEmpty():
                # Under a pixel in Qt's units (a 0.4 x 0.2 viewBox alone): its image plugin
                # would draw nothing. The same drawing, made a thousand pixels across.
                across = PIXELS_ACROSS if ratio >= 1 else PIXELS_ACROSS * ratio
                sized = with_size(data, across, across / ratio)
                if sized is None or _svg_size(path, sized).isEmpty():
                    raise ImageError(
                        path,
                        translate(
                            "ui.widgets.illustration",
                            "cannot be drawn: it is under a pixel in size; give its svg "
                            "element a width and a height",
                        ),
                    )
                data = sized
        else:
            size = raster_size(data)
            ratio = _ratio(QSizeF(*size)) if size is not None else None
        if ratio is None:
            raise ImageError(
                path,
                translate("ui.widgets.illustration", "has no width and height that can be drawn"),
            )
        return cls(path, data, ratio)

    def fit(self, box: QRectF) -> QRectF:
        """The largest rectangle of the picture's proportions centred in `box`."""
        width = max(0.0, min(box.width(), box.height() * self.ratio))
        target = QRectF(0, 0, width, width / self.ratio)
        target.moveCenter(box.center())
        return target

    def draw(self, painter: QPainter, box: QRectF) -> None:
        """Draw the picture into `box` keeping its proportions: as vectors for an SVG (the
        handout's PDF), scaled smoothly for a raster picture. Raises ImageError for a raster
        picture that cannot be decoded."""
        target = self.fit(box)
        if target.width() < 1 or target.height() < 1:
            return
        if self.is_svg:
            from PySide6.QtSvg import QSvgRenderer  # the handout's vectors only (see load)

            renderer = QSvgRenderer(QByteArray(self.data))
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            painter.save()
            # An SVG may draw outside its viewBox (a shape from -5000 to 99999): on paper it
            # would cover the page's text; the window's renders are cut to their image anyway.
            painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
            renderer.render(painter, target)
            painter.restore()
        else:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self.decoded())
            painter.restore()

    def decoded(self) -> QImage:
        """A raster picture decoded (once). Raises ImageError when it cannot be (the same error
        again, without decoding again: the handout and its check of what it left out ask)."""
        if self._failure is not None:
            raise self._failure
        if self._decoded is None:
            try:
                self._decoded = _decode(self.path, self.data)
            except ImageError as exc:
                self._failure = exc
                raise
        return self._decoded

    def fitted_size(self, size: QSize) -> QSize:
        """The size `render(size)` gives: the largest of the picture's proportions in `size`."""
        fitted = self.fit(QRectF(0, 0, size.width(), size.height())).size().toSize()
        return QSize(max(1, fitted.width()), max(1, fitted.height()))

    def render(self, size: QSize) -> QImage:
        """The picture as an image as large as fits in `size`, its proportions kept. Raises
        ImageError for a picture that cannot be decoded.

        QImageReader does the work (Qt's SVG image plugin for an SVG): PySide releases the
        Python lock for QImageReader.read, not for QSvgRenderer.render, so only this way does a
        render on another thread leave the GUI thread free.
        """
        fitted = self.fitted_size(size)
        if not self.is_svg:
            return _decode(self.path, self.data, fitted)
        image, spent, last = QImage(), 0.0, 0.0
        for step in _growing_sizes(fitted):
            if not image.isNull() and spent + last * RENDER_GROWTH > RENDER_BUDGET_SECONDS:
                break  # the next size would likely go over the budget: draw this one larger
            started = time.thread_time()
            image = _decode(self.path, self.data, step)
            last = time.thread_time() - started
            spent += last
        if image.size() != fitted:
            image = image.scaled(
                fitted,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return image


_COPIES_LOCK = threading.Lock()
_COPIES: dict[tuple[str, int], Path] = {}
_COPIES_FOLDER: Path | None = None


def _svg_size(path: Path, data: bytes) -> QSize:
    """An SVG's own size as Qt's image plugin reads it (whole units; empty under one).
    Raises ImageError when the plugin cannot read it."""
    reader = QImageReader(str(_private_copy(path, data)), b"svg")
    reader.setAutoDetectImageFormat(False)
    found = reader.size()
    if not found.isValid():
        raise ImageError(
            path,
            translate("ui.widgets.illustration", "cannot be drawn: Qt cannot read this SVG"),
        )
    return found


def _private_copy(path: Path, data: bytes) -> Path:
    """The checked bytes of `path` in a file of this process's own (mode 0600 in a 0700
    folder, removed at exit): what was checked is what Qt reads, even if `path` changes."""
    global _COPIES_FOLDER
    key = (str(path), zlib.crc32(data) ^ len(data) << 32)
    with _COPIES_LOCK:
        found = _COPIES.get(key)
        if found is not None and found.exists():
            return found
        if _COPIES_FOLDER is None:
            _COPIES_FOLDER = Path(tempfile.mkdtemp(prefix="ankle-coach-pictures-"))
            atexit.register(shutil.rmtree, _COPIES_FOLDER, True)
        copy = _COPIES_FOLDER / f"{len(_COPIES)}{path.suffix.lower()}"
        try:
            write_atomically(copy, data, private=True)
        except OSError as exc:
            raise ImageError(
                path,
                translate(
                    "ui.widgets.illustration", "cannot be drawn: no room for a copy ({reason})"
                ).format(reason=exc.strerror),
            ) from exc
        _COPIES[key] = copy
        return copy


def _growing_sizes(fitted: QSize) -> list[QSize]:
    """The sizes an SVG is rendered at, smallest first, each half as wide as the next, ending
    with `fitted` itself."""
    sizes = [fitted]
    while sizes[0].width() // 2 >= SMALLEST_RENDER and sizes[0].height() >= 2:
        half = sizes[0] / 2
        sizes.insert(0, QSize(max(1, half.width()), max(1, half.height())))
    return sizes


def load_picture(path: Path) -> Picture:
    """`Picture.load`, remembered for the same file unchanged. Raises ImageError."""
    try:
        info = os.stat(path)
    except OSError:
        return Picture.load(path)  # which says what is wrong with it
    except (RuntimeError, ValueError) as exc:
        raise ImageError(
            path,
            translate("ui.widgets.illustration", "cannot be read: it is not a usable file name"),
        ) from exc
    key = (str(path), info.st_mtime_ns, info.st_size, info.st_ino)
    picture = _LOADED.get(key)
    if picture is None:
        picture = Picture.load(path)
        _LOADED[key] = picture
        while len(_LOADED) > _LOADED_MAX:
            _LOADED.popitem(last=False)
    _LOADED.move_to_end(key)
    return picture


def _ratio(size: QSizeF) -> float | None:
    width, height = size.width(), size.height()
    if not (math.isfinite(width) and math.isfinite(height)) or width <= 0 or height <= 0:
        return None
    ratio = width / height
    return ratio if 1 / MAX_ASPECT <= ratio <= MAX_ASPECT else None


def _decode(path: Path, data: bytes, size: QSize | None = None) -> QImage:
    """A picture decoded (scaled to `size` while decoding, when given), its size read first:
    core/images.py checked the header too, this is Qt's own reading of it.

    Qt reads the checked bytes from a private copy on disk (`_private_copy`), through a file it
    opens itself: a QBuffer made in Python is a Python object whose every read asks for the
    Python lock, and QImageReader reads it while holding Qt's lock on its image plugins, so two
    render threads (or a render and the GUI loading an icon) could each wait for the other's
    lock for ever (seen in the test suite: every thread stopped, none on the CPU)."""
    kinds = {".svg": b"svg", ".png": b"png"}
    reader = QImageReader(str(_private_copy(path, data)), kinds.get(path.suffix.lower(), b"jpeg"))
    reader.setAutoDetectImageFormat(False)  # a .png is read as PNG or not at all
    if path.suffix.lower() != ".svg":
        found = reader.size()
        if not found.isValid() or found.width() <= 0 or found.height() <= 0:
            raise ImageError(
                path,
                translate("ui.widgets.illustration", "cannot be decoded: {reason}").format(
                    reason=_clause(reader.errorString())
                ),
            )
        if found.width() * found.height() > MAX_IMAGE_PIXELS:
            raise ImageError(
                path,
                translate(
                    "ui.widgets.illustration",
                    "is {width} x {height} pixels; an image may have at most {millions} million "
                    "pixels (4000 x 3000)",
                ).format(
                    width=_grouped(found.width()),
                    height=_grouped(found.height()),
                    millions=MAX_IMAGE_PIXELS // 1_000_000,
                ),
            )
    if size is not None:
        reader.setScaledSize(size)
    image = reader.read()
    if image.isNull():
        raise ImageError(
            path,
            translate("ui.widgets.illustration", "cannot be decoded: {reason}").format(
                reason=_clause(reader.errorString())
            ),
        )
    return image


def _clause(sentence: str) -> str:
    """Qt's sentence ("Unable to read image data") as it reads after a colon: its first letter
    in lower case, except in German, whose nouns keep theirs ("Die Bilddaten konnten nicht
    gelesen werden"), and for a word in capitals ("PNG")."""
    first = sentence.split(" ", 1)[0]
    if current() == "de" or first[1:2].isupper():
        return sentence
    return sentence[:1].lower() + sentence[1:]


def _grouped(number: int) -> str:
    """A number with the language's thousands separator ("100,000", "100.000")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale: as English writes it
        return f"{number:,}"
    return locale.toString(number)


class _RenderThread(QObject):
    """The background threads (RENDER_THREADS) that render pictures for every Illustration,
    newest request of each widget only; `done` brings each image back to the GUI thread. A
    render under way cannot be stopped, but keeps to RENDER_BUDGET_SECONDS, so one picture
    no longer shown does not hold up the next for long."""

    done = Signal(int, int, object, str)  # widget key, job, QImage or None, problem

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[tuple[int, int, Picture, QSize]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._wanted: dict[int, int] = {}  # widget key -> its newest job, until it is back
        self._widgets: weakref.WeakValueDictionary[int, Illustration] = (
            weakref.WeakValueDictionary()
        )
        self._threads: list[threading.Thread] = []
        self._rendering = 0
        self.done.connect(self._on_done)

    def request(self, widget: Illustration, picture: Picture, size: QSize) -> int:
        job = next(_JOB_NUMBERS)
        with self._lock:
            self._wanted[widget.key] = job
        self._widgets[widget.key] = widget
        self._jobs.put((widget.key, job, picture, size))
        self._threads = [thread for thread in self._threads if thread.is_alive()]
        if len(self._threads) < RENDER_THREADS:
            thread = threading.Thread(target=self._run, name="picture-render", daemon=True)
            thread.start()
            self._threads.append(thread)
        return job

    def forget(self, widget: Illustration) -> None:
        """The widget no longer wants what it asked for: its jobs still waiting are skipped."""
        with self._lock:
            self._wanted.pop(widget.key, None)

    def forget_all(self) -> None:
        with self._lock:
            self._wanted.clear()

    def is_idle(self) -> bool:
        """Nothing waiting, nothing being rendered (benchmarks wait for it between runs)."""
        with self._lock:
            return self._rendering == 0 and self._jobs.empty()

    def _run(self) -> None:
        while True:
            key, job, picture, size = self._jobs.get()
            with self._lock:
                if self._wanted.get(key) != job:
                    continue  # a newer size or picture was asked for since
                self._rendering += 1
            try:
                image: QImage | None = picture.render(size)
                problem = ""
            except ImageError as exc:
                image, problem = None, exc.message
            finally:
                with self._lock:
                    self._rendering -= 1
            try:
                self.done.emit(key, job, image, problem)
            except RuntimeError:  # the application is gone; so is every widget
                return

    @Slot(int, int, object, str)
    def _on_done(self, key: int, job: int, image: QImage | None, problem: str) -> None:
        with self._lock:
            if self._wanted.get(key) == job:
                del self._wanted[key]
        widget = self._widgets.get(key)
        if widget is not None and shiboken6.isValid(widget):
            widget.take_render(job, image, problem)


_JOB_NUMBERS = itertools.count(1)
_WIDGET_KEYS = itertools.count(1)
_render_thread: _RenderThread | None = None


def _renderer() -> _RenderThread:
    global _render_thread
    if _render_thread is None or not shiboken6.isValid(_render_thread):
        if _render_thread is None:
            atexit.register(_let_renders_finish)
        _render_thread = _RenderThread(QCoreApplication.instance())
    return _render_thread


def _let_renders_finish(seconds: float = EXIT_WAIT_SECONDS) -> None:
    """At exit, before Qt is torn down under it, let a render under way end (a while at most)."""
    renderer = _render_thread
    if renderer is None or not shiboken6.isValid(renderer):
        return
    renderer.forget_all()  # what waits is not rendered; only what is under way
    until = time.monotonic() + seconds
    while not renderer.is_idle() and time.monotonic() < until:
        time.sleep(0.02)


class Illustration(QWidget):
    """Draws an SVG (or a PNG/JPEG) keeping its proportions, on a light card so the line
    drawings read on any theme; `mirrored` flips it for the other side. A picture that cannot
    be used shows "No illustration", and `problem` (also the tooltip) says why.

    Signals:
        rendered: the picture has been rendered at the widget's size (and is drawn from now).
    """

    rendered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = next(_WIDGET_KEYS)
        self._picture: Picture | None = None
        self._problem = ""
        self._image_path: Path | None = None
        self._rendered: QImage | None = None
        self._job = 0  # the render asked for and not back yet (0: none)
        self._job_size = QSize()
        self._mirrored = False
        self._card = True
        self._rerender = QTimer(self)
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(RERENDER_MS)
        self._rerender.timeout.connect(self._on_rerender_timeout)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(120, 90))
        # An image to assistive technology (Qt says "filler"); what it shows is its description.
        set_accessible_image(self, translate("ui.widgets.illustration", "Illustration"))

    def set_image(self, path: Path | None, *, mirrored: bool = False) -> None:
        if path != self._image_path:
            self._image_path = path
            self._picture = None
            self._rendered = None
            self._problem = ""
            self._job, self._job_size = 0, QSize()
            self._rerender.stop()
            if _render_thread is not None and shiboken6.isValid(_render_thread):
                _render_thread.forget(self)
            if path is not None:
                try:
                    self._picture = load_picture(path)
                except ImageError as exc:
                    self._problem = f"{path.name} {exc.message}"
            self.setToolTip(self._problem)
        self._mirrored = mirrored
        self.setAccessibleDescription(self.alt_text())
        self.update()

    def alt_text(self) -> str:
        """What the picture shows, in words: its file's name ("calf stretch"), "No illustration"
        and why, when there is none to show."""
        if self._image_path is None:
            return translate("ui.widgets.illustration", "No illustration")
        if self._problem:
            return translate("ui.widgets.illustration", "No illustration: {problem}").format(
                problem=self._problem
            )
        words = self._image_path.stem.replace("-", " ").replace("_", " ")
        if self._mirrored:
            return translate("ui.widgets.illustration", "{picture} (mirrored)").format(
                picture=words
            )
        return words

    def set_card(self, card: bool) -> None:
        self._card = card
        self.update()

    @property
    def has_image(self) -> bool:
        """A picture is shown (or being rendered to be shown)."""
        return self._picture is not None

    @property
    def is_rendered(self) -> bool:
        """The picture has been rendered, at least once: paints draw it."""
        return self._rendered is not None

    @property
    def image_path(self) -> Path | None:
        """The file shown (or asked for, when it could not be drawn)."""
        return self._image_path

    @property
    def problem(self) -> str:
        """Why the file asked for is not drawn ("" when it is, or none was asked for)."""
        return self._problem

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(400, 300)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return width * 3 // 4

    def _card_rect(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        ratio = self._picture.ratio if self._picture is not None else 4 / 3
        width = max(0.0, min(area.width(), area.height() * ratio))
        card = QRectF(0, 0, width, width / ratio)
        card.moveCenter(area.center())  # the card hugs the picture, whatever the widget's shape
        return card

    def _picture_rect(self, card: QRectF) -> QRectF:
        """Where the picture is drawn on its card: inside a margin, in its own proportions (the
        margin alone would make a wide picture wider still). The margin is 8 pixels, less on a
        card so low (a 10:1 picture) that 8 would leave the picture a few pixels high."""
        margin = min(CARD_MARGIN, card.width() * 0.08, card.height() * 0.08)
        inside = card.adjusted(margin, margin, -margin, -margin)
        return self._picture.fit(inside) if self._picture is not None else inside

    def _render_size(self, target: QRectF) -> QSize:
        """The picture's size in device pixels, at most MAX_RENDER_PIXELS."""
        scale = self.devicePixelRatioF()
        width, height = target.width() * scale, target.height() * scale
        shrink = min(1.0, math.sqrt(MAX_RENDER_PIXELS / max(1.0, width * height)))
        return QSize(max(1, round(width * shrink)), max(1, round(height * shrink)))

    def _ask_render(self, size: QSize) -> None:
        if self._picture is not None and size != self._job_size:
            self._job = _renderer().request(self, self._picture, size)
            self._job_size = size

    def take_render(self, job: int, image: QImage | None, problem: str) -> None:
        """A render asked for is back (from the render thread, on the GUI thread)."""
        if job != self._job or self._image_path is None:
            return  # asked for another picture or size since
        self._job, self._job_size = 0, QSize()
        if image is None:  # a raster picture whose data cannot be decoded after all
            self._picture = None
            self._problem = f"{self._image_path.name} {problem}"
            self.setToolTip(self._problem)
        else:
            self._rendered = image
            self.rendered.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self._card_rect()
        if self._card:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(card, 12, 12)
        if self._picture is None:
            painter.setPen(
                QColor("#6c757d")
                if self._card
                else self.palette().color(QPalette.ColorRole.PlaceholderText)
            )
            painter.drawText(
                card,
                Qt.AlignmentFlag.AlignCenter,
                translate("ui.widgets.illustration", "No illustration"),
            )
            return
        target = self._picture_rect(card)
        if target.width() < 1 or target.height() < 1:
            return
        wanted = self._render_size(target)
        if self._rendered is None:
            self._ask_render(wanted)  # the card stays empty until it is back
            return
        if not self._is_rendered_at(wanted) and not self._rerender.isActive():
            self._rerender.start()  # until then, the picture at its old size, scaled
        if self._mirrored:
            painter.translate(target.center().x() * 2, 0)
            painter.scale(-1, 1)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._rendered)

    @Slot()
    def _on_rerender_timeout(self) -> None:
        if self._picture is None:
            return
        target = self._picture_rect(self._card_rect())
        if target.width() >= 1 and target.height() >= 1:
            wanted = self._render_size(target)
            if not self._is_rendered_at(wanted):
                self._ask_render(wanted)

    def _is_rendered_at(self, wanted: QSize) -> bool:
        """Whether the image rendered is the one a render at `wanted` gives: the picture keeps
        its proportions, so that is its fitted size, not `wanted` itself (comparing with
        `wanted` rendered a card again and again, 8 times a second, while the app was idle)."""
        picture, rendered = self._picture, self._rendered
        return (
            picture is not None
            and rendered is not None
            and rendered.size() == picture.fitted_size(wanted)
        )
