"""What the parts of the main window see of it: `WindowFrame`, the window's frame and the pages
it holds, as the session host and the sharing operations use them.

They are given the window, and the window is built from them: typed against this base class
instead of `MainWindow` itself, neither imports the module that imports it. MainWindow
(ui/main_window.py) gives every part; the frame itself says what it must know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from ankle_coach.core.settings import Settings
    from ankle_coach.core.sharing.importing import ImportResult, OnConflict
    from ankle_coach.ui.actions import SessionActions
    from ankle_coach.ui.check_in.flow import CheckInFlow
    from ankle_coach.ui.context import AppContext
    from ankle_coach.ui.library.overview import OverviewPage
    from ankle_coach.ui.session.view import SessionView


class WindowFrame(QMainWindow):
    """The main window as its parts know it. Each page below is MainWindow's to build."""

    context: AppContext
    settings: Settings
    #: The last notices of an import or export, for tests to read.
    import_notice: QMessageBox | None
    export_notice: QMessageBox | None

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
    def pages(self) -> QStackedWidget:
        raise NotImplementedError

    @property
    def check_ins(self) -> CheckInFlow:
        raise NotImplementedError

    def reload_library(self, select: str | None = None) -> None:
        raise NotImplementedError

    def ask_import_conflict(self, result: ImportResult) -> OnConflict | None:
        raise NotImplementedError
