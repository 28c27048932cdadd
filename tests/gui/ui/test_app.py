"""ui/app.py: the desktop app starts on the running QApplication, with the user's settings
applied before the window shows, and returns what the event loop returns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.app import make_app, run_app
from ankle_coach.ui.main_window import MainWindow


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The app's look is global: put its colours and type back for the tests after this one
    (the style stays: the theme tests leave it too)."""
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_the_running_application_is_used_not_a_second_one(app: QApplication) -> None:
    assert make_app(["ankle-coach"]) is app


def test_the_window_shows_with_the_users_theme_and_the_loops_status_is_returned(
    app: QApplication,
    qtbot: QtBot,
    user_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = user_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text('version = 1\ntheme = "dark"\n')
    seen: list[QWidget] = []

    def event_loop() -> int:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        seen.extend(shown)
        window_colour = app.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 128  # dark, before the first paint
        for window in shown:
            qtbot.addWidget(window)  # closed and deleted after the test
        return 7

    monkeypatch.setattr(app, "exec", event_loop)
    assert run_app() == 7
    assert len(seen) == 1
