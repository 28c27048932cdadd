"""The questions the routine editor asks: what to do with unsaved changes, which image file."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ankle_coach.ui.i18n import translate

Answer = Literal["save", "discard", "cancel"]


def unsaved_changes_box(parent: QWidget, title: str) -> QMessageBox:
    """ "Save the changes to “Calf work”?" with Save (the default), Discard and Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ui.editor.dialogs", "Unsaved changes"),
        translate("ui.editor.dialogs", "Save the changes to \u201c{title}\u201d?").format(
            title=title.strip() or translate("ui.editor.dialogs", "Untitled")
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # a title from a file is text, never markup
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return box


def answer_of(button: int | QMessageBox.StandardButton) -> Answer:
    if button == QMessageBox.StandardButton.Save:
        return "save"
    if button == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_save_changes(parent: QWidget, title: str) -> Answer:
    """Ask what to do with the unsaved changes of the routine called `title`."""
    return answer_of(unsaved_changes_box(parent, title).exec())


def choose_image_file(parent: QWidget) -> Path | None:
    """Ask for an image file; None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ui.editor.dialogs", "Choose image file"),
        str(Path.home()),
        translate("ui.editor.dialogs", "Images") + " (*.svg *.png *.jpg *.jpeg)",
    )
    return Path(name) if name else None
