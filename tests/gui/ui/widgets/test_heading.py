"""FittedHeading: a heading wraps between words only; a word too wide makes its type smaller
(down to its floor) instead of being cut, and only a word too long for any heading is broken.
Checked on generated titles at the widths a routine's title gets (1024x600 at 200 % text has
room for about eight letters of it a line), laid out as QLabel lays them out."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.library import load_library
from ankle_coach.core.paths import Paths
from ankle_coach.core.textfit import BREAK
from ankle_coach.ui.theme import apply_theme
from ankle_coach.ui.widgets.heading import FittedHeading

SCALE, LEAST = 1.8, 1.25
_HOLDERS: list[QWidget] = []


@pytest.fixture(autouse=True)
def drop_holders() -> Iterator[None]:
    yield
    _HOLDERS.clear()


@pytest.fixture
def base_font(qapp: QApplication) -> Iterator[QFont]:
    palette, font = qapp.palette(), QFont(qapp.font())
    yield font
    qapp.setPalette(palette)
    qapp.setFont(font)


def generated_titles() -> list[str]:
    """The built-in routines' titles and exercise names, and titles made of words of every
    length a title has (1 to 16 letters), some joined with hyphens."""
    library = load_library(Paths.under(Path("/nonexistent")))
    titles = {entry.routine.title for entry in library.entries}
    titles |= {e.name for entry in library.entries for e in entry.routine.exercises}
    titles |= {"Calf raises", "Ankle circles", "Strengthening", "Proprioception drills"}
    chosen = random.Random(14)
    letters = "abcdefghijklmnopqrstuvwxyzéåø"
    for count, longest in itertools.product((1, 2, 3, 5), (4, 9, 13, 16)):
        words = [
            "".join(chosen.choice(letters) for _ in range(chosen.randint(1, longest)))
            for _ in range(count)
        ]
        words[0] = words[0].capitalize()
        titles.add(" ".join(words))
        titles.add("-".join(words[:2]) + (" " + " ".join(words[2:]) if count > 2 else ""))
    return sorted(titles)


def shown_heading(qtbot: QtBot, text: str, width: int) -> FittedHeading:
    """The heading alone in a window `width` wide (kept alive with the test's widgets)."""
    holder = QWidget()
    _HOLDERS.append(holder)
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = FittedHeading(SCALE, LEAST, name="title")
    heading.setText(text)
    layout.addWidget(heading)
    layout.addStretch(1)
    holder.resize(width, 400)
    holder.show()
    qtbot.waitExposed(holder)
    return heading


def line_starts(heading: FittedHeading) -> list[int]:
    """Where each line of the shown text starts, wrapped as QLabel wraps (word wrap)."""
    layout = QTextLayout(heading.text(), heading.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    starts = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(heading.room())
        starts.append(line.textStart())
    layout.endLayout()
    return starts


@pytest.mark.parametrize("text_size", [1.0, 2.0])
@pytest.mark.parametrize("width", [180, 240, 320, 480])
def test_titles_wrap_between_words_only(
    qtbot: QtBot, base_font: QFont, text_size: float, width: int
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", text_size, base_font)
    full = base_font.pointSizeF() * text_size * SCALE
    floor = base_font.pointSizeF() * text_size * LEAST
    for title in generated_titles():
        heading = shown_heading(qtbot, title, width)
        room = heading.room()
        size = heading.font().pointSizeF()
        metrics = QFontMetrics(heading.font())
        widest = max(metrics.horizontalAdvance(word) for word in title.split())
        assert floor - 0.01 <= size <= full + 0.01, (title, width, size)
        if widest > room:  # only a word too wide even at the floor may be broken
            assert size == pytest.approx(floor), (title, width, size)
            continue
        assert heading.text() == title and BREAK not in heading.text(), (title, width)
        starts = line_starts(heading)
        # a line starts after a space, or after a hyphen as in any text
        assert all(start == 0 or title[start - 1] in " -" for start in starts), (title, starts)
        full_metrics = QFontMetrics(_sized(heading.font(), full))
        if all(full_metrics.horizontalAdvance(w) <= room for w in title.split()):
            assert size == pytest.approx(full), (title, width, "shrunk without need")
        heading.window().close()
        _HOLDERS.clear()


def test_normal_titles_are_never_cut_at_1024x600_and_200_percent(
    qtbot: QtBot, base_font: QFont
) -> None:
    """The room the title has there (about 170 px beside Start) holds every real title's
    longest word at some size between the floor and the full size: none is cut."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 2.0, base_font)
    for title in ("Calf raises", "After-run recovery", "Standing calf stretch"):
        heading = shown_heading(qtbot, title, 170)
        assert heading.text() == title, heading.text()


def test_a_word_too_long_for_any_heading_is_broken_and_does_not_widen_the_window(
    qtbot: QtBot, base_font: QFont
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 2.0, base_font)
    heading = shown_heading(qtbot, "Calf" + "x" * 60, 240)
    assert heading.font().pointSizeF() == pytest.approx(base_font.pointSizeF() * 2.0 * LEAST)
    assert BREAK in heading.text()
    assert heading.full_text() == "Calf" + "x" * 60
    assert heading.minimumSizeHint().width() <= 60


def test_the_size_comes_back_when_there_is_room_and_after_restore_defaults(
    qtbot: QtBot, base_font: QFont
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 2.0, base_font)
    heading = shown_heading(qtbot, "Strengthening", 200)
    assert heading.font().pointSizeF() < base_font.pointSizeF() * 2.0 * SCALE
    heading.window().resize(900, 400)
    qtbot.waitUntil(
        lambda: heading.font().pointSizeF() == pytest.approx(base_font.pointSizeF() * 2 * SCALE)
    )
    heading.window().resize(200, 400)
    apply_theme(app, "light", 1.0, base_font)  # Restore defaults
    qtbot.waitUntil(
        lambda: heading.font().pointSizeF() == pytest.approx(base_font.pointSizeF() * SCALE)
    )
    assert heading.font().bold()


def _sized(font: QFont, points: float) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(points)
    return sized
