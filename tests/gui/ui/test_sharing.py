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
    """A new routine called `title`, tried from its editor: the session page shows it in the
    main window, in front; the editor waits hidden (not minimised: that minimises both)."""
    editor = rig.window.new_routine()
    rig.qtbot.waitExposed(editor)
    QTest.keyClicks(editor.title, title)
    QTest.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    window = rig.window
    entry = window.session_view.entry
    assert window.pages.currentWidget() is window.session_view
    assert entry is not None and entry.origin is Origin.UNSAVED
    assert not window.isMinimized() and not editor.isVisible()
    return editor


def export_by_the_menu(rig: Rig) -> None:
    action = rig.window.menu_actions.actions["export"]
    assert action.shortcut().toString() == "Ctrl+E"
    action.trigger()


def test_exporting_a_routine_being_tried_unsaved_saves_it_first_under_its_title(
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
    export_by_the_menu(rig)

    assert asked == ["Calf work, week 1"]
    saved = rig.paths.user_routines / "calf-work-week-1.toml"
    assert saved.is_file() and editor.existing_path == saved and not editor.is_modified()
    assert suggested == ["calf-work-week-1.ankle.zip"]  # after the title, never "unsaved"
    with zipfile.ZipFile(package) as opened:
        assert "calf-work-week-1.toml" in opened.namelist()
        assert 'title = "Calf work, week 1"' in opened.read("calf-work-week-1.toml").decode()
    rig.window.stop_session(ask=False)  # the editor comes back, saved
    assert editor.isVisible() and not editor.isMinimized()
    editor.close()


def test_try_it_puts_the_main_window_in_front_and_the_editor_back_after(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor is a window of the main window's: minimised, a real window manager (openbox)
    minimises both, hiding the session; lowered, it stays above it. So it hides meanwhile."""
    editor = rig.window.new_routine()
    rig.qtbot.waitExposed(editor)
    QTest.keyClicks(editor.title, "Calf work")
    calls: list[str] = []
    monkeypatch.setattr(editor, "raise_", lambda: calls.append("editor raised"))
    monkeypatch.setattr(rig.window, "raise_", lambda: calls.append("window raised"))
    QTest.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    assert calls == ["window raised"] and not rig.window.isMinimized()
    assert not editor.isVisible() and not editor.isMinimized()
    rig.window.stop_session(ask=False)
    assert calls[-1] == "editor raised" and editor.isVisible() and not editor.isMinimized()
    editor.hide()  # hidden first, so that closing it asks nothing
    editor.close()


def test_the_editors_export_saves_first_or_is_cancelled(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = rig.window.new_routine()
    rig.qtbot.waitExposed(editor)
    QTest.keyClicks(editor.title, "Calf work")
    monkeypatch.setattr(sharing, "ask_save_first", lambda parent, title: False)

    def never(*args: object) -> object:
        raise AssertionError("nothing to export")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", never)
    assert editor.export_action.shortcut().toString() == "Ctrl+E"
    editor.export_action.trigger()
    assert rig.window.statusBar().currentMessage() == "Export cancelled; nothing was saved."
    assert not list(rig.paths.user_routines.glob("calf-work*"))

    monkeypatch.setattr(sharing, "ask_save_first", lambda parent, title: title == "Calf work")
    package = tmp_path / "calf.ankle.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(package), ""))
    editor.export_action.trigger()
    assert (rig.paths.user_routines / "calf-work.toml").is_file() and not editor.is_modified()
    with zipfile.ZipFile(package) as opened:
        assert "calf-work.toml" in opened.namelist()

    monkeypatch.setattr(sharing, "ask_save_first", never)  # saved and unchanged: not asked
    package.unlink()
    editor.export_action.trigger()
    assert package.is_file()
    editor.close()


def test_once_a_try_is_over_export_is_of_the_librarys_choice_asking_nothing(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rig.window.library_view.select("test-routine")
    editor = try_in_window(rig, "Calf work")
    rig.window.stop_session(ask=False)  # the try is over: nothing of it is left to export

    def never(*args: object) -> object:
        raise AssertionError("nothing to save")

    monkeypatch.setattr(sharing, "ask_save_first", never)
    suggested: list[str] = []

    def save_as(parent: object, caption: str, where: str, kinds: str) -> tuple[str, str]:
        suggested.append(Path(where).name)
        return str(tmp_path / "out.ankle.zip"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    export_by_the_menu(rig)
    assert suggested == ["test-routine.ankle.zip"]
    assert not list(rig.paths.user_routines.glob("calf-work*"))
    editor.hide()  # closing it would rightly ask about its changes
    editor.deleteLater()


@pytest.mark.parametrize("printed", [False, True])
def test_a_handout_without_some_pictures_says_which_and_why(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, printed: bool
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from ankle_coach.ui.widgets.notice import ProblemsNotice

    out = tmp_path / "sheet.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    (rig.paths.user_routines / "broken.svg").write_text("<svg", encoding="utf-8")
    (rig.paths.user_routines / "pictures.toml").write_text(
        'format = 1\ntitle = "Pictures"\n\n'
        '[[exercises]]\nname = "Heel walk"\nimage = "heel-walk.png"\nreps = 10\n\n'
        '[[exercises]]\nname = "Calf raises"\nimage = "calf-raises.svg"\nreps = 10\n\n'
        '[[exercises]]\nname = "Toe taps"\nimage = "broken.svg"\nreps = 10\n',
        encoding="utf-8",
    )
    rig.window.reload_library("pictures")
    entry = rig.window.overview.entry
    assert entry is not None and entry.id == "pictures"
    if printed:
        sharing.print_routine_handout(rig.window)
    else:
        sharing.handout_to(rig.window, entry, out)
    assert out.read_bytes().startswith(b"%PDF")
    notice = rig.window.export_notice
    assert isinstance(notice, ProblemsNotice)
    assert notice.windowTitle() == "Pictures left out of the handout"
    verb = "printed" if printed else "written"
    assert notice.summary.text() == f"The handout was {verb} without 2 pictures:"
    assert notice.text().splitlines() == [
        '• Heel walk: "heel-walk.png" is neither in the routine\'s folder nor a built-in '
        "illustration; the exercise shows no illustration",
        '• Toe taps: "broken.svg" is not a valid SVG image (unclosed token: line 1, column 0)',
    ]
    notice.close()


def test_a_handout_with_every_picture_tells_nothing_more(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    assert rig.window.library_view.select("test-routine")
    entry = rig.window.overview.entry
    assert entry is not None
    sharing.handout_to(rig.window, entry, tmp_path / "sheet.pdf")
    assert rig.window.export_notice is None
    assert rig.window.statusBar().currentMessage().startswith("Handout written to ")
