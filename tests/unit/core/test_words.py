"""How prescriptions read on screen."""

from __future__ import annotations

import pytest

from ankle_coach.core.routine import Exercise
from ankle_coach.core.words import prescription_text


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        (
            {"hold_seconds": 30, "sets": 3, "sides": ("left", "right"), "rest_seconds": 10},
            "3 \u00d7 30 s hold, each side, rest 10 s between sets",
        ),
        ({"reps": 15, "sets": 3, "rep_seconds": 4.0}, "3 \u00d7 15 reps (4 s each)"),
        (
            {"reps": 15, "directions": ("clockwise", "counter-clockwise")},
            "15 reps (2 s each), each direction",
        ),
        ({"duration_seconds": 180}, "3 min"),
        ({"duration_seconds": 60, "sides": ("left", "right")}, "1 min, each side"),
        ({"manual": True, "sides": ("right",)}, "At your own pace, right side only"),
    ],
)
def test_prescription_text(fields: dict[str, object], text: str) -> None:
    assert prescription_text(Exercise(name="X", **fields)) == text  # type: ignore[arg-type]
