"""An open, empty history in the test user's folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ankle_coach.core.history import History
from ankle_coach.core.paths import Paths


@pytest.fixture
def history(user_home: Path) -> Iterator[History]:
    opened, message = History.open(Paths.under(user_home))
    assert message is None
    yield opened
    opened.close()
