"""Shared test setup: offscreen Qt, per-test user folders, and the strict mode for CI."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from tests.support.pulse import PrivatePulse, PulseError, missing_tools

# Offscreen, on a virtual 1920x1080 screen: the default 800x600 one is smaller than the window
# and clamps restored geometry.
_SCREEN = Path(__file__).with_name("offscreen-screen.json")


def offscreen_platform(current: str | None, screen: Path = _SCREEN) -> str:
    """QT_QPA_PLATFORM for the tests: offscreen unless another platform is asked for, and when
    offscreen (asked for or not), on the screen of `screen` unless a configfile is given."""
    if not current:
        return f"offscreen:configfile={screen}"
    name, _, options = current.partition(":")
    if name != "offscreen" or any(
        option.startswith("configfile=") for option in options.split(":")
    ):
        return current
    return f"{current}:configfile={screen}" if options else f"offscreen:configfile={screen}"


os.environ["QT_QPA_PLATFORM"] = offscreen_platform(os.environ.get("QT_QPA_PLATFORM"))

# Tests never play through this machine's own sound server: those that need one start their own
# (the `pulse` fixture) and say so.
os.environ.setdefault("PULSE_SERVER", "unix:/nonexistent")

# The tests speak English unless one asks for another language (core/i18n.py reads these).
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

# The compiled catalogues (.qm, never committed) as the build makes them, rebuilt when a .ts
# file changed since: a checkout's tests see the translations as they are written.
from tests.support.catalogues import translations  # noqa: E402

translations.compile_catalogues()

#: In CI nothing may be skipped for a missing system part (see .ci/run).
STRICT = os.environ.get("ANKLE_COACH_STRICT") == "1"


def _skip_or_fail(reason: str) -> NoReturn:
    """Skip a test that needs a missing system part locally; fail it under ANKLE_COACH_STRICT=1."""
    if STRICT:
        pytest.fail(f"ANKLE_COACH_STRICT=1 and {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session", autouse=True)
def _a_qapplication_first(qapp: Any) -> Any:
    """Each test process's Qt application is pytest-qt's QApplication, made before any test:
    code under test that finds none makes a QGuiApplication of its own (the handout, for its
    fonts), and every widget test after it in that process would then fail. In one process
    the widget tests happened to run first; with the suite spread over workers (-n) they may
    not."""
    return qapp


@pytest.fixture
def skip_or_fail() -> Callable[[str], NoReturn]:
    """`skip_or_fail("needs pulseaudio")`: skips locally, fails in CI (ANKLE_COACH_STRICT=1)."""
    return _skip_or_fail


@pytest.fixture(autouse=True)
def user_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own per-user folders; none touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANKLE_COACH_HOME", str(home))
    yield home


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box nobody answers fails the test instead of hanging the suite."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        return

    def unanswered(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a modal message box opened unexpectedly: {args[1:3]}")

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(widgets.QMessageBox, name, unanswered)


#: Fixtures that make a test slow by themselves: a private sound server, speech rendered for real
#: (tests/unit/speech/conftest.py).
SLOW_FIXTURES = frozenset({"pulse", "builtin_render"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test on one of SLOW_FIXTURES is slow even if nobody marked it so: the fast lane
    (`-m "not slow"`) never starts a sound server nor renders speech for real."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def pulse(
    tmp_path_factory: pytest.TempPathFactory, skip_or_fail: Callable[[str], NoReturn]
) -> Iterator[PrivatePulse]:
    """A private PulseAudio server with a null sink, stopped after the test whatever happens."""
    missing = missing_tools()
    if missing:
        skip_or_fail(f"{', '.join(missing)} not installed (Debian: pulseaudio pulseaudio-utils)")
    # tmp_path can be too long for a Unix socket path
    folder = tmp_path_factory.mktemp("pa", numbered=True)
    server = PrivatePulse(folder)
    try:
        server.start()
    except PulseError as exc:
        skip_or_fail(f"a private PulseAudio server could not start: {exc}")
    try:
        yield server
    finally:
        server.close()
