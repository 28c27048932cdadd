"""How an exercise, a segment, a cue and the whole Plan are put into words: "3 × 30 s hold,
each side", "left, set 2 of 3", the timetable. Times come from `times`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
from ankle_coach.core.safe_text import safe_line
from ankle_coach.core.words.sides import capitalized, direction_name, side_label, side_name
from ankle_coach.core.words.times import clock_text, decimal_text, seconds_text

if TYPE_CHECKING:  # only read here: the routine module itself says its limits in these words
    from ankle_coach.core.plan import Cue, Plan, Segment
    from ankle_coach.core.routine import Exercise

#: What a segment that is not exercise time is called in a line of text (translated where
#: shown: `kind_word`).
KIND_WORDS: Final = {
    "get-ready": QT_TRANSLATE_NOOP("core.words.plans", "Get ready"),
    "rest": QT_TRANSLATE_NOOP("core.words.plans", "Rest"),
    "switch": QT_TRANSLATE_NOOP("core.words.plans", "Switch"),
}
#: A segment's kind in the timetable's column.
_TIMETABLE_LABELS: Final = {
    "get-ready": QT_TRANSLATE_NOOP("core.words.plans", "GET READY"),
    "rest": QT_TRANSLATE_NOOP("core.words.plans", "REST"),
    "switch": QT_TRANSLATE_NOOP("core.words.plans", "SWITCH"),
    "work": QT_TRANSLATE_NOOP("core.words.plans", "WORK"),
    "manual": QT_TRANSLATE_NOOP("core.words.plans", "MANUAL"),
}


def kind_word(kind: str) -> str:
    """ "Get ready", "Rest", "Switch" in the user's language; "" for exercise time."""
    word = KIND_WORDS.get(kind)
    return translate("core.words.plans", word) if word else ""


def prescription_text(exercise: Exercise) -> str:
    """ "3 × 30 s hold, each side", "3 × 15 reps (4 s each)", "1 min, each side"."""
    sets = exercise.sets
    if exercise.hold_seconds is not None:
        length = seconds_text(exercise.hold_seconds)
        if sets > 1:
            what = translate("core.words.plans", "{sets} × {length} hold")
        else:
            what = translate("core.words.plans", "{length} hold")
        what = what.format(sets=sets, length=length)
    elif exercise.reps is not None:
        tempo = seconds_text(exercise.tempo_seconds)
        if exercise.reps == 1 and sets > 1:
            what = translate("core.words.plans", "{sets} × 1 rep ({tempo})")
        elif exercise.reps == 1:
            what = translate("core.words.plans", "1 rep ({tempo})")
        elif sets > 1:
            what = translate("core.words.plans", "{sets} × {reps} reps ({tempo} each)")
        else:
            what = translate("core.words.plans", "{reps} reps ({tempo} each)")
        what = what.format(sets=sets, reps=exercise.reps, tempo=tempo)
    elif exercise.duration_seconds is not None:
        length = seconds_text(exercise.duration_seconds)
        what = f"{sets} \u00d7 {length}" if sets > 1 else length
    elif sets > 1:
        what = translate("core.words.plans", "{sets} × at your own pace").format(sets=sets)
    else:
        what = translate("core.words.plans", "At your own pace")
    parts = [what]
    if exercise.directions:
        parts.append(
            translate("core.words.plans", "each direction")
            if len(exercise.directions) > 1
            else direction_name(exercise.directions[0])
        )
    if len(exercise.sides) == 2:
        parts.append(translate("core.words.plans", "each side"))
    elif exercise.sides == ("left",):
        parts.append(translate("core.words.plans", "left side only"))
    elif exercise.sides:
        parts.append(translate("core.words.plans", "right side only"))
    if exercise.sets > 1 and exercise.rest_seconds:
        parts.append(
            translate("core.words.plans", "rest {length} between sets").format(
                length=seconds_text(exercise.rest_seconds)
            )
        )
    return ", ".join(parts)


def set_text(number: int, sets: int) -> str:
    """ "set 2 of 3" inside a line of text."""
    return translate("core.words.plans", "set {number} of {sets}").format(number=number, sets=sets)


def reps_text(reps: int) -> str:
    """ "15 reps" inside a line of text."""
    if reps == 1:
        return translate("core.words.plans", "1 rep")
    return translate("core.words.plans", "{reps} reps").format(reps=reps)


def segment_details(segment: Segment, *, reps: bool = False) -> list[str]:
    """What tells a segment from its neighbours: ["left", "clockwise", "set 2 of 3"] (and
    "15 reps" with `reps`); a set is named only when there are several."""
    details = [
        side_name(segment.side) if segment.side else "",
        direction_name(segment.direction) if segment.direction else "",
        set_text(segment.set, segment.sets) if segment.sets > 1 else "",
        reps_text(segment.reps) if reps and segment.reps else "",
    ]
    return [detail for detail in details if detail]


def detail_words(segment: Segment) -> str:
    """Side, direction and set as the session view shows them under the exercise name:
    "Left side  \u00b7  Clockwise  \u00b7  Set 2 of 3"."""
    parts = [
        side_label(segment.side) if segment.side else "",
        capitalized(direction_name(segment.direction)) if segment.direction else "",
        capitalized(set_text(segment.set, segment.sets)) if segment.sets > 1 else "",
    ]
    return "  \u00b7  ".join(part for part in parts if part)


def segment_subject(segment: Segment) -> str:
    """The exercise a segment is about: its name while doing it, "next: NAME" before it."""
    if segment.kind in ("work", "manual"):
        return segment.exercise
    return translate("core.words.plans", "next: {name}").format(name=segment.exercise)


def segment_summary(segment: Segment) -> str:
    """A segment in a line of running text: "Rest next: Calf raises (left, set 2 of 3)"."""
    if segment.kind == "get-ready":
        what = translate("core.words.plans", "Get ready next: {name}")
    elif segment.kind == "rest":
        what = translate("core.words.plans", "Rest next: {name}")
    elif segment.kind == "switch":
        what = translate("core.words.plans", "Switch next: {name}")
    else:
        what = "{name}"
    details = segment_details(segment)
    suffix = f" ({', '.join(details)})" if details else ""
    return f"{what.format(name=segment.exercise)}{suffix}".strip()


#: The heading of the cues a Plan left out, after its timetable (translated where shown:
#: `dropped_heading`).
DROPPED_HEADING = QT_TRANSLATE_NOOP(
    "core.words.plans", "Left out, so that no cue talks over another:"
)


def dropped_heading() -> str:
    return translate("core.words.plans", DROPPED_HEADING)


def segment_line(segment: Segment) -> str:
    """One segment in a timetable: "00:05  WORK       Calf raises (left, set 1 of 3)  [30 s]"."""
    details = segment_details(segment, reps=True)
    known = _TIMETABLE_LABELS.get(segment.kind)
    label = translate("core.words.plans", known) if known else segment.kind.upper()
    what = segment_subject(segment)
    suffix = f" ({', '.join(details)})" if details else ""
    if segment.kind == "manual":
        length = translate("core.words.plans", "until Done")
    else:
        length = _seconds(segment)
    width = max(len(translate("core.words.plans", text)) for text in _TIMETABLE_LABELS.values())
    return f"{clock_text(segment.start)}  {label:<{width}}  {what}{suffix}  [{length}]"


def _seconds(segment: Segment) -> str:
    """A segment's length in the timetable, in seconds: "60 s", "7.5 s" ("7,5 s")."""
    return f"{decimal_text(segment.duration)} s"


def quoted(text: str) -> str:
    """Words as they are said, in the language's quotation marks: “…”, „…“, «…» (the
    timetable, the terminal, the session's last cue, the routine page, the handout)."""
    return translate("core.words.plans", "\u201c{text}\u201d").format(text=text)


def cue_line(cue: Cue) -> str:
    """One cue in a timetable, under its segment: '    00:05  “Calf raises.”'."""
    return f"    {clock_text(cue.at)}  {quoted(cue.text)}"


def timetable(plan: Plan) -> str:
    """The Plan as a person reads it: each segment with its time, then what is said in it."""
    lines = [f"{plan.title} ({clock_text(plan.total_seconds)})", ""]
    spoken: dict[int, list[str]] = {index: [] for index in range(len(plan.segments))}
    for cue in plan.cues:
        spoken[cue.segment].append(cue_line(cue))
    for segment in plan.segments:
        lines.append(segment_line(segment))
        lines.extend(spoken[segment.index])
    if plan.dropped:
        lines.append("")
        lines.append(dropped_heading())
        lines.extend(cue_line(cue) for cue in plan.dropped)
    return "\n".join(safe_line(line) for line in lines) + "\n"
