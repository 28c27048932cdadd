"""Starts the desktop app: the Qt application, the user's settings, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from ankle_coach import __version__
from ankle_coach.core.i18n import Language, resolve_language
from ankle_coach.core.paths import Paths, assets_dir
from ankle_coach.core.settings import load_settings
from ankle_coach.qt.memory import share_one_heap
from ankle_coach.ui import i18n
from ankle_coach.ui.context import AppContext
from ankle_coach.ui.main_window import MainWindow
from ankle_coach.ui.theme import apply_theme


def make_app(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv))
    app.setApplicationName("Ankle Coach")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Ankle Coach")
    app.setDesktopFileName("ankle-coach")
    app.setWindowIcon(QIcon(str(assets_dir() / "icon.svg")))
    return app


def build_window(context: AppContext, app: QApplication) -> MainWindow:
    base_font = QFont(app.font())
    apply_theme(app, context.settings.theme, context.settings.text_size, base_font)
    return MainWindow(context, base_font, staged=True)


def run_app(
    argv: Sequence[str] = (),
    files: Sequence[Path] = (),
    *,
    tray: bool = False,
    language: Language | None = None,
) -> int:
    """The app. `language` (the command line's --language, already resolved) over Settings'
    choice over the system's."""
    share_one_heap()  # before Qt's threads start
    app = make_app([sys.argv[0], *argv])
    paths = Paths.default()
    settings, message = load_settings(paths)
    i18n.install(app, language or resolve_language(settings.language))
    window = build_window(AppContext(paths=paths, settings=settings, settings_message=message), app)
    if tray and not files:  # started at login: the window opens if there is no tray icon
        window.reminders.start_in_tray()
    else:
        window.show()
    open_given(window, files)
    return app.exec()


def open_given(window: MainWindow, files: Sequence[Path]) -> None:
    """Files given on the command line (a file manager's "Open with", the .desktop entry's
    %F): routine files are opened in the library; routine packages (`.ankle.zip`) are imported
    into My routines with the import checks, as File > Import does, and the window says what
    happened (imported as which id, or every reason it was refused)."""
    packages = [path for path in files if path.name.endswith(".zip")]
    routines = [path for path in files if not path.name.endswith(".zip")]
    for package in packages:
        window.import_path(package)
    if routines:
        window.open_paths(routines)
