"""The notice of problems fits the screen with any number of them, at any text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.theme import apply_theme
from ankle_coach.ui.widgets.notice import SCREEN_MARGIN, ProblemsNotice, tell_problems


def problems(count: int) -> list[str]:
    return [
        f"routine.toml, exercises[{number}].hold_seconds: must be a whole number of seconds "
        f"from 1 to 600, not \u201c{number}x\u201d"
        for number in range(count)
    ]


@pytest.mark.parametrize("size", [1.0, 2.0], ids=["100%", "200%"])
@pytest.mark.parametrize("count", [1, 20, 200])
def test_every_problem_is_there_and_ok_is_on_the_screen(
    qtbot: QtBot, window: QWidget, size: float, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the tester's 1024 x 600 screen (the offscreen one is 1920 x 1080: its room is
    replaced by what a 1024 x 600 screen leaves, SCREEN_MARGIN off each side)."""
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    real = screen.availableGeometry().size()
    measured = ProblemsNotice("t", "s", [], window).screen_room()
    assert measured == QSize(real.width() - 2 * SCREEN_MARGIN, real.height() - 2 * SCREEN_MARGIN)
    area = QSize(1024 - 2 * SCREEN_MARGIN, 600 - 2 * SCREEN_MARGIN)
    monkeypatch.setattr(ProblemsNotice, "screen_room", lambda self: area)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, base = app.palette(), QFont(app.font())
    try:
        apply_theme(app, "high-contrast", size, base)
        given = problems(count)
        notice = tell_problems(window, "The routine was not imported", "Not imported.", given)
        qtbot.waitExposed(notice)
        assert notice.width() <= area.width() and notice.height() <= area.height()
        ok = notice.ok_button
        assert ok.isVisible()
        assert notice.rect().contains(ok.geometry().translated(notice.buttons.pos()))
        shown = notice.problems.toPlainText().splitlines()
        assert shown == [f"\u2022 {problem}" for problem in given]  # nothing lost or moved
        assert notice.text() == notice.problems.toPlainText()
        assert notice.problems.isReadOnly()
        assert notice.problems.height() >= notice.problems.fontMetrics().lineSpacing() * 2
        if count >= 200:  # 20 fit once the notice widens to the screen
            assert notice.problems.verticalScrollBar().maximum() > 0  # scrolls, not grows
        notice.accept()
    finally:
        app.setPalette(palette)
        app.setFont(base)


def test_a_short_list_asks_for_no_more_than_it_needs(qtbot: QtBot, window: QWidget) -> None:
    notice = ProblemsNotice("Title", "Summary.", problems(1), window)
    qtbot.addWidget(notice)
    notice.show()
    qtbot.waitExposed(notice)
    assert notice.height() < 400


def test_a_few_long_problems_are_shown_whole_without_scrolling(
    qtbot: QtBot, window: QWidget
) -> None:
    """Three pictures left out of a handout, each reason two or three lines long once wrapped:
    the notice is tall enough for all of them (it had room for three lines, one per problem,
    and cut the third mid-line), on a screen with room for it."""
    reasons = [
        "Heel walk: \u201cheel-walk.png\u201d is neither in the routine's folder nor a built-in "
        "illustration; the exercise shows no illustration",
        "Toe taps: \u201cbroken.svg\u201d is not a valid SVG image (unclosed token: line 1, "
        "column 0)",
        "Towel scrunches: \u201ccorrupt.png\u201d cannot be decoded: unable to read image data "
        "(the file may be damaged; export it again from the program that made it)",
    ]
    notice = ProblemsNotice("Pictures left out of the handout", "Without 3 pictures:", reasons)
    qtbot.addWidget(notice)
    notice.show()
    qtbot.waitExposed(notice)
    assert notice.problems.verticalScrollBar().maximum() == 0  # all of it in view
