"""The records: a check-in is always valid."""

from __future__ import annotations

import pytest

from ankle_coach.core.history import CheckIn
from tests.unit.core.history.helpers import START


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rating": 11}, "a pain rating is a whole number from 0 to 10, not 11"),
        ({"rating": -1}, "a pain rating is a whole number from 0 to 10, not -1"),
        ({"rating": True}, "a pain rating is a whole number from 0 to 10, not True"),
        ({"when": "during"}, "a check-in is one of ('before', 'after', 'standalone')"),
        ({"when": "standalone", "session_id": 3}, "a standalone check-in belongs to no session"),
    ],
)
def test_a_check_in_is_always_valid(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"at": START, "when": "after", "rating": 3, **changes}
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        CheckIn(**fields)  # type: ignore[arg-type]
