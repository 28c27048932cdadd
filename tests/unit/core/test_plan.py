"""The Plan: what happens when, and what is said, for any valid routine."""

from __future__ import annotations

from functools import reduce
from operator import add

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ankle_coach.core.cues import GAP_SECONDS, Priority
from ankle_coach.core.library import resolve
from ankle_coach.core.plan import TRANSITIONS, Plan, PlanOptions, compile_plan, total_seconds
from ankle_coach.core.routine import Exercise, Routine, routine_from_mapping


def builtin(routine_id: str) -> Routine:
    return resolve(routine_id).routine


def texts(plan: Plan, segment: int) -> list[str]:
    return [cue.text for cue in plan.cues if cue.segment == segment]


def test_calf_stretch_cues_a_runner_hears() -> None:
    plan = compile_plan(builtin("standing-calf-stretch"))
    first, work, switch, right, rest = plan.segments[:5]
    assert [s.kind for s in (first, work, switch, right, rest)] == [
        "get-ready",
        "work",
        "switch",
        "work",
        "rest",
    ]
    assert texts(plan, 0) == [
        "Get ready. First: Standing calf stretch, hold for 30 seconds, 3 times, each side. "
        "Stand in a staggered stance and lunge forward, "
        "keeping your back heel on the ground. "
        "Feel the stretch in the back of your calf. Stop if it hurts.",
        "3",
        "2",
        "1",
    ]
    assert texts(plan, 1) == [
        "Left side. Set 1 of 3. Hold for 30 seconds.",
        "Halfway.",
        "3",
        "2",
        "1",
    ]
    assert texts(plan, 2) == ["Switch to your right side.", "3", "2", "1"]
    assert texts(plan, 3)[0] == "Right side. Set 1 of 3. Hold for 30 seconds."
    assert texts(plan, 4)[0] == "Rest. Next: set 2 of 3, left side."
    halfway = next(c for c in plan.cues if c.kind == "halfway")
    assert halfway.at == work.start + 15
    assert [c.at for c in plan.cues if c.segment == 1 and c.kind == "countdown"] == [
        work.end - 3,
        work.end - 2,
        work.end - 1,
    ]
    assert plan.cues[-1].text == "Routine complete. Well done."
    assert plan.cues[-1].at == plan.total_seconds


def test_a_counted_set_is_called_in_the_pause_before_it_and_counted_from_go() -> None:
    plan = compile_plan(builtin("calf-raises"))
    get_ready, work, rest = plan.segments[:3]
    assert (work.kind, work.reps, work.rep_seconds) == ("work", 15, 4.0)
    assert texts(plan, get_ready.index)[1:] == ["Set 1 of 3. 15 reps.", "3", "2", "1"]
    said = [c for c in plan.cues if c.segment == work.index]
    assert [(c.text, c.kind) for c in said[:3]] == [
        ("Go.", "start"),
        ("Slowly lower and raise your heels.", "custom"),  # fits in rep 1, before "2"
        ("2", "rep"),
    ]
    counts = [c for c in said if c.kind == "rep"]
    assert [c.text for c in counts] == [str(n) for n in range(2, 16)]
    assert [c.at - work.start for c in counts] == [4.0 * (n - 1) for n in range(2, 16)]
    assert texts(plan, rest.index)[0] == "Rest. Next: set 2 of 3."
    assert work.rep_at(0) == 1 and work.rep_at(4.0) == 2 and work.rep_at(59.9) == 15


def test_next_exercise_is_announced_with_what_to_do() -> None:
    plan = compile_plan(builtin("after-run-recovery"))
    rest = next(s for s in plan.segments if s.kind == "rest" and s.exercise == "Calf raises")
    announcement, call = texts(plan, rest.index)[:2]
    assert announcement.startswith("Rest. Next: Calf raises.")
    assert "heels hanging off the back" in announcement
    assert call == "15 reps."  # the set's call, just before the countdown


def test_directions_are_called_at_each_change() -> None:
    plan = compile_plan(builtin("ankle-circles"))
    calls = [c.text for c in plan.cues if c.kind == "call"]
    assert calls == ["Clockwise. 15 reps.", "Counter-clockwise."]
    starts = [texts(plan, s.index)[0] for s in plan.segments if s.kind == "work"]
    assert starts == ["Go.", "Go."]


def test_options_turn_off_rep_counts_and_halfway() -> None:
    plan = compile_plan(builtin("after-run-recovery"), PlanOptions(count_reps=False, halfway=False))
    kinds = {c.kind for c in plan.cues}
    assert "rep" not in kinds and "halfway" not in kinds
    raises = next(s for s in plan.segments if s.reps)
    assert texts(plan, raises.index)[-3:] == ["3", "2", "1"]


def test_lead_in_option_replaces_the_routines() -> None:
    plan = compile_plan(builtin("calf-raises"), PlanOptions(lead_in_seconds=30))
    assert plan.segments[0].duration == 30


def test_adjusted_duration_moves_everything_after_it() -> None:
    routine = builtin("standing-calf-stretch")
    plain = compile_plan(routine)
    longer = compile_plan(routine, durations={1: 35.0})
    assert longer.segments[1].duration == 35.0
    assert [s.start - 5 for s in longer.segments[2:]] == [s.start for s in plain.segments[2:]]
    assert longer.total_seconds == plain.total_seconds + 5
    countdown = [c.at for c in longer.cues if c.segment == 1 and c.kind == "countdown"]
    assert countdown == [longer.segments[1].end - n for n in (3, 2, 1)]


def test_manual_step_lasts_as_long_as_its_call_then_waits() -> None:
    routine = routine_from_mapping(
        {
            "format": 1,
            "title": "Manual",
            "exercises": [
                {"name": "Ice", "instructions": "Wrap the ice in a towel.", "manual": True}
            ],
        },
        "m.toml",
    )
    plan = compile_plan(routine)
    manual = plan.segments[1]
    assert manual.kind == "manual"
    (call,) = [c for c in plan.cues if c.segment == 1 and c.kind != "complete"]
    assert call.text == "Ice. Press Done when you have finished."
    assert manual.duration >= 3 and plan.spoken_until(call) <= manual.end


def custom_routine(**work: object) -> Routine:
    exercise = {"name": "Calf raises", "cue": "slow on the way down", **work}
    return routine_from_mapping({"format": 1, "title": "Cue", "exercises": [exercise]}, "cue.toml")


def test_custom_cue_follows_the_call_at_the_start_of_each_set() -> None:
    plan = compile_plan(
        custom_routine(hold_seconds=30, sets=2, sides=["left", "right"], rest_seconds=10)
    )
    work = [s for s in plan.segments if s.kind == "work"]
    assert [(s.set, s.side) for s in work] == [(1, "left"), (1, "right"), (2, "left"), (2, "right")]
    for segment in work:
        said = [c for c in plan.cues if c.segment == segment.index]
        assert said[0].text.endswith("Hold for 30 seconds.")
        if segment.side == "left":  # the first of its set
            custom = said[1]
            assert (custom.text, custom.kind) == ("Slow on the way down.", "custom")
            assert custom.at == plan.spoken_until(said[0]) + GAP_SECONDS
            assert custom.priority == Priority.CHANGE
        else:
            assert all(c.kind != "custom" for c in said)
    assert not plan.dropped


def test_custom_cue_too_long_for_rep_1_is_said_after_the_call_before_the_set() -> None:
    # a 5 s lead-in is too short for the get-ready's call: it is made long enough (9 s)
    plan = compile_plan(custom_routine(reps=12, rep_seconds=2.0, sets=3, rest_seconds=10))
    pauses = [s for s in plan.segments if s.kind != "work"]
    assert [(s.kind, s.duration) for s in pauses] == [("get-ready", 9), ("rest", 10), ("rest", 10)]
    announcements = [
        "Get ready. First: Calf raises.",
        "Rest. Next: set 2 of 3.",
        "Rest. Next: set 3 of 3.",
    ]
    for pause, announcement in zip(pauses, announcements, strict=True):
        said = [c for c in plan.cues if c.segment == pause.index]
        assert [(c.kind, c.text) for c in said] == [
            ("announce", announcement),
            ("call", "12 reps."),
            ("custom", "Slow on the way down."),
            *(("countdown", n) for n in "321"),
        ]
        call, custom = said[1:3]
        assert custom.at == plan.spoken_until(call) + GAP_SECONDS
        assert plan.spoken_until(custom) + GAP_SECONDS == pytest.approx(pause.end - 3)
        work = plan.segments[pause.index + 1]
        counts = [c.text for c in plan.cues if c.segment == work.index and c.kind != "complete"]
        assert counts == ["Go.", *(str(n) for n in range(2, 13))]
    assert not plan.dropped


def test_custom_cue_without_room_before_the_countdown_is_left_out_and_said_so() -> None:
    plan = compile_plan(custom_routine(hold_seconds=6, sides=["left"]))
    work = plan.segments[1]
    said = [c.text for c in plan.cues if c.segment == work.index and c.kind != "complete"]
    assert said == ["Left side. Hold for 6 seconds.", "3", "2", "1"]
    assert [(c.text, c.kind) for c in plan.dropped] == [("Slow on the way down.", "custom")]


def test_manual_step_is_long_enough_for_its_custom_cue() -> None:
    plan = compile_plan(custom_routine(manual=True))
    manual = plan.segments[1]
    call, custom = [c for c in plan.cues if c.segment == 1 and c.kind != "complete"]
    assert custom.text == "Slow on the way down."
    assert custom.at == plan.spoken_until(call) + GAP_SECONDS
    assert plan.spoken_until(custom) + GAP_SECONDS <= manual.end


def test_plan_json_has_design_field_names() -> None:
    data = compile_plan(builtin("foot-massage")).to_dict("foot-massage")
    assert set(data) >= {"routine", "title", "total_seconds", "segments", "cues"}
    assert set(data["segments"][0]) >= {
        "start",
        "duration",
        "kind",
        "exercise",
        "side",
        "direction",
        "set",
        "sets",
        "reps",
    }
    assert set(data["cues"][0]) >= {"at", "text", "priority"}


# Any valid routine ---------------------------------------------------------------------------

seconds = st.floats(min_value=1, max_value=90, allow_nan=False).map(lambda x: round(x, 1))
gaps = st.sampled_from([0.0, 1.0, 2.5, 3.0, 5.0, 10.0, 15.0])


@st.composite
def exercises(draw: st.DrawFn) -> Exercise:
    kind = draw(st.sampled_from(["hold", "reps", "duration", "manual"]))
    work: dict[str, object] = {}
    if kind == "hold":
        work["hold_seconds"] = draw(seconds)
    elif kind == "reps":
        work["reps"] = draw(st.integers(1, 25))
        work["rep_seconds"] = draw(st.sampled_from([0.5, 1.0, 1.5, 2.0, 4.0]))
    elif kind == "duration":
        work["duration_seconds"] = draw(seconds)
    else:
        work["manual"] = True
    return msgspec.convert(
        {
            "name": draw(st.sampled_from(["Calf raises", "Ankle circles", "X"])),
            "instructions": draw(st.sampled_from(["", "Stand tall.", "Lie down " * 12])),
            "cue": draw(st.sampled_from(["", "Slowly.", "Keep the heel down " * 5])),
            "sides": draw(st.sampled_from([[], ["left", "right"], ["right"]])),
            "directions": draw(st.sampled_from([[], ["in", "out"], ["clockwise"]])),
            "sets": draw(st.integers(1, 3)),
            "rest_seconds": draw(gaps),
            "switch_seconds": draw(gaps),
            **work,
        },
        Exercise,
    )


routines = st.builds(
    lambda lead_in, rest, exercise_list: Routine(
        format=1,
        title="Any",
        lead_in_seconds=lead_in,
        rest_between_exercises_seconds=rest,
        exercises=tuple(exercise_list),
    ),
    gaps,
    gaps,
    st.lists(exercises(), min_size=1, max_size=4),
)
options = st.builds(PlanOptions, count_reps=st.booleans(), halfway=st.booleans())


@settings(max_examples=300, deadline=None)
@given(routines, options)
def test_plan_properties(routine: Routine, plan_options: PlanOptions) -> None:
    plan = compile_plan(routine, plan_options)
    segments = plan.segments

    assert segments[0].start == 0
    for before, after in zip(segments, segments[1:], strict=False):
        assert after.start == before.end  # contiguous and ordered
    assert all(s.duration > 0 for s in segments)
    assert plan.total_seconds == reduce(add, (s.duration for s in segments), 0.0)
    assert total_seconds(routine, plan_options) == plan.total_seconds

    for cue in plan.cues:
        segment = segments[cue.segment]
        if cue.kind == "countdown":
            assert segment.start <= cue.at < segment.end
        assert segment.start <= cue.at <= segment.end
    ats = [cue.at for cue in plan.cues]
    assert ats == sorted(ats)
    assert len(set(ats)) == len(ats)  # no two cues share an instant
    for said, next_cue in zip(plan.cues, plan.cues[1:], strict=False):
        # none talks over another (cues placed back to back may differ by a float rounding)
        assert plan.spoken_until(said) + GAP_SECONDS <= next_cue.at + 1e-9
    assert all(c.priority < Priority.COUNTDOWN for c in plan.dropped)
    sets_begun: dict[tuple[int, int], int] = {}  # the first work segment of each set
    for segment in segments:
        if segment.kind in ("work", "manual"):
            sets_begun.setdefault((segment.exercise_index, segment.set), segment.index)
    customs = [c for c in (*plan.cues, *plan.dropped) if c.kind == "custom"]
    # said in the set's first segment, or in the pause before a counted set; or left out, listed
    assert sorted(c.segment + (segments[c.segment].kind in TRANSITIONS) for c in customs) == sorted(
        index for (exercise, _), index in sets_begun.items() if routine.exercises[exercise].cue
    )
    for custom in (c for c in plan.cues if c.kind == "custom"):
        mine = [c for c in plan.cues if c.segment == custom.segment]
        call = next(c for c in mine if c.kind in ("start", "call"))
        assert custom.at == plan.spoken_until(call) + GAP_SECONDS  # right after the call
        over = plan.spoken_until(custom) + GAP_SECONDS
        assert over <= segments[custom.segment].end + 1e-9
        assert all(over <= c.at + 1e-9 for c in mine if c.kind in ("countdown", "rep"))
    starts = {cue.at for cue in plan.cues if cue.kind in ("start", "announce", "call")}
    for segment in segments:  # every segment long enough to say something says what it is
        if segment.duration >= 3:
            assert segment.start in starts, segment
    assert compile_plan(routine, plan_options) == plan  # deterministic


@settings(max_examples=100, deadline=None)
@given(routines)
def test_every_change_after_a_long_enough_segment_gets_3_2_1(routine: Routine) -> None:
    plan = compile_plan(routine, PlanOptions(count_reps=False))
    for segment in plan.segments:
        if segment.kind != "manual" and segment.duration >= 8:
            countdown = [
                c.text for c in plan.cues if c.segment == segment.index and c.kind != "complete"
            ][-3:]
            assert countdown == ["3", "2", "1"]
