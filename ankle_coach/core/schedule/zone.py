"""The time zone reminders are computed in: the one the user is in now (TZ, else the system's),
as a tzinfo that knows its daylight-saving changes, not a fixed UTC offset."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_SYSTEM_ZONE_FILE: Final = Path("/etc/localtime")
_DAY: Final = 86_400


def local_zone() -> tzinfo:
    """The local time zone, asked again at each call (the user may have moved).

    `TZ` wins when set, as for every other program: a tz database name ("Europe/Berlin",
    ":America/New_York") or the path of a tz database file is loaded with zoneinfo; an empty
    TZ is UTC; anything else (a POSIX rule such as "EST5EDT,M3.2.0,M11.1.0") is left to the C
    library. Without TZ, the
    zone /etc/localtime names (Linux, macOS), else the C library's own idea of local time
    (Windows).
    """
    setting = os.environ.get("TZ")
    if setting is not None:
        key = setting.removeprefix(":")
        if not key:
            return UTC
        if os.path.isabs(key):  # TZ=/usr/share/zoneinfo/Europe/Berlin
            return _zone_file(Path(key), _database_name(Path(key)) or key)
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return SystemZone()
    try:
        target = _SYSTEM_ZONE_FILE.resolve(strict=True)
    except OSError:
        return SystemZone()
    name = _database_name(target)
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass  # a name this Python's tz database lacks: read the file itself
    return _zone_file(target, name or "localtime")


def _database_name(path: Path) -> str | None:
    """ "Europe/Berlin" for .../zoneinfo/Europe/Berlin."""
    parts = path.parts
    if "zoneinfo" not in parts[:-1]:
        return None
    return "/".join(parts[len(parts) - parts[::-1].index("zoneinfo") :])


def _zone_file(path: Path, key: str) -> tzinfo:
    """The zone in a tz database file, or the C library's when it is not one."""
    try:
        with open(path, "rb") as handle:
            return ZoneInfo.from_file(handle, key=key)
    except (OSError, ValueError):
        return SystemZone()


class SystemZone(tzinfo):
    """Local time as the C library keeps it (`time.localtime`), with the PEP 495 rules that
    zoneinfo follows: a wall time that happens twice is the first with fold=0 and the second
    with fold=1; one that does not happen (in a spring-forward gap) takes the offset from
    before the change with fold=0 and from after it with fold=1."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return _offset_at(time.time())
        wall = dt.replace(tzinfo=UTC, fold=0).timestamp()
        before, after = _offset_at(wall - _DAY), _offset_at(wall + _DAY)
        valid = sorted(
            {offset for offset in (before, after) if _offset_at(wall - _seconds(offset)) == offset},
            reverse=True,  # the larger offset is the earlier moment
        )
        if valid:
            return valid[dt.fold] if len(valid) > 1 else valid[0]
        return after if dt.fold else before

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None  # the C library says whether, not by how much

    def tzname(self, dt: datetime | None) -> str:
        moment = time.time() if dt is None else self._instant(dt)
        return time.localtime(moment).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        instant = dt.replace(tzinfo=UTC).timestamp()
        parts = time.localtime(instant)
        wall = dt.replace(
            year=parts.tm_year,
            month=parts.tm_mon,
            day=parts.tm_mday,
            hour=parts.tm_hour,
            minute=parts.tm_min,
            second=parts.tm_sec,
            fold=0,
        )
        if self.utcoffset(wall) != timedelta(seconds=parts.tm_gmtoff):
            wall = wall.replace(fold=1)
        return wall

    def _instant(self, dt: datetime) -> float:
        return dt.replace(tzinfo=UTC).timestamp() - _seconds(self.utcoffset(dt))

    def __repr__(self) -> str:
        return "SystemZone()"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SystemZone)

    def __hash__(self) -> int:
        return hash(SystemZone)


def _offset_at(instant: float) -> timedelta:
    return timedelta(seconds=time.localtime(instant).tm_gmtoff)


def _seconds(offset: timedelta) -> float:
    return offset.total_seconds()
