"""GUI tests: a modal dialog nobody answers must fail the test, never hang the suite."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def unanswered(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a modal message box opened unexpectedly: {args[1:3]}")

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, unanswered)
