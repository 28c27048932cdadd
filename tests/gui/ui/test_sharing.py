"""The File menu's sharing operations, called as the menu calls them, on a real window."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from ankle_coach.core.library import Origin
from ankle_coach.core.sharing.importing import ImportStatus
from ankle_coach.ui import sharing
from ankle_coach.ui.editor.window import RoutineEditor
from tests.gui.ui.window_rig import Rig, close_windows, rig

__all__ = ["close_windows", "rig"]  # fixtures

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_with_no_routine_chosen_each_says_so_and_asks_nothing(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object) -> object:
        raise AssertionError("no dialog without a routine")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", never)
    monkeypatch.setattr(type(rig.window.overview), "entry", property(lambda self: None))
    for operation in (
        sharing.export_routine_file,
        sharing.export_handout,
        sharing.print_routine_handout,
    ):
        rig.window.statusBar().clearMessage()
        operation(rig.window)
        assert rig.window.statusBar().currentMessage() == "Choose a routine first."


def test_export_then_import_by_the_file_dialogs(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "shared.ankle.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(package), ""))
    assert rig.window.library_view.select("test-routine")
    sharing.export_routine_file(rig.window)
    assert rig.window.statusBar().currentMessage() == (
        f"Exported to {package}: one file to send as it is."
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(package)], ""))
    monkeypatch.setattr(rig.window, "ask_import_conflict", lambda result: "rename")
    sharing.import_files(rig.window)
    assert rig.window.library_view.current_id() == "test-routine-2"


def test_an_export_that_cannot_be_written_is_told(rig: Rig, tmp_path: Path) -> None:
    assert rig.window.library_view.select("test-routine")
    entry = rig.window.overview.entry
    assert entry is not None
    a_file = tmp_path / "a file"
    a_file.write_text("not a folder", encoding="utf-8")
    sharing.export_to(rig.window, entry, a_file / "x.ankle.zip")
    notice = rig.window.export_notice
    assert notice is not None and notice.windowTitle() == "The routine was not exported"


def test_a_refused_import_changes_nothing(rig: Rig, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 99\n", encoding="utf-8")
    result = sharing.import_path(rig.window, bad)
    assert result.status is ImportStatus.REFUSED
    assert rig.window.import_notice is not None
    assert rig.window.import_notice.windowTitle() == "The routine was not imported"
    assert not list(rig.paths.user_routines.glob("bad*"))


def try_in_window(rig: Rig, title: str) -> RoutineEditor:
    """A new routine called `title`, tried from its editor and stopped: the overview shows it."""
    editor = rig.window.new_routine()
    QTest.keyClicks(editor.title, title)
    QTest.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    rig.window.stop_session(ask=False)
    entry = rig.window.overview.entry
    assert entry is not None and entry.origin is Origin.UNSAVED
    return editor


def test_exporting_a_routine_tried_unsaved_saves_it_first_under_its_title(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = try_in_window(rig, "Calf work, week 1")
    asked: list[str] = []

    def ask_save_first(parent: object, title: str) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(sharing, "ask_save_first", ask_save_first)
    suggested: list[str] = []
    package = tmp_path / "chosen.ankle.zip"

    def save_as(parent: object, caption: str, where: str, kinds: str) -> tuple[str, str]:
        suggested.append(Path(where).name)
        return str(package), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    sharing.export_routine_file(rig.window)

    assert asked == ["Calf work, week 1"]
    saved = rig.paths.user_routines / "calf-work-week-1.toml"
    assert saved.is_file() and editor.existing_path == saved and not editor.is_modified()
    assert suggested == ["calf-work-week-1.ankle.zip"]  # after the title, never "unsaved"
    with zipfile.ZipFile(package) as opened:
        assert "calf-work-week-1.toml" in opened.namelist()
        assert 'title = "Calf work, week 1"' in opened.read("calf-work-week-1.toml").decode()
    assert rig.window.library_view.current_id() == "calf-work-week-1"
    editor.close()


def test_exporting_a_routine_tried_unsaved_can_be_cancelled(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = try_in_window(rig, "Calf work")
    monkeypatch.setattr(sharing, "ask_save_first", lambda parent, title: False)

    def never(*args: object) -> object:
        raise AssertionError("nothing to export")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", never)
    sharing.export_routine_file(rig.window)
    assert rig.window.statusBar().currentMessage() == "Export cancelled; nothing was saved."
    assert not list(rig.paths.user_routines.glob("calf-work*"))
    editor.hide()  # closing it would rightly ask about its changes
    editor.deleteLater()


def test_exporting_a_routine_tried_from_an_editor_since_closed_says_what_to_do(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = try_in_window(rig, "Calf work")
    monkeypatch.setattr(editor, "confirm_discard", lambda: "discard")
    editor.close()
    rig.qtbot.waitUntil(lambda: not rig.window.findChildren(RoutineEditor))
    sharing.export_routine_file(rig.window)
    notice = rig.window.export_notice
    assert notice is not None
    assert notice.text() == (
        "\u201cCalf work\u201d is not saved. Open it in the editor, save it, then export it."
    )
