"""The session view: the rep or the seconds left, readable from the floor, what to do now, and
what comes next; paused and muted visible across the room; told to a screen reader as it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QFont, QFontInfo, QFontMetricsF, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.images import find_image
from ankle_coach.core.library import LibraryEntry
from ankle_coach.core.plan import Cue
from ankle_coach.core.session import Phase, SessionState
from ankle_coach.core.words import clock_text, detail_words, prescription_text, quoted
from ankle_coach.ui.actions import SessionActions
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.session.announce import Announcer, StatusRegion
from ankle_coach.ui.session.flow import FlowRow
from ankle_coach.ui.session.number import FILL, BigNumber
from ankle_coach.ui.session.words import (
    countdown_text,
    moment_words,
    next_words,
    number_caption,
    number_name,
    number_parts,
    phase_words,
    rep_of,
)
from ankle_coach.ui.theme import phase_colours
from ankle_coach.ui.widgets.illustration import Illustration
from ankle_coach.ui.widgets.text import RoutineText, plain_label

__all__ = ["ActionButton", "SessionView", "countdown_text", "phase_words"]

#: The big number's digits stand at least this share of the view's height (the issue asks for a
#: fifth; a little more leaves room for rounding and for a window a little taller than its view).
DIGITS_SHARE = 0.235
#: Below this width the session view drops the illustration beside the countdown.
NARROW_VIEW = 640
#: The session view shows a line of instructions per this many pixels of its height (2 to 6).
INSTRUCTION_LINE_EVERY = 160
#: The last cue keeps the height of this many lines; a longer cue is set in smaller type...
SPOKEN_LINES = 3
#: ...down to this share of the text size (then it takes more lines: it is never cut).
SPOKEN_SMALLEST = 0.75


class ActionButton(QToolButton):
    """A button that triggers a QAction and shows its words and state, as a QToolButton with
    that default action would; its accessible name is the action's full name, kept in step
    with its label ("Start", "Pause", "Resume"; "Mute", "Unmute").

    Not QToolButton.setDefaultAction: in Qt 6.11 every change of the action (its text, whether
    it is enabled) connects the button to QAction.changed once more, so buttons that live as long
    as the app gathered some 140 connections a session (benchmarks/soak.py), each change then
    calling them all. This button connects once, and changes only what changed.
    """

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._alternatives: tuple[str, ...] = ()
        self.clicked.connect(self._on_clicked)
        action.changed.connect(self._on_action_changed)
        self._on_action_changed()

    def set_alternatives(self, texts: tuple[str, ...]) -> None:
        """The labels it takes in turn ("Pause", "Resume"): it is as wide as the widest, so a
        row of buttons does not jump or wrap anew when the label changes.

        Such a button is never checkable: its label (and name) says what pressing it does, so
        a screen reader says "Unmute, button", not "Unmute, toggle button, pressed"."""
        self._alternatives = texts
        self._on_action_changed()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self._alternatives:
            metrics = self.fontMetrics()
            widest = max(metrics.horizontalAdvance(text) for text in self._alternatives)
            hint.setWidth(hint.width() + max(0, widest - metrics.horizontalAdvance(self.text())))
        return hint

    @Slot()
    def _on_clicked(self) -> None:
        self._action.trigger()
        self._on_action_changed()  # a checkable action has the last word on being checked

    @Slot()
    def _on_action_changed(self) -> None:
        action = self._action
        for now, wanted, setter in (
            (self.text(), action.iconText(), self.setText),
            (self.accessibleName(), action.text().replace("&", ""), self.setAccessibleName),
            (self.toolTip(), action.toolTip(), self.setToolTip),
            (self.statusTip(), action.statusTip(), self.setStatusTip),
        ):
            if now != wanted:
                setter(wanted)
        checkable = action.isCheckable() and not self._alternatives
        if self.isCheckable() != checkable:
            self.setCheckable(checkable)
        if checkable and self.isChecked() != action.isChecked():
            self.setChecked(action.isChecked())
        if self.isEnabled() != action.isEnabled():
            self.setEnabled(action.isEnabled())


class SessionView(QWidget):
    """Shows the state the SessionController reports. It reads state and calls actions only.

    Its type follows its own size, not fixed points: the big number (the rep being counted, or
    the seconds left) keeps DIGITS_SHARE of the height whatever the text size setting, and the
    words a runner can do without (what comes next, then the instructions, then the last cue)
    give way first when the room is short.
    """

    def __init__(self, actions: SessionActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        # It takes the focus as a session starts: a screen reader names where the user is.
        self.setAccessibleName(translate("ui.session.view", "Session"))
        self.setAccessibleDescription(
            translate(
                "ui.session.view",
                "Space pauses or resumes, Right skips, Left goes back, M mutes, Esc stops",
            )
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # for the phase tint
        self._actions = actions
        self._entry: LibraryEntry | None = None
        #: The session waits for its voice (READY says so, not "press Space"); the host sets it.
        self.waiting_for_voice = False
        self._theme = "system"
        self._look: tuple[str, bool] = ("", False)  # the phase colours painted, and paused
        self._moment: tuple[int, str] | None = None  # what was last announced
        self._counting: tuple[int, int] | None = None  # the step with reps shown, and how many
        self._last_segment = -1

        # It can say "READY: PRESS SPACE TO START" in large type: in a narrow window, two lines.
        self.phase = plain_label(wrap=True, name="phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.muted = plain_label(translate("ui.session.view", "MUTED"), name="muted")
        self.muted.setAccessibleName(translate("ui.session.view", "Muted: the voice is off"))
        self.muted.setToolTip(
            translate(
                "ui.session.view",
                "The voice is off; cues are shown on screen only. M turns it on.",
            )
        )
        self.muted.setVisible(actions.mute.isChecked())
        self.exercise_count = plain_label(name="exerciseCount")

        self.illustration = Illustration()
        self.illustration.setAccessibleName(
            translate("ui.session.view", "Illustration of the exercise")
        )

        self.caption = plain_label(name="caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = BigNumber("countdown")
        self.countdown.setAccessibleDescription(
            translate("ui.session.view", "The rep being counted, or the time left")
        )
        self.exercise = plain_label(wrap=True, name="exercise")
        self.exercise.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = plain_label(wrap=True, name="details")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setAccessibleDescription(
            translate("ui.session.view", "Side, direction and set")
        )
        self.instructions = plain_label(wrap=True, name="instructions")
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_up = plain_label(wrap=True, name="nextUp")
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Its name is its text (what the voice says, or would say when muted or without a voice).
        self.spoken = plain_label(wrap=True, name="spoken")
        self.spoken.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spoken.setAccessibleDescription(translate("ui.session.view", "The last cue"))
        self.notice = plain_label(wrap=True, name="notice")
        self.notice.setVisible(False)
        # However long a routine's words, the countdown keeps its room: these show at most so
        # many lines (the instructions' lines follow the view's height, in _scale_type).
        for label, lines in (
            (self.phase, 2),
            (self.exercise, 2),
            (self.details, 2),
            (self.next_up, 2),
            (self.notice, 2),  # all of it in its tooltip, and in the status bar
        ):
            label.set_max_lines(lines)
        #: Shown when there is room for them, given way in this order when there is not.
        # The notice ("No voice: ...") is in the status bar too. The last cue never gives way:
        # with no voice it is the only guidance (it is set smaller instead, in _fit_spoken).
        self._optional: tuple[QLabel, ...] = (
            self.next_up,
            self.instructions,
            self.notice,
            self.caption,
        )
        self.announcer = Announcer(self)
        # The room is worked out before the words are laid out at their new width; when the
        # layout then gives the number less, the next words give way a moment later.
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(0)
        self._recheck.timeout.connect(self._on_recheck_timeout)
        self.countdown.installEventFilter(self)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(
            translate("ui.session.view", "Progress through the routine")
        )
        self.progress.setFixedHeight(10)
        self.time_left = plain_label(name="timeLeft")

        top = QHBoxLayout()
        top.addWidget(self.phase, 1)
        top.addWidget(self.muted)

        self._column = column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.caption)
        column.addWidget(self.countdown, 1)
        for widget in (self.exercise, self.details):
            column.addWidget(widget)

        middle = QHBoxLayout()  # the number's column gets the room: it is read from afar
        middle.addWidget(self.illustration, 1)
        middle.addSpacing(16)
        middle.addLayout(column, 2)

        # A status bar to a screen reader: Orca then leaves its progress bar's percentages
        # unsaid as they change (the title has them too) and reads them when asked.
        self.status = StatusRegion()
        self.status.setObjectName("sessionStatus")
        self.status.setAccessibleName(translate("ui.session.view", "Routine progress"))
        self._bar = (self.exercise_count, self.progress, self.time_left, self.status)
        bar = QHBoxLayout(self.status)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.exercise_count)
        bar.addSpacing(12)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.time_left)

        # The four a runner reaches for most are large and come first; each row wraps when
        # narrow (large text), so no button is ever cut short.
        self.main_row = FlowRow()
        self.more_row = FlowRow()
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
            big = action in primary
            button.setMinimumHeight(44 if big else 32)
            button.setMinimumWidth(96 if big else 64)
            if big:
                font = QFont()  # bold only: its size still follows the app's text size
                font.setBold(True)
                button.setFont(font)
            if action is actions.pause:
                # the actions' own words (ui/actions.py), in the actions' catalogue
                button.set_alternatives(
                    (
                        translate("ui.actions", "Start"),
                        translate("ui.actions", "Pause"),
                        translate("ui.actions", "Resume"),
                    )
                )
            elif action is actions.mute:
                button.set_alternatives(
                    (translate("ui.actions", "Mute"), translate("ui.actions", "Unmute"))
                )
            (self.main_row if big else self.more_row).addWidget(button)
            self.buttons.append(button)

        self._line = line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)

        self._layout = layout = QVBoxLayout(self)
        # 16 at the sides, not 24: with the library and the sidebar beside it, the window then
        # fits a 1024-pixel-wide screen.
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instructions)
        layout.addWidget(self.next_up)
        layout.addWidget(self.spoken)
        layout.addWidget(self.status)
        layout.addWidget(line)
        layout.addLayout(self.main_row)
        layout.addLayout(self.more_row)
        actions.mute.toggled.connect(self._on_mute_toggled)
        self._scale_type()

    # -- what the window tells it ---------------------------------------------------------------

    @property
    def entry(self) -> LibraryEntry | None:
        return self._entry

    def set_entry(self, entry: LibraryEntry) -> None:
        self._entry = entry
        self.setAccessibleName(
            translate("ui.session.view", "Session: {title}").format(title=entry.routine.title)
        )
        self.announcer.forget()
        self.spoken.setText("")
        self.spoken.setAccessibleName("")
        self._look = ("", False)
        self._moment = None
        self._last_segment = -1

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        self._look = ("", False)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self._scale_type()  # shown when there is room

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        self.muted.setVisible(muted)
        self.announcer.announce(
            translate("ui.session.view", "Muted")
            if muted
            else translate("ui.session.view", "Voice on")
        )

    @Slot(object)
    def show_state(self, state: SessionState) -> None:
        segment = state.segment
        entry = self._entry
        exercise = entry.routine.exercises[segment.exercise_index] if entry else None
        self.phase.setText(phase_words(state, waiting_for_voice=self.waiting_for_voice))
        if entry is not None:
            count = len(entry.routine.exercises)
            self.exercise_count.setText(
                translate("ui.session.view", "Exercise {number} of {count}").format(
                    number=segment.exercise_index + 1, count=count
                )
            )
        number, suffix = number_parts(state)
        self.countdown.show_number(number, suffix)
        name = number_name(state)
        if name != self.countdown.accessibleName():  # at most once a second: when it changes
            self.countdown.setAccessibleName(name)
        self.caption.setText(number_caption(state))
        leads_in = segment.kind in ("get-ready", "rest", "switch")
        self.exercise.setText(next_words(segment.exercise) if leads_in else segment.exercise)
        self.details.setText(detail_words(segment))
        self.instructions.setText(exercise.instructions if exercise is not None else "")
        upcoming = state.next_work
        if state.is_over:
            self.next_up.setText("")
        elif upcoming is None:
            self.next_up.setText(translate("ui.session.view", "Last step"))
        elif leads_in:
            self.next_up.setText(
                translate("ui.session.view", "Then: {prescription}").format(
                    prescription=prescription_text(exercise)
                )
                if exercise
                else ""
            )
        elif after := detail_words(upcoming):
            self.next_up.setText(
                translate("ui.session.view", "Next: {exercise}  ·  {details}").format(
                    exercise=upcoming.exercise, details=after
                )
            )
        else:
            self.next_up.setText(next_words(upcoming.exercise))
        self.progress.setValue(round(state.progress * 1000))
        left = clock_text(state.time_left)
        shown_left = translate("ui.session.view", "{time} left").format(time=left)
        if self.time_left.text() != shown_left:
            self.time_left.setText(shown_left)
            self.time_left.setAccessibleName(
                translate("ui.session.view", "{time} left in the routine").format(time=left)
            )
        if exercise is not None and entry is not None:
            path = find_image(exercise.image, entry.folder)
            self.illustration.set_image(path, mirrored=segment.side == "right")
        paused = state.phase is Phase.PAUSED
        kind = "done" if state.is_over else segment.kind
        look = (kind, paused)
        if look != self._look or state.segment_index != self._last_segment:
            self._look = look
            self._last_segment = state.segment_index
            self.countdown.set_dimmed(
                paused, translate("ui.session.view", "PAUSED") if paused else ""
            )
            self._paint_phase(kind, paused)
            self.countdown.set_ground(phase_colours(kind, self._theme).tint)
        reps = state.segment.reps
        self._counting = (state.segment_index, reps) if reps is not None else None
        moment = (state.segment_index, str(state.phase))
        if moment != self._moment and state.phase is not Phase.READY:
            was, self._moment = self._moment, moment
            # the same step goes on: what it is was said as it began
            going_on = state.phase in (Phase.RUNNING, Phase.WAITING)
            resumed = going_on and was == (state.segment_index, str(Phase.PAUSED))
            self.announcer.announce(
                translate("ui.session.view", "Resumed") if resumed else moment_words(state)
            )
        self._actions.update_for(state)

    @Slot(object)
    def show_cue(self, cue: Cue) -> None:
        # in the language's quotation marks: “…” in English, „…“ in German, «…» in Spanish
        self.spoken.setText(quoted(cue.text))
        self.spoken.setAccessibleName(cue.text)  # the words, not the typographic quotes
        counting = self._counting
        if cue.kind == "rep" and counting is not None and counting[0] == cue.segment:
            # heard with no number in sight: "Rep 4 of 15", not "4"
            self.announcer.announce(rep_of(cue.text.strip("."), counting[1]))
        else:
            self.announcer.announce(cue.text)
        self._scale_type()  # a longer cue may take a line from the number's room

    # -- looks ------------------------------------------------------------------------------

    def _paint_phase(self, kind: str, paused: bool) -> None:
        colours = phase_colours(kind, self._theme)
        self.setStyleSheet(
            f"QWidget#sessionView {{ background: {colours.tint}; }}"
            f"QLabel#countdown, QLabel#phase, QLabel#caption {{ color: {colours.strong}; }}"
            f"QLabel#muted {{ color: {colours.strong}; border: 2px solid {colours.strong};"
            " border-radius: 6px; padding: 2px 10px; }"
        )
        self._scale_type()  # a new style sheet re-polishes the labels and loses their sizes

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale_type()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._scale_type()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed, maybe while hidden:
            self._scale_type()  # else the words keep the old size and hold the window wide
            for layout in self.findChildren(QLayout):  # hidden, they would keep the old sizes
                layout.invalidate()

    def _scale_type(self) -> None:
        """Size the type for the room: words by the view's size, never below the app's text
        size setting (times a step); then give the big number its share of the height."""
        text_px = QFontInfo(self.font()).pixelSize()
        height = max(self.height(), 300)
        width = max(self.width(), 300)

        def sized(label: QLabel, pixels: float, *, bold: bool = False) -> None:
            font = QFont(self.font())
            font.setPixelSize(max(1, round(pixels)))
            font.setBold(bold)
            if font != label.font():
                label.setFont(font)

        self.instructions.set_max_lines(max(2, min(6, height // INSTRUCTION_LINE_EVERY)))
        for label in (self.instructions, self.next_up, self.time_left, self.exercise_count):
            sized(label, max(text_px * 1.15, min(height * 0.028, width * 0.022)))
        self._fit_spoken(max(text_px * 1.05, min(height * 0.028, width * 0.022)), text_px)
        sized(self.notice, text_px)
        # The headings a step above the text size; when even then the number would lose its
        # room (a short window at large text), no more than the text size itself.
        headings = (  # label, its steps above the text size (roomy, tight), its share
            (self.phase, (1.6, 1.05), 0.055, 0.045),
            (self.caption, (1.3, 1.0), 0.04, 0.035),
            (self.exercise, (1.5, 1.1), 0.06, 0.045),
            (self.details, (1.4, 1.1), 0.05, 0.04),
            (self.muted, (1.3, 1.0), 0.035, 0.03),
        )
        # A step above the text size; when even then the number would lose its room (a short
        # window at large text), the text size itself.
        for tight in (0, 1):
            for label, steps, of_height, of_width in headings:
                pixels = min(height * of_height, width * of_width)
                sized(label, max(text_px * steps[tight], pixels), bold=True)
            if self._arrange():
                break
        self.countdown.fit(force=True)

    def _fit_spoken(self, pixels: float, text_px: int) -> None:
        """The last cue, whole: with no voice it is the only guidance, so it is never cut. It
        keeps the height of SPOKEN_LINES lines at `pixels`, its type smaller for a long cue
        (down to SPOKEN_SMALLEST of the text size); a cue longer still takes more lines."""
        spoken = self.spoken
        margins = self._layout.contentsMargins()
        inner = max(1, self.width() - margins.left() - margins.right())
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixels)))
        room = QFontMetricsF(font).lineSpacing() * SPOKEN_LINES + 2
        smallest = max(1, round(min(pixels, text_px * SPOKEN_SMALLEST)))
        for size in range(max(1, round(pixels)), smallest - 1, -1):
            font.setPixelSize(size)
            if font != spoken.font():
                spoken.setFont(font)
            if spoken.heightForWidth(inner) <= room:
                break

    # -- who gets the room ----------------------------------------------------------------------

    def number_room(self) -> int:
        """The height the big number needs for its digits to stand DIGITS_SHARE of the view."""
        return round(self.height() * DIGITS_SHARE / FILL) + 2

    def _arrange(self) -> bool:
        """Show the optional words, the progress bar and the picture only while the big number
        keeps its room; whether it does."""
        if self.height() <= 0:
            return True
        narrow = self.width() < NARROW_VIEW
        self.illustration.setVisible(not narrow and self._number_fits_beside_picture())
        for label in (*self._optional, self.spoken):
            label.setVisible(bool(_full_text(label)))
        for widget in self._bar:
            widget.setVisible(True)
        fits = self._others_height() + self.number_room() <= self.height()
        for label in self._optional:  # next_up first, the caption last
            if fits:
                break
            label.setVisible(False)
            fits = self._others_height() + self.number_room() <= self.height()
        if not fits:  # the progress and time left are in the window title too
            for widget in self._bar:
                widget.setVisible(False)
            fits = self._others_height() + self.number_room() <= self.height()
        self._layout.invalidate()
        return fits

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.countdown and event.type() == QEvent.Type.Resize:
            if self.countdown.height() + 2 < self.number_room():
                self._recheck.start()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_recheck_timeout(self) -> None:
        if self.countdown.height() + 2 >= self.number_room():
            return
        for label in self._optional:
            if label.isVisibleTo(self):
                label.setVisible(False)
                return
        for widget in self._bar:
            widget.setVisible(False)

    def _number_fits_beside_picture(self) -> bool:
        """Whether the number, at its least size, is narrower than its column beside the
        picture (two thirds of the width)."""
        margins = self._layout.contentsMargins()
        column = (self.width() - margins.left() - margins.right() - 16) * 2 // 3
        font = QFont(self.countdown.font())
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        per_100_tall = metrics.tightBoundingRect("0").height()
        shape = "0:00" if ":" in self.countdown.text() else "00"
        wide = metrics.horizontalAdvance(shape) * 1.3 if self.countdown.suffix else 0.0
        wide = max(wide, metrics.horizontalAdvance(shape))
        needed = self.height() * DIGITS_SHARE * wide / max(1.0, per_100_tall)
        return needed <= column * 0.96

    def _others_height(self) -> int:
        """The height of everything but the big number, as laid out at the view's width."""
        margins = self._layout.contentsMargins()
        spacing = self._layout.spacing()
        inner = max(1, self.width() - margins.left() - margins.right())
        column = (inner - 16) * 2 // 3 if self.illustration.isVisibleTo(self) else inner

        def tall(label: QLabel, width: int) -> int:
            if label.hasHeightForWidth():
                return max(0, label.heightForWidth(width))
            return label.sizeHint().height()

        beside = self.muted.sizeHint().width() if self.muted.isVisibleTo(self) else 0
        rows = [max(tall(self.phase, inner - beside), self.muted.sizeHint().height())]
        shown = [label for label in (*self._optional, self.spoken) if label.isVisibleTo(self)]
        middle = [tall(self.exercise, column), tall(self.details, column)]
        if self.caption in shown:
            middle.append(tall(self.caption, column))
        rows.append(sum(middle) + self._column.spacing() * len(middle))
        rows += [tall(label, inner) for label in shown if label is not self.caption]  # notice too
        if self.progress.isVisibleTo(self):
            rows.append(max(widget.sizeHint().height() for widget in self._bar))
        rows.append(self._line.sizeHint().height())
        rows.append(self.main_row.heightForWidth(inner))
        rows.append(self.more_row.heightForWidth(inner))
        return sum(rows) + spacing * (len(rows) - 1) + margins.top() + margins.bottom()


def _full_text(label: QLabel) -> str:
    return label.full_text() if isinstance(label, RoutineText) else label.text()
