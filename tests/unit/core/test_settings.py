"""Settings: declared once, saved atomically, and a bad file never stops the app."""

from __future__ import annotations

import base64
import dataclasses
import os
import tempfile
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from ankle_coach.core import i18n, savefile
from ankle_coach.core.cues import DEFAULT_RATE
from ankle_coach.core.i18n import translate
from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import (
    MAX_SPEECH_RATE,
    MIN_SPEECH_RATE,
    OPTIONS,
    THEMES,
    VERSION,
    Option,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)

NOW = datetime(2024, 5, 6, 7, 8, 9)
ASIDE = "settings.toml.corrupt-20240506-070809"
GEOMETRY = base64.b64encode(b"\x01\xd9\xd0\xcb\x00\x03").decode("ascii")

#: A value other than the default for every option.
CHANGED = Settings(
    voice_id="gmw/en-GB-x-rp",
    speech_rate=150,
    volume=0.35,
    mute=True,
    beep_only=True,
    lead_in_seconds=0,
    count_reps=False,
    halfway_cue=False,
    ask_pain_check_in=False,
    speak_reminders=True,
    start_at_login=True,
    language="de",
    theme="high-contrast",
    text_size=1.5,
)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.under(tmp_path)


def write(paths: Paths, content: bytes | str) -> Path:
    path = settings_path(paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def load(paths: Paths) -> tuple[Settings, str | None]:
    return load_settings(paths, now=lambda: NOW)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "settings.toml")


# -- the declaration -----------------------------------------------------------------------------


def test_every_option_is_declared_once_with_a_description() -> None:
    assert list(OPTIONS) == [f.name for f in dataclasses.fields(Settings)]
    for option in OPTIONS.values():
        assert option.description.strip() and "\n" not in option.description
        assert option.check(option.default) == option.default


def test_the_declared_bounds_and_choices() -> None:
    rate = OPTIONS["speech_rate"]
    assert (rate.default, rate.minimum, rate.maximum) == (DEFAULT_RATE, 120, 260)
    assert (MIN_SPEECH_RATE, MAX_SPEECH_RATE) == (120, 260)
    lead_in = OPTIONS["lead_in_seconds"]
    assert (lead_in.optional, lead_in.default, lead_in.minimum, lead_in.maximum) == (
        True,
        None,
        0,
        120,
    )
    assert THEMES == ("system", "light", "dark", "high-contrast")
    assert OPTIONS["theme"].default == "system"
    assert (OPTIONS["text_size"].minimum, OPTIONS["text_size"].maximum) == (0.8, 2.0)


def test_changed_differs_from_the_default_in_every_option() -> None:
    defaults = Settings()
    same = [name for name in OPTIONS if getattr(CHANGED, name) == getattr(defaults, name)]
    assert same == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"speech_rate": 500}, "speech_rate must be a whole number from 120 to 260, not 500"),
        ({"speech_rate": True}, "speech_rate must be a whole number from 120 to 260, not true"),
        ({"volume": 1.5}, "volume must be a number from 0 to 1, not 1.5"),
        ({"theme": "neon"}, 'theme must be one of "system", "light", "dark", "high-contrast"'),
        ({"voice_id": " "}, 'voice_id must be text that is not blank, or left out, not " "'),
        ({"lead_in_seconds": -1}, "lead_in_seconds must be a whole number from 0 to 120"),
    ],
)
def test_a_settings_value_is_always_valid(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(")):
        Settings(**changes)


def test_a_whole_number_volume_is_a_float() -> None:
    assert Settings(volume=1) == Settings(volume=1.0)
    assert isinstance(Settings(volume=0).volume, float)


# -- what the settings give ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mute", "beep_only", "sound"),
    [(False, False, "voice"), (False, True, "beep"), (True, False, "mute"), (True, True, "mute")],
)
def test_sound(mute: bool, beep_only: bool, sound: str) -> None:
    assert Settings(mute=mute, beep_only=beep_only).sound == sound


# -- saving and loading --------------------------------------------------------------------------


def test_missing_file_gives_the_defaults_and_no_message(paths: Paths) -> None:
    assert load(paths) == (Settings(), None)
    assert not paths.config.exists()  # loading creates nothing


def test_every_option_round_trips(paths: Paths) -> None:
    path = save_settings(CHANGED, paths)
    assert path == paths.config / "settings.toml"
    assert load(paths) == (CHANGED, None)


def test_defaults_round_trip_and_none_is_left_out(paths: Paths) -> None:
    save_settings(Settings(), paths)
    document = tomllib.loads(settings_path(paths).read_text(encoding="utf-8"))
    assert document["version"] == VERSION
    assert "voice_id" not in document and "lead_in_seconds" not in document
    assert load(paths) == (Settings(), None)


def _values(option: Option) -> st.SearchStrategy[Any]:
    """Every valid value of one option, from its declaration."""
    values: st.SearchStrategy[Any]
    if option.choices:
        values = st.sampled_from(option.choices)
    elif option.kind is bool:
        values = st.booleans()
    elif option.kind is int:
        assert option.minimum is not None and option.maximum is not None
        values = st.integers(int(option.minimum), int(option.maximum))
    elif option.kind is float:
        values = st.floats(option.minimum, option.maximum, allow_nan=False)
    elif option.base64:
        values = st.binary().map(lambda data: base64.b64encode(data).decode("ascii"))
    else:
        values = st.text(min_size=1).filter(str.strip)
    return st.none() | values if option.optional else values


ANY_SETTINGS = st.fixed_dictionaries({name: _values(o) for name, o in OPTIONS.items()}).map(
    lambda values: Settings(**values)
)


@hypothesis_settings(max_examples=150, deadline=None)
@given(ANY_SETTINGS)
def test_any_settings_round_trip(settings: Settings) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths.under(Path(folder))
        save_settings(settings, paths)
        assert load(paths) == (settings, None)


def test_save_creates_the_folder_and_leaves_no_temporary_file(paths: Paths) -> None:
    save_settings(CHANGED, paths)
    save_settings(Settings(), paths)
    assert leftovers(paths.config) == []
    assert load(paths) == (Settings(), None)


def _fail(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


def _half_written(*args: Any, **kwargs: Any) -> Any:
    """The temporary file opened by savefile, failing half-way through writing, as on a full
    disk."""
    handle = open(*args, **kwargs)  # noqa: SIM115 - the caller closes it
    write = handle.write

    def half_then_fail(data: bytes) -> int:
        write(data[: len(data) // 2])
        _fail()
        return 0

    handle.write = half_then_fail
    return handle


@pytest.mark.parametrize(
    ("module", "name", "replacement"),
    [
        (savefile, "open", _half_written),
        (os, "fsync", _fail),
        (os, "replace", _fail),
    ],
    ids=["write", "fsync", "replace"],
)
def test_an_interrupted_save_leaves_the_old_file(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, module: object, name: str, replacement: object
) -> None:
    save_settings(CHANGED, paths)
    before = settings_path(paths).read_bytes()
    monkeypatch.setattr(module, name, replacement, raising=False)

    with pytest.raises(OSError, match="No space left on device"):
        save_settings(Settings(), paths)

    monkeypatch.undo()
    assert settings_path(paths).read_bytes() == before
    assert leftovers(paths.config) == []
    assert load(paths) == (CHANGED, None)


# -- migrations ----------------------------------------------------------------------------------


def test_version_0_is_migrated(paths: Paths) -> None:
    write(
        paths,
        'rate = 150\nhalfway = false\nsound = "beep"\nvolume = 0.5\ntheme = "dark"\n',
    )
    assert load(paths) == (
        Settings(speech_rate=150, halfway_cue=False, beep_only=True, volume=0.5, theme="dark"),
        None,
    )


@pytest.mark.parametrize(
    ("sound", "mute", "beep_only"),
    [("voice", False, False), ("beep", False, True), ("mute", True, False)],
)
def test_version_0_sound(paths: Paths, sound: str, mute: bool, beep_only: bool) -> None:
    write(paths, f'sound = "{sound}"\n')
    settings, message = load(paths)
    assert (settings.mute, settings.beep_only, message) == (mute, beep_only, None)


def test_version_0_keeps_a_new_key_over_its_old_name(paths: Paths) -> None:
    write(paths, "rate = 150\nspeech_rate = 200\n")
    settings, message = load(paths)
    assert settings.speech_rate == 200
    assert message == (
        f"These settings in {settings_path(paths)} are not known to this version and are "
        "ignored: rate."
    )


def test_a_migrated_file_is_rewritten_at_the_current_version(paths: Paths) -> None:
    write(paths, "rate = 150\n")
    settings, _ = load(paths)
    save_settings(settings, paths)
    document = tomllib.loads(settings_path(paths).read_text(encoding="utf-8"))
    assert document["version"] == VERSION and document["speech_rate"] == 150
    assert "rate" not in document


# -- bad files -----------------------------------------------------------------------------------


def _toml_error(text: str) -> str:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return str(exc)
    raise AssertionError(f"{text!r} is valid TOML")


CORRUPT = [
    pytest.param(
        b"speech_rate = \n",
        "it is not valid TOML (" + _toml_error("speech_rate = \n") + ")",
        id="bad-toml",
    ),
    pytest.param(
        b'version = 1\nspeech_rate = "fast"\n',
        'speech_rate must be a whole number from 120 to 260, not "fast"',
        id="text-for-a-number",
    ),
    pytest.param(
        b"version = 1\nmute = 1\n",
        "mute must be true or false, not 1",
        id="number-for-a-bool",
    ),
    pytest.param(
        b"version = 1\nspeech_rate = 170.0\n",
        "speech_rate must be a whole number from 120 to 260, not 170.0",
        id="float-for-an-int",
    ),
    pytest.param(
        b'version = 1\ntheme = ["dark"]\n',
        'theme must be one of "system", "light", "dark", "high-contrast", not a list',
        id="list-for-a-choice",
    ),
    pytest.param(
        b'version = 1\n[voice_id]\nname = "x"\n',
        "voice_id must be text that is not blank, or left out, not a table",
        id="table-for-text",
    ),
    pytest.param(
        b'version = "1"\n',
        'its version must be a whole number, not "1"',
        id="version-text",
    ),
    pytest.param(b"version = -1\n", "its version must be a whole number, not -1", id="version<0"),
    pytest.param(b'theme = "dark"\nvoice_id = "caf\xe9"\n', "it is not UTF-8 text", id="not-utf-8"),
    pytest.param(b"", "it is empty", id="empty"),
    pytest.param(b" \n\n", "it is empty", id="blank"),
    # What tomllib rejects with something other than TOMLDecodeError.
    pytest.param(
        b"a = " + b"[" * 2000 + b"]" * 2000 + b"\n",
        "it is not valid TOML (its lists or tables are nested too deeply)",
        id="nested-2000-deep",
    ),
    pytest.param(
        b"a = " + b"{ b = " * 1000 + b"1" + b" }" * 1000 + b"\n",
        "it is not valid TOML (its lists or tables are nested too deeply)",
        id="inline-tables-1000-deep",
    ),
    pytest.param(
        b"speech_rate = " + b"9" * 5000 + b"\n",
        "it is not valid TOML (a number in it has too many digits)",
        id="5000-digit-number",
    ),
    # Never parsed: over the size limit.
    pytest.param(
        b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "it is 195.3 KiB; a settings file is at most 64 KiB",
        id="nested-100000-deep",
    ),
    pytest.param(
        b"# a comment\n" * 6000,
        "it is 70.3 KiB; a settings file is at most 64 KiB",
        id="too-large",
    ),
]


@pytest.mark.parametrize(("content", "reason"), CORRUPT)
def test_a_corrupt_file_is_moved_aside(paths: Paths, content: bytes, reason: str) -> None:
    path = settings_path(paths)
    write(paths, content)

    settings, message = load(paths)

    aside = paths.config / ASIDE
    assert settings == Settings()
    assert message == (
        f"The settings file {path} could not be used: {reason}. It was moved to {aside}, and "
        "Ankle Coach is using the default settings."
    )
    assert not path.exists()
    assert aside.read_bytes() == content  # never deleted, never changed
    save_settings(CHANGED, paths)  # the place is free for the next save
    assert load(paths) == (CHANGED, None)


def test_a_second_corrupt_file_in_the_same_second_gets_its_own_name(paths: Paths) -> None:
    write(paths, "=")
    load(paths)
    write(paths, "==")
    _, message = load(paths)
    assert message is not None and f"{ASIDE}-2," in message
    assert (paths.config / ASIDE).read_text(encoding="utf-8") == "="
    assert (paths.config / f"{ASIDE}-2").read_text(encoding="utf-8") == "=="


def test_a_byte_order_mark_is_fine(paths: Paths) -> None:
    write(paths, b'\xef\xbb\xbfversion = 1\ntheme = "dark"\n')
    assert load(paths) == (Settings(theme="dark"), None)


def test_out_of_range_values_fall_back_alone(paths: Paths) -> None:
    path = write(
        paths,
        "version = 1\n"
        "speech_rate = 500\n"
        "volume = 0.5\n"
        'theme = "neon"\n'
        "lead_in_seconds = 300\n"
        "text_size = nan\n"
        'voice_id = ""\n'
        "count_reps = false\n",
    )

    settings, message = load(paths)

    assert settings == Settings(volume=0.5, count_reps=False)
    assert message == (
        f"Some settings in {path} could not be used and are back to their defaults: "
        'voice_id = "" (must be text that is not blank, or left out; now the default); '
        "speech_rate = 500 (must be a whole number from 120 to 260; now the default, 170); "
        "lead_in_seconds = 300 (must be a whole number from 0 to 120, or left out; "
        "now the default); "
        'theme = "neon" (must be one of "system", "light", "dark", "high-contrast"; '
        'now the default, "system"); '
        "text_size = nan (must be a number from 0.8 to 2; now the default, 1.0)."
    )
    assert path.exists()  # loading does not rewrite the file


def test_unknown_keys_are_ignored_and_named(paths: Paths) -> None:
    path = write(paths, 'version = 1\nspeach_rate = 200\ntheme = "dark"\n[plugins]\na = 1\n')
    assert load(paths) == (
        Settings(theme="dark"),
        f"These settings in {path} are not known to this version and are ignored: "
        "speach_rate, plugins.",
    )


def test_a_file_from_a_newer_version(paths: Paths) -> None:
    path = write(paths, f'version = {VERSION + 1}\ntheme = "dark"\nworkout_music = true\n')
    assert load(paths) == (
        Settings(theme="dark"),
        f"{path} was written by a newer version of Ankle Coach (settings version "
        f"{VERSION + 1}); these settings in it are not known to this version and are ignored: "
        "workout_music.",
    )


def test_a_newer_file_with_nothing_unknown_loads_quietly(paths: Paths) -> None:
    write(paths, f'version = {VERSION + 1}\ntheme = "dark"\n')
    assert load(paths) == (Settings(theme="dark"), None)


def test_a_file_that_cannot_be_moved_aside_is_named(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(paths, "=")
    monkeypatch.setattr(Path, "rename", _fail)
    settings, message = load(paths)
    assert settings == Settings()
    assert message is not None and message.startswith(
        f"The settings file {path} could not be used: it is not valid TOML ("
    )
    assert message.endswith(
        f"It could not be moved aside to {paths.config / ASIDE} either (No space left on "
        "device), so it will be replaced when the settings are next saved. Ankle Coach is "
        "using the default settings."
    )


def test_a_memory_error_in_tomllib_is_a_damaged_file(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No file under the size limit makes tomllib run out of memory; its failure is made here.
    path = write(paths, 'theme = "dark"\n')

    def out_of_memory(text: str) -> dict[str, Any]:
        raise MemoryError

    monkeypatch.setattr(tomllib, "loads", out_of_memory)
    assert load(paths) == (
        Settings(),
        f"The settings file {path} could not be used: it is too large to read. It was moved to "
        f"{paths.config / ASIDE}, and Ankle Coach is using the default settings.",
    )
    assert (paths.config / ASIDE).read_text(encoding="utf-8") == 'theme = "dark"\n'


def test_a_link_to_nothing_is_moved_aside(paths: Paths) -> None:
    path = settings_path(paths)
    path.parent.mkdir(parents=True)
    path.symlink_to(paths.config / "gone.toml")
    assert load(paths) == (
        Settings(),
        f"The settings file {path} could not be used: it is a link to a file that does not "
        f"exist. It was moved to {paths.config / ASIDE}, and Ankle Coach is using the default "
        "settings.",
    )
    assert os.readlink(paths.config / ASIDE) == str(paths.config / "gone.toml")


# -- not a file, or not readable now: never read, never moved, never saved over -------------------


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("kept", encoding="utf-8")


NOT_A_FILE = [
    pytest.param(_folder, "it is a folder", id="folder"),
    pytest.param(os.mkfifo, "it is a named pipe", id="fifo"),
    pytest.param(lambda path: path.symlink_to("/dev/zero"), "it is a device", id="dev-zero"),
    pytest.param(
        lambda path: path.symlink_to(path.name),
        "it is a link that points back to itself",
        id="link-to-itself",
    ),
    pytest.param(
        lambda path: (
            path.symlink_to(path.with_name("other.toml")),
            path.with_name("other.toml").symlink_to(path),
        ),
        "it is a link in a loop of links",
        id="loop-of-two",
    ),
]


def _in_time(work: Any) -> Any:
    """`work()`, failing the test instead of hanging it (a pipe opened for reading waits for a
    writer forever; /dev/zero is read for ever)."""
    import threading

    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(work()), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "the settings were read from something that never ends"
    return result[0]


@pytest.mark.parametrize(("make", "what"), NOT_A_FILE)
def test_something_that_is_not_a_file_is_ignored_never_read_nor_moved(
    paths: Paths, make: Any, what: str
) -> None:
    path = settings_path(paths)
    path.parent.mkdir(parents=True)
    make(path)
    before = os.lstat(path)

    settings, message = _in_time(lambda: load(paths))

    assert settings == Settings()
    assert message == (
        f"The settings file {path} is not a file Ankle Coach can read: {what}. It was not read "
        "and was left as it is. Ankle Coach is using the default settings, and will not save "
        "them there until it is removed."
    )
    with pytest.raises(OSError, match=f"^{path} was left as it is: "):
        save_settings(CHANGED, paths)
    after = os.lstat(path)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)  # the same thing
    assert not [p for p in paths.config.iterdir() if "corrupt" in p.name or p.name[0] == "."]
    if what == "it is a folder":
        assert (path / "inside.txt").read_text(encoding="utf-8") == "kept"


def test_a_file_that_cannot_be_read_now_is_left_and_never_saved_over(paths: Paths) -> None:
    # Root reads any file: the load runs as nobody, so the kernel refuses for real.
    with tempfile.TemporaryDirectory(prefix="ankle-coach-settings-") as temporary:
        os.chmod(temporary, 0o777)
        shared = Paths.under(Path(temporary))
        path = write(shared, 'theme = "dark"\n')
        os.chmod(path.parent, 0o777)
        os.chmod(path, 0o000)
        with _as_nobody():
            settings, message = load(shared)
            assert settings == Settings()
            assert message == (
                f"The settings file {path} could not be read: Permission denied. It was left "
                "as it is. Ankle Coach is using the default settings for now, and will not save "
                "over the file."
            )
            with pytest.raises(OSError, match="the settings were not saved over it"):
                save_settings(CHANGED, shared)
        with pytest.raises(OSError, match="the settings were not saved over it"):
            save_settings(CHANGED, shared)  # in this run, not even once it can be read
        assert path.read_bytes() == b'theme = "dark"\n'
        assert sorted(p.name for p in path.parent.iterdir()) == ["settings.toml"]


def test_a_disk_error_while_reading_is_left_and_never_saved_over(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A failing disk cannot be made here: os.read fails as it does on one (EIO).
    path = write(paths, 'theme = "dark"\n')

    def broken(descriptor: int, size: int) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "read", broken)
    assert load(paths) == (
        Settings(),
        f"The settings file {path} could not be read: Input/output error. It was left as it "
        "is. Ankle Coach is using the default settings for now, and will not save over the "
        "file.",
    )
    monkeypatch.undo()
    with pytest.raises(OSError, match="the settings were not saved over it"):
        save_settings(CHANGED, paths)
    assert path.read_bytes() == b'theme = "dark"\n' and leftovers(paths.config) == []


def _as_nobody() -> Any:
    import contextlib

    @contextlib.contextmanager
    def dropped() -> Any:
        if os.geteuid() != 0:
            yield
            return
        os.seteuid(65534)
        try:
            yield
        finally:
            os.seteuid(0)

    return dropped()


SPOKEN_PROBLEMS = {
    "de": (
        "Einige Einstellungen in {path} konnten nicht verwendet werden und stehen wieder auf "
        "ihrem Standardwert: speech_rate = 500 (muss eine ganze Zahl von 120 bis 260 sein; "
        "jetzt der Standardwert, 170); lead_in_seconds = 300 (muss eine ganze Zahl von 0 bis 120 "
        'oder weggelassen sein; jetzt der Standardwert); theme = "neon" (muss einer der Werte '
        '"system", "light", "dark", "high-contrast" sein; jetzt der Standardwert, "system"). '
        "Diese Einstellungen in {path} kennt diese Version nicht, sie werden ignoriert: "
        "speach_rate."
    ),
    "es": (
        "Algunos ajustes de {path} no se han podido usar y vuelven a su valor predeterminado: "
        "speech_rate = 500 (debe ser un número entero de 120 a 260; ahora el valor "
        "predeterminado, 170); lead_in_seconds = 300 (debe ser un número entero de 0 a 120, o no "
        'figurar; ahora el valor predeterminado); theme = "neon" (debe ser uno de "system", '
        '"light", "dark", "high-contrast"; ahora el valor predeterminado, "system"). Esta '
        "versión no conoce estos ajustes de {path} y los ignora: speach_rate."
    ),
}


@pytest.mark.parametrize("language", SPOKEN_PROBLEMS)
def test_settings_problems_are_said_in_the_users_language(
    paths: Paths, language: i18n.Language
) -> None:
    """What is wrong in the user's language; the keys and values as the file spells them."""
    path = write(
        paths,
        'version = 2\nspeech_rate = 500\ntheme = "neon"\nlead_in_seconds = 300\nspeach_rate = 1\n',
    )
    with i18n.using(language):
        settings, message = load(paths)
    assert settings == Settings()
    assert message == SPOKEN_PROBLEMS[language].format(path=path)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "de",
            "Die Einstellungsdatei {path} konnte nicht verwendet werden: sie ist kein UTF-8-Text. "
            "Sie wurde nach {aside} verschoben, und Ankle Coach verwendet die "
            "Standardeinstellungen.",
        ),
        (
            "es",
            "No se ha podido usar el archivo de ajustes {path}: no es texto UTF-8. Se ha movido a "
            "{aside} y Ankle Coach usa los ajustes predeterminados.",
        ),
    ],
)
def test_a_damaged_file_is_said_in_the_users_language(
    paths: Paths, language: i18n.Language, message: str
) -> None:
    path = write(paths, b"\xff\xfe theme")
    with i18n.using(language):
        assert load(paths) == (
            Settings(),
            message.format(path=path, aside=path.with_name(ASIDE)),
        )


def test_every_option_has_its_description_in_german_and_spanish() -> None:
    """The Settings dialog shows `translate("core.settings", option.description)` as each
    option's tooltip; the description itself stays the English source."""
    for language in ("de", "es"):
        with i18n.using(language):
            shown = {name: translate("core.settings", o.description) for name, o in OPTIONS.items()}
        assert all(shown[name] != option.description for name, option in OPTIONS.items()), shown
    with i18n.using("es"):
        assert translate("core.settings", OPTIONS["halfway_cue"].description) == (
            "Decir «Mitad» durante los tiempos de mantenimiento largos."
        )
    assert OPTIONS["halfway_cue"].description == 'Say "halfway" during long holds.'


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, None),
        ('version = 2\nlanguage = "es"\n', "es"),
        ('version = 2\nlanguage = "system"\n', "system"),
        ('version = 2\nlanguage = "fr"\n', None),
        ("version = 2\nlanguage = 3\n", None),
        ("version = 2\ntheme = [\n", None),  # damaged
    ],
)
def test_the_saved_language_is_read_without_moving_or_saying_anything(
    content: str | None, expected: str | None
) -> None:
    from ankle_coach.core.settings import saved_language, settings_path

    paths = Paths.default()
    path = settings_path(paths)
    if content is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    assert saved_language(paths) == expected
    if content is not None:  # still there as it was, for load_settings to move aside and say
        assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]
        assert path.read_text() == content
