"""Presenter mode: the session full screen on a chosen display, in very large high-contrast type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ankle_coach.core.images import find_image
from ankle_coach.core.library import LibraryEntry
from ankle_coach.core.session import SessionState
from ankle_coach.core.words import detail_words
from ankle_coach.ui.actions import SessionActions
from ankle_coach.ui.session.view import countdown_text, phase_words
from ankle_coach.ui.theme import phase_colours
from ankle_coach.ui.widgets.illustration import Illustration
from ankle_coach.ui.widgets.text import plain_label


class PresenterWindow(QWidget):
    """Only what a patient across the room needs: countdown, name, side, picture, next up.

    Every session key works here too (the actions are added to this window). Signals:
    closed(): the window was closed (Esc, F, F11 or the window manager).
    """

    closed = Signal()

    def __init__(self, actions: SessionActions) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle("Ankle Coach \u2014 presenter")
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        for action in actions.all:
            self.addAction(action)
        self._entry: LibraryEntry | None = None
        self._kind = ""

        self.phase = plain_label(wrap=True, name="presenterPhase")
        self.countdown = plain_label(name="presenterCountdown")
        self.countdown.setAccessibleName("Time left in this step")
        self.exercise = plain_label(wrap=True, name="presenterExercise")
        self.details = plain_label(wrap=True, name="presenterDetails")
        self.next_up = plain_label(wrap=True, name="presenterNext")
        for label in (self.phase, self.countdown, self.exercise, self.details, self.next_up):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The countdown keeps its room however long a routine's words: so many lines at most.
        for text, lines in (
            (self.phase, 2),
            (self.exercise, 2),
            (self.details, 2),
            (self.next_up, 1),
        ):
            text.set_max_lines(lines)
        self.illustration = Illustration()
        self.illustration.setAccessibleName("Illustration of the exercise")

        words = QVBoxLayout()
        words.addStretch(1)
        for label in (self.phase, self.countdown, self.exercise, self.details):
            words.addWidget(label)
        words.addStretch(1)
        words.addWidget(self.next_up)
        row = QHBoxLayout()
        row.addWidget(self.illustration, 4)
        row.addSpacing(32)
        row.addLayout(words, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addLayout(row)
        self._paint("work")

    def present_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def set_entry(self, entry: LibraryEntry) -> None:
        self._entry = entry

    @Slot(object)
    def show_state(self, state: SessionState) -> None:
        segment = state.segment
        self.phase.setText(phase_words(state))
        self.countdown.setText(countdown_text(state))
        leads_in = segment.kind in ("get-ready", "rest", "switch")
        self.exercise.setText(f"Next: {segment.exercise}" if leads_in else segment.exercise)
        self.details.setText(
            detail_words(segment)
            + (f"  \u00b7  Rep {state.rep} of {segment.reps}" if state.rep is not None else "")
        )
        upcoming = state.next_work
        self.next_up.setText(
            "" if state.is_over or upcoming is None or leads_in else f"Then: {upcoming.exercise}"
        )
        if self._entry is not None:
            exercise = self._entry.routine.exercises[segment.exercise_index]
            self.illustration.set_image(
                find_image(exercise.image, self._entry.folder), mirrored=segment.side == "right"
            )
        kind = "done" if state.is_over else segment.kind
        if kind != self._kind:
            self._paint(kind)

    def _paint(self, kind: str) -> None:
        self._kind = kind
        colours = phase_colours(kind, "high-contrast")
        self.setStyleSheet(
            "QWidget#presenter { background: #000000; }"
            "QLabel { color: #ffffff; }"
            f"QLabel#presenterCountdown, QLabel#presenterPhase {{ color: {colours.strong}; }}"
            "QLabel#presenterNext { color: #d0d0d0; }"
        )
        self._scale_type()  # a new style sheet re-polishes the labels and loses their sizes

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        height = max(self.height(), 300)

        def sized(label: QLabel, share: float, *, bold: bool = True) -> None:
            font = QFont(self.font())
            font.setPixelSize(max(12, round(height * share)))
            font.setBold(bold)
            label.setFont(font)

        sized(self.countdown, 0.38)
        sized(self.phase, 0.06)
        sized(self.exercise, 0.07)
        sized(self.details, 0.05, bold=False)
        sized(self.next_up, 0.04, bold=False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        super().closeEvent(event)
        self.closed.emit()
