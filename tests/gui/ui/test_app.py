"""ui/app.py: the desktop app starts on the running QApplication, with the user's settings
applied before the window shows, and returns what the event loop returns."""

from __future__ import annotations

import tomllib
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.app import make_app, run_app
from ankle_coach.ui.main_window import MainWindow


@pytest.fixture
def app(app_look: QApplication) -> QApplication:
    """The app, its look put back after the test (conftest.py)."""
    return app_look


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


# -- a live text-size change gives what a restart gives ------------------------------------------


def _type_sizes(window: MainWindow) -> dict[tuple[str, str, str], list[int]]:
    """The pixel size of every heading, note and number whose type follows the text size,
    and the sidebar's title, by (class, object name, text)."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QLabel

    sizes: dict[tuple[str, str, str], list[int]] = {}
    for widget in window.findChildren(QWidget):
        if not isinstance(widget.property("typeScale"), float):
            continue
        text = widget.text() if isinstance(widget, QLabel) else ""
        key = (type(widget).__name__, widget.objectName(), text[:40])
        sizes.setdefault(key, []).append(QFontInfo(widget.font()).pixelSize())
    return {key: sorted(found) for key, found in sizes.items()}


def _built(qtbot: QtBot, home: Path, text_size: float, base: QFont) -> MainWindow:
    import dataclasses

    from ankle_coach.core.paths import Paths
    from ankle_coach.core.settings import load_settings
    from ankle_coach.ui.app import build_window
    from ankle_coach.ui.context import AppContext

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setFont(base)  # what the app starts with
    paths = Paths.under(home)
    settings, _ = load_settings(paths)
    settings = dataclasses.replace(settings, text_size=text_size, ask_pain_check_in=False)
    window = build_window(AppContext(paths=paths, settings=settings), app)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitUntil(lambda: window.is_built)
    window.show_history()
    window.show_doctor_guidance()
    return window


def test_a_live_text_size_change_sizes_every_heading_as_a_restart_does(
    app: QApplication, qtbot: QtBot, user_home: Path
) -> None:
    import dataclasses

    from PySide6.QtGui import QFontInfo

    base = QFont(app.font())
    live = _built(qtbot, user_home, 1.0, base)
    dock_title = live.guidance_dock.titleBarWidget()
    assert dock_title is not None
    for text_size in (2.0, 1.0):
        live.apply_settings(dataclasses.replace(live.settings, text_size=text_size))
        seen = _type_sizes(live)
        body = QFontInfo(app.font()).pixelSize()
        fresh = _built(qtbot, user_home / f"fresh-{text_size}", text_size, base)
        expected = _type_sizes(fresh)
        assert ("QLabel", "dockTitleText", "Guidance") in seen
        assert ("QLabel", "historyTitle", "History") in seen
        common = sorted(set(seen) & set(expected))
        assert len(common) >= 10, common
        assert {key: seen[key] for key in common} == {key: expected[key] for key in common}
        # the sidebar's title and the page's title are headings: larger than body text
        assert seen[("QLabel", "dockTitleText", "Guidance")][0] > body
        assert seen[("QLabel", "historyTitle", "History")][0] > body
        fresh.close()  # build_window left the app at this text size, as the live one has it
