"""One real app per test module, on a desktop of its own with a screen reader's view of it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import NoReturn

import pytest

from ankle_coach.core.history import CheckIn, History
from ankle_coach.core.paths import Paths
from tests.support.atspi import AccessibilityUnavailable, AccessibleDesktop, RunningApp

HERE = Path(__file__).resolve().parent
#: Sessions in the seeded history: the History page then has a table to Tab out of.
SEEDED_SESSIONS = 4


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test here starts Xvfb, two buses and the app: the slow lane's, and the
    accessibility lane's (`pytest -m accessibility` runs it alone). The hook sees the whole
    session's tests, wherever its conftest is: only this folder's are marked."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.accessibility)


def seed(home: Path) -> None:
    """Settings that go straight to the session (the check-in has tests of its own) and a few
    past sessions with check-ins."""
    config = home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text("version = 1\nask_pain_check_in = false\n")
    history, message = History.open(Paths.under(home))
    assert message is None, message
    with history:
        start = datetime.now().replace(microsecond=0) - timedelta(days=SEEDED_SESSIONS)
        for day in range(SEEDED_SESSIONS):
            began = start + timedelta(days=day)
            session = history.start_session("calf-raises", "Calf raises", 260, began)
            history.record_progress(session, 260, ["Calf raises"], at=began)
            history.finish_session(session, began + timedelta(seconds=260), "finished")
            history.add_check_in(CheckIn(began, "before", rating=4 - day, session_id=session))


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp | str]:
    """The app running on its own desktop, or why it cannot run here (see `app`)."""
    # A short path: the log and the display's files live under it.
    folder = tmp_path_factory.mktemp("a11y", numbered=True)
    home = folder / "home"
    seed(home)
    desktop = AccessibleDesktop(folder)
    try:
        desktop.start()
    except AccessibilityUnavailable as exc:
        yield str(exc)
        return
    app = RunningApp(desktop, home)
    try:
        app.start()
        yield app
    finally:
        output = app.close()
        desktop.close()
    assert "Traceback" not in output, output


@pytest.fixture
def app(started: RunningApp | str, skip_or_fail: Callable[[str], NoReturn]) -> RunningApp:
    """The module's app; skipped here, failed in CI, when a part of the lane is missing."""
    if isinstance(started, str):
        skip_or_fail(f"the accessibility lane cannot run: {started}")
    return started
