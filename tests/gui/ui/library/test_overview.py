"""ui/library/overview.py: the chosen routine before Start (its facts and one card per
exercise, in the words core/words.py gives), Start, and the page of a file that did not load."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.decoding import Problem
from ankle_coach.core.guidance import DISCLAIMER, EXPECTATION
from ankle_coach.core.library import LibraryEntry, Origin, read_routine_file
from ankle_coach.core.plan import total_seconds
from ankle_coach.core.words import clock_text, prescription_text
from ankle_coach.ui.library.overview import ExerciseCard, OverviewPage, ProblemPage


def routine_entry(folder: Path, exercises: int, *, summary: str = "") -> LibraryEntry:
    """A routine of `exercises` exercises built here: holds and reps, one with a cue."""
    lines = ["format = 1", 'title = "Week <b>1</b>"', 'tags = ["calf", "after-run"]']
    if summary:
        lines.append(f'summary = "{summary}"')
    for index in range(exercises):
        lines += ["[[exercises]]", f'name = "Move {index + 1}"', 'instructions = "Slowly."']
        if index % 2:
            lines += ["sets = 2", "reps = 10", "rep_seconds = 3.0", "rest_seconds = 20"]
        else:
            lines += ['cue = "Heels down."', "sets = 1", "hold_seconds = 30"]
    path = folder / "week-1.toml"
    path.write_text("\n".join(lines) + "\n")
    return LibraryEntry("week-1", path, Origin.USER, read_routine_file(path))


def texts(widget: QWidget, name: str) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, name)]


def cards(page: OverviewPage) -> list[ExerciseCard]:
    found = []
    for index in range(page.cards.count()):
        item = page.cards.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, ExerciseCard):
            found.append(widget)
    return found


def test_the_page_shows_the_routines_facts_and_a_card_for_each_exercise(
    qtbot: QtBot, tmp_path: Path
) -> None:
    entry = routine_entry(tmp_path, 3, summary="Stretch, then strengthen.")
    page = OverviewPage()
    qtbot.addWidget(page)
    page.show_entry(entry)
    routine = entry.routine
    assert page.entry is entry
    assert page.title.text() == "Week <b>1</b>"  # plain text: the markup is shown, not obeyed
    assert page.facts.text() == "  \u00b7  ".join(
        [f"{clock_text(total_seconds(routine))} in all", "3 exercises", "calf", "after-run"]
    )
    assert page.summary.text() == "Stretch, then strengthen." and not page.summary.isHidden()
    shown = cards(page)
    assert len(shown) == 3
    assert [texts(card, "exerciseName") for card in shown] == [
        ["1. Move 1"],
        ["2. Move 2"],
        ["3. Move 3"],
    ]
    assert [texts(card, "prescription") for card in shown] == [
        [prescription_text(exercise)] for exercise in routine.exercises
    ]
    said = [card.findChild(QLabel, "cue") for card in shown]
    assert [label.text() if label else None for label in said] == [
        "\u201cHeels down.\u201d",
        "",
        "\u201cHeels down.\u201d",
    ]
    assert [label.isHidden() if label else None for label in said] == [False, True, False]
    assert page.expectation.text() == EXPECTATION and page.disclaimer.text() == DISCLAIMER


def test_another_routine_replaces_the_cards_and_one_exercise_is_singular(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    page.show_entry(routine_entry(tmp_path / "a", 4))
    page.show_entry(routine_entry(tmp_path / "b", 1))
    qtbot.waitUntil(lambda: len(page.findChildren(ExerciseCard)) == 1)  # the old ones deleted
    assert len(cards(page)) == 1
    assert "1 exercise  \u00b7" in page.facts.text() and "exercises" not in page.facts.text()
    assert page.summary.isHidden()  # no summary, no empty gap


def test_the_cards_are_let_go_while_another_page_is_shown_and_come_back_where_they_were(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A session or the history shown in the overview's place does not keep its cards, their
    pictures and labels (issue 16: 0.8 MiB of a session); back, the page is as it was."""
    pages = QStackedWidget()
    qtbot.addWidget(pages)
    page, other = OverviewPage(), QWidget()
    pages.addWidget(page)
    pages.addWidget(other)
    pages.resize(500, 260)
    entry = routine_entry(tmp_path, 5)
    page.show_entry(entry)
    pages.show()
    qtbot.waitExposed(pages)
    bar = page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    before = [texts(card, "exerciseName") for card in cards(page)]

    pages.setCurrentWidget(other)  # a session starts
    assert cards(page) == []
    qtbot.waitUntil(lambda: not page.findChildren(ExerciseCard))  # deleted, not just hidden
    pages.showMinimized()  # the window minimised: nothing is let go or made again
    pages.showNormal()

    pages.setCurrentWidget(page)  # and ends
    assert [texts(card, "exerciseName") for card in cards(page)] == before
    assert page.entry is entry
    qtbot.waitUntil(lambda: bar.value() == scrolled)  # once the cards are laid out again


def test_the_width_start_is_placed_by_is_the_viewports(qtbot: QtBot, tmp_path: Path) -> None:
    """Measured without asking Qt for its viewport (a plain QWidget made in C++, which PySide
    would build a class for every widget class to name; issue 16), with or without the scroll
    bar."""
    page = OverviewPage()
    qtbot.addWidget(page)
    page.show_entry(routine_entry(tmp_path, 4))
    page.show()
    qtbot.waitExposed(page)
    for width, height in ((520, 2400), (520, 220), (300, 160), (1100, 400)):
        page.resize(width, height)
        qtbot.waitUntil(lambda: page.viewport().width() == page._page_width())
    page.resize(300, 160)
    qtbot.waitUntil(lambda: page.verticalScrollBar().isVisible())
    assert page._page_width() == page.viewport().width() < page.contentsRect().width()


def test_start_asks_for_the_entry_shown(qtbot: QtBot, tmp_path: Path) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    entry = routine_entry(tmp_path, 2)
    page.show_entry(entry)
    with qtbot.waitSignal(page.startRequested, timeout=1000) as started:
        page.start.click()
    assert started.args == [entry]


def test_start_before_any_routine_asks_for_nothing(qtbot: QtBot) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    with qtbot.assertNotEmitted(page.startRequested):
        page.start.click()


@pytest.mark.parametrize(
    ("problems", "details"),
    [
        (
            [Problem("/r/x.toml", "exercises[0].sets", "must be at least 1, not 0")],
            "\u2022 exercises[0].sets: must be at least 1, not 0",
        ),
        (
            [
                Problem("/r/x.toml", "", "is not valid TOML (line 3)"),
                Problem("/r/x.toml", "title", "must not be blank"),
            ],
            "\u2022 is not valid TOML (line 3)\n\u2022 title: must not be blank",
        ),
    ],
)
def test_a_file_that_did_not_load_shows_where_it_is_and_every_problem(
    qtbot: QtBot, problems: list[Problem], details: str
) -> None:
    page = ProblemPage()
    qtbot.addWidget(page)
    page.show_problems("/r/x.toml", problems)
    assert page.title.text() == "This routine file could not be loaded"
    assert page.path.text() == "/r/x.toml"
    assert page.details.text() == details


def test_a_card_whose_picture_cannot_be_shown_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "bad.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><rect')
    lines = ["format = 1", 'title = "Pictures"']
    for number, image in enumerate(["calf-raises.svg", "bad.svg", "nope.svg"], start=1):
        lines += ["[[exercises]]", f'name = "Move {number}"', f'image = "{image}"']
        lines += ["hold_seconds = 30"]
    path = tmp_path / "pictures.toml"
    path.write_text("\n".join(lines) + "\n")
    entry = LibraryEntry("pictures", path, Origin.USER, read_routine_file(path))
    page = OverviewPage()
    qtbot.addWidget(page)
    page.show_entry(entry)
    page.show()
    labels = [card.findChild(QLabel, "pictureProblem") for card in cards(page)]
    assert [(label.text(), label.isVisible()) if label else None for label in labels] == [
        ("No illustration: ", False),
        (f"No illustration: {entry.picture_problems[0].message}", True),
        (f"No illustration: {entry.picture_problems[1].message}", True),
    ]
    assert [p.field for p in entry.picture_problems] == ["exercises[1].image", "exercises[2].image"]
    assert entry.picture_problems[0].message.startswith('"bad.svg" is not a valid SVG image (')
    assert entry.picture_problems[1].message.startswith('"nope.svg" is neither in the routine')


class WindowsShown(QObject):
    """Every widget shown as a window of its own while installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(watched.objectName() or type(watched).__name__)
        return False


def test_no_line_of_a_card_is_ever_a_window_of_its_own(qtbot: QtBot, tmp_path: Path) -> None:
    # a line shown before it was in its card flashed up as a window and took the focus away
    lines = ["format = 1", 'title = "Lines"', "[[exercises]]", 'name = "Move"']
    lines += ['image = "nope.svg"', 'cue = "Slowly now"', "hold_seconds = 30"]
    path = tmp_path / "lines.toml"
    path.write_text("\n".join(lines) + "\n")
    entry = LibraryEntry("lines", path, Origin.USER, read_routine_file(path))
    page = OverviewPage()
    qtbot.addWidget(page)
    page.show()
    app = QApplication.instance()
    assert app is not None
    watcher = WindowsShown()
    app.installEventFilter(watcher)
    try:
        page.show_entry(entry)
        qtbot.wait(50)
    finally:
        app.removeEventFilter(watcher)
    assert watcher.shown == []
    (card,) = cards(page)
    shown = [label.objectName() for label in card.findChildren(QLabel) if label.isVisible()]
    assert "pictureProblem" in shown and "cue" in shown
