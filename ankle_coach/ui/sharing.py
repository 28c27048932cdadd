"""The File menu's sharing: import, export, the handout as a PDF, printing the handout.

Each is a small function taking the window it works for, the parent of its dialogs (Anki's
qt/aqt/operations): it asks what it must, calls the core, and says the outcome in the window's
status bar or in a notice (the window keeps the last one, for tests to read).
The core does the checking (core/sharing, ui/handout); nothing here decides what is safe.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ankle_coach.core.library import LibraryEntry, Origin, read_routine_file
from ankle_coach.core.routine import RoutineError
from ankle_coach.core.sharing.exporting import export_routine, package_name_for
from ankle_coach.core.sharing.importing import ImportStatus, import_routine
from ankle_coach.ui.handout.pictures import pictures_left_out
from ankle_coach.ui.handout.sheet import print_handout, write_handout
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.notice import tell_problems

if TYPE_CHECKING:
    from ankle_coach.core.routine import Routine
    from ankle_coach.core.sharing.importing import ImportResult, OnConflict
    from ankle_coach.ui.editor.window import RoutineEditor
    from ankle_coach.ui.frame import WindowFrame


def import_files(window: WindowFrame) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        window,
        translate("ui.sharing", "Import routine"),
        str(Path.home()),
        translate("ui.sharing", "Routines (*.ankle.zip *.zip *.toml);;All files (*)"),
    )
    for name in names:
        import_path(window, Path(name))


def import_path(window: WindowFrame, path: Path) -> ImportResult:
    """Check and copy a routine into My routines; asks before replacing one of the same id."""
    result = import_routine(path, window.context.paths.user_routines, on_conflict="ask")
    if result.status is ImportStatus.CONFLICT:
        choice = window.ask_import_conflict(result)
        if choice is None:
            window.statusBar().showMessage(
                translate("ui.sharing", "Import cancelled; nothing was changed."), 5000
            )
            return result
        result = import_routine(path, window.context.paths.user_routines, on_conflict=choice)
    if result.status is ImportStatus.REFUSED:
        problems = [str(problem) for problem in result.problems]
        count = len(problems)
        summary = (
            translate(
                "ui.sharing",
                "{name} was not imported: 1 problem to fix in it first. Nothing was changed.",
            )
            if count == 1
            else translate(
                "ui.sharing",
                "{name} was not imported: {count} problems to fix in it first. Nothing was "
                "changed.",
            )
        ).format(name=path.name, count=count)
        window.statusBar().showMessage(f"{summary} {problems[0] if problems else ''}", 30000)
        window.import_notice = tell_problems(
            window, translate("ui.sharing", "The routine was not imported"), summary, problems
        )
        return result
    window.reload_library(result.routine_id)
    said = "; ".join(problem.message for problem in result.warnings)
    imported = translate("ui.sharing", "Imported into My routines as {id}.").format(
        id=result.routine_id
    )
    window.statusBar().showMessage(f"{imported} {said}" if said else imported, 10000)
    if result.routine is not None and result.routine.suggested_schedule is not None:
        from ankle_coach.ui.sharing_plan import offer_suggested_plan

        offer_suggested_plan(
            window,
            window.context.paths,
            result.routine_id,
            result.routine.title,
            result.routine.suggested_schedule,
        )
    return result


def ask_import_conflict(parent: QWidget, result: ImportResult) -> OnConflict | None:
    """Replace, keep both, or cancel."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ui.sharing", "A routine of that name exists"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "ui.sharing",
            "My routines already has \u201c{id}\u201d. Replace it, or keep both (the new one "
            "as \u201c{new_id}\u201d)?",
        ).format(id=result.routine_id, new_id=result.suggested_id)
    )
    replace = box.addButton(
        translate("ui.sharing", "Replace"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(translate("ui.sharing", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is replace:
        return "replace"
    if box.clickedButton() is keep:
        return "rename"
    return None


def _chosen(window: WindowFrame) -> LibraryEntry | None:
    entry = window.overview.entry
    if entry is None:
        window.statusBar().showMessage(translate("ui.sharing", "Choose a routine first."), 5000)
    return entry


def export_routine_file(window: WindowFrame) -> None:
    """Export the chosen routine as one package file, to a place the user picks. While a routine
    tried unsaved is on the session page, that is the one: it is saved from its editor first
    (after asking), its package named after it."""
    session = window.session_view.entry
    if window.pages.currentWidget() is window.session_view and session is not None:
        if session.origin is Origin.UNSAVED:
            editor = _editor_of(window, session.original)
            if editor is None:
                window.statusBar().showMessage(
                    translate("ui.sharing", "Export it from its editor, after the try."), 5000
                )
                return
            export_from_editor(window, editor)
            return
        entry: LibraryEntry | None = session
    else:
        entry = _chosen(window)
    if entry is not None:
        _export_asking_where(window, entry)


def export_from_editor(window: WindowFrame, editor: RoutineEditor) -> None:
    """The editor's Export (Ctrl+E): its routine as saved; one not saved yet, or changed since,
    is saved first (after asking)."""
    entry = saved_first(window, editor)
    if entry is not None:
        _export_asking_where(window, entry)


def _export_asking_where(window: WindowFrame, entry: LibraryEntry) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("ui.sharing", "Export routine"),
        str(Path.home() / package_name_for(entry)),
        translate("ui.sharing", "Routine package (*.ankle.zip)"),
    )
    if name:
        export_to(window, entry, Path(name))


def saved_first(window: WindowFrame, editor: RoutineEditor) -> LibraryEntry | None:
    """The editor's routine as saved, once saved (after asking) when it is not saved yet or has
    changed since; None when it was not saved (the user cancelled, it could not be written)."""
    if editor.is_modified() or editor.existing_path is None:
        if not ask_save_first(editor, editor.form().title):
            window.statusBar().showMessage(
                translate("ui.sharing", "Export cancelled; nothing was saved."), 5000
            )
            return None
        if not editor.save() or editor.existing_path is None:
            window.export_notice = window.tell(
                translate("ui.sharing", "The routine was not exported"),
                translate("ui.sharing", "It could not be saved first. {reason}").format(
                    reason=editor.status.text()
                ),
            )
            return None
    path = editor.existing_path
    try:
        return LibraryEntry(path.stem, path, Origin.USER, read_routine_file(path))
    except RoutineError as exc:  # changed on the disk since: say what is wrong with it now
        window.export_notice = window.tell(
            translate("ui.sharing", "The routine was not exported"), str(exc)
        )
        return None


def _editor_of(window: WindowFrame, routine: Routine) -> RoutineEditor | None:
    """The editor the routine was tried from: the one showing it, else the only one open."""
    from ankle_coach.ui.editor.window import RoutineEditor  # loaded when an editor opens

    editors = window.findChildren(RoutineEditor)  # it is hidden while its routine is tried
    showing = [editor for editor in editors if editor.routine() == routine]
    if showing:
        return showing[0]
    return editors[0] if len(editors) == 1 else None


def ask_save_first(parent: QWidget, title: str) -> bool:
    """Whether to save the routine called `title` so that it can be exported (tests replace
    this)."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ui.sharing", "Save and export?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "ui.sharing",
            "\u201c{title}\u201d is not saved. Save it to My routines, then export it?",
        ).format(title=title.strip() or translate("ui.sharing", "Untitled"))
    )
    save = box.addButton(
        translate("ui.sharing", "Save and export"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    return box.clickedButton() is save


def export_to(window: WindowFrame, entry: LibraryEntry, out: Path) -> None:
    try:
        export_routine(entry, None, out)
    except (RoutineError, OSError) as exc:
        window.export_notice = window.tell(
            translate("ui.sharing", "The routine was not exported"), str(exc)
        )
        return
    window.statusBar().showMessage(
        translate("ui.sharing", "Exported to {path}: one file to send as it is.").format(path=out),
        10000,
    )


def export_handout(window: WindowFrame) -> None:
    entry = _chosen(window)
    if entry is None:
        return
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("ui.sharing", "Export handout"),
        str(Path.home() / f"{entry.id}.pdf"),
        translate("ui.sharing", "PDF (*.pdf)"),
    )
    if name:
        handout_to(window, entry, Path(name))


def handout_to(window: WindowFrame, entry: LibraryEntry, out: Path) -> None:
    """Write the handout PDF on the paper this locale's printers hold, and open it."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    page: Literal["A4", "Letter"] = "Letter" if us else "A4"
    try:
        write_handout(entry, None, out, page_size=page)
    except OSError as exc:
        window.export_notice = window.tell(
            translate("ui.sharing", "The handout was not written"), str(exc)
        )
        return
    window.statusBar().showMessage(
        translate("ui.sharing", "Handout written to {path}.").format(path=out), 10000
    )
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
    _tell_left_out(window, entry, printed=False)


def print_routine_handout(window: WindowFrame) -> None:
    """Print the handout on the printer, and paper, the user picks in the print dialog."""
    entry = _chosen(window)
    if entry is None:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(entry.routine.title)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(translate("ui.sharing", "Print handout"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        window.statusBar().showMessage(
            translate("ui.sharing", "Printing cancelled; nothing was printed."), 5000
        )
        return
    try:
        pages = print_handout(entry, None, printer)
    except OSError as exc:
        window.export_notice = window.tell(
            translate("ui.sharing", "The handout was not printed"), str(exc)
        )
        return
    where = printer.outputFileName() or printer.printerName()
    if not where:
        said = (
            translate("ui.sharing", "Handout sent to the printer: 1 page.")
            if pages == 1
            else translate("ui.sharing", "Handout sent to the printer: {pages} pages.")
        )
    elif pages == 1:
        said = translate("ui.sharing", "Handout sent to {printer}: 1 page.")
    else:
        said = translate("ui.sharing", "Handout sent to {printer}: {pages} pages.")
    window.statusBar().showMessage(said.format(printer=where, pages=pages), 10000)
    _tell_left_out(window, entry, printed=True)


def _tell_left_out(window: WindowFrame, entry: LibraryEntry, *, printed: bool) -> None:
    """Say which pictures the handout just made is without, and why (it was made all the
    same: a card without its picture); nothing when it has them all."""
    left_out = pictures_left_out(entry, None)
    if not left_out:
        return
    count = len(left_out)
    if printed:
        summary = (
            translate("ui.sharing", "The handout was printed without 1 picture:")
            if count == 1
            else translate("ui.sharing", "The handout was printed without {count} pictures:")
        )
    else:
        summary = (
            translate("ui.sharing", "The handout was written without 1 picture:")
            if count == 1
            else translate("ui.sharing", "The handout was written without {count} pictures:")
        )
    window.export_notice = tell_problems(
        window,
        translate("ui.sharing", "Pictures left out of the handout"),
        summary.format(count=count),
        [f"{picture.exercise}: {picture.problem.message}" for picture in left_out],
    )
