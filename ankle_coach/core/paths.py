"""Where Ankle Coach keeps its files: the only module that asks platformdirs."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ankle_coach.core.i18n import translate

APP_NAME = "ankle-coach"

#: Set to a folder to keep every per-user file under it (tests, portable use).
HOME_ENV = "ANKLE_COACH_HOME"


@dataclass(frozen=True)
class Paths:
    """The per-user folders. Nothing is created until something is written."""

    data: Path
    config: Path
    cache: Path

    @classmethod
    def default(cls) -> Paths:
        """The platform's folders, or folders under $ANKLE_COACH_HOME when it is set."""
        home = os.environ.get(HOME_ENV)
        if home:
            return cls.under(Path(home))
        import platformdirs

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> Paths:
        return cls(data=root / "data", config=root / "config", cache=root / "cache")

    @property
    def user_routines(self) -> Path:
        return self.data / "routines"


def _shipped(name: str) -> Path:
    """A folder shipped with the package: inside it when installed, beside it in a checkout."""
    installed = Path(__file__).resolve().parents[1] / name
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / name


def builtin_routines_dir() -> Path:
    return _shipped("routines")


def assets_dir() -> Path:
    return _shipped("assets")


def kind_of_file(mode: int) -> str:
    """What a path that is no regular file is, in words: "a folder", "a named pipe", "a device",
    "a socket" (from its `st_mode`), in the user's language; the one wording for routine,
    settings and picture files."""
    if stat.S_ISDIR(mode):
        return translate("core.paths", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("core.paths", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("core.paths", "a device")
    if stat.S_ISSOCK(mode):
        return translate("core.paths", "a socket")
    return translate("core.paths", "not a regular file")
