"""Where Ankle Coach keeps its files: a root for tests, the platform's folders otherwise."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
from ankle_coach.core.paths import (
    HOME_ENV,
    Paths,
    assets_dir,
    builtin_routines_dir,
    kind_of_file,
)


def test_paths_under_a_root_keep_every_file_there(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    assert (paths.data, paths.config, paths.cache, paths.user_routines) == (
        tmp_path / "data",
        tmp_path / "config",
        tmp_path / "cache",
        tmp_path / "data" / "routines",
    )
    assert list(tmp_path.iterdir()) == []  # nothing is created until something is written


def test_the_home_variable_moves_every_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    assert Paths.default() == Paths.under(tmp_path)


def test_without_the_variable_the_platforms_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(HOME_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    paths = Paths.default()
    assert all("ankle-coach" in folder.parts for folder in (paths.data, paths.config, paths.cache))
    assert len({paths.data, paths.config, paths.cache}) == 3


def test_the_shipped_folders_hold_the_routines_and_the_pictures() -> None:
    assert any(builtin_routines_dir().glob("*.toml"))
    assert assets_dir().is_dir()


def test_what_a_file_that_is_no_regular_file_is(tmp_path: Path) -> None:
    import os
    import stat as stat_module

    from ankle_coach.core.paths import kind_of_file

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert kind_of_file(os.lstat(tmp_path).st_mode) == "a folder"
    assert kind_of_file(os.lstat(pipe).st_mode) == "a named pipe"
    assert kind_of_file(os.stat("/dev/null").st_mode) == "a device"
    assert kind_of_file(stat_module.S_IFSOCK) == "a socket"


@pytest.mark.parametrize(
    ("language", "folder", "pipe", "other"),
    [
        ("en", "a folder", "a named pipe", "not a regular file"),
        ("de", "ein Ordner", "eine benannte Pipe", "keine reguläre Datei"),
        ("es", "una carpeta", "una tubería con nombre", "no un archivo normal"),
    ],
)
def test_what_a_path_is_in_the_users_language(
    language: Language, folder: str, pipe: str, other: str
) -> None:
    with i18n.using(language):
        said = (
            kind_of_file(stat.S_IFDIR | 0o755),
            kind_of_file(stat.S_IFIFO | 0o644),
            kind_of_file(stat.S_IFLNK | 0o777),
        )
    assert said == (folder, pipe, other)
