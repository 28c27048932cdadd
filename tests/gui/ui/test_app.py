"""ui/app.py: the desktop app starts on the running QApplication, with the user's settings
applied before the window shows, and returns what the event loop returns."""

from __future__ import annotations

import tomllib
import zipfile
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


def test_routine_packages_given_are_imported_with_the_checks_and_routine_files_opened(
    app: QApplication,
    qtbot: QtBot,
    user_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`ankle-coach week-1.ankle.zip`, as the desktop calls it for a package a physio sent:
    it goes into My routines through the import checks and the window says so; a package the
    checks refuse is not imported and the window says why; a routine file is opened."""
    good = tmp_path / "heel-drops.ankle.zip"
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr("heel-drops.toml", HEEL_DROPS)
    refused = tmp_path / "broken.ankle.zip"
    with zipfile.ZipFile(refused, "w") as archive:
        archive.writestr("broken.toml", "format = 99\n")
    opened = tmp_path / "opened.toml"
    opened.write_text(HEEL_DROPS.replace("Heel drops", "Opened"), encoding="utf-8")
    seen: list[MainWindow] = []

    def event_loop() -> int:
        seen.extend(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in seen:
            qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(app, "exec", event_loop)
    assert run_app(files=[refused, good, opened]) == 0
    (window,) = seen
    mine = user_home / "data" / "routines"
    assert sorted(path.name for path in mine.iterdir()) == ["heel-drops.toml"]
    imported = tomllib.loads((mine / "heel-drops.toml").read_text(encoding="utf-8"))
    assert imported == tomllib.loads(HEEL_DROPS)  # nothing lost on the way
    assert window.statusBar().currentMessage() == "Imported into My routines as heel-drops."
    notice = window.import_notice
    assert notice is not None
    assert notice.windowTitle() == "The routine was not imported"
    assert notice.text().startswith(f"\u2022 {refused}")
    assert "format" in notice.text()
    assert window.opened_files == [opened.resolve()]
    assert window.library_view.current_id() == "opened"


HEEL_DROPS = 'format = 1\ntitle = "Heel drops"\n[[exercises]]\nname = "Heel drops"\nreps = 12\n'
