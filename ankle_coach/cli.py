"""The `ankle-coach` command line: its arguments, and the command in ankle_coach/commands/ that
each calls. The GUI by default."""

from __future__ import annotations

import argparse
import errno
import io
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ankle_coach import __version__
from ankle_coach.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SYSTEM, translate

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

# Only the arguments here: each command imports its module when it runs, so the app (no
# command) starts by loading Qt, and the core's modules load while the window is built.
# The parser is built once the language is chosen (use_language), so its help is in it.


#: plan, cues and run follow the user's settings unless given this.
DEFAULTS = "--defaults"
DEFAULTS_HELP = QT_TRANSLATE_NOOP(
    "cli", "ignore your settings (voice, rate, counting, lead-in): the standard choices"
)
#: The option every command takes: the language of what it says and writes (a handout for a
#: patient who speaks another language), over Settings' language, over the environment's.
LANGUAGE_OPTION = "--language"
LANGUAGE_CHOICES = (SYSTEM, *LANGUAGES)


def _add_language(parser: argparse.ArgumentParser, *, default: object = None) -> None:
    parser.add_argument(
        LANGUAGE_OPTION,
        choices=LANGUAGE_CHOICES,
        default=default,
        metavar="{" + ",".join(LANGUAGE_CHOICES) + "}",
        help=translate(
            "cli",
            "the language of what the command says and writes (the handout too): system (the "
            "environment's LANGUAGE, LC_ALL, LC_MESSAGES or LANG), en, de or es; over the "
            "language chosen in Settings",
        ),
    )


class _Parser(argparse.ArgumentParser):
    """argparse, except that a help or usage that cannot be written is an error (argparse
    drops it silently: `ankle-coach --help > /dev/full` said nothing and exited 0)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            (file or sys.stderr).write(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ankle-coach",
        description=translate(
            "cli", "Guided stretch and warm-up routines for runners with ankle pain."
        ),
        epilog=translate(
            "cli",
            "ROUTINE is a library id (see `ankle-coach list`) or the path of a routine file. "
            "With no command, or with routine files only, the app opens.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    _add_language(parser)
    parser.add_argument(
        "--tray",
        action="store_true",
        help=translate(
            "cli",
            "start in the system tray for the weekly plan's reminders, without the window "
            "(as Start at login does); the window opens when there is no tray or no reminder",
        ),
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help=translate("cli", "the routine library"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))

    validate = commands.add_parser("validate", help=translate("cli", "check routine files"))
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    plan = commands.add_parser(
        "plan", help=translate("cli", "the timed segments and cues of a routine")
    )
    plan.add_argument("routine", metavar="ROUTINE")
    plan.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    plan.add_argument(DEFAULTS, action="store_true", help=translate("cli", DEFAULTS_HELP))

    cue_files = commands.add_parser(
        "cues",
        help=translate("cli", "render every cue of a routine to WAV, with DIR/manifest.json"),
    )
    cue_files.add_argument("routine", metavar="ROUTINE")
    cue_files.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help=translate("cli", "the folder to write the WAV files and manifest.json in"),
    )
    cue_files.add_argument(DEFAULTS, action="store_true", help=translate("cli", DEFAULTS_HELP))

    run = commands.add_parser(
        "run",
        help=translate("cli", "an audio-only session in the terminal"),
        description=translate(
            "cli",
            "Keys: Space/p pause, n next, b back, r restart exercise, d done, "
            "+/- adjust the hold by 5 s, m mute, q quit. The session is logged in your history "
            "as in the app; on a terminal you are asked how your ankle feels before and after.",
        ),
    )
    run.add_argument("routine", metavar="ROUTINE")
    run.add_argument("--beep", action="store_true", help=translate("cli", "beeps instead of words"))
    run.add_argument(
        "--mute", action="store_true", help=translate("cli", "no sound: cues as text only")
    )
    run.add_argument(DEFAULTS, action="store_true", help=translate("cli", DEFAULTS_HELP))
    run.add_argument(
        "--no-check-in",
        dest="check_in",
        action="store_false",
        help=translate(
            "cli",
            "don't ask how your ankle feels before and after (never asked when stdin is not "
            "a terminal)",
        ),
    )

    handout = commands.add_parser("handout", help=translate("cli", "a printable PDF of a routine"))
    handout.add_argument("routine", metavar="ROUTINE")
    handout.add_argument(
        "-o",
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("cli", "the PDF file to write"),
    )
    handout.add_argument(
        "--letter", action="store_true", help=translate("cli", "US Letter pages instead of A4")
    )

    importing = commands.add_parser(
        "import",
        help=translate(
            "cli", "check a routine package (.ankle.zip) or routine file and add it to My routines"
        ),
    )
    importing.add_argument("file", type=Path, metavar="PACKAGE_OR_TOML")
    importing.add_argument(
        "--plan",
        choices=("accept", "decline"),
        help=translate(
            "cli",
            "the routine's suggested schedule: add it to the weekly plan, or not (without "
            "this, it is shown and not added)",
        ),
    )
    importing.add_argument(
        "--days",
        metavar="DAYS",
        help=translate("cli", "accept the suggested schedule on these days instead"),
    )
    importing.add_argument(
        "--at",
        metavar="HH:MM",
        help=translate("cli", "accept the suggested schedule at this time instead"),
    )
    same_id = importing.add_mutually_exclusive_group()
    same_id.add_argument(
        "--replace",
        dest="on_conflict",
        action="store_const",
        const="replace",
        default="ask",
        help=translate("cli", "replace a routine of the same id already in My routines"),
    )
    same_id.add_argument(
        "--keep-both",
        dest="on_conflict",
        action="store_const",
        const="rename",
        help=translate(
            "cli", "keep a routine of the same id too; the new one gets the next free id"
        ),
    )
    exporting = commands.add_parser(
        "export",
        help=translate(
            "cli", "write a routine package (.ankle.zip) of a routine, with its pictures"
        ),
    )
    exporting.add_argument("routine", metavar="ROUTINE")
    exporting.add_argument(
        "-o",
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("cli", "the package file to write, or a folder to write it in"),
    )

    history = commands.add_parser(
        "history", help=translate("cli", "the session log and pain check-ins")
    )
    actions = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    listing_history = actions.add_parser(
        "list",
        help=translate(
            "cli", "this week's sessions, the streak and the latest sessions and check-ins"
        ),
    )
    listing_history.add_argument(
        "--limit",
        type=int,
        default=10,
        metavar="N",
        help=translate("cli", "show the latest N (10)"),
    )
    export = actions.add_parser(
        "export",
        help=translate("cli", "every session and check-in as CSV, e.g. for an appointment"),
    )
    export.add_argument(
        "--csv",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("cli", "the CSV file to write (its columns are named in English)"),
    )
    export.add_argument(
        "--planned-csv",
        type=Path,
        metavar="FILE",
        help=translate(
            "cli", "also write the weekly plan's sessions (done, missed, to come) to this CSV"
        ),
    )
    check_in = actions.add_parser(
        "check-in",
        help=translate(
            "cli", "record a pain check-in, then say what the see-a-doctor rules advise"
        ),
    )
    check_in.add_argument(
        "--pain", metavar="N", help=translate("cli", "pain from 0 (none) to 10 (the worst)")
    )
    check_in.add_argument(
        "--sign",
        action="extend",
        nargs="+",
        default=[],
        metavar="NAME",
        help=translate(
            "cli",
            "a warning sign: swelling, cannot-bear-weight, pain-at-rest-or-night, "
            "numbness-or-tingling, unhealed-injury",
        ),
    )
    check_in.add_argument(
        "--when",
        metavar="ISO-8601",
        help=translate("cli", "when it was, for a check-in you forgot to record"),
    )
    advice = actions.add_parser(
        "advice", help=translate("cli", "what the see-a-doctor rules say now")
    )
    advice.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))

    desktop = commands.add_parser(
        "install-desktop",
        help=translate(
            "cli", "add the app to your desktop's menu, opening routine packages (.ankle.zip)"
        ),
        description=translate(
            "cli",
            "Puts the menu entry, the icon and the routine package file type under "
            "$XDG_DATA_HOME (~/.local/share), starting this same ankle-coach, and updates the "
            "desktop's caches.",
        ),
    )
    desktop.add_argument(
        "--uninstall",
        action="store_true",
        help=translate("cli", "remove what install-desktop put there"),
    )
    _schedule_parser(commands)
    _everywhere(parser)
    return parser


def _everywhere(parser: argparse.ArgumentParser) -> None:
    """--language after any command or action too (`ankle-coach handout ID -o F --language
    de`); the main parser's value stands unless one is given there."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _add_language(sub, default=argparse.SUPPRESS)
                _everywhere(sub)


def _schedule_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    schedule = commands.add_parser(
        "schedule",
        help=translate(
            "cli", "the weekly plan: reminders of a routine on chosen days at a local time"
        ),
        description=translate(
            "cli",
            "Times are wall-clock times where you are (TZ, else the system's zone): "
            "18:30 stays 18:30 across daylight-saving changes and time-zone moves.",
        ),
    )
    actions = schedule.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help=translate("cli", "remind of a routine on some days at a time")
    )
    add.add_argument(
        "routine",
        metavar="ROUTINE",
        help=translate("cli", "a library id, as `ankle-coach list` shows"),
    )
    add.add_argument(
        "--days",
        default="daily",
        metavar="DAYS",
        help=translate(
            "cli",
            "mon,wed,fri (or full names, or a range such as mon-fri), daily, weekdays or "
            "weekends (daily)",
        ),
    )
    add.add_argument(
        "--at",
        required=True,
        metavar="HH:MM",
        help=translate("cli", "the time, 24-hour, e.g. 18:30"),
    )
    listing = actions.add_parser(
        "list", help=translate("cli", "every reminder and when it is next")
    )
    listing.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    coming = actions.add_parser(
        "next", help=translate("cli", "the next reminder, in ISO 8601 with the UTC offset")
    )
    coming.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON (null when none)")
    )
    for name, said in (
        ("remove", QT_TRANSLATE_NOOP("cli", "remove a reminder")),
        ("on", QT_TRANSLATE_NOOP("cli", "remind again")),
        ("off", QT_TRANSLATE_NOOP("cli", "keep a reminder but stop reminding")),
    ):
        action = actions.add_parser(name, help=translate("cli", said))
        action.add_argument(
            "id", metavar="ID", help=translate("cli", "its id, as `schedule list` shows")
        )


#: Said when Qt's own libraries cannot load a system library (README, Quick start).
SYSTEM_LIBRARIES = QT_TRANSLATE_NOOP(
    "cli",
    "On Debian or Ubuntu: sudo apt install libegl1 libgl1 libfontconfig1 libglib2.0-0 "
    "libdbus-1-3 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
    "libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 "
    "fonts-dejavu-core (the README's Quick start has Fedora's too).",
)


def _window(files: list[Path], *, tray: bool = False) -> int:
    """The app; a system library Qt needs and cannot find is said plainly, with the fix."""
    try:
        from ankle_coach.ui.app import run_app
    except ImportError as exc:
        if "shared object" not in str(exc):
            raise
        said = translate("cli", "ankle-coach: the window cannot start: {reason}").format(reason=exc)
        sys.stderr.write(f"{said}\n{translate('cli', SYSTEM_LIBRARIES)}\n")
        return 1
    from ankle_coach.core import i18n

    # the language use_language chose: --language over Settings over the system
    return run_app(files=files, tray=tray, language=i18n.current_language())


#: Errors of writing what a command prints: a full disk (`> file` on it), /dev/full, a
#: terminal gone, a descriptor closed under it.
_OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EBADF, errno.EFBIG})


def main(argv: Sequence[str] | None = None) -> int:
    _closed_streams_to_devnull()
    try:
        try:
            status = _dispatch(argv)
        except SystemExit as exit_:  # argparse: --help (0), a usage error (2)
            sys.stdout.flush()
            if exit_.code in (0, None) and _output_lost():
                raise SystemExit(1) from None
            raise
        sys.stdout.flush()  # here, where a failure can be said, not in Python's exit
        if status == 0 and _output_lost():
            return 1  # as other tools do: the output was the work
        return status
    except BrokenPipeError:
        # `ankle-coach list | head`: the reader left; say nothing more, as other tools do.
        # stdout is pointed at /dev/null so Python's own flush at exit does not fail too.
        _stdout_to_devnull()
        return 141  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRORS:
            raise
        # `ankle-coach list > /dev/full`: one line instead of a traceback, and a failure status
        _stdout_to_devnull()
        where = f"{exc.filename}: " if exc.filename else ""
        try:
            sys.stderr.write(f"ankle-coach: {where}{exc.strerror or exc}\n")
            sys.stderr.flush()
        except OSError:
            pass  # stderr is the full disk too: the status says it
        return 1


def _closed_streams_to_devnull() -> None:
    """A command started with stdout or stderr closed (`ankle-coach list >&-`, a launcher
    that gives none) has None for it in Python: what it would say goes to the null device,
    instead of an AttributeError on the first line (or a silent exit where stderr was asked
    whether it is a terminal). What went to a closed stdout is counted: `main` says it was
    lost."""
    if sys.stdout is None:
        sys.stdout = _LostOutput(open(os.devnull, "wb"), encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


class _LostOutput(io.TextIOWrapper):
    """The null device in place of a closed stdout, counting the characters written to it."""

    lost = 0

    def write(self, text: str) -> int:
        self.lost += len(text)
        return super().write(text)


def _output_lost() -> bool:
    """Whether anything was written to a stdout closed at start; if so, says it on stderr."""
    if not isinstance(sys.stdout, _LostOutput) or not sys.stdout.lost:
        return False
    said = translate("cli", "ankle-coach: what the command printed was lost: {reason}")
    sys.stderr.write(said.format(reason=os.strerror(errno.EBADF)) + "\n")
    return True


def _stdout_to_devnull() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no descriptor to point elsewhere: nothing will be flushed
        pass


def use_language(chosen: str | None = None) -> None:
    """Every command speaks the language the window would, unless `chosen` (--language) says
    another: `chosen`, else Settings' choice, else the system's (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG: core/i18n.py). A catalogue that cannot be read is said on stderr, and
    the command goes on in English."""
    from ankle_coach.core import i18n

    if chosen == SYSTEM:
        language = i18n.language_from_environment()
    elif chosen is not None and i18n.language_of(chosen) is not None:
        language = i18n.resolve_language(chosen)
    else:
        from ankle_coach.core.paths import Paths
        from ankle_coach.core.settings import saved_language

        # only read: a damaged file is moved aside, and said, by the command or window that
        # loads the settings next (load_settings here had moved it aside unsaid)
        language = i18n.resolve_language(saved_language(Paths.default()))
    i18n.use(language)
    if i18n.load_problem is not None:
        sys.stderr.write(f"ankle-coach: {i18n.load_problem}; English is used\n")


def language_given(args: Sequence[str]) -> str | None:
    """The value of --language in `args` (the last one; "--lang de" and "--language=de" too,
    as argparse reads them), before any "--"; None when not given. An unknown value is left
    to argparse to refuse."""
    chosen = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if len(name) < 4 or not LANGUAGE_OPTION.startswith(name):  # "--la" is not ambiguous
            continue
        if equals:
            chosen = value
        elif index + 1 < len(args):
            chosen = args[index + 1]
    return chosen


def without_language(args: Sequence[str]) -> list[str]:
    """`args` without --language and its value (in every form `language_given` reads)."""
    kept: list[str] = []
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if arg == "--":
            kept.extend(args[index:])
            break
        name, equals, _value = arg.partition("=")
        if len(name) >= 4 and LANGUAGE_OPTION.startswith(name):
            skip = not equals
            continue
        kept.append(arg)
    return kept


#: argparse's own words (the usage line, the headings, its errors), which it asks gettext for:
#: given in the language chosen (see _argparse_speaks).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("cli", "usage: "),
    QT_TRANSLATE_NOOP("cli", "positional arguments"),
    QT_TRANSLATE_NOOP("cli", "options"),
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("cli", "expected one argument"),
    QT_TRANSLATE_NOOP("cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("cli", "ambiguous option: %(option)s could match %(matches)s"),
)
_PERCENT_FIELDS = re.compile(r"%(?:\(\w+\))?[srd]")


def argparse_word(source: str) -> str:
    """argparse's message `source` in the language in use; the source itself when it is not
    one of ARGPARSE_WORDS or when a translation lost one of its %-fields (argparse fills
    them)."""
    if source not in ARGPARSE_WORDS:
        return source
    said = translate("cli", source)
    fields = sorted(_PERCENT_FIELDS.findall(source))
    return said if sorted(_PERCENT_FIELDS.findall(said)) == fields else source


@contextmanager
def _argparse_speaks() -> Iterator[None]:
    """argparse's words in the language in use while inside: argparse looks its `_` (gettext)
    up when it says something, so it is pointed at argparse_word, then back."""
    before = argparse._  # type: ignore[attr-defined]
    argparse._ = argparse_word  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = before  # type: ignore[attr-defined]


def _dispatch(argv: Sequence[str] | None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    use_language(language_given(given))
    files = without_language(given)
    if files and all(arg.endswith((".toml", ".zip")) for arg in files):
        # `ankle-coach week-1.toml` or `ankle-coach week-1.ankle.zip`, as a file manager or the
        # .desktop entry calls it (`--language es week-1.toml` too): routine files are opened,
        # packages imported
        return _window([Path(arg) for arg in files])
    with _argparse_speaks():
        args = _parser().parse_args(given)
    out = sys.stdout
    if args.command is None:
        return _window([], tray=args.tray)
    if args.command == "run":
        from ankle_coach.commands.run import run_command

        return run_command(
            args.routine,
            beep=args.beep,
            mute=args.mute,
            defaults=args.defaults,
            check_in=args.check_in,
        )
    if args.command in ("list", "validate", "plan", "cues"):
        from ankle_coach.commands import routines

        if args.command == "list":
            return routines.list_command(out, as_json=args.json)
        if args.command == "validate":
            return routines.validate_command(out, args.paths)
        if args.command == "plan":
            return routines.plan_command(
                out, args.routine, as_json=args.json, defaults=args.defaults
            )
        return routines.cues_command(out, args.routine, args.out, defaults=args.defaults)
    if args.command == "history":
        from ankle_coach.commands import history as history_cli

        if args.history_command == "check-in":
            return history_cli.check_in_command(args.pain, args.sign, args.when)
        if args.history_command == "advice":
            return history_cli.advice_command(as_json=args.json)
        if args.history_command == "list":
            return history_cli.list_command(args.limit)
        return history_cli.export_command(args.csv, planned=args.planned_csv)
    if args.command in ("import", "export"):
        from ankle_coach.commands import sharing as sharing_cli

        if args.command == "import":
            return sharing_cli.import_command(
                args.file, args.on_conflict, plan=args.plan, days=args.days, at=args.at
            )
        return sharing_cli.export_command(args.routine, args.out)
    if args.command == "handout":
        from ankle_coach.commands.handout import (
            handout_command,  # keeps Qt out of the other commands
        )

        return handout_command(args.routine, args.out, "Letter" if args.letter else "A4")
    if args.command == "install-desktop":
        from ankle_coach.commands.desktop import install_desktop_command

        return install_desktop_command(remove=args.uninstall)
    if args.command == "schedule":
        from ankle_coach.commands import schedule as schedule_cli

        action = args.schedule_command
        if action == "add":
            return schedule_cli.add_command(args.routine, args.days, args.at)
        if action in ("list", "next"):
            listed = schedule_cli.list_command if action == "list" else schedule_cli.next_command
            return listed(as_json=args.json)
        if action == "remove":
            return schedule_cli.remove_command(args.id)
        return schedule_cli.switch_command(args.id, enabled=action == "on")
    raise AssertionError(args.command)
