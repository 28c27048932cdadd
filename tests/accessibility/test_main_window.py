"""The main window through a screen reader's eyes (AT-SPI, issue 19): names, keys, the session.

One app runs for the module (conftest.py). Each test brings it to the page it needs, whatever
ran before it: choosing a routine stops a session and the ice timer first.
"""

from __future__ import annotations

import re

import pytest

from tests.support.atspi import (
    MAIN_TITLE,
    POLITE,
    ROUTINE,
    Announcement,
    Node,
    RunningApp,
    Tree,
    choose_routine,
    main_frame,
    show_history,
    stop_everything,
    unnamed_focusable,
    wait_for,
)


def test_every_focusable_object_on_the_overview_has_a_name(app: RunningApp) -> None:
    tree = choose_routine(app, ROUTINE)
    assert unnamed_focusable(tree, main_frame(tree)) == ""


def test_space_on_the_focused_ice_timer_button_starts_the_ice_timer_not_the_routine(
    app: RunningApp,
) -> None:
    tree = choose_routine(app, ROUTINE)
    toggle = tree.find(id_end=".iceToggle")
    assert toggle.name == "Start the ice timer"
    app.focus(toggle)
    app.keys("space")
    try:
        tree = app.wait_for(
            "the ice timer to run",
            lambda tree: tree if tree.find(id_end=".iceToggle").name != toggle.name else None,
        )
        assert tree.find(id_end=".iceToggle").name == "Pause the ice timer"
        # The routine did not start: the overview is still there, the title has no countdown.
        assert tree.find_all(role="push button", name="Start the routine")
        assert title_countdown(tree) is None, main_frame(tree).name
        focused = app.focused()
        assert focused is not None and focused.path == toggle.path, focused
    finally:
        stop_everything(app)


def test_tab_leaves_the_history_table(app: RunningApp) -> None:
    tree = show_history(app)
    table = tree.find(role="table", name="Sessions and check-ins")
    assert [node for node in tree.nodes if node.within(table) and node.role == "table cell"]
    for key in ("Tab", "shift+Tab"):
        app.focus(table)
        after = app.press_and_follow(key)
        if after.within(table):
            pytest.fail(f"{key} in the History table went to {after}")


def test_every_focusable_object_on_the_history_page_has_a_name(app: RunningApp) -> None:
    tree = show_history(app)
    assert unnamed_focusable(tree, main_frame(tree)) == ""


COUNTDOWN_TITLE = re.compile(rf"(\d+) \u00b7 {ROUTINE} \u2014 {MAIN_TITLE}")


def title_countdown(tree: Tree) -> int | None:
    """The seconds the window title shows, while the session counts them."""
    return countdown_in(main_frame(tree).name)


def countdown_in(title: str) -> int | None:
    shown = COUNTDOWN_TITLE.fullmatch(title)
    return int(shown[1]) if shown else None


def in_session(app: RunningApp) -> Tree:
    """A session of ROUTINE counting down (started from its overview unless one is)."""
    tree = app.tree()
    if main_frame(tree).name.startswith("Paused \u00b7"):
        app.act(pause_button(tree), "Press")
    elif title_countdown(tree) is None:
        tree = choose_routine(app, ROUTINE)
        app.act(tree.find(role="push button", name="Start the routine"), "Press")
    return app.wait_for(
        "the countdown in the title", lambda tree: tree if title_countdown(tree) else None
    )


def pause_button(tree: Tree) -> Node:
    """The session's start/pause/resume button, known by its description (its name changes)."""
    found = [
        node
        for node in tree.find_all(role="push button", id_end="ActionButton")
        if node.description.startswith("Start, pause or resume")
    ]
    assert len(found) == 1, [str(node) for node in found]
    return found[0]


def test_what_takes_the_focus_as_a_session_starts_has_a_name(app: RunningApp) -> None:
    stop_everything(app)  # a session of its own: the focus moves as it starts
    tree = in_session(app)
    view = tree.find(id_end=".sessionView")
    focused = app.wait_for_focus("the focus in the session view", lambda node: node.within(view))
    assert focused.name.strip(), f"the focus is on {focused}"


def test_a_session_announces_its_steps_politely(app: RunningApp) -> None:
    """Phase changes and "Set 1 of 3" are announced (QAccessibleAnnouncementEvent, which
    reaches the bus as "object:announcement"), politely: after what the reader is saying."""
    stop_everything(app)
    app.announcements()  # what came before this session
    in_session(app)
    said: list[Announcement] = []

    def heard_the_start() -> bool | None:
        said.extend(app.announcements())
        texts = [announcement.text for announcement in said]
        return any(text.startswith("Get ready") and "Set 1 of 3" in text for text in texts) or None

    try:
        wait_for("the session's start announced", heard_the_start, timeout=10)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; announced: {said}") from None
    assert [announcement for announcement in said if announcement.politeness != POLITE] == []


def test_the_countdown_says_its_number(app: RunningApp) -> None:
    """The number the title shows is in the countdown's accessible name or description, and
    it follows the countdown: two different numbers are read, a second or more apart."""
    tree = in_session(app)
    frame, countdown = main_frame(tree), tree.find(id_end=".countdown")
    heard: set[int] = set()
    seen: list[str] = []

    def says_the_number() -> bool | None:
        # the two read together: a whole tree can take a second to read on a busy machine
        title, said = app.read(frame, countdown)
        assert title is not None and said is not None
        number = countdown_in(title.name)
        seen[:] = [f"the title {title.name!r}, the countdown {said.name!r} ({said.description!r})"]
        if number is not None and re.search(rf"\b{number}\b", f"{said.name} {said.description}"):
            heard.add(number)
        return len(heard) >= 2 or None

    try:
        wait_for("the countdown's number in its accessible text, twice", says_the_number)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; last read: {seen}; numbers heard: {sorted(heard)}") from None


def test_the_pause_button_is_named_as_it_reads(app: RunningApp) -> None:
    """Pause while the session runs, Resume when it is paused, Pause again."""
    names = [pause_button(in_session(app)).name]
    for _press in range(2):
        before = names[-1]
        app.act(pause_button(app.tree()), "Press")

        def renamed(tree: Tree, before: str = before) -> str | None:
            name = pause_button(tree).name
            return name if name != before else None

        names.append(
            app.wait_for(
                f"the button to be named other than {before}",
                renamed,
                shows=lambda tree: f"the title {main_frame(tree).name!r}, names {names}",
            )
        )
    assert names == ["Pause", "Resume", "Pause"]


def test_every_focusable_object_in_a_session_has_a_name(app: RunningApp) -> None:
    tree = in_session(app)
    assert unnamed_focusable(tree, main_frame(tree)) == ""
