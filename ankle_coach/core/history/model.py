"""The history's words and records: check-ins and their warning signs, sessions as the log has
them, rows of the history list, counts and streaks, and how times are kept (with the UTC offset of
the moment, in UTC to sort by, and as the local date to count by)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Final, Literal, get_args

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate

Outcome = Literal["finished", "stopped"]
CheckInMoment = Literal["before", "after", "standalone"]
CHECK_IN_MOMENTS: Final[tuple[CheckInMoment, ...]] = get_args(CheckInMoment)
OUTCOMES: Final[tuple[Outcome, ...]] = get_args(Outcome)


class RedFlag(StrEnum):
    """A warning sign a check-in asks about; the values are what the file and exports keep."""

    SWELLING = "swelling"
    CANNOT_BEAR_WEIGHT = "cannot-bear-weight"
    PAIN_AT_REST_OR_NIGHT = "pain-at-rest-or-night"
    NUMBNESS_OR_TINGLING = "numbness-or-tingling"
    UNHEALED_INJURY = "unhealed-injury"

    @property
    def words(self) -> str:
        """The warning sign as the check-in asks it, in the user's language."""
        return translate("core.history.model", RED_FLAG_WORDS[self])


#: The warning signs in English, marked for translation: show them as
#: `translate("core.history.model", RED_FLAG_WORDS[flag])` (or `flag.words`).
RED_FLAG_WORDS: Final[dict[RedFlag, str]] = {
    RedFlag.SWELLING: QT_TRANSLATE_NOOP("core.history.model", "Swelling"),
    RedFlag.CANNOT_BEAR_WEIGHT: QT_TRANSLATE_NOOP(
        "core.history.model", "I can\u2019t put weight on it"
    ),
    RedFlag.PAIN_AT_REST_OR_NIGHT: QT_TRANSLATE_NOOP(
        "core.history.model", "Pain at rest or at night"
    ),
    RedFlag.NUMBNESS_OR_TINGLING: QT_TRANSLATE_NOOP("core.history.model", "Numbness or tingling"),
    RedFlag.UNHEALED_INJURY: QT_TRANSLATE_NOOP(
        "core.history.model", "A recent injury that has not healed"
    ),
}


class HistoryError(Exception):
    """The history could not be read or written; the message is for the user."""


@dataclass(frozen=True)
class CheckIn:
    """A pain check-in: a rating from 0 (no pain) to 10 (the worst), or None when the rating was
    skipped, and the warning signs ticked. `id` is None until it is in the history."""

    at: datetime
    when: CheckInMoment
    rating: int | None = None
    red_flags: frozenset[RedFlag] = frozenset()
    session_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if self.when not in CHECK_IN_MOMENTS:
            raise ValueError(f"a check-in is one of {CHECK_IN_MOMENTS}, not {self.when!r}")
        if self.rating is not None and (
            isinstance(self.rating, bool)
            or not isinstance(self.rating, int)
            or not 0 <= self.rating <= 10
        ):
            raise ValueError(f"a pain rating is a whole number from 0 to 10, not {self.rating!r}")
        if self.when == "standalone" and self.session_id is not None:
            raise ValueError("a standalone check-in belongs to no session")
        object.__setattr__(self, "red_flags", frozenset(RedFlag(f) for f in self.red_flags))


@dataclass(frozen=True)
class SessionRecord:
    """One session as the log has it."""

    id: int
    routine_id: str
    title: str
    started_at: datetime
    ended_at: datetime | None  # None: under way, or the app was closed during it
    updated_at: datetime  # when it was last written: its start, progress or end
    total_seconds: float | None  # the Plan's length; None when not known (a version 1 entry)
    done_seconds: float | None
    completed_exercises: tuple[str, ...]
    outcome: Outcome | None  # None: not finished (under way, or interrupted)
    #: Seconds of work (holds, reps, timed and manual steps) planned and done; None for a
    #: session logged before version 3 of the history.
    work_seconds: float | None = None
    work_done_seconds: float | None = None

    @property
    def fraction_done(self) -> float | None:
        """How much of the Plan was followed, 0..1; None when not known."""
        if self.total_seconds is None or self.done_seconds is None:
            return None
        if self.total_seconds <= 0:
            return 1.0 if self.outcome == "finished" else 0.0
        return min(1.0, max(0.0, self.done_seconds / self.total_seconds))

    @property
    def work_fraction_done(self) -> float | None:
        """How much of its work (holds, reps, timed and manual steps) was done, 0..1, which
        decides whether it counts toward the week (stats.counts_toward_goal); for a session
        logged before the history kept its work, the Plan time followed (fraction_done)."""
        work, done = self.work_seconds, self.work_done_seconds
        if work is not None and done is not None and work > 0:
            return min(1.0, max(0.0, done / work))
        return self.fraction_done


@dataclass(frozen=True)
class Entry:
    """A row of the history list: a session with its check-ins, or a check-in on its own."""

    session: SessionRecord | None
    check_ins: tuple[CheckIn, ...]

    @property
    def kind(self) -> Literal["session", "check-in"]:
        return "session" if self.session is not None else "check-in"

    @property
    def at(self) -> datetime:
        if self.session is not None:
            return self.session.started_at
        return self.check_ins[0].at


@dataclass(frozen=True)
class Streaks:
    """Days in a row with at least one session."""

    current: int  # ending today, or yesterday when there is none today yet
    longest: int


@dataclass(frozen=True)
class Counts:
    sessions: int
    check_ins: int


def local_now() -> datetime:
    """The wall-clock time here, with its UTC offset."""
    return datetime.now().astimezone()


# -- times -------------------------------------------------------------------------------------


def _aware(moment: datetime) -> datetime:
    """A time with its UTC offset; one without is taken as local time."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def _iso(moment: datetime) -> str:
    return _aware(moment).isoformat(timespec="seconds")


def _utc_text(moment: datetime) -> str:
    return _aware(moment).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _stamp(moment: datetime) -> tuple[str, str, str]:
    """(ISO 8601 with the offset, sortable UTC, local date)."""
    aware = _aware(moment)
    return _iso(aware), _utc_text(aware), aware.date().isoformat()


def _parse_time(text: str) -> datetime:
    return _aware(datetime.fromisoformat(text))
