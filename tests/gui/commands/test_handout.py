"""commands/handout.py: `ankle-coach handout` writes the PDF and says so in one line, or says
why not, one problem a line, with exit status 1 and nothing written."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ankle_coach.commands.handout import handout_command


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
