"""The session's commands as QActions: one place for their names, keys and enabled state.

The main window puts them in its menu, the session view on its buttons, the presenter window
listens to their keys; all three call the same SessionController.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from ankle_coach.core.session import ADJUST_STEP_SECONDS, Phase, SessionState

if TYPE_CHECKING:
    from ankle_coach.qt.controller import SessionController


class SessionActions(QObject):
    """Signals:
    presenterToggled(): F or F11, to enter or leave presenter mode.
    escapePressed(): Esc: leave presenter mode, else stop (the window asks first).
    muteToggled(bool): M.
    startRequested(): Space with no session: start the chosen routine.
    """

    presenterToggled = Signal()
    escapePressed = Signal()
    muteToggled = Signal(bool)
    startRequested = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.controller: SessionController | None = None

        def make(text: str, keys: list[str], slot: Callable[[], object], tip: str) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            shown = ", ".join(
                QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys
            )
            action.setToolTip(f"{tip} ({shown})")
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            return action

        self.pause = make("Pause", ["Space"], self._on_pause, "Start, pause or resume")
        self.next = make("Next", ["Right", "PgDown"], self._on_next, "Skip to the next step")
        self.back = make(
            "Back", ["Left", "PgUp"], self._on_back, "Back to the start of this or the last step"
        )
        self.restart = make(
            "Restart exercise", ["R"], self._on_restart, "Start this exercise again"
        )
        self.done = make(
            "Done", ["D", "Return", "Enter"], self._on_done, "Finish a step done at your own pace"
        )
        self.longer = make(
            f"+{ADJUST_STEP_SECONDS:g} s",
            ["+", "="],
            self._on_longer,
            f"Hold {ADJUST_STEP_SECONDS:g} seconds longer",
        )
        self.shorter = make(
            f"\u2212{ADJUST_STEP_SECONDS:g} s",
            ["-"],
            self._on_shorter,
            f"Hold {ADJUST_STEP_SECONDS:g} seconds less",
        )
        self.mute = make("Mute", ["M"], self._on_mute, "Turn the voice off or on")
        self.mute.setCheckable(True)
        self.presenter = make(
            "Presenter mode",
            ["F", "F11"],
            self.presenterToggled.emit,
            "Full screen, large type, for showing a patient",
        )
        self.presenter.setIconText("Presenter")
        self.restart.setIconText("Restart")
        self.stop = make("Stop", ["Esc"], self.escapePressed.emit, "Stop the session")
        self.all = [
            self.pause,
            self.back,
            self.next,
            self.restart,
            self.done,
            self.shorter,
            self.longer,
            self.mute,
            self.presenter,
            self.stop,
        ]
        self.update_for(None)

    def _call(self, what: Callable[[SessionController], object]) -> None:
        if self.controller is not None:
            what(self.controller)

    def _on_pause(self) -> None:
        controller = self.controller
        if controller is None:
            self.startRequested.emit()
            return
        if controller.state.phase is Phase.READY:
            controller.start()
        else:
            controller.toggle_pause()

    def _on_next(self) -> None:
        self._call(lambda c: c.next())

    def _on_back(self) -> None:
        self._call(lambda c: c.back())

    def _on_restart(self) -> None:
        self._call(lambda c: c.restart_exercise())

    def _on_done(self) -> None:
        self._call(lambda c: c.done())

    def _on_longer(self) -> None:
        self._call(lambda c: c.adjust(ADJUST_STEP_SECONDS))

    def _on_shorter(self) -> None:
        self._call(lambda c: c.adjust(-ADJUST_STEP_SECONDS))

    def _on_mute(self) -> None:
        self.muteToggled.emit(self.mute.isChecked())

    def update_for(self, state: SessionState | None) -> None:
        """Enable what makes sense now, and name the pause button for what it will do."""
        live = state is not None and not state.is_over
        for action in self.all:
            action.setEnabled(live)
        self.mute.setEnabled(True)
        self.presenter.setEnabled(state is not None)
        self.stop.setEnabled(state is not None)
        if state is None:
            self.pause.setText("Start")
            self.pause.setEnabled(True)  # Space starts the chosen routine
            return
        paused = state.phase in (Phase.PAUSED, Phase.READY)
        self.pause.setText(
            "Start" if state.phase is Phase.READY else "Resume" if paused else "Pause"
        )
        self.done.setEnabled(live and state.segment.kind == "manual")
        self.longer.setEnabled(live and state.adjustable)
        self.shorter.setEnabled(live and state.adjustable)
