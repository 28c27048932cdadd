"""Writing routine files, naming them, and sharing them: round trips and hostile imports."""

from __future__ import annotations

import errno
import math
import os
import stat
import struct
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ankle_coach.core import savefile
from ankle_coach.core.library import LibraryEntry, Origin, load_folder, read_routine_file
from ankle_coach.core.routine import (
    MAX_FILE_BYTES,
    Exercise,
    Routine,
    RoutineError,
    parse_routine,
    routine_from_mapping,
)
from ankle_coach.core.routine_io import (
    MAX_IMAGE_BYTES,
    MAX_PACKAGE_BYTES,
    PACKAGE_SUFFIX,
    ImportStatus,
    export_routine,
    file_name_for,
    image_problem,
    import_routine,
    package_name_for,
    routine_to_toml,
    save_routine,
    slug,
)
from tests.support.pictures import HOSTILE_SVGS, jpeg_header, png

# -- generated routines ---------------------------------------------------------------------------

# Any character a UTF-8 file can hold: line breaks, CR LF, tabs, quotes, controls, HTML, emoji.
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


# -- file names -----------------------------------------------------------------------------------


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


# -- saving ---------------------------------------------------------------------------------------

ROUTINE = Routine(
    format=1, title="Calf work, week 1", exercises=(Exercise(name="Calf", hold_seconds=30.0),)
)


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


# -- building hostile files -----------------------------------------------------------------------

GOOD_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">'
    b'<defs><linearGradient id="g"/></defs><rect width="40" height="30" fill="url(#g)"/></svg>'
)
PNG = png(2, 2)


def routine_toml(image: str = "heel.svg", **header: str) -> str:
    lines = ["format = 1", 'title = "Heel drops"']
    lines += [f"{key} = {value}" for key, value in header.items()]
    lines += ["[[exercises]]", 'name = "Heel drops"', f'image = "{image}"', "reps = 12"]
    return "\n".join(lines) + "\n"


Entries = Sequence[tuple[str | zipfile.ZipInfo, bytes]]


def make_zip(path: Path, entries: Entries) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def symlink_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def patch_headers(path: Path, name: str, local: int, central: int, fmt: str, value: int) -> Path:
    """Overwrite a field of `name`'s local and central zip headers (at those offsets)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, field_at, name_at in ((b"PK\x03\x04", local, 30), (b"PK\x01\x02", central, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                struct.pack_into(fmt, data, start + field_at, value)
            start += 4
    path.write_bytes(bytes(data))
    return path


def lying_sizes(path: Path, name: str, size: int) -> Path:
    """Make `name`'s headers declare `size` uncompressed bytes."""
    return patch_headers(path, name, 22, 24, "<I", size)


PKG = "heel.ankle.zip"
HOSTILE: list[tuple[str, Entries | None, list[str]]] = [
    (
        "over-size routine file",
        [("heel.toml", (routine_toml() + "#" + "x" * MAX_FILE_BYTES).encode())],
        ["{pkg}: heel.toml: is more than 1 MiB; a routine file may be at most 1 MiB"],
    ),
    (
        "image path leaving the folder",
        [("heel.toml", routine_toml("../secret.svg").encode())],
        [
            '{pkg}/heel.toml: exercises[0].image: "../secret.svg" leaves the routine\'s folder; '
            "give a built-in illustration name or a path inside the folder of the routine file"
        ],
    ),
    (
        "entry going up with ..",
        [("heel.toml", routine_toml().encode()), ("../heel.svg", GOOD_SVG)],
        [
            '{pkg}: ../heel.svg: goes up a folder with ".."; a routine package holds only paths '
            "inside it"
        ],
    ),
    (
        "entry going up inside a path",
        [("heel.toml", routine_toml().encode()), ("img/../../heel.svg", GOOD_SVG)],
        [
            '{pkg}: img/../../heel.svg: goes up a folder with ".."; a routine package holds '
            "only paths inside it"
        ],
    ),
    (
        "absolute entry",
        [("heel.toml", routine_toml().encode()), ("/tmp/heel.svg", GOOD_SVG)],
        ["{pkg}: /tmp/heel.svg: is an absolute path; a routine package holds only paths inside it"],
    ),
    (
        "drive letter entry",
        [("heel.toml", routine_toml().encode()), ("C:/heel.svg", GOOD_SVG)],
        ["{pkg}: C:/heel.svg: is an absolute path; a routine package holds only paths inside it"],
    ),
    (
        "backslash entry",
        [("heel.toml", routine_toml().encode()), ("..\\heel.svg", GOOD_SVG)],
        [
            "{pkg}: ..\\heel.svg: has a backslash in its name; a routine package uses / between "
            "folders"
        ],
    ),
    (
        "symlink entry",
        [("heel.toml", routine_toml().encode()), (symlink_entry("heel.svg"), b"/etc/passwd")],
        ["{pkg}: heel.svg: is a symbolic link; a routine package holds only plain files"],
    ),
    (
        "the same entry twice",
        [("heel.toml", routine_toml().encode()), ("heel.svg", GOOD_SVG), ("HEEL.svg", GOOD_SVG)],
        ["{pkg}: HEEL.svg: appears twice in the package"],
    ),
    (
        "zip bomb: the package unpacks to more than 10 MiB",
        [("heel.toml", routine_toml().encode()), ("heel.svg", b" " * (MAX_PACKAGE_BYTES + 1))],
        ["{pkg}: would unpack to more than 10 MiB; a routine package may unpack to at most 10 MiB"],
    ),
    (
        "zip bomb: one image larger than 2 MiB",
        [("heel.toml", routine_toml().encode()), ("heel.svg", b" " * (3 * 1024 * 1024))],
        ["{pkg}: heel.svg: is 3 MiB; an image may be at most 2 MiB"],
    ),
    (
        "too many entries",
        [("heel.toml", routine_toml().encode())] + [(f"{n}.png", PNG) for n in range(50)],
        ["{pkg}: holds 51 entries; a routine package may hold at most 50"],
    ),
    (
        "an executable",
        [("heel.toml", routine_toml().encode()), ("run.sh", b"rm -rf ~")],
        [
            "{pkg}: run.sh: is neither the routine file nor an image (.svg, .png, .jpg); a "
            "routine package holds only those"
        ],
    ),
    (
        "two routine files",
        [("heel.toml", routine_toml().encode()), ("toe.toml", routine_toml().encode())],
        ["{pkg}: holds 2 routine files (heel.toml, toe.toml); a package holds one"],
    ),
    (
        "no routine file",
        [("heel.svg", GOOD_SVG)],
        ["{pkg}: holds no routine file (.toml) at its top level"],
    ),
    (
        "SVG with a script",
        [
            ("heel.toml", routine_toml().encode()),
            ("heel.svg", GOOD_SVG.replace(b"</svg>", b"<script>alert(1)</script></svg>")),
        ],
        [
            '{pkg}/heel.toml: exercises[0].image: "heel.svg" contains a <script> element, which '
            "an illustration may not"
        ],
    ),
    (
        "PNG that is not one",
        [("heel.toml", routine_toml("heel.png").encode()), ("heel.png", GOOD_SVG)],
        ['{pkg}/heel.toml: exercises[0].image: "heel.png" is not a PNG image inside'],
    ),
    (
        "not a zip at all",
        None,
        ["{pkg}: is not a routine package: the zip file is damaged (File is not a zip file)"],
    ),
]


@pytest.mark.parametrize(
    ("entries", "messages"),
    [pytest.param(entries, messages, id=name) for name, entries, messages in HOSTILE],
)
def test_hostile_package_is_refused_and_nothing_is_written(
    tmp_path: Path, entries: Entries | None, messages: list[str]
) -> None:
    package = tmp_path / PKG
    if entries is None:
        package.write_bytes(b"#!/bin/sh\necho not a zip\n")
    else:
        make_zip(package, entries)
    folder = tmp_path / "routines"

    result = import_routine(package, folder)

    assert result.status is ImportStatus.REFUSED
    assert [str(problem) for problem in result.problems] == [
        message.format(pkg=package) for message in messages
    ]
    assert not folder.exists()


def test_a_zip_lying_about_its_sizes_is_refused_once_read(tmp_path: Path) -> None:
    """The headers say 100 bytes; 3 MiB come out. Nothing beyond the declared size is kept."""
    package = make_zip(
        tmp_path / PKG, [("heel.toml", routine_toml().encode()), ("heel.svg", b" " * 3_000_000)]
    )
    lying_sizes(package, "heel.svg", 100)

    result = import_routine(package, tmp_path / "routines")

    assert [str(problem) for problem in result.problems] == [
        f"{package}: is not a routine package: the zip file is damaged "
        "(Bad CRC-32 for file 'heel.svg')"
    ]
    assert not (tmp_path / "routines").exists()


def test_an_encrypted_entry_is_refused(tmp_path: Path) -> None:
    package = make_zip(
        tmp_path / PKG, [("heel.toml", routine_toml().encode()), ("heel.svg", GOOD_SVG)]
    )
    patch_headers(package, "heel.svg", 6, 8, "<H", 0x1)
    result = import_routine(package, tmp_path / "routines")
    assert [str(problem) for problem in result.problems] == [
        f"{package}: heel.svg: is encrypted; a routine package cannot be password-protected"
    ]


def test_a_zip_with_damaged_compressed_data_is_refused(tmp_path: Path) -> None:
    package = make_zip(
        tmp_path / PKG, [("heel.toml", routine_toml().encode()), ("heel.svg", GOOD_SVG * 20)]
    )
    data = bytearray(package.read_bytes())
    start = data.index(b"heel.svg", data.index(b"PK\x03\x04", 10)) + len("heel.svg")
    data[start + 5 : start + 25] = b"\xff" * 20
    package.write_bytes(bytes(data))

    result = import_routine(package, tmp_path / "routines")

    assert result.status is ImportStatus.REFUSED
    assert [problem.message.split(" (")[0] for problem in result.problems] == [
        "is not a routine package: the zip file is damaged"
    ]
    assert not (tmp_path / "routines").exists()


def test_a_small_zip_declaring_a_gigabyte_is_refused_before_reading(tmp_path: Path) -> None:
    package = make_zip(
        tmp_path / PKG, [("heel.toml", routine_toml().encode()), ("heel.svg", b" " * 12_000_000)]
    )
    assert package.stat().st_size < 100_000
    lying_sizes(package, "heel.svg", 2**30)

    result = import_routine(package, tmp_path / "routines")

    assert [str(problem) for problem in result.problems] == [
        f"{package}: would unpack to 1024 MiB; a routine package may unpack to at most 10 MiB"
    ]


def test_a_package_file_over_10_mib_is_not_even_opened(tmp_path: Path) -> None:
    package = tmp_path / PKG
    with package.open("wb") as handle:
        handle.truncate(MAX_PACKAGE_BYTES + 1)
    result = import_routine(package, tmp_path / "routines")
    assert [str(problem) for problem in result.problems] == [
        f"{package}: is more than 10 MiB; a routine package may be at most 10 MiB"
    ]


@pytest.mark.parametrize(
    ("svg", "message"),
    [
        (b"<svg><script>alert(1)</script></svg>", "contains a <script> element"),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><s:script xmlns:s="http://www.w3.org/2000/svg"/></svg>',
            "contains a <script> element",
        ),
        (b'<svg onload="alert(1)"/>', "has an event handler (onload)"),
        (
            b'<svg xmlns:x="http://www.w3.org/1999/xlink"><image x:href="https://x.example/t.png"/></svg>',
            'refers to "https://x.example/t.png" outside it',
        ),
        (b'<svg><use href="/etc/passwd#a"/></svg>', 'refers to "/etc/passwd#a" outside it'),
        (b'<svg><a href="javascript:alert(1)"/></svg>', 'refers to "javascript:alert(1)" outside'),
        (
            b'<svg><rect style="fill:url(http://x.example/a)"/></svg>',
            'refers to "http://x.example/a"',
        ),
        (b"<svg><style>@import 'http://x.example/a.css';</style></svg>", "imports a style sheet"),
        (b"<svg><foreignObject><p>hi</p></foreignObject></svg>", "contains a <foreignObject>"),
        (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<svg>&b;</svg>",
            "declares a DOCTYPE or entities",
        ),
        (b'<?xml-stylesheet href="http://x.example/s.css"?><svg/>', "refers to a style sheet"),
        (b"<html><script/></html>", "is not an SVG image (it starts with <html>, not <svg>)"),
        (b"<svg>", "is not a valid SVG image (no element found: line 1, column 5)"),
        (b"\xff\xfe<svg/>", "is not an SVG image: it is not UTF-8 text"),
    ],
)
def test_unsafe_svg_is_refused(svg: bytes, message: str) -> None:
    problem = image_problem("heel.svg", svg)
    assert problem is not None and problem.startswith(message)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("heel.svg", GOOD_SVG),
        (
            "heel.SVG",
            b'<svg xmlns="http://www.w3.org/2000/svg">'
            b'<image href="data:image/png;base64,AAAA"/></svg>',
        ),
        ("heel.png", PNG),
        ("heel.jpg", jpeg_header(40, 30)),
        ("heel.jpeg", jpeg_header(40, 30)),
    ],
)
def test_safe_images_pass(name: str, data: bytes) -> None:
    assert image_problem(name, data) is None


def test_image_problem_refuses_other_kinds_and_sizes() -> None:
    assert image_problem("heel.gif", b"GIF89a") == "is not an .svg, .png or .jpg image"
    assert image_problem("heel.png", PNG + b"\x00" * MAX_IMAGE_BYTES) == (
        "is more than 2 MiB; an image may be at most 2 MiB"
    )


# -- importing what is fine -----------------------------------------------------------------------


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


# -- importing a plain routine file ---------------------------------------------------------------


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
    ("name", "content", "messages"),
    [
        (
            "heel.toml",
            b'format = 1\ntitle = "x"\n#' + b"x" * MAX_FILE_BYTES,
            ["{path}: the file is 1.0 MiB; a routine file may be at most 1 MiB"],
        ),
        (
            "heel.toml",
            routine_toml("../secret.svg").encode(),
            [
                '{path}: exercises[0].image: "../secret.svg" leaves the routine\'s folder; give a '
                "built-in illustration name or a path inside the folder of the routine file"
            ],
        ),
        (
            "heel.toml",
            routine_toml("/etc/passwd").encode(),
            [
                '{path}: exercises[0].image: "/etc/passwd" leaves the routine\'s folder; give a '
                "built-in illustration name or a path inside the folder of the routine file"
            ],
        ),
        (
            "heel.toml",
            routine_toml("evil.svg").encode(),
            [
                '{path}: exercises[0].image: "evil.svg" has an event handler (onload), which an '
                "illustration may not"
            ],
        ),
        (
            "heel.txt",
            b"",
            ["{path}: is neither a routine package (.ankle.zip) nor a routine file (.toml)"],
        ),
    ],
)
def test_hostile_plain_file_is_refused(
    tmp_path: Path, name: str, content: bytes, messages: list[str]
) -> None:
    (tmp_path / "evil.svg").write_bytes(b'<svg onload="alert(1)"/>')
    path = tmp_path / name
    path.write_bytes(content)
    result = import_routine(path, tmp_path / "routines")
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [m.format(path=path) for m in messages]
    assert not (tmp_path / "routines").exists()


# -- exporting ------------------------------------------------------------------------------------


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
    routine = read_routine_file(_write(folder / "heel.toml", routine_toml(image)))
    out = tmp_path / "heel.ankle.zip"
    with pytest.raises(RoutineError) as caught:
        export_routine(routine, folder, out)
    assert [str(p) for p in caught.value.problems] == [
        f"{out}/heel-drops.toml: exercises[0].image: {message}"
    ]
    assert not out.exists()


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


# -- pictures are untrusted (issue 12) -------------------------------------------------------------


def _tree(folder: Path) -> dict[str, bytes | None]:
    """Every path under `folder` with its bytes (None for a folder): what a test compares."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): (None if path.is_dir() else path.read_bytes())
        for path in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("name", list(HOSTILE_SVGS))
def test_a_package_with_a_hostile_svg_is_refused(tmp_path: Path, name: str) -> None:
    data, message = HOSTILE_SVGS[name]
    package = make_zip(tmp_path / PKG, [("heel.toml", routine_toml().encode()), ("heel.svg", data)])
    result = import_routine(package, tmp_path / "routines")
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f'{package}/heel.toml: exercises[0].image: "heel.svg" {message}'
    ]
    assert not (tmp_path / "routines").exists()


def test_a_png_bomb_in_a_package_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    bomb = png(1, 1, declared=(100_000, 100_000))
    package = make_zip(
        tmp_path / PKG, [("heel.toml", routine_toml("heel.png").encode()), ("heel.png", bomb)]
    )
    result = import_routine(package, tmp_path / "routines")
    assert [str(p) for p in result.problems] == [
        f'{package}/heel.toml: exercises[0].image: "heel.png" is 100,000 x 100,000 pixels; an '
        "image may have at most 12 million pixels (4000 x 3000)"
    ]
    assert not (tmp_path / "routines").exists()


@pytest.mark.parametrize(
    ("first", "second"),
    [("./pic.svg", "pic.svg"), ("pic.svg", "./pic.svg"), ("img/./pic.svg", "img/pic.svg")],
)
def test_two_entries_naming_one_file_are_refused(tmp_path: Path, first: str, second: str) -> None:
    text = routine_toml(first) + '[[exercises]]\nname = "Toe"\nreps = 5\nimage = "' + second + '"\n'
    other = GOOD_SVG.replace(b"40", b"41")
    package = make_zip(
        tmp_path / PKG, [("heel.toml", text.encode()), (first, GOOD_SVG), (second, other)]
    )
    result = import_routine(package, tmp_path / "routines")
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f'{package}: {second}: names the same file as "{first}"; a routine package holds each '
        "file once"
    ]
    assert not (tmp_path / "routines").exists()


def _loop(folder: Path) -> None:
    (folder / "heel.svg").symlink_to("heel.svg")


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "heel.svg")


def _folder(folder: Path) -> None:
    (folder / "heel.svg").mkdir()


ODD_FILES = [
    pytest.param(_loop, "is a symbolic link that leads back to itself", id="symlink loop"),
    pytest.param(_fifo, "is a FIFO (named pipe), not an image file", id="FIFO"),
    pytest.param(_folder, "is a folder, not an image file", id="folder"),
]


@pytest.mark.parametrize(("make", "message"), ODD_FILES)
def test_an_odd_file_beside_a_routine_is_refused_on_import(
    tmp_path: Path, make: Any, message: str
) -> None:
    source = tmp_path / "mail"
    source.mkdir()
    make(source)
    path = _write(source / "heel.toml", routine_toml("heel.svg"))
    before = sorted(os.listdir(source))
    result = import_routine(path, tmp_path / "routines")
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f'{path}: exercises[0].image: "heel.svg" {message}'
    ]
    assert not (tmp_path / "routines").exists()
    assert sorted(os.listdir(source)) == before


@pytest.mark.parametrize(("make", "message"), ODD_FILES)
def test_an_odd_file_beside_a_routine_is_refused_on_export(
    tmp_path: Path, make: Any, message: str
) -> None:
    folder = tmp_path / "physio"
    folder.mkdir()
    make(folder)
    routine = read_routine_file(_write(folder / "heel.toml", routine_toml("heel.svg")))
    out = tmp_path / "heel.ankle.zip"
    with pytest.raises(RoutineError) as caught:
        export_routine(routine, folder, out)
    assert [str(p) for p in caught.value.problems] == [
        f'{out}/heel-drops.toml: exercises[0].image: "heel.svg" {message}'
    ]
    assert not out.exists()


def test_an_image_name_too_long_to_write_is_refused(tmp_path: Path) -> None:
    name = "a" * 241 + ".svg"
    package = make_zip(
        tmp_path / PKG, [("heel.toml", routine_toml(name).encode()), (name, GOOD_SVG)]
    )
    result = import_routine(package, tmp_path / "routines")
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f'{package}/heel.toml: exercises[0].image: "{"a" * 97}..." has a file name of 245 bytes; '
        "an image's may have at most 200"
    ]
    assert not (tmp_path / "routines").exists()


def _package_with_image(tmp_path: Path, content: bytes = GOOD_SVG) -> Path:
    return make_zip(
        tmp_path / PKG,
        [("heel.toml", routine_toml("img/heel.svg").encode()), ("img/heel.svg", content)],
    )


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
    assert import_routine(_package_with_image(tmp_path), folder).status is ImportStatus.IMPORTED
    before = _tree(folder)
    real = savefile.write_atomically
    failed: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        if path.name == failing:
            failed.append(path)
            raise OSError(code, os.strerror(code), str(path))
        real(path, data)

    monkeypatch.setattr("ankle_coach.core.routine_io.write_atomically", write)
    newer = _package_with_image(tmp_path, GOOD_SVG.replace(b"40", b"44"))
    result = import_routine(newer, folder, on_conflict="replace")

    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f"{failed[0]}: could not be written: {reason}; nothing was imported"
    ]
    assert _tree(folder) == before  # the old routine and its image, nothing half-written


def test_a_folder_that_cannot_be_made_is_a_refusal(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the routines folder should be")
    result = import_routine(_package_with_image(tmp_path), blocker / "routines")
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f"{blocker / 'routines'}: could not be written: not a directory; nothing was imported"
    ]
    assert blocker.read_text() == "a file where the routines folder should be"
