"""The editor's language: which language's texts its text inputs show and edit (English, the
routine's own texts, or one of its translations), and how an input shows a text not yet
translated (empty, with the English as its placeholder).

Only texts are translated (core/routine_translations.py): the routine's title and summary, an
exercise's name, instructions, custom cue and custom directions. The numbers, sides, pictures
and tags are the routine's own, the same in every language: they stay editable whichever
language is shown, and a change to them is a change in every language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ankle_coach.core.editor_form import language_name
from ankle_coach.core.i18n import LANGUAGES
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.text import plain_label


class LanguageChooser(QWidget):
    """The language combo box, and a note of what the language shown means (`note`, laid out
    by its parent).

    Signals:
        languageChosen(str): the user chose another language ("en", "de", ...).
    """

    languageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("editorLanguage")
        self.combo.setAccessibleName(translate("ui.editor.languages", "Language of the texts"))
        self.combo.setToolTip(
            translate(
                "ui.editor.languages",
                "The language of the texts shown and edited. Numbers, sides, pictures and tags "
                "are the same in every language.",
            )
        )
        #: What the language shown means: laid out by the editor, across the form's width.
        self.note = plain_label(wrap=True, name="languageNote", parent=parent)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a hint, not a field
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.combo)
        self.set_languages(())
        self.combo.activated.connect(self._on_combo_activated)

    def language(self) -> str:
        return str(self.combo.currentData() or "en")

    def set_languages(self, extra: Iterable[str]) -> None:
        """Offer English, the app's languages, and `extra` ones the routine has texts in (a
        language the app does not speak is kept, and can be edited too)."""
        shown = self.language() if self.combo.count() else "en"
        languages: list[str] = list(LANGUAGES)
        languages += sorted(set(extra) - set(languages))
        if [self.combo.itemData(i) for i in range(self.combo.count())] == languages:
            return
        self.combo.clear()
        for language in languages:
            self.combo.addItem(language_name(language), language)
        self.set_language(shown)

    def set_language(self, language: str) -> None:
        index = self.combo.findData(language)
        self.combo.setCurrentIndex(max(0, index))
        self._show_note()

    def _show_note(self) -> None:
        if self.language() == "en":
            self.note.setText(
                translate("ui.editor.languages", "The routine's own texts, in English.")
            )
            return
        self.note.setText(
            translate(
                "ui.editor.languages",
                "Empty fields use the English. Numbers, sides and pictures are shared.",
            )
        )

    @Slot(int)
    def _on_combo_activated(self, index: int) -> None:
        self._show_note()
        self.languageChosen.emit(self.language())


def show_text(box: QLineEdit | QPlainTextEdit, text: str, english: str, example: str = "") -> None:
    """Show `text` in `box` (without a signal: the caller blocks them), with `english` as its
    placeholder (a translation's input: what is used while it is empty), or `example` when
    that is empty (an English input, or nothing to translate)."""
    if isinstance(box, QLineEdit):
        if box.text() != text:
            box.setText(text)
    elif box.toPlainText() != text:
        box.setPlainText(text)
    box.setPlaceholderText(english or example)
