"""The window's language: Qt's translators for our catalogue and Qt's own (the standard
dialogs' buttons), the default QLocale (dates and numbers), and the core's words, all in one
language chosen at start (core/i18n.py says how it is chosen and where the words live).

Strings of the window are written `translate("ui.session.view", "Pause")` with `translate`
imported from here: Qt's `QCoreApplication.translate`, which `pyside6-lupdate` reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language

#: `translate(context, source, disambiguation=None, n=-1)`: the window's strings.
translate = QCoreApplication.translate

#: How a locale is written for QLocale in each language (the date and number formats).
LOCALES: dict[Language, str] = {"en": "en_GB", "de": "de_DE", "es": "es_ES"}


@dataclass
class Installed:
    """What `install` put in place: the language, and its translators (kept alive here: Qt
    does not own a translator it is given)."""

    language: Language
    translators: list[QTranslator] = field(default_factory=list)
    problem: str | None = None


_installed: Installed | None = None


def install(app: QCoreApplication, language: Language, catalogue: Path | None = None) -> Installed:
    """Use `language` from now on in the window and the core: our catalogue (or `catalogue`,
    a `.qm` file: the pseudo-translation test) and Qt's `qtbase`. Replaces what an earlier call
    installed. English needs no catalogue; a missing one leaves English and says why."""
    global _installed
    uninstall(app)
    installed = Installed(language=language)
    if language != "en" or catalogue is not None:
        path = catalogue or i18n.catalogue_path(language)
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.translators.append(ours)
        else:
            installed.problem = f"{path}: could not be loaded"
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt_own.load(QLocale(LOCALES[language]), "qtbase", "_", folder):
            app.installTranslator(qt_own)
            installed.translators.append(qt_own)
    core_catalogue = None
    if catalogue is not None:
        core_catalogue = i18n.Catalogue.read(catalogue)
    i18n.use(language, core_catalogue)
    if installed.problem is None and i18n.load_problem is not None:
        installed.problem = i18n.load_problem
    QLocale.setDefault(locale_for(language))
    _installed = installed
    return installed


def uninstall(app: QCoreApplication) -> None:
    global _installed
    if _installed is not None:
        for translator in _installed.translators:
            app.removeTranslator(translator)
    _installed = None
    i18n.use("en")
    QLocale.setDefault(QLocale.system())


def locale_for(language: Language) -> QLocale:
    """The QLocale for dates and numbers: the system's country when it speaks `language` (an
    English user in the US keeps US dates), else the language's own (LOCALES). Made afresh from
    the name: the system locale itself takes its date format from LC_TIME, which may be
    another language's (LANG=en_US.UTF-8 LANGUAGE=de gave English dates)."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return QLocale(system.name())
    return QLocale(LOCALES[language])


def current() -> Language:
    return i18n.current_language()
