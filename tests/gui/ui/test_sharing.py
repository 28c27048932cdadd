"""The File menu's sharing operations, called as the menu calls them, on a real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from ankle_coach.core.sharing.importing import ImportStatus
from ankle_coach.ui import sharing
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
