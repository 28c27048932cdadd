"""What the parts of the main window see of it: `WindowFrame`, the window's frame and the pages
it holds, as the session host and the sharing operations use them.

They are given the window, and the window is built from them: typed against this base class
instead of `MainWindow` itself, neither imports the module that imports it. MainWindow
(ui/main_window.py) gives every part; the frame itself says what it must know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStyle,
)

from ankle_coach.core.window_state import Rect, fit_on_screens, read_geometry, sidebar_width

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from ankle_coach.core.settings import Settings
    from ankle_coach.core.sharing.importing import ImportResult, OnConflict
    from ankle_coach.ui.actions import SessionActions
    from ankle_coach.ui.check_in.flow import CheckInFlow
    from ankle_coach.ui.context import AppContext
    from ankle_coach.ui.library.overview import OverviewPage
    from ankle_coach.ui.library.view import LibraryView
    from ankle_coach.ui.session.view import SessionView
    from ankle_coach.ui.widgets.notice import ProblemsNotice


class WindowFrame(QMainWindow):
    """The main window as its parts know it. Each page below is MainWindow's to build."""

    context: AppContext
    settings: Settings
    #: A fit after a change of text size or theme is on its way (changeEvent).
    _refit_pending = False
    #: The window's size when last fitted: a layout that changes it is looked at again.
    _size_seen = QSize()
    #: The last notices of an import or export, for tests to read.
    import_notice: QMessageBox | ProblemsNotice | None
    export_notice: QMessageBox | ProblemsNotice | None
    #: The guidance sidebar was left shown but starts hidden: the window opened too narrow.
    sidebar_hidden_for_room = False
    #: The guidance sidebar (MainWindow's), and its width as it was left: (px, in a window
    #: this wide), given back once the pages are built and the window shown; None once given.
    guidance_dock: QDockWidget
    _sidebar_left: tuple[int, int] | None = None

    def tell(self, title: str, text: str) -> QMessageBox:
        """Say something the user must know, without holding anything up: in the status bar
        and in a window-modal notice (plain text), returned."""
        self.statusBar().showMessage(text, 30000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, does not block start-up
        return box

    # -- the guidance sidebar on a narrow screen ------------------------------------------------

    def sidebar_starts_shown(self, left_shown: bool) -> bool:
        """Whether the guidance sidebar starts shown: as it was left (`left_shown`), except in a
        window narrower than SIDEBAR_ROOM (a 1024 x 600 screen), where it starts hidden so that
        the page in the middle has the room (Ctrl+G shows it)."""
        width = self.width()
        screen = self.screen()
        if self.windowState() & Qt.WindowState.WindowMaximized and screen is not None:
            width = screen.availableGeometry().width()
        self.sidebar_hidden_for_room = left_shown and width < SIDEBAR_ROOM
        return left_shown and not self.sidebar_hidden_for_room

    def sidebar_to_save(self, shown: bool) -> bool:
        """What is saved of the sidebar: hidden only for the room, it is still the user's
        choice to show it (on a wider screen next time)."""
        return shown or self.sidebar_hidden_for_room

    # -- the sidebar's width as it was left (core/window_state.sidebar_width) -------------------

    def keep_sidebar_width(self, width: int, geometry: str) -> None:
        """Give the docked sidebar back its width `width` (0: not known, its own size hint)
        in a window as wide as the saved `geometry`, once the pages are built and the window
        is shown. Qt's restoreState cannot: the staged window builds its middle after the state
        was applied, and the new middle's room went to the sidebar (850 of 1280 px)."""
        saved = read_geometry(geometry) if geometry else None
        wide = 0 if saved is None else (saved.frame if saved.maximized else saved.normal).width
        self._sidebar_left = (width, wide)

    def sidebar_width_to_save(self, left: int) -> int:
        """The width to save: the docked sidebar's; `left` (as it was) when it is hidden or
        floating, or not given back yet."""
        dock = self.guidance_dock
        if self._sidebar_left is not None or dock.isFloating() or not dock.isVisible():
            return left
        return dock.width()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._sidebar_left is not None:
            QTimer.singleShot(0, self._give_sidebar_width)  # after Qt applied the saved state

    @Slot()
    def _give_sidebar_width(self) -> None:
        """Once built and shown (after the state): the sidebar's width, within its share."""
        left, dock = self._sidebar_left, self.guidance_dock
        middle = self.centralWidget()
        if left is None or not self.isVisible() or middle is None:
            return
        if not self.is_built:
            return  # the pages are not built yet: `built` asks again
        self._sidebar_left = None
        if dock.isFloating() or dock.isHidden():
            return
        saved, wide = left
        width = sidebar_width(
            saved=saved or dock.sizeHint().width(),
            saved_window=wide or self.width(),
            window=self.width(),
            least=dock.minimumSizeHint().width(),
            middle_least=middle.minimumSizeHint().width(),
        )
        self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    # -- its place on the screens there are now (core/window_state.fit_on_screens) -------------

    def restore_place(self, geometry: str, first_size: QSize) -> None:
        """Put the window where it was left (`geometry`: saveGeometry in base64), maximised if
        it was, or with none that can be read at `first_size` in the middle of the primary
        screen; either way wholly on a screen there is now (fit_on_screen), however large or
        many the screens were when it was saved."""
        saved = read_geometry(geometry) if geometry else None
        if saved is None:
            place = QRect(0, 0, first_size.width(), first_size.height())
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                place.moveCenter(screen.availableGeometry().center())
            self.setGeometry(place)
            self.fit_on_screen()
            return
        normal = saved.normal
        self.setGeometry(normal.x, normal.y, normal.width, normal.height)
        self.fit_on_screen(saved.frame_margins())
        if saved.maximized or saved.full_screen:  # full screen comes back maximised
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def fit_on_screen(self, margins: tuple[int, int, int, int] | None = None) -> None:
        """Move and shrink the window, its frame (`margins`: left, top, right, bottom; when not
        given, measured or guessed) and title bar included, until it is wholly on one screen's
        available area, keeping its least size where the screen has room."""
        if self.isVisible() and self.windowState() & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            return  # the window system keeps a shown maximised window on its screen
        left, top, right, bottom = margins if margins is not None else self._frame_margins()
        # the pages' least size becomes the window's minimumSize: their own layouts first (a
        # hidden page's words resized for a new text size ask for a new layout, nested)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = self.layout()
        if layout is not None:
            layout.invalidate()  # a page may have shrunk: its least size is asked again
            layout.activate()
        inner = self.geometry()
        least = self.minimumSize()
        fitted = fit_on_screens(
            Rect(
                inner.x() - left,
                inner.y() - top,
                inner.width() + left + right,
                inner.height() + top + bottom,
            ),
            available_areas(),
            Rect(0, 0, least.width() + left + right, least.height() + top + bottom),
        )
        self.setGeometry(
            fitted.x + left,
            fitted.y + top,
            fitted.width - left - right,
            fitted.height - top - bottom,
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Larger text or another theme changes what the pages need: fitted again once they
        have laid themselves out (the window may have grown past the screen's edge, or may now
        fit where it did not)."""
        super().changeEvent(event)
        refit = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ScreenChangeInternal)
        if event.type() in refit:
            self._refit_soon()

    def event(self, event: QEvent) -> bool:
        """A page shown or hidden (the library while a session runs) changes the least size:
        the window grows past the screen's edge, then is fitted again."""
        handled = super().event(event)  # lays out: may grow the window to its least size
        if event.type() == QEvent.Type.LayoutRequest and self.size() != self._size_seen:
            self._refit_soon()  # not on every new word: a window put half off-screen stays
        return handled

    def _refit_soon(self) -> None:
        if self.isVisible() and not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self._on_refit_timeout)

    @Slot()
    def _on_refit_timeout(self) -> None:
        self._refit_pending = False
        if not self._on_a_screen():
            self.fit_on_screen()
        self._size_seen = self.size()

    def _on_a_screen(self) -> bool:
        frame = self.frameGeometry()
        place = Rect(frame.x(), frame.y(), frame.width(), frame.height())
        return any(place.overlap(area) == place.width * place.height for area in available_areas())

    def fit_pages_to_screen(self) -> None:
        """Once the pages are built: only the page shown holds the window open (a stack asks
        every page for its least size, so the session view's row of words at 200 % text kept
        the library 1171 px wide); then fitted to the screen."""
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self._hold_open_by(self.pages.currentIndex())
        self.fit_on_screen()

    @Slot(int)
    def _on_pages_current_changed(self, index: int) -> None:
        self._hold_open_by(index)
        self._refit_soon()  # when it grew past the screen's edge

    def _hold_open_by(self, index: int) -> None:
        pages = self.pages
        for number in range(pages.count()):
            page = pages.widget(number)
            if page is None:
                continue
            kept = page.property("ankleCoachSizePolicy")
            if kept is None:  # its own policy, given back when it is shown
                kept = page.sizePolicy()
                page.setProperty("ankleCoachSizePolicy", kept)
            ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            page.setSizePolicy(kept if number == index else ignored)

    def _frame_margins(self) -> tuple[int, int, int, int]:
        """Left, top, right, bottom of the window system's frame: measured once the window is
        shown; before that (not known yet) the style's title bar height on top."""
        outer, inner = self.frameGeometry(), self.geometry()
        if self.isVisible() and outer != inner:
            return (
                inner.left() - outer.left(),
                inner.top() - outer.top(),
                outer.right() - inner.right(),
                outer.bottom() - inner.bottom(),
            )
        return (0, self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight), 0, 0)

    @property
    def is_built(self) -> bool:
        raise NotImplementedError

    @property
    def actions_(self) -> SessionActions:
        raise NotImplementedError

    @property
    def overview(self) -> OverviewPage:
        raise NotImplementedError

    @property
    def session_view(self) -> SessionView:
        raise NotImplementedError

    @property
    def library_view(self) -> LibraryView:
        raise NotImplementedError

    @property
    def pages(self) -> QStackedWidget:
        raise NotImplementedError

    @property
    def check_ins(self) -> CheckInFlow:
        raise NotImplementedError

    def reload_library(self, select: str | None = None) -> None:
        raise NotImplementedError

    def ask_import_conflict(self, result: ImportResult) -> OnConflict | None:
        raise NotImplementedError


#: A window narrower than this (px) opens with the guidance sidebar hidden (README, "Window").
SIDEBAR_ROOM = 1280


def available_areas() -> list[Rect]:
    """Each screen's available area (less its panels and docks), the primary first."""
    primary = QGuiApplication.primaryScreen()
    screens = [primary] if primary is not None else []
    screens += [screen for screen in QGuiApplication.screens() if screen is not primary]
    return [
        Rect(area.x(), area.y(), area.width(), area.height())
        for area in (screen.availableGeometry() for screen in screens)
    ]
