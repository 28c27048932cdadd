"""GuidancePanel: the guidance content as plain text, its buttons and signals, the ice timer."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.guidance import SECTION_NAMES, Guidance, GuidanceError, load_guidance
from ankle_coach.core.ice_timer import ICE_SECONDS, IcePhase
from ankle_coach.core.routine import Problem
from ankle_coach.ui.guidance import panel as guidance_panel
from ankle_coach.ui.guidance.ice import ICE_TIME_SCALE
from ankle_coach.ui.guidance.panel import GuidancePanel, routine_label
from ankle_coach.ui.guidance.readable import ReadableText
from ankle_coach.ui.theme import HEADING_SCALES, apply_theme
from ankle_coach.ui.widgets.roles import heading_level

# The offscreen platform says so for every window with a size constraint (any widget with a layout).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

TITLES = {"foot-massage": "Foot massage with a ball", "pre-run-warm-up": "Pre-run warm-up"}


@pytest.fixture(scope="module")
def guidance() -> Guidance:
    return load_guidance()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def panel(qtbot: QtBot, guidance: Guidance, clock: FakeClock) -> GuidancePanel:
    widget = GuidancePanel(guidance, clock, routine_titles=TITLES)
    qtbot.addWidget(widget)
    widget.resize(360, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def phase_of(panel: GuidancePanel) -> IcePhase:
    """Read afresh each time (mypy would otherwise keep the first reading of the property)."""
    return panel.ice.phase


def label_texts(panel: GuidancePanel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel)]


def button(panel: GuidancePanel, name: str) -> QPushButton:
    found = panel.findChild(QPushButton, name)
    assert found is not None, name
    return found


def assert_at_top(panel: GuidancePanel, name: str) -> None:
    """The section starts at the top of the view, or the view is scrolled as far as it goes."""
    bar = panel.scroll_area.verticalScrollBar()
    section = panel.section_widget(name)
    assert section is not None
    top = section.y()
    assert bar.value() == min(top, bar.maximum()), (name, bar.value(), top, bar.maximum())
    assert bar.value() <= top < bar.value() + panel.scroll_area.viewport().height()


def test_every_piece_of_content_is_shown(panel: GuidancePanel, guidance: Guidance) -> None:
    shown = label_texts(panel)
    for name in SECTION_NAMES:
        assert guidance.section(name).title in shown
    for where, item in guidance.all_advice():
        assert item.text in shown, where
        if item.heading:
            assert item.heading in shown, where
        if item.note and where != "disclaimer":
            assert item.note in shown, where
    assert guidance.disclaimer.title in shown


def test_every_label_is_plain_text_and_wraps(panel: GuidancePanel) -> None:
    labels = panel.findChildren(QLabel)
    assert len(labels) > 40
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        if label.objectName() not in ("iceTime", "jumpLabel"):
            assert label.wordWrap(), label.text()


def test_the_disclaimer_stays_in_view_below_the_scrolling_sections(panel: GuidancePanel) -> None:
    disclaimer = panel.findChild(QLabel, "disclaimerTitle")
    assert disclaimer is not None
    assert disclaimer.text() == "Ankle Coach does not replace a clinician."
    assert disclaimer.isVisible()
    content = panel.scroll_area.widget()
    assert content is not None
    assert not content.isAncestorOf(disclaimer)
    for name in SECTION_NAMES:
        panel.show_section(name)
        assert disclaimer.isVisible()


def test_on_a_short_panel_with_large_text_the_disclaimer_scrolls_with_the_sections(
    panel: GuidancePanel, app_font: QFont, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    content = panel.scroll_area.widget()
    disclaimer = panel.findChild(QLabel, "disclaimerTitle")
    assert content is not None and disclaimer is not None
    apply_theme(app, "high-contrast", 2.0, app_font)
    panel.resize(420, 680)  # the sidebar of a 1366x768 window
    qtbot.waitUntil(lambda: content.isAncestorOf(disclaimer))
    # room to read the sections, not two lines
    qtbot.waitUntil(lambda: panel.scroll_area.viewport().height() >= 0.3 * panel.height())
    assert disclaimer.isVisibleTo(panel)
    apply_theme(app, "high-contrast", 1.0, app_font)
    panel.resize(420, 1000)
    qtbot.waitUntil(lambda: not content.isAncestorOf(disclaimer))
    assert disclaimer.isVisible()


def test_routine_buttons_emit_the_routine_id(panel: GuidancePanel, qtbot: QtBot) -> None:
    massage = button(panel, "open-routine-foot-massage")
    assert massage.text() == "Open routine:\nFoot massage with a ball"
    with qtbot.waitSignal(panel.routineRequested) as blocker:
        QTest.mouseClick(massage, Qt.MouseButton.LeftButton)
    assert blocker.args == ["foot-massage"]

    warm_up = button(panel, "open-routine-pre-run-warm-up")
    warm_up.setFocus()
    with qtbot.waitSignal(panel.routineRequested) as blocker:
        QTest.keyClick(warm_up, Qt.Key.Key_Space)  # reachable and usable from the keyboard
    assert blocker.args == ["pre-run-warm-up"]


def test_routine_buttons_take_the_library_titles(panel: GuidancePanel) -> None:
    panel.set_routine_titles({"foot-massage": "Rolling the feet"})
    assert button(panel, "open-routine-foot-massage").text() == "Open routine:\nRolling the feet"
    assert button(panel, "open-routine-pre-run-warm-up").text() == "Open routine:\nPre run warm up"
    assert routine_label("calf_raises-x", {}) == "Calf raises x"


def test_a_cause_that_points_to_a_section_scrolls_there(panel: GuidancePanel, qtbot: QtBot) -> None:
    see_doctor = button(panel, "see-doctor")
    assert see_doctor.text() == "See: When to see a doctor"
    panel.show_section("causes")
    QTest.mouseClick(see_doctor, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: assert_at_top(panel, "doctor"))


@pytest.mark.parametrize("name", ["doctor", "causes", "price"])
def test_show_section_scrolls_to_it(panel: GuidancePanel, qtbot: QtBot, name: str) -> None:
    panel.show_section("causes" if name == "price" else "price")
    panel.show_section(name)
    qtbot.waitUntil(lambda: assert_at_top(panel, name))


def test_show_section_before_the_panel_is_shown(
    qtbot: QtBot, guidance: Guidance, clock: FakeClock
) -> None:
    hidden = GuidancePanel(guidance, clock)
    qtbot.addWidget(hidden)
    hidden.resize(360, 900)
    hidden.show_section("doctor")
    hidden.show()
    qtbot.waitUntil(lambda: assert_at_top(hidden, "doctor"))


def test_the_jump_buttons_scroll_to_their_sections(panel: GuidancePanel, qtbot: QtBot) -> None:
    for name in ("causes", "doctor", "price"):
        QTest.mouseClick(button(panel, f"jump-{name}"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(functools.partial(assert_at_top, panel, name))


def test_show_section_refuses_an_unknown_name(panel: GuidancePanel) -> None:
    with pytest.raises(ValueError, match="no guidance section 'ice'"):
        panel.show_section("ice")


def test_every_button_is_keyboard_reachable_and_named(panel: GuidancePanel) -> None:
    buttons = panel.findChildren(QPushButton)
    assert len(buttons) >= 10
    for each in buttons:
        assert each.focusPolicy() & Qt.FocusPolicy.TabFocus, each.text()
        assert each.accessibleName(), each.text()
    assert panel.ice_time.accessibleName() == "Ice time left"


def test_the_ice_timer_starts_pauses_resumes_and_resets(
    panel: GuidancePanel, clock: FakeClock, qtbot: QtBot
) -> None:
    toggle, reset = panel.ice_toggle, panel.ice_reset
    assert (panel.ice_time.text(), toggle.text(), reset.isEnabled()) == ("20:00", "Start", False)
    assert panel.ice_time.accessibleDescription() == "20 minutes left"

    QTest.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert phase_of(panel) is IcePhase.RUNNING
    assert (toggle.text(), toggle.accessibleName()) == ("Pause", "Pause the ice timer")
    clock.advance(61)
    panel.poll_ice()
    assert panel.ice_time.text() == "18:59"
    assert panel.ice_time.accessibleDescription() == "18 minutes 59 seconds left"

    QTest.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.text() == "Resume"
    assert panel.ice_status.text() == "Paused."
    clock.advance(500)
    panel.poll_ice()
    assert panel.ice_time.text() == "18:59"

    QTest.mouseClick(toggle, Qt.MouseButton.LeftButton)
    clock.advance(59.5)
    panel.poll_ice()
    assert (panel.ice_time.text(), toggle.text()) == ("18:00", "Pause")

    QTest.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert (panel.ice_time.text(), toggle.text(), reset.isEnabled()) == ("20:00", "Start", False)
    assert phase_of(panel) is IcePhase.READY


def test_the_ice_timer_finishes_once(panel: GuidancePanel, clock: FakeClock, qtbot: QtBot) -> None:
    finishes: list[bool] = []
    panel.iceFinished.connect(lambda: finishes.append(True))
    QTest.mouseClick(panel.ice_toggle, Qt.MouseButton.LeftButton)
    clock.advance(ICE_SECONDS - 0.5)
    panel.poll_ice()
    assert (panel.ice_time.text(), finishes) == ("00:01", [])
    clock.advance(0.5)
    with qtbot.waitSignal(panel.iceFinished):
        panel.poll_ice()
    panel.poll_ice()
    assert finishes == [True]
    assert panel.ice_time.text() == "00:00"
    assert panel.ice_toggle.text() == "Start again"
    assert panel.ice_time.isHidden()  # "Ice off." takes its place, the sentence under it
    assert panel.ice_status.text() == "20 minutes are up. Take the ice off."
    done = panel.ice_box.done
    assert done.isVisible() and done.text() == "Ice off."
    assert done.font().pointSizeF() > panel.ice_status.font().pointSizeF() * 1.5  # large


def test_the_ice_display_follows_the_clock_on_its_own_timer(
    panel: GuidancePanel, clock: FakeClock, qtbot: QtBot
) -> None:
    panel.ice_toggle.click()
    assert panel.ice_box._tick.isActive()
    assert panel.ice_box._tick.interval() <= 1010  # aimed at the next change of the shown second
    clock.advance(5)
    qtbot.waitUntil(lambda: panel.ice_time.text() == "19:55", timeout=3000)
    panel.ice_toggle.click()
    assert not panel.ice_box._tick.isActive()  # paused: nothing to show changes


@pytest.fixture
def app_font() -> Iterator[QFont]:
    """The app font as it was, restored (with the palette) after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, palette = QFont(app.font()), app.palette()
    yield font
    app.setPalette(palette)
    app.setFont(font)


def sizes(panel: GuidancePanel, name: str) -> list[float]:
    return [label.font().pointSizeF() for label in panel.findChildren(QLabel, name)]


@pytest.mark.parametrize("text_size", [1.0, 2.0])
def test_every_text_follows_the_text_size_and_headings_stay_larger(
    panel: GuidancePanel, app_font: QFont, text_size: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", text_size, app_font)
    body = app_font.pointSizeF() * text_size
    assert sizes(panel, "adviceText") == pytest.approx([body] * len(sizes(panel, "adviceText")))
    assert max(sizes(panel, "adviceNote")) < body
    for heading in (
        "sectionTitle",
        "iceTitle",
        "adviceHeading",
        "causeQuestion",
        "disclaimerTitle",
    ):
        assert min(sizes(panel, heading)) > body, heading
    assert min(sizes(panel, "sectionTitle")) > max(sizes(panel, "adviceHeading"))  # a hierarchy
    assert panel.ice_time.font().pointSizeF() > 2 * body
    for label in panel.findChildren(QLabel, "sectionTitle"):
        assert label.font().bold()


def test_restore_defaults_leaves_nothing_large(panel: GuidancePanel, app_font: QFont) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "dark", 2.0, app_font)
    apply_theme(app, "system", 1.0, app_font)  # Restore defaults
    texts = panel.findChildren(QLabel)
    largest = max(label.font().pointSizeF() for label in texts)
    # the countdown (and the end's words that take its place) are the largest, at 100 %
    assert panel.ice_time.font().pointSizeF() == largest
    assert largest == pytest.approx(app_font.pointSizeF() * ICE_TIME_SCALE)
    assert max(sizes(panel, "sectionTitle")) == pytest.approx(
        app_font.pointSizeF() * HEADING_SCALES[1]
    )


def test_the_shipped_guidance_is_loaded_when_none_is_given(
    qtbot: QtBot, guidance: Guidance
) -> None:
    panel = GuidancePanel(clock=FakeClock())
    qtbot.addWidget(panel)
    assert panel.guidance == guidance
    assert panel.problems == ()


def test_broken_guidance_is_reported_and_the_ice_timer_still_works(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> Guidance:
        raise GuidanceError([Problem("price.toml", "items[0].text", "is missing")])

    monkeypatch.setattr(guidance_panel, "load_guidance", broken)
    clock = FakeClock()
    panel = GuidancePanel(clock=clock)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.guidance is None
    shown = label_texts(panel)
    assert "The guidance could not be loaded." in shown
    assert "price.toml: items[0].text: is missing" in shown
    assert "Ankle Coach does not replace a clinician." in shown
    panel.show_section("doctor")  # nothing to scroll to, and no error
    panel.ice_toggle.click()
    clock.advance(ICE_SECONDS)
    with qtbot.waitSignal(panel.iceFinished):
        panel.poll_ice()


# -- for the keyboard and screen readers ---------------------------------------------------------


def tab_through(panel: GuidancePanel, start: QWidget, key: Qt.Key) -> list[QWidget]:
    """The widgets the focus goes to, pressing `key` (Tab or Shift+Tab, as a user does) from
    `start` until it leaves the panel or comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start
    visited = [start]
    for _ in range(500):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, key)
        now = QApplication.focusWidget()
        if now is None or now is start or not panel.isAncestorOf(now):
            break
        visited.append(now)
    return visited


def test_every_heading_and_paragraph_is_reached_with_tab_one_at_a_time(
    panel: GuidancePanel, guidance: Guidance
) -> None:
    chain = tab_through(panel, panel.ice_toggle, Qt.Key.Key_Tab)
    texts = [w.text() for w in chain if isinstance(w, QLabel)]
    for name in SECTION_NAMES:
        section = guidance.section(name)
        assert section.title in texts
        for item in section.items:
            assert item.text in texts  # a paragraph is a stop of its own
            if item.heading:
                assert item.heading in texts
    for _, item in guidance.all_advice():
        assert item.text in texts
    assert max(len(text.split()) for text in texts) < 150  # never the whole sidebar at once
    # in reading order: the sections' headings come in the order the sections do
    order = [texts.index(guidance.section(name).title) for name in SECTION_NAMES]
    assert order == sorted(order)
    assert len(texts) == len(panel.findChildren(ReadableText))  # every one, each once
    # Shift+Tab from the last stop back visits the same stops the other way round
    back = tab_through(panel, chain[-1], Qt.Key.Key_Backtab)
    assert back[: len(chain)] == chain[::-1]  # (alone in a window, the panel then wraps round)


def test_only_the_texts_next_to_the_focus_can_take_it(
    panel: GuidancePanel, guidance: Guidance
) -> None:
    """A heading or paragraph that can take the focus holds a text document Qt makes for it
    (some 30 KiB, issue 16): only those Tab or Shift+Tab could reach next (and the last one,
    where Shift+Tab comes in from below the panel), never the sixty of them."""
    texts = panel.findChildren(ReadableText)
    chain = tab_through(panel, panel.ice_toggle, Qt.Key.Key_Tab)
    for _ in range(2):  # there and back: at every stop, at most three can take the focus
        for widget in chain:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            reachable = [text for text in texts if text.reachable()]
            assert len(reachable) <= 4 and texts[-1] in reachable
            if isinstance(widget, ReadableText):
                assert widget in reachable
        chain.reverse()
    button(panel, "jump-doctor").setFocus()  # between two buttons: no text is next
    assert [text for text in texts if text.reachable()] == texts[-1:]


def test_headings_have_the_heading_role_and_a_hierarchy(panel: GuidancePanel) -> None:
    levels = {
        name: {heading_level(label) for label in panel.findChildren(QLabel, name)}
        for name in ("sectionTitle", "iceTitle", "adviceHeading", "causeQuestion")
    }
    assert levels == {
        "sectionTitle": {1},
        "iceTitle": {2},
        "adviceHeading": {2},
        "causeQuestion": {2},
    }
    heading = panel.section_heading("doctor")
    assert heading is not None
    interface = QAccessible.queryAccessibleInterface(heading)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Heading
    assert interface.text(QAccessible.Text.Name) == heading.text()
    paragraph = panel.findChild(QLabel, "adviceText")
    assert paragraph is not None
    read = QAccessible.queryAccessibleInterface(paragraph)
    assert read is not None
    assert read.text(QAccessible.Text.Name) == paragraph.text()


@pytest.mark.parametrize("name", ["price", "doctor", "causes"])
def test_go_to_moves_the_focus_to_the_section_heading(
    panel: GuidancePanel, qtbot: QtBot, name: str
) -> None:
    jump = button(panel, f"jump-{name}")
    jump.setFocus()
    QTest.keyClick(jump, Qt.Key.Key_Space)
    heading = panel.section_heading(name)  # type: ignore[arg-type]
    assert heading is not None
    qtbot.waitUntil(lambda: heading.hasFocus())
    qtbot.waitUntil(lambda: assert_at_top(panel, name))
    assert heading.visibleRegion().boundingRect().height() > 0  # in view, where a reader reads


def test_go_to_before_the_panel_is_shown_focuses_when_it_is(
    qtbot: QtBot, guidance: Guidance
) -> None:
    panel = GuidancePanel(guidance, FakeClock())
    qtbot.addWidget(panel)
    panel.show_section("doctor")
    panel.resize(360, 700)
    panel.show()
    heading = panel.section_heading("doctor")
    assert heading is not None
    qtbot.waitUntil(lambda: heading.hasFocus())


def test_the_scroll_area_has_a_name(panel: GuidancePanel) -> None:
    assert panel.scroll_area.accessibleName() == "Guidance: PRICE, when to see a doctor, causes"


# -- in German and Spanish (issue 18) -----------------------------------------------------------

SIDEBAR_IN: dict[str, dict[str, Any]] = {
    "de": {
        "dock": ("Hinweise", "Hinweise lösen", "Hinweise schließen"),
        "jump": ["Gehe zu:", "PRICE", "Arzt", "Ursachen"],
        "ice": ("Eis-Timer", "Starten", "Zurücksetzen", "Pausieren", "Pausiert."),
        "end": ("Eis ab.", "Neu starten", "Eis-Timer neu starten"),
        "routine": "Programm öffnen:\nFoot massage with a ball",
        "resume": "Fortsetzen",
    },
    "es": {
        "dock": ("Consejos", "Separar Consejos", "Cerrar Consejos"),
        "jump": ["Ir a:", "PRICE", "Médico", "Causas"],
        "ice": ("Temporizador de hielo", "Empezar", "Reiniciar", "Pausar", "En pausa."),
        "end": ("Quita el hielo.", "Empezar de nuevo", "Volver a iniciar el temporizador de hielo"),
        "routine": "Abrir rutina:\nFoot massage with a ball",
        "resume": "Reanudar",
    },
}


@pytest.fixture(params=["de", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from ankle_coach.ui import i18n

    installed = i18n.install(qapp, request.param)
    assert installed.problem is None, installed.problem
    yield request.param
    i18n.uninstall(qapp)


def test_the_sidebar_speaks_the_language(
    qtbot: QtBot, guidance: Guidance, clock: FakeClock, language: str
) -> None:
    from ankle_coach.core.ice_timer import end_status_text
    from ankle_coach.ui.guidance.dock_title import guidance_dock

    words = SIDEBAR_IN[language]
    holder = QWidget()
    qtbot.addWidget(holder)
    dock = guidance_dock(holder)
    title = dock.titleBarWidget()
    assert (dock.windowTitle(), title.float_button.accessibleName()) == words["dock"][:2]  # type: ignore[attr-defined]
    assert title.close_button.accessibleName() == words["dock"][2]  # type: ignore[attr-defined]
    panel = GuidancePanel(guidance, clock, routine_titles=TITLES)
    qtbot.addWidget(panel)
    panel.resize(360, 900)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.findChild(QWidget, "jumpBar")
    assert bar is not None
    jump_label = bar.findChild(QLabel, "jumpLabel")
    assert jump_label is not None
    shown = [jump_label.text(), *(b.text() for b in bar.findChildren(QPushButton))]
    assert shown == words["jump"]
    for jump in bar.findChildren(QPushButton):  # the longer words are never cut
        assert jump.fontMetrics().horizontalAdvance(jump.text()) <= jump.width()
    assert button(panel, "open-routine-foot-massage").text() == words["routine"]
    heading, start, reset, pause, paused = words["ice"]
    assert (panel.ice_box.title.text(), panel.ice_toggle.text()) == (heading, start)
    assert panel.ice_box.reset.text() == reset
    QTest.mouseClick(panel.ice_toggle, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.ice_toggle, Qt.MouseButton.LeftButton)
    assert (panel.ice_toggle.text(), panel.ice_status.text()) == (words["resume"], paused)
    QTest.mouseClick(panel.ice_toggle, Qt.MouseButton.LeftButton)  # resumed
    assert panel.ice_toggle.text() == pause
    clock.advance(ICE_SECONDS)
    panel.poll_ice()
    # the end: the large words, the whole sentence (the core's) under them and as their name
    off, again, again_name = words["end"]
    done = panel.ice_box.done
    assert done.isVisible() and done.text() == off
    assert done.accessibleName() == panel.ice_status.text() == end_status_text(ICE_SECONDS)
    assert (panel.ice_toggle.text(), panel.ice_toggle.accessibleName()) == (again, again_name)


def test_a_long_name_on_a_button_wraps_instead_of_widening_the_sidebar(
    qtbot: QtBot, guidance: Guidance, clock: FakeClock, language: str
) -> None:
    panel = GuidancePanel(guidance, clock, routine_titles=TITLES)
    qtbot.addWidget(panel)
    panel.resize(panel.minimumSizeHint().width(), 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_section("causes")
    for name in ("see-doctor", "open-routine-foot-massage"):
        found = button(panel, name)
        words = found.label  # type: ignore[attr-defined]
        # as narrow as its widest word, never as wide as its whole name on one line
        widest = max(words.fontMetrics().horizontalAdvance(w) for w in found.text().split())
        assert found.minimumSizeHint().width() <= widest + 40, name
        # all its words show, inside the button, however many lines they take
        assert found.width() <= panel.width(), name
        assert words.heightForWidth(words.width()) <= words.height(), name
        assert found.geometry().contains(words.geometry().translated(found.pos())), name
