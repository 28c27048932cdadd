"""The library: one bad file never hides the others, and unsafe files are refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ankle_coach.core.library import (
    Origin,
    load_files,
    load_folder,
    load_library,
    read_routine_file,
    resolve,
)
from ankle_coach.core.paths import Paths, builtin_routines_dir
from ankle_coach.core.routine import MAX_FILE_BYTES, RoutineError

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
        "is not a regular file",
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
    assert [p.field for p in caught.value.problems] == ["exercises", "title"]
