"""The main window as a user drives it: keys, buttons and labels, with a fake clock."""

from __future__ import annotations

import dataclasses
import os
import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ankle_coach.core.session import Phase
from ankle_coach.core.settings import Settings, settings_path
from ankle_coach.core.window_state import load_window_state
from ankle_coach.ui import sharing
from ankle_coach.ui.editor.window import RoutineEditor
from ankle_coach.ui.library.model import Role
from ankle_coach.ui.widgets.illustration import find_image
from tests.gui.ui.window_rig import OPEN, ROUTINE, Rig, close_windows, rig

__all__ = ["OPEN", "Rig", "close_windows", "rig"]  # fixtures, and the rig other tests use

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_a_whole_session_by_keys_shows_what_the_plan_says(rig: Rig) -> None:
    rig.start()
    view = rig.window.session_view
    assert rig.text("phase") == "GET READY"
    assert rig.text("exercise") == "Next: Calf stretch"
    assert rig.text("countdown") == "5"
    rig.advance(5.1)
    assert rig.text("phase") == "HOLD"
    assert rig.text("exercise") == "Calf stretch"
    assert rig.text("details") == "Left side  \u00b7  Set 1 of 2"
    assert rig.text("instructions") == "Lean on the wall."
    assert rig.text("next_up").startswith("Next: Calf stretch")
    assert rig.text("countdown") == "30"
    assert rig.text("spoken") == "\u201cLeft side. Set 1 of 2. Hold for 30 seconds.\u201d"
    assert view.illustration.has_image

    rig.advance(10)
    assert rig.text("countdown") == "20"
    rig.key(Qt.Key.Key_Space)  # pause
    assert rig.phase() is Phase.PAUSED
    assert rig.text("phase") == "PAUSED \u00b7 HOLD"
    rig.clock.advance(600)
    rig.key(Qt.Key.Key_Space)  # resume: no time lost
    assert rig.phase() is Phase.RUNNING
    assert rig.text("countdown") == "20"

    rig.key(Qt.Key.Key_Plus)  # +5 s on this hold
    assert rig.text("countdown") == "25"
    rig.key(Qt.Key.Key_Minus)
    assert rig.text("countdown") == "20"

    rig.key(Qt.Key.Key_Right)  # skip to the switch
    assert rig.text("phase") == "SWITCH SIDES"
    rig.key(Qt.Key.Key_PageDown)
    assert rig.text("details") == "Right side  \u00b7  Set 1 of 2"
    assert view.illustration._mirrored  # the picture shows the other side
    rig.key(Qt.Key.Key_PageUp)  # back, within 3 s: to the switch
    assert rig.text("phase") == "SWITCH SIDES"
    rig.key(Qt.Key.Key_Left)
    assert rig.text("details") == "Left side  \u00b7  Set 1 of 2"
    rig.key(Qt.Key.Key_R)  # restart the exercise: its get-ready again
    assert rig.text("phase") == "GET READY"

    for _ in range(9):  # L1, switch, R1, rest, L2, switch, R2, rest, the manual step
        rig.key(Qt.Key.Key_Right)
    assert rig.text("exercise") == "Foot massage"
    rig.advance(10)
    assert rig.phase() is Phase.WAITING
    assert rig.text("phase") == "PRESS DONE WHEN FINISHED"
    rig.key(Qt.Key.Key_D)
    assert rig.phase() is Phase.FINISHED
    assert rig.text("phase") == "ROUTINE COMPLETE"
    assert (
        rig.played[-1]
        == rig.renderer.cache.path_for(
            "Routine complete. Well done.", rig.window.session_host.voice_settings()
        ).name
    )


def test_enter_is_done_too_and_mute_silences(rig: Rig) -> None:
    rig.start()
    for _ in range(9):
        rig.key(Qt.Key.Key_PageDown)
    assert rig.text("exercise") == "Foot massage"
    rig.key(Qt.Key.Key_M)
    assert rig.window.settings.mute
    heard = len(rig.played)
    rig.key(Qt.Key.Key_Return)
    assert rig.phase() is Phase.FINISHED
    assert len(rig.played) == heard  # muted: nothing more was played
    rig.key(Qt.Key.Key_M)
    assert not rig.window.settings.mute


def test_countdown_is_over_a_fifth_of_the_window_high(rig: Rig) -> None:
    rig.start()
    for size in ((1200, 800), (1600, 1000), (900, 600)):
        rig.window.resize(*size)
        rig.qtbot.wait(50)  # let the layout settle; no clock is involved
        rig.advance(0.5)
        label = rig.window.session_view.countdown
        digits = QFontMetrics(label.font()).tightBoundingRect("0").height()
        assert digits >= rig.window.height() / 5, (size, rig.window.size(), digits)


def test_escape_asks_before_stopping(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    rig.start()
    rig.key(Qt.Key.Key_Escape)
    assert rig.phase() is Phase.RUNNING  # said no
    rig.key(Qt.Key.Key_Escape)
    assert rig.window.controller is None
    assert rig.window.pages.currentWidget() is rig.window.overview


def test_presenter_mode_follows_the_session_and_escape_leaves_it(rig: Rig) -> None:
    rig.start()
    rig.key(Qt.Key.Key_F)
    presenter = rig.window.presenter
    assert presenter is not None and presenter.isVisible()
    rig.advance(5.1)
    assert presenter.countdown.text() == "30"
    assert presenter.exercise.text() == "Calf stretch"
    QTest.keyClick(presenter, Qt.Key.Key_Right)  # the clicker works on the presenter too
    assert presenter.phase.text() == "SWITCH SIDES"
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    assert rig.window.presenter is None
    assert rig.phase() is Phase.RUNNING  # leaving presenter mode does not stop the session
    rig.key(Qt.Key.Key_F11)
    assert rig.window.presenter is not None
    rig.key(Qt.Key.Key_F11)
    assert rig.window.presenter is None


def test_bad_file_is_listed_with_its_error(qtbot: QtBot, user_home: Path) -> None:
    folder = user_home / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text(
        ROUTINE.replace("hold_seconds = 30", "hold_seconds = 0"), encoding="utf-8"
    )
    rig = Rig(qtbot, user_home)
    model = rig.window.library_view.model
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    broken = [index for index in rows if index.data(Role.KIND) == "problem"]
    assert len(broken) == 1
    assert broken[0].data(Qt.ItemDataRole.DisplayRole) == "broken.toml could not be loaded"
    assert broken[0].data(Qt.ItemDataRole.ToolTipRole) == (
        f"{folder / 'broken.toml'}: exercises[0].hold_seconds: must be between 1 and 600 "
        "seconds, not 0"
    )
    rig.window.library_view.list.setCurrentIndex(
        rig.window.library_view.filter.mapFromSource(broken[0])
    )
    page = rig.window.problem_page
    assert rig.window.pages.currentWidget() is page
    assert "exercises[0].hold_seconds: must be between 1 and 600 seconds" in page.details.text()
    assert {"test-routine", "calf-raises"} <= {
        str(index.data(Role.ID)) for index in rows if index.data(Role.KIND) == "routine"
    }


def test_routine_text_is_shown_literally(qtbot: QtBot, user_home: Path) -> None:
    title = "<b>bold</b><img src=x>"
    rig = Rig(qtbot, user_home)
    (rig.paths.user_routines / "html.toml").write_text(
        ROUTINE.replace('"Test routine"', f'"{title}"').replace('"Calf stretch"', f'"{title}"'),
        encoding="utf-8",
    )
    rig.window.reload_library()
    rig.window.library_view.select("html")
    assert rig.window.overview.title.text() == title
    assert rig.window.overview.title.textFormat() == Qt.TextFormat.PlainText
    rig.start("html")
    rig.advance(5.1)
    assert rig.text("exercise") == title
    for label in rig.window.findChildren(type(rig.window.overview.title)):
        if title in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_search_filters_the_library(rig: Rig) -> None:
    view = rig.window.library_view
    view.search.setText("calf")
    shown = {str(view.filter.index(r, 0).data(Role.ID)) for r in range(view.filter.rowCount())}
    assert shown == {"calf-raises", "standing-calf-stretch", "after-run-recovery", "test-routine"}


def test_opening_a_file_from_another_folder(rig: Rig, tmp_path: Path) -> None:
    other = tmp_path / "from the physio"
    other.mkdir()
    path = other / "week-1.toml"
    path.write_text(ROUTINE.replace('"Test routine"', '"Week 1"'), encoding="utf-8")
    rig.window.open_paths([path])
    assert rig.window.overview.title.text() == "Week 1"
    assert rig.window.library_view.current_id() == "week-1"


def test_window_size_and_sidebar_are_restored(qtbot: QtBot, user_home: Path) -> None:
    first = Rig(qtbot, user_home)
    first.window.resize(1300, 760)
    first.window.guidance_dock.hide()
    first.window.close()
    left = load_window_state(first.paths)  # window.toml, apart from the settings
    assert left.geometry and not left.sidebar_visible
    assert not settings_path(first.paths).exists()  # closing never writes the settings
    second = Rig(qtbot, user_home, resize=False)
    # within a few pixels: the offscreen platform has no window frame to restore exactly
    assert abs(second.window.width() - 1300) <= 20 and abs(second.window.height() - 760) <= 20
    assert not second.window.guidance_dock.isVisible()


def test_corrupt_settings_are_moved_aside_and_the_user_told(qtbot: QtBot, user_home: Path) -> None:
    config = user_home / "config"
    config.mkdir(parents=True)
    (config / "settings.toml").write_text("theme = [broken", encoding="utf-8")
    rig = Rig(qtbot, user_home)
    assert rig.window.settings == dataclasses.replace(Settings(), ask_pain_check_in=False)
    notice = rig.window.settings_notice
    assert notice is not None and notice.isVisible() and "settings.toml.corrupt-" in notice.text()
    assert list(config.glob("settings.toml.corrupt-*"))


def test_a_pipe_in_the_place_of_the_settings_is_told_and_left(
    qtbot: QtBot, user_home: Path
) -> None:
    config = user_home / "config"
    config.mkdir(parents=True)
    os.mkfifo(config / "settings.toml")  # opened for reading, it would hold the start up
    rig = Rig(qtbot, user_home)
    notice = rig.window.settings_notice
    assert notice is not None and notice.isVisible()
    assert notice.text() == (
        f"The settings file {config / 'settings.toml'} is not a file Ankle Coach can read: it is "
        "a named pipe. It was not read and was left as it is. Ankle Coach is using the default "
        "settings, and will not save them there until it is removed."
    )
    rig.window.close()  # saves the window's place, in its own file
    assert stat.S_ISFIFO(os.lstat(config / "settings.toml").st_mode)
    assert sorted(p.name for p in config.iterdir()) == ["settings.toml", "window.toml"]


def test_links_in_loops_are_files_with_problems_and_the_library_stays(
    qtbot: QtBot, user_home: Path, tmp_path: Path
) -> None:
    routines = user_home / "data" / "routines"
    routines.mkdir(parents=True)
    (routines / "x.toml").symlink_to("x.toml")
    rig = Rig(qtbot, user_home)
    opened = tmp_path / "opened.toml"
    opened.symlink_to("opened.toml")
    rig.window.open_paths([opened])  # as `ankle-coach opened.toml` does
    assert [str(p) for p in rig.window.library.problems] == [
        f"{routines / 'x.toml'}: is a link that points back to itself",
        f"{opened}: is a link that points back to itself",
    ]
    ids = {entry.id for entry in rig.window.library.entries}
    assert {"calf-raises", "test-routine"} <= ids  # built-ins and the good ones still there


def test_every_control_has_a_name_and_takes_focus_by_keyboard(rig: Rig) -> None:
    rig.start()
    for button in rig.window.session_view.buttons:
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert rig.window.library_view.search.accessibleName()
    assert rig.window.library_view.list.accessibleName()


def test_dropping_a_routine_file_opens_it(rig: Rig, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "dropped.toml"
    path.write_text(ROUTINE.replace('"Test routine"', '"Dropped"'), encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    rig.window.dropEvent(event)
    assert rig.window.overview.title.text() == "Dropped"


def test_export_then_import_a_routine_asks_before_replacing(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ankle_coach.core.sharing.importing import ImportStatus

    rig.window.library_view.select("test-routine")
    package = tmp_path / "test-routine.ankle.zip"
    sharing.export_to(rig.window, rig.window.overview.entry, package)  # type: ignore[arg-type]
    assert package.stat().st_size > 0

    answers: list[str | None] = [None, "rename"]
    monkeypatch.setattr(rig.window, "ask_import_conflict", lambda result: answers.pop(0))
    cancelled = rig.window.import_path(package)  # same id as the routine exported: asks
    assert cancelled.status is ImportStatus.CONFLICT
    kept = rig.window.import_path(package)
    assert kept.status is ImportStatus.IMPORTED and kept.routine_id == "test-routine-2"
    assert rig.window.library_view.current_id() == "test-routine-2"
    assert (rig.paths.user_routines / "test-routine.toml").read_text(encoding="utf-8") == ROUTINE


def test_a_hostile_import_is_refused_with_its_reasons(rig: Rig, tmp_path: Path) -> None:
    import zipfile

    from ankle_coach.core.sharing.importing import ImportStatus

    bad = tmp_path / "evil.ankle.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("evil.toml", ROUTINE)
        archive.writestr("../escape.svg", "<svg/>")
    result = rig.window.import_path(bad)
    assert result.status is ImportStatus.REFUSED
    assert rig.window.import_notice is not None
    assert "escape.svg" in rig.window.import_notice.text()
    assert not list(rig.paths.user_routines.glob("evil*"))


def test_handout_pdf_from_the_app(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    rig.window.library_view.select("test-routine")
    out = tmp_path / "sheet.pdf"
    sharing.handout_to(rig.window, rig.window.overview.entry, out)  # type: ignore[arg-type]
    assert out.read_bytes().startswith(b"%PDF")
    assert opened


def test_history_page_shows_a_finished_session(rig: Rig) -> None:
    rig.start()
    rig.window.controller.engine.next()  # type: ignore[union-attr]
    rig.advance(200)
    while rig.phase() is Phase.WAITING:
        rig.key(Qt.Key.Key_D)
    assert rig.phase() is Phase.FINISHED
    rig.window.stop_session(ask=False)
    rig.window.show_history()
    view = rig.window.history_view
    assert rig.window.pages.currentWidget() is view
    sessions = rig.window.history.sessions(None, None)
    assert [s.routine_id for s in sessions] == ["test-routine"]


def test_editing_a_builtin_routine_makes_a_copy_in_my_routines(rig: Rig) -> None:
    rig.window.library_view.select("calf-raises")
    editor = rig.window.edit_routine()
    assert editor is not None
    builtin = rig.window.overview.entry
    assert builtin is not None and builtin.origin.value == "built-in"
    before = builtin.path.read_bytes()
    assert editor.title.text() == f"{builtin.routine.title} (my version)"  # told apart
    assert editor.save()
    saved = rig.paths.user_routines / "calf-raises-my-version.toml"
    assert saved.is_file() and builtin.path.read_bytes() == before
    assert rig.window.library_view.current_id() == "calf-raises-my-version"
    editor.close()


def test_try_it_runs_the_unsaved_routine_in_front_unlogged_and_brings_the_editor_back(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_check_in(*args: object) -> NoReturn:
        raise AssertionError("a routine tried from the editor asks no check-in")

    monkeypatch.setattr(rig.window.check_ins, "before_session", no_check_in)
    editor = rig.window.new_routine()
    rig.qtbot.waitExposed(editor)
    QTest.keyClicks(editor.title, "Calf work, week 1")
    routine = editor.routine()
    assert routine is not None
    QTest.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    assert rig.window.controller is not None
    entry = rig.window.session_view.entry
    assert entry is not None and entry.routine == routine
    assert entry.id == "calf-work-week-1" and entry.origin.value == "unsaved"  # never "unsaved"
    # hidden, not minimised: a window manager minimises the main window with its transient
    assert not editor.isVisible() and not rig.window.isMinimized()
    assert rig.window.pages.currentWidget() is rig.window.session_view
    rig.qtbot.waitUntil(lambda: rig.phase() is Phase.RUNNING)
    rig.advance(200)
    assert rig.phase() is Phase.FINISHED
    rig.window.stop_session(ask=False)
    assert not editor.isMinimized() and editor.isVisible()  # back, as it was left
    assert editor.form().title == "Calf work, week 1" and editor.is_modified()
    assert rig.window.history.sessions(None, None) == []  # a trial is not a session
    editor.hide()  # closing it would rightly ask about the changes
    editor.deleteLater()


def test_an_editor_closed_during_its_try_is_not_brought_back(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = rig.window.new_routine()
    rig.qtbot.waitExposed(editor)
    QTest.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    assert rig.window.controller is not None
    monkeypatch.setattr(editor, "confirm_discard", lambda: "discard")
    editor.close()  # deleted on close
    rig.qtbot.waitUntil(lambda: not rig.window.findChildren(RoutineEditor))
    assert rig.window.stop_session(ask=False)  # nothing to bring back, nothing raised
    assert rig.window.pages.currentWidget() is rig.window.overview


def test_try_it_shows_an_image_file_chosen_but_not_saved(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere" / "heel-drop.svg"
    chosen.parent.mkdir()
    chosen.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3"/>'
        "</svg>"
    )
    monkeypatch.setattr(RoutineEditor, "choose_image_file", lambda self: chosen)
    editor = rig.window.new_routine()
    QTest.keyClick(editor.image, Qt.Key.Key_End)  # "Choose image file…"
    assert editor.form().exercises[0].image_source == str(chosen)
    QTest.keyClicks(editor.cue, "slow on the way down")

    QTest.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    view = rig.window.session_view
    rig.qtbot.waitUntil(lambda: view.illustration.has_image)
    shown = view.illustration.image_path
    assert shown is not None and shown.read_bytes() == chosen.read_bytes()
    entry = view.entry
    assert entry is not None  # where the presenter looks too
    assert find_image(entry.routine.exercises[0].image, entry.folder) == shown
    assert not list(rig.paths.user_routines.glob("*.svg"))  # nothing saved by trying
    controller = rig.window.controller
    assert controller is not None
    custom = [c for c in controller.engine.plan.cues if c.kind == "custom"]
    assert [c.text for c in custom] == ["Slow on the way down."]

    rig.window.stop_session(ask=False)  # back on what the library has chosen, not the try
    assert rig.window.overview.entry is not None
    assert rig.window.overview.entry.id == rig.window.library_view.current_id()
    editor.hide()  # hidden first, so that closing it asks nothing
    editor.close()


@pytest.fixture
def pdftotext(skip_or_fail: Callable[[str], NoReturn]) -> Callable[[Path], str]:
    if shutil.which("pdftotext") is None:
        skip_or_fail("pdftotext is missing; install poppler-utils")

    def read(path: Path) -> str:
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        return " ".join(done.stdout.decode("utf-8").split())

    return read


def test_print_handout_prints_on_the_printer_chosen(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pdftotext: Callable[[Path], str]
) -> None:
    out = tmp_path / "printed.pdf"
    asked: list[str] = []

    def print_to_file(dialog: QPrintDialog) -> int:
        asked.append(dialog.windowTitle())
        printer = dialog.printer()  # what the user sets in the dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    rig.window.library_view.select("test-routine")
    QTest.keyClick(rig.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Print handout"]
    text = pdftotext(out)
    assert "Test routine" in text and "Calf stretch" in text and "Foot massage" in text
    assert rig.window.statusBar().currentMessage().startswith(f"Handout sent to {out}: ")


@pytest.mark.parametrize("printed", [False, True])
def test_print_handout_cancelled_or_failing_prints_nothing_and_says_so(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, printed: bool
) -> None:
    """Cancelled; or accepted with no printer and no file to print to (nothing installed)."""

    def answer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()  # as where no printer is installed, whatever this machine has
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName("")
        return QDialog.DialogCode.Accepted if printed else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", answer)
    rig.window.library_view.select("test-routine")
    QTest.keyClick(rig.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    if printed:
        notice = rig.window.export_notice
        assert notice is not None
        assert notice.windowTitle() == "The handout was not printed"
        assert notice.text() == "no printer was chosen, and no file to print to"
        notice.close()
    else:
        assert rig.window.statusBar().currentMessage() == "Printing cancelled; nothing was printed."


def test_a_try_discarded_leaves_nothing_of_the_unsaved_routine_in_the_main_window(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New routine "Zed test", Try it, Esc and Yes, then close the editor and Discard: the
    main window shows the library's choice again, and Start, Edit and Export act on it."""
    window = rig.window
    assert window.library_view.select("test-routine")  # one of the user's own: F2 edits it
    chosen = window.overview.entry
    assert chosen is not None and chosen.id == "test-routine"
    editor = window.new_routine()
    rig.qtbot.waitExposed(editor)
    QTest.keyClicks(editor.title, "Zed test")
    QTest.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    rig.qtbot.waitUntil(lambda: rig.phase() is Phase.RUNNING)
    assert window.overview.entry == chosen  # the try is on the session page only
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    rig.key(Qt.Key.Key_Escape)  # "Stop the session?" Yes
    assert window.controller is None
    rig.qtbot.waitUntil(lambda: not editor.isMinimized() and editor.isVisible())
    assert window.pages.currentWidget() is window.overview
    assert window.overview.entry == chosen and window.overview.title.text() == chosen.routine.title
    assert window.windowTitle() == "Ankle Coach"

    monkeypatch.setattr(editor, "confirm_discard", lambda: "discard")
    editor.close()
    rig.qtbot.waitUntil(lambda: not window.findChildren(RoutineEditor))
    assert window.overview.entry == chosen
    assert window.library_view.current_id() == chosen.id
    assert "Zed test" not in {entry.routine.title for entry in window.library.entries}

    reopened = window.edit_routine()  # F2
    assert reopened is not None and reopened.form().title == chosen.routine.title
    reopened.hide()
    reopened.deleteLater()
    QTest.mouseClick(window.overview.start, Qt.MouseButton.LeftButton)
    rig.qtbot.waitUntil(lambda: rig.phase() is Phase.RUNNING)
    started = window.session_view.entry
    assert started is not None and started.id == chosen.id and started.origin == chosen.origin


def test_from_history_a_click_on_the_chosen_routine_goes_back_to_its_page(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rig.window.library_view.select("test-routine")
    rig.window.show_history()
    assert rig.window.pages.currentWidget() is rig.window.history_view
    shown: list[str] = []
    original = type(rig.window.overview).show_entry

    def counted(overview: object, entry: object) -> None:
        shown.append(entry.id)  # type: ignore[attr-defined]
        original(overview, entry)  # type: ignore[arg-type]

    monkeypatch.setattr(type(rig.window.overview), "show_entry", counted)
    view = rig.window.library_view.list
    place = view.visualRect(view.currentIndex()).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert rig.window.pages.currentWidget() is rig.window.overview
    assert shown == ["test-routine"]
    # On its own page a click on it again changes nothing and makes nothing again.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert shown == ["test-routine"]
    assert rig.window.pages.currentWidget() is rig.window.overview


def test_escape_in_history_goes_back_to_the_chosen_routine(rig: Rig) -> None:
    """As a keyboard user does it: the routine chosen in the list, Ctrl+H, Esc. History takes
    the focus (it had stayed in the list, where Esc means nothing)."""
    from PySide6.QtWidgets import QApplication

    assert rig.window.library_view.select("test-routine")
    rig.window.library_view.list.setFocus()
    QTest.keyClick(rig.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = rig.window.history_view
    assert rig.window.pages.currentWidget() is history
    focused = QApplication.focusWidget()
    assert focused is not None and history.isAncestorOf(focused)
    QTest.keyClick(focused, Qt.Key.Key_Escape)
    assert rig.window.pages.currentWidget() is rig.window.overview
    entry = rig.window.overview.entry
    assert entry is not None and entry.id == "test-routine"
