"""The local time zone (core/schedule/zone.py): TZ first, then the system's; a POSIX rule
computed by the C library gives the same moments as the tz database."""

from __future__ import annotations

import os
import time as clock
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ankle_coach.core.schedule import SystemZone, local_zone, moment_on
from ankle_coach.core.schedule import zone as zone_module

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Set TZ in a test; the C library reads it again afterwards too."""
    yield monkeypatch
    monkeypatch.undo()
    if hasattr(clock, "tzset"):
        clock.tzset()


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("Europe/Berlin", ZoneInfo("Europe/Berlin")),
        (":America/New_York", NEW_YORK),
        ("", UTC),
        (":", UTC),
    ],
)
def test_tz_names_a_zone(tz: pytest.MonkeyPatch, setting: str, expected: object) -> None:
    tz.setenv("TZ", setting)
    assert local_zone() == expected


@pytest.mark.parametrize("setting", ["EST5EDT,M3.2.0,M11.1.0", "Nowhere/Atlantis", "../etc"])
def test_anything_else_in_tz_is_left_to_the_c_library(tz: pytest.MonkeyPatch, setting: str) -> None:
    tz.setenv("TZ", setting)
    assert isinstance(local_zone(), SystemZone)


def test_without_tz_the_zone_the_system_file_names(tz: pytest.MonkeyPatch, tmp_path: Path) -> None:
    berlin = Path("/usr/share/zoneinfo/Europe/Berlin")
    if not berlin.is_file():
        pytest.skip("no system tz database here")
    tz.delenv("TZ", raising=False)
    link = tmp_path / "localtime"
    link.symlink_to(berlin)
    tz.setattr(zone_module, "_SYSTEM_ZONE_FILE", link)
    assert local_zone() == ZoneInfo("Europe/Berlin")
    copy = tmp_path / "copied"
    copy.write_bytes(berlin.read_bytes())  # a copied file, as some systems have
    tz.setattr(zone_module, "_SYSTEM_ZONE_FILE", copy)
    found = local_zone()
    assert moment_on(date(2026, 3, 29), time(2, 30), found).isoformat() == (
        "2026-03-29T03:30:00+02:00"
    )
    tz.setattr(zone_module, "_SYSTEM_ZONE_FILE", tmp_path / "missing")
    assert isinstance(local_zone(), SystemZone)
    (tmp_path / "not-a-zone").write_text("hello", encoding="utf-8")
    tz.setattr(zone_module, "_SYSTEM_ZONE_FILE", tmp_path / "not-a-zone")
    assert isinstance(local_zone(), SystemZone)


def test_tz_may_be_the_path_of_a_zone_file(tz: pytest.MonkeyPatch, tmp_path: Path) -> None:
    berlin = Path("/usr/share/zoneinfo/Europe/Berlin")
    if not berlin.is_file():
        pytest.skip("no system tz database here")
    tz.setenv("TZ", str(berlin))
    found = local_zone()
    assert isinstance(found, ZoneInfo) and found.key == "Europe/Berlin"
    assert moment_on(date(2026, 10, 25), time(2, 30), found).isoformat() == (
        "2026-10-25T02:30:00+02:00"
    )
    tz.setenv("TZ", str(tmp_path / "missing"))
    assert isinstance(local_zone(), SystemZone)


@pytest.mark.skipif(not hasattr(clock, "tzset"), reason="time.tzset is POSIX only")
def test_the_c_library_s_zone_keeps_the_tz_database_s_rules(tz: pytest.MonkeyPatch) -> None:
    tz.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")  # New York's rule since 2007, as POSIX writes it
    clock.tzset()
    system = local_zone()
    assert isinstance(system, SystemZone)
    for day in (date(2026, 3, 8), date(2026, 11, 1), date(2026, 7, 1), date(2028, 2, 29)):
        for at in (time(0, 30), time(1, 30), time(2, 0), time(2, 30), time(3, 0), time(18, 30)):
            ours, theirs = moment_on(day, at, system), moment_on(day, at, NEW_YORK)
            assert ours.isoformat() == theirs.isoformat(), (day, at)
            assert ours.astimezone(UTC) == theirs.astimezone(UTC)
    # every quarter hour around the autumn change comes back on the right wall clock and fold
    start = datetime(2026, 11, 1, 4, 0, tzinfo=UTC)
    for quarter in range(16):
        instant = start + timedelta(minutes=15 * quarter)
        ours, theirs = instant.astimezone(system), instant.astimezone(NEW_YORK)
        assert (ours.replace(tzinfo=None), ours.fold) == (theirs.replace(tzinfo=None), theirs.fold)
        assert ours.utcoffset() == theirs.utcoffset()
        assert ours.tzname() == theirs.tzname()
    assert system.utcoffset(None) == datetime.now(NEW_YORK).utcoffset()
    assert system == SystemZone()
    assert hash(system) == hash(SystemZone())
    assert repr(system) == "SystemZone()"
    assert system.dst(None) is None
    assert system.tzname(None) in ("EST", "EDT")
    assert os.environ["TZ"].startswith("EST5EDT")
