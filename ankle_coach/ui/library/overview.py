"""The chosen routine before Start: what it holds, how long it takes, and a clear Start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QHideEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.cues import custom_cue
from ankle_coach.core.guidance import DISCLAIMER, EXPECTATION
from ankle_coach.core.images import find_image
from ankle_coach.core.library import LibraryEntry, tag_words
from ankle_coach.core.plan import total_seconds
from ankle_coach.core.routine import Exercise, Problem
from ankle_coach.core.words import clock_text, prescription_text, quoted
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.keys import show_focus
from ankle_coach.ui.theme import HEADING_SCALES, scaled_font, set_type_scale
from ankle_coach.ui.widgets.heading import FittedHeading
from ankle_coach.ui.widgets.illustration import Illustration
from ankle_coach.ui.widgets.roles import set_heading
from ankle_coach.ui.widgets.text import plain_label

#: The routine's title, relative to body text: the largest text of the page.
TITLE_SCALE = 1.8
#: Start moves under the title when the title would have room for fewer letters a line than
#: this beside it (at its full size).
TITLE_LETTERS = 12


class ExerciseCard(QFrame):
    def __init__(self, number: int, exercise: Exercise, entry: LibraryEntry) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        picture = Illustration()
        picture.set_image(find_image(exercise.image, entry.folder))
        picture.setFixedSize(200, 150)
        picture.setAccessibleName(
            translate("ui.library.overview", "Illustration: {name}").format(name=exercise.name)
        )
        name = plain_label(f"{number}. {exercise.name}", wrap=True, name="exerciseName")
        set_type_scale(name, HEADING_SCALES[3], bold=True)  # follows the text size
        set_heading(name, 2)
        how = plain_label(prescription_text(exercise), wrap=True, name="prescription")
        what = plain_label(exercise.instructions, wrap=True, name="instructions")
        said = custom_cue(exercise)
        cue = plain_label(quoted(said) if said else "", wrap=True, name="cue")
        cue.setAccessibleName(
            translate("ui.library.overview", "Said as each set starts: {cue}").format(cue=said)
            if said
            else ""
        )
        italic = cue.font()
        italic.setItalic(True)
        cue.setFont(italic)
        # Why its picture is not shown, in the words `validate` and Export use.
        field = f"exercises[{number - 1}].image"
        why = next((p.message for p in entry.picture_problems if p.field == field), "")
        missing = plain_label(
            translate("ui.library.overview", "No illustration: {reason}").format(reason=why),
            wrap=True,
            name="pictureProblem",
        )
        text = QVBoxLayout()
        text.addWidget(name)
        text.addWidget(how)
        text.addWidget(what)
        text.addWidget(cue)
        text.addWidget(missing)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(picture)
        layout.addSpacing(12)
        layout.addLayout(text, 1)
        # Only now, inside the card: shown while it had no parent, each was a window of its own
        # for a moment, and took the keyboard focus from the main window.
        cue.setVisible(bool(said))
        missing.setVisible(bool(why))


class OverviewPage(QScrollArea):
    """Signals: startRequested(entry)."""

    startRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("overview")
        self.setAccessibleName(
            translate("ui.library.overview", "Chosen routine")
        )  # it takes the focus, to scroll by keys
        show_focus(self)
        self._entry: LibraryEntry | None = None
        self._scrolled_to = 0  # where the page was scrolled to when it was last hidden
        self._scroll_back = 0  # where to scroll to once the cards made again are laid out
        self.verticalScrollBar().rangeChanged.connect(self._on_scroll_range_changed)
        self.verticalScrollBar().actionTriggered.connect(self._on_scrolled_by_user)
        # Follows the text size, as every heading; smaller (never below a level-2 heading)
        # rather than cut mid-word when a word of the title is too wide for the page.
        self.title = FittedHeading(TITLE_SCALE, HEADING_SCALES[2], name="title")
        set_heading(self.title, 1)
        self.facts = plain_label(wrap=True, name="facts")
        self.summary = plain_label(wrap=True, name="summary")
        self.start = QPushButton(translate("ui.library.overview", "Start"))
        self.start.setAccessibleName(translate("ui.library.overview", "Start the routine"))
        space = QKeySequence(Qt.Key.Key_Space).toString(QKeySequence.SequenceFormat.NativeText)
        self.start.setToolTip(
            translate("ui.library.overview", "Start the routine ({keys})").format(keys=space)
        )
        self.start.setMinimumHeight(44)
        self.start.setMinimumWidth(160)
        set_type_scale(self.start, 1.3, bold=True)
        self.start.clicked.connect(self._on_start_clicked)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(10)

        # Start beside the title, or under it when the room beside it is too narrow for the
        # title (1024x600 at 200 % text left it about 100 px: "recov / ery").
        self.head = head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.facts)
        head.addLayout(words, 1)
        head.addWidget(self.start, 0, Qt.AlignmentFlag.AlignTop)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addLayout(self.cards)
        layout.addSpacing(12)
        # What to expect, and that this is no clinician: in view even with the sidebar hidden.
        self.expectation = plain_label(
            translate("core.guidance", EXPECTATION), wrap=True, name="expectation"
        )
        self.disclaimer = plain_label(
            translate("core.guidance", DISCLAIMER), wrap=True, name="overviewDisclaimer"
        )
        bold = self.disclaimer.font()
        bold.setBold(True)
        self.disclaimer.setFont(bold)
        layout.addWidget(self.expectation)
        layout.addWidget(self.disclaimer)
        layout.addStretch(1)
        self.setWidget(body)

    @property
    def entry(self) -> LibraryEntry | None:
        return self._entry

    def start_beside_title(self) -> bool:
        return self.head.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            # the text size changed: once Start has its new size too
            QTimer.singleShot(0, self, self._place_start)

    def _page_width(self) -> int:
        """The viewport's width, measured without asking for the viewport: Qt makes it, a plain
        QWidget, and the first one handed to Python makes PySide build a class for every widget
        class Qt has to find out what it is (some 150 classes, 2.5 MiB; issue 16)."""
        bar = self.verticalScrollBar()
        margins = self.viewportMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        return width - (bar.width() if bar.isVisible() else 0)

    def _place_start(self) -> None:
        """Start beside the title while the title keeps TITLE_LETTERS letters of room a line at
        its full size; under it otherwise."""
        body = self.widget()
        layout = body.layout() if body is not None else None
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        beside = self._page_width() - sides - self.start.sizeHint().width() - self.head.spacing()
        title_font = scaled_font(QApplication.font(), TITLE_SCALE, bold=True)
        needed = QFontMetrics(title_font).averageCharWidth() * TITLE_LETTERS
        if beside >= needed:
            self.head.setDirection(QBoxLayout.Direction.LeftToRight)
            self.head.setAlignment(self.start, Qt.AlignmentFlag.AlignTop)
        else:
            self.head.setDirection(QBoxLayout.Direction.TopToBottom)
            self.head.setAlignment(self.start, Qt.AlignmentFlag.AlignLeft)

    def show_entry(self, entry: LibraryEntry) -> None:
        self._entry = entry
        self._scrolled_to = self._scroll_back = 0
        routine = entry.routine
        self.setAccessibleName(
            translate("ui.library.overview", "Chosen routine: {title}").format(title=routine.title)
        )
        self.title.setText(routine.title)
        count = len(routine.exercises)
        facts = [
            translate("ui.library.overview", "{time} in all").format(
                time=clock_text(total_seconds(routine))
            ),
            translate("ui.library.overview", "1 exercise")
            if count == 1
            else translate("ui.library.overview", "{count} exercises").format(count=count),
            *(tag_words(tag) for tag in routine.tags),
        ]
        self.facts.setText("  \u00b7  ".join(facts))
        self.summary.setText(routine.summary)
        self.summary.setVisible(bool(routine.summary))
        self._remove_cards()
        self._add_cards(entry)
        self.start.setEnabled(True)

    def _add_cards(self, entry: LibraryEntry) -> None:
        for number, exercise in enumerate(entry.routine.exercises, start=1):
            self.cards.addWidget(ExerciseCard(number, exercise, entry))

    def _remove_cards(self) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    # The exercise cards exist only while the page is shown: a session (or the history) put in
    # its place would otherwise keep them, with their pictures and some 70 labels, all through
    # it (0.8 MiB of a session's memory; issue 16). They are made again, as they were, when the
    # page comes back, at the same place in it.

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._entry is not None and self.cards.count() == 0:
            self._add_cards(self._entry)
            self._scroll_back = self._scrolled_to  # once the cards have their height
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if not event.spontaneous():  # not when the window is only minimised
            self._scrolled_to = self.verticalScrollBar().value()
            self._scroll_back = 0
            self._remove_cards()

    def _on_scroll_range_changed(self, _least: int, most: int) -> None:
        if self._scroll_back:
            self.verticalScrollBar().setValue(self._scroll_back)
            if most >= self._scroll_back:
                self._scroll_back = 0

    def _on_scrolled_by_user(self, _action: int) -> None:
        self._scroll_back = 0  # the user scrolls: the page stays where they take it

    def _on_start_clicked(self) -> None:
        if self._entry is not None:
            self.startRequested.emit(self._entry)


class ProblemPage(QScrollArea):
    """A routine file that could not be loaded: where it is and everything wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("problemPage")
        self.setAccessibleName(
            translate("ui.library.overview", "Routine file that could not be loaded")
        )
        show_focus(self)
        self.title = plain_label(wrap=True, name="problemTitle")
        set_type_scale(self.title, HEADING_SCALES[1], bold=True)
        set_heading(self.title, 1)
        self.path = _selectable_label("problemPath")
        self.details = _selectable_label("problemDetails")
        hint = plain_label(
            translate(
                "ui.library.overview",
                "Fix the file in a text editor and choose Reload (F5), or check it with "
                "`ankle-coach validate FILE`. The other routines are not affected.",
            ),
            wrap=True,
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        for widget in (self.title, self.path, self.details, hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)

    def show_problems(self, path: str, problems: list[Problem]) -> None:
        self.title.setText(
            translate("ui.library.overview", "This routine file could not be loaded")
        )
        self.path.setText(path)
        lines = [
            f"\u2022 {p.field}: {p.message}" if p.field else f"\u2022 {p.message}" for p in problems
        ]
        self.details.setText("\n".join(lines))


def _selectable_label(name: str) -> QLabel:
    """Wrapped plain text to copy as it is: no invisible break points (a copied path would hold
    them), so a long word scrolls this page sideways instead; it cannot widen the window."""
    return plain_label(wrap="spaces", name=name, selectable=True)
