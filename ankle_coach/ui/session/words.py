"""What the session view and presenter mode put into words: the big number and its caption, the
phase, and what a screen reader is told (the number's name, each change of moment)."""

from __future__ import annotations

from ankle_coach.core.session import Phase, SessionState
from ankle_coach.core.words import clock_text, countdown_digits, detail_words, spoken_time_left

CHECK = "\u2713"

#: How a screen reader names each kind of step in "17 seconds left in this hold".
_STEP_NOUNS = {
    "work": "hold",
    "get-ready": "get-ready",
    "rest": "rest",
    "switch": "switch",
    "manual": "step",
}


def countdown_text(state: SessionState) -> str:
    """The time left in the step: seconds under a minute, else m:ss; a tick when done or waiting."""
    if state.phase in (Phase.WAITING, Phase.FINISHED):
        return CHECK
    if state.segment.kind == "manual":
        return clock_text(state.remaining)
    return countdown_digits(state.remaining)


def counted_rep(state: SessionState) -> int | None:
    """The rep being counted, in a counted set under way (the Plan's count, via the state)."""
    segment = state.segment
    if state.is_over or segment.kind != "work" or segment.reps is None:
        return None
    return state.rep


def number_parts(state: SessionState) -> tuple[str, str]:
    """The big number and what stands after it, smaller: ("12", "of 15") in a counted set,
    ("17", "") in a hold."""
    rep = counted_rep(state)
    if rep is not None and state.segment.reps is not None:
        return str(rep), f"of {state.segment.reps}"
    return countdown_text(state), ""


def number_caption(state: SessionState) -> str:
    """What the big number is, above it: "REP" or "SECONDS LEFT"."""
    if counted_rep(state) is not None:
        return "REP"
    if state.is_over or state.phase is Phase.WAITING:
        return ""
    if state.segment.kind == "manual":
        return "TIME LEFT"
    return "SECONDS LEFT" if countdown_digits(state.remaining).isdigit() else "TIME LEFT"


def number_name(state: SessionState) -> str:
    """The big number as a screen reader says it: "Rep 4 of 15", "17 seconds left in this hold"."""
    segment = state.segment
    if state.phase is Phase.FINISHED:
        return "Routine complete"
    if state.phase is Phase.STOPPED:
        return "Stopped"
    if state.phase is Phase.WAITING:
        return "Press Done when finished"
    rep = counted_rep(state)
    if rep is not None:
        said = f"Rep {rep} of {segment.reps}"
    else:
        said = f"{spoken_time_left(state.remaining)} in this {_STEP_NOUNS[segment.kind]}"
    return f"Paused. {said}" if state.phase is Phase.PAUSED else said


def phase_words(state: SessionState) -> str:
    """What kind of moment this is, in one or two words a runner takes in at a glance."""
    segment = state.segment
    if state.phase is Phase.FINISHED:
        return "ROUTINE COMPLETE"
    if state.phase is Phase.STOPPED:
        return "STOPPED"
    if state.phase is Phase.READY:
        return "READY: PRESS SPACE TO START"
    words = {
        "get-ready": "GET READY",
        "rest": "REST",
        "switch": "SWITCH SIDES" if segment.side else "SWITCH",
        "manual": "YOUR PACE" if state.phase is not Phase.WAITING else "PRESS DONE WHEN FINISHED",
    }.get(segment.kind)
    if words is None:
        words = "HOLD" if segment.reps is None else "REPS"
    return f"PAUSED \u00b7 {words}" if state.phase is Phase.PAUSED else words


def moment_words(state: SessionState) -> str:
    """A change of moment, as a screen reader announces it: "Hold. Calf raises. Left side,
    set 2 of 3." or "Paused"."""
    if state.phase is Phase.PAUSED:
        return "Paused"
    if state.is_over:
        return phase_words(state).capitalize()
    segment = state.segment
    leads_in = segment.kind in ("get-ready", "rest", "switch")
    parts = [
        phase_words(state).capitalize(),
        f"Next: {segment.exercise}" if leads_in else segment.exercise,
    ]
    details = detail_words(segment).replace("  \u00b7  ", ", ")
    if details:
        parts.append(details[:1].upper() + details[1:])
    return ". ".join(parts) + "."
