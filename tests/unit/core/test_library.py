"""The library: one bad file never hides the others, and unsafe files are refused."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ankle_coach.core.library import (
    MISSING_PICTURE,
    Origin,
    load_files,
    load_folder,
    load_library,
    read_routine_file,
    resolve,
)
from ankle_coach.core.paths import Paths, builtin_routines_dir
from ankle_coach.core.routine import MAX_FILE_BYTES, RoutineError
from ankle_coach.core.sharing.exporting import export_routine

GOOD = 'format = 1\ntitle = "{title}"\n[[exercises]]\nname = "Calf"\nhold_seconds = 30\n'
BUILT_IN = {
    "after-run-recovery",
    "ankle-circles",
    "calf-raises",
    "foot-massage",
    "pre-run-warm-up",
    "standing-calf-stretch",
    "warm-up-ankle-rolls",
}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_file_is_listed_and_the_others_still_load(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", GOOD.format(title="A"))
    write(tmp_path, "b.toml", "format = 1\ntitle = [\n")
    write(tmp_path, "c.toml", GOOD.format(title="C"))
    write(tmp_path, "notes.txt", "not a routine")

    library = load_folder(tmp_path, Origin.USER)

    assert [entry.id for entry in library.entries] == ["a", "c"]
    assert [entry.routine.title for entry in library.entries] == ["A", "C"]
    (problem,) = library.problems
    assert problem.path == str(tmp_path / "b.toml")
    assert "not valid TOML" in problem.message


def test_missing_user_folder_is_an_empty_library(tmp_path: Path) -> None:
    library = load_folder(tmp_path / "nowhere", Origin.USER)
    assert (library.entries, library.problems) == ([], [])


def test_oversized_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(RoutineError, match="may be at most 1 MiB"):
        read_routine_file(path)


def test_symlink_leaving_the_folder_is_refused(tmp_path: Path) -> None:
    outside = write(tmp_path / "elsewhere", "secret.toml", GOOD.format(title="Secret"))
    folder = tmp_path / "routines"
    folder.mkdir()
    os.symlink(outside, folder / "link.toml")
    os.symlink(write(folder / "sub", "inner.toml", GOOD.format(title="In")), folder / "in.toml")

    library = load_folder(folder, Origin.USER)

    assert [entry.id for entry in library.entries] == ["in"]
    (problem,) = library.problems
    assert problem.path == str(folder / "link.toml")
    assert "outside" in problem.message and "not loaded" in problem.message


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(GOOD.format(title="Caf\xe9").encode("latin-1"))
    library = load_files([path])
    assert library.entries == []
    assert "not UTF-8" in library.problems[0].message


def test_unreadable_and_missing_files_are_problems_not_crashes(tmp_path: Path) -> None:
    library = load_files([tmp_path / "gone.toml", tmp_path])
    assert [p.message for p in library.problems] == [
        "no such file",
        "is a folder, not a routine file",
    ]


def test_builtin_routines_are_found(tmp_path: Path) -> None:
    library = load_library(Paths.under(tmp_path))
    assert {entry.id for entry in library.entries} == BUILT_IN
    assert library.problems == []
    assert all(entry.origin is Origin.BUILT_IN for entry in library.entries)
    assert builtin_routines_dir().is_dir()


def test_user_routines_join_the_library(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    write(paths.user_routines, "my-stretch.toml", GOOD.format(title="Mine"))
    write(paths.user_routines, "broken.toml", "format = 9\n")
    library = load_library(paths)
    mine = library.get("my-stretch")
    assert mine is not None and mine.origin is Origin.USER
    assert [p.path for p in library.problems] == [str(paths.user_routines / "broken.toml")]


def test_user_routine_with_a_builtin_id_is_reported_not_hidden(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    write(paths.user_routines, "calf-raises.toml", GOOD.format(title="My raises"))
    library = load_library(paths)
    entry = library.get("calf-raises")
    assert entry is not None and entry.origin is Origin.BUILT_IN
    (problem,) = library.problems
    assert 'the routine id "calf-raises" is already used' in problem.message


def test_resolve_by_id_and_by_path(tmp_path: Path) -> None:
    assert resolve("calf-raises", Paths.under(tmp_path)).routine.title == "Calf raises"
    path = write(tmp_path / "from-physio", "week-1.toml", GOOD.format(title="Week 1"))
    entry = resolve(str(path), Paths.under(tmp_path))
    assert (entry.id, entry.origin, entry.folder) == ("week-1", Origin.FILE, path.parent)


def test_resolve_unknown_id_names_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match="no routine has this id") as caught:
        resolve("no-such-routine", Paths.under(tmp_path))
    assert "calf-raises" in str(caught.value)


def test_resolve_id_of_a_broken_user_file_gives_its_problems(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    write(paths.user_routines, "mine.toml", "format = 1\ntitle = 3\n")
    with pytest.raises(RoutineError) as caught:
        resolve("mine", paths)
    assert [p.field for p in caught.value.problems] == ["title", "exercises"]  # file order


# -- odd files: links in loops, pipes, folders, devices, unreadable files ------------------------


def _loop_of_two(folder: Path) -> None:
    (folder / "x.toml").symlink_to("y.toml")
    (folder / "y.toml").symlink_to("x.toml")


LOOP = "is a link in a loop of links that never reaches a file"

ODD_FILES = [
    pytest.param(
        lambda folder: (folder / "x.toml").symlink_to("x.toml"),
        [("x.toml", "is a link that points back to itself")],
        id="link-to-itself",
    ),
    pytest.param(_loop_of_two, [("x.toml", LOOP), ("y.toml", LOOP)], id="loop-of-two"),
    pytest.param(
        lambda folder: (folder / "x.toml").symlink_to("gone.toml"),
        [("x.toml", "is a link to gone.toml, which does not exist")],
        id="link-to-nothing",
    ),
    pytest.param(
        lambda folder: os.mkfifo(folder / "x.toml"),
        [("x.toml", "is not a regular file (a named pipe); it was not read")],
        id="fifo",
    ),
    pytest.param(
        lambda folder: (folder / "x.toml").mkdir(),
        [("x.toml", "is a folder, not a routine file")],
        id="folder",
    ),
    pytest.param(
        lambda folder: (folder / "x.toml").symlink_to("/dev/zero"),
        [("x.toml", "is a link to /dev/zero, outside {folder}; not loaded")],
        id="link-to-dev-zero",
    ),
]


@pytest.mark.parametrize(("make", "expected"), ODD_FILES)
def test_an_odd_file_in_my_routines_is_a_file_with_problems(
    tmp_path: Path, make: Any, expected: list[tuple[str, str]]
) -> None:
    paths = Paths.under(tmp_path)
    write(paths.user_routines, "good.toml", GOOD.format(title="Good"))
    make(paths.user_routines)
    before = sorted(os.lstat(p).st_ino for p in paths.user_routines.iterdir())

    library = load_library(paths)

    assert [(p.path, p.field, p.message) for p in library.problems] == [
        (str(paths.user_routines / name), "", message.format(folder=paths.user_routines))
        for name, message in expected
    ]
    assert {entry.id for entry in library.entries} == BUILT_IN | {"good"}  # nothing else lost
    assert sorted(os.lstat(p).st_ino for p in paths.user_routines.iterdir()) == before


def test_a_file_that_cannot_be_read_is_a_file_with_problems() -> None:
    # Root reads any file: the load runs as nobody, so the kernel refuses for real.
    with tempfile.TemporaryDirectory(prefix="ankle-coach-library-") as temporary:
        os.chmod(temporary, 0o755)
        paths = Paths.under(Path(temporary))
        write(paths.user_routines, "good.toml", GOOD.format(title="Good"))
        secret = write(paths.user_routines, "x.toml", GOOD.format(title="Secret"))
        for folder in (paths.data, paths.user_routines):
            os.chmod(folder, 0o755)
        os.chmod(paths.user_routines / "good.toml", 0o644)
        os.chmod(secret, 0o000)
        with _as_nobody():
            library = load_library(paths)
        assert [str(p) for p in library.problems] == [
            f"{secret}: cannot be read: permission denied"
        ]
        assert {entry.id for entry in library.entries} == BUILT_IN | {"good"}


def test_an_odd_file_given_by_path_is_one_problem(tmp_path: Path) -> None:
    zero = tmp_path / "zero.toml"
    zero.symlink_to("/dev/zero")
    (tmp_path / "x.toml").symlink_to("x.toml")
    os.mkfifo(tmp_path / "pipe.toml")
    for path, message in [
        (zero, "is not a regular file (a device); it was not read"),
        (tmp_path / "x.toml", "is a link that points back to itself"),
        (tmp_path / "pipe.toml", "is not a regular file (a named pipe); it was not read"),
    ]:
        with pytest.raises(RoutineError) as caught:
            resolve(str(path), Paths.under(tmp_path))
        assert [str(p) for p in caught.value.problems] == [f"{path}: {message}"]


@contextlib.contextmanager
def _as_nobody() -> Iterator[None]:
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3">{}</svg>'
RECT = '<rect width="1" height="1"/>'
#: Each picture built here, and what `validate` and the routine page say of it ("" for nothing).
PICTURES: dict[str, tuple[str | bytes | None, str]] = {
    "good.svg": (SVG.format(RECT), ""),
    "calf-raises.svg": (None, ""),  # not in the folder, but a built-in illustration
    "malformed.svg": (
        SVG.format("<rect"),  # never closed
        "is not a valid SVG image (not well-formed (invalid token): line 1, column 63)",
    ),
    "crowded.svg": (
        SVG.format(RECT * 1001),
        "draws more than 1000 elements (each <use> counted as what it repeats); an "
        "illustration may draw at most 1000",
    ),
    "entities.svg": (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG.format("<text>&a;</text>"),
        "declares a DOCTYPE or entities, which an illustration may not",
    ),
    "nope.svg": (None, MISSING_PICTURE),
    "svg-inside.png": (SVG.format(RECT), "is not a PNG image inside"),
    "folder.svg": (b"", "is a folder, not an image file"),  # b"": made a folder below
}


def routine_naming(names: list[str]) -> str:
    exercises = "".join(
        f'[[exercises]]\nname = "E{n}"\nimage = "{name}"\nhold_seconds = 10\n'
        for n, name in enumerate(names)
    )
    return f'format = 1\ntitle = "Pictures"\n{exercises}'


def test_each_picture_that_cannot_be_shown_is_a_problem_line_and_the_routine_still_loads(
    tmp_path: Path,
) -> None:
    for name, (content, _) in PICTURES.items():
        if content == b"":
            (tmp_path / name).mkdir()
        elif isinstance(content, str):
            (tmp_path / name).write_text(content, encoding="utf-8")
    names = [*PICTURES, "crowded.svg"]  # a second exercise naming the same bad picture
    path = write(tmp_path, "pictures.toml", routine_naming(names))

    library = load_files([path])

    assert library.problems == []  # loaded: a bad picture is no refusal
    (entry,) = library.entries
    assert [e.image for e in entry.routine.exercises] == names  # nothing dropped or moved
    assert [str(p) for p in entry.picture_problems] == [
        f'{path}: exercises[{n}].image: "{name}" {PICTURES[name][1]}'
        for n, name in enumerate(names)
        if PICTURES[name][1]
    ]

    # Export refuses the same pictures, in the same words (naming each once; and a missing one
    # must be fixed before sharing).
    with pytest.raises(RoutineError) as refused:
        export_routine(entry, None, tmp_path / "out.ankle.zip")
    export_said = [
        (
            p.field,
            p.message.replace(
                "fix it before sharing the routine", "the exercise shows no illustration"
            ),
        )
        for p in refused.value.problems
    ]
    last = f"exercises[{len(names) - 1}].image"  # crowded.svg again: Export names it once
    assert export_said == [(p.field, p.message) for p in entry.picture_problems if p.field != last]
    assert not (tmp_path / "out.ankle.zip").exists()


def test_a_routine_whose_pictures_are_all_fine_has_no_picture_problems(tmp_path: Path) -> None:
    (tmp_path / "good.svg").write_text(SVG.format(RECT), encoding="utf-8")
    path = write(tmp_path, "fine.toml", routine_naming(["good.svg", "calf-raises.svg"]))
    (entry,) = load_files([path]).entries
    assert entry.picture_problems == ()
    assert all(
        entry.picture_problems == () for entry in load_library(Paths.under(tmp_path)).entries
    )


def test_builtin_tags_are_shown_in_the_language_in_use_and_others_as_written() -> None:
    from ankle_coach.core import i18n
    from ankle_coach.core.library import TAG_WORDS, tag_words

    assert tag_words("after-run") == "after-run"
    with i18n.using("de"):
        assert tag_words("after-run") == "nach dem Laufen"
        assert tag_words("week-1") == "week-1"  # a user's own tag is its own word
    with i18n.using("es"):
        assert [tag_words(tag) for tag in ("pre-run", "standing")] == ["antes de correr", "de pie"]
    builtin = load_library(Paths.under(Path("/nonexistent-home"))).entries
    used = {tag for entry in builtin for tag in entry.original.tags}
    assert used <= set(TAG_WORDS)  # every built-in tag has its words
