"""The pain check-in: a 0-10 rating (one group of radio buttons, drawn as big buttons), the
warning signs, Skip, and "don't ask"."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.history import RED_FLAG_WORDS, CheckIn, CheckInMoment, RedFlag, local_now
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.theme import HEADING_SCALES, NOTE_SCALE, readable_on, set_type_scale
from ankle_coach.ui.widgets.roles import set_heading
from ankle_coach.ui.widgets.text import plain_label

#: The question, by when it is asked (translated where shown).
QUESTIONS: Mapping[CheckInMoment, str] = {
    "before": QT_TRANSLATE_NOOP(
        "ui.check_in.dialog", "Before you start: how does your ankle feel?"
    ),
    "after": QT_TRANSLATE_NOOP(
        "ui.check_in.dialog", "After the session: how does your ankle feel?"
    ),
    "standalone": QT_TRANSLATE_NOOP("ui.check_in.dialog", "How does your ankle feel?"),
}
#: Words under the scale, at 0, 5 and 10 (translated where shown).
SCALE_WORDS = (
    QT_TRANSLATE_NOOP("ui.check_in.dialog", "No pain"),
    QT_TRANSLATE_NOOP("ui.check_in.dialog", "Moderate"),
    QT_TRANSLATE_NOOP("ui.check_in.dialog", "Worst imaginable"),
)
#: A checked rating takes a colour from calm to alarming, so the choice reads at a glance; its
#: number is drawn in black or white, whichever reads better (4.5:1 or more, ui/theme.py).
RATING_COLOURS = (
    "#2b8a3e",
    "#2f9e44",
    "#5c940d",
    "#74b816",
    "#e67700",
    "#f08c00",
    "#e8590c",
    "#d9480f",
    "#c92a2a",
    "#b02525",
    "#8f1d1d",
)


#: The keys that move the rating: back and forward, as in any group of radio buttons.
_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
#: The type of a rating's number, relative to the app font.
RATING_SCALE = 1.15


class RatingButton(QRadioButton):
    """One choice of the pain scale. To assistive technology it is a radio button of one
    exclusive group ("Pain 6 out of 10, radio button, checked"); on screen a big push button,
    filled with its rating's colour when chosen, so it reads from across the room."""

    def __init__(self, rating: int) -> None:
        super().__init__(str(rating))
        self.rating = rating
        self.setObjectName(f"rating-{rating}")
        self.setAccessibleName(
            translate("ui.check_in.dialog", "Pain {rating} out of 10").format(rating=rating)
        )
        self.setMinimumSize(44, 44)
        set_type_scale(self, RATING_SCALE, bold=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        return QSize(max(44, metrics.horizontalAdvance("10") + 24), max(44, metrics.height() + 16))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt's name
        return self.rect().contains(pos)  # the whole button, not only a radio's indicator

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        option = QStyleOptionButton()
        option.initFrom(self)
        option.text = self.text()
        state = option.state
        if self.isDown() or self.isChecked():
            state |= QStyle.StateFlag.State_Sunken
        else:
            state |= QStyle.StateFlag.State_Raised
        if self.isChecked():
            state |= QStyle.StateFlag.State_On
            colour = QColor(RATING_COLOURS[self.rating])
            option.palette.setColor(QPalette.ColorRole.Button, colour)
            option.palette.setColor(QPalette.ColorRole.ButtonText, readable_on(colour))
        option.state = state
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        if self.hasFocus():  # as unmistakable as the app's focused push buttons (ui/theme.py)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)


class CheckInDialog(QDialog):
    """Asks for a pain rating (optional) and the warning signs; never saves anything.

    After `exec()` (or `open()` and `finished`), `check_in()` is the CheckIn to log, or None
    when the user skipped or gave nothing; `dont_ask_again()` says whether to stop asking
    before and after sessions (the caller saves the preference, Settings.ask_pain_check_in).
    Keys: 0-9 choose a rating; the arrow keys move it from the one chosen (or, with none chosen
    yet, from the one with the focus) and choose it, as in any radio group; Enter saves,
    Escape skips.
    """

    def __init__(
        self,
        when: CheckInMoment = "standalone",
        *,
        now: Callable[[], datetime] = local_now,
        offer_dont_ask: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(translate("ui.check_in.dialog", "Pain check-in"))
        self.when: CheckInMoment = when
        self._now = now
        self._check_in: CheckIn | None = None
        self._offer_dont_ask = offer_dont_ask
        self._sized = False

        question = plain_label(
            translate("ui.check_in.dialog", QUESTIONS[when]), wrap="spaces", name="checkInQuestion"
        )
        set_type_scale(question, HEADING_SCALES[1], bold=True)
        set_heading(question, 1)

        explain = _note(
            translate(
                "ui.check_in.dialog",
                "Your pain right now, from 0 (none) to 10 (the worst you can imagine). "
                "Leave it out if you'd rather not say.",
            )
        )

        self.ratings = QButtonGroup(self)
        self.ratings.setExclusive(True)
        scale = QGridLayout()
        scale.setHorizontalSpacing(6)
        scale.setVerticalSpacing(2)
        for rating in range(11):
            button = RatingButton(rating)
            button.installEventFilter(self)  # the arrow keys move the rating (see eventFilter)
            self.ratings.addButton(button, rating)
            scale.addWidget(button, 0, rating)
        for column, words, align in (
            (0, SCALE_WORDS[0], Qt.AlignmentFlag.AlignLeft),
            (4, SCALE_WORDS[1], Qt.AlignmentFlag.AlignHCenter),
            (8, SCALE_WORDS[2], Qt.AlignmentFlag.AlignRight),
        ):
            scale.addWidget(
                _note(translate("ui.check_in.dialog", words), wrap=False), 1, column, 1, 3, align
            )
        self.ratings.idToggled.connect(self._on_ratings_id_toggled)

        self.clear_rating = QPushButton(translate("ui.check_in.dialog", "No rating"))
        self.clear_rating.setObjectName("clearRating")
        self.clear_rating.setAutoDefault(False)
        self.clear_rating.setAccessibleName(
            translate("ui.check_in.dialog", "Leave the pain rating out")
        )
        self.clear_rating.clicked.connect(self._on_clear_rating_clicked)
        self.rating_words = plain_label(name="ratingWords")
        chosen = QHBoxLayout()
        chosen.addWidget(self.rating_words, 1)
        chosen.addWidget(self.clear_rating)

        flags_title = plain_label(
            translate("ui.check_in.dialog", "Do you have any of these now?"), wrap="spaces"
        )
        set_type_scale(flags_title, HEADING_SCALES[3], bold=True)
        set_heading(flags_title, 2)
        self.flag_boxes: dict[RedFlag, QCheckBox] = {}
        flags = QFrame()
        flags.setObjectName("warningSigns")
        flags.setFrameShape(QFrame.Shape.StyledPanel)
        flags_layout = QVBoxLayout(flags)
        flags_layout.setContentsMargins(12, 8, 12, 8)
        flags_layout.setSpacing(6)
        flags_layout.addWidget(flags_title)
        for flag in RedFlag:
            # the core's catalogue
            box = QCheckBox(translate("core.history.model", RED_FLAG_WORDS[flag]))
            box.setObjectName(f"flag-{flag.value}")
            self.flag_boxes[flag] = box
            flags_layout.addWidget(box)
        flags_layout.addWidget(
            _note(
                translate(
                    "ui.check_in.dialog",
                    "Any of these means it's time to see a doctor; Ankle Coach will say so.",
                )
            )
        )

        self.dont_ask = QCheckBox(
            translate("ui.check_in.dialog", "Don't ask me before and after sessions")
        )
        self.dont_ask.setObjectName("dontAsk")
        self.dont_ask.setToolTip(
            translate("ui.check_in.dialog", "You can turn the check-ins back on in Settings.")
        )
        self.dont_ask.setVisible(offer_dont_ask)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            translate("ui.check_in.dialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.skip_button = self.buttons.addButton(
            translate("ui.check_in.dialog", "Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.skip_button.setObjectName("skip")
        self.skip_button.setAccessibleName(translate("ui.check_in.dialog", "Skip the check-in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Everything but Save and Skip scrolls when the screen is short for it (large text on
        # a small screen), rather than squeeze the lines into each other.
        content = QWidget()
        content.setObjectName("checkInContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 18, 20, 4)
        layout.setSpacing(10)
        layout.addWidget(question)
        layout.addWidget(explain)
        layout.addSpacing(2)
        layout.addLayout(scale)
        layout.addLayout(chosen)
        layout.addSpacing(4)
        layout.addWidget(flags)
        layout.addSpacing(4)
        layout.addWidget(self.dont_ask)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("checkInScroll")
        self.scroll_area.setAccessibleName(translate("ui.check_in.dialog", "Pain check-in"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        self._content = content
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 14)
        outer.setSpacing(8)
        outer.addWidget(self.scroll_area, 1)
        buttons_row = QHBoxLayout()
        buttons_row.setContentsMargins(20, 0, 20, 0)
        buttons_row.addWidget(self.buttons)
        outer.addLayout(buttons_row)
        self._show_rating()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not event.spontaneous() and not self._sized:
            # Qt sizes a new window to at most 2/3 of the screen: at 200 % text that cut the
            # warning signs off while a third of the screen stayed free.
            self._sized = True
            self.resize(self.sizeHint())
        super().showEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All of it without scrolling where the screen has room, else as much as it has."""
        hint = self._content.sizeHint()
        wanted = QSize(
            hint.width() + self.scroll_area.verticalScrollBar().sizeHint().width(),
            hint.height() + self.buttons.sizeHint().height() + 22,
        )
        screen = self.screen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() * 0.95
        return wanted.boundedTo(QSize(int(room.width()), int(room.height())))

    # -- what was chosen -------------------------------------------------------------------

    def rating(self) -> int | None:
        chosen = self.ratings.checkedId()
        return chosen if chosen >= 0 else None

    def set_rating(self, rating: int | None) -> None:
        if rating is None:
            self.ratings.setExclusive(False)
            for button in self.ratings.buttons():
                button.setChecked(False)
            self.ratings.setExclusive(True)
        else:
            button = self.ratings.button(rating)
            if button is None:
                raise ValueError(f"a pain rating is from 0 to 10, not {rating}")
            button.setChecked(True)
        self._show_rating()

    def red_flags(self) -> frozenset[RedFlag]:
        return frozenset(flag for flag, box in self.flag_boxes.items() if box.isChecked())

    def dont_ask_again(self) -> bool:
        return self._offer_dont_ask and self.dont_ask.isChecked()

    def check_in(self) -> CheckIn | None:
        """The check-in saved (timed when Save was pressed); None when skipped or empty."""
        return self._check_in

    def accept(self) -> None:
        rating, flags = self.rating(), self.red_flags()
        if rating is not None or flags:
            self._check_in = CheckIn(at=self._now(), when=self.when, rating=rating, red_flags=flags)
        super().accept()

    def reject(self) -> None:
        self._check_in = None
        super().reject()

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and plain:
            self._choose(int(key) - int(Qt.Key.Key_0))
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and event.key() in _STEPS
            and isinstance(watched, RatingButton)
        ):
            # From the chosen rating; with none chosen yet, from the button with the focus
            # (Qt's own radio keys would only check the focused one: "0" without moving).
            current = self.rating()
            start = current if current is not None else watched.rating
            self._choose(min(10, max(0, start + _STEPS[Qt.Key(event.key())])))
            return True
        return super().eventFilter(watched, event)

    def _choose(self, rating: int) -> None:
        self.set_rating(rating)
        button = self.ratings.button(rating)
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- slots -----------------------------------------------------------------------------

    @Slot(int, bool)
    def _on_ratings_id_toggled(self, rating: int, checked: bool) -> None:
        if checked:
            self._show_rating()

    @Slot()
    def _on_clear_rating_clicked(self) -> None:
        self.set_rating(None)

    def _show_rating(self) -> None:
        rating = self.rating()
        if rating is None:
            self.rating_words.setText(translate("ui.check_in.dialog", "No rating chosen."))
        else:
            self.rating_words.setText(
                translate("ui.check_in.dialog", "Pain: {rating} out of 10 ({words}).").format(
                    rating=rating, words=_rating_words(rating)
                )
            )
        self.clear_rating.setEnabled(rating is not None)


def _rating_words(rating: int) -> str:
    if rating == 0:
        return translate("ui.check_in.dialog", "no pain")
    if rating <= 3:
        return translate("ui.check_in.dialog", "mild")
    if rating <= 6:
        return translate("ui.check_in.dialog", "moderate")
    if rating <= 9:
        return translate("ui.check_in.dialog", "severe")
    return translate("ui.check_in.dialog", "the worst imaginable")


def _note(text: str, *, wrap: bool = True) -> QLabel:
    """The dialog's quieter words: smaller, in the palette's note colour (4.5:1, ui/theme.py)."""
    label = plain_label(text, wrap="spaces" if wrap else False)
    set_type_scale(label, NOTE_SCALE)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
