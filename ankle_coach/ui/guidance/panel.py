"""The Guidance sidebar: the ice timer, PRICE, when to see a doctor and a causes self-check."""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.clock import Clock, MonotonicClock
from ankle_coach.core.guidance import (
    SECTION_NAMES,
    AdviceSection,
    Cause,
    CausesSection,
    Guidance,
    GuidanceError,
    GuidanceItem,
    SectionName,
    load_guidance,
)
from ankle_coach.core.ice_timer import IcePhase, IceTimer
from ankle_coach.core.words import spoken_time_left, time_left_text
from ankle_coach.ui.widgets.text import plain_label

#: Type sizes relative to the app font, so the whole panel follows the text-size setting.
SECTION_SCALE = 1.3
ICE_TIME_SCALE = 2.6
NOTE_SCALE = 0.9

#: The short names of the sections on the jump buttons.
_JUMP_LABELS: Mapping[SectionName, str] = {"price": "PRICE", "doctor": "Doctor", "causes": "Causes"}

_TOGGLE_WORDS: Mapping[IcePhase, tuple[str, str]] = {
    # phase: (button text, accessible name)
    IcePhase.READY: ("Start", "Start the ice timer"),
    IcePhase.RUNNING: ("Pause", "Pause the ice timer"),
    IcePhase.PAUSED: ("Resume", "Resume the ice timer"),
    IcePhase.FINISHED: ("Start again", "Start the ice timer again"),
}
_STATUS_WORDS: Mapping[IcePhase, str] = {
    IcePhase.READY: (
        "20 minutes (the article recommends at least 20; the timer stops there, the app's "
        "caution). Wrap the ice; never put it directly on the skin. Take it off sooner if the "
        "skin goes numb, white or starts to hurt."
    ),
    IcePhase.RUNNING: "Icing\u2026",
    IcePhase.PAUSED: "Paused.",
    IcePhase.FINISHED: "Done: 20 minutes are up. Take the ice off.",
}


def routine_label(routine_id: str, titles: Mapping[str, str]) -> str:
    """The name a runner knows a routine by: its title, else its id in words."""
    title = titles.get(routine_id)
    if title:
        return title
    words = routine_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


class GuidancePanel(QWidget):
    """The content of the "Guidance" dock: advice from the article and a 20-minute ice timer.

    The ice timer sits at the top, the disclaimer at the bottom; both stay in view while the
    sections (PRICE, when to see a doctor, common causes) scroll between them. Every text is
    plain text and its size follows the app font.

    Signals:
        routineRequested(str): the user asked for the routine with this id (a cause's button).
        iceFinished(): the ice countdown reached zero; once per countdown.
    """

    routineRequested = Signal(str)
    iceFinished = Signal()

    def __init__(
        self,
        guidance: Guidance | None = None,
        clock: Clock | None = None,
        *,
        routine_titles: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self.ice = IceTimer(clock if clock is not None else MonotonicClock())
        self._titles: dict[str, str] = dict(routine_titles or {})
        self._scaled: list[tuple[QWidget, float, bool]] = []  # (widget, size, bold)
        self._sections: dict[SectionName, QWidget] = {}
        self._routine_buttons: list[tuple[str, QPushButton]] = []
        self._pending_section: SectionName | None = None
        self.problems: tuple[str, ...] = ()

        if guidance is None:
            try:
                guidance = load_guidance()
            except GuidanceError as exc:
                self.problems = tuple(str(problem) for problem in exc.problems)
        self.guidance = guidance

        self._ice_tick = QTimer(self)
        self._ice_tick.setSingleShot(True)
        self._ice_tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._ice_tick.timeout.connect(self._on_ice_tick_timeout)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._make_ice_box())
        layout.addWidget(self._make_jump_bar())
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("guidanceScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._make_content())
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self._make_disclaimer())

        self.set_routine_titles(self._titles)
        self._apply_fonts()
        self.poll_ice()

    # -- the public API ------------------------------------------------------------------------

    def show_section(self, name: str) -> None:
        """Scroll so the section "price", "doctor" or "causes" starts at the top of the view."""
        if name not in SECTION_NAMES:
            raise ValueError(f"no guidance section {name!r}; use one of {SECTION_NAMES}")
        section: SectionName = name  # narrowed by the check above
        self._scroll_to(section)
        if self.isVisible():
            # The dock may have just been shown, its layout not run yet: look again after it.
            QTimer.singleShot(0, self, lambda: self._scroll_to(section))
        else:
            self._pending_section = section  # scrolled to when the panel is shown

    def set_routine_titles(self, titles: Mapping[str, str]) -> None:
        """Name the routine buttons after the library's titles (call after reloading it)."""
        self._titles = dict(titles)
        for routine_id, button in self._routine_buttons:
            label = routine_label(routine_id, self._titles)
            button.setText(f"Open routine: {label}")
            button.setAccessibleName(f"Open the routine {label}")

    def section_widget(self, name: str) -> QWidget | None:
        """The widget of a section; None when the guidance could not be loaded."""
        if name not in SECTION_NAMES:
            raise ValueError(f"no guidance section {name!r}; use one of {SECTION_NAMES}")
        return self._sections.get(name)

    @Slot()
    def poll_ice(self) -> None:
        """Bring the ice display up to the clock, report a finish, and aim the next tick."""
        finished_now = self.ice.poll()
        phase = self.ice.phase
        remaining = self.ice.remaining()
        self.ice_time.setText(time_left_text(remaining))
        self.ice_time.setAccessibleDescription(spoken_time_left(remaining))
        self.ice_status.setText(_STATUS_WORDS[phase])
        text, name = _TOGGLE_WORDS[phase]
        self.ice_toggle.setText(text)
        self.ice_toggle.setAccessibleName(name)
        self.ice_reset.setEnabled(phase is not IcePhase.READY)
        if phase is IcePhase.RUNNING:
            # Wake when the shown second changes: time is read from the clock, never counted.
            to_next_second = remaining - (math.ceil(remaining) - 1)
            self._ice_tick.start(max(1, math.ceil(to_next_second * 1000)) + 5)
        else:
            self._ice_tick.stop()
        if finished_now:
            self.iceFinished.emit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 800)

    # -- building ------------------------------------------------------------------------------

    def _make_ice_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("iceBox")
        box.setAutoFillBackground(True)
        box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self._label("Ice timer", size=1.1, bold=True, name="iceTitle"))

        row = QHBoxLayout()
        row.setSpacing(12)
        self.ice_time = self._label("20:00", size=ICE_TIME_SCALE, bold=True, name="iceTime")
        self.ice_time.setWordWrap(False)
        self.ice_time.setAccessibleName("Ice time left")
        row.addWidget(self.ice_time, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self.ice_toggle = QPushButton("Start")
        self.ice_toggle.setObjectName("iceToggle")
        self.ice_toggle.clicked.connect(self._on_ice_toggle_clicked)
        self.ice_reset = QPushButton("Reset")
        self.ice_reset.setObjectName("iceReset")
        self.ice_reset.setAccessibleName("Reset the ice timer")
        self.ice_reset.clicked.connect(self._on_ice_reset_clicked)
        for button in (self.ice_toggle, self.ice_reset):
            button.setMinimumWidth(100)
            buttons.addWidget(button)
        row.addLayout(buttons)
        layout.addLayout(row)

        self.ice_status = self._label("", size=NOTE_SCALE, name="iceStatus")
        layout.addWidget(self.ice_status)
        return box

    def _make_jump_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("jumpBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(14, 8, 14, 4)
        layout.setSpacing(6)
        layout.addWidget(self._label("Go to:", size=NOTE_SCALE, name="jumpLabel", wrap=False))
        if self.guidance is None:
            bar.hide()
            return bar
        for name in SECTION_NAMES:
            button = QPushButton(_JUMP_LABELS[name])
            button.setObjectName(f"jump-{name}")
            button.setAccessibleName(f"Go to {self.guidance.section(name).title}")
            button.clicked.connect(lambda _=False, n=name: self.show_section(n))
            layout.addWidget(button)
        layout.addStretch(1)
        return bar

    def _make_content(self) -> QWidget:
        content = QWidget()
        content.setObjectName("guidanceContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(14, 6, 14, 14)
        layout.setSpacing(0)
        if self.guidance is None:
            layout.addWidget(
                self._label("The guidance could not be loaded.", size=SECTION_SCALE, bold=True)
            )
            layout.addSpacing(6)
            for problem in self.problems:
                layout.addWidget(self._label(problem, name="guidanceProblem"))
            layout.addStretch(1)
            return content
        for index, name in enumerate(SECTION_NAMES):
            if index:
                layout.addSpacing(14)
                layout.addWidget(_rule())
                layout.addSpacing(8)
            section = self._make_section(name, self.guidance.section(name))
            self._sections[name] = section
            layout.addWidget(section)
        layout.addStretch(1)
        return content

    def _make_section(self, name: SectionName, section: AdviceSection | CausesSection) -> QWidget:
        widget = QWidget()
        widget.setObjectName(f"section-{name}")
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        heading = self._label(section.title, size=SECTION_SCALE, bold=True, name="sectionTitle")
        heading.setAccessibleName(f"Section: {section.title}")
        layout.addWidget(heading)
        for item in section.items:
            layout.addWidget(self._make_advice(item))
        if isinstance(section, CausesSection):
            for cause in section.causes:
                layout.addWidget(self._make_cause(cause))
        return widget

    def _make_advice(self, item: GuidanceItem) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if item.heading:
            layout.addWidget(self._label(item.heading, bold=True, name="adviceHeading"))
        layout.addWidget(self._label(item.text, name="adviceText"))
        if item.note:
            note = self._label(item.note, size=NOTE_SCALE, name="adviceNote")
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(note)
        return widget

    def _make_cause(self, cause: Cause) -> QWidget:
        card = QFrame()
        card.setObjectName("cause")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        layout.addWidget(self._label(cause.heading, bold=True, name="causeQuestion"))
        layout.addWidget(self._label(cause.text, name="adviceText"))
        if cause.note:
            note = self._label(cause.note, size=NOTE_SCALE, name="adviceNote")
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(note)
        button = QPushButton()
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.setAccessibleDescription(cause.heading)
        if cause.routine:
            button.setObjectName(f"open-routine-{cause.routine}")
            self._routine_buttons.append((cause.routine, button))
            button.clicked.connect(lambda _=False, r=cause.routine: self.routineRequested.emit(r))
        elif cause.section is not None and self.guidance is not None:
            title = self.guidance.section(cause.section).title
            button.setObjectName(f"see-{cause.section}")
            button.setText(f"See: {title}")
            button.setAccessibleName(f"Go to {title}")
            button.clicked.connect(lambda _=False, s=cause.section: self.show_section(s))
        layout.addSpacing(2)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _make_disclaimer(self) -> QWidget:
        box = QWidget()
        box.setObjectName("disclaimer")
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(_rule())
        inner = QVBoxLayout()
        inner.setContentsMargins(14, 8, 14, 10)
        inner.setSpacing(2)
        disclaimer = self.guidance.disclaimer if self.guidance is not None else None
        title = disclaimer.title if disclaimer else "Ankle Coach does not replace a clinician."
        inner.addWidget(self._label(title, bold=True, name="disclaimerTitle"))
        for item in disclaimer.items if disclaimer else ():
            inner.addWidget(self._label(item.text, size=NOTE_SCALE, name="disclaimerText"))
        outer.addLayout(inner)
        return box

    def _label(
        self,
        text: str,
        *,
        size: float = 1.0,
        bold: bool = False,
        name: str = "",
        wrap: bool = True,
    ) -> QLabel:
        """A plain-text label whose type is `size` times the panel's font."""
        label = plain_label(text, wrap="spaces" if wrap else False, name=name, selectable=True)
        if size != 1.0 or bold:
            self._scaled.append((label, size, bold))
        return label

    # -- fonts ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        base = self.font()
        for widget, size, bold in self._scaled:
            font = QFont(base)
            if base.pointSizeF() > 0:
                font.setPointSizeF(base.pointSizeF() * size)
            else:
                font.setPixelSize(max(1, round(base.pixelSize() * size)))
            font.setBold(bold)
            widget.setFont(font)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The sections scroll only up and down, so the panel is never narrower than their
        widest line that cannot wrap (a button), or the text would be cut off at the right."""
        hint = super().minimumSizeHint()
        content = self.scroll_area.widget()
        if content is None:
            return hint
        scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
        return QSize(
            max(hint.width(), content.minimumSizeHint().width() + scrollbar + 2), hint.height()
        )

    # -- scrolling --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        pending, self._pending_section = self._pending_section, None
        if pending is not None:
            QTimer.singleShot(0, self, lambda: self._scroll_to(pending))

    def _scroll_to(self, name: SectionName) -> None:
        section = self._sections.get(name)
        if section is None:
            return  # the guidance could not be loaded: there is nothing to scroll to
        content = self.scroll_area.widget()
        layout = content.layout() if content is not None else None
        if layout is not None:
            layout.activate()  # positions are right even before the next event loop pass
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(min(section.y(), bar.maximum()))

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def _on_ice_toggle_clicked(self) -> None:
        self.ice.toggle()
        self.poll_ice()

    @Slot()
    def _on_ice_reset_clicked(self) -> None:
        self.ice.reset()
        self.poll_ice()
        self.ice_toggle.setFocus(Qt.FocusReason.OtherFocusReason)  # Reset just went disabled

    @Slot()
    def _on_ice_tick_timeout(self) -> None:
        self.poll_ice()


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
