"""The accessibility lane's eyes and hands on the AT-SPI bus: run by the system's python3.

pyatspi is a Debian package (python3-pyatspi) of the system's own Python, on GObject bindings
(python3-gi) compiled for that interpreter. The venv's Python can load them only when it is the
same minor version (it is here: 3.11.7 beside Debian's 3.11.2, measured), and only by putting
Debian's dist-packages on the test process's path. So the tests do not import it: they start
this script under /usr/bin/python3 and talk to it in JSON, one line per request and one per
answer, on its stdin and stdout (tests/support/atspi.py). It imports nothing of the project and
nothing outside the standard library but pyatspi and GLib (to follow focus events).

Requests ({"op": ..., ...}) and what they answer:
- {"op": "ping"}: {"ok": true, "python": "3.11.2"}, once pyatspi is loaded.
- {"op": "tree", "app": NAME}: {"nodes": [...]}, every object of the application NAME that is
  showing (a hidden object's children are left out), each as a dict: path (child indices from
  the application), id (Qt's accessible id: the object names from the window down), role, name,
  description, states, text (the Text interface's, if any), value (the Value interface's),
  actions (their names), attributes.
- {"op": "read", "app": NAME, "paths": [[...], ...]}: {"nodes": [...]}, the objects at those
  paths described as "tree" does (null where there is none), read one right after the other:
  what a whole tree, read over a second or more on a busy machine, cannot show together.
- {"op": "act", "path": [...], "role": ROLE, "name": NAME, "action": ACTION}: does the action
  (by its name: "Press", "Toggle", "SetFocus"...) of the object at `path`, after checking that it
  is still the object with that role and name (the tree can change between two requests).
- {"op": "focus", "path": [...], "role": ..., "name": ...}: grabs the keyboard focus for it.
- {"op": "focused"}: {"node": ...} the object that last said it took the keyboard focus (an
  "object:state-changed:focused" event, as a screen reader follows it), or null. The objects'
  own "focused" state is not enough: Qt gives it to a list's current item whether or not the
  list has the focus.
- {"op": "announcements"}: {"said": [{"text": ..., "politeness": 1, "by": NAME}, ...]}, what
  was announced ("object:announcement": Qt's QAccessibleAnnouncementEvent) since the last
  time they were asked for; politeness is AT-SPI's live setting (1 polite, 2 assertive).
Anything that goes wrong answers {"error": "what"}; the probe goes on to the next request.
"""

from __future__ import annotations

import json
import platform
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

#: Enough of a text for any assertion; a page of the guidance is not needed whole.
TEXT_LIMIT = 2000


def application(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == name:
            return app
    raise LookupError(f"no application called {name!r} on the AT-SPI bus")


def describe(node: Any, path: list[int]) -> dict[str, Any]:
    states = node.getState().getStates()
    found: dict[str, Any] = {
        "path": path,
        "id": _or_none(lambda: node.accessibleId),
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": sorted(pyatspi.stateToString(state) for state in states),
        "text": None,
        "value": None,
        "actions": [],
        "attributes": _or_none(lambda: dict(a.split(":", 1) for a in node.getAttributes())),
    }
    try:
        text = node.queryText()
        found["text"] = text.getText(0, min(text.characterCount, TEXT_LIMIT))
    except NotImplementedError:
        pass
    try:
        found["value"] = node.queryValue().currentValue
    except NotImplementedError:
        pass
    try:
        action = node.queryAction()
        found["actions"] = [action.getName(index) for index in range(action.nActions)]
    except NotImplementedError:
        pass
    return found


def _or_none(read: Any) -> Any:
    try:
        return read()
    except (AttributeError, NotImplementedError, ValueError):
        return None


def tree(name: str) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []

    def walk(node: Any, path: list[int]) -> None:
        described = describe(node, path)
        if path and "showing" not in described["states"]:
            return
        nodes.append(described)
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None:
                walk(child, [*path, index])

    walk(application(name), [])
    return nodes


class EventWatch:
    """Follows the focus events and the announcements of the bus, as they arrive between
    requests."""

    def __init__(self) -> None:
        self.last: Any = None
        self.said: list[dict[str, Any]] = []
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._on_announcement, "object:announcement")

    def _on_focus(self, event: Any) -> None:
        if event.detail1:
            self.last = event.source

    def _on_announcement(self, event: Any) -> None:
        self.said.append(
            {
                "text": str(event.any_data),
                "politeness": event.detail1,
                "by": _or_none(lambda: event.source.name),
            }
        )

    def pump(self) -> None:
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass


def path_of(node: Any) -> list[int]:
    path: list[int] = []
    while node is not None and node.getRoleName() != "application":
        path.insert(0, node.getIndexInParent())
        node = node.parent
    return path


def read(request: dict[str, Any]) -> dict[str, Any]:
    app = application(request["app"])
    nodes: list[dict[str, Any] | None] = []
    for path in request["paths"]:
        node = app
        for index in path:
            node = node.getChildAtIndex(index) if node is not None else None
        nodes.append(None if node is None else describe(node, path))
    return {"nodes": nodes}


def find(request: dict[str, Any]) -> Any:
    node = application(request["app"])
    for index in request["path"]:
        node = node.getChildAtIndex(index)
        if node is None:
            raise LookupError(f"nothing at {request['path']}")
    if (node.getRoleName(), node.name) != (request["role"], request["name"]):
        raise LookupError(
            f"at {request['path']} is now the {node.getRoleName()} {node.name!r}, "
            f"not the {request['role']} {request['name']!r}"
        )
    return node


def act(request: dict[str, Any]) -> dict[str, Any]:
    action = find(request).queryAction()
    names = [action.getName(index) for index in range(action.nActions)]
    if request["action"] not in names:
        raise LookupError(f"no action {request['action']!r}, only {names}")
    return {"done": bool(action.doAction(names.index(request["action"])))}


def focus(request: dict[str, Any]) -> dict[str, Any]:
    return {"done": bool(find(request).queryComponent().grabFocus())}


def announcements(watch: EventWatch) -> dict[str, Any]:
    watch.pump()
    said, watch.said = watch.said, []
    return {"said": said}


def focused(watch: EventWatch) -> dict[str, Any]:
    watch.pump()
    node = watch.last
    return {"node": None if node is None else describe(node, path_of(node))}


def answer(request: dict[str, Any], watch: EventWatch) -> dict[str, Any]:
    op = request.get("op")
    if op == "ping":
        return {"ok": True, "python": platform.python_version()}
    if op == "tree":
        return {"nodes": tree(request["app"])}
    if op == "read":
        return read(request)
    if op == "act":
        return act(request)
    if op == "focus":
        return focus(request)
    if op == "focused":
        return focused(watch)
    if op == "announcements":
        return announcements(watch)
    return {"error": f"no such request: {op!r}"}


def main() -> None:
    watch = EventWatch()
    for line in sys.stdin:
        try:
            reply = answer(json.loads(line), watch)
        except Exception as exc:  # noqa: BLE001 - a D-Bus error (GLib.GError) too: say it, go on
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
