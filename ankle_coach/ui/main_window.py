"""The main window: the library, the chosen routine or the running session, and the guidance."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QScreen,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ankle_coach import __version__
from ankle_coach.core.clock import Clock, MonotonicClock
from ankle_coach.core.paths import Paths, assets_dir
from ankle_coach.core.settings import Settings, save_settings, to_plan_options, voice_fields
from ankle_coach.ui.theme import apply_theme

# Start-up imports only what the window's frame needs (Qt, the paths, the settings, the theme).
# The routine model, the library, the pages, the session, the voice, sharing and the sidebar
# are imported where they are first used, from MainWindow.finish_building on.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ankle_coach.core.history import History
    from ankle_coach.core.library import Library, LibraryEntry
    from ankle_coach.core.routine import Problem, Routine
    from ankle_coach.core.routine_io import ImportResult, OnConflict
    from ankle_coach.core.session import SessionState
    from ankle_coach.qt.controller import SessionController
    from ankle_coach.qt.cue_player import CuePlayer, EffectFactory, Sound
    from ankle_coach.speech import CueCache, CueRenderer, VoiceSettings
    from ankle_coach.ui.actions import SessionActions
    from ankle_coach.ui.check_in.flow import CheckInFlow
    from ankle_coach.ui.editor.window import RoutineEditor
    from ankle_coach.ui.guidance.panel import GuidancePanel
    from ankle_coach.ui.history.view import HistoryView
    from ankle_coach.ui.library.overview import OverviewPage, ProblemPage
    from ankle_coach.ui.library.view import LibraryView
    from ankle_coach.ui.session.presenter import PresenterWindow
    from ankle_coach.ui.session.view import SessionView
    from ankle_coach.ui.settings.dialog import SettingsDialog

#: How long a chosen routine waits before its voice is prepared (see _on_library_routine_chosen).
PREPARE_DELAY_MS = 300
#: With staged building, the longest the second step waits for the window's first picture.
STAGED_FALLBACK_MS = 1000
#: A routine's title in the window title is cut to this many characters (taskbars show fewer).
TITLE_CHARACTERS = 60

DISCLAIMER = (
    "Ankle Coach does not replace a clinician. It does not diagnose. If your ankle pain does "
    "not go away, gets worse, or follows an injury, see a podiatrist or an orthopaedic "
    "sports-medicine physician."
)


class _VoicesBridge(QObject):
    found = Signal(object)


@dataclass
class AppContext:
    """Everything the window needs from outside, so tests can hand in fakes."""

    paths: Paths
    settings: Settings
    clock: Clock = field(default_factory=MonotonicClock)
    renderer: CueRenderer | None = None  # None: pyttsx3 in a worker process
    audio_problem: Callable[[], str | None] | None = None  # None: the player's own
    make_effect: EffectFactory | None = None  # None: the player's own (ui/cue_player.py)
    settings_message: str | None = None  # what went wrong loading the settings, to tell once

    @property
    def cache(self) -> CueCache:
        from ankle_coach.speech import CueCache

        return CueCache(self.paths.cache / "cues")


class MainWindow(QMainWindow):
    """The app's one window.

    It is built in two steps. The first builds the frame: the window at its saved size and
    place, themed, with its menus and the (empty) sidebar dock. The second, `finish_building`,
    imports the routine model and builds the rest: the library and the chosen routine's
    overview, the session actions, the session view, the guidance sidebar's content, the history
    and the pain check-ins. With `staged=True` (the app's start-up) the second step runs in the
    event-loop turn after the frame is first painted, so the window appears sooner; anything that
    needs the second step before then runs it at once (menu commands, `open_paths`, and the
    properties `session_view`, `guidance`, `history`, `check_ins`). Tests build both at once.
    """

    built = Signal()  # finish_building has run

    _built = False  # class defaults: Qt sends events while QMainWindow.__init__ runs
    _building = False
    # made by finish_building
    library: Library
    actions_: SessionActions
    library_view: LibraryView
    overview: OverviewPage
    problem_page: ProblemPage
    pages: QStackedWidget
    splitter: QSplitter

    def __init__(
        self, context: AppContext, base_font: QFont | None = None, *, staged: bool = False
    ) -> None:
        super().__init__()
        self.context = context
        self.base_font = QFont(base_font) if base_font is not None else QFont(self.font())
        self.settings = context.settings
        self.setWindowTitle("Ankle Coach")
        self.setWindowIcon(QIcon(str(assets_dir() / "icon.svg")))
        self.setAcceptDrops(True)
        self.opened_files: list[Path] = []
        self.controller: SessionController | None = None
        self.player: CuePlayer | None = None
        self._player_key: tuple[str, VoiceSettings, Sound] | None = None
        self._voice_told = False
        self.presenter: PresenterWindow | None = None
        self._history_view: HistoryView | None = None  # built when first shown (QtCharts)

        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(self._on_prepare_timer_timeout)

        self.setCentralWidget(QWidget())  # the library and pages replace it in finish_building
        self.guidance_dock = QDockWidget("Guidance", self)
        self.guidance_dock.setObjectName("guidanceDock")
        self.guidance_dock.setWidget(QWidget())  # so does the sidebar's content
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.guidance_dock)

        self._make_menus()
        self.statusBar()
        self._restore_window()
        if context.settings_message:
            self.settings_notice = self._tell("Settings were reset", context.settings_message)
        if staged:
            # In case the window is not painted soon (started minimised, say): build anyway.
            QTimer.singleShot(STAGED_FALLBACK_MS, self.finish_building)
        else:
            self.finish_building()

    def event(self, event: QEvent) -> bool:
        if not self._built and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.finish_building)  # the turn after the first picture
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """A key pressed while only the frame is there (nothing in it can take the keyboard yet)
        builds the rest at once and goes to what then has the focus: no key is lost."""
        if not self._built:
            self.finish_building()
            target = self.focusWidget()
            if target is not None and target is not self:
                QApplication.sendEvent(target, event)
                return
        super().keyPressEvent(event)

    def finish_building(self) -> None:
        """Build what the frame does not have (once; later calls do nothing)."""
        if self._built or self._building:
            return
        self._building = True
        from ankle_coach.core.history import History
        from ankle_coach.ui.actions import SessionActions
        from ankle_coach.ui.check_in.flow import CheckInFlow
        from ankle_coach.ui.library.overview import OverviewPage, ProblemPage
        from ankle_coach.ui.library.view import LibraryView
        from ankle_coach.ui.session.view import SessionView

        self.actions_ = SessionActions(self)
        self.actions_.presenterToggled.connect(self._on_actions_presenter_toggled)
        self.actions_.escapePressed.connect(self._on_actions_escape_pressed)
        self.actions_.muteToggled.connect(self._on_actions_mute_toggled)
        self.actions_.startRequested.connect(self._on_actions_start_requested)
        self.actions_.mute.setChecked(self.settings.mute)
        for action in self.actions_.all:
            self.session_menu.addAction(action)
            self.addAction(action)

        self.library_view = LibraryView()
        self.library_view.routineChosen.connect(self._on_library_routine_chosen)
        self.library_view.problemChosen.connect(self._on_library_problem_chosen)
        self.library_view.routineActivated.connect(self._on_overview_start_requested)
        self.overview = OverviewPage()
        self.overview.startRequested.connect(self._on_overview_start_requested)
        self.problem_page = ProblemPage()
        session_view = SessionView(self.actions_)
        session_view.set_theme(self.settings.theme)
        self._session_view = session_view
        self.pages = QStackedWidget()
        for page in (self.overview, self.problem_page, session_view):
            self.pages.addWidget(page)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.library_view)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 900])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)  # deletes the frame's empty one

        history, history_message = History.open(self.context.paths)
        self._history = history
        check_ins = CheckInFlow(history, self, ask=self.settings.ask_pain_check_in)
        check_ins.doctorGuidanceRequested.connect(self.show_doctor_guidance)
        check_ins.historyChanged.connect(self._on_check_ins_history_changed)
        check_ins.askChanged.connect(self._on_check_ins_ask_changed)
        check_ins.problem.connect(self._on_check_ins_problem)
        check_ins.adviceGiven.connect(self._on_check_ins_advice_given)
        self._check_ins = check_ins
        self.guidance_dock.widget().deleteLater()
        self.guidance_dock.setWidget(self._make_guidance())
        self._built = True
        self._building = False
        self.reload_library()
        # Shown now, not in the next turn as Qt would: only a visible widget takes the focus,
        # and the keys must go to the list (Space starts, arrows choose).
        self.splitter.show()
        self.library_view.setFocus()
        if history_message:
            title = (
                "Your history was set aside"
                if history.unavailable is None
                else "Your history cannot be saved now"
            )
            self.history_notice = self._tell(title, history_message)
        self.built.emit()

    @property
    def session_view(self) -> SessionView:
        self.finish_building()
        return self._session_view

    @property
    def guidance(self) -> GuidancePanel:
        self.finish_building()
        return self._guidance

    @property
    def history(self) -> History:
        self.finish_building()
        return self._history

    @property
    def check_ins(self) -> CheckInFlow:
        self.finish_building()
        return self._check_ins

    @property
    def is_built(self) -> bool:
        """Whether finish_building has run."""
        return self._built

    # -- building ------------------------------------------------------------------------------

    def _tell(self, title: str, text: str) -> QMessageBox:
        """Say something the user must know at start-up, without holding start-up up."""
        self.statusBar().showMessage(text, 30000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, does not block start-up
        return box

    def _make_guidance(self) -> QWidget:
        from ankle_coach.ui.guidance.panel import GuidancePanel

        panel = GuidancePanel(clock=self.context.clock)
        panel.routineRequested.connect(self._on_guidance_routine_requested)
        panel.iceFinished.connect(self._on_guidance_ice_finished)
        self._guidance = panel
        return panel

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = self._action(
            file_menu, "&Open routine file\u2026", QKeySequence.StandardKey.Open, self.open_files
        )
        self._action(
            file_menu, "&New routine\u2026", QKeySequence.StandardKey.New, self.new_routine
        )
        self._action(file_menu, "Ed&it routine\u2026", QKeySequence("F2"), self.edit_routine)
        self._action(
            file_menu, "&Duplicate routine\u2026", QKeySequence("Ctrl+D"), self.duplicate_routine
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Import routine\u2026", QKeySequence("Ctrl+I"), self.import_files)
        self._action(
            file_menu, "&Export routine\u2026", QKeySequence("Ctrl+E"), self.export_current
        )
        self._action(
            file_menu,
            "Export &handout (PDF)\u2026",
            QKeySequence("Ctrl+Shift+E"),
            self.export_handout,
        )
        self._action(
            file_menu, "&Print handout\u2026", QKeySequence.StandardKey.Print, self.print_handout
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Reload routines", QKeySequence("F5"), self.reload_library)
        self._action(file_menu, "Show &my routines folder", None, self._on_show_folder)
        file_menu.addSeparator()
        self._action(
            file_menu, "&Settings\u2026", QKeySequence.StandardKey.Preferences, self.open_settings
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)

        self.session_menu = bar.addMenu("&Session")  # its actions come in finish_building

        view_menu = bar.addMenu("&View")
        self._action(view_menu, "&History", QKeySequence("Ctrl+H"), self.show_history)
        self._action(
            view_menu,
            "Pain &check-in\u2026",
            QKeySequence("Ctrl+K"),
            lambda: self.check_ins.check_in_now(),
        )
        toggle = self.guidance_dock.toggleViewAction()
        toggle.setText("&Guidance sidebar")
        toggle.setShortcut(QKeySequence("Ctrl+G"))
        view_menu.addAction(toggle)
        self.screen_menu = view_menu.addMenu("Presenter &display")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self._presenter_screen: str | None = None

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keys", QKeySequence.StandardKey.HelpContents, self._on_keys)
        self._action(help_menu, "&About Ankle Coach", None, self._on_about)

    def _action(
        self,
        menu: QObject,
        text: str,
        keys: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)

        def run(_checked: bool = False) -> None:
            self.finish_building()  # a command in the moment before it ran by itself
            slot()

        action.triggered.connect(run)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # -- library -----------------------------------------------------------------------------

    def reload_library(self, select: str | None = None) -> None:
        from ankle_coach.core.library import load_library

        self.finish_building()
        self.library = load_library(self.context.paths, self.opened_files)
        self.library_view.set_library(self.library, select)
        self.guidance.set_routine_titles(self._routine_titles())
        if self.library.problems:
            count = len({p.path for p in self.library.problems})
            self.statusBar().showMessage(
                f"{count} routine file{'s' if count != 1 else ''} could not be loaded: "
                "see \u201cFiles with problems\u201d in the list.",
                10000,
            )

    def _routine_titles(self) -> dict[str, str]:
        return {entry.id: entry.routine.title for entry in self.library.entries}

    def open_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, "Open routine file", str(Path.home()), "Routine files (*.toml);;All files (*)"
        )
        self.open_paths([Path(name) for name in names])

    def open_paths(self, paths: list[Path]) -> None:
        """Add routine files to the library (bad ones appear with their problems)."""
        self.finish_building()
        added = [_real(path) for path in paths if _real(path) not in self.opened_files]
        self.opened_files.extend(added)
        if not paths:
            return
        self.reload_library()
        first = _real(paths[0])
        entry = next((e for e in self.library.entries if _real(e.path) == first), None)
        if entry is not None:
            self.library_view.select(entry.id)
        else:
            problems = [p for p in self.library.problems if _real(Path(p.path)) == first]
            if problems:
                self._on_library_problem_chosen(str(first), problems)
            elif any(e.id == first.stem for e in self.library.entries):
                self.library_view.select(first.stem)

    # -- routines of your own -------------------------------------------------------------------

    def _open_editor(
        self, routine: Routine | None, existing: Path | None, image_folder: Path | None = None
    ) -> RoutineEditor:
        from ankle_coach.ui.editor.window import RoutineEditor

        editor = RoutineEditor(
            routine,
            save_folder=self.context.paths.user_routines,
            existing_path=existing,
            image_folder=image_folder,
            parent=self,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_editor_saved)
        editor.tryRequested.connect(
            lambda tried, images: self._on_editor_try_requested(editor, tried, images)
        )
        editor.show()
        return editor

    def new_routine(self) -> RoutineEditor:
        return self._open_editor(None, None)

    def edit_routine(self) -> RoutineEditor | None:
        """A built-in routine is never changed in place: it is edited as a copy."""
        from ankle_coach.core.library import Origin

        entry = self.overview.entry
        if entry is None:
            return None
        if entry.origin is Origin.BUILT_IN:
            return self._open_editor(entry.routine, None, entry.folder)
        return self._open_editor(entry.routine, entry.path)

    def duplicate_routine(self) -> RoutineEditor | None:
        entry = self.overview.entry
        return None if entry is None else self._open_editor(entry.routine, None, entry.folder)

    @Slot(object)
    def _on_editor_saved(self, path: Path) -> None:
        self.reload_library(select=path.stem)
        self.statusBar().showMessage(f"Saved to My routines: {path.name}", 5000)

    def _on_editor_try_requested(
        self, editor: RoutineEditor, routine: Routine, images: dict[str, Path]
    ) -> None:
        import shutil
        import tempfile
        import weakref

        from ankle_coach.core.library import LibraryEntry, Origin
        from ankle_coach.ui.editor.window import stage_images

        folder = editor.image_folder or self.context.paths.user_routines
        if images:
            # Its own images, chosen files not yet copied anywhere included, go into a folder of
            # their own, where the session, the presenter and the overview all look.
            if self._tried_images is None:
                self._tried_images = Path(tempfile.mkdtemp(prefix="ankle-coach-try-"))
                weakref.finalize(self, shutil.rmtree, self._tried_images, ignore_errors=True)
            folder = Path(tempfile.mkdtemp(dir=self._tried_images))
            problems = stage_images(images, folder)
            if problems:
                self.statusBar().showMessage("Not shown: " + "; ".join(problems), 10000)
        self.start_session(LibraryEntry("unsaved", folder / "unsaved.toml", Origin.FILE, routine))

    #: Where the images of routines tried unsaved are copied; removed with the window, or when
    #: the app ends.
    _tried_images: Path | None = None

    # -- sharing ---------------------------------------------------------------------------------

    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            "Import routine",
            str(Path.home()),
            "Routines (*.ankle.zip *.zip *.toml);;All files (*)",
        )
        for name in names:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> ImportResult:
        """Check and copy a routine into My routines; asks before replacing one of the same id."""
        from ankle_coach.core.routine_io import ImportStatus, import_routine

        folder = self.context.paths.user_routines
        result = import_routine(path, folder, on_conflict="ask")
        if result.status is ImportStatus.CONFLICT:
            choice = self.ask_import_conflict(result)
            if choice is None:
                self.statusBar().showMessage("Import cancelled; nothing was changed.", 5000)
                return result
            result = import_routine(path, folder, on_conflict=choice)
        if result.status is ImportStatus.REFUSED:
            lines = "\n".join(f"\u2022 {problem}" for problem in result.problems)
            self.import_notice = self._tell("The routine was not imported", lines)
            return result
        self.reload_library(result.routine_id)
        said = "; ".join(problem.message for problem in result.warnings)
        self.statusBar().showMessage(
            f"Imported into My routines as {result.routine_id}." + (f" {said}" if said else ""),
            10000,
        )
        return result

    def ask_import_conflict(self, result: ImportResult) -> OnConflict | None:
        """Replace, keep both, or cancel; tests replace this method."""
        box = QMessageBox(self)
        box.setWindowTitle("A routine of that name exists")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            f"My routines already has \u201c{result.routine_id}\u201d. Replace it, or keep "
            f"both (the new one as \u201c{result.suggested_id}\u201d)?"
        )
        replace = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep both", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is replace:
            return "replace"
        if box.clickedButton() is keep:
            return "rename"
        return None

    def _chosen_entry(self) -> LibraryEntry | None:
        entry = self.overview.entry
        if entry is None:
            self.statusBar().showMessage("Choose a routine first.", 5000)
        return entry

    def export_current(self) -> None:
        from ankle_coach.core.routine_io import package_name_for

        entry = self._chosen_entry()
        if entry is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export routine",
            str(Path.home() / package_name_for(entry)),
            "Routine package (*.ankle.zip)",
        )
        if name:
            self.export_to(entry, Path(name))

    def export_to(self, entry: LibraryEntry, out: Path) -> None:
        from ankle_coach.core.routine import RoutineError
        from ankle_coach.core.routine_io import export_routine

        try:
            export_routine(entry, None, out)
        except (RoutineError, OSError) as exc:
            self.export_notice = self._tell("The routine was not exported", str(exc))
            return
        self.statusBar().showMessage(f"Exported to {out}: one file to send as it is.", 10000)

    def export_handout(self) -> None:
        entry = self._chosen_entry()
        if entry is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Export handout", str(Path.home() / f"{entry.id}.pdf"), "PDF (*.pdf)"
        )
        if name:
            self.handout_to(entry, Path(name))

    def print_handout(self) -> None:
        """Print the chosen routine's handout on the printer, and paper, the user picks."""
        from PySide6.QtPrintSupport import QPrinter

        entry = self._chosen_entry()
        if entry is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(entry.routine.title)
        if not self.ask_printer(printer):
            self.statusBar().showMessage("Printing cancelled; nothing was printed.", 5000)
            return
        self.print_to(entry, printer)

    def ask_printer(self, printer: QPrinter) -> bool:
        """The print dialog (printer, paper, copies, or a file); False when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print handout")
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def print_to(self, entry: LibraryEntry, printer: QPrinter) -> None:
        from ankle_coach.ui.handout.sheet import print_handout

        try:
            pages = print_handout(entry, None, printer)
        except OSError as exc:
            self.export_notice = self._tell("The handout was not printed", str(exc))
            return
        where = printer.outputFileName() or printer.printerName() or "the printer"
        self.statusBar().showMessage(
            f"Handout sent to {where}: {pages} page{'s' if pages != 1 else ''}.", 10000
        )

    def handout_to(self, entry: LibraryEntry, out: Path) -> None:
        from ankle_coach.ui.handout.sheet import write_handout

        us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        page: Literal["A4", "Letter"] = "Letter" if us else "A4"  # what the printer holds
        try:
            write_handout(entry, None, out, page_size=page)
        except OSError as exc:
            self.export_notice = self._tell("The handout was not written", str(exc))
            return
        self.statusBar().showMessage(f"Handout written to {out}.", 10000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    @Slot(object)
    def _on_library_routine_chosen(self, entry: LibraryEntry) -> None:
        if self._in_session():
            return  # the library is browsable, but the session stays on screen
        self.overview.show_entry(entry)
        self.pages.setCurrentWidget(self.overview)
        # Prepared a moment later: not before the window first shows, and not for every
        # routine the arrow keys pass on the way down the list. Start prepares at once.
        self._prepare_timer.start()

    @Slot(str, object)
    def _on_library_problem_chosen(self, path: str, problems: list[Problem]) -> None:
        if self._in_session():
            return
        self.problem_page.show_problems(path, problems)
        self.pages.setCurrentWidget(self.problem_page)

    @Slot(str)
    def _on_guidance_routine_requested(self, routine_id: str) -> None:
        if not self.library_view.select(routine_id):
            self.statusBar().showMessage(f"No routine called {routine_id} in the library.", 5000)

    @Slot()
    def _on_guidance_ice_finished(self) -> None:
        QApplication.beep()
        self.statusBar().showMessage("Ice: 20 minutes are up. Take the ice off.", 30000)

    # -- the voice ------------------------------------------------------------------------------

    @Slot()
    def _on_prepare_timer_timeout(self) -> None:
        if self.overview.entry is not None and not self._in_session():
            self._prepare_player(self.overview.entry)

    def _sound(self) -> Sound:
        from ankle_coach.qt.cue_player import Sound

        if self.settings.mute:
            return Sound.MUTE
        return Sound.BEEP if self.settings.beep_only else Sound.VOICE

    def _voice_settings(self, settings: Settings | None = None) -> VoiceSettings:
        """The voice of `settings` (the window's own by default)."""
        from ankle_coach.speech import VoiceSettings

        fields = voice_fields(settings or self.settings)
        return VoiceSettings(fields["voice_id"], fields["rate"], fields["volume"])

    def _prepare_player(self, entry: LibraryEntry) -> CuePlayer:
        """Render the routine's cues as soon as it is chosen, so Start speaks at once."""
        voice = self._voice_settings()
        key = (str(entry.path), voice, self._sound())
        if self.player is not None and self._player_key == key:
            return self.player
        if self.player is not None:
            self.player.close()
            self.player.deleteLater()
        from ankle_coach.core.session import SessionEngine
        from ankle_coach.qt.cue_player import CuePlayer
        from ankle_coach.speech import Pyttsx3Renderer

        cache = self.context.cache
        renderer = self.context.renderer or Pyttsx3Renderer(cache)
        player = CuePlayer(
            renderer,
            voice,
            cache,
            self,
            sound=self._sound(),
            audio_problem=self.context.audio_problem,
            make_effect=self.context.make_effect,
        )
        player.preparing.connect(self._on_player_preparing)
        player.unavailable.connect(self._on_player_unavailable)
        player.ready.connect(self._on_player_ready)
        self.player = player
        self._player_key = key
        player.prepare(
            SessionEngine(entry.routine, self.context.clock, to_plan_options(self.settings)).plan
        )
        return player

    @Slot(int, int)
    def _on_player_preparing(self, done: int, total: int) -> None:
        self.statusBar().showMessage(f"Preparing the voice: {done} of {total} cues")

    @Slot()
    def _on_player_ready(self) -> None:
        from ankle_coach.core.session import Phase

        if self.player is not None and self.player.problem is None:
            self.statusBar().showMessage("Voice ready.", 3000)
        controller = self.controller
        if controller is not None and controller.state.phase is Phase.READY and self._waiting:
            self._waiting = False
            self.session_view.show_notice(self._voice_notice())
            controller.start()

    @Slot(str)
    def _on_player_unavailable(self, reason: str) -> None:
        self._voice_reason = reason
        if not self._voice_told:  # once, in the status bar and on the session view
            self._voice_told = True
            self.statusBar().showMessage(f"No voice: {reason}", 30000)
        self.session_view.show_notice(self._voice_notice())

    def _voice_notice(self) -> str:
        reason = getattr(self, "_voice_reason", "")
        return f"No voice: {reason}" if reason else ""

    @Slot(bool)
    def _on_actions_mute_toggled(self, muted: bool) -> None:
        self._set_settings(dataclasses.replace(self.settings, mute=muted))
        if self.player is not None:
            self.player.sound = self._sound()
            self._player_key = (*self._player_key[:2], self._sound()) if self._player_key else None
        self.statusBar().showMessage("Voice off." if muted else "Voice on.", 3000)

    # -- the session -----------------------------------------------------------------------------

    _waiting = False

    def _in_session(self) -> bool:
        return self.controller is not None and not self.controller.state.is_over

    @Slot(object)
    def _on_overview_start_requested(self, entry: LibraryEntry) -> None:
        self.start_session(entry)

    @Slot()
    def _on_actions_start_requested(self) -> None:
        if self.pages.currentWidget() is self.overview and self.overview.entry is not None:
            self.start_session(self.overview.entry)

    def start_session(self, entry: LibraryEntry) -> None:
        """Start after the optional pain check-in (skippable, remembered as a preference)."""
        self.check_ins.before_session(lambda check_in: self._start_session(entry, check_in))

    def _start_session(self, entry: LibraryEntry, before_check_in_id: int | None) -> None:
        from ankle_coach.core.session import SessionEngine
        from ankle_coach.core.textfit import shortened
        from ankle_coach.qt.controller import SessionController

        self._end_session()
        player = self._prepare_player(entry)
        engine = SessionEngine(entry.routine, self.context.clock, to_plan_options(self.settings))
        controller = SessionController(engine, player, self)
        controller.stateChanged.connect(self.session_view.show_state)
        controller.stateChanged.connect(self._on_controller_state_changed)
        controller.cueDue.connect(self.session_view.show_cue)
        controller.finished.connect(self._on_controller_finished)
        self.check_ins.track(controller, entry.id, entry.routine.title, before_check_in_id)
        self.controller = controller
        self.actions_.controller = controller
        self.session_view.set_entry(entry)
        self.pages.setCurrentWidget(self.session_view)
        self.setWindowTitle(
            f"{shortened(entry.routine.title, TITLE_CHARACTERS)} \u2014 Ankle Coach"
        )
        if self.presenter is not None:
            self.presenter.set_entry(entry)
            controller.stateChanged.connect(self.presenter.show_state)
        if player.is_ready:
            self.session_view.show_notice(self._voice_notice())
            controller.start()
        else:
            self._waiting = True
            self.session_view.show_notice(
                "Preparing the voice\u2026 the session starts when it is ready."
            )
            controller.poll()
        self.session_view.setFocus()

    def _end_session(self) -> None:
        if self.controller is None:
            return
        self.controller.stop()
        self.controller.deleteLater()
        self.controller = None
        self.actions_.controller = None
        self.actions_.update_for(None)
        self._waiting = False

    @Slot(object)
    def _on_controller_state_changed(self, state: SessionState) -> None:
        """The title says the time left too, for a glance at the taskbar or another window."""
        from ankle_coach.core.session import Phase
        from ankle_coach.core.textfit import shortened
        from ankle_coach.ui.session.view import countdown_text

        entry = self.session_view.entry
        title = shortened(entry.routine.title, TITLE_CHARACTERS) if entry is not None else ""
        if state.phase is Phase.FINISHED:
            shown = f"Complete \u00b7 {title}"
        elif state.phase is Phase.PAUSED:
            shown = f"Paused \u00b7 {title}"
        else:
            shown = f"{countdown_text(state)} \u00b7 {title}"
        self.setWindowTitle(f"{shown} \u2014 Ankle Coach")

    @Slot()
    def _on_controller_finished(self) -> None:
        self.statusBar().showMessage("Routine complete. Well done.", 10000)

    def stop_session(self, *, ask: bool = True) -> bool:
        """Stop and go back to the routine; asks first while a session is under way."""
        if self.controller is None:
            return True
        if ask and self._in_session():
            answer = QMessageBox.question(
                self,
                "Stop the session?",
                "Stop this session and go back to the routine?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        entry = self.session_view.entry
        self._end_session()
        self._close_presenter()
        self.setWindowTitle("Ankle Coach")
        if entry is not None:
            self.overview.show_entry(entry)
        self.pages.setCurrentWidget(self.overview)
        return True

    @Slot()
    def _on_actions_escape_pressed(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self._close_presenter()
        else:
            self.stop_session(ask=True)

    # -- presenter mode ----------------------------------------------------------------------------

    @Slot()
    def _on_actions_presenter_toggled(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self._close_presenter()
            return
        if self.controller is None:
            return
        from ankle_coach.ui.session.presenter import PresenterWindow

        presenter = PresenterWindow(self.actions_)
        presenter.closed.connect(self._on_presenter_closed)
        if self.session_view.entry is not None:
            presenter.set_entry(self.session_view.entry)
        self.controller.stateChanged.connect(presenter.show_state)
        presenter.show_state(self.controller.state)
        self.presenter = presenter
        presenter.present_on(self._chosen_screen())

    def _chosen_screen(self) -> QScreen:
        screens = QGuiApplication.screens()
        for screen in screens:
            if screen.name() == self._presenter_screen:
                return screen
        mine = self.screen()
        others = [s for s in screens if s is not mine]
        return others[0] if others else mine

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        for screen in QGuiApplication.screens():
            size = screen.size()
            action = self.screen_menu.addAction(
                f"{screen.name()} ({size.width()}\u00d7{size.height()})"
            )
            action.setCheckable(True)
            action.setChecked(screen is self._chosen_screen())
            name = screen.name()
            action.triggered.connect(lambda _=False, name=name: self._set_presenter_screen(name))

    def _set_presenter_screen(self, name: str) -> None:
        self._presenter_screen = name

    def _close_presenter(self) -> None:
        presenter = self.presenter
        if presenter is not None:
            self.presenter = None
            presenter.close()
            presenter.deleteLater()
        self.activateWindow()

    @Slot()
    def _on_presenter_closed(self) -> None:
        if self.presenter is not None:
            self.presenter.deleteLater()
            self.presenter = None

    # -- settings, help ---------------------------------------------------------------------------

    def _set_settings(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(settings, self.context.paths)
        except OSError as exc:
            self.statusBar().showMessage(f"Settings could not be saved: {exc}", 10000)

    def open_settings(self) -> None:
        from ankle_coach.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self._voices, parent=self)
        dialog.testVoiceRequested.connect(self._on_settings_test_voice_requested)
        if self._voices is None:
            self._list_voices(dialog)
        if not dialog.exec():
            return
        self.apply_settings(dialog.settings())

    _voices: list[tuple[str, str]] | None = None

    def _list_voices(self, dialog: SettingsDialog) -> None:
        """Ask the speech engine for its voices without blocking the window (a worker process)."""
        import threading

        from ankle_coach.speech import SpeechUnavailable, list_voices

        bridge = _VoicesBridge(dialog)
        bridge.found.connect(self._on_voices_found)
        bridge.found.connect(dialog.set_voices)

        def work() -> None:
            try:
                voices = [(voice.id, voice.name) for voice in list_voices()]
            except SpeechUnavailable:
                voices = []
            try:
                bridge.found.emit(voices)
            except RuntimeError:
                pass  # the dialog is gone

        threading.Thread(target=work, name="list-voices", daemon=True).start()

    @Slot(object)
    def _on_voices_found(self, voices: list[tuple[str, str]]) -> None:
        self._voices = voices

    @Slot(object)
    def _on_settings_test_voice_requested(self, settings: Settings) -> None:
        from ankle_coach.qt.cue_player import CuePlayer
        from ankle_coach.speech import Pyttsx3Renderer

        cache = self.context.cache
        tester = CuePlayer(
            self.context.renderer or Pyttsx3Renderer(cache),
            self._voice_settings(settings),
            cache,
            self,
            audio_problem=self.context.audio_problem,
            make_effect=self.context.make_effect,
        )
        tester.unavailable.connect(self._on_player_unavailable)
        if self._tester is not None:
            self._tester.close()
            self._tester.deleteLater()
        self._tester = tester
        tester.preview("This is how your cues will sound. 3. 2. 1. Go.")

    _tester: CuePlayer | None = None

    def apply_settings(self, settings: Settings) -> None:
        self._set_settings(settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme, settings.text_size, self.base_font)
        self.session_view.set_theme(settings.theme)
        self.actions_.mute.setChecked(settings.mute)
        self.check_ins.ask = settings.ask_pain_check_in
        if self._history_view is not None:
            self._history_view.show_check_ins_asked(settings.ask_pain_check_in)
        if self.overview.entry is not None and not self._in_session():
            self._prepare_player(self.overview.entry)

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            from ankle_coach.ui.history import (
                view as history_view,
            )  # QtCharts loads only when it is needed

            view = history_view.HistoryView(self.history)
            view.doctorGuidanceRequested.connect(self.show_doctor_guidance)
            view.checkInsRequested.connect(self._on_history_view_check_ins_requested)
            view.show_check_ins_asked(self.settings.ask_pain_check_in)
            self.pages.addWidget(view)
            self._history_view = view
        return self._history_view

    def show_history(self) -> None:
        if self._in_session():
            return
        self.history_view.refresh()
        self.pages.setCurrentWidget(self.history_view)

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
        self._set_settings(dataclasses.replace(self.settings, ask_pain_check_in=ask))
        if self._history_view is not None:
            self._history_view.show_check_ins_asked(ask)

    @Slot()
    def _on_history_view_check_ins_requested(self) -> None:
        self.apply_settings(dataclasses.replace(self.settings, ask_pain_check_in=True))
        self.statusBar().showMessage(
            "Check-ins are on: you will be asked before and after each session.", 10000
        )

    @Slot(str)
    def _on_check_ins_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 30000)

    @Slot(object)
    def _on_check_ins_advice_given(self, advice: object) -> None:
        self.statusBar().showMessage(str(getattr(advice, "headline", "")), 10000)

    def _on_show_folder(self) -> None:
        folder = self.context.paths.user_routines
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_keys(self) -> None:
        lines = [f"{action.text()}: {action.shortcut().toString()}" for action in self.actions_.all]
        QMessageBox.information(self, "Keys", "\n".join(lines))

    def _on_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About Ankle Coach")
        box.setIconPixmap(QIcon(str(assets_dir() / "icon.svg")).pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"Ankle Coach {__version__}")
        box.setInformativeText(
            "Guided stretch and warm-up routines for runners with ankle pain after running, "
            "based on the article \u201cAnkle Pain After Running \u2013 Top Causes\u201d.\n\n"
            + DISCLAIMER
        )
        box.exec()

    # -- window --------------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.window_geometry
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:  # on a small screen (1024x600, say) no larger than the screen
            screen = self.screen()
            room = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
            self.resize(QSize(1280, 800).boundedTo(room))
        state = self.settings.window_state
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        self.guidance_dock.setVisible(self.settings.sidebar_visible)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._in_session() and not self.stop_session(ask=True):
            event.ignore()
            return
        self._close_presenter()
        if self._built:
            self._check_ins.close()
        if self.player is not None:
            self.player.close()
        self._set_settings(
            dataclasses.replace(
                self.settings,
                window_geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
                window_state=bytes(self.saveState().toBase64().data()).decode("ascii"),
                sidebar_visible=self.guidance_dock.isVisible(),
            )
        )
        if self._built:
            self._history.close()
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

    def current_state(self) -> SessionState | None:
        return self.controller.state if self.controller is not None else None


def _real(path: Path) -> Path:
    """The file a path names, links followed; a link in a loop stays as it is (its problem is
    listed) where Path.resolve would raise."""
    return Path(os.path.realpath(path))
