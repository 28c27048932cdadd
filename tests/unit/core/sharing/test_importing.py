"""Importing a package or a routine file: its images in a folder of its own, conflicts asked about,
built-in ids kept, and a failed write that leaves the old routine as it was."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import msgspec
import pytest

from ankle_coach.core import i18n, savefile
from ankle_coach.core.i18n import Language
from ankle_coach.core.library import Origin, load_folder, read_routine_file
from ankle_coach.core.sharing.importing import ImportStatus, import_routine
from tests.unit.core.sharing.package_files import (
    GOOD_SVG,
    PKG,
    PNG,
    make_zip,
    package_with_image,
    routine_toml,
    tree,
    write_file,
)


def test_package_imports_with_its_images_in_a_folder_of_its_own(tmp_path: Path) -> None:
    package = make_zip(
        tmp_path / PKG,
        [
            ("heel.toml", routine_toml("img/heel.svg").encode()),
            ("img/", b""),
            ("img/heel.svg", GOOD_SVG),
            ("img/unused.png", PNG),
            ("__MACOSX/._heel.toml", b"\x00"),
        ],
    )
    folder = tmp_path / "routines"

    result = import_routine(package, folder)

    assert result.status is ImportStatus.IMPORTED, result.problems
    assert (result.routine_id, result.path, result.replaced) == (
        "heel",
        folder / "heel.toml",
        False,
    )
    assert (
        result.routine is not None
        and result.routine.exercises[0].image == "heel.images/img/heel.svg"
    )
    assert (folder / "heel.images/img/heel.svg").read_bytes() == GOOD_SVG
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) == [
        "heel.images",
        "heel.images/img",
        "heel.images/img/heel.svg",
        "heel.toml",
    ]
    assert load_folder(folder, Origin.USER).entries[0].routine == result.routine


def test_html_in_text_fields_is_kept_as_literal_text(tmp_path: Path) -> None:
    title = '<b>Calf</b> & "friends" <script>alert(1)</script>'
    summary = "<img src=x onerror=alert(1)> &lt;not an entity&gt;"
    instructions = "<a href='javascript:alert(1)'>click</a>\n<!-- a comment -->"
    text = (
        "format = 1\n"
        f"title = {msgspec.json.encode(title).decode()}\n"
        f"summary = {msgspec.json.encode(summary).decode()}\n"
        "[[exercises]]\n"
        'name = "<i>Heel</i> drops"\n'
        f"instructions = {msgspec.json.encode(instructions).decode()}\n"
        "reps = 12\n"
    )
    package = make_zip(tmp_path / PKG, [("heel.toml", text.encode())])

    result = import_routine(package, tmp_path / "routines")

    assert result.status is ImportStatus.IMPORTED, result.problems
    saved = read_routine_file(tmp_path / "routines" / "heel.toml")
    assert (saved.title, saved.summary) == (title, summary)
    assert saved.exercises[0].name == "<i>Heel</i> drops"
    assert saved.exercises[0].instructions == instructions


def test_an_existing_routine_is_a_conflict_and_is_not_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    mine = folder / "heel.toml"
    mine.write_text(routine_toml("calf-stretch.svg").replace("Heel drops", "Mine"))
    before = mine.read_bytes()
    package = make_zip(
        tmp_path / PKG, [("heel.toml", routine_toml().encode()), ("heel.svg", GOOD_SVG)]
    )

    asked = import_routine(package, folder)

    assert asked.status is ImportStatus.CONFLICT
    assert (asked.routine_id, asked.path, asked.suggested_id) == ("heel", mine, "heel-2")
    assert asked.routine is not None and asked.routine.title == "Heel drops"
    assert mine.read_bytes() == before
    assert sorted(os.listdir(folder)) == ["heel.toml"]

    renamed = import_routine(package, folder, on_conflict="rename")
    assert (renamed.status, renamed.routine_id) == (ImportStatus.IMPORTED, "heel-2")
    assert mine.read_bytes() == before
    assert (folder / "heel-2.images/heel.svg").read_bytes() == GOOD_SVG

    replaced = import_routine(package, folder, on_conflict="replace")
    assert (replaced.status, replaced.routine_id, replaced.replaced) == (
        ImportStatus.IMPORTED,
        "heel",
        True,
    )
    assert read_routine_file(mine).title == "Heel drops"
    assert sorted(os.listdir(folder)) == [
        "heel-2.images",
        "heel-2.toml",
        "heel.images",
        "heel.toml",
    ]


def test_replacing_swaps_the_images_of_the_old_routine(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    old = make_zip(
        tmp_path / "old.zip", [("heel.toml", routine_toml("a.svg").encode()), ("a.svg", GOOD_SVG)]
    )
    new = make_zip(
        tmp_path / "new.zip", [("heel.toml", routine_toml("b.png").encode()), ("b.png", PNG)]
    )
    assert import_routine(old, folder).status is ImportStatus.IMPORTED
    assert import_routine(new, folder, on_conflict="replace").replaced
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) == [
        "heel.images",
        "heel.images/b.png",
        "heel.toml",
    ]


def test_a_built_in_id_is_imported_under_a_free_one(tmp_path: Path) -> None:
    package = make_zip(
        tmp_path / PKG, [("calf-raises.toml", routine_toml("calf-raises.svg").encode())]
    )
    result = import_routine(package, tmp_path / "routines")
    assert (result.status, result.routine_id) == (ImportStatus.IMPORTED, "calf-raises-2")
    assert [str(w) for w in result.warnings] == [
        f'{package}/calf-raises.toml: saved as "calf-raises-2", since a built-in routine has '
        "that id"
    ]
    # a built-in illustration is used as it is, not packed
    assert result.routine is not None and result.routine.exercises[0].image == "calf-raises.svg"


def test_a_missing_image_is_a_warning_not_a_refusal(tmp_path: Path) -> None:
    package = make_zip(
        tmp_path / PKG, [("Heel Drops (v2).toml", routine_toml("gone.svg").encode())]
    )
    result = import_routine(package, tmp_path / "routines")
    assert (result.status, result.routine_id) == (ImportStatus.IMPORTED, "heel-drops-v2")
    assert [str(w) for w in result.warnings] == [
        f'{package}/Heel Drops (v2).toml: exercises[0].image: "gone.svg" is neither included '
        "nor a built-in illustration; the exercise will show no illustration"
    ]


def test_plain_file_imports_with_the_images_beside_it(tmp_path: Path) -> None:
    source = tmp_path / "mail"
    (source / "pics").mkdir(parents=True)
    (source / "pics/heel.svg").write_bytes(GOOD_SVG)
    path = source / "heel.toml"
    path.write_text(routine_toml("pics/heel.svg"))

    result = import_routine(path, tmp_path / "routines")

    assert result.status is ImportStatus.IMPORTED, result.problems
    assert (tmp_path / "routines/heel.images/pics/heel.svg").read_bytes() == GOOD_SVG


def test_plain_file_with_a_link_out_of_its_folder_gets_no_image(tmp_path: Path) -> None:
    secret = tmp_path / "secret.svg"
    secret.write_bytes(GOOD_SVG)
    source = tmp_path / "mail"
    source.mkdir()
    os.symlink(secret, source / "heel.svg")
    path = source / "heel.toml"
    path.write_text(routine_toml("heel.svg"))

    result = import_routine(path, tmp_path / "routines")

    assert result.status is ImportStatus.IMPORTED
    assert [w.field for w in result.warnings] == ["exercises[0].image"]
    assert not (tmp_path / "routines/heel.images").exists()


@pytest.mark.parametrize(
    ("code", "failing", "reason"),
    [
        (errno.ENOSPC, "heel.toml", "no space left on the disk"),
        (errno.ENOSPC, "heel.svg", "no space left on the disk"),
        (errno.EROFS, "heel.toml", "the folder is read-only"),
        (errno.EACCES, "heel.svg", "permission denied"),
        (errno.ENAMETOOLONG, "heel.svg", "the name is too long for the file system"),
    ],
)
def test_a_write_that_fails_is_a_refusal_naming_the_file_and_leaves_the_old_routine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, failing: str, reason: str
) -> None:
    folder = tmp_path / "routines"
    assert import_routine(package_with_image(tmp_path), folder).status is ImportStatus.IMPORTED
    before = tree(folder)
    real = savefile.write_atomically
    failed: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        if path.name == failing:
            failed.append(path)
            raise OSError(code, os.strerror(code), str(path))
        real(path, data)

    monkeypatch.setattr("ankle_coach.core.sharing.importing.write_atomically", write)
    newer = package_with_image(tmp_path, GOOD_SVG.replace(b"40", b"44"))
    result = import_routine(newer, folder, on_conflict="replace")

    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f"{failed[0]}: could not be written: {reason}; nothing was imported"
    ]
    assert tree(folder) == before  # the old routine and its image, nothing half-written


def test_a_folder_that_cannot_be_made_is_a_refusal(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the routines folder should be")
    result = import_routine(package_with_image(tmp_path), blocker / "routines")
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f"{blocker / 'routines'}: could not be written: not a directory; nothing was imported"
    ]
    assert blocker.read_text() == "a file where the routines folder should be"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            "konnte nicht geschrieben werden: kein Platz mehr auf dem Datenträger; nichts wurde "
            "importiert",
        ),
        ("es", "no se ha podido escribir: no queda espacio en el disco; no se ha importado nada"),
    ],
)
def test_a_write_that_fails_is_said_in_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: Language, said: str
) -> None:
    failed: list[Path] = []

    def full(path: Path, data: bytes) -> None:
        failed.append(path)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr("ankle_coach.core.sharing.importing.write_atomically", full)
    folder = tmp_path / "routines"
    with i18n.using(language):
        result = import_routine(package_with_image(tmp_path), folder)
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [f"{failed[0]}: {said}"]


def test_a_built_in_id_is_said_in_spanish(tmp_path: Path) -> None:
    path = write_file(tmp_path / "calf-raises.toml", routine_toml("fersen.svg"))
    (tmp_path / "fersen.svg").write_bytes(GOOD_SVG)
    with i18n.using("es"):
        result = import_routine(path, tmp_path / "routines")
    assert result.status is ImportStatus.IMPORTED
    assert [str(p) for p in result.warnings] == [
        f"{path}: guardada como «{result.routine_id}», porque una rutina incluida ya tiene ese "
        "identificador"
    ]
