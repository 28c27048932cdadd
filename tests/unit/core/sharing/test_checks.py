"""What a routine package or an imported file may hold: every hostile input, the exact reasons a
user sees, and nothing written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
from ankle_coach.core.images import MAX_IMAGE_BYTES, image_problem
from ankle_coach.core.routine import (
    MAX_FILE_BYTES,
)
from ankle_coach.core.sharing.checks import MAX_PACKAGE_BYTES
from ankle_coach.core.sharing.importing import ImportStatus, import_routine
from tests.support.pictures import HOSTILE_SVGS, jpeg_header, png
from tests.unit.core.sharing.package_files import (
    GOOD_SVG,
    ODD_FILES,
    PKG,
    PNG,
    Entries,
    lying_sizes,
    make_zip,
    patch_headers,
    routine_toml,
    symlink_entry,
    write_file,
)

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


@pytest.mark.parametrize(("make", "message"), ODD_FILES)
def test_an_odd_file_beside_a_routine_is_refused_on_import(
    tmp_path: Path, make: Any, message: str
) -> None:
    source = tmp_path / "mail"
    source.mkdir()
    make(source)
    path = write_file(source / "heel.toml", routine_toml("heel.svg"))
    before = sorted(os.listdir(source))
    result = import_routine(path, tmp_path / "routines")
    assert result.status is ImportStatus.REFUSED
    assert [str(p) for p in result.problems] == [
        f'{path}: exercises[0].image: "heel.svg" {message}'
    ]
    assert not (tmp_path / "routines").exists()
    assert sorted(os.listdir(source)) == before


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


SPOKEN_REFUSALS: list[tuple[str, Entries, dict[str, list[str]]]] = [
    (
        "entry going up with ..",
        [("heel.toml", routine_toml().encode()), ("../heel.svg", GOOD_SVG)],
        {
            "de": [
                "{pkg}: ../heel.svg: geht mit „..“ einen Ordner nach oben; ein Programmpaket "
                "enthält nur Pfade innerhalb des Pakets"
            ],
            "es": [
                "{pkg}: ../heel.svg: sube de carpeta con «..»; un paquete de rutina solo contiene "
                "rutas dentro de él"
            ],
        },
    ),
    (
        "no routine file",
        [("heel.svg", GOOD_SVG)],
        {
            "de": ["{pkg}: enthält auf oberster Ebene keine Programmdatei (.toml)"],
            "es": ["{pkg}: no contiene ningún archivo de rutina (.toml) en el nivel superior"],
        },
    ),
    (
        "a PNG that is not one",
        [("heel.toml", routine_toml("heel.png").encode()), ("heel.png", b"GIF89a")],
        {
            "de": ["{pkg}/heel.toml: exercises[0].image: „heel.png“ ist innen kein PNG-Bild"],
            "es": [
                "{pkg}/heel.toml: exercises[0].image: «heel.png» por dentro no es una imagen PNG"
            ],
        },
    ),
    (
        "over-size image",
        [("heel.toml", routine_toml("heel.png").encode()), ("heel.png", b"x" * 3_000_000)],
        {
            "de": ["{pkg}: heel.png: ist 2,9 MiB groß; ein Bild darf höchstens 2 MiB groß sein"],
            "es": ["{pkg}: heel.png: ocupa 2,9 MiB; una imagen puede ocupar como máximo 2 MiB"],
        },
    ),
]


@pytest.mark.parametrize("language", ["de", "es"])
@pytest.mark.parametrize(
    ("entries", "messages"),
    [pytest.param(entries, messages, id=case) for case, entries, messages in SPOKEN_REFUSALS],
)
def test_a_refusal_is_said_in_the_users_language(
    tmp_path: Path, language: Language, entries: Entries, messages: dict[str, list[str]]
) -> None:
    package = make_zip(tmp_path / PKG, entries)
    folder = tmp_path / "routines"
    with i18n.using(language):
        result = import_routine(package, folder)
    assert result.status is ImportStatus.REFUSED
    assert [str(problem) for problem in result.problems] == [
        message.format(pkg=package) for message in messages[language]
    ]
    assert not folder.exists()
