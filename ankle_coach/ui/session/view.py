"""The session view: a countdown readable from the floor, what to do now, and what comes next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontInfo,
    QFontMetrics,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.images import find_image
from ankle_coach.core.library import LibraryEntry
from ankle_coach.core.plan import Cue
from ankle_coach.core.session import Phase, SessionState
from ankle_coach.core.words import clock_text, countdown_digits, detail_words, prescription_text
from ankle_coach.ui.actions import SessionActions
from ankle_coach.ui.theme import phase_colours
from ankle_coach.ui.widgets.illustration import Illustration
from ankle_coach.ui.widgets.text import plain_label

#: The countdown's type is this share of the view's height: its digits (about 0.7 of the type
#: size) then stand over a fifth of the window's height, readable from the floor two metres away.
COUNTDOWN_SHARE = 0.32
#: Below this width the session view drops the illustration beside the countdown.
NARROW_VIEW = 640
#: The session view shows a line of instructions per this many pixels of its height (2 to 6).
INSTRUCTION_LINE_EVERY = 180


def countdown_text(state: SessionState) -> str:
    if state.phase is Phase.WAITING or state.segment.kind == "manual":
        return "\u2713" if state.phase is Phase.WAITING else clock_text(state.remaining)
    if state.phase is Phase.FINISHED:
        return "\u2713"
    return countdown_digits(state.remaining)


def phase_words(state: SessionState) -> str:
    """What kind of moment this is, in one or two words a runner takes in at a glance."""
    segment = state.segment
    if state.phase is Phase.FINISHED:
        return "ROUTINE COMPLETE"
    if state.phase is Phase.STOPPED:
        return "STOPPED"
    words = {
        "get-ready": "GET READY",
        "rest": "REST",
        "switch": "SWITCH SIDES" if segment.side else "SWITCH",
        "manual": "YOUR PACE" if state.phase is not Phase.WAITING else "PRESS DONE WHEN FINISHED",
    }.get(segment.kind)
    if words is None:
        words = "HOLD" if segment.reps is None else "REPS"
    if state.phase is Phase.PAUSED:
        return f"PAUSED \u00b7 {words}"
    if state.phase is Phase.READY:
        return "READY: PRESS SPACE TO START"
    return words


class ActionButton(QToolButton):
    """A button that triggers a QAction and shows its words and state, as a QToolButton with
    that default action would.

    Not QToolButton.setDefaultAction: in Qt 6.11 every change of the action (its text, whether
    it is enabled) connects the button to QAction.changed once more, so buttons that live as long
    as the app gathered some 140 connections a session (benchmarks/soak.py), each change then
    calling them all. This button connects once.
    """

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.clicked.connect(self._on_clicked)
        action.changed.connect(self._on_action_changed)
        self._on_action_changed()

    @Slot()
    def _on_clicked(self) -> None:
        self._action.trigger()
        self._on_action_changed()  # a checkable action has the last word on being checked

    @Slot()
    def _on_action_changed(self) -> None:
        action = self._action
        self.setText(action.iconText())
        self.setToolTip(action.toolTip())
        self.setStatusTip(action.statusTip())
        self.setCheckable(action.isCheckable())
        self.setChecked(action.isChecked())
        self.setEnabled(action.isEnabled())


class SessionView(QWidget):
    """Shows the state the SessionController reports. It reads state and calls actions only."""

    def __init__(self, actions: SessionActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # for the phase tint
        self._actions = actions
        self._entry: LibraryEntry | None = None
        self._theme = "system"
        self._kind = ""

        # It can say "READY: PRESS SPACE TO START" in large type: in a narrow window, two lines.
        self.phase = plain_label(wrap=True, name="phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.exercise_count = plain_label(name="exerciseCount")
        self.exercise_count.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )

        self.illustration = Illustration()
        self.illustration.setAccessibleName("Illustration of the exercise")

        self.countdown = plain_label(name="countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName("Time left in this step")
        # Its type follows the view's size, so it must not hold the view open by its own size.
        self.countdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.countdown.setMinimumSize(0, 0)
        self.countdown.installEventFilter(self)  # refit the type whenever its room changes
        self.exercise = plain_label(wrap=True, name="exercise")
        self.exercise.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = plain_label(wrap=True, name="details")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rep = plain_label(name="rep")
        self.rep.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions = plain_label(wrap=True, name="instructions")
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_up = plain_label(wrap=True, name="nextUp")
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spoken = plain_label(wrap=True, name="spoken")
        self.spoken.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spoken.setAccessibleName("What the voice says")
        self.notice = plain_label(wrap=True, name="notice")
        self.notice.setVisible(False)
        # However long a routine's words, the countdown keeps its room: these show at most so
        # many lines (the instructions' lines follow the view's height, in _scale_type).
        for label, lines in (
            (self.phase, 2),
            (self.exercise, 2),
            (self.details, 2),
            (self.next_up, 2),
            (self.spoken, 3),
            (self.notice, 4),
        ):
            label.set_max_lines(lines)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Progress through the routine")
        self.progress.setFixedHeight(10)
        self.time_left = plain_label(name="timeLeft")

        top = QHBoxLayout()
        top.addWidget(self.phase, 1)
        top.addWidget(self.exercise_count)

        words = QVBoxLayout()
        words.addWidget(self.countdown, 1)
        for widget in (self.exercise, self.details, self.rep):
            words.addWidget(widget)

        middle = QHBoxLayout()  # the countdown's column gets the room: it is read from afar
        middle.addWidget(self.illustration, 1)
        middle.addSpacing(16)
        middle.addLayout(words, 2)

        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.time_left)

        # The three a runner reaches for most are large; the rest are a row below.
        main_row = QHBoxLayout()
        main_row.addStretch(1)
        more_row = QHBoxLayout()
        more_row.addStretch(1)
        self.buttons: list[QToolButton] = []
        primary = (actions.back, actions.pause, actions.next, actions.done)
        secondary = (
            actions.restart,
            actions.shorter,
            actions.longer,
            actions.mute,
            actions.presenter,
            actions.stop,
        )
        for action in (*primary, *secondary):
            button = ActionButton(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(action.text())
            big = action in primary
            button.setMinimumHeight(44 if big else 32)
            button.setMinimumWidth(96 if big else 64)
            if big:
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            (main_row if big else more_row).addWidget(button)
            self.buttons.append(button)
        main_row.addStretch(1)
        more_row.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addLayout(main_row)
        buttons.addLayout(more_row)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)

        layout = QVBoxLayout(self)
        # 16 at the sides, not 24: with the library and the sidebar beside it, the window then
        # fits a 1024-pixel-wide screen (the row of smaller buttons sets the view's minimum).
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instructions)
        layout.addWidget(self.next_up)
        layout.addSpacing(6)
        layout.addWidget(self.spoken)
        layout.addLayout(bar)
        layout.addWidget(line)
        layout.addLayout(buttons)
        self._scale_type()

    # -- what the window tells it ---------------------------------------------------------------

    @property
    def entry(self) -> LibraryEntry | None:
        return self._entry

    def set_entry(self, entry: LibraryEntry) -> None:
        self._entry = entry
        self.spoken.setText("")
        self._kind = ""

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        self._kind = ""

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @Slot(object)
    def show_state(self, state: SessionState) -> None:
        segment = state.segment
        entry = self._entry
        exercise = entry.routine.exercises[segment.exercise_index] if entry else None
        self.phase.setText(phase_words(state))
        if entry is not None:
            count = len(entry.routine.exercises)
            self.exercise_count.setText(f"Exercise {segment.exercise_index + 1} of {count}")
        shown = countdown_text(state)
        if len(shown) != len(self.countdown.text()):
            self.countdown.setText(shown)
            self._fit_countdown()
        else:
            self.countdown.setText(shown)
        leads_in = segment.kind in ("get-ready", "rest", "switch")
        self.exercise.setText(f"Next: {segment.exercise}" if leads_in else segment.exercise)
        self.details.setText(detail_words(segment))
        if state.rep is not None and segment.reps is not None:
            self.rep.setText(f"Rep {state.rep} of {segment.reps}")
        else:
            self.rep.setText("")
        self.instructions.setText(exercise.instructions if exercise is not None else "")
        upcoming = state.next_work
        if state.is_over:
            self.next_up.setText("")
        elif upcoming is None:
            self.next_up.setText("Last step")
        elif leads_in:
            self.next_up.setText(f"Then: {prescription_text(exercise)}" if exercise else "")
        else:
            after = detail_words(upcoming)
            self.next_up.setText(
                f"Next: {upcoming.exercise}" + (f"  \u00b7  {after}" if after else "")
            )
        self.progress.setValue(round(state.progress * 1000))
        self.time_left.setText(f"{clock_text(state.time_left)} left")
        self.time_left.setAccessibleName(f"{clock_text(state.time_left)} left in the routine")
        if exercise is not None and entry is not None:
            path = find_image(exercise.image, entry.folder)
            self.illustration.set_image(path, mirrored=segment.side == "right")
        kind = "done" if state.is_over else segment.kind
        if kind != self._kind:
            self._kind = kind
            self._paint_phase(kind)
        self._actions.update_for(state)

    @Slot(object)
    def show_cue(self, cue: Cue) -> None:
        self.spoken.setText(f"\u201c{cue.text}\u201d")

    # -- looks ------------------------------------------------------------------------------

    def _paint_phase(self, kind: str) -> None:
        colours = phase_colours(kind, self._theme)
        self.setStyleSheet(
            f"QWidget#sessionView {{ background: {colours.tint}; }}"
            f"QLabel#countdown, QLabel#phase {{ color: {colours.strong}; }}"
        )
        self._scale_type()  # a new style sheet re-polishes the labels and loses their sizes

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale_type()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.countdown and event.type() == QEvent.Type.Resize:
            self._fit_countdown()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        """Size the type for the room: the countdown by the view's height (and what the text
        needs in width), the rest a step or two above the app's text size setting."""
        text_px = QFontInfo(self.font()).pixelSize()

        def sized(label: QLabel, pixels: float, *, bold: bool = False) -> None:
            font = QFont(self.font())
            font.setPixelSize(max(1, round(pixels)))
            font.setBold(bold)
            label.setFont(font)

        height = max(self.height(), 300)
        self.instructions.set_max_lines(max(2, min(6, height // INSTRUCTION_LINE_EVERY)))
        # In a narrow view the countdown needs the picture's room more than the picture does.
        self.illustration.setVisible(self.width() >= NARROW_VIEW)
        self._fit_countdown()
        sized(self.phase, max(text_px * 1.6, height * 0.04), bold=True)
        sized(
            self.exercise, max(text_px * 1.5, min(height * 0.045, self.width() * 0.035)), bold=True
        )
        sized(self.details, max(text_px * 1.3, min(height * 0.03, self.width() * 0.025)))
        sized(self.rep, max(text_px * 1.3, min(height * 0.03, self.width() * 0.025)), bold=True)
        for label in (self.instructions, self.next_up, self.exercise_count, self.time_left):
            sized(label, text_px * 1.15)
        sized(self.spoken, text_px * 1.05)
        sized(self.notice, text_px)

    def _fit_countdown(self) -> None:
        """As large as a share of the height allows, but never wider than its column."""
        text = self.countdown.text() or "00"
        height = max(self.height(), 300)
        shown = self.countdown.isVisible()
        column = max(120, self.countdown.width() if shown else self.width() // 2)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        per_100 = max(1, QFontMetrics(font).horizontalAdvance(max(text, "00", key=len)))
        pixels = min(height * COUNTDOWN_SHARE, 100 * column * 0.95 / per_100)
        if self.countdown.isVisible() and self.countdown.height() > 0:
            pixels = min(pixels, self.countdown.height() / 1.2)  # a line is about 1.2 em
        font.setPixelSize(max(24, round(pixels)))
        self.countdown.setFont(font)
