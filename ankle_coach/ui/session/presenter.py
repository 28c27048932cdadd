"""Presenter mode: the session full screen on a chosen display, in very large high-contrast type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ankle_coach.core.images import find_image
from ankle_coach.core.library import LibraryEntry
from ankle_coach.core.session import Phase, SessionState
from ankle_coach.core.words import detail_words
from ankle_coach.ui.actions import SessionActions
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.session.number import BigNumber
from ankle_coach.ui.session.words import (
    counted_rep,
    next_words,
    number_caption,
    number_name,
    number_parts,
    phase_words,
)
from ankle_coach.ui.theme import phase_colours
from ankle_coach.ui.widgets.illustration import Illustration
from ankle_coach.ui.widgets.text import plain_label

#: Presenter mode is black whatever the app's theme: the most contrast across a room.
GROUND = "#000000"


class PresenterWindow(QWidget):
    """Only what a patient across the room needs: the rep being counted (never the seconds of a
    counted set, which a patient would read as reps) or the seconds of a hold, name, side,
    picture, next up; paused and muted as plainly as the number.

    Every session key works here too (the actions are added to this window). Signals:
    closed(): the window was closed (Esc, F, F11 or the window manager).
    """

    closed = Signal()

    def __init__(self, actions: SessionActions) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(translate("ui.session.presenter", "Ankle Coach — presenter"))
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        for action in actions.all:
            self.addAction(action)
        self._entry: LibraryEntry | None = None
        #: The session waits for its voice (READY says so, not "press Space"); the host sets it.
        self.waiting_for_voice = False
        self._look: tuple[str, bool] = ("", False)

        self.phase = plain_label(wrap=True, name="presenterPhase")
        self.muted = plain_label(translate("ui.session.presenter", "MUTED"), name="presenterMuted")
        self.muted.setAccessibleName(translate("ui.session.presenter", "Muted: the voice is off"))
        self.caption = plain_label(name="presenterCaption")
        self.countdown = BigNumber("presenterCountdown")
        self.exercise = plain_label(wrap=True, name="presenterExercise")
        self.details = plain_label(wrap=True, name="presenterDetails")
        self.next_up = plain_label(wrap=True, name="presenterNext")
        for label in (
            self.phase,
            self.caption,
            self.exercise,
            self.details,
            self.next_up,
        ):
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
        self.illustration.setAccessibleName(
            translate("ui.session.presenter", "Illustration of the exercise")
        )

        marks = QHBoxLayout()
        marks.addStretch(1)
        marks.addWidget(self.muted)
        marks.addStretch(1)
        words = QVBoxLayout()
        words.addWidget(self.phase)
        words.addLayout(marks)
        words.addWidget(self.caption)
        words.addWidget(self.countdown, 1)
        for label in (self.exercise, self.details):
            words.addWidget(label)
        words.addWidget(self.next_up)
        row = QHBoxLayout()
        row.addWidget(self.illustration, 4)
        row.addSpacing(32)
        row.addLayout(words, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addLayout(row)
        actions.mute.toggled.connect(self._on_mute_toggled)
        self.muted.setVisible(actions.mute.isChecked())
        self._paint("work", paused=False)

    def present_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def set_entry(self, entry: LibraryEntry) -> None:
        self._entry = entry

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        self.muted.setVisible(muted)

    @Slot(object)
    def show_state(self, state: SessionState) -> None:
        segment = state.segment
        phase = phase_words(state, waiting_for_voice=self.waiting_for_voice)
        if counted_rep(state) is not None:  # "REP" over the number says it: not "REPS" too
            phase = (
                translate("ui.session.presenter", "PAUSED") if state.phase is Phase.PAUSED else ""
            )
        self.phase.setText(phase)
        number, suffix = number_parts(state)
        self.countdown.show_number(number, suffix)
        name = number_name(state)
        if name != self.countdown.accessibleName():
            self.countdown.setAccessibleName(name)
        self.caption.setText(number_caption(state))
        leads_in = segment.kind in ("get-ready", "rest", "switch")
        self.exercise.setText(next_words(segment.exercise) if leads_in else segment.exercise)
        self.details.setText(detail_words(segment))
        upcoming = state.next_work
        self.next_up.setText(
            ""
            if state.is_over or upcoming is None or leads_in
            else translate("ui.session.presenter", "Then: {exercise}").format(
                exercise=upcoming.exercise
            )
        )
        if self._entry is not None:
            exercise = self._entry.routine.exercises[segment.exercise_index]
            self.illustration.set_image(
                find_image(exercise.image, self._entry.folder), mirrored=segment.side == "right"
            )
        paused = state.phase is Phase.PAUSED
        kind = "done" if state.is_over else segment.kind
        if (kind, paused) != self._look:
            self.countdown.set_dimmed(
                paused, translate("ui.session.presenter", "PAUSED") if paused else ""
            )
            self._paint(kind, paused=paused)

    def _paint(self, kind: str, *, paused: bool) -> None:
        self._look = (kind, paused)
        colours = phase_colours(kind, "high-contrast")
        strong = colours.strong
        self.countdown.set_ground(GROUND)  # PAUSED's box: pale green on black, in every theme
        self.setStyleSheet(
            f"QWidget#presenter {{ background: {GROUND}; }}"
            "QLabel { color: #ffffff; }"
            f"QLabel#presenterCountdown, QLabel#presenterPhase, QLabel#presenterCaption"
            f" {{ color: {strong}; }}"
            "QLabel#presenterNext { color: #d0d0d0; }"
            f"QLabel#presenterMuted {{ color: {strong};"
            f" border: 4px solid {strong}; border-radius: 10px; padding: 4px 24px; }}"
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

        sized(self.phase, 0.06)
        sized(self.muted, 0.045)
        sized(self.caption, 0.045)
        sized(self.exercise, 0.07)
        sized(self.details, 0.05, bold=False)
        sized(self.next_up, 0.04, bold=False)
        self.countdown.fit(force=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        super().closeEvent(event)
        self.closed.emit()
