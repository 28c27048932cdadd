"""Finding and checking pictures: every hostile picture, built here, gets the exact message."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.images import (
    MAX_IMAGE_BYTES,
    SVG_LIMITS,
    ImageError,
    css_problem,
    find_image,
    illustrations_dir,
    image_problem,
    raster_size,
    read_image,
)
from tests.support.pictures import (
    HOSTILE_SVGS,
    blurred_circles,
    circles,
    fifo_svg,
    folder_svg,
    jpeg_header,
    loop_svg,
    nested_use,
    png,
    sized_svg,
    svg,
    worst_accepted_svg,
)


@pytest.mark.parametrize("name", list(HOSTILE_SVGS))
def test_hostile_svg_gets_its_message(name: str) -> None:
    data, message = HOSTILE_SVGS[name]
    assert image_problem("picture.svg", data) == message


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a few circles", circles(50)),
        ("nested use 10 x 10", nested_use(2, 10)),
        ("four blurred circles", blurred_circles(4, blur=50)),
        ("circles up to the limit", circles(SVG_LIMITS.elements - 2)),
        ("the worst accepted", worst_accepted_svg()),
        ("width and height in units", sized_svg(width="10cm", height="7.5cm")),
        ("width in percent", sized_svg(width="100%", viewBox="0 0 4 3")),
        ("an internal link", svg('<a href="#b"><animate attributeName="href" to="#c"/></a>')),
        ("an embedded PNG", svg('<image href="data:image/png;base64,AAAA"/>')),
        ("an escaped internal url()", svg('<rect style="fill: u\\72l(#g)"/>')),
    ],
)
def test_pictures_within_the_limits_pass(name: str, data: bytes) -> None:
    assert image_problem("picture.svg", data) is None


def test_every_builtin_illustration_passes() -> None:
    pictures = sorted(illustrations_dir().glob("*.svg"))
    assert pictures
    for path in pictures:
        assert image_problem(path.name, path.read_bytes()) is None, path


def test_one_element_more_than_the_limit_is_refused() -> None:
    assert image_problem("picture.svg", circles(SVG_LIMITS.elements - 1)) is None
    assert image_problem("picture.svg", circles(SVG_LIMITS.elements)) == (
        "draws more than 1000 elements (each <use> counted as what it repeats); an illustration "
        "may draw at most 1000"
    )


@pytest.mark.parametrize(
    ("css", "message"),
    [
        ("fill: u\\72l(http://x.example/)", 'refers to "http://x.example/" outside it'),
        ("fill: \\75\\72\\6c(http://x.example/)", 'refers to "http://x.example/" outside it'),
        ("fill: url/**/(http://x.example/)", 'refers to "http://x.example/" outside it'),
        ('fill: url("data:image/svg+xml,<svg/>")', 'refers to "data:image/svg+xml,<svg/>"'),
        ("fill: URL( 'file:///etc/passwd' )", 'refers to "file:///etc/passwd" outside it'),
        ("@IMPORT 'a.css'", "imports a style sheet"),
        ("@\\000069mport 'a.css'", "imports a style sheet"),
        ("background: image-set('a.png' 1x)", "uses image-set()"),
        ("background: cross-fade(url(#a), url(#b))", "uses cross-fade()"),
        ("background: element(#a)", "uses element()"),
    ],
)
def test_css_references_out_are_found_through_escapes_and_comments(css: str, message: str) -> None:
    problem = css_problem(css)
    assert problem is not None and problem.startswith(message)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "bomb.png",
            png(1, 1, declared=(100_000, 100_000)),
            "is 100,000 x 100,000 pixels; an image may have at most 12 million pixels "
            "(4000 x 3000)",
        ),
        (
            "wide.jpg",
            jpeg_header(60_000, 400),
            "is 60,000 x 400 pixels; an image may have at most 12 million pixels (4000 x 3000)",
        ),
        (
            "empty.png",
            png(1, 1, declared=(0, 10)),
            "is 0 x 10 pixels; an image needs a width and a height above 0",
        ),
        ("cut.png", png(4, 4)[:20], "is damaged: its header gives no size"),
        (
            "frameless.jpg",
            b"\xff\xd8\xff\xe0\x00\x04ab\xff\xda",
            "is damaged: its header gives no size",
        ),
        ("text.png", b"<svg/>", "is not a PNG image inside"),
        ("text.jpg", b"<svg/>", "is not a JPEG image inside"),
        ("a.gif", b"GIF89a", "is not an .svg, .png or .jpg image"),
        (
            "huge.png",
            png(1, 1) + b"\x00" * MAX_IMAGE_BYTES,
            "is more than 2 MiB; an image may be at most 2 MiB",
        ),
    ],
)
def test_raster_pictures_are_measured_before_decoding(name: str, data: bytes, message: str) -> None:
    assert image_problem(name, data) == message


def test_raster_sizes_come_from_the_header() -> None:
    assert raster_size(png(7, 3)) == (7, 3)
    assert raster_size(jpeg_header(4000, 3000)) == (4000, 3000)
    assert image_problem("ok.png", png(7, 3)) is None
    assert image_problem("ok.jpg", jpeg_header(4000, 3000)) is None


# -- odd files where a picture should be ------------------------------------------------------


def _two_link_loop(folder: Path) -> Path:
    (folder / "b.svg").symlink_to("a.svg")
    (folder / "a.svg").symlink_to("b.svg")
    return folder / "a.svg"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (loop_svg, "is a symbolic link that leads back to itself"),
        (_two_link_loop, "is a symbolic link that leads back to itself"),
        (fifo_svg, "is a named pipe, not an image file"),
        (folder_svg, "is a folder, not an image file"),
    ],
)
def test_an_odd_file_is_found_and_then_refused_with_what_it_is(
    tmp_path: Path, make: object, message: str
) -> None:
    assert callable(make)
    odd: Path = make(tmp_path)
    before = sorted(os.listdir(tmp_path))
    found = find_image(odd.name, tmp_path)  # never raises, never hangs on the FIFO
    assert found is not None and found.name == odd.name
    with pytest.raises(ImageError) as raised:
        read_image(found)
    assert raised.value.message == message
    assert sorted(os.listdir(tmp_path)) == before  # nothing moved or removed


def test_a_device_is_refused(tmp_path: Path) -> None:
    device = tmp_path / "zero.svg"
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # /dev/zero
    except PermissionError:
        pytest.skip("making a device needs privileges this test does not have")
    with pytest.raises(ImageError) as raised:
        read_image(device)
    assert raised.value.message == "is a device, not an image file"


def test_a_link_out_of_the_folder_is_not_found_and_a_builtin_is(tmp_path: Path) -> None:
    outside = tmp_path / "outside.svg"
    outside.write_bytes(circles(3))
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "out.svg").symlink_to(outside)
    (folder / "calf-stretch.svg").symlink_to(folder / "calf-stretch.svg")  # a loop hides nothing
    assert find_image("out.svg", folder) is None
    assert find_image("../outside.svg", folder) is None
    assert find_image("calf-stretch.svg", None) == illustrations_dir() / "calf-stretch.svg"
    found = find_image("calf-stretch.svg", folder)
    assert found == folder / "calf-stretch.svg"


def test_read_image_refuses_a_large_file_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.svg"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMAGE_BYTES + 1)
    with pytest.raises(ImageError) as raised:
        read_image(big)
    assert raised.value.message == "is more than 2 MiB; an image may be at most 2 MiB"


SPOKEN_PROBLEMS: list[tuple[str, bytes, str, str]] = [
    (
        "heel.svg",
        svg("<script>alert(1)</script>"),
        "enthält ein <script>-Element; eine Abbildung darf das nicht",
        "contiene un elemento <script>, algo que una ilustración no puede contener",
    ),
    (
        "heel.svg",
        sized_svg(viewBox="0 0 0 10"),
        "hat eine viewBox mit Breite 0 und Höhe 10 („0 0 0 10“); eine Abbildung braucht beide "
        "über 0",
        "tiene un viewBox de ancho 0 y alto 10 («0 0 0 10»); una ilustración necesita ambos "
        "mayores que 0",
    ),
    ("heel.png", b"GIF89a", "ist innen kein PNG-Bild", "por dentro no es una imagen PNG"),
    (
        "heel.png",
        png(1, 1, declared=(100_000, 100_000)),
        "hat 100.000 × 100.000 Pixel; ein Bild darf höchstens 12 Millionen Pixel haben "
        "(4000 × 3000)",
        "mide 100.000 x 100.000 píxeles; una imagen puede tener como máximo 12 millones de "
        "píxeles (4000 x 3000)",
    ),
    (
        "heel.gif",
        b"GIF89a",
        "ist kein Bild im Format .svg, .png oder .jpg",
        "no es una imagen .svg, .png ni .jpg",
    ),
]


@pytest.mark.parametrize(("name", "data", "german", "spanish"), SPOKEN_PROBLEMS)
def test_an_image_problem_is_said_in_the_users_language(
    name: str, data: bytes, german: str, spanish: str
) -> None:
    with i18n.using("de"):
        assert image_problem(name, data) == german
    with i18n.using("es"):
        assert image_problem(name, data) == spanish


def test_a_folder_named_as_an_image_is_said_in_german(tmp_path: Path) -> None:
    with i18n.using("de"), pytest.raises(ImageError) as caught:
        read_image(folder_svg(tmp_path))
    assert caught.value.message == "ist ein Ordner, keine Bilddatei"


@pytest.mark.parametrize(
    ("size", "refused"),
    [
        ('width="1in" height="216pt"', False),  # 90 by 216 pixels to Qt: 1:2.4, not 1:216
        ('width="1in" height="9500pt"', True),  # 90 by 9500: over 100 times as high
        ('width="300mm" height="10px"', True),  # 1063 by 10
        ('width="30mm" height="10px"', False),  # 106 by 10
        ('width="2em" height="300em"', True),  # one unit, whatever a font makes of it
        ('width="2em" height="30px"', False),  # a font's and a pixel's: cannot be compared
    ],
)
def test_the_proportions_are_checked_in_the_units_given(size: str, refused: bool) -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" {size}><rect width="1" height="1"/></svg>'
    problem = image_problem("picture.svg", svg.encode())
    assert (problem is not None and "times as wide as high" in problem) is refused, problem


@pytest.mark.parametrize("declared", ["UTF-8", "utf-8", "utf8", "US-ASCII"])
def test_an_svg_declaring_utf8_or_ascii_is_accepted(declared: str) -> None:
    data = f'<?xml version="1.0" encoding="{declared}"?>'.encode() + svg(
        '<rect width="1" height="1"/>'
    )
    assert image_problem("picture.svg", data) is None
