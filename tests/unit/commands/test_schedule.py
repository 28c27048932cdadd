"""`ankle-coach schedule add|list|next|remove|on|off` (commands/schedule.py), run as a user runs
them (through cli.main, with TZ set and a fake clock): what each prints, and every bad input ->
its one line, exit status 2, the file unchanged."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from ankle_coach import cli
from ankle_coach.commands import schedule as schedule_cli
from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule import WeeklyPlan, load_schedule, save_schedule, schedule_path

#: Saturday 5 December 2026, 16:00 UTC: 17:00 in Berlin, 11:00 in New York.
NOW = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(
    user_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    """`ankle-coach ARGS...` at NOW in TZ (Europe/Berlin unless told): status, stdout, stderr."""
    moment = {"now": NOW}
    monkeypatch.setattr(schedule_cli, "_utc_now", lambda: moment["now"])

    def running(*args: str, tz: str = "Europe/Berlin", now: datetime = NOW) -> tuple[int, str, str]:
        monkeypatch.setenv("TZ", tz)
        moment["now"] = now
        try:
            status = cli.main(list(args))
        except SystemExit as exc:  # argparse's own errors
            status = int(exc.code or 0)
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return running


def plan_file(user_home: Path) -> Path:
    return schedule_path(Paths.under(user_home))


def test_add_then_list_next_and_remove(run: Run, user_home: Path) -> None:
    assert run("schedule", "list") == (
        0,
        "No reminders yet. Add one with: ankle-coach schedule add ROUTINE --days mon,wed,fri "
        "--at 18:30\n",
        "",
    )
    assert run(
        "schedule", "add", "after-run-recovery", "--days", "mon,wed,fri", "--at", "18:30"
    ) == (
        0,
        "Added reminder 1: After-run recovery, Mon, Wed, Fri at 18:30. Next: on Monday at 18:30 "
        "(2026-12-07T18:30:00+01:00).\n",
        "",
    )
    assert run("schedule", "add", "calf-raises", "--days", "daily", "--at", "7:00") == (
        0,
        "Added reminder 2: Calf raises, every day at 07:00. Next: tomorrow at 07:00 "
        "(2026-12-06T07:00:00+01:00).\n",
        "",
    )
    status, out, err = run("schedule", "list")
    assert (status, err) == (0, "")
    assert out == (
        "ID  ROUTINE             DAYS           AT     NEXT\n"
        "1   after-run-recovery  Mon, Wed, Fri  18:30  on Monday at 18:30\n"
        "2   calf-raises         every day      07:00  tomorrow at 07:00\n"
        "Times are local (Europe/Berlin).\n"
    )
    assert run("schedule", "next") == (
        0,
        "2026-12-06T07:00:00+01:00  Calf raises, tomorrow at 07:00 (reminder 2: every day at "
        "07:00)\n",
        "",
    )
    assert run("schedule", "remove", "2") == (
        0,
        "Removed reminder 2: calf-raises, every day at 07:00.\n",
        "",
    )
    assert [r.id for r in load_schedule(Paths.under(user_home))[0].reminders] == [1]


def test_next_as_json_in_two_zones(run: Run) -> None:
    run("schedule", "add", "after-run-recovery", "--days", "sat", "--at", "18:30")
    status, out, _ = run("schedule", "next", "--json")
    assert status == 0
    assert json.loads(out) == {
        "at": "2026-12-05T18:30:00+01:00",
        "routine": "after-run-recovery",
        "id": 1,
        "title": "After-run recovery",
        "days": ["sat"],
        "time": "18:30",
        "zone": "Europe/Berlin",
    }
    # the same instant after a move to New York: 18:30 there, today still
    status, out, _ = run("schedule", "next", "--json", tz="America/New_York")
    assert json.loads(out)["at"] == "2026-12-05T18:30:00-05:00"
    # the same wall-clock time in summer, after the clocks have gone forward
    summer = datetime(2027, 7, 3, 12, 0, tzinfo=UTC)
    status, out, _ = run("schedule", "next", "--json", now=summer)
    assert json.loads(out)["at"] == "2027-07-03T18:30:00+02:00"


def test_next_with_nothing_planned(run: Run) -> None:
    assert run("schedule", "next") == (0, "No reminder is coming: the weekly plan is empty.\n", "")
    assert run("schedule", "next", "--json") == (0, "null\n", "")
    run("schedule", "add", "calf-raises", "--at", "07:00")
    run("schedule", "off", "1")
    assert run("schedule", "next") == (0, "No reminder is coming: every reminder is off.\n", "")


def test_on_and_off(run: Run, user_home: Path) -> None:
    run("schedule", "add", "calf-raises", "--days", "weekdays", "--at", "06:45")
    assert run("schedule", "off", "1") == (
        0,
        "Reminder 1 (calf-raises, weekdays at 06:45) is off.\n",
        "",
    )
    assert run("schedule", "list")[1].splitlines()[1].endswith("06:45  off")
    assert run("schedule", "on", "1") == (
        0,
        "Reminder 1 (calf-raises, weekdays at 06:45) is on; next on Monday at 06:45.\n",
        "",
    )
    before = plan_file(user_home).read_bytes()
    assert run("schedule", "on", "1")[0] == 0  # already on: said, not written again
    assert plan_file(user_home).read_bytes() == before


def test_list_as_json(run: Run) -> None:
    run("schedule", "add", "calf-raises", "--days", "sun", "--at", "02:30")
    run("schedule", "add", "ankle-circles", "--days", "fri-mon", "--at", "09:00")
    run("schedule", "off", "2")
    status, out, err = run("schedule", "list", "--json")
    assert (status, err) == (0, "")
    assert json.loads(out) == {
        "zone": "Europe/Berlin",
        "reminders": [
            {
                "id": 1,
                "routine": "calf-raises",
                "title": "Calf raises",
                "days": ["sun"],
                "at": "02:30",
                "enabled": True,
                "since": "2026-12-05",
                "until": None,
                "ended": False,
                "next": "2026-12-06T02:30:00+01:00",
            },
            {
                "id": 2,
                "routine": "ankle-circles",
                "title": "Ankle circles",
                "days": ["mon", "fri", "sat", "sun"],
                "at": "09:00",
                "enabled": False,
                "since": "2026-12-05",
                "until": None,
                "ended": False,
                "next": None,
            },
        ],
    }


def test_a_reminder_in_a_spring_forward_gap(run: Run) -> None:
    run("schedule", "add", "calf-raises", "--days", "sun", "--at", "02:30")
    saturday = datetime(2027, 3, 27, 12, 0, tzinfo=UTC)
    status, out, _ = run("schedule", "next", "--json", now=saturday)
    assert json.loads(out)["at"] == "2027-03-28T03:30:00+02:00"
    status, out, _ = run("schedule", "next", "--json", now=saturday, tz="America/New_York")
    assert json.loads(out)["at"] == "2027-03-28T02:30:00-04:00"  # no change there that day


def test_a_routine_gone_from_the_library_is_still_listed(run: Run, user_home: Path) -> None:
    mine = Paths.under(user_home).user_routines
    mine.mkdir(parents=True)
    source = Path(__file__).resolve().parents[3] / "routines" / "calf-raises.toml"
    (mine / "my-calves.toml").write_bytes(source.read_bytes())
    assert run("schedule", "add", "my-calves", "--at", "18:00")[0] == 0
    (mine / "my-calves.toml").unlink()
    out = run("schedule", "list")[1]
    assert "1   my-calves (not in your library)  every day  18:00  today at 18:00" in out
    assert run("schedule", "next")[1] == (
        "2026-12-05T18:00:00+01:00  my-calves (not found), today at 18:00 (reminder 1: every "
        "day at 18:00)\n"
    )


IDS = (
    "after-run-recovery, ankle-circles, calf-raises, foot-massage, pre-run-warm-up, "
    "standing-calf-stretch, warm-up-ankle-rolls"
)
DAYS_HELP = (
    "use mon, tue, wed, thu, fri, sat, sun (or the full names, or a range such as mon-fri), "
    "daily, weekdays or weekends"
)
BAD_INPUT = [
    (
        ("add", "calf-raises", "--at", "25:00"),
        "ankle-coach schedule add: --at: 25:00 is not a time of day; hours go from 00 to 23",
    ),
    (
        ("add", "calf-raises", "--at", "18:75"),
        "ankle-coach schedule add: --at: 18:75 is not a time of day; minutes go from 00 to 59",
    ),
    (
        ("add", "calf-raises", "--at", "6pm"),
        "ankle-coach schedule add: --at: '6pm' is not a time; use the 24-hour clock, HH:MM, "
        "e.g. 18:30",
    ),
    (
        ("add", "calf-raises", "--days", "mon,fry", "--at", "18:30"),
        f"ankle-coach schedule add: --days: 'fry' is not a day; {DAYS_HELP}",
    ),
    (
        ("add", "calf-raises", "--days", ",", "--at", "18:30"),
        f"ankle-coach schedule add: --days: no day given; {DAYS_HELP}",
    ),
    (
        ("add", "calf-raise", "--at", "18:30"),
        f"ankle-coach schedule add: ROUTINE: no routine has the id “calf-raise” (ids: {IDS})",
    ),
    (
        ("add", "routines/calf-raises.toml", "--at", "18:30"),
        "ankle-coach schedule add: ROUTINE: “routines/calf-raises.toml” is a file; reminders "
        "are for routines in your library: add it with `ankle-coach import FILE`, then use its id",
    ),
    (
        ("add", "after-run-recovery", "--days", "fri,wed,mon", "--at", "18:30"),
        "ankle-coach schedule add: ROUTINE: after-run-recovery is already planned at that "
        "time (reminder 1: Mon, Wed, Fri at 18:30)",
    ),
    (("remove", "7"), "ankle-coach schedule remove: ID: there is no reminder 7; the ids are 1"),
    (
        ("remove", "one"),
        "ankle-coach schedule remove: ID: “one” is not a reminder id; see `ankle-coach schedule "
        "list`",
    ),
    (
        ("remove", "-1"),
        "ankle-coach schedule remove: ID: “-1” is not a reminder id; see "
        "`ankle-coach schedule list`",
    ),
    (("on", "2"), "ankle-coach schedule on: ID: there is no reminder 2; the ids are 1"),
    (
        ("off", "1.0"),
        "ankle-coach schedule off: ID: “1.0” is not a reminder id; see `ankle-coach schedule list`",
    ),
]


@pytest.mark.parametrize(
    ("args", "message"), BAD_INPUT, ids=[m.split(": ", 2)[2] for _, m in BAD_INPUT]
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    run: Run, user_home: Path, args: tuple[str, ...], message: str
) -> None:
    run("schedule", "add", "after-run-recovery", "--days", "mon,wed,fri", "--at", "18:30")
    before = plan_file(user_home).read_bytes()
    stamp = os.stat(plan_file(user_home)).st_mtime_ns
    assert run("schedule", *args) == (2, "", message + "\n")
    assert plan_file(user_home).read_bytes() == before
    assert os.stat(plan_file(user_home)).st_mtime_ns == stamp
    assert sorted(p.name for p in plan_file(user_home).parent.iterdir()) == ["schedule.toml"]


def test_bad_input_with_no_file_writes_none(run: Run, user_home: Path) -> None:
    assert run("schedule", "add", "calf-raises", "--at", "25:00")[0] == 2
    assert run("schedule", "remove", "1")[0] == 2
    assert not plan_file(user_home).parent.exists()


@pytest.mark.parametrize(
    ("args", "end"),
    [
        (("add", "calf-raises"), "error: the following arguments are required: --at\n"),
        (("add", "--at", "18:30"), "error: the following arguments are required: ROUTINE\n"),
        (("remove",), "error: the following arguments are required: ID\n"),
        ((), "error: the following arguments are required: ACTION\n"),
        (
            ("snooze", "1"),
            "error: argument ACTION: invalid choice: 'snooze' (choose from "
            "'add', 'list', 'next', 'remove', 'on', 'off')\n",
        ),
    ],
)
def test_missing_arguments_are_argparse_s_exit_2(
    run: Run, user_home: Path, args: tuple[str, ...], end: str
) -> None:
    status, out, err = run("schedule", *args)
    assert (status, out) == (2, "")
    assert err.endswith(end)
    assert not plan_file(user_home).parent.exists()


def test_a_damaged_plan_is_moved_aside_and_said(run: Run, user_home: Path) -> None:
    path = plan_file(user_home)
    path.parent.mkdir(parents=True)
    path.write_text("[[reminders]\n", encoding="utf-8")
    status, out, err = run("schedule", "add", "calf-raises", "--at", "07:00")
    assert status == 0
    assert out.startswith("Added reminder 1: Calf raises, every day at 07:00.")
    assert err.startswith(f"The weekly plan file {path} could not be used: it is not valid TOML")
    assert err.endswith("and your weekly plan is empty.\n")
    assert len(err.splitlines()) == 1
    (aside,) = path.parent.glob("schedule.toml.corrupt-*")
    assert aside.read_text(encoding="utf-8") == "[[reminders]\n"


def test_a_plan_that_cannot_be_saved(run: Run, user_home: Path) -> None:
    path = plan_file(user_home)
    path.mkdir(parents=True)  # a folder where the file goes
    status, out, err = run("schedule", "add", "calf-raises", "--at", "07:00")
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"The weekly plan file {path} is a folder, not a file. It was left as it is, and "
        "reminders will not be saved there until that is put right.",
        f"ankle-coach schedule add: the weekly plan was not saved: {path} was left as it is "
        "when it was read, so the weekly plan was not saved over it",
    ]
    assert path.is_dir()


def test_the_commands_default_to_the_real_clock_and_zone(
    user_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert schedule_cli.add_command("calf-raises", "daily", "07:00") == 0
    assert schedule_cli.next_command(as_json=True) == 0
    added, _, shown = capsys.readouterr().out.partition("\n")
    assert added.startswith("Added reminder 1: Calf raises, every day at 07:00.")
    found = json.loads(shown)
    moment = datetime.fromisoformat(found["at"])
    assert moment.utcoffset() == timedelta(hours=9)
    assert moment > datetime.now(UTC)


def test_a_reminder_after_its_end(run: Run, user_home: Path) -> None:
    """Accepted "for 4 weeks" plans, ended yesterday, ending today and tomorrow (NOW is
    Saturday 5 December, 17:00 in Berlin): list says so, next skips the ended one."""
    today = date(2026, 12, 5)
    plan, _ = WeeklyPlan().added(
        "calf-raises",
        range(7),
        time(18, 0),
        since=today - timedelta(28),
        until=today - timedelta(1),
    )
    plan, _ = plan.added("ankle-circles", (5,), time(18, 30), since=today, until=today)
    plan, _ = plan.added(
        "after-run-recovery", (6,), time(9, 0), since=today, until=today + timedelta(1)
    )
    save_schedule(plan, Paths.under(user_home))
    status, out, err = run("schedule", "list")
    assert (status, err) == (0, "")
    assert out.splitlines()[1:4] == [
        "1   calf-raises         every day  18:00  ended on Fri 4 Dec 2026",
        "2   ankle-circles       Sat        18:30  today at 18:30, until Sat 5 Dec 2026",
        "3   after-run-recovery  Sun        09:00  tomorrow at 09:00, until Sun 6 Dec 2026",
    ]
    rows = json.loads(run("schedule", "list", "--json")[1])["reminders"]
    assert [(r["since"], r["until"], r["ended"], r["next"]) for r in rows] == [
        ("2026-11-07", "2026-12-04", True, None),
        ("2026-12-05", "2026-12-05", False, "2026-12-05T18:30:00+01:00"),
        ("2026-12-05", "2026-12-06", False, "2026-12-06T09:00:00+01:00"),
    ]
    assert json.loads(run("schedule", "next", "--json")[1])["id"] == 2
    later = NOW + timedelta(hours=2)  # 19:00: today's has been; the ended one is still skipped
    assert json.loads(run("schedule", "next", "--json", now=later)[1])["id"] == 3
    monday = NOW + timedelta(days=2)
    assert run("schedule", "next", now=monday) == (
        0,
        "No reminder is coming: every reminder has ended.\n",
        "",
    )
    assert (
        run("schedule", "list", now=monday)[1].splitlines()[2].endswith("ended on Sat 5 Dec 2026")
    )
    tuesday = datetime(2026, 12, 7, 23, 30, tzinfo=UTC)  # Tuesday 00:30 in Berlin
    plan, _ = plan.added("calf-raises", (0,), time(7, 0), since=today, until=date(2026, 12, 13))
    save_schedule(plan, Paths.under(user_home))
    assert (
        run("schedule", "list", now=tuesday)[1]
        .splitlines()[4]
        .endswith("none left, ends on Sun 13 Dec 2026")
    )
    assert run("schedule", "next", now=tuesday)[1] == (
        "No reminder is coming: no reminder that is on has a planned day left before its end.\n"
    )
    run("schedule", "off", "3")
    assert (
        run("schedule", "list", now=monday)[1].splitlines()[3].endswith("ended on Sun 6 Dec 2026")
    )


def test_add_records_today_as_the_start(run: Run, user_home: Path) -> None:
    late = datetime(2026, 12, 5, 23, 30, tzinfo=UTC)  # already Sunday in Berlin, not in New York
    run("schedule", "add", "calf-raises", "--at", "07:00", now=late)
    run("schedule", "add", "calf-raises", "--at", "08:00", now=late, tz="America/New_York")
    plan, _ = load_schedule(Paths.under(user_home))
    assert [(r.since, r.until) for r in plan.reminders] == [
        (date(2026, 12, 6), None),
        (date(2026, 12, 5), None),
    ]
    assert "since = 2026-12-06" in plan_file(user_home).read_text(encoding="utf-8")
