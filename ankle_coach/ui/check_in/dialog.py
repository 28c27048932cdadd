"""The pain check-in: a 0-10 rating in big buttons, the warning signs, Skip, and "don't ask"."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QFont, QKeyEvent, QPalette
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
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.history import RED_FLAG_WORDS, CheckIn, CheckInMoment, RedFlag, local_now
from ankle_coach.ui.widgets.text import plain_label

#: The question, by when it is asked.
QUESTIONS: Mapping[CheckInMoment, str] = {
    "before": "Before you start: how does your ankle feel?",
    "after": "After the session: how does your ankle feel?",
    "standalone": "How does your ankle feel?",
}
#: Words under the scale, at 0, 5 and 10.
SCALE_WORDS = ("No pain", "Moderate", "Worst imaginable")
#: A checked rating takes a colour from calm to alarming, so the choice reads at a glance.
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


class CheckInDialog(QDialog):
    """Asks for a pain rating (optional) and the warning signs; never saves anything.

    After `exec()` (or `open()` and `finished`), `check_in()` is the CheckIn to log, or None
    when the user skipped or gave nothing; `dont_ask_again()` says whether to stop asking
    before and after sessions (the caller saves the preference, Settings.ask_pain_check_in).
    Keys: 0-9 choose a rating, Left and Right move it, Enter saves, Escape skips.
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
        self.setWindowTitle("Pain check-in")
        self.when: CheckInMoment = when
        self._now = now
        self._check_in: CheckIn | None = None
        self._offer_dont_ask = offer_dont_ask

        question = plain_label(QUESTIONS[when], wrap="spaces", name="checkInQuestion")
        font = QFont(self.font())
        font.setPointSizeF(max(1.0, font.pointSizeF() * 1.35))
        font.setBold(True)
        question.setFont(font)

        explain = _note(
            "Your pain right now, from 0 (none) to 10 (the worst you can imagine). "
            "Leave it out if you'd rather not say."
        )

        self.ratings = QButtonGroup(self)
        self.ratings.setExclusive(True)
        scale = QGridLayout()
        scale.setHorizontalSpacing(6)
        scale.setVerticalSpacing(2)
        for rating in range(11):
            button = QPushButton(str(rating))
            button.setObjectName(f"rating-{rating}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumSize(44, 44)
            button.setAccessibleName(f"Pain {rating} out of 10")
            button.setStyleSheet(_rating_style(rating))
            bold = QFont(button.font())
            bold.setBold(True)
            bold.setPointSizeF(max(1.0, bold.pointSizeF() * 1.15))
            button.setFont(bold)
            button.installEventFilter(self)  # Left and Right move the rating, not the focus
            self.ratings.addButton(button, rating)
            scale.addWidget(button, 0, rating)
        for column, words, align in (
            (0, SCALE_WORDS[0], Qt.AlignmentFlag.AlignLeft),
            (4, SCALE_WORDS[1], Qt.AlignmentFlag.AlignHCenter),
            (8, SCALE_WORDS[2], Qt.AlignmentFlag.AlignRight),
        ):
            scale.addWidget(_note(words, wrap=False), 1, column, 1, 3, align)
        self.ratings.idToggled.connect(self._on_ratings_id_toggled)

        self.clear_rating = QPushButton("No rating")
        self.clear_rating.setObjectName("clearRating")
        self.clear_rating.setAutoDefault(False)
        self.clear_rating.setAccessibleName("Leave the pain rating out")
        self.clear_rating.clicked.connect(self._on_clear_rating_clicked)
        self.rating_words = plain_label(name="ratingWords")
        chosen = QHBoxLayout()
        chosen.addWidget(self.rating_words, 1)
        chosen.addWidget(self.clear_rating)

        flags_title = plain_label("Do you have any of these now?")
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        flags_title.setFont(bold_font)
        self.flag_boxes: dict[RedFlag, QCheckBox] = {}
        flags = QFrame()
        flags.setObjectName("warningSigns")
        flags.setFrameShape(QFrame.Shape.StyledPanel)
        flags_layout = QVBoxLayout(flags)
        flags_layout.setContentsMargins(12, 8, 12, 8)
        flags_layout.setSpacing(6)
        flags_layout.addWidget(flags_title)
        for flag in RedFlag:
            box = QCheckBox(RED_FLAG_WORDS[flag])
            box.setObjectName(f"flag-{flag.value}")
            self.flag_boxes[flag] = box
            flags_layout.addWidget(box)
        flags_layout.addWidget(
            _note("Any of these means it's time to see a doctor; Ankle Coach will say so.")
        )

        self.dont_ask = QCheckBox("Don't ask me before and after sessions")
        self.dont_ask.setObjectName("dontAsk")
        self.dont_ask.setToolTip("You can turn the check-ins back on in Settings.")
        self.dont_ask.setVisible(offer_dont_ask)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.skip_button = self.buttons.addButton("Skip", QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setObjectName("skip")
        self.skip_button.setAccessibleName("Skip the check-in")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
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
        layout.addWidget(self.buttons)
        self._show_rating()

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
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and watched in self.ratings.buttons()
        ):
            current = self.rating()
            if current is None:
                self._choose(self.ratings.id(watched) if isinstance(watched, QPushButton) else 5)
            else:
                step = -1 if event.key() == Qt.Key.Key_Left else 1
                self._choose(min(10, max(0, current + step)))
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
            self.rating_words.setText("No rating chosen.")
        else:
            self.rating_words.setText(f"Pain: {rating} out of 10 ({_rating_words(rating)}).")
        self.clear_rating.setEnabled(rating is not None)


def _rating_words(rating: int) -> str:
    if rating == 0:
        return "no pain"
    if rating <= 3:
        return "mild"
    if rating <= 6:
        return "moderate"
    if rating <= 9:
        return "severe"
    return "the worst imaginable"


def _rating_style(rating: int) -> str:
    colour = RATING_COLOURS[rating]
    return (
        f"QPushButton:checked {{ background: {colour}; color: white; "
        f"border: 2px solid {colour}; border-radius: 4px; }}"
    )


def _note(text: str, *, wrap: bool = True) -> QLabel:
    label = plain_label(text, wrap="spaces" if wrap else False)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
