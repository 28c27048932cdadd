"""commands/handout.py: `ankle-coach handout` writes the PDF and says so in one line, or says
why not, one problem a line, with exit status 1 and nothing written."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication

from ankle_coach.commands.handout import handout_command
from ankle_coach.core import i18n
from ankle_coach.core.i18n import ENVIRONMENT_ORDER
from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import Settings, save_settings


@pytest.fixture(autouse=True)
def app(qapp: QApplication) -> QApplication:
    return qapp


@pytest.mark.parametrize(("size", "shown"), [("A4", "A4"), ("letter", "Letter")])
def test_the_handout_is_written_and_said_in_one_line(tmp_path: Path, size: str, shown: str) -> None:
    out = tmp_path / "sheet.pdf"
    said = io.StringIO()
    assert handout_command("calf-raises", out, size, stdout=said) == 0
    assert out.read_bytes().startswith(b"%PDF")
    line = said.getvalue()
    assert line.startswith(f"{out}: the handout of “Calf raises”, ")
    assert line.endswith(f" ({shown})\n") and line.count("\n") == 1


def test_an_unknown_page_size_is_refused_before_anything_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheet.pdf"
    assert handout_command("calf-raises", out, "A5") == 1
    assert capsys.readouterr().err == "A5: not a page size; use A4 or Letter\n"
    assert not out.exists()


def test_an_unknown_routine_is_one_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheet.pdf"
    assert handout_command("no-such-routine", out) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-routine" in err
    assert not out.exists()


def test_a_place_that_cannot_be_written_is_said_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    out = tmp_path / "a-file" / "sheet.pdf"
    assert handout_command("calf-raises", out) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{out}: cannot write the handout: ") and err.count("\n") == 1
    assert not out.exists()


# -- in German and Spanish: the real command, read back with pdftotext ----------------------------

#: What the sheet and the command say in each language; the English they must not say.
SHEET = {
    "de": {
        "said": "das Übungsblatt zu \u201eFersenheben\u201c, 2 Seiten (A4)",
        "words": [
            "ANKLE COACH · IHR ÜBUNGSPROGRAMM",
            "Fersenheben",
            "Gesamtdauer: 4 min 30 s",
            "1 Übung",
            "15 s Pause dazwischen",
            "Für:",
            "Datum:",
            "Ihre Übungen",
            "etwa 4 min",
            "3 × 15 Wiederholungen (je 4 s)",
            "\u201eFersen langsam senken und heben.\u201c",
            "Notizen aus der Physiotherapie",
            "Seite 1 von 2",
            "(Fortsetzung)",
        ],
        "locale": "de_DE",
    },
    "es": {
        "said": "la hoja de ejercicios de «Elevaciones de talones», 2 páginas (A4)",
        "words": [
            "ANKLE COACH · TU RUTINA DE EJERCICIOS",
            "Elevaciones de talones",
            "Duración total: 4 min 30 s",
            "1 ejercicio",
            "15 s de descanso entre ejercicios",
            "Para:",
            "Fecha:",
            "Tus ejercicios",
            "unos 4 min",
            "3 × 15 repeticiones (4 s cada una)",
            "«Baja y sube los talones despacio.»",
            "Notas de tu fisioterapeuta",
            "Página 1 de 2",
            "(continuación)",
        ],
        "locale": "es_ES",
    },
}
ENGLISH = [
    "YOUR EXERCISE ROUTINE",
    "Your exercises",
    "Total time",
    "rest between",
    "Notes from your physiotherapist",
    "Page 1 of",
    "(continued)",
    "For:",
    "Date:",
    "about ",
    "Calf raises",
    "Slowly lower",
]


def handout_env(home: Path, **names: str) -> dict[str, str]:
    """The user's environment: English formats (LANG), the language from LANGUAGE."""
    env = {k: v for k, v in os.environ.items() if k not in ENVIRONMENT_ORDER}
    return {**env, "ANKLE_COACH_HOME": str(home), "LANG": "en_US.UTF-8", **names}


def handout_text(env: dict[str, str], out: Path, *options: str) -> tuple[str, str]:
    """What `ankle-coach handout calf-raises` said, and the text of the PDF it wrote."""
    done = subprocess.run(
        [sys.executable, "-m", "ankle_coach", "handout", "calf-raises", "-o", str(out), *options],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    return done.stdout, " ".join(text.split())  # words as read, whatever the columns


@pytest.fixture
def poppler(skip_or_fail: Callable[[str], NoReturn]) -> None:
    if shutil.which("pdftotext") is None:
        skip_or_fail("pdftotext is missing; install poppler-utils")


@pytest.mark.slow
@pytest.mark.usefixtures("poppler")
@pytest.mark.parametrize("language", ["de", "es"])
def test_the_handout_under_language_is_in_it(tmp_path: Path, language: str) -> None:
    out = tmp_path / "sheet.pdf"
    said, text = handout_text(handout_env(tmp_path, LANGUAGE=language), out)
    assert said == f"{out}: {SHEET[language]['said']}\n"
    for words in SHEET[language]["words"]:
        assert words in text, (words, text)
    for english in ENGLISH:
        assert english not in text, (english, text)
    # today's date as the language writes it, even with English formats in LANG
    today = QLocale(str(SHEET[language]["locale"])).toString(
        QDate.currentDate(), QLocale.FormatType.LongFormat
    )
    assert today in text


@pytest.mark.slow
@pytest.mark.usefixtures("poppler")
def test_a_physio_prints_a_handout_in_the_patients_language(tmp_path: Path) -> None:
    """--language over the Settings' language, over the environment's."""
    save_settings(Settings(language="de"), Paths.under(tmp_path))
    env = handout_env(tmp_path, LANGUAGE="de")
    said, text = handout_text(env, tmp_path / "es.pdf", "--language", "es")
    assert "Tus ejercicios" in text and "Ihre Übungen" not in text
    assert "la hoja de ejercicios" in said
    said, text = handout_text(env, tmp_path / "en.pdf", "--language", "en")
    assert "Your exercises" in text and "Page 1 of 2" in text
    assert said.endswith(": the handout of \u201cCalf raises\u201d, 2 pages (A4)\n")
    _, text = handout_text(env, tmp_path / "de.pdf")  # Settings' language
    assert "Ihre Übungen" in text


def test_the_command_says_its_words_in_the_language_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with i18n.using("es"):
        assert handout_command("calf-raises", tmp_path / "x.pdf", "A5") == 1
        assert i18n.current_language() == "es"
    assert capsys.readouterr().err == "A5: no es un tamaño de página; usa A4 o Letter\n"
    said = io.StringIO()
    with i18n.using("de"):
        assert handout_command("calf-raises", tmp_path / "x.pdf", stdout=said) == 0
        assert i18n.current_language() == "de"  # still German after the sheet
    assert said.getvalue() == f"{tmp_path / 'x.pdf'}: {SHEET['de']['said']}\n"
    assert QCoreApplication.translate("ui.handout.sheet", "Your exercises") == "Your exercises"


def test_a_picture_left_out_is_said_on_stderr_as_validate_says_it_and_the_sheet_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = tmp_path / "own.toml"
    routine.write_text(
        'format = 1\ntitle = "Own pictures"\n\n'
        '[[exercises]]\nname = "Heel walk"\nimage = "heel-walk.png"\nreps = 10\n\n'
        '[[exercises]]\nname = "Calf raises"\nimage = "calf-raises.svg"\nreps = 10\n',
        encoding="utf-8",
    )
    out = tmp_path / "sheet.pdf"
    said = io.StringIO()
    assert handout_command(str(routine), out, stdout=said) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert said.getvalue().startswith(f"{out}: the handout of “Own pictures”, ")
    assert capsys.readouterr().err == (
        f'{routine}: exercises[0].image: left out of the handout: "heel-walk.png" is neither '
        "in the routine's folder nor a built-in illustration; the exercise shows no "
        "illustration\n"
    )
