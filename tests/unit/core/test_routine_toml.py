"""Writing routine files and naming them: any valid routine loads back equal; saves are atomic."""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ankle_coach.core.library import Origin, read_routine_file
from ankle_coach.core.routine import (
    Exercise,
    Routine,
    RoutineError,
    parse_routine,
    routine_from_mapping,
)
from ankle_coach.core.routine_toml import (
    file_name_for,
    routine_to_toml,
    save_routine,
    slug,
    unsaved_entry,
)
from tests.unit.core.sharing.package_files import (
    ROUTINE,
)

_CHARACTERS = st.characters(exclude_categories=["Cs"])


_TRICKY = st.sampled_from(['"""', "'''", "\\", "\r\n", "\r", "\n", "\t", "<b>", "&amp;", "\x00"])


def _text(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    pieces = st.lists(st.one_of(st.text(_CHARACTERS, max_size=8), _TRICKY), max_size=max_size)
    joined = pieces.map("".join).map(lambda text: text[:max_size])
    return joined.filter(lambda text: len(text) >= min_size)


def _nonblank(max_size: int) -> st.SearchStrategy[str]:
    return _text(1, max_size).filter(lambda text: bool(text.strip()))


def _cue() -> st.SearchStrategy[str]:
    """One line, as a custom cue must be: no line breaks, tabs or other controls."""
    one_line = st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"])
    tricky = st.sampled_from(['"""', "'''", "\\", "<b>", "&amp;", "\u00a0"])
    pieces = st.lists(st.one_of(st.text(one_line, max_size=8), tricky), min_size=1, max_size=20)
    return pieces.map(lambda parts: "".join(parts)[:100]).filter(lambda text: bool(text.strip()))


def _seconds(low: float, high: float) -> st.SearchStrategy[float | int]:
    return st.one_of(
        st.integers(math.ceil(low), math.floor(high)),
        st.floats(low, high, allow_nan=False, width=64),
    )


_IMAGE_PART = st.from_regex(r"[A-Za-z0-9_.-]{1,20}", fullmatch=True).filter(lambda p: p != "..")


_IMAGE = st.lists(_IMAGE_PART, min_size=1, max_size=4).map("/".join)


_WORK = st.one_of(
    st.fixed_dictionaries({"hold_seconds": _seconds(1, 600)}),
    st.fixed_dictionaries(
        {"reps": st.integers(1, 200)}, optional={"rep_seconds": _seconds(0.5, 30)}
    ),
    st.fixed_dictionaries({"duration_seconds": _seconds(1, 3600)}),
    st.just({"manual": True}),
)


_EXERCISE = st.tuples(
    st.fixed_dictionaries(
        {"name": _nonblank(80)},
        optional={
            "instructions": _text(0, 2000),
            "cue": _cue(),
            "image": _IMAGE,
            "sides": st.sampled_from(
                [[], ["left"], ["right"], ["left", "right"], ["right", "left"]]
            ),
            "directions": st.lists(_nonblank(40), max_size=4, unique=True),
            "sets": st.integers(1, 20),
            "rest_seconds": _seconds(0, 600),
            "switch_seconds": _seconds(0, 120),
        },
    ),
    _WORK,
).map(lambda parts: {**parts[0], **parts[1]})


_ROUTINE = st.fixed_dictionaries(
    {
        "format": st.just(1),
        "title": _nonblank(120),
        "exercises": st.lists(_EXERCISE, min_size=1, max_size=5),
    },
    optional={
        "summary": _text(0, 1000),
        "lead_in_seconds": _seconds(0, 120),
        "rest_between_exercises_seconds": _seconds(0, 600),
        "tags": st.lists(_nonblank(40), max_size=20),
    },
)


def _valid(raw: Mapping[str, Any]) -> Routine:
    """The Routine msgspec makes of `raw`, when it keeps every rule of the format."""
    routine = msgspec.convert(raw, Routine)
    try:
        checked = routine_from_mapping(raw, "generated.toml")
    except RoutineError:
        assume(False)  # over 4 hours, in the main
    assert checked == routine
    return routine


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ROUTINE)
def test_any_valid_routine_loads_back_equal_from_its_toml(raw: dict[str, Any]) -> None:
    routine = _valid(raw)
    text = routine_to_toml(routine)
    assert parse_routine(text.encode("utf-8"), "saved.toml") == routine


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ROUTINE)
def test_any_valid_routine_saved_to_a_folder_loads_back_equal(raw: dict[str, Any]) -> None:
    routine = _valid(raw)
    with tempfile.TemporaryDirectory() as folder:
        path = save_routine(routine, Path(folder))
        assert read_routine_file(path) == routine
        assert sorted(os.listdir(folder)) == [path.name]


def test_the_file_leaves_defaults_out_and_reads_in_the_documented_order() -> None:
    routine = Routine(
        format=1,
        title="Calf work",
        summary="<b>Stop</b> if it hurts.",
        rest_between_exercises_seconds=20.0,
        tags=("after-run",),
        exercises=(
            Exercise(
                name="Standing calf stretch",
                image="calf-stretch.svg",
                sides=("left", "right"),
                sets=3,
                hold_seconds=30.0,
                rest_seconds=10.0,
            ),
            Exercise(name="Calf raises", cue="Slow on the way down.", reps=12, rep_seconds=2.5),
            Exercise(name="Ice", instructions="Wrap it.\nNever on bare skin.", manual=True),
        ),
    )
    assert routine_to_toml(routine) == (
        "format = 1\n"
        'title = "Calf work"\n'
        'summary = "<b>Stop</b> if it hurts."\n'
        "rest_between_exercises_seconds = 20\n"
        'tags = ["after-run"]\n'
        "\n[[exercises]]\n"
        'name = "Standing calf stretch"\n'
        'image = "calf-stretch.svg"\n'
        'sides = ["left", "right"]\n'
        "sets = 3\n"
        "hold_seconds = 30\n"
        "rest_seconds = 10\n"
        "\n[[exercises]]\n"
        'name = "Calf raises"\n'
        'cue = "Slow on the way down."\n'
        "reps = 12\n"
        "rep_seconds = 2.5\n"
        "\n[[exercises]]\n"
        'name = "Ice"\n'
        'instructions = """\nWrap it.\nNever on bare skin."""\n'
        "manual = true\n"
    )


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Calf work, week 1", "calf-work-week-1.toml"),
        ("  Calf   WORK!!  ", "calf-work.toml"),
        ("Übungen für die Fußgelenke", "ubungen-fur-die-fussgelenke.toml"),
        ("Разминка", "routine.toml"),
        ("!!!", "routine.toml"),
        ("con", "con-routine.toml"),
        ("../../etc/passwd", "etc-passwd.toml"),
        ("C:\\Windows\\system32", "c-windows-system32.toml"),
        ("a " * 80, "a-" * 29 + "a.toml"),
        ("x" * 100, "x" * 60 + ".toml"),
        ("Calf raises", "calf-raises-2.toml"),  # a built-in id: the file would not load
    ],
)
def test_file_name_for_a_title(tmp_path: Path, title: str, name: str) -> None:
    path = file_name_for(title, tmp_path)
    assert path == tmp_path / name
    assert path.name.isascii()


def test_file_name_for_a_title_already_taken_gets_a_number(tmp_path: Path) -> None:
    (tmp_path / "calf-work.toml").write_text("")
    (tmp_path / "calf-work-2.toml").write_text("")
    (tmp_path / "calf-work-3.images").mkdir()
    assert file_name_for("Calf work", tmp_path) == tmp_path / "calf-work-4.toml"
    assert file_name_for("Calf work", tmp_path / "missing") == tmp_path / "missing/calf-work.toml"


def test_slug_is_safe_for_any_text() -> None:
    @given(st.text())
    def check(text: str) -> None:
        name = slug(text)
        assert name and name.isascii() and len(name) <= 60
        assert set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
        assert not name.startswith("-") and not name.endswith("-")

    check()


def test_save_writes_a_new_file_named_after_the_title_and_leaves_no_temporary_files(
    tmp_path: Path,
) -> None:
    first = save_routine(ROUTINE, tmp_path / "routines")
    second = save_routine(ROUTINE, tmp_path / "routines")
    assert (first.name, second.name) == ("calf-work-week-1.toml", "calf-work-week-1-2.toml")
    assert sorted(os.listdir(tmp_path / "routines")) == sorted([first.name, second.name])
    assert read_routine_file(first) == ROUTINE


def test_save_over_the_file_being_edited(tmp_path: Path) -> None:
    path = save_routine(ROUTINE, tmp_path)
    changed = msgspec.structs.replace(ROUTINE, summary="Now with a summary.")
    assert save_routine(changed, tmp_path, overwrite=path) == path
    assert read_routine_file(path) == changed
    assert os.listdir(tmp_path) == [path.name]


def test_a_failing_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_routine(ROUTINE, tmp_path)
    before = path.read_bytes()

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        save_routine(msgspec.structs.replace(ROUTINE, title="Other"), tmp_path, overwrite=path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [path.name]


def test_a_routine_breaking_a_rule_is_not_saved(tmp_path: Path) -> None:
    broken = msgspec.structs.replace(ROUTINE, exercises=(Exercise(name="No time given"),))
    with pytest.raises(RoutineError) as caught:
        save_routine(broken, tmp_path)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{tmp_path / 'calf-work-week-1.toml'}: exercises[0]: says neither how long nor how "
        "many; give exactly one of hold_seconds, reps, duration_seconds or manual = true"
    ]
    assert os.listdir(tmp_path) == []


def test_a_routine_tried_unsaved_is_named_after_its_title(tmp_path: Path) -> None:
    routine = parse_routine(
        b'format = 1\ntitle = "Calf work, week 1"\n[[exercises]]\nname = "a"\nreps = 3\n', "r"
    )
    entry = unsaved_entry(routine, tmp_path)
    assert (entry.id, entry.path, entry.origin) == (
        "calf-work-week-1",
        tmp_path / "calf-work-week-1.toml",
        Origin.UNSAVED,
    )
    assert entry.folder == tmp_path and entry.routine is routine
