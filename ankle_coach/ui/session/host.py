"""The session host: starts and stops a session in the main window, with its controller, its cue
player (the voice, prepared as soon as a routine is chosen), the presenter window and the pain
check-ins around it. The window keeps the frame and the pages; this keeps what a session needs.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QMessageBox

from ankle_coach.core.choices import SessionChoices, session_choices
from ankle_coach.core.library import LibraryEntry, Origin
from ankle_coach.core.session import Phase, SessionEngine, SessionState
from ankle_coach.core.settings import Settings
from ankle_coach.core.textfit import shortened
from ankle_coach.qt.controller import SessionController
from ankle_coach.qt.cue_player import CuePlayer, Sound
from ankle_coach.speech import Pyttsx3Renderer, VoiceSettings
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.session.presenter import PresenterWindow
from ankle_coach.ui.session.words import countdown_text, counted_rep

if TYPE_CHECKING:
    from collections.abc import Callable

    from ankle_coach.core.routine import Routine
    from ankle_coach.ui.frame import WindowFrame
    from ankle_coach.ui.session.voice_status import VoiceStatus

#: How long a chosen routine waits before its voice is prepared (see `routine_chosen`).
PREPARE_DELAY_MS = 300
#: A routine's title in the window title is cut to this many characters (taskbars show fewer).
TITLE_CHARACTERS = 60
TEST_VOICE_TEXT = "This is how your cues will sound. 3. 2. 1. Go."


class SessionHost(QObject):
    """Runs sessions for `window` (its parent): one controller and one cue player at a time.

    Signals:
    sessionShown(bool): a session took the window (True), or ended (False): the window gives
    the session view the room of the library meanwhile, and gives it back.
    """

    sessionShown = Signal(bool)

    def __init__(self, window: WindowFrame) -> None:
        super().__init__(window)
        self._window = window
        self.controller: SessionController | None = None
        self.player: CuePlayer | None = None
        #: What the player was prepared for: the routine's file, the voice, the sound.
        self._player_key: tuple[str, VoiceSettings, Sound] | None = None
        self.presenter: PresenterWindow | None = None
        #: The screen the presenter goes to, by name; None: another screen than the window's.
        self._presenter_screen: str | None = None
        self._tester: CuePlayer | None = None  # the settings dialog's Test voice
        self._voice_told = False  # "No voice" goes to the status bar once
        self._voice_reason = ""
        #: "No voice" in the status bar's corner while there is none, its reason a click away;
        #: made the first time there is none (most sessions have a voice: issue 16's memory).
        self.voice_status: VoiceStatus | None = None
        self._waiting = False  # a session waits for its voice before it starts
        #: Where the images of routines tried unsaved are copied; removed with the window, or
        #: when the app ends.
        self._tried_images: Path | None = None
        #: Called once a routine tried from the editor is over: the editor comes back.
        self._after_try: Callable[[], None] | None = None
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(self._on_prepare_timer_timeout)

    # -- the user's choices --------------------------------------------------------------------

    def choices(self, settings: Settings | None = None) -> SessionChoices:
        return session_choices(settings or self._window.settings)

    def voice_settings(self, settings: Settings | None = None) -> VoiceSettings:
        """The voice of `settings` (the window's own by default)."""
        return VoiceSettings(**self.choices(settings).voice)

    def in_session(self) -> bool:
        return self.controller is not None and not self.controller.state.is_over

    # -- the voice -----------------------------------------------------------------------------

    def routine_chosen(self) -> None:
        """Prepare the chosen routine's voice a moment later: not before the window first
        shows, and not for every routine the arrow keys pass on the way down the list. Start
        prepares at once."""
        self._prepare_timer.start()

    @Slot()
    def _on_prepare_timer_timeout(self) -> None:
        entry = self._window.overview.entry
        if entry is not None and not self.in_session():
            self.prepare_player(entry)

    def prepare_player(self, entry: LibraryEntry) -> CuePlayer:
        """Render the routine's cues as soon as it is chosen, so Start speaks at once."""
        choices = self.choices()
        voice = VoiceSettings(**choices.voice)
        sound = Sound(choices.sound)
        key = (str(entry.path), voice, sound)
        if self.player is not None and self._player_key == key:
            return self.player
        if self.player is not None:
            self.player.close()
            self.player.deleteLater()
        player = self._new_player(voice, sound)
        player.preparing.connect(self._on_player_preparing)
        player.ready.connect(self._on_player_ready)
        self.player = player
        self._player_key = key
        context = self._window.context
        player.prepare(SessionEngine(entry.routine, context.clock, choices.plan_options).plan)
        return player

    def _new_player(self, voice: VoiceSettings, sound: Sound) -> CuePlayer:
        context = self._window.context
        cache = context.cache
        player = CuePlayer(
            context.renderer or Pyttsx3Renderer(cache),
            voice,
            cache,
            self,
            sound=sound,
            audio_problem=context.audio_problem,
            make_effect=context.make_effect,
        )
        player.unavailable.connect(self._on_player_unavailable)
        return player

    def test_voice(self, settings: Settings) -> None:
        """Say a sample with the settings dialog's values, not yet saved."""
        tester = self._new_player(self.voice_settings(settings), Sound.VOICE)
        if self._tester is not None:
            self._tester.close()
            self._tester.deleteLater()
        self._tester = tester
        tester.preview(TEST_VOICE_TEXT)

    def set_muted(self, muted: bool) -> None:
        """The window has saved the new mute setting: the player follows it."""
        if self.player is not None and self._player_key is not None:
            sound = Sound(self.choices().sound)
            self.player.sound = sound
            self._player_key = (*self._player_key[:2], sound)

    def settings_changed(self) -> None:
        entry = self._window.overview.entry
        if entry is not None and not self.in_session():
            self.prepare_player(entry)

    @Slot(int, int)
    def _on_player_preparing(self, done: int, total: int) -> None:
        self._window.statusBar().showMessage(
            translate("ui.session.host", "Preparing the voice: {done} of {total} cues").format(
                done=done, total=total
            )
        )

    @Slot()
    def _on_player_ready(self) -> None:
        if self.player is not None and self.player.problem is None:
            self._window.statusBar().showMessage(translate("ui.session.host", "Voice ready."), 3000)
            self._voice_reason = ""
            if self.voice_status is not None:
                self.voice_status.clear()
        controller = self.controller
        if controller is None:
            return
        self._window.session_view.show_notice(self._voice_notice())  # "Preparing..." goes
        if self._waiting:
            self._set_waiting(False)
            if controller.state.phase is Phase.READY:
                controller.start()

    @Slot(str)
    def _on_player_unavailable(self, reason: str) -> None:
        self._voice_reason = reason
        if self.voice_status is None:
            from ankle_coach.ui.session.voice_status import VoiceStatus

            self.voice_status = VoiceStatus(self._window)
            self._window.statusBar().addPermanentWidget(self.voice_status)
        self.voice_status.show_reason(reason)
        controller = self.controller
        if self._waiting:  # it will not be ready: the session starts, its cues on screen
            self._set_waiting(False)
            if controller is not None and controller.state.phase is Phase.READY:
                controller.start()
        if not self._voice_told:  # once, in the status bar and on the session view
            self._voice_told = True
            self._window.statusBar().showMessage(
                translate(
                    "ui.session.host",
                    "No voice this time: click “No voice” at the bottom right to see why.",
                ),
                30000,
            )
        self._window.session_view.show_notice(self._voice_notice())

    def _set_waiting(self, waiting: bool) -> None:
        """Whether the session shown waits for its voice; its READY words say which."""
        self._waiting = waiting
        state = self.controller.state if self.controller is not None else None
        view = self._window.session_view
        view.waiting_for_voice = waiting
        if state is not None:
            view.show_state(state)
        if self.presenter is not None:
            self.presenter.waiting_for_voice = waiting
            if state is not None:
                self.presenter.show_state(state)

    def _voice_notice(self) -> str:
        if not self._voice_reason:
            return ""
        return translate("ui.session.host", "No voice: {reason}").format(reason=self._voice_reason)

    # -- the session ---------------------------------------------------------------------------

    def start_session(self, entry: LibraryEntry) -> None:
        """Start after the optional pain check-in (skippable, remembered as a preference)."""
        if entry.origin is Origin.UNSAVED:  # tried from the editor: no check-in, not logged
            self._start(entry, None)
            return
        self._window.check_ins.before_session(lambda check_in: self._start(entry, check_in))

    def try_unsaved(
        self,
        image_folder: Path | None,
        routine: Routine,
        images: dict[str, Path],
        after: Callable[[], None] | None = None,
    ) -> None:
        """The editor's Try it: a session of a routine not saved yet, in front of the editor,
        with no check-in and not in the history; `after` is called when it is over."""
        window = self._window
        folder = image_folder or window.context.paths.user_routines
        if images:
            # Imported here: the editor's module is loaded when an editor first opens.
            from ankle_coach.ui.editor.images import stage_images

            # Its own images, chosen files not yet copied anywhere included, go into a folder of
            # their own, where the session, the presenter and the overview all look.
            if self._tried_images is None:
                self._tried_images = Path(tempfile.mkdtemp(prefix="ankle-coach-try-"))
                weakref.finalize(self, shutil.rmtree, self._tried_images, ignore_errors=True)
            folder = Path(tempfile.mkdtemp(dir=self._tried_images))
            problems = stage_images(images, folder)
            if problems:
                window.statusBar().showMessage(
                    translate("ui.session.host", "Not shown: {problems}").format(
                        problems="; ".join(problems)
                    ),
                    10000,
                )
        from ankle_coach.core.routine_toml import unsaved_entry  # as the editor is

        self.start_session(unsaved_entry(routine, folder))
        self._after_try = after
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def _start(self, entry: LibraryEntry, before_check_in_id: int | None) -> None:
        window = self._window
        view = window.session_view
        self.end_session()
        self._after_try = None  # a routine tried is over when another starts
        player = self.prepare_player(entry)
        options = self.choices().plan_options
        engine = SessionEngine(entry.routine, window.context.clock, options)
        controller = SessionController(engine, player, self)
        controller.stateChanged.connect(view.show_state)
        controller.stateChanged.connect(self._on_controller_state_changed)
        controller.cueDue.connect(view.show_cue)
        controller.finished.connect(self._on_controller_finished)
        if entry.origin is not Origin.UNSAVED:  # a routine tried from the editor is not logged
            # The file's own (English) names are recorded, not the language in use's.
            original = entry.original
            window.check_ins.track(
                controller,
                entry.id,
                original.title,
                before_check_in_id,
                exercise_names=tuple(exercise.name for exercise in original.exercises),
            )
        self.controller = controller
        window.actions_.controller = controller
        view.set_entry(entry)
        window.pages.setCurrentWidget(view)
        window.setWindowTitle(
            f"{shortened(entry.routine.title, TITLE_CHARACTERS)} \u2014 Ankle Coach"
        )
        if self.presenter is not None:
            self.presenter.set_entry(entry)
            controller.stateChanged.connect(self.presenter.show_state)
        if player.is_ready:
            view.show_notice(self._voice_notice())
            controller.start()
        else:
            self._set_waiting(True)
            view.show_notice(
                translate(
                    "ui.session.host",
                    "The session starts when its voice is ready; Space starts it now.",
                )
            )
            controller.poll()
        view.setFocus()
        self.sessionShown.emit(True)

    def end_session(self) -> None:
        if self.controller is None:
            return
        self.controller.stop()
        self.controller.deleteLater()
        self.controller = None
        self._window.actions_.controller = None
        self._window.actions_.update_for(None)
        self._set_waiting(False)
        self.sessionShown.emit(False)

    def stop_session(self, *, ask: bool = True) -> bool:
        """Stop and go back to the routine; asks first while a session is under way."""
        if self.controller is None:
            return True
        window = self._window
        if ask and self.in_session():
            # Paused while asking (the countdown and the voice stop); No resumes what ran.
            controller = self.controller
            running = controller.state.phase is Phase.RUNNING
            if running:
                controller.toggle_pause()
            answer = QMessageBox.question(
                window,
                translate("ui.session.host", "Stop the session?"),
                translate("ui.session.host", "Stop this session and go back to the routine?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                if running and controller.state.phase is Phase.PAUSED:
                    controller.toggle_pause()
                return False
        entry = window.session_view.entry
        self.end_session()
        self.close_presenter()
        window.setWindowTitle("Ankle Coach")
        tried = entry is not None and entry.origin is Origin.UNSAVED
        if entry is not None and not tried:
            window.overview.show_entry(entry)
        window.pages.setCurrentWidget(window.overview)
        if tried:  # a try is over: the library's choice again, never the routine not saved
            window.library_view.rechoose()
        after, self._after_try = self._after_try, None
        if after is not None:
            after()
        return True

    def current_state(self) -> SessionState | None:
        return self.controller.state if self.controller is not None else None

    @Slot(object)
    def _on_controller_state_changed(self, state: SessionState) -> None:
        """The title says the time left too, for a glance at the taskbar or another window."""
        if self._waiting and state.phase is not Phase.READY:  # Space started it: no more wait
            self._set_waiting(False)
            self._window.session_view.show_notice(
                translate(
                    "ui.session.host",
                    "Preparing the voice\u2026 until it is ready, the cues are on screen only.",
                )
            )
        entry = self._window.session_view.entry
        title = shortened(entry.routine.title, TITLE_CHARACTERS) if entry is not None else ""
        if state.phase is Phase.FINISHED:
            shown = translate("ui.session.host", "Complete · {title}").format(title=title)
        elif state.phase is Phase.PAUSED:
            shown = translate("ui.session.host", "Paused · {title}").format(title=title)
        elif (rep := counted_rep(state)) is not None:
            shown = translate("ui.session.host", "Rep {rep} of {reps} · {title}").format(
                rep=rep, reps=state.segment.reps, title=title
            )
        else:
            shown = f"{countdown_text(state)} \u00b7 {title}"
        self._window.setWindowTitle(f"{shown} \u2014 Ankle Coach")

    @Slot()
    def _on_controller_finished(self) -> None:
        self._window.statusBar().showMessage(
            translate("ui.session.host", "Routine complete. Well done."), 10000
        )
        self.sessionShown.emit(False)  # the library is back to choose what comes next

    @Slot()
    def on_escape(self) -> None:
        """Esc leaves presenter mode, else stops the session (asking first)."""
        if self.presenter is not None and self.presenter.isVisible():
            self.close_presenter()
        else:
            self.stop_session(ask=True)

    def close(self) -> None:
        """The window is closing (the session was stopped first): silence and let go."""
        self.close_presenter()
        if self.player is not None:
            self.player.close()

    # -- presenter mode ------------------------------------------------------------------------

    @Slot()
    def toggle_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.close_presenter()
            return
        if self.controller is None:
            return
        window = self._window
        presenter = PresenterWindow(window.actions_)
        presenter.closed.connect(self._on_presenter_closed)
        if window.session_view.entry is not None:
            presenter.set_entry(window.session_view.entry)
        self.controller.stateChanged.connect(presenter.show_state)
        presenter.waiting_for_voice = self._waiting
        presenter.show_state(self.controller.state)
        self.presenter = presenter
        presenter.present_on(self._chosen_screen())

    def _chosen_screen(self) -> QScreen:
        screens = QGuiApplication.screens()
        for screen in screens:
            if screen.name() == self._presenter_screen:
                return screen
        mine = self._window.screen()
        others = [s for s in screens if s is not mine]
        return others[0] if others else mine

    def fill_screen_menu(self, menu: QMenu) -> None:
        """The View menu's "Presenter display": every screen, the chosen one checked."""
        menu.clear()
        for screen in QGuiApplication.screens():
            size = screen.size()
            action = menu.addAction(f"{screen.name()} ({size.width()}\u00d7{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is self._chosen_screen())
            name = screen.name()
            action.triggered.connect(lambda _=False, name=name: self._set_presenter_screen(name))

    def _set_presenter_screen(self, name: str) -> None:
        self._presenter_screen = name

    def close_presenter(self) -> None:
        presenter = self.presenter
        if presenter is not None:
            self.presenter = None
            presenter.close()
            presenter.deleteLater()
        self._window.activateWindow()

    @Slot()
    def _on_presenter_closed(self) -> None:
        if self.presenter is not None:
            self.presenter.deleteLater()
            self.presenter = None
