"""The README's promises: its routine example is valid, its error lines are what users see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ankle_coach.core.plan import compile_plan
from ankle_coach.core.routine import RoutineError, parse_routine

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def block(language: str) -> str:
    found = re.search(rf"```{language}\n(.*?)```", README, re.S)
    assert found is not None
    return found.group(1)


def test_full_routine_example_is_valid() -> None:
    routine = parse_routine(block("toml").encode(), "example.toml")
    assert [e.name for e in routine.exercises] == [
        "Standing calf stretch",
        "Calf raises",
        "Ankle circles",
        "Running in place",
        "Ice the ankle",
    ]
    kinds = {s.kind for s in compile_plan(routine).segments}
    assert kinds == {"get-ready", "work", "rest", "switch", "manual"}


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (
            ("duration_seconds = 180", "hold_seconds = 3600"),
            "week-1.toml: exercises[3].hold_seconds: must be between 1 and 600 seconds, not 3600",
        ),
        (
            ('sides = ["left", "right"]', 'sides = ["left", "up"]'),
            'week-1.toml: exercises[0].sides[1]: must be "left" or "right", not the text "up"',
        ),
    ],
)
def test_error_lines_shown_in_readme_are_real(change: tuple[str, str], line: str) -> None:
    assert line in README
    text = block("toml").replace(*change)
    with pytest.raises(RoutineError) as caught:
        parse_routine(text.encode(), "week-1.toml")
    assert line in [str(p) for p in caught.value.problems]


def test_ci_runs_the_quickstart_test_command() -> None:
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- quickstart:test -->" in ci and "<!-- quickstart:test -->" in README
    assert "ANKLE_COACH_STRICT=1" in ci
