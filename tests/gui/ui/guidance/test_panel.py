"""GuidancePanel: the guidance content as plain text, its buttons and signals, the ice timer."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.guidance import SECTION_NAMES, Guidance, GuidanceError, load_guidance
from ankle_coach.core.ice_timer import ICE_SECONDS, IcePhase
from ankle_coach.core.routine import Problem
from ankle_coach.ui.guidance import panel as guidance_panel
from ankle_coach.ui.guidance.panel import GuidancePanel, routine_label

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


def test_routine_buttons_emit_the_routine_id(panel: GuidancePanel, qtbot: QtBot) -> None:
    massage = button(panel, "open-routine-foot-massage")
    assert massage.text() == "Open routine: Foot massage with a ball"
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
    assert button(panel, "open-routine-foot-massage").text() == "Open routine: Rolling the feet"
    assert button(panel, "open-routine-pre-run-warm-up").text() == "Open routine: Pre run warm up"
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
    assert "Take the ice off" in panel.ice_status.text()


def test_the_ice_display_follows_the_clock_on_its_own_timer(
    panel: GuidancePanel, clock: FakeClock, qtbot: QtBot
) -> None:
    panel.ice_toggle.click()
    assert panel._ice_tick.isActive()
    assert panel._ice_tick.interval() <= 1010  # aimed at the next change of the shown second
    clock.advance(5)
    qtbot.waitUntil(lambda: panel.ice_time.text() == "19:55", timeout=3000)
    panel.ice_toggle.click()
    assert not panel._ice_tick.isActive()  # paused: nothing to show changes


def test_text_follows_the_app_font(panel: GuidancePanel) -> None:
    base = panel.font().pointSizeF()
    before = panel.ice_time.font().pointSizeF()
    assert before > base * 2
    bigger = panel.font()
    bigger.setPointSizeF(base * 1.5)
    panel.setFont(bigger)
    assert panel.ice_time.font().pointSizeF() == pytest.approx(before * 1.5)
    heading = panel.findChild(QLabel, "sectionTitle")
    assert heading is not None
    assert heading.font().pointSizeF() > bigger.pointSizeF()
    assert heading.font().bold()


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
