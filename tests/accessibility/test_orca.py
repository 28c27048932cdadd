"""A session as Orca 43 says it (issue 19.6): what a blind runner hears, from the screen reader.

Orca runs on the lane's desktop with its speech off and its debug log on (tests/support/orca.py);
what it would have said is read from the log. Orca 43 listens for no announcement event: it
speaks the session's notifications (ui/session/announce.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.accessibility.conftest import seed
from tests.support.atspi import (
    ROUTINE,
    AccessibilityUnavailable,
    AccessibleDesktop,
    RunningApp,
    choose_routine,
    stop_everything,
    wait_for,
)
from tests.support.orca import Orca

#: What Orca says as a session of ROUTINE starts: the change of step, and the first cue.
CHANGE = "Get ready. Next: Calf raises. Set 1 of 3."
CUE = "Get ready. First: Calf raises, 3 sets of 15 reps."


@pytest.fixture(scope="module")
def listening(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Orca, Path] | str]:
    """A desktop with Orca listening (and where the app's home goes), or why there is none.
    Orca starts before the app, as on a blind user's desktop: started after it, it took the
    keyboard's Down from the app's list."""
    folder = tmp_path_factory.mktemp("orca", numbered=True)
    desktop = AccessibleDesktop(folder)
    try:
        desktop.start()
    except AccessibilityUnavailable as exc:
        yield str(exc)
        return
    orca = Orca(desktop, folder)
    try:
        orca.start()
    except AccessibilityUnavailable as exc:
        desktop.close()
        yield f"Orca cannot run: {exc}"
        return
    try:
        yield orca, folder
    finally:
        orca.close()
        desktop.close()


@pytest.fixture(scope="module")
def started(listening: tuple[Orca, Path] | str) -> Iterator[RunningApp | str]:
    """The app on Orca's desktop (the conftest's `app` takes it from here)."""
    if isinstance(listening, str):
        yield listening
        return
    orca, folder = listening
    home = folder / "home"
    seed(home)
    app = RunningApp(orca.desktop, home)
    try:
        app.start()
        yield app
    finally:
        output = app.close()
    assert "Traceback" not in output, output


@pytest.fixture
def orca(app: RunningApp, listening: tuple[Orca, Path] | str) -> Orca:
    assert not isinstance(listening, str)  # `app` skipped or failed the test already
    return listening[0]


def test_orca_says_a_change_of_step_and_a_cue_pause_and_resume(app: RunningApp, orca: Orca) -> None:
    """Within 20 s of a session's start Orca says its change of step and its first cue, each
    once, and no progress percentages; Space says "Paused", then "Resumed" (not the step)."""
    try:
        tree = choose_routine(app, ROUTINE)
    except AssertionError:
        # With Orca listening, every key goes through it first: on a busy machine the helper's
        # Down can land after it looked, and the list goes one past. It starts again from Home.
        tree = choose_routine(app, ROUTINE)
    before = len(orca.said())
    app.act(tree.find(role="push button", name="Start the routine"), "Press")

    def heard(*wanted: str) -> Callable[[], list[str] | None]:
        def check() -> list[str] | None:
            said = orca.said()[before:]
            found = all(any(text.startswith(words) for text in said) for words in wanted)
            return said if found else None

        return check

    try:
        said = wait_for("Orca to say the change and the cue", heard(CHANGE, CUE), timeout=20)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; Orca said: {orca.said()[before:]}") from None
    assert said.count(CHANGE) == 1, said
    assert [text for text in said if text.startswith(CUE)] == [said[said.index(CHANGE) + 1]]
    try:
        app.keys("space")  # the focus is in the session view: Space pauses
        said = wait_for("Orca to say Paused", heard("Paused."), timeout=10)
        app.keys("space")
        said = wait_for("Orca to say Resumed", heard("Paused.", "Resumed."), timeout=10)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; Orca said: {orca.said()[before:]}") from None
    finally:
        stop_everything(app)
    assert said.count(CHANGE) == 1, "resuming does not say the whole step again"
    assert not [text for text in said if "percent" in text], said
