"""The Settings dialog: edits a copy of the user's Settings; the caller saves and applies it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.i18n import (
    LANGUAGES,
    NATIVE_NAMES,
    QT_TRANSLATE_NOOP,
    SYSTEM,
    language_from_environment,
)
from ankle_coach.core.settings import OPTIONS, THEMES, Settings
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.text import plain_label

#: How each theme is named in the dialog, in the order of core.settings.THEMES.
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("ui.settings.dialog", "Same as the system"),
    "light": QT_TRANSLATE_NOOP("ui.settings.dialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("ui.settings.dialog", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("ui.settings.dialog", "High contrast"),
}
DEFAULT_VOICE = QT_TRANSLATE_NOOP("ui.settings.dialog", "Default voice")
#: The lead-in spin box's lowest value stands for None: each routine's own lead-in.
ROUTINE_LEAD_IN = -1


class SettingsDialog(QDialog):
    """Edits `settings` without saving them.

    Use `exec()` (or `open()` and the `accepted` signal), then `settings()` for the values
    chosen; `accepted_settings()` is the same after OK and None otherwise. Options the dialog
    does not show are passed through unchanged.

    The voice list comes from the caller, as (id, name) pairs from speech.list_voices run in the
    background: pass it to the constructor when known, or to `set_voices()` when it arrives.

    Signals:
        testVoiceRequested(settings): Test voice was pressed; play a sample with these
            settings (what the dialog shows now, not yet saved).
    """

    testVoiceRequested = Signal(object)

    def __init__(
        self,
        settings: Settings,
        voices: Sequence[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.settings.dialog", "Settings"))
        self._original = settings
        self._voices: list[tuple[str, str]] | None = list(voices) if voices is not None else None
        self._accepted: Settings | None = None
        self._labels: list[QLabel] = []

        # -- voice
        self.voice = QComboBox(self)
        self.voice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voice.setMinimumContentsLength(16)
        self.test_voice = QPushButton(translate("ui.settings.dialog", "&Test voice"), self)
        self.test_voice.setAutoDefault(False)
        self.rate_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.rate = QSpinBox(self)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume = QSpinBox(self)
        self.mute = QCheckBox(translate("ui.settings.dialog", "&Mute all cues"), self)
        self.beep_only = QCheckBox(
            translate("ui.settings.dialog", "&Beeps instead of spoken words"), self
        )
        # -- session
        self.lead_in = QSpinBox(self)
        self.count_reps = QCheckBox(translate("ui.settings.dialog", "Count re&ps aloud"), self)
        self.halfway_cue = QCheckBox(
            translate("ui.settings.dialog", "Say \u201c&halfway\u201d during long holds"), self
        )
        self.ask_check_in = QCheckBox(
            translate(
                "ui.settings.dialog", "As&k how my ankle feels before and after each session"
            ),
            self,
        )
        # -- reminders (the weekly plan; ui/reminders)
        self.speak_reminders = QCheckBox(
            translate("ui.settings.dialog", "Say reminders alo&ud"), self
        )
        self.start_at_login = QCheckBox(
            translate("ui.settings.dialog", "&Start at login (in the tray, for reminders)"), self
        )
        # -- appearance
        self.language = QComboBox(self)
        self.language_note = plain_label(
            translate(
                "ui.settings.dialog", "A new language applies the next time Ankle Coach starts."
            ),
            wrap="spaces",
            parent=self,
        )
        self.language_note.setBuddy(self.language)  # it says what the language choice does
        self.theme = QComboBox(self)
        self.text_size = QSpinBox(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )

        self._set_up_controls()
        self._lay_out()
        self._set_tab_order()
        self.set_settings(settings)
        # once the controls hold their words (the voice's name is longer in German): sized for
        # what they show, so nothing is cut or needs a sideways scroll
        groups = self.scroll_area.widget()
        assert groups is not None  # _lay_out put the groups in it
        self._size_for_screen(groups)

    # -- what the dialog gives ---------------------------------------------------------------

    def settings(self) -> Settings:
        """The settings as the dialog shows them now."""
        original = self._original
        lead_in = self.lead_in.value()
        return dataclasses.replace(
            original,
            voice_id=self.voice.currentData() or None,
            speech_rate=self.rate.value(),
            volume=_from_percent(self.volume.value(), original.volume),
            mute=self.mute.isChecked(),
            beep_only=self.beep_only.isChecked(),
            lead_in_seconds=None if lead_in == ROUTINE_LEAD_IN else lead_in,
            count_reps=self.count_reps.isChecked(),
            halfway_cue=self.halfway_cue.isChecked(),
            ask_pain_check_in=self.ask_check_in.isChecked(),
            speak_reminders=self.speak_reminders.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            text_size=_from_percent(self.text_size.value(), original.text_size),
        )

    def accepted_settings(self) -> Settings | None:
        """The settings chosen, once OK was pressed; None before, and after Cancel."""
        return self._accepted

    def set_settings(self, settings: Settings) -> None:
        """Show `settings` in the controls."""
        self._fill_voices(settings.voice_id)
        self.rate.setValue(settings.speech_rate)
        self.volume.setValue(round(settings.volume * 100))
        self.mute.setChecked(settings.mute)
        self.beep_only.setChecked(settings.beep_only)
        lead_in = settings.lead_in_seconds
        self.lead_in.setValue(ROUTINE_LEAD_IN if lead_in is None else lead_in)
        self.count_reps.setChecked(settings.count_reps)
        self.halfway_cue.setChecked(settings.halfway_cue)
        self.ask_check_in.setChecked(settings.ask_pain_check_in)
        self.speak_reminders.setChecked(settings.speak_reminders)
        self.start_at_login.setChecked(settings.start_at_login)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        self.text_size.setValue(round(settings.text_size * 100))

    def set_voices(self, voices: Sequence[tuple[str, str]]) -> None:
        """Offer these voices, (id, name) pairs, keeping the one chosen."""
        self._voices = list(voices)
        self._fill_voices(self.voice.currentData() or None)

    def accept(self) -> None:
        self._accepted = self.settings()
        super().accept()

    def reject(self) -> None:
        self._accepted = None
        super().reject()

    # -- building ------------------------------------------------------------------------------

    def _set_up_controls(self) -> None:
        rate = OPTIONS["speech_rate"]
        assert rate.minimum is not None and rate.maximum is not None
        for control in (self.rate_slider, self.rate):
            control.setRange(int(rate.minimum), int(rate.maximum))
            control.setSingleStep(5)
        self.rate_slider.setPageStep(20)
        self.rate.setSuffix(translate("ui.settings.dialog", " words/min"))
        self.rate_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.rate_slider.setTickInterval(20)

        for control in (self.volume_slider, self.volume):
            control.setRange(0, 100)
            control.setSingleStep(5)
        self.volume_slider.setPageStep(20)
        self.volume.setSuffix(" %")
        self.volume_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.volume_slider.setTickInterval(25)

        lead_in = OPTIONS["lead_in_seconds"]
        assert lead_in.maximum is not None
        self.lead_in.setRange(ROUTINE_LEAD_IN, int(lead_in.maximum))
        self.lead_in.setSpecialValueText(translate("ui.settings.dialog", "The routine\u2019s own"))
        self.lead_in.setSuffix(" s")

        for theme in THEMES:
            self.theme.addItem(translate("ui.settings.dialog", THEME_NAMES[theme]), theme)

        # the system's language named as the system gives it, then each language in its own name
        system = NATIVE_NAMES[language_from_environment()]
        self.language.addItem(
            translate("ui.settings.dialog", "System ({language})").format(language=system), SYSTEM
        )
        for language in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[language], language)

        text_size = OPTIONS["text_size"]
        assert text_size.minimum is not None and text_size.maximum is not None
        self.text_size.setRange(round(text_size.minimum * 100), round(text_size.maximum * 100))
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")

        for spin_box in (self.rate, self.volume, self.lead_in, self.text_size):
            spin_box.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin_box.setAccelerated(True)

        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(translate("ui.settings.dialog", "Restore &defaults"))

        described: dict[str, list[QWidget]] = {
            "voice_id": [self.voice],
            "speech_rate": [self.rate_slider, self.rate],
            "volume": [self.volume_slider, self.volume],
            "mute": [self.mute],
            "beep_only": [self.beep_only],
            "lead_in_seconds": [self.lead_in],
            "count_reps": [self.count_reps],
            "halfway_cue": [self.halfway_cue],
            "ask_pain_check_in": [self.ask_check_in],
            "speak_reminders": [self.speak_reminders],
            "start_at_login": [self.start_at_login],
            "language": [self.language],
            "theme": [self.theme],
            "text_size": [self.text_size],
        }
        for name, widgets in described.items():
            for widget in widgets:
                # marked in core.settings, in its context (QT_TRANSLATE_NOOP)
                description = translate("core.settings", OPTIONS[name].description)
                widget.setToolTip(description)
                widget.setAccessibleDescription(description)
        self.test_voice.setToolTip(
            translate("ui.settings.dialog", "Speak a sample sentence with the settings shown here.")
        )
        restore.setToolTip(
            translate(
                "ui.settings.dialog", "Put back the default for every setting in this dialog."
            )
        )

        names: dict[QWidget, str] = {
            self.voice: translate("ui.settings.dialog", "Voice"),
            self.test_voice: translate("ui.settings.dialog", "Test voice"),
            self.rate_slider: translate("ui.settings.dialog", "Speech rate"),
            self.rate: translate("ui.settings.dialog", "Speech rate in words per minute"),
            self.volume_slider: translate("ui.settings.dialog", "Volume"),
            self.volume: translate("ui.settings.dialog", "Volume in percent"),
            self.mute: translate("ui.settings.dialog", "Mute all cues"),
            self.beep_only: translate("ui.settings.dialog", "Beeps instead of spoken words"),
            self.lead_in: translate("ui.settings.dialog", "Get-ready time in seconds"),
            self.count_reps: translate("ui.settings.dialog", "Count reps aloud"),
            self.halfway_cue: translate("ui.settings.dialog", "Say halfway during long holds"),
            self.ask_check_in: translate(
                "ui.settings.dialog", "Ask how my ankle feels before and after each session"
            ),
            self.speak_reminders: translate("ui.settings.dialog", "Say reminders aloud"),
            self.start_at_login: translate("ui.settings.dialog", "Start at login"),
            self.language: translate("ui.settings.dialog", "Language"),
            self.theme: translate("ui.settings.dialog", "Theme"),
            self.text_size: translate("ui.settings.dialog", "Text size in percent"),
            restore: translate("ui.settings.dialog", "Restore defaults"),
        }
        # OK and Cancel say what Qt's own catalogue calls them ("Abbrechen"), as shown
        for standard in (
            QDialogButtonBox.StandardButton.Ok,
            QDialogButtonBox.StandardButton.Cancel,
        ):
            names[self.buttons.button(standard)] = (
                self.buttons.button(standard).text().replace("&", "")
            )
        for widget, name in names.items():
            widget.setAccessibleName(name)

        self.rate_slider.valueChanged.connect(self.rate.setValue)
        self.rate.valueChanged.connect(self.rate_slider.setValue)
        self.volume_slider.valueChanged.connect(self.volume.setValue)
        self.volume.valueChanged.connect(self.volume_slider.setValue)
        self.mute.toggled.connect(self._on_mute_toggled)
        self.test_voice.clicked.connect(self._on_test_voice_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._on_buttons_clicked)

    def _lay_out(self) -> None:
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice, 1)
        voice_row.addWidget(self.test_voice)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_slider, 1)
        rate_row.addWidget(self.rate)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume_slider, 1)
        volume_row.addWidget(self.volume)
        # the two spin boxes beside sliders line up
        width = max(self.rate.sizeHint().width(), self.volume.sizeHint().width())
        self.rate.setMinimumWidth(width)
        self.volume.setMinimumWidth(width)

        voice_form = _form()
        voice_form.addRow(
            self._label(translate("ui.settings.dialog", "&Voice:"), self.voice), voice_row
        )
        voice_form.addRow(
            self._label(translate("ui.settings.dialog", "Speech &rate:"), self.rate_slider),
            rate_row,
        )
        voice_form.addRow(
            self._label(translate("ui.settings.dialog", "Vo&lume:"), self.volume_slider), volume_row
        )
        voice_form.addRow("", self.mute)
        voice_form.addRow("", self.beep_only)

        session_form = _form()
        session_form.addRow(
            self._label(translate("ui.settings.dialog", "&Get-ready time:"), self.lead_in),
            self.lead_in,
        )
        session_form.addRow("", self.count_reps)
        session_form.addRow("", self.halfway_cue)
        session_form.addRow("", self.ask_check_in)

        reminders_form = _form()  # no labels of its own: an empty one keeps the column
        reminders_form.addRow(self._label("", self.speak_reminders), self.speak_reminders)
        reminders_form.addRow("", self.start_at_login)

        appearance_form = _form()
        appearance_form.addRow(
            self._label(translate("ui.settings.dialog", "La&nguage:"), self.language), self.language
        )
        appearance_form.addRow("", self.language_note)
        appearance_form.addRow(
            self._label(translate("ui.settings.dialog", "Th&eme:"), self.theme), self.theme
        )
        appearance_form.addRow(
            self._label(translate("ui.settings.dialog", "Te&xt size:"), self.text_size),
            self.text_size,
        )

        # The groups scroll when the screen is too short for them (1024x600 at large text):
        # OK and Cancel below them are always in view.
        groups = QWidget(self)
        column = QVBoxLayout(groups)
        column.setContentsMargins(0, 0, 0, 0)
        for title, form in (
            (translate("ui.settings.dialog", "Voice"), voice_form),
            (translate("ui.settings.dialog", "Session"), session_form),
            (translate("ui.settings.dialog", "Reminders"), reminders_form),
            (translate("ui.settings.dialog", "Appearance"), appearance_form),
        ):
            group = QGroupBox(title, groups)
            group.setLayout(form)
            column.addWidget(group)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(groups)
        # the keyboard goes through the controls; the area scrolls to the one with the focus
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)

        # the labels of the three groups share one column width, so the fields line up
        label_width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(label_width)

    def _size_for_screen(self, groups: QWidget) -> None:
        """As large as the groups and buttons want, but no larger than the screen's room (its
        title bar too): what does not fit scrolls."""
        # Not shown yet, a group's layout keeps the size its controls had when it was laid out:
        # asked again, as the controls are now (German and Spanish words are wider; measured:
        # 17 px cut off and a sideways scroll bar in German, 21 px in Spanish).
        for group in groups.findChildren(QGroupBox):
            group.updateGeometry()
        layout = self.layout()
        assert layout is not None  # _lay_out gave it one
        margins = layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = QSize(
            max(groups.sizeHint().width() + scroll_bar, self.buttons.sizeHint().width())
            + margins.left()
            + margins.right(),
            groups.sizeHint().height()
            + layout.spacing()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom(),
        )
        holder = self.parentWidget()
        screen = (holder if holder is not None else self).screen()
        room = screen.availableGeometry().size() if screen is not None else wanted
        room.setHeight(
            room.height() - self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        )
        fitted = wanted.boundedTo(room)
        self.setMinimumWidth(fitted.width())
        self.resize(fitted)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = plain_label(text, parent=self)
        label.setBuddy(buddy)
        self._labels.append(label)
        return label

    def _set_tab_order(self) -> None:
        """Reading order: each group top to bottom, then the buttons."""
        chain: list[QWidget] = [
            self.voice,
            self.test_voice,
            self.rate_slider,
            self.rate,
            self.volume_slider,
            self.volume,
            self.mute,
            self.beep_only,
            self.lead_in,
            self.count_reps,
            self.halfway_cue,
            self.ask_check_in,
            self.speak_reminders,
            self.start_at_login,
            self.language,
            self.theme,
            self.text_size,
            self.buttons,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fill_voices(self, chosen: str | None) -> None:
        """Refill the voice list and choose `chosen`; a voice not on the list is still shown."""
        blocker = QSignalBlocker(self.voice)
        self.voice.clear()
        self.voice.addItem(translate("ui.settings.dialog", DEFAULT_VOICE), "")
        for voice_id, name in self._voices or ():
            self.voice.addItem(name, voice_id)
        if chosen is not None and self.voice.findData(chosen) < 0:
            # the list is not known yet, or the voice has gone from this computer
            missing = (
                chosen
                if self._voices is None
                else translate("ui.settings.dialog", "{voice} (not on this computer)").format(
                    voice=chosen
                )
            )
            self.voice.addItem(missing, chosen)
        self.voice.setCurrentIndex(self.voice.findData(chosen or ""))
        blocker.unblock()

    # -- slots ---------------------------------------------------------------------------------

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        self.beep_only.setEnabled(not muted)  # muted, nothing is heard, beeps or words

    @Slot()
    def _on_test_voice_clicked(self) -> None:
        self.testVoiceRequested.emit(self.settings())

    @Slot(QAbstractButton)
    def _on_buttons_clicked(self, button: QAbstractButton) -> None:
        if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.ResetRole:
            # only the options shown here: the window's geometry and the rest stay as they are
            self.set_settings(Settings())


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def _from_percent(percent: int, before: float) -> float:
    """A value shown in whole percent: the value it was when the percent is unchanged, so
    opening and accepting the dialog changes nothing."""
    return before if round(before * 100) == percent else percent / 100
