"""ui/handout/pictures.py: the handout's pictures, and the ones it is printed without, with why."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ankle_coach.core.decoding import Problem
from ankle_coach.core.library import LibraryEntry, Origin, read_routine_file
from ankle_coach.core.routine import Exercise, Routine
from ankle_coach.ui.handout.pictures import LeftOut, pictures_left_out, sheet_picture
from ankle_coach.ui.widgets.illustration import find_image

GOOD_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">'
    '<rect width="40" height="30" fill="#1864ab"/></svg>'
)


def _exercise(name: str, image: str) -> str:
    return f'[[exercises]]\nname = "{name}"\ninstructions = "As shown."\n' + (
        f'image = "{image}"\nreps = 10\n' if image else "reps = 10\n"
    )


def _corrupt_png() -> bytes:
    """A PNG whose header is right (40 x 30) and whose pixels are not a PNG's."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 40, 30, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", b"not deflated pixels")
        + chunk(b"IEND", b"")
    )


@pytest.fixture(autouse=True)
def app(qapp: QApplication) -> QApplication:
    return qapp


def _entry(folder: Path, *exercises: tuple[str, str]) -> LibraryEntry:
    text = 'format = 1\ntitle = "Pictures"\n\n' + "\n".join(
        _exercise(name, image) for name, image in exercises
    )
    path = folder / "pictures.toml"
    path.write_text(text, encoding="utf-8")
    return LibraryEntry("pictures", path, Origin.FILE, read_routine_file(path))


def test_each_picture_left_out_is_named_with_its_exercise_and_validates_words(
    tmp_path: Path,
) -> None:
    (tmp_path / "own.svg").write_text(GOOD_SVG, encoding="utf-8")
    (tmp_path / "broken.svg").write_text("<svg", encoding="utf-8")
    (tmp_path / "corrupt.png").write_bytes(_corrupt_png())
    entry = _entry(
        tmp_path,
        ("Calf raises", "calf-raises.svg"),  # built in
        ("Gone", "gone.png"),
        ("Own", "own.svg"),
        ("Broken", "broken.svg"),
        ("No picture", ""),
        ("Corrupt", "corrupt.png"),
        ("Gone again", "gone.png"),
    )
    shown = str(entry.path)
    checked = {problem.field: problem.message for problem in entry.picture_problems}
    assert set(checked) == {
        "exercises[1].image",
        "exercises[3].image",
        "exercises[5].image",
        "exercises[6].image",
    }
    assert pictures_left_out(entry, None) == [
        LeftOut("Gone", Problem(shown, "exercises[1].image", checked["exercises[1].image"])),
        LeftOut("Broken", Problem(shown, "exercises[3].image", checked["exercises[3].image"])),
        # The checks read a PNG's pixel data through (core/png_data.py), as Qt would decode it.
        LeftOut(
            "Corrupt",
            Problem(
                shown,
                "exercises[5].image",
                '"corrupt.png" is a damaged PNG image: its pixels cannot be read',
            ),
        ),
        LeftOut("Gone again", Problem(shown, "exercises[6].image", checked["exercises[6].image"])),
    ]
    assert checked["exercises[1].image"].startswith('"gone.png" is neither in the routine')


def test_a_routine_whose_pictures_all_draw_leaves_none_out(tmp_path: Path) -> None:
    (tmp_path / "own.svg").write_text(GOOD_SVG, encoding="utf-8")
    entry = _entry(tmp_path, ("Own", "own.svg"), ("Calf raises", "calf-raises.svg"), ("X", ""))
    assert pictures_left_out(entry, None) == []


def test_a_routine_without_a_file_has_only_built_in_pictures() -> None:
    routine = Routine(
        format=1,
        title="Made here",
        exercises=(
            Exercise(name="Own", instructions="", image="own.svg", reps=5),
            Exercise(name="Built in", instructions="", image="calf-raises.svg", reps=5),
        ),
    )
    [left_out] = pictures_left_out(routine, None)
    assert left_out.exercise == "Own"
    assert (left_out.problem.path, left_out.problem.field) == ("", "exercises[0].image")
    assert left_out.problem.message.startswith('"own.svg" is neither in the routine')


def test_the_sheet_gets_a_picture_or_none_never_an_error(tmp_path: Path) -> None:
    (tmp_path / "own.svg").write_text(GOOD_SVG, encoding="utf-8")
    (tmp_path / "broken.svg").write_text("<svg", encoding="utf-8")
    (tmp_path / "corrupt.png").write_bytes(_corrupt_png())
    drawn = sheet_picture(find_image("own.svg", tmp_path))
    assert drawn is not None and drawn.ratio == pytest.approx(40 / 30)
    for name in ("broken.svg", "corrupt.png", "gone.png"):
        assert sheet_picture(find_image(name, tmp_path)) is None
    assert sheet_picture(None) is None
