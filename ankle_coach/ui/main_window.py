"""The main window: the library, the chosen routine or the running session, and the guidance.

It keeps the frame and the pages. Its menus are built from the declared actions (ui/actions.py),
a session is run by the session host (ui/session/host.py), and import, export and the handout
are the small operations of ui/sharing.py.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ankle_coach.core.paths import assets_dir
from ankle_coach.core.settings import Settings, save_settings
from ankle_coach.core.window_state import WindowState, load_window_state, save_window_state
from ankle_coach.ui.actions import MenuActions, SessionActions
from ankle_coach.ui.context import AppContext
from ankle_coach.ui.frame import WindowFrame
from ankle_coach.ui.guidance.dock_title import guidance_dock
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.keys import keep_tab_order, route_keys
from ankle_coach.ui.menus import connect_menus, later
from ankle_coach.ui.reminders.service import install_reminders

# Start-up imports only what the window's frame needs (Qt, the paths, the settings, the theme,
# the menus). The routine model, the library, the pages, the session, the voice, sharing and the
# sidebar are imported where they are first used, from MainWindow.finish_building on: the
# function-local imports below are there for start-up speed (README "Start-up").
if TYPE_CHECKING:
    from ankle_coach.core.history import History
    from ankle_coach.core.library import Library, LibraryEntry, Origin
    from ankle_coach.core.routine import Problem, Routine
    from ankle_coach.core.session import SessionState
    from ankle_coach.core.sharing.importing import ImportResult, OnConflict
    from ankle_coach.qt.controller import SessionController
    from ankle_coach.ui.check_in.flow import CheckInFlow
    from ankle_coach.ui.editor.window import RoutineEditor
    from ankle_coach.ui.guidance.panel import GuidancePanel
    from ankle_coach.ui.history.view import HistoryView
    from ankle_coach.ui.library.overview import OverviewPage, ProblemPage
    from ankle_coach.ui.library.view import LibraryView
    from ankle_coach.ui.session.host import SessionHost
    from ankle_coach.ui.session.presenter import PresenterWindow
    from ankle_coach.ui.session.view import SessionView

__all__ = ["AppContext", "MainWindow"]  # AppContext: ui/context.py

#: With staged building, the longest the second step waits for the window's first picture.
STAGED_FALLBACK_MS = 1000


@dataclass
class _Parts:
    """What finish_building makes: the pages, the session's actions and host, the history."""

    actions: SessionActions
    library_view: LibraryView
    overview: OverviewPage
    problem_page: ProblemPage
    session_view: SessionView
    pages: QStackedWidget
    splitter: QSplitter
    history: History
    check_ins: CheckInFlow
    guidance: GuidancePanel
    host: SessionHost


class MainWindow(WindowFrame):
    """The app's one window.

    It is built in two steps. The first builds the frame: the window at its saved size and
    place, themed, with its menus and the (empty) sidebar dock. The second, `finish_building`,
    imports the routine model and builds the rest: the library and the chosen routine's
    overview, the session actions, the session view, the guidance sidebar's content, the history
    and the pain check-ins. With `staged=True` (the app's start-up) the second step runs in the
    event-loop turn after the frame is first painted, so the window appears sooner; anything that
    needs the second step before then runs it at once (menu commands, `open_paths`, every
    property of the second step: `session_view`, `guidance`...). Tests build both at once."""

    built = Signal()  # finish_building has run

    def __init__(
        self, context: AppContext, base_font: QFont | None = None, *, staged: bool = False
    ) -> None:
        # Set first: Qt sends events (see `event`) while QMainWindow.__init__ runs.
        self._parts: _Parts | None = None
        self._building = False
        super().__init__()
        self.context = context
        self.base_font = QFont(base_font) if base_font is not None else QFont(self.font())
        self.settings = context.settings
        self.window_state: WindowState = load_window_state(context.paths)
        self.opened_files: list[Path] = []
        self._library: Library | None = None
        self._history_view: HistoryView | None = None  # built when first shown (QtCharts)
        self.voices: list[tuple[str, str]] | None = None  # the speech engine's, once listed
        self.settings_notice: QMessageBox | None = None  # the last notices, for tests
        self.history_notice: QMessageBox | None = None
        self.import_notice = None  # typed in WindowFrame
        self.export_notice = None  # typed in WindowFrame
        self.language_offer: QMessageBox | None = None  # after the language was changed
        self.setWindowTitle("Ankle Coach")
        self.setWindowIcon(QIcon(str(assets_dir() / "icon.svg")))
        self.setAcceptDrops(True)

        self.setCentralWidget(QWidget())  # the library and pages replace it in finish_building
        self.guidance_dock = guidance_dock(self)  # its title follows the text size
        self.guidance_dock.setWidget(QWidget())  # so does the sidebar's content
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.guidance_dock)

        self.menu_actions = MenuActions(self.menuBar(), self)
        self.session_menu = self.menu_actions.menus["session"]  # filled in finish_building
        self.screen_menu = self.menu_actions.menus["view"].addMenu(
            translate("ui.main_window", "Presenter &display")
        )
        connect_menus(self)
        self.statusBar()
        self._restore_window()
        self.reminders = install_reminders(self)  # the weekly plan's (ui/reminders/)
        if context.settings_message:
            self.settings_notice = self.tell(
                translate("ui.main_window", "Settings were reset"), context.settings_message
            )
        if staged:
            # In case the window is not painted soon (started minimised, say): build anyway.
            QTimer.singleShot(STAGED_FALLBACK_MS, self.finish_building)
        else:
            self.finish_building()

    def event(self, event: QEvent) -> bool:
        if self._parts is None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.finish_building)  # the turn after the first picture
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """A key pressed while only the frame is there (nothing in it can take the keyboard yet)
        builds the rest at once and goes to what then has the focus: no key is lost."""
        if self._parts is None:
            self.finish_building()
            target = self.focusWidget()
            if target is not None and target is not self:
                QApplication.sendEvent(target, event)
                return
        super().keyPressEvent(event)

    def finish_building(self) -> None:
        """Build what the frame does not have (once; later calls do nothing)."""
        if self._parts is not None or self._building:
            return
        self._building = True
        # The second step's modules, loaded after the frame is painted (README "Start-up").
        from ankle_coach.core.history import History
        from ankle_coach.ui.check_in.flow import CheckInFlow
        from ankle_coach.ui.guidance.ice import window_voice
        from ankle_coach.ui.guidance.panel import GuidancePanel
        from ankle_coach.ui.library.overview import OverviewPage, ProblemPage
        from ankle_coach.ui.library.view import LibraryView
        from ankle_coach.ui.session.host import SessionHost
        from ankle_coach.ui.session.view import SessionView

        actions = SessionActions(self)
        actions.mute.setChecked(self.settings.mute)
        for action in actions.all:
            self.session_menu.addAction(action)
            self.addAction(action)
        library_view = LibraryView()
        overview = OverviewPage()
        problem_page = ProblemPage()
        session_view = SessionView(actions)
        session_view.set_theme(self.settings.theme)
        pages = QStackedWidget()
        for page in (overview, problem_page, session_view):
            pages.addWidget(page)
        splitter = QSplitter()
        splitter.addWidget(library_view)
        splitter.addWidget(pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)  # deletes the frame's empty one

        history, history_message = History.open(self.context.paths)
        check_ins = CheckInFlow(history, self, ask=self.settings.ask_pain_check_in)
        guidance = GuidancePanel(clock=self.context.clock)
        guidance.set_voice(window_voice(self.context, lambda: self.settings))
        self.guidance_dock.widget().deleteLater()
        self.guidance_dock.setWidget(guidance)
        self._parts = parts = _Parts(
            actions,
            library_view,
            overview,
            problem_page,
            session_view,
            pages,
            splitter,
            history,
            check_ins,
            guidance,
            SessionHost(self),
        )
        self._building = False
        self._connect_parts(parts)
        self.reload_library()
        splitter.show()  # now, not next turn: only a shown widget takes the focus (Space starts)
        library_view.list.setFocus()
        route_keys(self, lambda: [library_view, pages.currentWidget(), guidance])  # README Keys
        if history_message:
            title = (
                translate("ui.main_window", "Your history was set aside")
                if history.unavailable is None
                else translate("ui.main_window", "Your history cannot be saved now")
            )
            self.history_notice = self.tell(title, history_message)
        self.built.emit()

    def _connect_parts(self, parts: _Parts) -> None:
        host = parts.host
        parts.actions.presenterToggled.connect(host.toggle_presenter)
        parts.actions.escapePressed.connect(host.on_escape)
        host.sessionShown.connect(parts.library_view.setHidden)  # the session gets its room
        from ankle_coach.ui.session.room import SessionRoom  # and the sidebar's, when narrow

        host.sessionShown.connect(SessionRoom(self, self.guidance_dock).on_session_shown)
        parts.actions.muteToggled.connect(self._on_actions_mute_toggled)
        parts.actions.startRequested.connect(self._on_actions_start_requested)
        parts.library_view.routineChosen.connect(self._on_library_routine_chosen)
        parts.library_view.problemChosen.connect(self._on_library_problem_chosen)
        parts.library_view.routineActivated.connect(host.start_session)
        parts.overview.startRequested.connect(host.start_session)
        parts.check_ins.doctorGuidanceRequested.connect(self.show_doctor_guidance)
        parts.check_ins.historyChanged.connect(self._on_check_ins_history_changed)
        parts.check_ins.askChanged.connect(self._on_check_ins_ask_changed)
        parts.check_ins.problem.connect(self._on_check_ins_problem)
        parts.check_ins.adviceGiven.connect(self._on_check_ins_advice_given)
        parts.guidance.routineRequested.connect(self._on_guidance_routine_requested)
        parts.guidance.iceFinished.connect(self._on_guidance_ice_finished)

    def _built_parts(self) -> _Parts:
        self.finish_building()
        assert self._parts is not None
        return self._parts

    # -- what the second step builds (each builds it first when it is not there yet) -----------

    @property
    def is_built(self) -> bool:
        """Whether finish_building has run."""
        return self._parts is not None

    @property
    def actions_(self) -> SessionActions:
        return self._built_parts().actions

    @property
    def library_view(self) -> LibraryView:
        return self._built_parts().library_view

    @property
    def overview(self) -> OverviewPage:
        return self._built_parts().overview

    @property
    def problem_page(self) -> ProblemPage:
        return self._built_parts().problem_page

    @property
    def session_view(self) -> SessionView:
        return self._built_parts().session_view

    @property
    def pages(self) -> QStackedWidget:
        return self._built_parts().pages

    @property
    def splitter(self) -> QSplitter:
        return self._built_parts().splitter

    @property
    def guidance(self) -> GuidancePanel:
        return self._built_parts().guidance

    @property
    def history(self) -> History:
        return self._built_parts().history

    @property
    def check_ins(self) -> CheckInFlow:
        return self._built_parts().check_ins

    @property
    def session_host(self) -> SessionHost:
        return self._built_parts().host

    @property
    def library(self) -> Library:
        self.finish_building()  # which loads the library
        assert self._library is not None
        return self._library

    @property
    def controller(self) -> SessionController | None:
        return self._parts.host.controller if self._parts is not None else None

    @property
    def presenter(self) -> PresenterWindow | None:
        return self._parts.host.presenter if self._parts is not None else None

    def current_state(self) -> SessionState | None:
        return self._parts.host.current_state() if self._parts is not None else None

    # -- the frame -----------------------------------------------------------------------------

    # -- library -------------------------------------------------------------------------------

    def _routine_title(self, routine_id: str) -> str:
        """A routine's title by its id, or the id when the library has no such routine."""
        library = self._library
        found = library.get(routine_id) if library is not None else None
        return found.routine.title if found is not None else routine_id

    def _routine_original(self, routine_id: str) -> Routine | None:
        """A routine's file (with every translation) by its id; None when not in the library."""
        found = self._library.get(routine_id) if self._library is not None else None
        return found.original if found is not None else None

    def reload_library(self, select: str | None = None) -> None:
        from ankle_coach.core.library import load_library  # the second step's (start-up)

        self.finish_building()
        self._library = library = load_library(self.context.paths, self.opened_files)
        self.library_view.set_library(library, select)
        self.guidance.set_routine_titles({e.id: e.routine.title for e in library.entries})
        if library.problems:
            count = len({p.path for p in library.problems})
            said = (
                translate(
                    "ui.main_window",
                    "1 routine file could not be loaded: see \u201cFiles with problems\u201d "
                    "in the list.",
                )
                if count == 1
                else translate(
                    "ui.main_window",
                    "{count} routine files could not be loaded: see \u201cFiles with "
                    "problems\u201d in the list.",
                ).format(count=count)
            )
            self.statusBar().showMessage(said, 10000)

    def open_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("ui.main_window", "Open routine file"),
            str(Path.home()),
            translate("ui.main_window", "Routine files (*.toml);;All files (*)"),
        )
        self.open_paths([Path(name) for name in names])

    def open_paths(self, paths: list[Path]) -> None:
        """Add routine files to the library (bad ones appear with their problems), the first
        one chosen."""
        from ankle_coach.ui.library.view import real_path  # the second step's (start-up)

        self.finish_building()
        for path in map(real_path, paths):
            if path not in self.opened_files:
                self.opened_files.append(path)
        if paths:
            self.reload_library()
            self.library_view.select_file(paths[0])

    @Slot(object)
    def _on_library_routine_chosen(self, entry: LibraryEntry) -> None:
        if self.session_host.in_session():
            return  # the library is browsable, but the session stays on screen
        if self.pages.currentWidget() is self.overview and self.overview.entry is entry:
            return  # chosen again where it is shown (a click on it): nothing to redo
        self.overview.show_entry(entry)
        self.pages.setCurrentWidget(self.overview)
        self.session_host.routine_chosen()

    @Slot(str, object)
    def _on_library_problem_chosen(self, path: str, problems: list[Problem]) -> None:
        if self.session_host.in_session():
            return
        self.problem_page.show_problems(path, problems)
        self.pages.setCurrentWidget(self.problem_page)

    @Slot(str)
    def _on_guidance_routine_requested(self, routine_id: str) -> None:
        if not self.library_view.select(routine_id):
            self.statusBar().showMessage(
                translate("ui.main_window", "No routine called {id} in the library.").format(
                    id=routine_id
                ),
                5000,
            )

    @Slot()
    def _on_guidance_ice_finished(self) -> None:  # the box says it; show it, ask for attention
        self.guidance_dock.show()
        self.guidance_dock.raise_()
        QApplication.alert(self)
        said = self.guidance.ice_box.done.accessibleName()
        self.statusBar().showMessage(
            translate("ui.main_window", "Ice: {said}").format(said=said), 30000
        )

    # -- routines of your own ------------------------------------------------------------------

    def _open_editor(
        self,
        routine: Routine | None,
        existing: Path | None,
        image_folder: Path | None = None,
        copy_of: Origin | None = None,
    ) -> RoutineEditor:
        from ankle_coach.ui.editor.window import RoutineEditor  # loaded when first opened

        editor = RoutineEditor(
            routine,
            save_folder=self.context.paths.user_routines,
            existing_path=existing,
            image_folder=image_folder,
            copy_of=copy_of,
            parent=self,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_editor_saved)
        editor.exportRequested.connect(lambda: later("sharing").export_from_editor(self, editor))
        editor.tryRequested.connect(
            lambda tried, images: self.session_host.try_unsaved(
                editor.image_folder, tried, images, after=editor.come_back
            )
        )
        editor.show()
        return editor

    def new_routine(self) -> RoutineEditor:
        return self._open_editor(None, None)

    def edit_routine(self) -> RoutineEditor | None:
        """A built-in routine is never changed in place: it is edited as a copy."""
        from ankle_coach.core.library import Origin  # the second step's (start-up)

        entry = self.overview.entry
        if entry is None:
            return None
        if entry.origin is Origin.BUILT_IN:
            return self._open_editor(entry.original, None, entry.folder, entry.origin)
        return self._open_editor(entry.original, entry.path)

    def duplicate_routine(self) -> RoutineEditor | None:
        entry = self.overview.entry
        if entry is None:
            return None
        return self._open_editor(entry.original, None, entry.folder, entry.origin)

    @Slot(object)
    def _on_editor_saved(self, path: Path) -> None:
        self.reload_library(select=path.stem)
        self.statusBar().showMessage(
            translate("ui.main_window", "Saved to My routines: {name}").format(name=path.name),
            5000,
        )

    # -- sharing (ui/sharing.py's operations; import_path for drops) ---------------------------

    def import_path(self, path: Path) -> ImportResult:
        from ankle_coach.ui.sharing import import_path  # see ui/menus.later

        return import_path(self, path)

    def ask_import_conflict(self, result: ImportResult) -> OnConflict | None:
        """Replace, keep both, or cancel; tests replace this method."""
        from ankle_coach.ui.sharing import ask_import_conflict  # see ui/menus.later

        return ask_import_conflict(self, result)

    # -- the session (run by the session host) -------------------------------------------------

    def start_session(self, entry: LibraryEntry) -> None:
        self.session_host.start_session(entry)

    def stop_session(self, *, ask: bool = True) -> bool:
        return self._parts.host.stop_session(ask=ask) if self._parts is not None else True

    @Slot()
    def _on_actions_start_requested(self) -> None:
        if self.pages.currentWidget() is self.overview and self.overview.entry is not None:
            self.session_host.start_session(self.overview.entry)

    @Slot(bool)
    def _on_actions_mute_toggled(self, muted: bool) -> None:
        self.keep_settings(dataclasses.replace(self.settings, mute=muted))
        self.session_host.set_muted(muted)
        said = (
            translate("ui.main_window", "Voice off.")
            if muted
            else translate("ui.main_window", "Voice on.")
        )
        self.statusBar().showMessage(said, 3000)

    # -- settings ------------------------------------------------------------------------------

    def keep_settings(self, settings: Settings) -> None:
        """Use `settings` from now on, and save them (the status bar says when they cannot be)."""
        self.settings = settings
        try:
            save_settings(settings, self.context.paths)
        except OSError as exc:
            self.statusBar().showMessage(
                translate("ui.main_window", "Settings could not be saved: {reason}").format(
                    reason=exc
                ),
                10000,
            )

    def open_settings(self) -> None:
        from ankle_coach.ui.settings.opening import open_settings  # loaded when first opened

        open_settings(self)

    def apply_settings(self, settings: Settings) -> None:
        """Save `settings` and follow them (ui/settings/opening.py)."""
        from ankle_coach.ui.settings.opening import apply_settings

        apply_settings(self, settings)

    def history_view_built_show_check_ins(self, ask: bool) -> None:
        """The history view, once built, says whether check-ins are asked."""
        if self._history_view is not None:
            self._history_view.show_check_ins_asked(ask)

    # -- history and guidance ------------------------------------------------------------------

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            from ankle_coach.ui.history.view import HistoryView  # QtCharts loads when needed

            view = HistoryView(
                self.history,
                paths=self.context.paths,
                titles=self._routine_title,
                originals=self._routine_original,
            )
            view.doctorGuidanceRequested.connect(self.show_doctor_guidance)
            view.checkInsRequested.connect(self._on_history_view_check_ins_requested)
            view.show_check_ins_asked(self.settings.ask_pain_check_in)
            back = QShortcut(QKeySequence(Qt.Key.Key_Escape), view, self.library_view.rechoose)
            back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # Esc: the routine
            self.pages.addWidget(view)
            keep_tab_order(view, self.pages)  # not after the sidebar: QtCharts came late
            self._history_view = view
        return self._history_view

    def show_history(self) -> None:
        if self.session_host.in_session():
            return
        self.history_view.refresh()
        self.pages.setCurrentWidget(self.history_view)
        self.history_view.range.setFocus(Qt.FocusReason.OtherFocusReason)  # Esc goes back

    @Slot()
    def _on_check_ins_history_changed(self) -> None:
        if self._history_view is not None:
            self._history_view.refresh()

    @Slot()
    def show_doctor_guidance(self) -> None:
        self.guidance_dock.show()
        self.guidance_dock.raise_()
        self.guidance.show_section("doctor")

    @Slot(bool)
    def _on_check_ins_ask_changed(self, ask: bool) -> None:
        self.keep_settings(dataclasses.replace(self.settings, ask_pain_check_in=ask))
        if self._history_view is not None:
            self._history_view.show_check_ins_asked(ask)

    @Slot()
    def _on_history_view_check_ins_requested(self) -> None:
        self.apply_settings(dataclasses.replace(self.settings, ask_pain_check_in=True))
        self.statusBar().showMessage(
            translate(
                "ui.main_window",
                "Check-ins are on: you will be asked before and after each session.",
            ),
            10000,
        )

    @Slot(str)
    def _on_check_ins_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 30000)

    @Slot(object)
    def _on_check_ins_advice_given(self, advice: object) -> None:
        self.statusBar().showMessage(str(getattr(advice, "headline", "")), 10000)

    # -- the routines folder -------------------------------------------------------------------

    def show_routines_folder(self) -> None:
        folder = self.context.paths.user_routines
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- the window as it was left (core/window_state.py, apart from the settings) --------------

    def _restore_window(self) -> None:
        # wholly on a screen there is now, whatever screens it was saved on (ui/frame.py)
        self.restore_place(self.window_state.geometry, QSize(1280, 800))
        self.built.connect(self.fit_pages_to_screen)  # again once the pages set the least size
        self.keep_sidebar_width(self.window_state.sidebar_width, self.window_state.geometry)
        self.built.connect(self._give_sidebar_width)  # once built and shown (ui/frame.py)
        state = self.window_state.state
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        self.guidance_dock.setVisible(self.sidebar_starts_shown(self.window_state.sidebar_visible))

    def _save_window(self) -> None:
        self.window_state = WindowState(
            geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            state=bytes(self.saveState().toBase64().data()).decode("ascii"),
            sidebar_visible=self.sidebar_to_save(self.guidance_dock.isVisible()),
            sidebar_width=self.sidebar_width_to_save(self.window_state.sidebar_width),
        )
        try:
            save_window_state(self.window_state, self.context.paths)
        except OSError as exc:  # only the window's place is lost; the app is closing
            self.statusBar().showMessage(
                translate(
                    "ui.main_window", "The window’s place could not be saved: {reason}"
                ).format(reason=exc)
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        parts = self._parts
        if parts is not None and parts.host.in_session() and not self.stop_session(ask=True):
            event.ignore()
            return
        if self.reminders.keep_running(event):  # hidden; the tray icon stays
            return
        self.reminders.close()
        if parts is not None:
            parts.host.close()
            parts.check_ins.close()
        self._save_window()
        if parts is not None:
            parts.history.close()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if any(url.toLocalFile().endswith((".toml", ".zip")) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        packages = [path for path in paths if path.name.endswith(".zip")]
        paths = [path for path in paths if path.suffix == ".toml"]
        if paths or packages:
            event.acceptProposedAction()
        for package in packages:  # a shared routine: checked and copied into My routines
            self.import_path(package)
        if paths:
            self.open_paths(paths)
