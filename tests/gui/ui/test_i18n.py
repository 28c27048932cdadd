"""ui/i18n.py: the window and the core read one catalogue and answer alike; Qt's own dialogs
speak the language too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ankle_coach.core import i18n as core_i18n
from ankle_coach.ui import i18n
from tests.support.catalogues import translations


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.uninstall(qapp)


def _ts(folder: Path) -> Path:
    """A catalogue with the awkward cases: markup, quotes, accents, newline, a comment, a
    numerus message, an empty translation."""
    ts = folder / "ankle_coach_de.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context><name>ui.test</name>
<message><source>Pause</source><translation>Pause</translation></message>
<message><source>Start &amp;now</source><translation>Jetzt &amp;starten</translation></message>
<message><source>Say "halfway"</source><translation>„Halbzeit“ sagen</translation></message>
<message><source>Two
lines</source><translation>Zwei
Zeilen</translation></message>
<message><source>Close</source><comment>the sidebar</comment>
<translation>Schließen</translation></message>
<message><source>Close</source><translation>Zumachen</translation></message>
<message numerus="yes"><source>%n reps</source><translation>
<numerusform>%n Wiederholung</numerusform><numerusform>%n Wiederholungen</numerusform>
</translation></message>
<message><source>Untranslated</source><translation type="unfinished"></translation></message>
</context>
<context><name>core.plan</name>
<message><source>Set {number} of {sets}.</source>
<translation>Satz {number} von {sets}.</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    return ts


def test_qt_and_the_core_read_one_catalogue_alike(
    english_after: QApplication, tmp_path: Path
) -> None:
    _ts(tmp_path)
    (qm,) = translations.compile_catalogues(tmp_path, ["de"], source_dir=tmp_path)
    installed = i18n.install(english_after, "de", catalogue=qm)
    assert installed.problem is None
    cases = [
        ("ui.test", "Pause", None, -1, "Pause"),
        ("ui.test", "Start &now", None, -1, "Jetzt &starten"),
        ("ui.test", 'Say "halfway"', None, -1, "„Halbzeit“ sagen"),
        ("ui.test", "Two\nlines", None, -1, "Zwei\nZeilen"),
        ("ui.test", "Close", "the sidebar", -1, "Schließen"),
        ("ui.test", "Close", None, -1, "Zumachen"),
        ("ui.test", "%n reps", None, 1, "1 Wiederholung"),
        ("ui.test", "%n reps", None, 7, "7 Wiederholungen"),
        ("ui.test", "Untranslated", None, -1, "Untranslated"),
        ("core.plan", "Set {number} of {sets}.", None, -1, "Satz {number} von {sets}."),
        ("nowhere", "Pause", None, -1, "Pause"),
    ]
    for context, source, comment, n, expected in cases:
        assert QCoreApplication.translate(context, source, comment, n) == expected
        assert core_i18n.translate(context, source, comment, n) == expected
    assert core_i18n.current_language() == "de"
    assert QLocale().language() == QLocale.Language.German


def test_qt_own_dialog_buttons_follow_the_language(english_after: QApplication) -> None:
    i18n.install(english_after, "es")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    i18n.install(english_after, "de")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    i18n.uninstall(english_after)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert core_i18n.current_language() == "en"


@pytest.mark.parametrize("language", translations.TRANSLATED)
def test_every_shipped_message_reads_the_same_in_the_window_and_the_core(
    english_after: QApplication, language: core_i18n.Language
) -> None:
    """The shipped catalogues, as built: Qt's QTranslator and the core's reader give the same
    text for every message (so the command line and the window never disagree)."""
    installed = i18n.install(english_after, language)
    assert installed.problem is None
    tree = ET.parse(translations.ts_path(language))
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            n = 2 if message.get("numerus") == "yes" else -1
            qt = QCoreApplication.translate(name, source, comment, n)
            assert core_i18n.translate(name, source, comment, n) == qt, (name, source)
            count += 1
    assert count == sum(1 for _ in translations.messages(tree))


def test_dates_follow_the_language_not_lc_time(english_after: QApplication) -> None:
    """LANGUAGE=de with LANG=en_US.UTF-8: Qt's system locale is named de_DE but formats dates
    from LC_TIME; the window's default locale is German through and through."""
    from PySide6.QtCore import QDate

    day = QDate(2026, 3, 2)
    i18n.install(english_after, "de")
    assert QLocale().toString(day, QLocale.FormatType.LongFormat).startswith("Montag")
    i18n.install(english_after, "es")
    assert "marzo" in QLocale().toString(day, QLocale.FormatType.LongFormat)
