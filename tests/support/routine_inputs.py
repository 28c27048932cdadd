"""Hostile routine files for fuzzing the loader, and the property every one of them must keep.

Shared by tests/unit/core/test_routine_fuzz.py (a few hundred examples) and
benchmarks/fuzz_loader.py (ten thousand and more). The inputs are bytes, as a file on disk is,
drawn from five families (`FAMILIES`):

- bytes: anything at all, and UTF-8 text of any characters;
- toml: well-formed TOML of arbitrary shape (tomli-w writes trees of strings with control
  characters, integers past 64 bits, nan and infinities, dates and times, arrays, tables);
- shaped: a routine's own fields (read from the Structs, so new fields are covered), each there
  or not, with values mostly of their type (valid, or just past a bound) and at times of any;
- mutated: a built-in routine with fields replaced, deleted or added and exercises dropped,
  duplicated or swapped for other values; this reaches the deepest checks;
- edited: a built-in routine's bytes with a few bytes cut, inserted or overwritten, and
  nesting thousands of levels deep.

The property (`load`): the loader returns a Routine that the app can plan, or raises
RoutineError with at least one problem it can print; nothing else, and within `HANG_SECONDS`.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import math
import signal
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from datetime import UTC, timedelta, timezone
from typing import Any

import msgspec
import tomli_w
from hypothesis import strategies as st

from ankle_coach.core.paths import builtin_routines_dir
from ankle_coach.core.plan import compile_plan, total_seconds
from ankle_coach.core.routine import (
    MAX_FILE_BYTES,
    Exercise,
    Routine,
    RoutineError,
    parse_routine,
)

#: Longer than this and an example counts as a hang: the alarm interrupts it.
HANG_SECONDS = 5.0
#: The path the loader is told, as it appears in every problem.
SHOWN_PATH = "fuzz.toml"
FAMILIES = ("bytes", "toml", "shaped", "mutated", "edited")

BUILT_IN_FILES = sorted(builtin_routines_dir().glob("*.toml"))
BUILT_IN_BYTES = [path.read_bytes() for path in BUILT_IN_FILES]
BUILT_INS = [tomllib.loads(data.decode("utf-8")) for data in BUILT_IN_BYTES]
assert BUILT_INS, f"no built-in routines in {builtin_routines_dir()}"


class TooSlow(Exception):
    """An example ran past HANG_SECONDS: the loader would have held the app up."""


@contextlib.contextmanager
def hang_guard(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Interrupt the block with TooSlow after `seconds` (a real-time alarm; Unix, main thread).

    Hypothesis's own deadline only judges an example once it has returned; this stops one that
    never would."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield  # only Hypothesis's deadline, then
        return

    def ring(_number: int, _frame: object) -> None:
        raise TooSlow(f"the loader took over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load(data: bytes) -> Routine | RoutineError:
    """The property: a Routine that plans, or a RoutineError that can be shown. Anything else
    (an exception of another type, an empty error, TooSlow) propagates and fails the example."""
    with hang_guard():
        try:
            routine = parse_routine(data, SHOWN_PATH)
        except RoutineError as error:
            assert error.problems, "a RoutineError must say what is wrong"
            for problem in error.problems:
                assert problem.message, f"a problem without a message: {problem!r}"
                assert str(problem).startswith(SHOWN_PATH), str(problem)
            return error
        # What the library and a session do with every routine that loads.
        plan = compile_plan(routine)
        assert math.isfinite(plan.total_seconds) and plan.total_seconds >= 0, plan.total_seconds
        assert math.isclose(total_seconds(routine), plan.total_seconds, abs_tol=1e-6)
        return routine


def timed_load(data: bytes) -> tuple[Routine | RoutineError, float]:
    """load() and its seconds, with the garbage collector paused: a collection of Hypothesis's
    own objects that happened to fall in the call is not the loader's time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        started = time.perf_counter()
        outcome = load(data)
        return outcome, time.perf_counter() - started
    finally:
        if collecting:
            gc.enable()


# -- values TOML can hold -----------------------------------------------------------------------

_OFFSETS = st.sampled_from(
    [
        UTC,
        timezone(timedelta(hours=5, minutes=30)),
        timezone(timedelta(hours=-12)),
        timezone(timedelta(seconds=30)),  # TOML has no seconds in offsets: tomllib refuses it
    ]
)
_NEAR_BOUNDS = [0, 1, -1, 2, 4, 5, 19, 20, 21, 40, 41, 80, 81, 99, 100, 101, 120, 121, 200, 201]
_NEAR_BOUNDS += [255, 256, 600, 601, 1000, 1001, 2000, 2001, 3600, 3601, 14400, 14401]
#: Past 32 and 64 bits, past a float (2**1024), up to what str() may print (4,300 digits; longer
#: numbers are in deep_documents, as tomli-w cannot write them).
_HUGE_BITS = [31, 63, 64, 65, 1024, 1330, 14280]
_FLOATS = [0.5, 0.49, 1e-9, 29.99, 30.0, 30.01, 119.5, 599.9, 600.1, 1e15, 1e308, -0.0]
_WORDS = [
    "",
    " ",
    "\t",
    "left",
    "right",
    "Left",
    "clockwise",
    "counter-clockwise",
    "calf-stretch.svg",
    "../secret.svg",
    "/etc/passwd",
    "C:\\x.svg",
    "a\\b.svg",
    "c:x.svg",
    "x//y.svg",
    "./x.svg",
    "\x00",
    "\ufeff",
    "\u202e",
    "<b>bold</b>",
]
#: Lengths at the limits of the text fields.
_LENGTHS = [40, 41, 80, 81, 120, 121, 255, 256, 1000, 1001, 2000, 2001]

texts = (
    st.text(st.characters(codec="utf-8"), max_size=40)
    | st.sampled_from(_WORDS)
    | st.sampled_from(_LENGTHS).map(lambda length: "x" * length)
)
huge = st.sampled_from(_HUGE_BITS).flatmap(
    lambda bits: st.sampled_from([2**bits, 2**bits - 1, -(2**bits), -(2**bits) - 1])
)
integers = st.integers() | st.sampled_from(_NEAR_BOUNDS) | huge
floats = st.floats() | st.sampled_from(_FLOATS) | st.floats(-10, 4000)
moments = (
    st.datetimes()
    | st.datetimes(timezones=_OFFSETS)
    | st.dates()
    | st.times()  # naive: TOML has no offset times (tomli-w refuses them)
)
scalars = texts | integers | floats | st.booleans() | moments
keys = st.sampled_from(
    [f.encode_name for s in (Routine, Exercise) for f in msgspec.structs.fields(s)]
) | st.text(max_size=12)


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4)


toml_values = st.recursive(scalars, _containers, max_leaves=12)


def _dumps(document: dict[str, Any]) -> bytes:
    return tomli_w.dumps(document).encode("utf-8")


# -- the families -------------------------------------------------------------------------------


def typed_values(kind: Any, *, inside: bool = False) -> st.SearchStrategy[Any]:
    """Values of a Struct field's declared type (msgspec.inspect): within its bounds when
    `inside`, else from just inside to just outside them."""
    inspect = msgspec.inspect
    if isinstance(kind, inspect.IntType):
        low = kind.ge if kind.ge is not None else -1000
        high = kind.le if kind.le is not None else 1000
        if inside:
            return st.integers(low, high)
        return st.integers(low - 2, high + 2) | st.sampled_from([low, high])
    if isinstance(kind, inspect.FloatType):
        bottom = float(kind.ge) if kind.ge is not None else -1000.0
        top = float(kind.le) if kind.le is not None else 1000.0
        whole = st.integers(math.ceil(bottom), math.floor(top))
        if inside:
            return st.floats(bottom, top) | whole
        just_past = [bottom, top, bottom - 1e-9, top + 1e-9]
        return st.floats(bottom - 1, top + 1) | st.sampled_from(just_past) | whole
    if isinstance(kind, inspect.StrType):
        shortest = kind.min_length or 0
        longest = kind.max_length if kind.max_length is not None else 100
        some = st.text(st.characters(codec="utf-8"), min_size=shortest, max_size=min(longest, 30))
        if inside:
            return some
        at_limit = st.sampled_from([longest, longest + 1]).map(lambda length: "x" * length)
        return some | at_limit | st.sampled_from(_WORDS)
    if isinstance(kind, inspect.BoolType):
        return st.booleans()
    if isinstance(kind, inspect.LiteralType):
        return st.sampled_from(kind.values) if inside else st.sampled_from(kind.values) | texts
    if isinstance(kind, inspect.VarTupleType | inspect.ListType):
        longest = kind.max_length if kind.max_length is not None else 5
        items = typed_values(kind.item_type, inside=inside)
        return st.lists(items, max_size=min(longest if inside else longest + 1, 25))
    if isinstance(kind, inspect.UnionType):
        return st.one_of(
            *(
                typed_values(t, inside=inside)
                for t in kind.types
                if not isinstance(t, inspect.NoneType)
            )
        )
    return toml_values


def _weighted(*choices: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """One of the strategies, each `weight` times as likely (st.one_of flattens nested one_ofs,
    so it cannot weigh them)."""
    pool = [strategy for weight, strategy in choices for _ in range(weight)]
    return st.integers(0, len(pool) - 1).flatmap(lambda index: pool[index])


def field_values(kind: Any = None) -> st.SearchStrategy[Any]:
    """What a field may be set to: mostly a value of its type, valid or near its bounds; at
    times anything at all."""
    anything = st.one_of(scalars, toml_values, st.sampled_from(_NEAR_BOUNDS + _FLOATS), huge)
    if kind is None:
        return anything
    return _weighted((4, typed_values(kind, inside=True)), (2, typed_values(kind)), (1, anything))


def _fields(struct: type[msgspec.Struct]) -> dict[str, Any]:
    info = msgspec.inspect.type_info(struct)
    assert isinstance(info, msgspec.inspect.StructType)
    return {field.encode_name: field.type for field in info.fields}


ROUTINE_TYPES = _fields(Routine)
EXERCISE_TYPES = _fields(Exercise)
WORK_FIELDS = ["hold_seconds", "reps", "duration_seconds", "manual"]


@st.composite
def shaped_exercises(draw: st.DrawFn) -> dict[str, Any]:
    """An [[exercises]] table: its fields each there or not, usually one way to say how long."""
    table = {
        name: draw(field_values(kind))
        for name, kind in EXERCISE_TYPES.items()
        if name not in WORK_FIELDS and draw(st.integers(0, 2)) == 0
    }
    table["name"] = draw(field_values(EXERCISE_TYPES["name"]))
    for name in draw(st.lists(st.sampled_from(WORK_FIELDS), min_size=1, max_size=2)):
        table[name] = True if name == "manual" else draw(field_values(EXERCISE_TYPES[name]))
    return table


@st.composite
def shaped_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A routine's own fields (read from the Structs, so new ones are covered), each there or
    not, with values of their type near the bounds, or of any other."""
    document = {
        name: draw(field_values(kind))
        for name, kind in ROUTINE_TYPES.items()
        if name != "exercises" and draw(st.integers(0, 2)) == 0
    }
    document["format"] = draw(_weighted((6, st.just(1)), (1, field_values())))
    document["title"] = draw(field_values(ROUTINE_TYPES["title"]))
    if draw(st.integers(0, 5)):
        document["exercises"] = draw(st.lists(shaped_exercises(), min_size=1, max_size=4))
    else:
        document["exercises"] = draw(field_values())
    if not draw(st.integers(0, 5)):
        document.update(draw(st.dictionaries(keys, toml_values, max_size=2)))
    return document


def _mutate_table(draw: st.DrawFn, table: dict[str, Any], known: list[str]) -> None:
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    present = sorted(table)
    types = {**ROUTINE_TYPES, **EXERCISE_TYPES}
    if action == "replace" and present:
        name = draw(st.sampled_from(present))
        table[name] = draw(field_values(types.get(name)))
    elif action == "delete" and present:
        del table[draw(st.sampled_from(present))]
    else:
        name = draw(st.sampled_from(known) | st.sampled_from(sorted(types)) | keys)
        table[name] = draw(field_values(types.get(name)))


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A built-in routine with one to five things changed in it."""
    document: dict[str, Any] = copy.deepcopy(draw(st.sampled_from(BUILT_INS)))
    for _ in range(draw(st.integers(1, 5))):
        exercises = document.get("exercises")
        where = draw(st.sampled_from(["routine", "exercise", "exercises"]))
        if where == "exercise" and isinstance(exercises, list) and exercises:
            index = draw(st.integers(0, len(exercises) - 1))
            if isinstance(exercises[index], dict):
                _mutate_table(draw, exercises[index], sorted(EXERCISE_TYPES))
            else:
                exercises[index] = draw(field_values())
        elif where == "exercises" and isinstance(exercises, list):
            action = draw(st.sampled_from(["drop", "duplicate", "replace", "many"]))
            if action == "drop" and exercises:
                exercises.pop(draw(st.integers(0, len(exercises) - 1)))
            elif action == "duplicate" and exercises:
                exercises.append(copy.deepcopy(draw(st.sampled_from(exercises))))
            elif action == "replace" and exercises:
                exercises[draw(st.integers(0, len(exercises) - 1))] = draw(
                    shaped_exercises() | field_values()
                )
            elif exercises:  # past the limit of 100, or just under it
                exercises[:] = [copy.deepcopy(exercises[0])] * draw(st.integers(99, 102))
        else:
            _mutate_table(draw, document, sorted(ROUTINE_TYPES))
    return document


@st.composite
def edited_bytes(draw: st.DrawFn) -> bytes:
    """A built-in routine file with a few bytes cut, inserted or overwritten."""
    data = bytearray(draw(st.sampled_from(BUILT_IN_BYTES)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "overwrite"]))
        piece = draw(st.binary(min_size=1, max_size=4) | st.sampled_from(_TOML_PIECES))
        if action == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = piece
        else:
            data[at : at + len(piece)] = piece
    return bytes(data)


_TOML_PIECES = [b"[", b"]", b"{", b"}", b'"', b"'", b'"""', b"=", b"\n", b"#", b".", b",", b"\\"]
_TOML_PIECES += [b"[[exercises]]\n", b"\xff", b"\xef\xbb\xbf", b"\r", b"\x00", b"inf", b"nan"]


@st.composite
def deep_documents(draw: st.DrawFn) -> bytes:
    """A valid routine header, then a value nested thousands deep, a key of thousands of dotted
    parts (as a key, a table header or inside an inline table: up to a whole 1 MiB file), or a
    number of thousands of digits."""
    kind = draw(
        st.sampled_from(
            ["array", "inline-table", "dotted-key", "dotted-header", "dotted-inline", "digits"]
        )
    )
    key = draw(st.sampled_from(["x", "exercises", "title", '"q"']))
    most = (MAX_FILE_BYTES - 100) // (len(key) + 1)  # a file of up to 1 MiB
    depth = draw(st.integers(1, 6000) | st.integers(6000, most))
    dotted = ".".join([key] * depth)
    if kind == "array":
        line = f"{key} = {'[' * depth}{']' * depth}"
    elif kind == "inline-table":
        line = f"{key} = {'{a = ' * depth}1{' }' * depth}"
    elif kind == "dotted-key":
        line = f"{dotted} = 1"
    elif kind == "dotted-header":
        line = f"[{dotted}]"
    elif kind == "dotted-inline":
        line = f"x = {{ {dotted} = 1 }}"
    else:
        line = f"{key} = {'9' * depth}"
    return f'format = 1\ntitle = "Deep"\n{line}\n'.encode()


def family_inputs(family: str) -> st.SearchStrategy[bytes]:
    """The file bytes of one family."""
    strategies: dict[str, Callable[[], st.SearchStrategy[bytes]]] = {
        "bytes": lambda: st.binary(max_size=200) | texts.map(lambda text: text.encode()),
        "toml": lambda: st.dictionaries(keys, toml_values, max_size=6).map(_dumps),
        "shaped": lambda: shaped_documents().map(_dumps),
        "mutated": lambda: mutated_documents().map(_dumps),
        "edited": lambda: edited_bytes() | deep_documents(),
    }
    return strategies[family]()


def inputs() -> st.SearchStrategy[tuple[str, bytes]]:
    """(family, file bytes) from every family alike; the family is for reporting."""

    def tagged(family: str) -> st.SearchStrategy[tuple[str, bytes]]:
        return family_inputs(family).map(lambda data: (family, data))

    return st.one_of(*(tagged(family) for family in FAMILIES))
