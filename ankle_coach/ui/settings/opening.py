"""Settings from the window: the dialog opened on the settings in use (the speech engine's
voices listed in the background), and what OK changes: saved and applied at once, except the
language, which the window offers to restart for (ui/settings/language.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ankle_coach.ui.settings.dialog import SettingsDialog
from ankle_coach.ui.theme import apply_theme

if TYPE_CHECKING:
    from ankle_coach.core.settings import Settings
    from ankle_coach.qt.tasks import Done
    from ankle_coach.ui.main_window import MainWindow


def open_settings(window: MainWindow) -> SettingsDialog | None:
    """The Settings dialog, modal; OK applies what it shows. Returns the dialog when OK was
    pressed (its language offer, if any, is the window's `language_offer`)."""
    dialog = SettingsDialog(window.settings, window.voices, parent=window)
    dialog.testVoiceRequested.connect(window.session_host.test_voice)
    if window.voices is None:
        list_voices(window, dialog)
    if not dialog.exec():
        return None
    apply_settings(window, dialog.settings())
    return dialog


def list_voices(window: MainWindow, dialog: SettingsDialog) -> None:
    """Ask the speech engine for its voices without blocking the window (a worker process);
    nothing arrives once the dialog is gone."""
    from ankle_coach.qt.tasks import run_in_background  # the second step's (start-up)
    from ankle_coach.speech import SpeechUnavailable
    from ankle_coach.speech import list_voices as engine_voices

    def voices() -> list[tuple[str, str]]:
        return [(voice.id, voice.name) for voice in engine_voices()]

    def found(done: Done[list[tuple[str, str]]]) -> None:
        try:
            listed = done.value
        except SpeechUnavailable:
            listed = []
        window.voices = listed
        dialog.set_voices(listed)

    run_in_background(voices, found, dialog, name="list-voices")


def apply_settings(window: MainWindow, settings: Settings) -> None:
    """Save `settings` and make the window follow them: the theme and text size, the voice,
    the check-ins, Start at login; a new language is offered a restart."""
    from ankle_coach.ui.settings.language import offer_restart

    before = window.settings
    window.reminders.settings_changed(before, settings)  # Start at login
    window.keep_settings(settings)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, settings.theme, settings.text_size, window.base_font)
    window.session_view.set_theme(settings.theme)
    window.actions_.mute.setChecked(settings.mute)
    window.check_ins.ask = settings.ask_pain_check_in
    window.history_view_built_show_check_ins(settings.ask_pain_check_in)
    window.session_host.settings_changed()
    if settings.language != before.language:
        window.language_offer = offer_restart(window, settings.language)
