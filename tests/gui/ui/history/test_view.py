"""The History page: numbers, delete, export, the triage notice, and the check-in flow around
a session: a session finished with a check-in shows in the view and in the export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core import i18n as i18n_core
from ankle_coach.core.clock import FakeClock
from ankle_coach.core.history import CheckIn, History, RedFlag
from ankle_coach.core.i18n import Language
from ankle_coach.core.routine import Routine, routine_from_mapping
from ankle_coach.core.session import Phase, SessionEngine
from ankle_coach.core.triage import OTHERWISE, RULES
from ankle_coach.qt.controller import SessionController
from ankle_coach.ui import i18n
from ankle_coach.ui.check_in.flow import CheckInFlow
from ankle_coach.ui.check_in.notice import TriageNotice
from tests.gui.ui.history.helpers import NOW, a_session, make_view, rows

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_an_empty_history(qtbot: QtBot, history: History) -> None:
    view = make_view(qtbot, history)
    assert view.model.rowCount() == 0
    assert not view.delete_all_button.isEnabled() and not view.delete_button.isEnabled()
    assert view.notice.advice is not None and view.notice.advice.level == "keep-watching"
    assert view.pain_chart.accessibleDescription().endswith("no ratings.")


def test_delete_one_entry_after_a_confirm(
    qtbot: QtBot, history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_session(history, 1, "Kept")
    gone = a_session(history, 0, "Gone")
    history.add_check_in(CheckIn(NOW, "after", 2, session_id=gone))
    view = make_view(qtbot, history)
    asked: list[str] = []
    answer = False

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(view, "confirm", confirm)
    view.table.selectRow(0)
    assert view.delete_button.isEnabled()
    QTest.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Delete the session \u201cGone\u201d of Wed 4 Mar 2026, 18:00 and its check-ins? This "
        "cannot be undone."
    ]
    assert history.counts().sessions == 2  # not confirmed: nothing deleted

    answer = True
    with qtbot.waitSignal(view.historyChanged):
        QTest.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert [row[1] for row in rows(view)] == ["Kept"]
    assert history.counts().check_ins == 0
    assert view.message.text() == "The entry was deleted."


def test_delete_a_lone_check_in(
    qtbot: QtBot, history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    history.add_check_in(CheckIn(NOW, "standalone", 3))
    view = make_view(qtbot, history)
    monkeypatch.setattr(view, "confirm", lambda title, text: True)
    view.table.selectRow(0)
    assert view.delete_selected()
    assert history.counts().check_ins == 0 and view.model.rowCount() == 0


def test_delete_all_after_a_confirm(
    qtbot: QtBot, history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(3):
        a_session(history, day)
    history.add_check_in(CheckIn(NOW, "standalone", 3))
    view = make_view(qtbot, history)
    asked: list[str] = []

    def refuse(title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(view, "confirm", refuse)
    QTest.mouseClick(view.delete_all_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Delete all 3 sessions and 1 check-in? This cannot be undone. Export them first if you "
        "may want them, for example for a doctor."
    ]
    assert history.counts().sessions == 3

    monkeypatch.setattr(view, "confirm", lambda title, text: True)
    QTest.mouseClick(view.delete_all_button, Qt.MouseButton.LeftButton)
    assert history.counts().sessions == 0 and view.model.rowCount() == 0
    assert view.tiles["total"].text() == "0"


def test_export_from_the_view(
    qtbot: QtBot, history: History, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a_session(history, 0)
    view = make_view(qtbot, history)
    target = tmp_path / "history.csv"
    monkeypatch.setattr(view, "choose_export_path", lambda: target)
    with qtbot.waitSignal(view.exported) as exported:
        QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert exported.args == [str(target)]
    assert view.message.text() == f"Exported 1 session and 0 check-ins to {target}."

    monkeypatch.setattr(view, "choose_export_path", lambda: tmp_path / "no" / "such" / "x.csv")
    (tmp_path / "no").write_text("a file where a folder should be")
    assert view.export_csv() is None
    assert view.message.text().startswith("The history could not be exported to ")


def test_the_notice_shows_the_advice_and_opens_the_doctor_guidance(
    qtbot: QtBot, history: History
) -> None:
    history.add_check_in(CheckIn(NOW, "standalone", 2, frozenset({RedFlag.SWELLING})))
    view = make_view(qtbot, history)
    notice = view.notice
    assert notice.headline.text() == "It's time to see a doctor about your ankle."
    assert "swelling" in notice.reasons.text()
    assert notice.who.isVisible() and "podiatrist" in notice.who.text()
    assert notice.accessibleName() == "Advice from your check-ins: see a doctor"
    with qtbot.waitSignal(view.doctorGuidanceRequested):
        QTest.mouseClick(notice.doctor_button, Qt.MouseButton.LeftButton)
    for label in notice.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_a_bad_title_is_shown_as_plain_text(qtbot: QtBot, history: History) -> None:
    a_session(history, 0, "<b>bold</b> & <i>more</i>")
    view = make_view(qtbot, history)
    assert rows(view)[0][1] == "<b>bold</b> & <i>more</i>"  # item views never render markup
    assert isinstance(view.notice, TriageNotice)


# -- around a session: the flow -------------------------------------------------------------------


def short_routine() -> Routine:
    return routine_from_mapping(
        {
            "format": 1,
            "title": "Short stretch",
            "lead_in_seconds": 2,
            "exercises": [{"name": "Calf stretch", "hold_seconds": 5, "sides": ["left", "right"]}],
        },
        "short-stretch.toml",
    )


def run_to_the_end(controller: SessionController, clock: FakeClock) -> None:
    controller.start()
    while controller.state.phase is Phase.RUNNING:
        clock.advance(0.5)
        controller.poll()


def test_a_finished_session_with_a_check_in_shows_in_the_view_and_the_export(
    qtbot: QtBot,
    history: History,
    window: QWidget,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    started: list[int | None] = []
    flow.before_session(started.append)
    assert flow.dialog is not None and flow.dialog.when == "before"
    flow.dialog.set_rating(3)
    flow.dialog.accept()
    # keep-watching, but pain before a session is said in the result, then the session starts
    assert flow.triage_dialog is not None and started == []
    flow.triage_dialog.accept()
    assert len(started) == 1 and started[0] is not None

    clock = FakeClock()
    controller = SessionController(SessionEngine(short_routine(), clock), None, window)
    flow.track(controller, "short-stretch", "Short stretch", started[0])
    with qtbot.waitSignal(flow.historyChanged):
        run_to_the_end(controller, clock)
    assert controller.state.phase is Phase.FINISHED
    after = flow.dialog
    assert after is not None and after.when == "after"
    QTest.mouseClick(after.ratings.button(2), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(flow.historyChanged):
        QTest.mouseClick(after.save_button, Qt.MouseButton.LeftButton)
    assert flow.triage_dialog is None  # nothing to see a doctor about

    view = make_view(qtbot, history)
    assert rows(view) == [
        ["Wed 4 Mar 2026, 19:00", "Short stretch", "Finished", "3 \u2192 2", ""],
    ]
    target = tmp_path / "for-the-podiatrist.csv"
    monkeypatch.setattr(view, "choose_export_path", lambda: target)
    view.export_csv()
    with target.open(newline="", encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    assert [(row["kind"], row["check_in"], row["pain_0_to_10"]) for row in exported] == [
        ("session", "", ""),
        ("check-in", "before", "3"),
        ("check-in", "after", "2"),
    ]
    session = exported[0]
    assert (session["routine"], session["outcome"], session["percent_done"]) == (
        "Short stretch",
        "finished",
        "100",
    )
    assert session["exercises_completed"] == "Calf stretch"
    assert exported[1]["session_id"] == exported[2]["session_id"] == session["id"]


def test_a_red_flag_after_a_session_says_see_a_doctor(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    advice: list[object] = []
    flow.adviceGiven.connect(advice.append)
    clock = FakeClock()
    controller = SessionController(SessionEngine(short_routine(), clock), None, window)
    flow.track(controller, "short-stretch", "Short stretch")
    controller.start()
    clock.advance(3)
    controller.stop()
    assert flow.dialog is not None
    flow.dialog.flag_boxes[RedFlag.CANNOT_BEAR_WEIGHT].setChecked(True)
    with qtbot.waitSignal(flow.doctorGuidanceRequested):
        flow.dialog.accept()
    dialog = flow.triage_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.notice.headline.text() == "Get medical care for your ankle straight away."
    assert "Get urgent medical care if you can't put weight on the foot" in (
        dialog.notice.reasons.text()
    )
    with qtbot.waitSignal(flow.doctorGuidanceRequested):
        QTest.mouseClick(dialog.notice.doctor_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert flow.triage_dialog is None
    (stopped,) = history.sessions()
    assert stopped.outcome == "stopped"
    assert [c.red_flags for c in history.check_ins()] == [frozenset({RedFlag.CANNOT_BEAR_WEIGHT})]


def test_before_a_session_the_user_may_choose_not_to_start(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    started: list[int | None] = []
    flow.before_session(started.append)
    assert flow.dialog is not None
    flow.dialog.set_rating(8)
    flow.dialog.accept()
    assert flow.triage_dialog is not None
    assert flow.triage_dialog.findChild(QPushButton, "startAnyway") is not None
    dont_start = flow.triage_dialog.findChild(QPushButton, "dontStart")
    assert dont_start is not None and dont_start.isDefault()  # Enter takes the careful choice
    flow.triage_dialog.reject()  # "Don't start"
    assert started == []
    assert [c.rating for c in history.check_ins()] == [8]  # the check-in is kept


def test_dont_ask_again_turns_the_check_ins_off(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    started: list[int | None] = []
    flow.before_session(started.append)
    assert flow.dialog is not None
    flow.dialog.dont_ask.setChecked(True)
    with qtbot.waitSignal(flow.askChanged) as changed:
        QTest.mouseClick(flow.dialog.skip_button, Qt.MouseButton.LeftButton)
    assert changed.args == [False] and not flow.ask and started == [None]
    flow.before_session(started.append)  # not asked any more
    assert flow.dialog is None and started == [None, None]
    flow.check_in_now()  # but a check-in asked for is
    assert flow.dialog is not None and flow.dialog.when == "standalone"


def test_escape_with_dont_ask_ticked_cancels_and_keeps_asking(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    """Esc (or the close button) cancels the start: the ticked box is not kept either."""
    flow = CheckInFlow(history, window, now=lambda: NOW)
    turned: list[bool] = []
    flow.askChanged.connect(turned.append)
    started: list[int | None] = []
    flow.before_session(started.append)
    dialog = flow.dialog
    assert dialog is not None
    dialog.dont_ask.setChecked(True)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: flow.dialog is None)
    assert flow.ask and turned == [] and started == []
    flow.before_session(started.append)  # still asked
    assert flow.dialog is not None and started == []
    flow.dialog.reject()


def test_a_session_stopped_before_it_started_asks_nothing(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    clock = FakeClock()
    controller = SessionController(SessionEngine(short_routine(), clock), None, window)
    flow.track(controller, "short-stretch", "Short stretch")
    controller.stop()
    assert flow.dialog is None and history.counts().sessions == 0


def test_the_rules_are_shown_in_plain_words(qtbot: QtBot, history: History) -> None:
    view = make_view(qtbot, history)
    notice = view.notice
    assert not notice.rules.isVisible()
    QTest.mouseClick(notice.rules_button, Qt.MouseButton.LeftButton)
    assert notice.rules.isVisible() and notice.rules_button.text() == "Hide the rules"
    text = notice.rules.text()
    for rule in RULES:
        assert f"\u2022 {rule.words}" in text
    assert text.endswith(OTHERWISE)


def test_while_check_ins_are_off_the_page_says_so_with_the_way_back(
    qtbot: QtBot, history: History
) -> None:
    view = make_view(qtbot, history)
    assert not view.check_ins_off.isVisible()
    view.show_check_ins_asked(False)
    assert view.check_ins_off.isVisible()
    with qtbot.waitSignal(view.checkInsRequested):
        view.turn_check_ins_on.click()


@pytest.mark.parametrize("every_days", [1, 2, 5, 7])
def test_a_user_whose_pain_stays_is_told_to_see_a_doctor_on_the_page(
    qtbot: QtBot, history: History, every_days: int
) -> None:
    # The History page asks the same one call as the check-in result: the whole run of pain.
    from datetime import timedelta

    for days_ago in range(28, -1, -every_days):
        history.add_check_in(CheckIn(NOW - timedelta(days=days_ago, hours=1), "after", 5))
    view = make_view(qtbot, history)
    advice = view.notice.advice
    assert advice is not None and advice.level == "see-a-doctor"
    assert "not-improving" in advice.rules
    assert view.notice.headline.text() == "It's time to see a doctor about your ankle."


def test_what_a_screen_reader_is_given(qtbot: QtBot, history: History) -> None:
    """The range is labelled "Show:", "Show as text" keeps its words and says whether it is on,
    and a table cell is its column and its own value (Qt's accessibility interfaces, which the
    AT-SPI bridge reads)."""
    session_id = a_session(history, 0)
    history.add_check_in(CheckIn(NOW, "after", 3, session_id=session_id))
    view = make_view(qtbot, history)
    combo = QAccessible.queryAccessibleInterface(view.range)
    assert combo.text(QAccessible.Text.Value) == "Last 12 weeks"
    labels = [other.text(QAccessible.Text.Name) for other, _ in combo.relations()]
    assert labels == ["Show:"]
    toggle = QAccessible.queryAccessibleInterface(view.as_text)
    assert toggle.role() is QAccessible.Role.CheckBox
    assert toggle.text(QAccessible.Text.Name) == "Show as text"
    assert not toggle.state().checked
    QTest.keyClick(view.as_text, Qt.Key.Key_Space)
    assert toggle.text(QAccessible.Text.Name) == "Show as text" and toggle.state().checked
    table = QAccessible.queryAccessibleInterface(view.table)
    cells = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    assert "Pain before: not asked, after: 3" in cells
    assert "Routine: Calf raises" in cells
    assert not any("Calf raises" in cell and "Pain" in cell for cell in cells)  # not whole rows


def test_tab_leaves_the_table(qtbot: QtBot, history: History) -> None:
    for days in range(3):
        a_session(history, days)
    view = make_view(qtbot, history)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus()
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not view.table.hasFocus()
    assert view.table.currentIndex() == view.model.index(0, 0)


@pytest.mark.parametrize("sizes", [(1.0,), (2.0,), (2.0, 1.0)], ids=["100%", "200%", "restored"])
def test_headings_follow_the_text_size(
    qtbot: QtBot, history: History, sizes: tuple[float, ...]
) -> None:
    """The page's title, its section headings and the numbers on its cards are larger than
    body text at every text size, and none stays large after Restore defaults."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ankle_coach.ui.theme import HEADING_SCALES, apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, base = app.palette(), QFont(app.font())
    view = make_view(qtbot, history)
    try:
        for size in sizes:
            apply_theme(app, "light", size, base)
        body = base.pointSizeF() * sizes[-1]
        title = view.findChild(QLabel, "historyTitle")
        assert title is not None
        assert title.font().pointSizeF() == pytest.approx(body * HEADING_SCALES[1])
        assert title.font().bold()
        assert view.list_title.font().pointSizeF() == pytest.approx(body * HEADING_SCALES[3])
        tiles = [
            label for label in view.findChildren(QLabel) if label.objectName().startswith("tile-")
        ]
        assert tiles
        assert all(tile.font().pointSizeF() > title.font().pointSizeF() * 0.99 for tile in tiles)
        plain = [label for label in view.findChildren(QLabel) if label.objectName() == ""]
        assert all(
            label.font().pointSizeF() < body * 1.01 for label in plain if not label.font().bold()
        )
    finally:
        app.setPalette(palette)
        app.setFont(base)


@pytest.mark.parametrize("size", [1.0, 2.0], ids=["100%", "200%"])
@pytest.mark.parametrize("width", [640, 1024, 1920])
def test_the_page_never_scrolls_sideways(
    qtbot: QtBot, history: History, size: float, width: int
) -> None:
    """At 1024 x 600 (the page beside the guidance sidebar, or alone) and larger, at 100 % and
    200 % text: no sideways scroll bar, and every button wholly inside the page's viewport."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox

    from ankle_coach.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, base = app.palette(), QFont(app.font())
    a_session(history, 1)
    view = make_view(qtbot, history)
    try:
        apply_theme(app, "high-contrast", size, base)
        view.show_check_ins_asked(False)
        view.resize(width, 600 if width < 1920 else 1080)
        QApplication.sendPostedEvents()
        viewport = view.scroll_area.viewport()
        qtbot.waitUntil(lambda: not view.scroll_area.horizontalScrollBar().isVisible())
        shown = [
            widget
            for widget in [*view.findChildren(QAbstractButton), *view.findChildren(QComboBox)]
            if widget.isVisibleTo(view) and widget.window() is view
        ]
        assert {"turnCheckInsOn", "exportCsv", "showAsText", "deleteAll"} <= {
            widget.objectName() for widget in shown
        }
        for widget in shown:
            left = widget.mapTo(viewport, widget.rect().topLeft()).x()
            right = widget.mapTo(viewport, widget.rect().topRight()).x()
            assert 0 <= left and right < viewport.width(), widget.objectName()
    finally:
        app.setPalette(palette)
        app.setFont(base)


@pytest.mark.parametrize(
    ("language", "headers", "tiles", "title", "first_row"),
    [
        (
            "de",
            ["Wann", "Programm", "Erledigt", "Schmerz", "Warnzeichen"],
            {"week": "2", "streak": "2 Tage", "longest": "2 Tage", "total": "2"},
            "Trainings und Abfragen (2)",
            ["Mi., 4. März 2026, 18:00", "Calf raises", "Beendet", "", ""],
        ),
        (
            "es",
            ["Cuándo", "Rutina", "Hecho", "Dolor", "Señales de alarma"],
            {"week": "2", "streak": "2 días", "longest": "2 días", "total": "2"},
            "Sesiones y registros (2)",
            ["mié 4 mar 2026, 18:00", "Calf raises", "Terminada", "", ""],
        ),
    ],
)
def test_the_page_in_german_and_spanish_while_the_export_keeps_its_english_headers(
    qtbot: QtBot,
    history: History,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
    headers: list[str],
    tiles: dict[str, str],
    title: str,
    first_row: list[str],
) -> None:
    a_session(history, 0)
    a_session(history, 1)
    i18n.install(qapp, language)
    try:
        view = make_view(qtbot, history)
        model = view.model
        shown = [
            model.headerData(column, Qt.Orientation.Horizontal) for column in range(len(headers))
        ]
        assert shown == headers
        assert {key: label.text() for key, label in view.tiles.items()} == tiles
        assert view.list_title.text() == title
        assert rows(view)[0] == first_row
        target = tmp_path / "history.csv"
        monkeypatch.setattr(view, "choose_export_path", lambda: target)
        assert view.export_csv() == target
    finally:
        i18n.uninstall(qapp)
    with target.open(encoding="utf-8", newline="") as handle:
        exported_headers = next(csv.reader(handle))
    with i18n_core.using("en"):
        english = tmp_path / "english.csv"
        history.export_csv(english)
    with english.open(encoding="utf-8", newline="") as handle:
        assert exported_headers == next(csv.reader(handle))
