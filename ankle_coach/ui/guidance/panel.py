"""The Guidance sidebar: the ice timer, PRICE, when to see a doctor and a causes self-check."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFontMetrics,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
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
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.ice_timer import ICE_SECONDS, IceTimer
from ankle_coach.ui.guidance.ice import IceBox, PlayerFactory
from ankle_coach.ui.guidance.readable import ReadableText, TabStops
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.theme import HEADING_SCALES, NOTE_SCALE, set_type_scale
from ankle_coach.ui.widgets.roles import set_heading

#: The least share of the panel's height the scrolling sections keep (see _place_disclaimer).
SECTIONS_SHARE = 0.4
#: The short names of the sections on the jump buttons.
_JUMP_LABELS: Mapping[SectionName, str] = {
    "price": QT_TRANSLATE_NOOP("ui.guidance.panel", "PRICE"),
    "doctor": QT_TRANSLATE_NOOP("ui.guidance.panel", "Doctor"),
    "causes": QT_TRANSLATE_NOOP("ui.guidance.panel", "Causes"),
}


class WrappingButton(QPushButton):
    """A push button whose words wrap between words to the width it is given: a routine's or
    a section's name ("Wann Sie es ärztlich abklären lassen sollten" at 200 % text) never makes
    the sidebar wider than its widest word. `text()` and `setText()` are its words (shown by a
    label inside it, plain text); give it an accessible name of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("buttonWords")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ButtonText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.label.setText(text)
        self.updateGeometry()

    def _margins(self) -> int:
        margins = self.contentsMargins() + self.layout().contentsMargins()  # type: ignore[union-attr]
        return margins.left() + margins.right()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Each line of its words on one line."""
        metrics = QFontMetrics(self.label.font())
        wide = max((metrics.horizontalAdvance(line) for line in self.text().split("\n")), default=0)
        width = wide + self._margins() + 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as its widest word."""
        metrics = QFontMetrics(self.label.font())
        wide = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        width = wide + self._margins() + 2
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        assert layout is not None
        return max(self.label.minimumSizeHint().height(), layout.totalHeightForWidth(width))


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
    plain text, its size follows the text-size setting (headings always larger than body
    text), and every heading and paragraph is reached with Tab, one at a time; headings have
    the Heading role. "Go to" scrolls to a section and moves the focus to its heading.

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
        ice_seconds: float = ICE_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self._titles: dict[str, str] = dict(routine_titles or {})
        self._sections: dict[SectionName, QWidget] = {}
        self._headings: dict[SectionName, QLabel] = {}
        self._routine_buttons: list[tuple[str, QPushButton]] = []
        self._pending_section: tuple[SectionName, bool] | None = None
        self.problems: tuple[str, ...] = ()
        #: The panel's Tab stops in Tab order (its buttons and headings and paragraphs): TabStops
        #: finds the ones next to the focus here, never in Qt's widgets.
        self._tab_order: list[QWidget] = []

        if guidance is None:
            try:
                guidance = load_guidance()
            except GuidanceError as exc:
                self.problems = tuple(str(problem) for problem in exc.problems)
        self.guidance = guidance

        self.ice_box = IceBox(clock if clock is not None else MonotonicClock(), seconds=ice_seconds)
        self.ice_box.finished.connect(self.iceFinished)
        self.ice_time = self.ice_box.time
        self.ice_toggle = self.ice_box.toggle
        self.ice_reset = self.ice_box.reset
        self.ice_status = self.ice_box.status
        self._tab_order += [self.ice_toggle, self.ice_reset]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.ice_box)
        self._jump_bar = self._make_jump_bar()
        layout.addWidget(self._jump_bar)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("guidanceScroll")
        self.scroll_area.setAccessibleName(
            translate("ui.guidance.panel", "Guidance: PRICE, when to see a doctor, causes")
        )
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._tab_order.append(self.scroll_area)  # it takes the focus, to scroll by keys
        self.scroll_area.setWidget(self._make_content())
        layout.addWidget(self.scroll_area, 1)
        self.disclaimer = self._make_disclaimer()
        layout.addWidget(self.disclaimer)
        self._disclaimer_fixed = True

        self.set_routine_titles(self._titles)
        self._tab_stops = TabStops(self, lambda: self._tab_order)

    # -- the public API ------------------------------------------------------------------------

    @property
    def ice(self) -> IceTimer:
        """The ice timer's countdown."""
        return self.ice_box.timer

    def set_voice(self, make_player: PlayerFactory | None) -> None:
        """Say the ice timer's end through players from `make_player` (see IceBox)."""
        self.ice_box.set_voice(make_player)

    def show_section(self, name: str, *, focus: bool = True) -> None:
        """Scroll so the section "price", "doctor" or "causes" starts at the top of the view,
        and (with `focus`) move the keyboard focus to its heading, which a screen reader then
        reads; a panel not shown yet does both when it is shown."""
        if name not in SECTION_NAMES:
            raise ValueError(f"no guidance section {name!r}; use one of {SECTION_NAMES}")
        section: SectionName = name  # narrowed by the check above
        self._scroll_to(section)
        if self.isVisible():
            self._focus_heading(section, focus)
            # The dock may have just been shown, its layout not run yet: look again after it.
            QTimer.singleShot(0, self, lambda: self._scroll_to(section))
        else:
            self._pending_section = (section, focus)  # done when the panel is shown

    def set_routine_titles(self, titles: Mapping[str, str]) -> None:
        """Name the routine buttons after the library's titles (call after reloading it)."""
        self._titles = dict(titles)
        for routine_id, button in self._routine_buttons:
            label = routine_label(routine_id, self._titles)
            # two lines: the sidebar is no wider than its widest button (1024x600, large text)
            button.setText(
                translate("ui.guidance.panel", "Open routine:\n{routine}").format(routine=label)
            )
            button.setAccessibleName(
                translate("ui.guidance.panel", "Open the routine {routine}").format(routine=label)
            )

    def section_widget(self, name: str) -> QWidget | None:
        """The widget of a section; None when the guidance could not be loaded."""
        if name not in SECTION_NAMES:
            raise ValueError(f"no guidance section {name!r}; use one of {SECTION_NAMES}")
        return self._sections.get(name)

    def section_heading(self, name: SectionName) -> QLabel | None:
        """The heading of a section; None when the guidance could not be loaded."""
        return self._headings.get(name)

    @Slot()
    def poll_ice(self) -> None:
        """Bring the ice display up to the clock (and end the countdown when it is time)."""
        self.ice_box.poll()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 800)

    # -- building ------------------------------------------------------------------------------

    def _make_jump_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("jumpBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(14, 8, 14, 4)
        layout.setSpacing(6)
        jump_label = QLabel(translate("ui.guidance.panel", "Go to:"))
        jump_label.setObjectName("jumpLabel")
        jump_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(jump_label)
        if self.guidance is None:
            bar.hide()
            return bar
        for name in SECTION_NAMES:
            button = QPushButton(translate("ui.guidance.panel", _JUMP_LABELS[name]))
            button.setObjectName(f"jump-{name}")
            button.setAccessibleName(
                translate("ui.guidance.panel", "Go to {section}").format(
                    section=self.guidance.section(name).title
                )
            )
            button.clicked.connect(lambda _=False, n=name: self.show_section(n))
            self._tab_order.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        return bar

    def _make_content(self) -> QWidget:
        content = QWidget()
        content.setObjectName("guidanceContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 6, 10, 14)
        layout.setSpacing(0)
        if self.guidance is None:
            layout.addWidget(
                self._heading(
                    translate("ui.guidance.panel", "The guidance could not be loaded."),
                    1,
                    "sectionTitle",
                )
            )
            layout.addSpacing(6)
            for problem in self.problems:
                layout.addWidget(self._paragraph(problem, "guidanceProblem"))
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
        heading = self._heading(section.title, 1, "sectionTitle")
        self._headings[name] = heading
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
            layout.addWidget(self._heading(item.heading, 2, "adviceHeading"))
        layout.addWidget(self._paragraph(item.text, "adviceText"))
        if item.note:
            layout.addWidget(self._note(item.note))
        return widget

    def _make_cause(self, cause: Cause) -> QWidget:
        card = QFrame()
        card.setObjectName("cause")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(6, 8, 6, 10)
        layout.setSpacing(4)
        layout.addWidget(self._heading(cause.heading, 2, "causeQuestion"))
        layout.addWidget(self._paragraph(cause.text, "adviceText"))
        if cause.note:
            layout.addWidget(self._note(cause.note))
        button = WrappingButton()  # a long name wraps: the sidebar stays narrow
        button.setAccessibleDescription(cause.heading)
        if cause.routine:
            button.setObjectName(f"open-routine-{cause.routine}")
            self._routine_buttons.append((cause.routine, button))
            button.clicked.connect(lambda _=False, r=cause.routine: self.routineRequested.emit(r))
        elif cause.section is not None and self.guidance is not None:
            title = self.guidance.section(cause.section).title
            button.setObjectName(f"see-{cause.section}")
            button.setText(translate("ui.guidance.panel", "See: {section}").format(section=title))
            button.setAccessibleName(
                translate("ui.guidance.panel", "Go to {section}").format(section=title)
            )
            button.clicked.connect(lambda _=False, s=cause.section: self.show_section(s))
        layout.addSpacing(2)
        self._tab_order.append(button)
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
        inner.setContentsMargins(10, 8, 10, 10)
        inner.setSpacing(2)
        disclaimer = self.guidance.disclaimer if self.guidance is not None else None
        title = (
            disclaimer.title
            if disclaimer
            else translate("ui.guidance.panel", "Ankle Coach does not replace a clinician.")
        )
        inner.addWidget(self._heading(title, 3, "disclaimerTitle"))
        for item in disclaimer.items if disclaimer else ():
            inner.addWidget(self._note(item.text, "disclaimerText"))
        outer.addLayout(inner)
        return box

    def _heading(self, text: str, level: int, name: str) -> QLabel:
        """A heading: larger than body text (more so the higher it is), bold, Heading role."""
        label = ReadableText(text, name=name)
        self._tab_order.append(label)
        set_type_scale(label, HEADING_SCALES[level], bold=True)
        set_heading(label, level)
        return label

    def _paragraph(self, text: str, name: str) -> QLabel:
        label = ReadableText(text, name=name)
        self._tab_order.append(label)
        return label

    def _note(self, text: str, name: str = "adviceNote") -> QLabel:
        """The app's own cautious advice: a little smaller and quieter, at 4.5:1 all the same
        (the palette's PlaceholderText, which ui/theme.py keeps readable)."""
        label = ReadableText(text, name=name)
        self._tab_order.append(label)
        set_type_scale(label, NOTE_SCALE)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

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

    # -- room for the sections ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_disclaimer()

    def _place_disclaimer(self) -> None:
        """Keep the disclaimer in view below the sections while that leaves them at least
        SECTIONS_SHARE of the panel; on a short panel or with large text it goes to the end of
        the sections and scrolls with them, rather than leave two lines to read them in."""
        fixed = (
            self.ice_box.sizeHint().height()
            + self._jump_bar.sizeHint().height()
            + self.disclaimer.heightForWidth(self.width())
        )
        keep = self.height() - fixed >= SECTIONS_SHARE * self.height()
        if keep == self._disclaimer_fixed:
            return
        self._disclaimer_fixed = keep
        outer = self.layout()
        content = self.scroll_area.widget()
        inner = content.layout() if content is not None else None
        if not isinstance(outer, QVBoxLayout) or not isinstance(inner, QVBoxLayout):
            return
        if keep:
            inner.removeWidget(self.disclaimer)
            outer.addWidget(self.disclaimer)
        else:
            outer.removeWidget(self.disclaimer)
            inner.addWidget(self.disclaimer)
        self.disclaimer.show()

    # -- scrolling --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        pending, self._pending_section = self._pending_section, None
        if pending is not None:
            section, focus = pending
            QTimer.singleShot(0, self, lambda: self._arrive(section, focus))

    def _arrive(self, section: SectionName, focus: bool) -> None:
        self._scroll_to(section)
        self._focus_heading(section, focus)

    def _focus_heading(self, section: SectionName, focus: bool) -> None:
        heading = self._headings.get(section)
        if focus and isinstance(heading, ReadableText):
            heading.take_focus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to(section)  # focusing may have scrolled it only into view

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


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
