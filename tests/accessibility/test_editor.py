"""The routine editor through a screen reader's eyes (AT-SPI, issue 19): its names, and an error
said with the field it is about. One app runs for the module (conftest.py)."""

from __future__ import annotations

from tests.support.atspi import (
    MAIN_TITLE,
    ROUTINE,
    Node,
    RunningApp,
    Tree,
    choose_routine,
    unnamed_focusable,
)

EDITOR_TITLE = "Routine editor"
#: How the Problems list begins a problem of the first exercise's name: with the field's label
#: (issue 19 item 5), not the file's path "exercises[0].name".
NAME_PROBLEM = "Exercise 1, Name: "


def editor(tree: Tree) -> Node | None:
    frames = [node for node in tree.frames() if node.name.endswith(EDITOR_TITLE)]
    return frames[0] if len(frames) == 1 else None


def open_editor(app: RunningApp) -> tuple[Tree, Node]:
    """The editor of a copy of ROUTINE (Edit routine, F2, from its overview)."""
    tree = app.tree()
    if editor(tree) is None:
        choose_routine(app, ROUTINE)
        app.focus_window(MAIN_TITLE)
        app.keys("F2")
    tree = app.wait_for("the routine editor", lambda tree: tree if editor(tree) else None)
    window = editor(tree)
    assert window is not None
    return tree, window


def test_every_focusable_object_in_the_editor_has_a_name(app: RunningApp) -> None:
    tree, window = open_editor(app)
    assert unnamed_focusable(tree, window) == ""


def test_an_emptied_name_says_its_error_in_the_fields_description(app: RunningApp) -> None:
    """The Problems list says the error with the field's label, and the Name field's
    description says the same error: a screen reader reads it with the field."""
    tree, window = open_editor(app)
    name = tree.find(role="text", name="Exercise name", within=window)
    assert name.text == ROUTINE
    app.focus_window(EDITOR_TITLE)
    app.focus(name)
    app.keys("ctrl+a", "BackSpace")

    def said(tree: Tree) -> tuple[str, Node] | None:
        window = editor(tree)
        problems = tree.find(role="list", name="Problems", within=window)
        listed = [node.name for node in tree.nodes if node.within(problems)]
        errors = [
            line.removeprefix(NAME_PROBLEM) for line in listed if line.startswith(NAME_PROBLEM)
        ]
        field = tree.find(role="text", name="Exercise name", within=window)
        return (errors[0], field) if errors and field.text == "" else None

    def shows(tree: Tree) -> str:
        window = editor(tree)
        problems = tree.find(role="list", name="Problems", within=window)
        field = tree.find(role="text", name="Exercise name", within=window)
        listed = [node.name for node in tree.nodes if node.within(problems) and node.name]
        return f"the Problems list said {listed}; the field {field.text!r}, {field.description!r}"

    error, field = app.wait_for(
        "the Problems list to list the emptied name", said, timeout=10, shows=shows
    )
    assert error.strip() and error in field.description, (error, field.description)
