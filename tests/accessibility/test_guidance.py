"""The Guidance sidebar and the pictures through a screen reader's eyes (AT-SPI, issue 19 items
7 and 16): headings with the heading role, paragraphs one Tab stop each, "Go to" moving the
focus to the section's heading, illustrations as images. One app runs for the module."""

from __future__ import annotations

from ankle_coach.core.guidance import load_guidance
from tests.support.atspi import MAIN_TITLE, ROUTINE, RunningApp, choose_routine


def test_the_sidebars_headings_are_headings(app: RunningApp) -> None:
    guidance = load_guidance()
    tree = app.tree()
    headings = {node.name for node in tree.find_all(role="heading")}
    for name in ("price", "doctor", "causes"):
        assert guidance.section(name).title in headings
    assert "Ice timer" in headings
    assert "Protection" in headings  # an advice heading, a level below its section


def test_go_to_moves_the_focus_to_the_heading_and_tab_reads_one_paragraph(
    app: RunningApp,
) -> None:
    guidance = load_guidance()
    doctor = guidance.section("doctor")
    app.focus_window(MAIN_TITLE)
    jump = app.tree().find(role="push button", id_end=".jump-doctor")
    app.focus(jump)
    app.keys("space")
    heading = app.wait_for_focus(
        "the focus on the doctor heading",
        lambda node: node.role == "heading" and node.name == doctor.title,
    )
    assert heading.name == doctor.title
    paragraph = app.press_and_follow("Tab")
    assert paragraph.name == doctor.items[0].text  # the first paragraph, alone


def test_illustrations_are_images_with_what_they_show(app: RunningApp) -> None:
    tree = choose_routine(app, ROUTINE)
    images = tree.find_all(role="image")
    assert images, "no image on the overview"
    for image in images:
        assert image.name.startswith("Illustration"), image
        assert image.description, image  # what it shows, e.g. "calf raise"
