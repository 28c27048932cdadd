"""What the session view and presenter mode put into words: the big number and its caption, the
phase, and what a screen reader is told (the number's name, each change of moment)."""

from __future__ import annotations

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.session import Phase, SessionState
from ankle_coach.core.words import clock_text, countdown_digits, detail_words, spoken_time_left
from ankle_coach.ui.i18n import translate

CHECK = "\u2713"

#: How a screen reader says the time left in each kind of step: "17 seconds left in this hold"
#: (a whole sentence per kind, so each language words it its own way).
_TIME_LEFT_IN = {
    "work": QT_TRANSLATE_NOOP("ui.session.words", "{time_left} in this hold"),
    "get-ready": QT_TRANSLATE_NOOP("ui.session.words", "{time_left} in this get-ready"),
    "rest": QT_TRANSLATE_NOOP("ui.session.words", "{time_left} in this rest"),
    "switch": QT_TRANSLATE_NOOP("ui.session.words", "{time_left} in this switch"),
    "manual": QT_TRANSLATE_NOOP("ui.session.words", "{time_left} in this step"),
}


def done_word() -> str:
    """The Done button's word, as the session's buttons say it (the actions' catalogue)."""
    return translate("ui.actions", "Done")


def rep_of(rep: int | str, reps: int) -> str:
    """A counted rep as a screen reader and the window title say it: "Rep 4 of 15"."""
    return translate("ui.session.words", "Rep {rep} of {reps}").format(rep=rep, reps=reps)


def next_words(exercise: str) -> str:
    """What comes after a get-ready, rest or switch: "Next: Calf raises"."""
    return translate("ui.session.words", "Next: {exercise}").format(exercise=exercise)


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
        return str(rep), translate("ui.session.words", "of {reps}").format(reps=state.segment.reps)
    return countdown_text(state), ""


def number_caption(state: SessionState) -> str:
    """What the big number is, above it: "REP" or "SECONDS LEFT"."""
    if counted_rep(state) is not None:
        # short: above a big number in a narrow column (German "WDH.", Spanish "REP.")
        return translate("ui.session.words", "REP")
    if state.is_over or state.phase is Phase.WAITING:
        return ""
    if state.segment.kind != "manual" and countdown_digits(state.remaining).isdigit():
        return translate("ui.session.words", "SECONDS LEFT")
    return translate("ui.session.words", "TIME LEFT")


def number_name(state: SessionState) -> str:
    """The big number as a screen reader says it: "Rep 4 of 15", "17 seconds left in this hold"."""
    segment = state.segment
    if state.phase is Phase.FINISHED:
        return translate("ui.session.words", "Routine complete")
    if state.phase is Phase.STOPPED:
        return translate("ui.session.words", "Stopped")
    if state.phase is Phase.WAITING:
        return translate("ui.session.words", "Press {done} when finished").format(done=done_word())
    rep = counted_rep(state)
    if rep is not None and segment.reps is not None:
        said = rep_of(rep, segment.reps)
    else:
        template = translate("ui.session.words", _TIME_LEFT_IN[segment.kind])
        said = template.format(time_left=spoken_time_left(state.remaining))
    if state.phase is Phase.PAUSED:
        return translate("ui.session.words", "Paused. {said}").format(said=said)
    return said


def phase_words(state: SessionState, *, waiting_for_voice: bool = False) -> str:
    """What kind of moment this is, in one or two words a runner takes in at a glance.
    `waiting_for_voice`: the session starts by itself once its cues are rendered."""
    segment = state.segment
    if state.phase is Phase.FINISHED:
        return translate("ui.session.words", "ROUTINE COMPLETE")
    if state.phase is Phase.STOPPED:
        return translate("ui.session.words", "STOPPED")
    if state.phase is Phase.READY:
        if waiting_for_voice:
            return translate("ui.session.words", "PREPARING THE VOICE\u2026")
        return translate("ui.session.words", "READY: PRESS SPACE TO START")
    kind = segment.kind
    if kind == "get-ready":
        words = translate("ui.session.words", "GET READY")
    elif kind == "rest":
        words = translate("ui.session.words", "REST")
    elif kind == "switch" and segment.side:
        words = translate("ui.session.words", "SWITCH SIDES")
    elif kind == "switch":
        words = translate("ui.session.words", "SWITCH")
    elif kind == "manual" and state.phase is Phase.WAITING:
        words = translate("ui.session.words", "PRESS {done} WHEN FINISHED").format(
            done=done_word().upper()
        )
    elif kind == "manual":
        words = translate("ui.session.words", "YOUR PACE")
    elif segment.reps is None:
        words = translate("ui.session.words", "HOLD")
    else:
        words = translate("ui.session.words", "REPS")
    if state.phase is Phase.PAUSED:
        return translate("ui.session.words", "PAUSED · {words}").format(words=words)
    return words


def moment_words(state: SessionState) -> str:
    """A change of moment, as a screen reader announces it: "Hold. Calf raises. Left side,
    set 2 of 3." or "Paused"."""
    if state.phase is Phase.PAUSED:
        return translate("ui.session.words", "Paused")
    if state.is_over:
        return phase_words(state).capitalize()
    segment = state.segment
    leads_in = segment.kind in ("get-ready", "rest", "switch")
    parts = [
        phase_words(state).capitalize(),
        next_words(segment.exercise) if leads_in else segment.exercise,
    ]
    details = detail_words(segment).replace("  \u00b7  ", ", ")
    if details:
        parts.append(details[:1].upper() + details[1:])
    return ". ".join(parts) + "."
