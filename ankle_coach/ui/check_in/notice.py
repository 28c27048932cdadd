"""What the triage rules advise, as a card: the headline, the reasons, who to see, and a way to
the see-a-doctor guidance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.triage import OTHERWISE, RULES, Advice
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.theme import HEADING_SCALES, NOTE_SCALE, set_type_scale
from ankle_coach.ui.widgets.roles import set_heading
from ankle_coach.ui.widgets.text import plain_label

#: (bar on light, bar on dark, light tint, dark tint) by level: red to act on, blue to watch.
_LEVEL_COLOURS = {
    "see-a-doctor": ("#c92a2a", "#ff8787", "#fff0f0", "#3a1c1f"),
    "keep-watching": ("#1c7ed6", "#74c0fc", "#edf6ff", "#15263a"),
}


class TriageNotice(QFrame):
    """Shows an Advice. Plain text throughout; the colour bar says the level at a glance and
    the headline says it in words.

    Signals:
        doctorGuidanceRequested(): "When to see a doctor" was pressed; open that guidance.
    """

    doctorGuidanceRequested = Signal()

    def __init__(
        self,
        advice: Advice | None = None,
        parent: QWidget | None = None,
        *,
        buttons_below: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("triageNotice")
        self.advice: Advice | None = None
        self.headline = plain_label(wrap="spaces", name="triageHeadline", selectable=True)
        self.reasons = plain_label(wrap="spaces", name="triageReasons", selectable=True)
        self.who = plain_label(wrap="spaces", name="triageWho", selectable=True)
        self.note = plain_label(wrap="spaces", name="triageNote", selectable=True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        set_type_scale(self.headline, HEADING_SCALES[2], bold=True)  # follows the text size
        set_heading(self.headline, 2)
        set_type_scale(self.note, NOTE_SCALE)

        self.doctor_button = QPushButton(translate("ui.check_in.notice", "When to see a doctor"))
        self.doctor_button.setObjectName("openDoctorGuidance")
        self.doctor_button.setAccessibleName(
            translate("ui.check_in.notice", "Open the guidance: when to see a doctor")
        )
        self.doctor_button.setAutoDefault(False)
        self.doctor_button.clicked.connect(self._on_doctor_button_clicked)
        self.rules_button = QPushButton(translate("ui.check_in.notice", "How is this decided?"))
        self.rules_button.setObjectName("showRules")
        self.rules_button.setCheckable(True)
        self.rules_button.setAutoDefault(False)
        self.rules_button.setFlat(True)
        self.rules_button.toggled.connect(self._on_rules_button_toggled)
        self.rules = plain_label(rules_text(), wrap="spaces", name="triageRules", selectable=True)
        self.rules.hide()

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.headline)
        text.addWidget(self.reasons)
        text.addWidget(self.who)
        text.addWidget(self.note)
        text.addWidget(self.rules)
        if buttons_below:  # a narrow place: the text takes the whole width
            buttons: QHBoxLayout | QVBoxLayout = QHBoxLayout()
            buttons.setSpacing(8)
            buttons.addWidget(self.doctor_button)
            buttons.addWidget(self.rules_button)
            buttons.addStretch(1)
            text.addSpacing(6)
            text.addLayout(buttons)
            text.addStretch(1)
            layout: QHBoxLayout = QHBoxLayout(self)
            layout.addLayout(text, 1)
        else:
            text.addStretch(1)
            buttons = QVBoxLayout()
            buttons.setSpacing(2)
            buttons.addWidget(self.doctor_button)
            buttons.addWidget(self.rules_button)
            buttons.addStretch(1)
            layout = QHBoxLayout(self)
            layout.addLayout(text, 1)
            layout.addLayout(buttons)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.setSpacing(12)
        if advice is not None:
            self.show_advice(advice)

    def show_advice(self, advice: Advice) -> None:
        self.advice = advice
        self.headline.setText(advice.headline)
        self.reasons.setText("\n".join(f"\u2022 {reason}" for reason in advice.reasons))
        self.who.setText(
            translate("ui.check_in.notice", "Who to see: {who}").format(who=advice.who)
        )
        self.who.setVisible(advice.see_a_doctor)
        self.note.setText(advice.note)
        self.setAccessibleName(
            translate("ui.check_in.notice", "Advice from your check-ins: see a doctor")
            if advice.see_a_doctor
            else translate("ui.check_in.notice", "Advice from your check-ins: keep watching")
        )
        self.setAccessibleDescription(
            " ".join(
                [advice.headline, *advice.reasons, *([advice.who] if advice.see_a_doctor else [])]
            )
        )
        self._style()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style()

    def _style(self) -> None:
        level = self.advice.level if self.advice is not None else "keep-watching"
        light_bar, dark_bar, light, dark = _LEVEL_COLOURS[level]
        window = self.palette().color(QPalette.ColorRole.Window)
        is_dark = window.lightness() < 128
        bar, tint = (dark_bar, dark) if is_dark else (light_bar, light)
        if window.lightness() == 0:  # high contrast: keep the black ground, the bar says it
            tint = window.name()
        sheet = (
            f"QFrame#triageNotice {{ background: {tint}; border-left: 6px solid {bar}; "
            "border-radius: 6px; }"
        )
        if sheet != self.styleSheet():  # restyling changes the palette: do it only once
            self.setStyleSheet(sheet)
        self.headline.setStyleSheet(f"color: {bar};" if level == "see-a-doctor" else "")

    @Slot()
    def _on_doctor_button_clicked(self) -> None:
        self.doctorGuidanceRequested.emit()

    @Slot(bool)
    def _on_rules_button_toggled(self, shown: bool) -> None:
        self.rules.setVisible(shown)
        self.rules_button.setText(
            translate("ui.check_in.notice", "Hide the rules")
            if shown
            else translate("ui.check_in.notice", "How is this decided?")
        )


def rules_text() -> str:
    """The triage rules in plain words, as the README has them."""
    lines = [
        translate(
            "ui.check_in.notice",
            "Ankle Coach says it's time to see a doctor when any of these is true:",
        )
    ]
    # the rules' words are the core's (its catalogue)
    lines += [f"\u2022 {translate('core.triage', rule.words)}" for rule in RULES]
    lines.append(translate("core.triage", OTHERWISE))
    return "\n".join(lines)


class TriageDialog(QDialog):
    """The advice after a check-in, in its own window. Before a session it also asks whether
    to start anyway (`accepted`) or not (`rejected`); after one there is only Close.

    Signals:
        doctorGuidanceRequested(): as TriageNotice's.
    """

    doctorGuidanceRequested = Signal()

    def __init__(
        self,
        advice: Advice,
        *,
        before_session: bool = False,
        pain_note: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("triageDialog")
        self.setWindowTitle(translate("ui.check_in.notice", "About your check-in"))
        self.notice = TriageNotice(advice, buttons_below=True)
        self.notice.doctorGuidanceRequested.connect(self.doctorGuidanceRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.notice)
        self.buttons = QDialogButtonBox()
        self.pain_note: QLabel | None = None
        if pain_note:
            # Said in the result itself: pain is a reason to see a doctor, not to tough it out.
            self.pain_note = plain_label(pain_note, wrap="spaces", name="painNote")
            set_type_scale(self.pain_note, 1.0, bold=True)  # bold at the text size, as it changes
            layout.addWidget(self.pain_note)
            self.setAccessibleDescription(pain_note)
        if before_session:
            if advice.see_a_doctor:
                caution = plain_label(
                    translate(
                        "ui.check_in.notice",
                        "If it hurts, don't try to tough it out: rest instead of doing this "
                        "routine.",
                    ),
                    wrap="spaces",
                )
                layout.addWidget(caution)
            start = self.buttons.addButton(
                translate("ui.check_in.notice", "Start anyway")
                if advice.see_a_doctor
                else translate("ui.check_in.notice", "Start"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            start.setObjectName("startAnyway")
            dont = self.buttons.addButton(
                translate("ui.check_in.notice", "Don't start"),
                QDialogButtonBox.ButtonRole.RejectRole,
            )
            dont.setObjectName("dontStart")
            first = dont if advice.see_a_doctor else start  # the careful choice takes Enter
            for button in (start, dont):
                button.setAutoDefault(False)
            first.setDefault(True)
            self._first: QPushButton | None = first
        else:
            close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.setDefault(True)
            self._first = close
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        width = 560
        self.resize(width, self.heightForWidth(width) if self.hasHeightForWidth() else 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._first is not None:
            self._first.setFocus(Qt.FocusReason.OtherFocusReason)
