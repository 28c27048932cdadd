"""The user's settings: every option declared once, kept in a versioned TOML file, saved atomically.

Each option is one field of `Settings`, declared with `_option(default, description, ...)`: its
name (the key in the file), its type (the annotation), its default, its bounds or choices and a
one-line description for the UI (English, marked for translation: the dialog shows
`translate("core.settings", option.description)`). `OPTIONS` is the same declaration as a
table, for the dialog (bounds, tooltips) and for checking a file.

The file is `Paths.config / "settings.toml"`:

    version = 2
    speech_rate = 170
    theme = "dark"
    ...

An option set to None (`voice_id`, `lead_in_seconds`) is left out of the file; a missing key is
the default. Older files are brought up to date by `MIGRATIONS` when they are read.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any, Final, Literal, TypeVar

import tomli_w

from ankle_coach.core.cues import DEFAULT_RATE
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
from ankle_coach.core.paths import Paths
from ankle_coach.core.savefile import move_aside, write_atomically
from ankle_coach.core.settings_reading import (
    CannotRead,
    NotAFile,
    Unusable,
    kind_words,
    read_document,
)

SETTINGS_FILE: Final = "settings.toml"
#: The version `save_settings` writes; `MIGRATIONS` brings every older one up to it.
VERSION: Final = 2
#: Where the main window was and what it showed: in the settings file up to version 1, kept in
#: its own file since (core/window_state.py), which reads them from an old settings file once.
LEGACY_WINDOW_KEYS: Final = ("window_geometry", "window_state", "sidebar_visible")

#: Speech rates the dialog offers, in words per minute. The Plan sizes cues for the rate; below
#: 120 long calls stop fitting before their countdown, above 260 the counts are hard to follow.
MIN_SPEECH_RATE: Final = 120
MAX_SPEECH_RATE: Final = 260

Theme = Literal["system", "light", "dark", "high-contrast"]
#: "system" follows LANGUAGE/LC_ALL/LC_MESSAGES/LANG (core/i18n.py); the others are core/i18n's.
LanguageChoice = Literal["system", "en", "de", "es"]
#: What the cue player does with a due cue; the values of ui.cue_player.Sound.
SoundMode = Literal["voice", "beep", "mute"]

_T = TypeVar("_T")
_DECLARATION: Final = "ankle_coach.option"


@dataclass(frozen=True)
class _Declared:
    description: str
    bounds: tuple[float, float] | None = None
    nonblank: bool = False
    base64: bool = False


def _option(
    default: _T,
    description: str,
    *,
    bounds: tuple[float, float] | None = None,
    nonblank: bool = False,
    base64: bool = False,
) -> _T:
    """Declare one option: a dataclass field carrying what `Option` needs besides its type."""
    declared = _Declared(description, bounds, nonblank, base64)
    return field(default=default, metadata={_DECLARATION: declared})


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    """Every option of the app. A Settings value is always valid: construction checks it.

    Change one with `dataclasses.replace(settings, speech_rate=150)`.
    """

    # -- voice
    voice_id: str | None = _option(
        None,
        QT_TRANSLATE_NOOP(
            "core.settings", "The voice that speaks the cues, or the speech engine's default."
        ),
        nonblank=True,
    )
    speech_rate: int = _option(
        DEFAULT_RATE,
        QT_TRANSLATE_NOOP(
            "core.settings",
            "How fast cues are spoken, in words per minute; cue timing is planned for this pace.",
        ),
        bounds=(MIN_SPEECH_RATE, MAX_SPEECH_RATE),
    )
    volume: float = _option(
        1.0,
        QT_TRANSLATE_NOOP("core.settings", "How loud cues and beeps are played."),
        bounds=(0.0, 1.0),
    )
    mute: bool = _option(
        False,
        QT_TRANSLATE_NOOP("core.settings", "No sound at all: follow the session on the screen."),
    )
    beep_only: bool = _option(
        False,
        QT_TRANSLATE_NOOP(
            "core.settings", "Beeps instead of words, for those who know the routine."
        ),
    )
    # -- session
    lead_in_seconds: int | None = _option(
        None,
        QT_TRANSLATE_NOOP(
            "core.settings", "Time to get ready before the first exercise, or each routine's own."
        ),
        bounds=(0, 120),
    )
    count_reps: bool = _option(
        True, QT_TRANSLATE_NOOP("core.settings", "Count the reps aloud on the tempo.")
    )
    halfway_cue: bool = _option(
        True, QT_TRANSLATE_NOOP("core.settings", 'Say "halfway" during long holds.')
    )
    ask_pain_check_in: bool = _option(
        True,
        QT_TRANSLATE_NOOP(
            "core.settings",
            "Ask a pain check-in (a 0-10 rating and the warning signs) before and after each "
            "session; the see-a-doctor rules need it.",
        ),
    )
    # -- reminders (the weekly plan: core/schedule)
    speak_reminders: bool = _option(
        False,
        QT_TRANSLATE_NOOP(
            "core.settings", "Say a reminder aloud as well as showing it (not when cues are muted)."
        ),
    )
    start_at_login: bool = _option(
        False,
        QT_TRANSLATE_NOOP(
            "core.settings", "Start Ankle Coach in the tray when you log in, so reminders come."
        ),
    )
    # -- appearance
    language: LanguageChoice = _option(
        "system",
        QT_TRANSLATE_NOOP(
            "core.settings",
            "The language of the window, the voice and the handout: the system's, or another.",
        ),
    )
    theme: Theme = _option(
        "system", QT_TRANSLATE_NOOP("core.settings", "The colours of the window.")
    )
    text_size: float = _option(
        1.0,
        QT_TRANSLATE_NOOP("core.settings", "How large text is, compared with the normal size."),
        bounds=(0.8, 2.0),
    )

    def __post_init__(self) -> None:
        for option in OPTIONS.values():
            value = getattr(self, option.name)
            try:
                checked = option.check(value)
            except _Invalid as exc:
                raise ValueError(
                    translate("core.settings", "{name} must be {allowed}, not {value}").format(
                        name=option.name, allowed=exc.allowed, value=_shown(value)
                    )
                ) from None
            if checked is not value:  # an int volume becomes a float: 1 and 1.0 save alike
                object.__setattr__(self, option.name, checked)

    @property
    def sound(self) -> SoundMode:
        """What the cue player does with a due cue: `Sound(settings.sound)` in the UI."""
        if self.mute:
            return "mute"
        return "beep" if self.beep_only else "voice"


class _Invalid(Exception):
    def __init__(self, allowed: str, *, wrong_type: bool) -> None:
        super().__init__(allowed)
        self.allowed = allowed
        self.wrong_type = wrong_type


@dataclass(frozen=True)
class Option:
    """One option as `Settings` declares it: what the file, the checks and the dialog need."""

    name: str
    description: str
    default: object
    #: The type of its values besides None: bool, int, float or str.
    kind: type
    #: None is a value (and what a missing key means); only options whose default is None.
    optional: bool = False
    minimum: float | None = None
    maximum: float | None = None
    #: The only values allowed, for a text option declared with a Literal type.
    choices: tuple[str, ...] = ()
    nonblank: bool = False
    base64: bool = False

    def check(self, value: object) -> object:
        """The value to keep for `value` (an int becomes a float for a float option).

        Raises _Invalid, saying what is allowed; `wrong_type` tells a value of the wrong type
        from one of the right type out of bounds.
        """
        if value is None and self.optional:
            return None
        if not self._has_kind(value):
            raise _Invalid(self.allowed(), wrong_type=True)
        if self.kind is float:
            assert isinstance(value, int | float)
            value = float(value)
        if self.minimum is not None and self.maximum is not None:
            assert isinstance(value, int | float)
            if not self.minimum <= value <= self.maximum:  # NaN is never within
                raise _Invalid(self.allowed(), wrong_type=False)
        if isinstance(value, str):
            if self.choices and value not in self.choices:
                raise _Invalid(self.allowed(), wrong_type=False)
            if self.nonblank and not value.strip():
                raise _Invalid(self.allowed(), wrong_type=False)
            if self.base64 and not _is_base64(value):
                raise _Invalid(self.allowed(), wrong_type=False)
        return value

    def allowed(self) -> str:
        """What a value may be, in words, in the user's language: "a whole number from 120 to
        260". The values themselves ("dark", true) are as the file spells them."""
        if self.choices:
            words = translate("core.settings", "one of {choices}").format(
                choices=", ".join(json.dumps(choice) for choice in self.choices)
            )
        elif self.kind is bool:
            words = translate("core.settings", "true or false")
        elif self.kind is str:
            if self.nonblank:
                words = translate("core.settings", "text that is not blank")
            elif self.base64:
                words = translate("core.settings", "base64 text")
            else:
                words = translate("core.settings", "text")
        elif self.minimum is not None and self.maximum is not None:
            bounds = {"low": _number(self.minimum), "high": _number(self.maximum)}
            words = (
                translate("core.settings", "a whole number from {low} to {high}").format(**bounds)
                if self.kind is int
                else translate("core.settings", "a number from {low} to {high}").format(**bounds)
            )
        else:
            words = (
                translate("core.settings", "a whole number")
                if self.kind is int
                else translate("core.settings", "a number")
            )
        if self.optional:
            return translate("core.settings", "{allowed}, or left out").format(allowed=words)
        return words

    def _has_kind(self, value: object) -> bool:
        if isinstance(value, bool):  # a bool is an int to Python, never to a setting
            return self.kind is bool
        if self.kind is float:
            return isinstance(value, int | float)
        return isinstance(value, self.kind)


def _declared_options() -> dict[str, Option]:
    """The table of options, read off the fields of Settings and their annotations."""
    hints = typing.get_type_hints(Settings)
    table: dict[str, Option] = {}
    for declared_field in fields(Settings):
        declared = declared_field.metadata[_DECLARATION]
        hint = hints[declared_field.name]
        optional = False
        if typing.get_origin(hint) in (types.UnionType, typing.Union):
            members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
            optional = len(members) < len(typing.get_args(hint))
            (hint,) = members
        choices: tuple[str, ...] = ()
        if typing.get_origin(hint) is Literal:
            choices = typing.get_args(hint)
            hint = str
        if hint not in (bool, int, float, str):
            raise TypeError(f"Settings.{declared_field.name}: no option may be a {hint!r}")
        default = declared_field.default
        if optional and default is not None:
            raise TypeError(f"Settings.{declared_field.name}: None must be the default")
        minimum, maximum = declared.bounds or (None, None)
        table[declared_field.name] = Option(
            name=declared_field.name,
            description=declared.description,
            default=default,
            kind=hint,
            optional=optional,
            minimum=minimum,
            maximum=maximum,
            choices=choices,
            nonblank=declared.nonblank,
            base64=declared.base64,
        )
    return table


#: Every option in declaration order, by name (the key in the file).
OPTIONS: Final[Mapping[str, Option]] = _declared_options()
THEMES: Final[tuple[str, ...]] = OPTIONS["theme"].choices


# -- what other parts of the app take from the settings ------------------------------------------


# -- the file ------------------------------------------------------------------------------------

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_version_0(document: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (development builds, no `version` key) named two options after PlanOptions and
    VoiceSettings (`rate`, `halfway`) and had one `sound = "voice" | "beep" | "mute"`."""
    migrated = dict(document)
    for old, new in (("rate", "speech_rate"), ("halfway", "halfway_cue")):
        if old in migrated and new not in migrated:
            migrated[new] = migrated.pop(old)
    sound = migrated.get("sound")
    if sound in ("voice", "beep", "mute"):
        del migrated["sound"]
        migrated.setdefault("mute", sound == "mute")
        migrated.setdefault("beep_only", sound == "beep")
    return migrated  # any other `sound` stays, to be reported as a key this version ignores


def _from_version_1(document: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept the window's place and panels among the settings; they are window state
    now (`legacy_window_values` hands them over), and the next save leaves them out."""
    return {key: value for key, value in document.items() if key not in LEGACY_WINDOW_KEYS}


#: MIGRATIONS[n] turns a version n document into a version n + 1 one.
MIGRATIONS: Final[Mapping[int, Migration]] = {0: _from_version_0, 1: _from_version_1}


def settings_path(paths: Paths) -> Path:
    return paths.config / SETTINGS_FILE


def legacy_window_values(paths: Paths) -> dict[str, Any]:
    """The window keys an old (version 0 or 1) settings file still holds, unchecked; empty when
    there are none, or the file is newer, missing or cannot be read (load_settings says why)."""
    path = settings_path(paths)
    try:
        document = read_document(path)
    except (Unusable, NotAFile, CannotRead):
        return {}
    version = document.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version >= 2:
        return {}
    return {key: document[key] for key in LEGACY_WINDOW_KEYS if key in document}


def saved_language(paths: Paths) -> str | None:
    """The `language` the settings file chooses, read without a side effect (nothing moved
    aside, nothing said), for choosing the language before a command or the window loads the
    settings and says what was wrong with them; None when it chooses none that is valid, or
    the file is missing, damaged or cannot be read (load_settings says why)."""
    try:
        document = read_document(settings_path(paths))
    except (Unusable, NotAFile, CannotRead):
        return None
    value = document.get("language")
    return value if isinstance(value, str) and value in OPTIONS["language"].choices else None


#: Files found unreadable at load in this run: the defaults in use must not be saved over them.
_LEFT_ALONE: Final[set[Path]] = set()


class SettingsNotSaved(OSError):
    """The settings were not saved, on purpose: the file there was left alone at load."""


def load_settings(
    paths: Paths, *, now: Callable[[], datetime] = datetime.now
) -> tuple[Settings, str | None]:
    """The saved settings, and a message for the user when something in the file was not used.

    - No file: the defaults, no message.
    - A file that cannot be used as a whole (not UTF-8, not TOML as tomllib reads it in any
      way it can fail, empty, over 64 KiB, a bad `version`, a value of the wrong type
      such as text for a number) is moved aside to `settings.toml.corrupt-YYYYmmdd-HHMMSS`
      beside it, never deleted; the defaults are returned, and the message names both paths.
    - Something that is not a regular file (a folder, a named pipe, a device such as
      /dev/zero, a link in a loop) is never opened for reading and never moved: the defaults
      are used, and `save_settings` will not replace it.
    - A file that cannot be read now (permission, a disk error) is unavailable, not damaged:
      left as it is, the defaults are used for this run, and `save_settings` will not replace
      it in this run.
    - A value of the right type out of its bounds, or not one of its choices, is replaced by
      its default, and the message says which.
    - Keys this version does not know (a typo, or a file from a newer version) are ignored,
      not kept: the message names them, and the next save leaves them out.
    - An older file is migrated (`MIGRATIONS`); it is rewritten only by the next save.
    """
    path = settings_path(paths)
    if not path.exists() and not path.is_symlink():
        return Settings(), None
    try:
        document = read_document(path)
        version = document.pop("version", 0)
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            raise Unusable(
                translate(
                    "core.settings", "its version must be a whole number, not {value}"
                ).format(value=_shown(version))
            )
        for old in range(version, VERSION):
            document = MIGRATIONS[old](document)
        values, out_of_range = _checked(document)
    except Unusable as exc:
        return Settings(), _moved_aside(path, str(exc), now)
    except NotAFile as exc:
        return Settings(), translate(
            "core.settings",
            "The settings file {path} is not a file Ankle Coach can read: {reason}. It was not "
            "read and was left as it is. Ankle Coach is using the default settings, and will "
            "not save them there until it is removed.",
        ).format(path=path, reason=exc)
    except CannotRead as exc:
        _LEFT_ALONE.add(path)
        return Settings(), translate(
            "core.settings",
            "The settings file {path} could not be read: {reason}. It was left as it is. Ankle "
            "Coach is using the default settings for now, and will not save over the file.",
        ).format(path=path, reason=exc)

    notes: list[str] = []
    if out_of_range:
        notes.append(
            translate(
                "core.settings",
                "Some settings in {path} could not be used and are back to their defaults: "
                "{settings}.",
            ).format(path=path, settings="; ".join(out_of_range))
        )
    unknown = [key for key in document if key not in OPTIONS]
    if unknown:
        note = (
            translate(
                "core.settings",
                "{path} was written by a newer version of Ankle Coach (settings version "
                "{version}); these settings in it are not known to this version and are "
                "ignored: {keys}.",
            )
            if version > VERSION
            else translate(
                "core.settings",
                "These settings in {path} are not known to this version and are ignored: {keys}.",
            )
        )
        notes.append(note.format(path=path, version=version, keys=", ".join(unknown)))
    return Settings(**values), " ".join(notes) or None


def _checked(document: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The values to use, by option name, and a note for each one replaced by its default."""
    values: dict[str, Any] = {}
    out_of_range: list[str] = []
    for name, option in OPTIONS.items():
        if name not in document:
            continue
        value = document[name]
        try:
            values[name] = option.check(value)
        except _Invalid as exc:
            if exc.wrong_type:
                raise Unusable(
                    translate("core.settings", "{name} must be {allowed}, not {value}").format(
                        name=name, allowed=exc.allowed, value=_shown(value)
                    )
                ) from None
            out_of_range.append(_out_of_range_words(option, value, exc.allowed))
    return values, out_of_range


def _moved_aside(path: Path, reason: str, now: Callable[[], datetime]) -> str:
    aside, problem = move_aside(path, now)
    if problem is not None:
        return translate(
            "core.settings",
            "The settings file {path} could not be used: {reason}. It could not be moved "
            "aside to {aside} either ({problem}), so it will be replaced when "
            "the settings are next saved. Ankle Coach is using the default settings.",
        ).format(path=path, reason=reason, aside=aside, problem=problem)
    return translate(
        "core.settings",
        "The settings file {path} could not be used: {reason}. It was moved to {aside}, and "
        "Ankle Coach is using the default settings.",
    ).format(path=path, reason=reason, aside=aside)


def settings_document(settings: Settings) -> dict[str, Any]:
    """What `save_settings` writes: the version, then every option that is not None."""
    document: dict[str, Any] = {"version": VERSION}
    for name in OPTIONS:
        value = getattr(settings, name)
        if value is not None:
            document[name] = value
    return document


def save_settings(settings: Settings, paths: Paths) -> Path:
    """Write the settings file atomically, creating its folder; returns its path.

    Raises OSError when it cannot be written; the file already there is then left as it was.
    Raises SettingsNotSaved (an OSError) rather than replace what `load_settings` left alone:
    something that is not a regular file, or a file it could not read in this run.
    """
    path = settings_path(paths)
    if path in _LEFT_ALONE:
        raise SettingsNotSaved(
            translate(
                "core.settings",
                "{path} could not be read when Ankle Coach started, so it was left as it is and "
                "the settings were not saved over it",
            ).format(path=path)
        )
    try:
        found = os.stat(path)
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise SettingsNotSaved(
            translate(
                "core.settings", "{path} was left as it is: it could not be looked at ({error})"
            ).format(path=path, error=exc.strerror or exc)
        ) from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise SettingsNotSaved(
            translate(
                "core.settings", "{path} was left as it is: {kind}, not a settings file"
            ).format(path=path, kind=kind_words(found.st_mode))
        )
    write_atomically(path, tomli_w.dumps(settings_document(settings)).encode("utf-8"))
    return path


# -- words ---------------------------------------------------------------------------------------


def _is_base64(text: str) -> bool:
    try:
        base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _number(value: float) -> str:
    return f"{value:g}"


def _shown(value: object) -> str:
    """A value as it is spelt in the TOML file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return translate("core.settings", "a table")
    if isinstance(value, list):
        return translate("core.settings", "a list")
    if isinstance(value, int | float):
        return repr(value)
    return translate("core.settings", "a {type}").format(type=type(value).__name__)  # dates


def _out_of_range_words(option: Option, value: object, allowed: str) -> str:
    """One setting put back to its default: "volume = 3.0 (must be a number from 0 to 1; now
    the default, 1.0)"; the name and the values as the file spells them."""
    if option.default is None:
        return translate(
            "core.settings", "{name} = {value} (must be {allowed}; now the default)"
        ).format(name=option.name, value=_shown(value), allowed=allowed)
    return translate(
        "core.settings", "{name} = {value} (must be {allowed}; now the default, {default})"
    ).format(name=option.name, value=_shown(value), allowed=allowed, default=_shown(option.default))
