"""Shared test setup: offscreen Qt, per-test user folders, and the strict mode for CI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: In CI nothing may be skipped for a missing system part (see .ci/run).
STRICT = os.environ.get("ANKLE_COACH_STRICT") == "1"


def skip_or_fail(reason: str) -> None:
    """Skip a test that needs a missing system part locally; fail it under ANKLE_COACH_STRICT=1."""
    if STRICT:
        pytest.fail(f"ANKLE_COACH_STRICT=1 and {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def user_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own per-user folders; none touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANKLE_COACH_HOME", str(home))
    yield home
