"""The `ankle-coach` command: the GUI by default, and sub-commands for routines and plans."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ankle_coach import __version__
from ankle_coach.core.safe_text import safe_json, safe_line

# Each command imports the core when it runs: the app (no command) then starts by loading Qt,
# and the core's modules load while the window is built.
if TYPE_CHECKING:
    from ankle_coach.core.library import LibraryEntry
    from ankle_coach.core.plan import Plan


def clock_text(seconds: float) -> str:
    """Seconds as m:ss (or h:mm:ss), rounded to the nearest second."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ankle-coach",
        description="Guided stretch and warm-up routines for runners with ankle pain.",
        epilog="ROUTINE is a library id (see `ankle-coach list`) or the path of a routine file. "
        "With no command, or with routine files only, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="the routine library")
    listing.add_argument("--json", action="store_true", help="print JSON")

    validate = commands.add_parser("validate", help="check routine files")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    plan = commands.add_parser("plan", help="the timed segments and cues of a routine")
    plan.add_argument("routine", metavar="ROUTINE")
    plan.add_argument("--json", action="store_true", help="print JSON")

    cue_files = commands.add_parser(
        "cues", help="render every cue of a routine to WAV, with DIR/manifest.json"
    )
    cue_files.add_argument("routine", metavar="ROUTINE")
    cue_files.add_argument("--out", type=Path, required=True, metavar="DIR")

    run = commands.add_parser(
        "run",
        help="an audio-only session in the terminal",
        description="Keys: Space/p pause, n next, b back, r restart exercise, d done, "
        "+/- adjust the hold by 5 s, m mute, q quit.",
    )
    run.add_argument("routine", metavar="ROUTINE")
    run.add_argument("--beep", action="store_true", help="beeps instead of words")
    run.add_argument("--mute", action="store_true", help="no sound: cues as text only")

    handout = commands.add_parser("handout", help="a printable PDF of a routine")
    handout.add_argument("routine", metavar="ROUTINE")
    handout.add_argument("-o", "--out", type=Path, required=True, metavar="FILE")
    handout.add_argument("--letter", action="store_true", help="US Letter pages instead of A4")

    importing = commands.add_parser(
        "import",
        help="check a routine package (.ankle.zip) or routine file and add it to My routines",
    )
    importing.add_argument("file", type=Path, metavar="PACKAGE_OR_TOML")
    same_id = importing.add_mutually_exclusive_group()
    same_id.add_argument(
        "--replace",
        dest="on_conflict",
        action="store_const",
        const="replace",
        default="ask",
        help="replace a routine of the same id already in My routines",
    )
    same_id.add_argument(
        "--keep-both",
        dest="on_conflict",
        action="store_const",
        const="rename",
        help="keep a routine of the same id too; the new one gets the next free id",
    )
    exporting = commands.add_parser(
        "export", help="write a routine package (.ankle.zip) of a routine, with its pictures"
    )
    exporting.add_argument("routine", metavar="ROUTINE")
    exporting.add_argument("-o", "--out", type=Path, required=True, metavar="FILE")

    history = commands.add_parser("history", help="the session log and pain check-ins")
    actions = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="every session and check-in as CSV, e.g. for an appointment"
    )
    export.add_argument("--csv", type=Path, required=True, metavar="FILE")
    check_in = actions.add_parser(
        "check-in", help="record a pain check-in, then say what the see-a-doctor rules advise"
    )
    check_in.add_argument("--pain", metavar="N", help="pain from 0 (none) to 10 (the worst)")
    check_in.add_argument(
        "--sign",
        action="extend",
        nargs="+",
        default=[],
        metavar="NAME",
        help="a warning sign: swelling, cannot-bear-weight, pain-at-rest-or-night, "
        "numbness-or-tingling, unhealed-injury",
    )
    check_in.add_argument(
        "--when", metavar="ISO-8601", help="when it was, for a check-in you forgot to record"
    )
    advice = actions.add_parser("advice", help="what the see-a-doctor rules say now")
    advice.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if given and all(arg.endswith(".toml") for arg in given):
        # `ankle-coach week-1.toml`, as a file manager or the .desktop entry calls it
        from ankle_coach.ui.app import run_app

        return run_app(files=[Path(arg) for arg in given])
    args = _parser().parse_args(given)
    out = sys.stdout
    if args.command is None:
        from ankle_coach.ui.app import run_app

        return run_app()
    if args.command == "list":
        return _list(out, as_json=args.json)
    if args.command == "validate":
        return _validate(out, args.paths)
    if args.command == "plan":
        return _plan(out, args.routine, as_json=args.json)
    if args.command == "cues":
        return _cues(out, args.routine, args.out)
    if args.command == "run":
        return _run(args.routine, beep=args.beep, mute=args.mute)
    if args.command == "history":
        from ankle_coach import history_cli

        if args.history_command == "check-in":
            return history_cli.check_in_command(args.pain, args.sign, args.when)
        if args.history_command == "advice":
            return history_cli.advice_command(as_json=args.json)
        return history_cli.export_command(args.csv)
    if args.command in ("import", "export"):
        from ankle_coach import sharing_cli

        if args.command == "import":
            return sharing_cli.import_command(args.file, args.on_conflict)
        return sharing_cli.export_command(args.routine, args.out)
    if args.command == "handout":
        from ankle_coach.handout_cli import handout_command  # keeps Qt out of the other commands

        return handout_command(args.routine, args.out, "Letter" if args.letter else "A4")
    raise AssertionError(args.command)


def _list(out: TextIO, *, as_json: bool) -> int:
    from ankle_coach.core.library import load_library
    from ankle_coach.core.plan import total_seconds

    library = load_library()
    rows = [
        {
            "id": entry.id,
            "title": entry.routine.title,
            "total_seconds": total_seconds(entry.routine),
            "origin": str(entry.origin),
            "path": str(entry.path),
            "tags": list(entry.routine.tags),
        }
        for entry in library.entries
    ]
    problems = [{"path": p.path, "field": p.field, "message": p.message} for p in library.problems]
    if as_json:
        out.write(safe_json({"routines": rows, "errors": problems}) + "\n")
        return 0
    # text from routine files reaches the terminal with no control character (core/safe_text.py)
    for row in rows:
        row.update({key: safe_line(row[key]) for key in ("id", "title", "origin")})
    id_width = max((len(str(row["id"])) for row in rows), default=2)
    title_width = max((len(str(row["title"])) for row in rows), default=5)
    out.write(f"{'ID':<{id_width}}  {'TITLE':<{title_width}}  {'TIME':>7}  FROM\n")
    for row in rows:
        total = clock_text(float(str(row["total_seconds"])))
        out.write(
            f"{row['id']!s:<{id_width}}  {row['title']!s:<{title_width}}  {total:>7}  "
            f"{row['origin']}\n"
        )
    if library.problems:
        files = len({problem.path for problem in library.problems})  # a file may have several
        out.write(f"\n{files} routine file(s) could not be loaded:\n")
        for problem in library.problems:
            out.write(f"  {safe_line(problem)}\n")
    return 0


def _validate(out: TextIO, paths: Sequence[Path]) -> int:
    from ankle_coach.core.library import load_files

    library = load_files(paths)
    for problem in library.problems:
        out.write(f"{safe_line(problem)}\n")
    return 1 if library.problems else 0


def _resolve(reference: str) -> LibraryEntry | None:
    """The routine, or None after printing its problems to stderr."""
    from ankle_coach.core.library import resolve
    from ankle_coach.core.routine import RoutineError

    try:
        return resolve(reference)
    except RoutineError as exc:
        for problem in exc.problems:
            print(safe_line(problem), file=sys.stderr)
        return None


def _plan(out: TextIO, reference: str, *, as_json: bool) -> int:
    from ankle_coach.core.plan import compile_plan

    entry = _resolve(reference)
    if entry is None:
        return 1
    plan = compile_plan(entry.routine)
    if as_json:
        out.write(safe_json(plan.to_dict(entry.id)) + "\n")
    else:
        out.write(timetable(plan))
    return 0


def _cues(out: TextIO, reference: str, folder: Path) -> int:
    from ankle_coach.core.plan import PlanOptions, compile_plan
    from ankle_coach.speech import (
        CacheUnwritable,
        CueCache,
        Pyttsx3Renderer,
        SpeechUnavailable,
        VoiceSettings,
    )
    from ankle_coach.speech.manifest import MANIFEST, write_cue_files

    entry = _resolve(reference)
    if entry is None:
        return 1
    settings = VoiceSettings()
    plan = compile_plan(entry.routine, PlanOptions(speech_rate=settings.rate))

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\rRendering cues: {done}/{total}")
            sys.stderr.flush()

    try:
        entries = write_cue_files(
            plan, folder, Pyttsx3Renderer(CueCache.default()), settings, progress
        )
    except CacheUnwritable as exc:  # a full or read-only cache: not the speech engine's fault
        print(safe_line(exc.reason), file=sys.stderr)
        return 1
    except SpeechUnavailable as exc:
        print(safe_line(f"No voice: {exc.reason}"), file=sys.stderr)
        return 1
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            said = "no space left on device"
        else:
            said = f"cannot write the cue files: {exc.strerror or exc}"
        print(safe_line(f"{folder}: {said}"), file=sys.stderr)
        return 1
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    speech = sum(entry["duration"] for entry in entries)
    out.write(
        f"{len(entries)} cues of {safe_line(entry.routine.title)!r} ({speech:.0f} s of speech) "
        f"in {folder}; see {folder / MANIFEST}\n"
    )
    return 0


def _run(reference: str, *, beep: bool, mute: bool) -> int:
    entry = _resolve(reference)
    if entry is None:
        return 1
    from ankle_coach.terminal import run_session
    from ankle_coach.ui.cue_player import Sound

    sound = Sound.MUTE if mute else Sound.BEEP if beep else Sound.VOICE
    return run_session(entry, sound=sound)


def timetable(plan: Plan) -> str:
    """The Plan as a person reads it: each segment with its time, then what is said in it."""
    lines = [f"{plan.title} ({clock_text(plan.total_seconds)})", ""]
    spoken = {index: [] for index in range(len(plan.segments))}  # type: dict[int, list[str]]
    for cue in plan.cues:
        spoken[cue.segment].append(f"    {clock_text(cue.at)}  \u201c{cue.text}\u201d")
    for segment in plan.segments:
        what = segment.exercise
        details = [
            detail
            for detail in (
                segment.side,
                segment.direction,
                f"set {segment.set} of {segment.sets}" if segment.sets > 1 else "",
                f"{segment.reps} reps" if segment.reps else "",
            )
            if detail
        ]
        label = {"get-ready": "GET READY", "rest": "REST", "switch": "SWITCH"}.get(
            segment.kind, segment.kind.upper()
        )
        if segment.kind != "work" and segment.kind != "manual":
            what = f"next: {what}"
        suffix = f" ({', '.join(details)})" if details else ""
        length = "until Done" if segment.kind == "manual" else f"{segment.duration:g} s"
        lines.append(f"{clock_text(segment.start)}  {label:<9}  {what}{suffix}  [{length}]")
        lines.extend(spoken[segment.index])
    if plan.dropped:
        lines.append("")
        lines.append("Left out, so that no cue talks over another:")
        lines.extend(f"    {clock_text(c.at)}  \u201c{c.text}\u201d" for c in plan.dropped)
    return "\n".join(safe_line(line) for line in lines) + "\n"
