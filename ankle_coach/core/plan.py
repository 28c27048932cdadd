"""Compiles a Routine into a Plan: the timed segments of a session and the cues spoken in them.

The Plan is the single truth about timing. Everything that shows or says what happens when (the
GUI, the cue player, the terminal runner, the handout, `ankle-coach plan`) reads it.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Final, Literal

from ankle_coach.core import cues
from ankle_coach.core.cues import DEFAULT_RATE, GAP_SECONDS, Priority, spoken_seconds
from ankle_coach.core.routine import Exercise, Routine, Side, work_steps

SegmentKind = Literal["get-ready", "work", "rest", "switch", "manual"]
CueKind = Literal["announce", "start", "custom", "halfway", "rep", "countdown", "complete"]

#: Segments kinds that lead into the work segment after them.
TRANSITIONS: Final[frozenset[str]] = frozenset({"get-ready", "rest", "switch"})
#: The shortest a manual step lasts in the Plan: time to say what to do, then it waits for Done.
MIN_MANUAL_SECONDS: Final = 3.0
COUNTDOWN_FROM: Final = 3
#: How long the call that starts a counted set may take, talking over its first counts.
COUNTED_CALL_SECONDS: Final = 3.0


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the session with one thing to do.

    Transition segments (get-ready, rest, switch) carry the exercise, side, direction and set of
    the work they lead into, so a view can always say what is coming.
    """

    index: int
    start: float
    duration: float
    kind: SegmentKind
    exercise_index: int
    exercise: str
    side: Side | None
    direction: str | None
    set: int
    sets: int
    reps: int | None = None
    rep_seconds: float | None = None

    @property
    def end(self) -> float:
        return self.start + self.duration

    def rep_at(self, offset: float) -> int | None:
        """The rep under way `offset` seconds into this segment (1-based), if it counts reps."""
        if self.reps is None or self.rep_seconds is None or self.kind != "work":
            return None
        return max(1, min(self.reps, int(offset // self.rep_seconds) + 1))


@dataclass(frozen=True, slots=True)
class Cue:
    """Something said at `at` seconds into the Plan, during segment `segment`."""

    at: float
    text: str
    priority: int
    kind: CueKind
    segment: int


@dataclass(frozen=True)
class PlanOptions:
    """The settings that change a Plan."""

    count_reps: bool = True
    halfway: bool = True
    lead_in_seconds: float | None = None  # None: the routine's own
    #: The voice's rate in words per minute: how long cues take to say, so none overlaps.
    speech_rate: int = DEFAULT_RATE


@dataclass(frozen=True)
class Plan:
    title: str
    segments: tuple[Segment, ...]
    cues: tuple[Cue, ...]
    #: Cues left out because a higher-priority cue was speaking, or (an exercise's custom cue)
    #: because the segment had no room for it before its countdown; never a countdown.
    dropped: tuple[Cue, ...] = ()
    speech_rate: int = DEFAULT_RATE
    _starts: tuple[float, ...] = field(default=(), repr=False, compare=False)

    def spoken_until(self, cue: Cue) -> float:
        """When the voice is estimated to have finished saying `cue`."""
        return cue.at + spoken_seconds(cue.text, self.speech_rate)

    @property
    def total_seconds(self) -> float:
        return self.segments[-1].end if self.segments else 0.0

    def segment_index_at(self, at: float) -> int:
        """The index of the segment running `at` seconds in (the last one once it is over)."""
        starts = self._starts or tuple(s.start for s in self.segments)
        return max(0, bisect.bisect_right(starts, at) - 1)

    def next_work(self, index: int) -> Segment | None:
        """The first work or manual segment after segment `index`."""
        for segment in self.segments[index + 1 :]:
            if segment.kind in ("work", "manual"):
                return segment
        return None

    def cues_between(self, start: float, end: float) -> tuple[Cue, ...]:
        """Cues with start <= at < end, in order."""
        ats = [cue.at for cue in self.cues]
        return self.cues[bisect.bisect_left(ats, start) : bisect.bisect_left(ats, end)]

    def to_dict(self, routine_id: str) -> dict[str, Any]:
        """The `ankle-coach plan --json` shape."""
        return {
            "routine": routine_id,
            "title": self.title,
            "total_seconds": self.total_seconds,
            "segments": [asdict(segment) for segment in self.segments],
            "cues": [asdict(cue) for cue in self.cues],
            "dropped_cues": [asdict(cue) for cue in self.dropped],
        }


@dataclass(frozen=True)
class _Spec:
    """A segment before it is placed in time."""

    kind: SegmentKind
    duration: float
    exercise_index: int
    exercise: Exercise
    set: int
    side: Side | None
    direction: str | None
    first_step: bool
    #: The first work segment of its set (the first side, the first direction).
    first_of_set: bool


def compile_plan(
    routine: Routine,
    options: PlanOptions | None = None,
    durations: Mapping[int, float] | None = None,
) -> Plan:
    """The Plan of `routine`. `durations` replaces the length of segments by index (live
    adjustments of a hold); everything after them moves, cues included."""
    options = options or PlanOptions()
    specs = _placed(routine, options, durations)
    segments: list[Segment] = []
    wanted: list[Cue] = []
    no_room: list[Cue] = []
    start = 0.0
    for index, spec in enumerate(specs):
        before = specs[index - 1] if index else None
        after = specs[index + 1] if index + 1 < len(specs) else None
        said, unsaid = _segment_cues(spec, before, after, index, start, options)
        wanted.extend(said)
        no_room.extend(unsaid)
        exercise = spec.exercise
        counts_reps = spec.kind == "work" and exercise.reps is not None
        segments.append(
            Segment(
                index=index,
                start=start,
                duration=spec.duration,
                kind=spec.kind,
                exercise_index=spec.exercise_index,
                exercise=exercise.name,
                side=spec.side,
                direction=spec.direction,
                set=spec.set,
                sets=exercise.sets,
                reps=exercise.reps if counts_reps else None,
                rep_seconds=exercise.tempo_seconds if counts_reps else None,
            )
        )
        start += spec.duration
    if segments:
        wanted.append(
            Cue(start, cues.routine_complete(), Priority.COUNTDOWN, "complete", len(segments) - 1)
        )
    kept, dropped = _without_overlaps(wanted, options.speech_rate)
    dropped = sorted([*dropped, *no_room], key=lambda c: c.at)
    return Plan(
        title=routine.title,
        segments=tuple(segments),
        cues=tuple(kept),
        dropped=tuple(dropped),
        speech_rate=options.speech_rate,
        _starts=tuple(s.start for s in segments),
    )


def total_seconds(routine: Routine, options: PlanOptions | None = None) -> float:
    """The length of the routine's Plan, without working out its cues."""
    total = 0.0
    for spec in _placed(routine, options or PlanOptions(), None):
        total += spec.duration
    return total


def _placed(
    routine: Routine, options: PlanOptions, durations: Mapping[int, float] | None
) -> list[_Spec]:
    """The segments in order with their final lengths (overrides applied, manual steps sized)."""
    specs = list(_specs(routine, options))
    for index, duration in (durations or {}).items():
        if 0 <= index < len(specs):
            specs[index] = replace(specs[index], duration=duration)
    for index, spec in enumerate(specs):
        if spec.kind == "manual" and not spec.duration:
            before = specs[index - 1] if index else None
            after = specs[index + 1] if index + 1 < len(specs) else None
            said = [_start_variants(spec, before, after)[0], _custom_text(spec)]
            speaking = sum(
                spoken_seconds(text, options.speech_rate) + GAP_SECONDS for text in said if text
            )
            length = max(MIN_MANUAL_SECONDS, float(math.ceil(speaking + GAP_SECONDS)))
            specs[index] = replace(spec, duration=length)
    return specs


def _specs(routine: Routine, options: PlanOptions) -> Iterator[_Spec]:
    lead_in = (
        options.lead_in_seconds if options.lead_in_seconds is not None else routine.lead_in_seconds
    )
    for exercise_index, exercise in enumerate(routine.exercises):
        set_number = 0
        for step_index, step in enumerate(work_steps(exercise)):
            first = step_index == 0
            first_of_set = step.set != set_number
            set_number = step.set

            fields = (
                exercise_index,
                exercise,
                step.set,
                step.side,
                step.direction,
                first,
                first_of_set,
            )
            if first:
                gap = lead_in if exercise_index == 0 else routine.rest_between_exercises_seconds
                if gap > 0:
                    yield _Spec("get-ready" if exercise_index == 0 else "rest", gap, *fields)
            elif step.gap_kind != "none":
                yield _Spec(step.gap_kind, step.gap_before, *fields)
            # a manual step's length comes from what is said in it
            if exercise.manual:
                yield _Spec("manual", 0.0, *fields)
            else:
                yield _Spec("work", exercise.work_seconds, *fields)


def _segment_cues(
    spec: _Spec,
    before: _Spec | None,
    after: _Spec | None,
    index: int,
    start: float,
    options: PlanOptions,
) -> tuple[list[Cue], list[Cue]]:
    """The cues wanted in one segment, before overlaps are settled; and the exercise's custom
    cue when the segment has no room for it."""
    exercise = spec.exercise
    variants = _start_variants(spec, before, after)
    rate = options.speech_rate
    found: list[Cue] = []

    if spec.kind == "manual":
        call = Cue(start, variants[0], Priority.CHANGE, "start", index)
        return _with_custom_cue([call], spec, call, start + spec.duration, rate)

    duration = spec.duration
    counts_reps = spec.kind == "work" and exercise.reps is not None and options.count_reps
    counts = _rep_counts(exercise, index, start, duration, rate) if counts_reps else []
    if counts_reps:
        # The call may take the place of the first counts, so that the side and direction are
        # always said (counting goes on from the rep under way), but never of the last three.
        leading = [cue.at - start for cue in counts if cue.priority == Priority.COUNTDOWN]
        window = min([max(exercise.tempo_seconds, COUNTED_CALL_SECONDS), *leading])
        countdown_from = 0
    else:
        window = duration - COUNTDOWN_FROM
        countdown_from = COUNTDOWN_FROM
    text = next(
        (v for v in variants if spoken_seconds(v, rate) + GAP_SECONDS <= window), variants[-1]
    )
    if text == variants[-1] and len(variants) > 1 and not counts_reps:
        # Only the bare call ("Get ready.", "Go.") fits before a full countdown: saying what
        # comes matters more than the "3", so the countdown is shortened instead when it can be.
        informative = variants[-2]
        if duration - spoken_seconds(informative, rate) - GAP_SECONDS >= 1:
            text = informative
    if not counts_reps:
        # A segment too short for its call and a full "3, 2, 1" gets a shorter countdown,
        # planned so; a countdown cue is never dropped.
        room = duration - spoken_seconds(text, rate) - GAP_SECONDS
        countdown_from = max(0, min(COUNTDOWN_FROM, math.floor(room)))
    call = Cue(
        start, text, Priority.CHANGE, "announce" if spec.kind in TRANSITIONS else "start", index
    )
    found.append(call)

    found.extend(counts)
    if options.halfway and spec.kind == "work" and exercise.reps is None and duration >= 20:
        found.append(Cue(start + duration / 2, cues.halfway(), Priority.INFO, "halfway", index))
    end = start + duration
    for number in range(countdown_from, 0, -1):
        found.append(
            Cue(end - number, cues.countdown(number), Priority.COUNTDOWN, "countdown", index)
        )
    return _with_custom_cue(found, spec, call, end, rate)


def _custom_text(spec: _Spec) -> str:
    """The exercise's custom cue, said in the first work segment of each set; "" elsewhere."""
    if spec.kind not in ("work", "manual") or not spec.first_of_set:
        return ""
    return cues.custom_cue(spec.exercise)


def _with_custom_cue(
    found: list[Cue], spec: _Spec, call: Cue, end: float, rate: int
) -> tuple[list[Cue], list[Cue]]:
    """The segment's cues with its custom cue said right after the call, when it is over
    before the countdown (or the counts leading into the change) begins; else the cues, and
    the custom cue apart, left out. Rep counts and "halfway" under it give way, as to a call."""
    text = _custom_text(spec)
    if not text:
        return found, []
    custom = Cue(
        call.at + spoken_seconds(call.text, rate) + GAP_SECONDS,
        text,
        Priority.CHANGE,
        "custom",
        call.segment,
    )
    until = min([end, *(cue.at for cue in found if cue.priority == Priority.COUNTDOWN)])
    if custom.at + spoken_seconds(text, rate) + GAP_SECONDS > until:
        return found, [custom]
    return [*found, custom], []


def _rep_counts(
    exercise: Exercise, index: int, start: float, duration: float, rate: int
) -> list[Cue]:
    """The count on the tempo: the number of each rep as it begins, from 2 (the call is 1).

    The last three counts lead into the change as "3, 2, 1" does elsewhere, so they are
    countdown cues and are never dropped, when the tempo leaves time to say them; faster counts
    cannot all be said, and do not pretend to be.
    """
    found: list[Cue] = []
    last = exercise.reps or 0
    for rep in range(2, last + 1):
        at = start + (rep - 1) * exercise.tempo_seconds
        if at >= start + duration:
            break
        leads = (
            rep > last - COUNTDOWN_FROM
            and spoken_seconds(str(rep), rate) + GAP_SECONDS <= exercise.tempo_seconds
        )
        priority = Priority.COUNTDOWN if leads else Priority.COUNT
        kind: CueKind = "countdown" if leads else "rep"
        found.append(Cue(at, cues.rep_count(rep), priority, kind, index))
    return found


def _start_variants(spec: _Spec, before: _Spec | None, after: _Spec | None) -> Sequence[str]:
    """What may be said as a segment starts, longest first; the first that fits is used."""
    if spec.kind in TRANSITIONS:
        assert after is not None  # a transition always leads into work
        upcoming = after.exercise
        if spec.kind == "get-ready":
            # Every session starts with the app's own caution (shown marked in each summary).
            # Where the lead-in is short, saying what comes first matters more.
            stop = cues.STOP_IF_IT_HURTS
            first = cues.announce("Get ready. First:", upcoming)
            return (*(f"{text} {stop}" for text in first), *first, "Get ready.")
        if spec.kind == "switch":
            return (cues.switch_to(after.side, after.direction),)
        if after.first_step:
            return (*cues.announce("Rest. Next:", upcoming), "Rest.")
        return (cues.rest_then_set(after.set, upcoming.sets, after.side), "Rest.")

    exercise = spec.exercise
    announced = before is not None and before.kind in TRANSITIONS
    side_and_direction = cues.join(
        cues.side_words(spec.side) if spec.side else "",
        cues.direction_words(spec.direction) if spec.direction else "",
    )
    where = cues.join(side_and_direction, cues.set_words(spec.set, exercise.sets))
    action = cues.action_words(exercise)
    if spec.kind == "manual":
        name = f"{exercise.name}." if spec.first_step else ""
        detail = cues.with_stop(exercise.instructions) if spec.first_step and not announced else ""
        return (cues.join(name, where, detail, action),)
    short_action = "Go." if exercise.reps is not None else action
    variants: list[str] = []
    if spec.first_step and not announced:
        name = f"{exercise.name}."
        variants.append(cues.join(name, cues.with_stop(exercise.instructions), where, action))
        variants.append(cues.join(name, where, action))
    variants.append(cues.join(where, action))
    variants.append(cues.join(where, short_action))
    variants.append(cues.join(side_and_direction, short_action))
    if spec.direction and before is not None and before.kind == "work" and before.side == spec.side:
        # same side, new direction: the direction is the news
        variants.append(cues.join(cues.direction_words(spec.direction), short_action))
    variants.append(short_action)
    return tuple(dict.fromkeys(v for v in variants if v))


def _without_overlaps(wanted: Sequence[Cue], rate: int) -> tuple[list[Cue], list[Cue]]:
    """Keep cues so that none starts before the one before it has finished speaking.

    Of two that would overlap, the lower priority goes; on a tie the earlier one, which is out of
    date by then. Countdown cues are never dropped: they are planned a second apart, and the
    calls before them are shortened to fit.
    """
    kept: list[Cue] = []
    dropped: list[Cue] = []
    for cue in sorted(wanted, key=lambda c: (c.at, -c.priority)):
        keep = True
        while kept and kept[-1].at + spoken_seconds(kept[-1].text, rate) + GAP_SECONDS > cue.at:
            if kept[-1].priority == cue.priority == Priority.COUNTDOWN:
                break  # only a very slow voice runs one count into the next: both are said
            if cue.priority >= kept[-1].priority:
                dropped.append(kept.pop())
            else:
                keep = False
                break
        (kept if keep else dropped).append(cue)
    dropped.sort(key=lambda c: c.at)
    return kept, dropped
