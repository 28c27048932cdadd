"""Compiles a Routine into a Plan: the timed segments of a session and the cues spoken in them.

The Plan is the single truth about timing. Everything that shows or says what happens when (the
GUI, the cue player, the terminal runner, the handout, `ankle-coach plan`) reads it.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Final, Literal

from ankle_coach.core import cues, i18n
from ankle_coach.core.cues import DEFAULT_RATE, GAP_SECONDS, Priority, spoken_seconds
from ankle_coach.core.routine import Exercise, Routine, Side, work_steps

SegmentKind = Literal["get-ready", "work", "rest", "switch", "manual"]
CueKind = Literal["announce", "call", "start", "custom", "halfway", "rep", "countdown", "complete"]

#: Segments kinds that lead into the work segment after them.
TRANSITIONS: Final[frozenset[str]] = frozenset({"get-ready", "rest", "switch"})
#: The shortest a manual step lasts in the Plan: time to say what to do, then it waits for Done.
MIN_MANUAL_SECONDS: Final = 3.0
COUNTDOWN_FROM: Final = 3
#: The longest lead-in a routine file may give (Routine.lead_in_seconds).
MAX_LEAD_IN_SECONDS: Final = 120
#: Cues placed back to back are computed in sums whose float rounding may differ by a hair.
_SLACK: Final = 1e-9


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
    #: The language its cues are said in: the one in use when it was compiled.
    language: str = "en"
    _starts: tuple[float, ...] = field(default=(), repr=False, compare=False)

    def spoken_until(self, cue: Cue) -> float:
        """When the voice is estimated to have finished saying `cue`."""
        return cue.at + spoken_seconds(cue.text, self.speech_rate, self.language)

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
    #: A work segment whose reps are counted aloud (`counts_aloud`).
    counted: bool = False


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
        language=i18n.current_language(),
        _starts=tuple(s.start for s in segments),
    )


def total_seconds(routine: Routine, options: PlanOptions | None = None) -> float:
    """The length of the routine's Plan, without working out its cues."""
    total = 0.0
    for spec in _placed(routine, options or PlanOptions(), None):
        total += spec.duration
    return total


def counts_aloud(exercise: Exercise, options: PlanOptions) -> bool:
    """Whether a set of `exercise` is counted aloud: counting is on and the tempo leaves time
    to say every number ("Go." as rep 1 begins, then "2", "3", ...) before the next rep.

    A faster set is not counted at all rather than counted with gaps: it is called and timed
    like a timed set, with "3, 2, 1" before its end.
    """
    if exercise.reps is None or not options.count_reps:
        return False
    return _counts_fit(
        exercise.reps, exercise.tempo_seconds, options.speech_rate, i18n.current_language()
    )


@functools.lru_cache(maxsize=1024)
def _counts_fit(reps: int, tempo: float, rate: int, language: str) -> bool:
    said = (cues.go(), *(cues.rep_count(rep) for rep in range(2, reps + 1)))
    return all(spoken_seconds(text, rate, language) + GAP_SECONDS <= tempo for text in said)


def needed_lead_in(routine: Routine, options: PlanOptions | None = None) -> int | None:
    """The whole seconds of lead-in the routine needs for its get-ready to say everything
    (`fitting_lead_in`), when its own lead-in is shorter; else None.

    The routine's `lead_in_seconds` is checked, not a lead-in the options choose instead; the
    options give the speech rate and whether reps are counted. None too when there is nothing
    to get ready for (no exercises), when a lead-in of 0 leaves the first exercise to say its
    own instructions as it starts (a counted set always gets a get-ready, so not there), and
    when not even the longest lead-in a file may give would do.
    """
    if not routine.exercises:
        return None
    options = options or PlanOptions()
    if not routine.lead_in_seconds and not counts_aloud(routine.exercises[0], options):
        return None
    needed = fitting_lead_in(routine, options)
    if routine.lead_in_seconds >= needed or needed > MAX_LEAD_IN_SECONDS:
        return None
    return needed


def fitting_lead_in(routine: Routine, options: PlanOptions | None = None) -> int:
    """The shortest lead-in, in whole seconds, in which the get-ready says the first exercise's
    whole announcement (name, overview, instructions, "Stop if it hurts."), and before a counted
    set its full call and custom cue, then a full "3, 2, 1". 0 for a routine without exercises.

    The editor offers it when a routine's lead-in is shorter, and starts a new routine with it.
    """
    options = replace(options or PlanOptions(), lead_in_seconds=None)
    specs = [spec for spec in _specs(routine, options) if spec.kind not in TRANSITIONS]
    if not specs:
        return 0
    first = specs[0]
    get_ready = replace(first, kind="get-ready", duration=0.0)
    rate = options.speech_rate
    if first.counted:
        return math.ceil(_lead_seconds(_leads(get_ready, None, first, rate)[0], rate))
    announcement = _start_variants(get_ready, None, first)[0]
    speaking = spoken_seconds(announcement, rate) + GAP_SECONDS + COUNTDOWN_FROM
    return math.ceil(speaking)


def _placed(
    routine: Routine, options: PlanOptions, durations: Mapping[int, float] | None
) -> list[_Spec]:
    """The segments in order with their final lengths (overrides applied, manual steps sized,
    the pause before a counted set long enough for its call and a full countdown)."""
    specs = list(_specs(routine, options))
    for index, duration in (durations or {}).items():
        if 0 <= index < len(specs):
            specs[index] = replace(specs[index], duration=duration)
    for index, spec in enumerate(specs):
        before = specs[index - 1] if index else None
        after = specs[index + 1] if index + 1 < len(specs) else None
        if spec.kind == "manual" and not spec.duration:
            said = [_start_variants(spec, before, after)[0], _custom_text(spec)]
            speaking = sum(
                spoken_seconds(text, options.speech_rate) + GAP_SECONDS for text in said if text
            )
            length = max(MIN_MANUAL_SECONDS, float(math.ceil(speaking + GAP_SECONDS)))
            specs[index] = replace(spec, duration=length)
        elif spec.kind in TRANSITIONS and after is not None and after.counted:
            leads = _leads(spec, before, after, options.speech_rate)
            least = min(_lead_seconds(lead, options.speech_rate) for lead in leads)
            specs[index] = replace(spec, duration=max(spec.duration, float(math.ceil(least))))
    return specs


def _specs(routine: Routine, options: PlanOptions) -> Iterator[_Spec]:
    lead_in = (
        options.lead_in_seconds if options.lead_in_seconds is not None else routine.lead_in_seconds
    )
    for exercise_index, exercise in enumerate(routine.exercises):
        counted = counts_aloud(exercise, options)
        set_number = 0
        side: Side | None = None
        for step_index, step in enumerate(work_steps(exercise)):
            first = step_index == 0
            first_of_set = step.set != set_number
            # Same set, same side: a new direction, which the file gives no gap of its own.
            new_direction = not first_of_set and step.side == side and step.direction is not None
            set_number, side = step.set, step.side

            fields = (
                exercise_index,
                exercise,
                step.set,
                step.side,
                step.direction,
                first,
                first_of_set,
            )
            # A counted set always has a pause before it, where its call is said: its first
            # moment is rep 1 (sized in _placed).
            if first:
                gap = lead_in if exercise_index == 0 else routine.rest_between_exercises_seconds
                if gap > 0 or counted:
                    kind: SegmentKind = "get-ready" if exercise_index == 0 else "rest"
                    yield _Spec(kind, max(gap, 0.0), *fields)
            elif step.gap_kind != "none":
                yield _Spec(step.gap_kind, step.gap_before, *fields)
            elif new_direction and (exercise.switch_seconds > 0 or counted):
                # The breath between directions lasts the file's switch time, counted aloud or
                # not (a counted set's is made long enough for its call, in _placed).
                yield _Spec("switch", exercise.switch_seconds, *fields)
            elif counted:
                yield _Spec("rest" if first_of_set else "switch", 0.0, *fields)
            # a manual step's length comes from what is said in it
            if exercise.manual:
                yield _Spec("manual", 0.0, *fields)
            else:
                yield _Spec("work", exercise.work_seconds, *fields, counted=counted)


@dataclass(frozen=True)
class _Lead:
    """What the pause before a counted set says: an announcement (or none), the set's call just
    before the countdown, and the exercise's custom cue when it does not fit in rep 1."""

    announcement: str
    call: str
    custom: str


def _lead_seconds(lead: _Lead, rate: int) -> float:
    """How long a pause must be to say `lead` and then a full countdown."""
    said = (lead.announcement, lead.call, lead.custom)
    return sum(spoken_seconds(text, rate) + GAP_SECONDS for text in said if text) + COUNTDOWN_FROM


def _leads(spec: _Spec, before: _Spec | None, after: _Spec, rate: int) -> list[_Lead]:
    """What the pause `spec` before the counted set `after` may say, best first: the longest
    announcement, then the longest call. Before a new exercise the announcement names it."""
    announcements: list[str] = list(_start_variants(spec, before, after))
    if after.first_step:
        bare = (cues.get_ready(), cues.rest())
        announcements = [text for text in announcements if text not in bare]
    else:
        # A switch's shorter calls say what its set's call says: only the longest may come first.
        announcements = [*announcements[:1], ""] if spec.kind == "switch" else [*announcements, ""]
    custom = "" if _custom_in_first_rep(after, rate) else _custom_text(after)
    return [
        _Lead(announcement, call, custom)
        for announcement in announcements
        for call in _call_variants(before, after)
    ]


def _call_variants(before: _Spec | None, after: _Spec) -> tuple[str, ...]:
    """The call of a counted set, longest first: "Left side. Clockwise. Set 2 of 3. 20 reps.".
    The first of a set always says its reps; a later side or direction may say only that."""
    exercise = after.exercise
    same_side = before is not None and before.kind == "work" and before.side == after.side
    if after.direction and same_side and before is not None and before.direction:
        news = cues.direction_words(after.direction)  # same side, new direction
    else:
        news = cues.join(
            cues.side_words(after.side) if after.side else "",
            cues.direction_words(after.direction) if after.direction else "",
        )
    reps = cues.reps_words(exercise.reps or 0)
    variants = [
        cues.join(news, cues.set_words(after.set, exercise.sets), reps),
        cues.join(news, reps),
    ]
    if news and not after.first_of_set:
        variants.append(news)
        # Shorter still, so that a switch keeps the file's length and a full "3, 2, 1" in every
        # language at every rate ("Rechte Seite. Im Uhrzeigersinn." takes too long in 5 s).
        if not same_side and after.side:
            variants += [cues.side_words(after.side), cues.side_now(after.side)]
        elif same_side and after.direction and len(exercise.directions) == 2:
            variants.append(cues.other_way())
    return tuple(dict.fromkeys(variants))


def _custom_in_first_rep(spec: _Spec, rate: int) -> bool:
    """Whether a counted set's custom cue is said right after its "Go." and over before "2"."""
    text = _custom_text(spec)
    if not text:
        return False
    speaking = spoken_seconds(cues.go(), rate) + spoken_seconds(text, rate) + 2 * GAP_SECONDS
    return speaking <= spec.exercise.tempo_seconds


def _lead_cues(
    spec: _Spec, before: _Spec | None, after: _Spec, index: int, start: float, rate: int
) -> list[Cue]:
    """The cues of a pause before a counted set: the announcement as it starts, the set's call
    and custom cue ending as the countdown begins, "3, 2, 1"; then "Go." is rep 1."""
    leads = _leads(spec, before, after, rate)
    fitting = [lead for lead in leads if _lead_seconds(lead, rate) <= spec.duration + 1e-9]
    lead = (fitting or [min(leads, key=lambda lead: _lead_seconds(lead, rate))])[0]
    end = start + spec.duration
    found: list[Cue] = []
    if lead.announcement:
        found.append(Cue(start, lead.announcement, Priority.CHANGE, "announce", index))
        at = end - (_lead_seconds(replace(lead, announcement=""), rate))
    else:
        at = start
    found.append(Cue(at, lead.call, Priority.CHANGE, "call", index))
    if lead.custom:
        at = at + spoken_seconds(lead.call, rate) + GAP_SECONDS
        found.append(Cue(at, lead.custom, Priority.CHANGE, "custom", index))
    for number in range(COUNTDOWN_FROM, 0, -1):
        found.append(
            Cue(end - number, cues.countdown(number), Priority.COUNTDOWN, "countdown", index)
        )
    return found


def _counted_set_cues(spec: _Spec, index: int, start: float, rate: int) -> list[Cue]:
    """A counted set: "Go." as rep 1 begins (with the custom cue after it when it fits in that
    rep), then the number of each rep as it begins, 2 to the last; every one is said."""
    exercise = spec.exercise
    go = Cue(start, cues.go(), Priority.CHANGE, "start", index)
    found = [go]
    if spec.first_of_set and _custom_in_first_rep(spec, rate):
        at = start + spoken_seconds(go.text, rate) + GAP_SECONDS
        found.append(Cue(at, _custom_text(spec), Priority.CHANGE, "custom", index))
    for rep in range(2, (exercise.reps or 0) + 1):
        at = start + (rep - 1) * exercise.tempo_seconds
        if at >= start + spec.duration:
            break
        found.append(Cue(at, cues.rep_count(rep), Priority.COUNT, "rep", index))
    return found


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
    rate = options.speech_rate
    if spec.kind in TRANSITIONS and after is not None and after.counted:
        return _lead_cues(spec, before, after, index, start, rate), []
    if spec.counted:
        return _counted_set_cues(spec, index, start, rate), []
    variants = _start_variants(spec, before, after)
    found: list[Cue] = []

    if spec.kind == "manual":
        call = Cue(start, variants[0], Priority.CHANGE, "start", index)
        return _with_custom_cue([call], spec, call, start + spec.duration, rate)

    duration = spec.duration
    window = duration - COUNTDOWN_FROM
    text = next(
        (v for v in variants if spoken_seconds(v, rate) + GAP_SECONDS <= window), variants[-1]
    )
    if text == variants[-1] and len(variants) > 1 and spec.kind != "switch":
        # Only the bare call ("Get ready.", "Go.") fits before a full countdown: saying what
        # comes matters more than the "3", so the countdown is shortened instead when it can be.
        # (A switch's shortest call names the side or direction: it keeps its "3".)
        informative = variants[-2]
        if duration - spoken_seconds(informative, rate) - GAP_SECONDS >= 1:
            text = informative
    # A segment too short for its call and a full "3, 2, 1" gets a shorter countdown,
    # planned so; a countdown cue is never dropped.
    room = duration - spoken_seconds(text, rate) - GAP_SECONDS
    countdown_from = max(0, min(COUNTDOWN_FROM, math.floor(room)))
    call = Cue(
        start, text, Priority.CHANGE, "announce" if spec.kind in TRANSITIONS else "start", index
    )
    found.append(call)

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


def _start_variants(spec: _Spec, before: _Spec | None, after: _Spec | None) -> Sequence[str]:
    """What may be said as a segment starts, longest first; the first that fits is used."""
    if spec.kind in TRANSITIONS:
        assert after is not None  # a transition always leads into work
        upcoming = after.exercise
        if spec.kind == "get-ready":
            # Every session starts with the app's own caution (shown marked in each summary).
            # Where the lead-in is short, saying what comes first matters more.
            stop = cues.stop_if_it_hurts()
            first = cues.announce("first", upcoming)
            return (*(cues.join(text, stop) for text in first), *first, cues.get_ready())
        if spec.kind == "switch":
            return _switch_calls(before, after)
        if after.first_step:
            return (*cues.announce("next", upcoming), cues.rest())
        return (cues.rest_then_set(after.set, upcoming.sets, after.side), cues.rest())

    exercise = spec.exercise
    announced = before is not None and before.kind in TRANSITIONS
    side_and_direction = cues.join(
        cues.side_words(spec.side) if spec.side else "",
        cues.direction_words(spec.direction) if spec.direction else "",
    )
    where = cues.join(side_and_direction, cues.set_words(spec.set, exercise.sets))
    action = cues.action_words(exercise)
    if spec.kind == "manual":
        name = cues.exercise_name(exercise) if spec.first_step else ""
        detail = cues.with_stop(exercise.instructions) if spec.first_step and not announced else ""
        return (cues.join(name, where, detail, action),)
    short_action = cues.go() if exercise.reps is not None else action
    variants: list[str] = []
    if spec.first_step and not announced:
        name = cues.exercise_name(exercise)
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


def _switch_calls(before: _Spec | None, after: _Spec) -> tuple[str, ...]:
    """What a switch says, longest first: "Switch to your right side.", "Right side.", "Now the
    right."; "Switch to counter-clockwise.", "Counter-clockwise.", "The other way.". Each names
    what comes, and the shortest is said before a full "3, 2, 1" in a 5 s switch at the slowest
    rate in every language, so a switch keeps the file's length and its countdown."""
    if before is not None and before.side == after.side:  # same side, new direction
        calls = [cues.switch_to(None, after.direction)]
        if after.direction:
            calls.append(cues.direction_words(after.direction))
            if len(after.exercise.directions) == 2:
                calls.append(cues.other_way())
    else:
        calls = [cues.switch_to(after.side, after.direction)]
        if after.side:
            calls += [cues.side_words(after.side), cues.side_now(after.side)]
    return tuple(dict.fromkeys(calls))


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
        while kept and _ends(kept[-1], rate) > cue.at + _SLACK:
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


def _ends(cue: Cue, rate: int) -> float:
    """When the next cue may start: `cue` said, then the gap."""
    return cue.at + spoken_seconds(cue.text, rate) + GAP_SECONDS
