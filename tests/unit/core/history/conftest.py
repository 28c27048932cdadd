"""The history tests' folders and an open, empty history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ankle_coach.core.history import History
from ankle_coach.core.paths import Paths


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.under(tmp_path)


@pytest.fixture
def history(paths: Paths) -> Iterator[History]:
    opened, message = History.open(paths)
    assert message is None
    yield opened
    opened.close()
