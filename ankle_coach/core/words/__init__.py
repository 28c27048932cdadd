"""Every way a time, a segment or a prescription is put into words, in one Qt-free place that
the window, the terminal, the handout and the command line all call: `times` (lengths of time;
it imports nothing, so the routine's own limits can be worded with it) and `plans` (exercises,
segments, cues, the timetable)."""

from ankle_coach.core.words.plans import (
    DROPPED_HEADING,
    KIND_WORDS,
    cue_line,
    detail_words,
    dropped_heading,
    kind_word,
    prescription_text,
    quoted,
    segment_details,
    segment_line,
    segment_subject,
    segment_summary,
    timetable,
)
from ankle_coach.core.words.times import (
    clock_text,
    countdown_digits,
    duration_text,
    seconds_text,
    spoken_time_left,
    time_left_text,
    whole_seconds_left,
)

__all__ = [
    "DROPPED_HEADING",
    "KIND_WORDS",
    "clock_text",
    "countdown_digits",
    "cue_line",
    "detail_words",
    "dropped_heading",
    "duration_text",
    "kind_word",
    "prescription_text",
    "quoted",
    "seconds_text",
    "segment_details",
    "segment_line",
    "segment_subject",
    "segment_summary",
    "spoken_time_left",
    "time_left_text",
    "timetable",
    "whole_seconds_left",
]
