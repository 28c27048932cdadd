"""The ice timer's box at the top of the Guidance sidebar: the countdown, its buttons, and an end
that is heard (a spoken cue through the cue player), seen (large words) and raised."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.choices import session_choices
from ankle_coach.core.clock import Clock
from ankle_coach.core.cues import Priority
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.ice_timer import (
    ICE_SECONDS,
    IcePhase,
    IceTimer,
    end_cue_text,
    end_status_text,
)
from ankle_coach.core.plan import Cue, Plan
from ankle_coach.core.settings import Settings
from ankle_coach.core.words import spoken_time_left, time_left_text
from ankle_coach.qt.cue_player import CuePlayer, Sound
from ankle_coach.speech import Pyttsx3Renderer, VoiceSettings
from ankle_coach.ui.context import AppContext
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.theme import HEADING_SCALES, NOTE_SCALE, set_type_scale
from ankle_coach.ui.widgets.roles import set_heading
from ankle_coach.ui.widgets.text import plain_label

#: The countdown's size, relative to the app font.
ICE_TIME_SCALE = 2.6
#: The words shown when the timer ends: as large as the countdown they replace, to be read
#: by someone lying down with the foot up, a couple of metres from the screen.
ICE_DONE_SCALE = ICE_TIME_SCALE
#: What the end shows that large; the whole sentence ("20 minutes are up. …") is under it.
ICE_OFF_WORDS = QT_TRANSLATE_NOOP("ui.guidance.ice", "Ice off.")

#: Makes the cue player that says the end: the session's player, with the user's voice and
#: sound (voice, beeps or mute) as they are when it is made; its parent is the ice box.
PlayerFactory = Callable[[QObject], CuePlayer]

_TOGGLE_WORDS: Mapping[IcePhase, tuple[str, str]] = {
    # phase: (button text, accessible name)
    # (translated where shown)
    IcePhase.READY: (
        QT_TRANSLATE_NOOP("ui.guidance.ice", "Start"),
        QT_TRANSLATE_NOOP("ui.guidance.ice", "Start the ice timer"),
    ),
    IcePhase.RUNNING: (
        QT_TRANSLATE_NOOP("ui.guidance.ice", "Pause"),
        QT_TRANSLATE_NOOP("ui.guidance.ice", "Pause the ice timer"),
    ),
    IcePhase.PAUSED: (
        QT_TRANSLATE_NOOP("ui.guidance.ice", "Resume"),
        QT_TRANSLATE_NOOP("ui.guidance.ice", "Resume the ice timer"),
    ),
    IcePhase.FINISHED: (
        QT_TRANSLATE_NOOP("ui.guidance.ice", "Start again"),
        QT_TRANSLATE_NOOP("ui.guidance.ice", "Start the ice timer again"),
    ),
}


def ready_words(seconds: float) -> str:
    """What the box says before it starts, for a timer of `seconds`."""
    if seconds >= 120:
        length = translate(
            "ui.guidance.ice",
            "{minutes} minutes (the article recommends at least 20; the timer stops there, "
            "the app's caution).",
        ).format(minutes=round(seconds / 60))
    else:
        length = translate(
            "ui.guidance.ice",
            "{seconds} seconds (the article recommends at least 20 minutes; the timer stops "
            "there, the app's caution).",
        ).format(seconds=round(seconds))
    care = translate(
        "ui.guidance.ice",
        "Wrap the ice; never put it directly on the skin. Take it off sooner if the skin goes "
        "numb, white or starts to hurt.",
    )
    return f"{length} {care}"


def window_voice(context: AppContext, settings: Callable[[], Settings]) -> PlayerFactory:
    """Players as the window's sessions have them: its renderer, cue cache and audio output,
    with the voice and sound of `settings()` at the moment each is made."""

    def make(parent: QObject) -> CuePlayer:
        choices = session_choices(settings())
        cache = context.cache
        return CuePlayer(
            context.renderer or Pyttsx3Renderer(cache),
            VoiceSettings(**choices.voice),
            cache,
            parent,
            sound=Sound(choices.sound),
            audio_problem=context.audio_problem,
            make_effect=context.make_effect,
        )

    return make


def end_cue(seconds: float) -> Cue:
    """The cue said when an ice timer of `seconds` ends."""
    return Cue(0.0, end_cue_text(seconds), Priority.CHANGE, "complete", 0)


class IceBox(QFrame):
    """A countdown the runner starts, pauses, resumes and resets, read from an injected Clock.

    The end is never silent: its cue ("Twenty minutes. Take the ice off.") is rendered when the
    timer starts and played through a CuePlayer from `set_voice`, as the session plays its cues
    (beeps in beep mode; nothing when muted, as a muted session); without a voice or an audio
    output the system beep sounds instead. The end is shown in large words until the timer is
    started again or reset.

    Signals:
        finished(): the countdown reached zero; once per countdown.
    """

    finished = Signal()

    def __init__(
        self, clock: Clock, *, seconds: float = ICE_SECONDS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("iceBox")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._clock = clock
        self.timer = IceTimer(clock, seconds)
        self._make_player: PlayerFactory | None = None
        self._player: CuePlayer | None = None
        #: Why the end was not heard (no voice, no audio output), once known.
        self.voice_problem = ""

        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._on_tick_timeout)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        self.title = plain_label(
            translate("ui.guidance.ice", "Ice timer"), wrap="spaces", name="iceTitle"
        )
        set_type_scale(self.title, HEADING_SCALES[2], bold=True)
        set_heading(self.title, 2)
        layout.addWidget(self.title)

        row = QHBoxLayout()
        row.setSpacing(12)
        self.time = plain_label("20:00", name="iceTime")
        set_type_scale(self.time, ICE_TIME_SCALE, bold=True)
        self.time.setAccessibleName(translate("ui.guidance.ice", "Ice time left"))
        row.addWidget(self.time, 1)
        row.addStretch(0)  # the buttons stay at the right while the countdown is hidden
        # The end's words take the place of "00:00", as large, across the box's whole width
        # (beside the buttons they wrapped a word a line), above the buttons.
        self.done = plain_label("", wrap="spaces", name="iceDone")
        set_type_scale(self.done, ICE_DONE_SCALE, bold=True)
        self.done.hide()
        layout.addWidget(self.done)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self._buttons = buttons
        self.toggle = QPushButton(translate("ui.guidance.ice", "Start"))
        self.toggle.setObjectName("iceToggle")
        self.toggle.clicked.connect(self._on_toggle_clicked)
        self.reset = QPushButton(translate("ui.guidance.ice", "Reset"))
        self.reset.setObjectName("iceReset")
        self.reset.setAccessibleName(translate("ui.guidance.ice", "Reset the ice timer"))
        self.reset.clicked.connect(self._on_reset_clicked)
        for button in (self.toggle, self.reset):
            button.setMinimumWidth(100)
            buttons.addWidget(button)
        buttons.addStretch(1)  # at the top beside the end's words, as beside the countdown
        row.addLayout(buttons)
        layout.addLayout(row)

        self.status = plain_label("", wrap="spaces", name="iceStatus", selectable=True)
        set_type_scale(self.status, NOTE_SCALE)
        layout.addWidget(self.status)
        self.poll()

    # -- the public API ------------------------------------------------------------------------

    def set_voice(self, make_player: PlayerFactory | None) -> None:
        """Say the end with players from `make_player`; None: the system beep only."""
        self._make_player = make_player

    def set_seconds(self, seconds: float) -> None:
        """A timer of another length (tests and demonstrations: a 20-minute wait is long).
        Only a timer that is not under way changes; ValueError for a length that is not
        positive."""
        if self.timer.phase in (IcePhase.RUNNING, IcePhase.PAUSED):
            raise ValueError("the ice timer's length changes only while it is not under way")
        self.timer = IceTimer(self._clock, seconds)
        self.poll()

    @Slot()
    def poll(self) -> None:
        """Bring the display up to the clock, end the countdown, and aim the next tick."""
        finished_now = self.timer.poll()
        phase = self.timer.phase
        remaining = self.timer.remaining()
        self.time.setText(time_left_text(remaining))
        self.time.setAccessibleDescription(spoken_time_left(remaining))
        self.status.setText(self._status_words(phase))
        text, name = _TOGGLE_WORDS[phase]
        self.toggle.setText(translate("ui.guidance.ice", text))
        self.toggle.setAccessibleName(translate("ui.guidance.ice", name))
        self.reset.setEnabled(phase is not IcePhase.READY)
        self.done.setVisible(phase is IcePhase.FINISHED)
        self.time.setHidden(phase is IcePhase.FINISHED)
        # Under the end's words the buttons stand side by side: stacked, as beside the
        # countdown, they made the sidebar (and the window) taller than a 768-pixel screen at
        # 200 % text.
        self._buttons.setDirection(
            QBoxLayout.Direction.LeftToRight
            if phase is IcePhase.FINISHED
            else QBoxLayout.Direction.TopToBottom
        )
        self.status.setHidden(not self.status.text())
        self.status.setToolTip(self.voice_problem if phase is IcePhase.FINISHED else "")
        if phase is IcePhase.RUNNING:
            # Wake when the shown second changes: time is read from the clock, never counted.
            to_next_second = remaining - (math.ceil(remaining) - 1)
            self._tick.start(max(1, math.ceil(to_next_second * 1000)) + 5)
        else:
            self._tick.stop()
        if finished_now:
            self._end()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Never shorter than its wrapped lines need at its width: a sidebar short of room
        takes it from the scrolling sections, not from the end's words."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or self.width() <= 0 or not layout.hasHeightForWidth():
            return hint
        return QSize(hint.width(), max(hint.height(), layout.totalHeightForWidth(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the least height follows the width

    # -- the end -------------------------------------------------------------------------------

    def _status_words(self, phase: IcePhase) -> str:
        if phase is IcePhase.READY:
            return ready_words(self.timer.seconds)
        if phase is IcePhase.RUNNING:
            return translate("ui.guidance.ice", "Icing…")
        if phase is IcePhase.PAUSED:
            return translate("ui.guidance.ice", "Paused.")
        # finished: the whole sentence under the large "Ice off."
        words = end_status_text(self.timer.seconds)
        if self.voice_problem:  # the reason in full is the tooltip: the box stays small
            return translate(
                "ui.guidance.ice", "{words} No voice: the system beep sounded instead."
            ).format(words=words)
        return words

    def _end(self) -> None:
        # Two short words, as large as the countdown, fit the narrowest sidebar at 200 % text
        # on one line (the whole sentence there took five lines and pushed a 1024x600 or
        # 1366x768 window past the screen); the sentence is the status line under it.
        words = end_status_text(self.timer.seconds)
        self.done.setText(translate("ui.guidance.ice", ICE_OFF_WORDS))
        self.done.show()
        self.done.setAccessibleName(words)
        self._say_end()
        self.finished.emit()

    def _new_player(self) -> CuePlayer | None:
        """A player for the end cue, rendering it at once (a cache hit once rendered)."""
        if self._player is not None:
            self._player.close()
            self._player.deleteLater()
            self._player = None
        if self._make_player is None:
            return None
        player = self._make_player(self)
        self._player = player
        cue = end_cue(self.timer.seconds)
        player.prepare(Plan(title="Ice timer", segments=(), cues=(cue,)))
        return player

    def _say_end(self) -> None:
        """Play the end cue, with the user's sound as it is now: a new player (its cue is in
        the cache by now), or the one made at Start while it is still rendering (a timer
        shorter than the first render)."""
        player = self._player
        if player is None or player.is_ready:
            player = self._new_player()
        elif self._make_player is not None:
            now = self._make_player(self)  # only to learn the sound chosen by now
            player.sound = now.sound
            now.deleteLater()
        if player is None:
            QApplication.beep()
            return
        if player.sound is Sound.MUTE:
            return  # muted: shown on screen only, as a muted session
        cue = end_cue(self.timer.seconds)

        def play() -> None:
            if player is not self._player:
                return  # reset or started again meanwhile
            if player.problem is not None:
                self.voice_problem = player.problem
                self.poll()
                QApplication.beep()
            else:
                player.play(cue)

        if player.is_ready:
            play()
        else:
            player.ready.connect(play, Qt.ConnectionType.SingleShotConnection)

    # -- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_toggle_clicked(self) -> None:
        if self.timer.phase in (IcePhase.READY, IcePhase.FINISHED):
            self.voice_problem = ""
            self._new_player()  # renders the end cue now, so the end speaks at once
        self.timer.toggle()
        self.poll()

    @Slot()
    def _on_reset_clicked(self) -> None:
        self.timer.reset()
        if self._player is not None:
            self._player.stop()
        self.poll()
        self.toggle.setFocus(Qt.FocusReason.OtherFocusReason)  # Reset just went disabled

    @Slot()
    def _on_tick_timeout(self) -> None:
        self.poll()
