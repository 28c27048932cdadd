"""The printable handout: real text, every part present, sensible pages, A4 and Letter."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from ankle_coach.commands.handout import handout_command
from ankle_coach.core.library import LibraryEntry, Origin, read_routine_file
from ankle_coach.core.plan import total_seconds
from ankle_coach.core.routine import Exercise, Routine
from ankle_coach.core.words import duration_text, prescription_text
from ankle_coach.ui.handout.sheet import (
    PAGE_SIZES,
    PageSizeName,
    handout_pdf,
    print_handout,
    write_handout,
)

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">'
    '<circle cx="200" cy="150" r="100" fill="none" stroke="#1f2933" stroke-width="6"/></svg>'
)
IMAGES = ["calf-stretch.svg", "calf-raises.svg", "ankle-circles.svg", "heel.svg", ""]
KINDS = [
    'hold_seconds = 30\nsides = ["left", "right"]\nsets = 3\nrest_seconds = 10',
    "reps = 15\nrep_seconds = 4.0\nsets = 3",
    'reps = 15\ndirections = ["clockwise", "counter-clockwise"]',
    "duration_seconds = 180",
    "manual = true",
]
NAMES = [
    "Standing calf stretch",
    "Calf raises",
    "Ankle circles",
    "Heel drops",
    "Towel scrunches",
    "Single-leg balance",
    "Seated ankle pumps",
    "Toe walks",
    "Ice the ankle",
]


A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture
def poppler(skip_or_fail: Callable[[str], NoReturn]) -> None:
    for tool in ("pdftotext", "pdfinfo"):
        if shutil.which(tool) is None:
            skip_or_fail(f"{tool} is missing; install poppler-utils")


@pytest.fixture(autouse=True)
def app(qapp: QApplication) -> QApplication:
    return qapp


def routine_file(folder: Path, count: int, title: str = "Calf work, week 1") -> LibraryEntry:
    """A routine of `count` exercises with built-in, local and no illustrations."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "heel.svg").write_text(SVG)
    lines = [
        "format = 1",
        f"title = {title!r}".replace("'", '"'),
        'summary = "Stretch, then strengthen. <b>Stop</b> if it hurts."',
    ]
    for index in range(count):
        lines += [
            "[[exercises]]",
            f'name = "{NAMES[index % len(NAMES)]}"',
            'instructions = "Slowly, and stop if it hurts. '
            + "Keep breathing. " * (index % 3)
            + '"',
            f'image = "{IMAGES[index % len(IMAGES)]}"' if IMAGES[index % len(IMAGES)] else "",
            'cue = "slow on the way down"' if index % 3 == 1 else "",
            KINDS[index % len(KINDS)],
        ]
    path = folder / "week-1.toml"
    path.write_text("\n".join(lines) + "\n")
    return LibraryEntry("week-1", path, Origin.FILE, read_routine_file(path))


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pdf_info(path: Path, *options: str) -> str:
    done = subprocess.run(["pdfinfo", *options, str(path)], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pages(path: Path) -> int:
    found = re.search(r"^Pages:\s+(\d+)$", pdf_info(path), re.M)
    assert found is not None
    return int(found[1])


def page_sizes(path: Path) -> set[tuple[int, int]]:
    """The sizes of all the pages, in points rounded to whole ones."""
    count = pages(path)
    info = pdf_info(path, "-f", "1", "-l", str(count))
    found = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert len(found) == count
    return {(round(float(width)), round(float(height))) for width, height in found}


@pytest.mark.usefixtures("poppler")
def test_every_part_of_the_handout_is_real_text(tmp_path: Path) -> None:
    entry = routine_file(tmp_path / "physio", 5)
    out = tmp_path / "handout.pdf"

    write_handout(entry, None, out)

    # lines wrapped by the layout join up again; no-break spaces are spaces
    text = " ".join(pdf_text(out).split())
    assert "Calf work, week 1" in text
    assert "Stretch, then strengthen. <b>Stop</b> if it hurts." in text  # plain text, as written
    for exercise in entry.routine.exercises:
        assert exercise.name in text
        assert prescription_text(exercise) in text
    assert text.count("\u201cSlow on the way down.\u201d") == 2  # the custom cues, as said
    assert f"Total time: {duration_text(total_seconds(entry.routine))} plus the steps" in text
    assert "ﬂ" not in text and "ﬁ" not in text  # ligatures would not be found by a search
    for word in ("Protection", "Rest", "Ice", "Compression", "Elevation", "podiatrist"):
        assert word in text
    assert "Notes from your physiotherapist" in text
    assert "Ankle Coach does not replace a clinician." in text
    assert "This is general advice from one article, not a diagnosis." in text
    assert "come from the article \u201cAnkle Pain After Running \u2013 Top Causes\u201d" in text
    count = pages(out)
    assert [f"Page {n} of {count}" in text for n in range(1, count + 1)] == [True] * count


@pytest.mark.usefixtures("poppler")
@pytest.mark.parametrize(("page_size", "size"), [("A4", A4), ("Letter", LETTER)])
def test_printing_paints_the_same_sheet_on_the_printers_paper(
    tmp_path: Path, page_size: PageSizeName, size: tuple[int, int]
) -> None:
    entry = routine_file(tmp_path / "physio", 9)
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(printed))
    printer.setPageSize(QPageSize(PAGE_SIZES[page_size]))

    count = print_handout(entry, None, printer)

    written = tmp_path / "written.pdf"
    write_handout(entry, None, written, page_size=page_size)
    assert pages(printed) == count == pages(written)
    assert page_sizes(printed) == {size}
    text = " ".join(pdf_text(printed).split())
    assert all(exercise.name in text for exercise in entry.routine.exercises)
    assert text == " ".join(pdf_text(written).split())  # one layout for both


@pytest.mark.usefixtures("poppler")
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize(("exercises", "low", "high"), [(9, 3, 4), (2, 1, 2), (1, 1, 2)])
def test_about_four_exercises_a_page(
    tmp_path: Path, page_size: str, exercises: int, low: int, high: int
) -> None:
    entry = routine_file(tmp_path / "physio", exercises)
    out = tmp_path / "handout.pdf"
    write_handout(entry, None, out, page_size="Letter" if page_size == "Letter" else "A4")
    assert low <= pages(out) <= high


@pytest.mark.usefixtures("poppler")
def test_letter_and_a4_pages_differ_and_every_page_has_the_same_size(tmp_path: Path) -> None:
    entry = routine_file(tmp_path / "physio", 9)
    write_handout(entry, None, tmp_path / "a4.pdf")
    write_handout(entry, None, tmp_path / "letter.pdf", page_size="Letter")
    assert page_sizes(tmp_path / "a4.pdf") == {A4}
    assert page_sizes(tmp_path / "letter.pdf") == {LETTER}


@pytest.mark.usefixtures("poppler")
def test_the_longest_texts_a_routine_may_hold_still_paginate(tmp_path: Path) -> None:
    """Words too long for a line wrap anywhere; an exercise never outgrows its page."""
    exercise = Exercise(name="W" * 80, instructions="W" * 2000, hold_seconds=30.0)
    routine = Routine(format=1, title="W" * 120, summary="W" * 1000, exercises=(exercise,) * 6)
    out = tmp_path / "long.pdf"
    write_handout(routine, None, out)
    assert 6 <= pages(out) <= 9
    assert page_sizes(out) == {A4}


def test_a_routine_without_a_folder_draws_built_in_illustrations_only(tmp_path: Path) -> None:
    routine = Routine(
        format=1,
        title="Built in",
        exercises=(
            Exercise(name="Calf", image="calf-stretch.svg", hold_seconds=30.0),
            Exercise(name="Nowhere", image="../../etc/passwd.svg", hold_seconds=30.0),
        ),
    )
    data, count = handout_pdf(routine, None)
    assert data.startswith(b"%PDF-") and count >= 1


def test_handout_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], user_home: Path
) -> None:
    out = tmp_path / "sheets" / "recovery.pdf"
    assert handout_command("after-run-recovery", out, "letter") == 0
    assert capsys.readouterr().out == (
        f"{out}: the handout of \u201cAfter-run recovery\u201d, {pages(out)} pages (Letter)\n"
    )
    assert "(letter)" in pdf_info(out)

    assert handout_command("no-such-routine", out, "A4") == 1
    assert capsys.readouterr().err.startswith("no-such-routine: no routine has this id")

    assert handout_command("after-run-recovery", out, "A3") == 1
    assert capsys.readouterr().err == "A3: not a page size; use A4 or Letter\n"

    blocked = tmp_path / "file"
    blocked.write_text("")
    assert handout_command("after-run-recovery", blocked / "x.pdf", "A4") == 1
    assert capsys.readouterr().err.startswith(f"{blocked / 'x.pdf'}: cannot write the handout: ")


@pytest.mark.slow
@pytest.mark.usefixtures("poppler")
def test_the_command_needs_no_display_and_no_running_app(tmp_path: Path) -> None:
    """A fresh interpreter without a display: the handout makes its own offscreen app."""
    out = tmp_path / "sheet.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["WAYLAND_DISPLAY"] = ""
    code = (
        "import sys; from pathlib import Path;"
        " from ankle_coach.commands.handout import handout_command;"
        f" sys.exit(handout_command('calf-raises', Path({str(out)!r}), 'A4'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert pages(out) >= 1


def test_a_long_heading_word_is_never_cut_in_the_advice_boxes(
    poppler: None, tmp_path: Path
) -> None:
    """Spanish "Señales de sobreentrenamiento" was cut "sobreentrenamient / o" in the label
    column (an independent tester): the column is as wide as the longest word of a heading."""
    from ankle_coach.core import i18n

    out = tmp_path / "es.pdf"
    with i18n.using("es"):
        assert handout_command("calf-raises", out, "A4") == 0
    words = pdf_text(out).split()
    assert "sobreentrenamiento" in words and "sobreentrenamient" not in words
