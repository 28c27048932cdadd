"""Counted sets as a runner counting along hears them, and the lead-in a get-ready needs.

For any routine: in every counted set the voice says "Go." as rep 1 begins and then every number
from 2 to the last rep on the tempo, none left out; the set's call and the exercise's custom cue
are said too, before "3, 2, 1" in the pause before the set (or the cue right after "Go." when it
fits in rep 1), and no cue talks over another.
"""

from __future__ import annotations

import math

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ankle_coach.core import cues, i18n
from ankle_coach.core.cues import GAP_SECONDS, spoken_seconds
from ankle_coach.core.library import resolve
from ankle_coach.core.plan import (
    MAX_LEAD_IN_SECONDS,
    TRANSITIONS,
    Cue,
    Plan,
    PlanOptions,
    Segment,
    compile_plan,
    counts_aloud,
    fitting_lead_in,
    needed_lead_in,
    total_seconds,
)
from ankle_coach.core.routine import Exercise, Routine, routine_from_mapping
from ankle_coach.core.words import timetable
from tests.support.spoken_routines import builtin, spoken_in

BUILTINS = (
    "after-run-recovery",
    "ankle-circles",
    "calf-raises",
    "foot-massage",
    "pre-run-warm-up",
    "standing-calf-stretch",
    "warm-up-ankle-rolls",
)


def as_written(routine_id: str, lead_in: float) -> Routine:
    """A built-in with the lead-in these timelines were written for: the files' own are a few
    seconds longer, so that the German and Spanish get-ready says everything too (the counting
    below is the same whatever the lead-in)."""
    return msgspec.structs.replace(resolve(routine_id).routine, lead_in_seconds=lead_in)


def said_in(plan: Plan, segment: Segment) -> list[Cue]:
    return [c for c in plan.cues if c.segment == segment.index and c.kind != "complete"]


def sayable(exercise: Exercise, rate: int) -> bool:
    """Whether every number of a set (and "Go.") can be said within one rep at `rate`."""
    words = [cues.go(), *(str(n) for n in range(2, (exercise.reps or 0) + 1))]
    return all(spoken_seconds(w, rate) + GAP_SECONDS <= exercise.tempo_seconds for w in words)


# Built-in routines: the exact words and times -------------------------------------------------


def test_one_set_of_calf_raises_as_heard() -> None:
    plan = compile_plan(as_written("calf-raises", 25))
    get_ready, work, rest = plan.segments[:3]
    assert (get_ready.kind, get_ready.start, get_ready.duration) == ("get-ready", 0.0, 25.0)
    call_at = 25 - 3 - (spoken_seconds("Set 1 of 3. 15 reps.") + GAP_SECONDS)
    assert [(round(c.at, 2), c.kind, c.text) for c in said_in(plan, get_ready)] == [
        (
            0.0,
            "announce",
            "Get ready. First: Calf raises, 3 sets of 15 reps. Stand with the balls of your feet "
            "on the edge of a step or kerb, heels hanging off the back; hold a rail or a wall for "
            "balance. Slowly lower your heels, then raise them. Stop if it hurts.",
        ),
        (round(call_at, 2), "call", "Set 1 of 3. 15 reps."),
        (22.0, "countdown", "3"),
        (23.0, "countdown", "2"),
        (24.0, "countdown", "1"),
    ]
    assert round(call_at, 2) == 19.13
    assert (work.kind, work.start, work.duration, work.reps) == ("work", 25.0, 60.0, 15)
    custom_at = 25 + spoken_seconds("Go.") + GAP_SECONDS
    assert [(round(c.at, 2), c.kind, c.text) for c in said_in(plan, work)] == [
        (25.0, "start", "Go."),
        (round(custom_at, 2), "custom", "Slowly lower and raise your heels."),
        *((25.0 + 4 * (n - 1), "rep", str(n)) for n in range(2, 16)),
    ]
    assert [(round(c.at, 2), c.kind, c.text) for c in said_in(plan, rest)] == [
        (85.0, "announce", "Rest. Next: set 2 of 3."),
        (round(call_at + 90, 2), "call", "Set 2 of 3. 15 reps."),  # the rest lasts 30 s
        (112.0, "countdown", "3"),
        (113.0, "countdown", "2"),
        (114.0, "countdown", "1"),
    ]
    assert not plan.dropped


def test_ankle_circles_as_heard_with_a_breath_between_the_directions() -> None:
    plan = compile_plan(as_written("ankle-circles", 20))
    get_ready, clockwise, switch, counter = plan.segments
    said = said_in(plan, get_ready)
    assert [(round(c.at, 2), c.kind, c.text) for c in said[1:]] == [
        (14.6, "call", "Clockwise. 15 reps."),
        (17.0, "countdown", "3"),
        (18.0, "countdown", "2"),
        (19.0, "countdown", "1"),
    ]
    assert said[0].text.startswith("Get ready. First: Ankle circles, 15 reps, each direction.")
    assert [(c.at, c.kind, c.text) for c in said_in(plan, clockwise)] == [
        (20.0, "start", "Go."),
        *((20.0 + 2 * (n - 1), "rep", str(n)) for n in range(2, 16)),
    ]
    # the last count, "15" at 0:48, is followed by a 5 s pause that says the new direction
    assert (switch.kind, switch.start, switch.duration) == ("switch", 50.0, 5.0)
    assert [(c.at, c.kind, c.text) for c in said_in(plan, switch)] == [
        (50.0, "call", "Counter-clockwise."),
        (52.0, "countdown", "3"),
        (53.0, "countdown", "2"),
        (54.0, "countdown", "1"),
    ]
    assert [(c.at, c.text) for c in said_in(plan, counter)] == [
        (55.0, "Go."),
        *((55.0 + 2 * (n - 1), str(n)) for n in range(2, 16)),
    ]
    assert plan.total_seconds == 85.0 and not plan.dropped


def test_the_timetable_reads_as_a_runner_counts() -> None:
    text = timetable(compile_plan(as_written("ankle-circles", 20)))
    assert (
        "    00:46  \u201c14\u201d\n"
        "    00:48  \u201c15\u201d\n"
        "00:50  SWITCH     next: Ankle circles (counter-clockwise)  [5 s]\n"
        "    00:50  \u201cCounter-clockwise.\u201d\n"
        "    00:52  \u201c3\u201d\n"
        "    00:53  \u201c2\u201d\n"
        "    00:54  \u201c1\u201d\n"
        "00:55  WORK       Ankle circles (counter-clockwise, 15 reps)  [30 s]\n"
        "    00:55  \u201cGo.\u201d\n"
        "    00:57  \u201c2\u201d\n"
    ) in text


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("routine_id", BUILTINS)
@pytest.mark.parametrize("words", ["as shipped", "translated"])
def test_every_builtin_says_all_it_means_to(
    routine_id: str, language: i18n.Language, words: str
) -> None:
    """In every language: the routine as the library gives it, and with its exercises' own
    words in that language (tests/support/spoken_routines.py)."""
    with i18n.using(language):
        routine = builtin(routine_id)
        if words == "translated":
            routine = spoken_in(routine, language)
        plan = compile_plan(routine)
        assert not plan.dropped
        # the app's caution and the first exercise's name, whatever else has room
        assert plan.cues[0].text.endswith(cues.stop_if_it_hurts())
        assert routine.exercises[0].name in plan.cues[0].text
        if language == "en":
            assert needed_lead_in(routine) is None  # the get-ready says everything
        check_counted_sets(routine, plan, PlanOptions())


# Any routine ----------------------------------------------------------------------------------

gaps = st.sampled_from([0.0, 0.5, 1.0, 3.0, 5.0, 10.0, 30.0])
custom_cues = st.sampled_from(
    ["", "Slowly.", "Slowly lower and raise your heels.", "Keep the heel down, " * 4 + "gently."]
)


@st.composite
def counted_exercises(draw: st.DrawFn) -> Exercise:
    return msgspec.convert(
        {
            "name": draw(st.sampled_from(["Calf raises", "Ankle circles", "Toe taps"])),
            "instructions": draw(st.sampled_from(["", "Stand tall.", "Lie down and relax. " * 8])),
            "cue": draw(custom_cues),
            "sides": draw(st.sampled_from([[], ["left", "right"], ["right"]])),
            "directions": draw(
                st.sampled_from([[], ["clockwise", "counter-clockwise"], ["in"], ["a", "b", "c"]])
            ),
            "sets": draw(st.integers(1, 4)),
            "reps": draw(st.integers(1, 40)),
            "rep_seconds": draw(st.sampled_from([0.5, 1.0, 1.2, 1.5, 2.0, 3.0, 4.0, 6.0])),
            "rest_seconds": draw(gaps),
            "switch_seconds": draw(gaps),
        },
        Exercise,
    )


@st.composite
def other_exercises(draw: st.DrawFn) -> Exercise:
    kinds: list[dict[str, object]] = [
        {"hold_seconds": 10.0},
        {"duration_seconds": 30.0},
        {"manual": True},
    ]
    work = draw(st.sampled_from(kinds))
    return msgspec.convert(
        {"name": "Stretch", "cue": draw(custom_cues), "sides": ["left", "right"], **work},
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
    st.sampled_from([0.0, 1.0, 3.0, 5.0, 10.0, 20.0, 30.0]),
    gaps,
    st.lists(
        st.one_of(counted_exercises(), counted_exercises(), other_exercises()),
        min_size=1,
        max_size=4,
    ),
)
options = st.builds(
    PlanOptions,
    count_reps=st.sampled_from([True, True, True, False]),
    halfway=st.booleans(),
    speech_rate=st.sampled_from([120, 150, 170, 200, 260]),
)


def check_counted_sets(routine: Routine, plan: Plan, plan_options: PlanOptions) -> None:
    rate = plan_options.speech_rate
    segments = plan.segments
    for segment in segments:
        exercise = routine.exercises[segment.exercise_index]
        if segment.kind != "work" or exercise.reps is None:
            continue
        counted = plan_options.count_reps and sayable(exercise, rate)
        assert counts_aloud(exercise, plan_options) == counted
        said = said_in(plan, segment)
        if not counted:
            assert all(c.kind != "rep" for c in said)  # no count that pretends to be one
            continue
        # "Go." is rep 1; then every number from 2 to the last, on the tempo, none left out
        counts = [c for c in said if c.kind in ("start", "rep")]
        assert [c.text for c in counts] == [
            cues.go(),
            *(str(n) for n in range(2, exercise.reps + 1)),
        ]
        assert [c.at - segment.start for c in counts] == pytest.approx(
            [exercise.tempo_seconds * n for n in range(exercise.reps)]
        )
        assert [c.kind for c in counts] == ["start"] + ["rep"] * (exercise.reps - 1)
        assert not [c for c in plan.dropped if c.segment == segment.index]
        assert all(c.kind in ("start", "rep", "custom") for c in said)  # no "3, 2, 1" inside
        # the pause before: the call, then "3, 2, 1" leading into "Go."; a breath after any
        # count that came before
        assert segment.index > 0
        pause = segments[segment.index - 1]
        assert pause.kind in TRANSITIONS
        before = said_in(plan, pause)
        assert [(c.text, c.at) for c in before[-3:]] == [
            ("3", pause.end - 3),
            ("2", pause.end - 2),
            ("1", pause.end - 1),
        ]
        calls = [c for c in before if c.kind == "call"]
        assert len(calls) == 1
        call = calls[0]
        assert plan.spoken_until(call) + GAP_SECONDS <= pause.end - 3 + 1e-9
        first_of_set = not segments[: segment.index] or not any(
            s.kind == "work" and (s.exercise_index, s.set) == (segment.exercise_index, segment.set)
            for s in segments[: segment.index]
        )
        if first_of_set:
            assert call.text.endswith(cues.reps_words(exercise.reps))
        news = [
            cues.side_words(segment.side) if segment.side else "",
            cues.direction_words(segment.direction) if segment.direction else "",
        ]
        new_side = segment.index >= 2 and segments[segment.index - 2].side != segment.side
        if new_side and segment.side:  # in full or, in a short switch said slowly, "Now the right."
            assert news[0] in call.text or call.text == cues.side_now(segment.side)
        if news[1] not in call.text:
            # A short switch says the other of two directions on the same side as "The other
            # way." ("Andersherum."); after a change of side the direction, the first again as
            # on the side before, may go unsaid.
            if new_side:
                assert segment.direction == exercise.directions[0]
            else:
                assert len(exercise.directions) == 2
                assert call.text == cues.other_way()
        if pause.index == 0 or segments[pause.index - 1].exercise_index != segment.exercise_index:
            assert routine.exercises[segment.exercise_index].name in before[0].text
        # the exercise's own cue: in the pause after the call, or in rep 1 after "Go."
        customs = [c for c in (*before, *said) if c.kind == "custom"]
        if first_of_set and exercise.cue:
            assert [c.text for c in customs] == [cues.custom_cue(exercise)]
            custom = customs[0]
            if custom.segment == pause.index:
                assert custom.at == pytest.approx(plan.spoken_until(call) + GAP_SECONDS)
            else:
                assert custom.at == pytest.approx(plan.spoken_until(counts[0]) + GAP_SECONDS)
                limit = segment.start + exercise.tempo_seconds
                assert plan.spoken_until(custom) + GAP_SECONDS <= limit + 1e-9
        else:
            assert not customs


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@settings(max_examples=400, deadline=None)
@given(routine=routines, plan_options=options)
def test_every_counted_set_is_counted_without_gaps(
    language: i18n.Language, routine: Routine, plan_options: PlanOptions
) -> None:
    """In every language, with its own words and its own estimate of how long they take."""
    with i18n.using(language):
        check_any_plan(routine, plan_options)


def check_any_plan(routine: Routine, plan_options: PlanOptions) -> None:
    plan = compile_plan(routine, plan_options)
    check_counted_sets(routine, plan, plan_options)
    for said, next_cue in zip(plan.cues, plan.cues[1:], strict=False):
        assert plan.spoken_until(said) + GAP_SECONDS <= next_cue.at + 1e-9  # never overlap
    assert total_seconds(routine, plan_options) == plan.total_seconds
    for before, after in zip(plan.segments, plan.segments[1:], strict=False):
        assert after.start == before.end


# The lead-in a get-ready needs ----------------------------------------------------------------


def first_exercise(**fields: object) -> Routine:
    exercise = {"name": "Calf raises", "instructions": "Heels off a step; lower and raise."}
    return routine_from_mapping(
        {"format": 1, "title": "New", "lead_in_seconds": 5, "exercises": [exercise | fields]},
        "new.toml",
    )


@pytest.mark.parametrize(
    ("fields", "announcement", "call"),
    [
        ({"hold_seconds": 30}, "Get ready. First: Calf raises, hold for 30 seconds.", ""),
        (
            {"reps": 15, "rep_seconds": 4, "sets": 3, "cue": "Slowly."},
            "Get ready. First: Calf raises, 3 sets of 15 reps.",
            "Set 1 of 3. 15 reps.",
        ),
        (
            {"reps": 10, "directions": ["in", "out"], "cue": "Keep your knee still, please."},
            "Get ready. First: Calf raises, 10 reps, each direction.",
            "In. 10 reps.",
        ),
    ],
)
def test_a_5_s_lead_in_is_too_short_and_the_one_needed_says_everything(
    fields: dict[str, object], announcement: str, call: str
) -> None:
    routine = first_exercise(**fields)
    needed = needed_lead_in(routine)
    assert needed is not None and needed == fitting_lead_in(routine) > 5
    fitted = msgspec.structs.replace(routine, lead_in_seconds=float(needed))
    assert needed_lead_in(fitted) is None
    plan = compile_plan(fitted)
    said = said_in(plan, plan.segments[0])
    whole = f"{announcement} Heels off a step; lower and raise. Stop if it hurts."
    custom = cues.custom_cue(fitted.exercises[0])
    custom_in_pause = bool(call) and not (
        spoken_seconds("Go.") + spoken_seconds(custom) + 2 * GAP_SECONDS
        <= fitted.exercises[0].tempo_seconds
    )
    expected = [whole, *([call] if call else []), *([custom] if custom_in_pause else [])]
    assert [c.text for c in said] == [*expected, "3", "2", "1"]
    assert plan.segments[0].duration == needed
    # a second less, and something is cut
    shorter = compile_plan(msgspec.structs.replace(routine, lead_in_seconds=needed - 1.0))
    assert [c.text for c in said_in(shorter, shorter.segments[0])] != [c.text for c in said]


def test_the_lead_in_needed_is_worked_out_at_the_voices_rate() -> None:
    routine = first_exercise(hold_seconds=30)
    slow, fast = (needed_lead_in(routine, PlanOptions(speech_rate=r)) for r in (120, 260))
    assert slow is not None and fast is not None and slow > fast
    announcement = "Get ready. First: Calf raises, hold for 30 seconds. " + (
        "Heels off a step; lower and raise. Stop if it hurts."
    )
    assert slow == math.ceil(spoken_seconds(announcement, 120) + GAP_SECONDS + 3)


def test_a_lead_in_option_does_not_hide_a_short_lead_in_in_the_file() -> None:
    routine = first_exercise(hold_seconds=30)
    assert needed_lead_in(routine, PlanOptions(lead_in_seconds=60)) == needed_lead_in(routine)


@pytest.mark.parametrize(
    ("fields", "lead_in", "needed"),
    [
        ({"hold_seconds": 30}, 0, None),  # no get-ready: the hold's call says the instructions
        ({"reps": 10}, 0, "fitting"),  # a counted set gets a get-ready anyway
        ({"hold_seconds": 30, "instructions": "Lie down and relax. " * 95}, 5, None),  # > 120 s
    ],
)
def test_when_no_lead_in_is_offered(
    fields: dict[str, object], lead_in: float, needed: str | None
) -> None:
    routine = msgspec.structs.replace(first_exercise(**fields), lead_in_seconds=lead_in)
    expected = fitting_lead_in(routine) if needed else None
    assert needed_lead_in(routine) == expected
    if fields.get("instructions"):
        assert fitting_lead_in(routine) > MAX_LEAD_IN_SECONDS


def test_a_routine_without_exercises_needs_no_lead_in() -> None:
    routine = Routine(format=1, title="Empty")
    assert needed_lead_in(routine) is None and fitting_lead_in(routine) == 0


@settings(max_examples=150, deadline=None)
@given(routines, options)
def test_the_fitting_lead_in_says_the_whole_announcement(
    routine: Routine, plan_options: PlanOptions
) -> None:
    needed = fitting_lead_in(routine, plan_options)
    fitted = msgspec.structs.replace(routine, lead_in_seconds=float(min(needed, 120)))
    assume_fits = needed <= MAX_LEAD_IN_SECONDS
    plan = compile_plan(fitted, plan_options)
    first = plan.segments[0]
    if not assume_fits:
        return
    assert needed_lead_in(fitted, plan_options) is None
    assert first.kind == "get-ready" and first.duration == needed
    said = said_in(plan, first)
    exercise = routine.exercises[0]
    assert said[0].text.startswith(f"Get ready. First: {exercise.name}, ")
    assert said[0].text.endswith("Stop if it hurts.")
    assert exercise.instructions.strip() in said[0].text
    assert [c.text for c in said[-3:]] == ["3", "2", "1"]


# Counting on or off: the same timeline ---------------------------------------------------------


def test_ankle_circles_keep_the_breath_between_directions_when_reps_are_not_counted() -> None:
    plan = compile_plan(as_written("ankle-circles", 20), PlanOptions(count_reps=False))
    assert [(s.kind, s.start, s.duration, s.direction) for s in plan.segments] == [
        ("get-ready", 0.0, 20.0, "clockwise"),
        ("work", 20.0, 30.0, "clockwise"),
        ("switch", 50.0, 5.0, "counter-clockwise"),
        ("work", 55.0, 30.0, "counter-clockwise"),
    ]
    said = [(c.at, c.text) for c in plan.cues if c.at >= 47.0]
    assert said == [
        (47.0, "3"),
        (48.0, "2"),
        (49.0, "1"),
        (50.0, "Switch to counter-clockwise."),  # the breath, as between sides
        (52.0, "3"),
        (53.0, "2"),
        (54.0, "1"),
        (55.0, "Counter-clockwise. 15 reps. Go."),
        (82.0, "3"),
        (83.0, "2"),
        (84.0, "1"),
        (85.0, "Routine complete. Well done."),
    ]
    assert "00:50  SWITCH     next: Ankle circles (counter-clockwise)  [5 s]" in timetable(plan)


@pytest.mark.parametrize("routine_id", BUILTINS)
def test_counting_on_or_off_leaves_every_builtin_timeline_as_it_is(routine_id: str) -> None:
    routine = resolve(routine_id).routine
    counted = compile_plan(routine, PlanOptions(count_reps=True))
    uncounted = compile_plan(routine, PlanOptions(count_reps=False))
    assert [(s.kind, s.start, s.duration) for s in uncounted.segments] == [
        (s.kind, s.start, s.duration) for s in counted.segments
    ]


def file_gap(routine: Routine, before: Segment | None, work: Segment) -> float:
    """The pause the file gives before `work`: the lead-in, the rest between exercises, the
    exercise's rest between sets, or its switch time between sides and between directions."""
    exercise = routine.exercises[work.exercise_index]
    if before is None:
        return routine.lead_in_seconds
    if before.exercise_index != work.exercise_index:
        return routine.rest_between_exercises_seconds
    if before.set != work.set:
        return exercise.rest_seconds
    return exercise.switch_seconds


def pauses(routine: Routine, plan: Plan) -> list[tuple[Segment, Segment | None]]:
    """Each work or manual segment with the pause before it (None when there is none)."""
    found: list[tuple[Segment, Segment | None]] = []
    pause: Segment | None = None
    for segment in plan.segments:
        if segment.kind in TRANSITIONS:
            pause = segment
        else:
            found.append((segment, pause))
            pause = None
    return found


@settings(max_examples=200, deadline=None)
@given(routines, st.sampled_from([120, 170, 260]))
def test_counting_aloud_changes_only_the_pauses_before_counted_sets(
    routine: Routine, rate: int
) -> None:
    """The documented difference: a pause before a counted set is made long enough for its call
    and "3, 2, 1" (and added where the file gives none). Nothing else moves or goes: the work,
    the file's rests and switches, and the breath between directions stay, counted or not."""
    on = PlanOptions(count_reps=True, speech_rate=rate)
    off = PlanOptions(count_reps=False, speech_rate=rate)
    counted, uncounted = compile_plan(routine, on), compile_plan(routine, off)
    with_counts, without = pauses(routine, counted), pauses(routine, uncounted)
    assert [
        (w.kind, w.exercise_index, w.set, w.side, w.direction, w.duration) for w, _ in with_counts
    ] == [(w.kind, w.exercise_index, w.set, w.side, w.direction, w.duration) for w, _ in without]
    previous: Segment | None = None
    for (work, pause_on), (_, pause_off) in zip(with_counts, without, strict=True):
        gap = file_gap(routine, previous, work)
        previous = work
        # without counting, every pause is the file's own, the breath between directions too
        assert (pause_off.duration if pause_off else 0.0) == gap
        if not counts_aloud(routine.exercises[work.exercise_index], on):
            kept = [(p.kind, p.duration) if p else None for p in (pause_on, pause_off)]
            assert kept[0] == kept[1]
            continue
        assert pause_on is not None  # a counted set always has a pause before it
        assert pause_on.duration >= gap
        if pause_off is not None:
            assert pause_on.kind == pause_off.kind
    assert counted.total_seconds >= uncounted.total_seconds
