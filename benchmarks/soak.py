"""Soak: `--sessions` (200) sessions back to back through the real window; does anything grow?

One QApplication and one MainWindow as the app builds them (ui/app.py make_app and build_window,
offscreen), with the real library, overview, SessionView, SessionActions, SessionController,
CuePlayer, CheckInFlow and History (SQLite, in a fresh ANKLE_COACH_HOME). Only three things are
stand-ins: the clock is a FakeClock; the voice is RecordingRenderer (a short beep WAV per cue,
written to the cue cache as the real renderer writes speech); and with `--sound silent` (the
default) each loaded cue sound is a QObject owned by the player that plays nothing, and the
audio device check passes. `--sound app` keeps the player's own output and device check (on a
machine with no sound server that is `--sound none`); `--sound none` is a machine with no audio
output: nothing is rendered or loaded, the session runs on screen.

Everything runs inside the Qt event loop (app.exec()): each step (a key's action, a tick) is one
turn of the loop, so posted events, repaints and deleteLater() happen as in the app. Time moves
as the controller's timer says: the fake clock jumps by the interval the controller aimed its
single-shot timer at, then the controller polls, which is what the timer's firing does. A session
is a user's: choose a routine in the library, Space (its Start), follow it to the end (Done on
steps done at one's own pace), Esc. Sessions take turns through ten ways of using the app
(`WAYS`: straight through, pause and resume, skipping, back and restart, +/- 5 s, stopping half
way, presenter mode, mute, the pain check-ins before and after, starting another routine at
once) and through five routines (`ROUTINES`: two short built-in ones and three generated user
routines with sides, directions, reps, sets and a manual step), so by the end of session 10
every way and every routine has run, and every lazily built thing (a player's cue sounds, the
presenter window's first use, the check-in dialog) has been built once.

After session 10 and after the last, at rest on the routine's overview, with deferred deletes
done and gc.collect(), the soak reads:
- resident memory: VmRSS from /proc/self/status (no psutil), after malloc_trim(0) so that memory
  glibc has freed but kept is not counted;
- live QObjects: every object in the trees of the QApplication, of each top-level widget (the
  window, the presenter, dialogs, menus) and of each parentless QObject that Python still holds
  (found with gc.get_objects), counted once each (`findChildren` is recursive);
- objects the Python collector tracks (len(gc.get_objects())), and which types grew most.

Targets, "no growth beyond noise", each justified by what was measured here:
- live QObjects: the same number, to the object. After a session the app holds the same objects
  each time; one leaked renderer, widget, timer or player a session is 190 more.
- Python objects: fewer than one more a session (caches of a fixed size fill in the first ten).
- RSS, steady growth: the median growth of a round of ten sessions, from session 20 on, under
  5 KiB a session (1 MiB over 200; not judged under 70 sessions). The leaks found here grew 30
  and 110 KiB a session; with them fixed it is 2.
- RSS, all growth: under 3 MiB from after session 10 to after session 200. Noise measured here
  without a leak: some 0.5 MiB while the second round settles, and a one-off 0.9 MiB step when
  the interpreter's table of interned strings doubles (at session 140: tracemalloc shows one
  block of 0.9 MiB replaced by one of 1.8 MiB); Python's allocator also takes memory in 1 MiB
  arenas.

`--trace` adds tracemalloc's biggest growths between the readings (Python's allocations only;
for C++ heaptrack is the tool: the QToolButton leak was found with it).

    python -m benchmarks.soak [--sessions 200] [--sound silent|app|none] [--trace]
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import ctypes.util
import dataclasses
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.history import Counts
from ankle_coach.core.paths import Paths
from ankle_coach.core.session import Phase
from ankle_coach.core.settings import load_settings
from ankle_coach.speech import CueCache, RecordingRenderer, VoiceSettings
from ankle_coach.speech.render import Progress
from ankle_coach.ui.app import build_window, make_app
from ankle_coach.ui.main_window import AppContext
from benchmarks._common import report

TARGET_RSS_GROWTH_MIB = 3.0
TARGET_STEADY_RSS_GROWTH_KIB_PER_SESSION = 5.0
TARGET_QOBJECT_GROWTH = 0
#: Rounds of ten sessions the steady growth is the median of, at least (70 sessions).
MIN_STEADY_ROUNDS = 5
#: The sessions before the first reading: every way and every routine has run once by then.
WARM_UP_SESSIONS = 10
#: However slow the machine, a session that has not started after this has failed.
START_TIMEOUT_SECONDS = 60.0

ROUTINES = [
    "ankle-circles",  # built-in: directions, counted reps
    "soak-holds",
    "foot-massage",  # built-in: sides, a timed duration
    "soak-reps",
    "soak-manual",
]
WAYS = [
    "straight",
    "pause",
    "skip",
    "back",
    "adjust",
    "stop-half-way",
    "presenter",
    "mute",
    "check-ins",
    "another-at-once",
]

#: Short generated user routines (some 30 to 60 s each), written to the soak's user folder.
GENERATED = {
    "soak-holds": """format = 1
title = "Soak: holds"
summary = "Holds on both sides, two sets."
lead_in_seconds = 3
rest_between_exercises_seconds = 4
tags = ["soak"]

[[exercises]]
name = "Standing calf stretch"
instructions = "Lunge forward, back heel down."
image = "calf-stretch.svg"
sides = ["left", "right"]
sets = 2
hold_seconds = 6
rest_seconds = 2
switch_seconds = 2

[[exercises]]
name = "Seated towel stretch"
instructions = "Loop a towel round the ball of your foot and pull gently."
hold_seconds = 5
""",
    "soak-reps": """format = 1
title = "Soak: reps"
summary = "Counted reps in both directions."
lead_in_seconds = 2
rest_between_exercises_seconds = 3

[[exercises]]
name = "Ankle circles"
instructions = "Slow, full circles."
image = "ankle-circles.svg"
directions = ["clockwise", "counter-clockwise"]
reps = 4
rep_seconds = 1.5

[[exercises]]
name = "Calf raises"
instructions = "Up on your toes, down slowly."
sets = 2
reps = 5
rep_seconds = 1.0
rest_seconds = 3
""",
    "soak-manual": """format = 1
title = "Soak: at your own pace"
summary = "A timed step and one done at your own pace."
lead_in_seconds = 2
rest_between_exercises_seconds = 2

[[exercises]]
name = "Foot massage"
instructions = "Roll a ball under your foot."
sides = ["left", "right"]
duration_seconds = 8
switch_seconds = 2

[[exercises]]
name = "Alphabet with your toes"
instructions = "Trace the letters; press Done when you reach Z."
manual = true
""",
}


#: What the offscreen platform says of what it cannot do; nothing about the app (pyproject's
#: qt_log_ignore lists the same).
OFFSCREEN_NOTES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def _on_qt_message(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message not in OFFSCREEN_NOTES:
        sys.stderr.write(f"qt: {message}\n")
        Soak.qt_messages += 1


# -- what is measured ---------------------------------------------------------------------------


class _Mallinfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _glibc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        if libc is None or not hasattr(libc, "mallinfo2"):
            return None  # not glibc, or older than 2.33
    except OSError:
        return None
    libc.mallinfo2.restype = _Mallinfo2
    return libc


GLIBC = _glibc()


def rss_kib() -> int:
    """VmRSS of this process, after handing glibc's free memory back to the system."""
    if GLIBC is not None:
        GLIBC.malloc_trim(0)
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def malloc_in_use_kib() -> int | None:
    """Bytes malloc has handed out and not had back (glibc's mallinfo2): C and C++ memory in
    use, without the allocator's free pages or Python's 1 MiB arenas, so steadier than RSS."""
    if GLIBC is None:
        return None
    info = GLIBC.mallinfo2()
    return int((info.uordblks + info.hblkhd) // 1024)


def live_qobjects() -> collections.Counter[str]:
    """Every live QObject by class name: the trees of the application, of each top-level widget
    and of each parentless QObject Python still holds, each object once."""
    roots: list[QObject] = []
    app = QApplication.instance()
    if app is not None:
        roots.append(app)
    roots.extend(QApplication.topLevelWidgets())
    for thing in gc.get_objects():
        if isinstance(thing, QObject) and shiboken6.isValid(thing) and thing.parent() is None:
            roots.append(thing)
    seen: set[int] = set()
    counts: collections.Counter[str] = collections.Counter()
    for root in roots:
        for qobject in (root, *root.findChildren(QObject)):
            address = shiboken6.getCppPointer(qobject)[0]
            if address in seen:
                continue
            seen.add(address)
            counts[qobject.metaObject().className()] += 1
    return counts


def python_objects() -> collections.Counter[str]:
    return collections.Counter(type(thing).__qualname__ for thing in gc.get_objects())


@dataclasses.dataclass
class Reading:
    after_sessions: int
    rss_kib: int
    qobjects: collections.Counter[str]
    python: collections.Counter[str]


def grown(before: collections.Counter[str], after: collections.Counter[str]) -> dict[str, int]:
    """The kinds that grew most (and any that shrank), largest change first."""
    changes = {
        name: after[name] - before[name]
        for name in set(before) | set(after)
        if after[name] != before[name]
    }
    return dict(sorted(changes.items(), key=lambda item: -abs(item[1]))[:12])


# -- the user ------------------------------------------------------------------------------------


class SilentEffect:
    """Stands in for a cue's sound (a PulseEffect on Linux, a QSoundEffect elsewhere): a QObject
    the player owns, that plays nothing."""

    plays = 0

    def __init__(self, parent: Any) -> None:
        self.holder = QObject(parent)  # so the player's tree holds one per sound, as with Qt's

    def play(self) -> None:
        SilentEffect.plays += 1

    def stop(self) -> None:
        pass


class BeepRenderer(RecordingRenderer):
    """RecordingRenderer without its log of calls: that log grows with every render, and it is
    the stand-in's memory, not the app's."""

    def render(
        self, texts: Iterable[str], settings: VoiceSettings, progress: Progress | None = None
    ) -> dict[str, Path]:
        try:
            return super().render(texts, settings, progress)
        finally:
            self.calls.clear()


class Soak:
    """Drives the window as a user would, one step per turn of the event loop (`run`)."""

    qt_messages = 0  # warnings Qt printed (to stderr), but for the offscreen platform's notes

    def __init__(self, sessions: int, sound: str, home: Path) -> None:
        self.sessions = sessions
        self.clock = FakeClock()
        paths = Paths.under(home)
        paths.user_routines.mkdir(parents=True, exist_ok=True)
        for routine_id, text in GENERATED.items():
            (paths.user_routines / f"{routine_id}.toml").write_text(text, encoding="utf-8")
        settings, _message = load_settings(paths)
        settings = dataclasses.replace(settings, ask_pain_check_in=False, mute=False)

        def effect(path: Path, volume: float, parent: QObject) -> SilentEffect:
            return SilentEffect(parent)

        self.renderer = BeepRenderer(CueCache(paths.cache / "cues"))
        context = AppContext(
            paths=paths, settings=settings, clock=self.clock, renderer=self.renderer
        )
        if sound == "silent":
            context.audio_problem = lambda: None
            context.make_effect = effect
        elif sound == "none":
            context.audio_problem = lambda: "no audio output (the soak's --sound none)"
        qInstallMessageHandler(_on_qt_message)
        self.app = make_app([sys.argv[0]])
        self.window = build_window(context, self.app)
        self.window.resize(1280, 800)
        self.window.show()
        self.readings: list[Reading] = []
        self.rss_on_the_way: dict[int, int] = {}
        self.malloc_on_the_way: dict[int, int | None] = {}
        self.snapshots: list[tracemalloc.Snapshot] = []
        self.started = 0
        self.error: BaseException | None = None
        self.logged: Counts | None = None
        self.ways: collections.Counter[str] = collections.Counter()
        self._steps = self._script()

    # -- the loop --------------------------------------------------------------------------

    def run(self) -> None:
        QTimer.singleShot(0, self._step)
        self.app.exec()
        if self.error is not None:
            raise self.error

    def _step(self) -> None:
        try:
            next(self._steps)
        except StopIteration:
            self.app.quit()
            return
        except BaseException as exc:  # a slot must not raise: hand it to run()
            self.error = exc
            self.app.quit()
            return
        QTimer.singleShot(0, self._step)

    def _script(self) -> Iterator[None]:
        yield  # the window's first turn: shown, painted, built
        assert self.window.session_view is not None  # built: the library, pages and flows
        for number in range(1, self.sessions + 1):
            way = WAYS[(number - 1) % len(WAYS)]
            routine_id = ROUTINES[(number - 1) % len(ROUTINES)]
            yield from self._session(way, routine_id)
            self.ways[way] += 1
            if number == min(WARM_UP_SESSIONS, self.sessions) or number == self.sessions:
                yield from self._settle()
                self.readings.append(self._read(number))
            elif number % len(WAYS) == 0:  # the same point of every round: RSS on the way
                yield from self._settle()
                self.rss_on_the_way[number] = rss_kib()
                self.malloc_on_the_way[number] = malloc_in_use_kib()
        self.logged = self.window.history.counts()  # before quit(), which closes the window

    # -- one session -----------------------------------------------------------------------

    def _session(self, way: str, routine_id: str) -> Iterator[None]:
        window = self.window
        actions = window.actions_
        assert window.library_view.select(routine_id), f"no routine {routine_id}"
        yield
        if way == "check-ins":
            window.check_ins.ask = True
        actions.pause.trigger()  # Space: Start
        yield
        if way == "check-ins":
            yield from self._answer_check_in(rating=2)
        yield from self._until_running()
        self.started += 1

        if way == "pause":
            yield from self._follow(seconds=5)
            actions.pause.trigger()
            yield
            self.clock.advance(90)  # a minute and a half away from the screen
            yield
            actions.pause.trigger()
        elif way == "skip":
            yield from self._follow(seconds=2)
            for _ in range(3):
                actions.next.trigger()
                yield
        elif way == "back":
            yield from self._follow(seconds=6)
            actions.back.trigger()
            yield
            yield from self._follow(seconds=1)
            actions.restart.trigger()
            yield
        elif way == "adjust":
            yield from self._follow(seconds=4)
            for action in (actions.longer, actions.longer, actions.shorter):
                action.trigger()
                yield
        elif way == "stop-half-way":
            yield from self._follow(seconds=10)
            window.stop_session(ask=False)  # Esc, and Yes to "Stop the session?"
            yield
            return
        elif way == "presenter":
            actions.presenter.trigger()  # F: presenter mode
            yield
            yield from self._follow(seconds=5)
            actions.presenter.trigger()  # F again: back to the window
            yield
        elif way == "mute":
            actions.mute.trigger()  # M: the voice off (and the setting saved)
            yield
            yield from self._follow(seconds=5)
            actions.mute.trigger()
            yield
        elif way == "another-at-once":
            yield from self._follow(seconds=3)
            window.stop_session(ask=False)
            yield
            return  # the next session starts straight away

        yield from self._follow()
        if way == "check-ins":
            yield from self._answer_check_in(rating=3)
            window.check_ins.ask = False
        actions.stop.trigger()  # Esc: the session is over, back to the routine
        yield

    def _until_running(self) -> Iterator[None]:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not self._phase_is(Phase.RUNNING):
            if time.monotonic() > deadline:
                raise RuntimeError(f"the session did not start in {START_TIMEOUT_SECONDS:g} s")
            yield

    def _follow(self, seconds: float | None = None) -> Iterator[None]:
        """Let `seconds` of session time pass (None: to the end), pressing Done when asked."""
        controller = self.window.controller
        assert controller is not None
        timer = controller._timer  # the controller's only timer: where it would fire next
        until = None if seconds is None else self.clock.now() + seconds
        while until is None or self.clock.now() < until:
            phase = controller.state.phase
            if phase is Phase.WAITING:
                self.window.actions_.done.trigger()
            elif phase is not Phase.RUNNING or not timer.isActive():
                return
            else:
                step = timer.interval() / 1000
                if until is not None:
                    step = min(step, until - self.clock.now())
                self.clock.advance(step)
                controller.poll()  # what the timer's firing does
            yield

    def _answer_check_in(self, rating: int) -> Iterator[None]:
        flow = self.window.check_ins
        dialog = flow.dialog
        assert dialog is not None, "the pain check-in was not asked"
        dialog.set_rating(rating)
        dialog.accept()
        yield
        if flow.triage_dialog is not None:  # advice to see a doctor: "Start anyway"
            flow.triage_dialog.accept()
            yield

    def _phase_is(self, phase: Any) -> bool:
        state = self.window.current_state()
        return state is not None and state.phase is phase

    # -- readings --------------------------------------------------------------------------

    def _settle(self) -> Iterator[None]:
        """Back at rest: pending events and deferred deletes done."""
        for _ in range(3):
            yield
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    def _read(self, after: int) -> Reading:
        # Once before counting: walking the trees makes Python wrappers (and loads binding
        # types) for objects Python had not touched yet; they stay, and are not the app's.
        live_qobjects()
        rss_kib()
        gc.collect()
        if tracemalloc.is_tracing():
            self.snapshots.append(tracemalloc.take_snapshot())
        python = python_objects()
        rss = rss_kib()
        self.rss_on_the_way[after] = rss
        self.malloc_on_the_way[after] = malloc_in_use_kib()
        return Reading(after, rss, live_qobjects(), python)


# -- the benchmark -------------------------------------------------------------------------------


def _mib(kib: float) -> float:
    return round(kib / 1024, 2)


@dataclasses.dataclass
class Outcome:
    sessions: int
    first: Reading
    last: Reading
    wall_seconds: float
    logged: Counts
    cues_rendered: int
    ways: collections.Counter[str]
    rss_on_the_way: dict[int, int]
    malloc_on_the_way: dict[int, int | None]
    snapshots: list[tracemalloc.Snapshot]

    @property
    def measured_sessions(self) -> int:
        return self.last.after_sessions - self.first.after_sessions

    @property
    def rss_growth_kib(self) -> int:
        return self.last.rss_kib - self.first.rss_kib

    @property
    def qobject_growth(self) -> int:
        return sum(self.last.qobjects.values()) - sum(self.first.qobjects.values())

    @property
    def python_object_growth(self) -> int:
        return sum(self.last.python.values()) - sum(self.first.python.values())

    @property
    def steady_rss_growth_kib_per_session(self) -> float | None:
        """The median growth of a round of ten sessions, a session: what grows every round,
        without one-off steps (a new 1 MiB arena of Python's allocator, the interpreter's table
        of interned strings doubling). From the second round after the first reading, as the
        first still settles (some 0.5 MiB here); None with fewer than MIN_STEADY_ROUNDS rounds
        to take the median of."""
        after = sorted(
            (number, kib)
            for number, kib in self.rss_on_the_way.items()
            if number >= self.first.after_sessions + len(WAYS)
        )
        rounds = [
            (kib - before) / (number - earlier)
            for (earlier, before), (number, kib) in zip(after, after[1:], strict=False)
        ]
        return statistics.median(rounds) if len(rounds) >= MIN_STEADY_ROUNDS else None

    def met(self, wanted_sessions: int) -> bool:
        steady = self.steady_rss_growth_kib_per_session
        return (
            self.sessions == wanted_sessions
            and self.measured_sessions > 0
            and self.rss_growth_kib / 1024 < TARGET_RSS_GROWTH_MIB
            and (steady is None or steady < TARGET_STEADY_RSS_GROWTH_KIB_PER_SESSION)
            and self.qobject_growth <= TARGET_QOBJECT_GROWTH
            and self.python_object_growth < self.measured_sessions
        )

    def figures(self) -> dict[str, Any]:
        first, last = self.first, self.last
        a, b = first.after_sessions, last.after_sessions
        measured = self.measured_sessions
        return {
            "sessions": self.sessions,
            f"rss_mib_after_{a}": _mib(first.rss_kib),
            f"rss_mib_after_{b}": _mib(last.rss_kib),
            "rss_growth_mib": _mib(self.rss_growth_kib),
            "rss_growth_kib_per_session": (
                round(self.rss_growth_kib / measured, 2) if measured else None
            ),
            "steady_rss_growth_kib_per_session": (
                None
                if (steady := self.steady_rss_growth_kib_per_session) is None
                else round(steady, 2)
            ),
            f"qobjects_after_{a}": sum(first.qobjects.values()),
            f"qobjects_after_{b}": sum(last.qobjects.values()),
            "qobject_growth": self.qobject_growth,
            f"python_objects_after_{a}": sum(first.python.values()),
            f"python_objects_after_{b}": sum(last.python.values()),
            "python_object_growth": self.python_object_growth,
            "rss_mib_by_sessions": {
                str(number): _mib(kib) for number, kib in sorted(self.rss_on_the_way.items())
            },
            "malloc_in_use_mib_by_sessions": {
                str(number): None if kib is None else _mib(kib)
                for number, kib in sorted(self.malloc_on_the_way.items())
            },
            "wall_seconds": round(self.wall_seconds, 1),
            "sessions_logged": self.logged.sessions,
            "check_ins_logged": self.logged.check_ins,
            "cues_rendered": self.cues_rendered,
            "ways": dict(self.ways),
            "routines": ROUTINES,
            "qobjects_changed": grown(first.qobjects, last.qobjects),
            "python_types_changed": grown(first.python, last.python),
            **({"python_heap_grown": self.heap_grown()} if len(self.snapshots) > 1 else {}),
        }

    def heap_grown(self, top: int = 10) -> list[dict[str, Any]]:
        """With --trace: where Python's own allocations grew most between the readings."""
        changes = self.snapshots[-1].compare_to(self.snapshots[0], "traceback")
        return [
            {
                "kib": round(change.size_diff / 1024, 1),
                "blocks": change.count_diff,
                "where": [f"{frame.filename}:{frame.lineno}" for frame in change.traceback][-6:],
            }
            for change in changes[:top]
        ]


def soak(sessions: int, sound: str) -> Outcome:
    """Run the soak in a fresh ANKLE_COACH_HOME."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="ankle-coach-soak-"))
    os.environ["ANKLE_COACH_HOME"] = str(home)
    started = time.perf_counter()
    try:
        runner = Soak(sessions, sound, home)
        runner.run()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    assert runner.logged is not None
    return Outcome(
        sessions=runner.started,
        first=runner.readings[0],
        last=runner.readings[-1],
        wall_seconds=time.perf_counter() - started,
        logged=runner.logged,
        cues_rendered=len(runner.renderer.rendered),
        ways=runner.ways,
        rss_on_the_way=runner.rss_on_the_way,
        malloc_on_the_way=runner.malloc_on_the_way,
        snapshots=runner.snapshots,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=200, help="default 200")
    parser.add_argument(
        "--trace",
        action="store_true",
        help="tracemalloc: where Python's allocations grew (slower; for finding a leak)",
    )
    parser.add_argument("--sound", choices=["silent", "app", "none"], default="silent")
    args = parser.parse_args()
    if args.sessions < 1:
        parser.error("--sessions must be at least 1")
    if args.sessions > WARM_UP_SESSIONS and args.sessions % len(WAYS):
        # Both readings must come after the same way and routine: the objects alive then (the
        # player's sounds, say) depend on them.
        parser.error(f"--sessions must be a multiple of {len(WAYS)} (or under {WARM_UP_SESSIONS})")

    if args.trace:
        tracemalloc.start(25)
    outcome = soak(args.sessions, args.sound)
    report(
        "soak",
        **outcome.figures(),
        cues_played=SilentEffect.plays if args.sound == "silent" else None,
        sound=args.sound,
        qt_warnings=Soak.qt_messages,
        target_rss_growth_mib=TARGET_RSS_GROWTH_MIB,
        target_steady_rss_growth_kib_per_session=TARGET_STEADY_RSS_GROWTH_KIB_PER_SESSION,
        target_qobject_growth=TARGET_QOBJECT_GROWTH,
        target_python_object_growth="under 1 a session",
        met=outcome.met(args.sessions),
    )


if __name__ == "__main__":
    main()
