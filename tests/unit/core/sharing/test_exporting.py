"""Exporting a routine package: what is exported imports the same, the same bytes each time, and
what a patient could not import is refused before anything is written."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import msgspec
import pytest

from ankle_coach.core.library import LibraryEntry, Origin, read_routine_file
from ankle_coach.core.routine import (
    Exercise,
    RoutineError,
)
from ankle_coach.core.sharing.checks import PACKAGE_SUFFIX
from ankle_coach.core.sharing.exporting import export_routine, package_name_for
from ankle_coach.core.sharing.importing import ImportStatus, import_routine
from tests.unit.core.sharing.package_files import (
    GOOD_SVG,
    ODD_FILES,
    ROUTINE,
    routine_toml,
    write_file,
)


def entry_with_image(tmp_path: Path) -> LibraryEntry:
    folder = tmp_path / "physio"
    (folder / "pics").mkdir(parents=True)
    (folder / "pics/heel.svg").write_bytes(GOOD_SVG)
    text = routine_toml("pics/heel.svg", summary='"<b>Slowly</b>"')
    text += '[[exercises]]\nname = "Calf stretch"\nimage = "calf-stretch.svg"\nhold_seconds = 30\n'
    path = folder / "Heel Drops.toml"
    path.write_text(text)
    return LibraryEntry("Heel Drops", path, Origin.USER, read_routine_file(path))


def test_export_then_import_gives_the_same_routine(tmp_path: Path) -> None:
    entry = entry_with_image(tmp_path)
    out = tmp_path / package_name_for(entry)

    assert export_routine(entry, None, out) == out
    assert out.name == f"heel-drops{PACKAGE_SUFFIX}"
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["heel-drops.toml", "pics/heel.svg"]  # built-ins not packed

    result = import_routine(out, tmp_path / "patient")
    assert result.status is ImportStatus.IMPORTED
    assert result.routine == msgspec.structs.replace(
        entry.routine,
        exercises=(
            msgspec.structs.replace(
                entry.routine.exercises[0], image="heel-drops.images/pics/heel.svg"
            ),
            entry.routine.exercises[1],
        ),
    )

    # the patient shares it on: the images do not nest a folder deeper
    again = tmp_path / "again.ankle.zip"
    assert result.path is not None and result.routine is not None
    export_routine(
        LibraryEntry("heel-drops", result.path, Origin.USER, result.routine), None, again
    )
    back = import_routine(again, tmp_path / "third")
    assert back.routine == result.routine


def test_export_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    entry = entry_with_image(tmp_path)
    export_routine(entry, None, tmp_path / "a.ankle.zip")
    export_routine(entry, None, tmp_path / "b.ankle.zip")
    assert (tmp_path / "a.ankle.zip").read_bytes() == (tmp_path / "b.ankle.zip").read_bytes()


def test_export_of_an_unsaved_routine_with_built_in_images(tmp_path: Path) -> None:
    routine = msgspec.structs.replace(
        ROUTINE, exercises=(Exercise(name="Calf", image="calf-stretch.svg", hold_seconds=30.0),)
    )
    out = export_routine(routine, None, tmp_path / package_name_for(routine))
    assert out.name == "calf-work-week-1.ankle.zip"
    assert import_routine(out, tmp_path / "patient").routine == routine


@pytest.mark.parametrize(
    ("image", "content", "message"),
    [
        (
            "gone.svg",
            None,
            '"gone.svg" is neither in the routine\'s folder nor a built-in illustration; fix it '
            "before sharing the routine",
        ),
        (
            "evil.svg",
            b"<svg><script>alert(1)</script></svg>",
            '"evil.svg" contains a <script> element, which an illustration may not',
        ),
        ("photo.gif", b"GIF89a", '"photo.gif" is not an .svg, .png or .jpg image'),
    ],
)
def test_export_refuses_what_the_patient_could_not_import(
    tmp_path: Path, image: str, content: bytes | None, message: str
) -> None:
    folder = tmp_path / "physio"
    folder.mkdir()
    if content is not None:
        (folder / image).write_bytes(content)
    routine = read_routine_file(write_file(folder / "heel.toml", routine_toml(image)))
    out = tmp_path / "heel.ankle.zip"
    with pytest.raises(RoutineError) as caught:
        export_routine(routine, folder, out)
    assert [str(p) for p in caught.value.problems] == [
        f"{out}/heel-drops.toml: exercises[0].image: {message}"
    ]
    assert not out.exists()


@pytest.mark.parametrize(("make", "message"), ODD_FILES)
def test_an_odd_file_beside_a_routine_is_refused_on_export(
    tmp_path: Path, make: Any, message: str
) -> None:
    folder = tmp_path / "physio"
    folder.mkdir()
    make(folder)
    routine = read_routine_file(write_file(folder / "heel.toml", routine_toml("heel.svg")))
    out = tmp_path / "heel.ankle.zip"
    with pytest.raises(RoutineError) as caught:
        export_routine(routine, folder, out)
    assert [str(p) for p in caught.value.problems] == [
        f'{out}/heel-drops.toml: exercises[0].image: "heel.svg" {message}'
    ]
    assert not out.exists()
