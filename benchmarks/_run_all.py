"""Runs every benchmark and tabulates their JSON: `benchmarks/run_all` calls this.

    benchmarks/run_all [--quick] [--only NAME ...] [--timeout SECONDS] [--no-write]
    python -m benchmarks._run_all ...          (the same, from the repository's root)

A benchmark is a module `benchmarks/NAME.py` whose name does not start with "_" and that
defines a top-level `main` (found by reading the source, nothing is imported). Each runs as
`python -m benchmarks.NAME` with this interpreter, one after another; its stdout is the one JSON
object of `benchmarks._common.report`. The Markdown table (benchmark, figures, target, met) goes
to stdout and, with the date, the machine and every benchmark's whole JSON, to
benchmarks/RESULTS.md. Progress and failures go to stderr.

--quick passes short durations to the benchmarks that take them (read from their argparse
options): --seconds 10, --minutes 1, --runs 3 (picture_worst_case among others), --sessions 40
(the soak), --examples 1000 (the fuzzers, fuzz_loader and fuzz_svg). A benchmark that overruns
--timeout is interrupted (SIGINT, so it cleans up), then killed.

Exit status: 0 every target met, 1 some target missed, 2 some benchmark failed to run.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import json
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks._common import machine

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "RESULTS.md"
QUICK = {
    "--seconds": "10",
    "--minutes": "1",
    "--runs": "3",
    "--sessions": "40",
    "--examples": "1000",
}
#: Keys of a report that are not figures.
NOT_FIGURES = {"benchmark", "machine", "date", "met"}
#: A string figure longer than this (a note) stays out of the table; the JSON has it.
SHORT_TEXT = 40


@dataclass
class Benchmark:
    name: str
    options: set[str] = field(default_factory=set)


@dataclass
class Outcome:
    benchmark: Benchmark
    arguments: list[str]
    seconds: float
    result: dict[str, Any] | None = None
    error: str | None = None


def discover() -> list[Benchmark]:
    """The benchmark modules, by name, with the long options their argparse parsers declare."""
    found = []
    for path in sorted(HERE.glob("*.py")):
        if path.name.startswith("_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        if not any(
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "main"
            for node in tree.body
        ):
            continue
        options = {
            argument.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "add_argument"
            for argument in node.args
            if isinstance(argument, ast.Constant)
            and isinstance(argument.value, str)
            and argument.value.startswith("--")
        }
        found.append(Benchmark(path.stem, options))
    return found


def run(benchmark: Benchmark, arguments: list[str], timeout: float) -> Outcome:
    command = [sys.executable, "-m", f"benchmarks.{benchmark.name}", *arguments]
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stdout, stderr = _interrupt(process)
        outcome = Outcome(benchmark, arguments, time.monotonic() - started)
        outcome.error = f"timed out after {timeout:g} s"
        return outcome
    except BaseException:  # run_all itself was interrupted: so is the benchmark
        _interrupt(process)
        raise
    outcome = Outcome(benchmark, arguments, time.monotonic() - started)
    result = _json_object(stdout)
    if process.returncode != 0 or result is None:
        tail = " ".join(stderr.strip().splitlines()[-3:]) if stderr.strip() else "no output"
        outcome.error = f"exit status {process.returncode}: {tail}"
        sys.stderr.write(stderr)
    outcome.result = result
    return outcome


def _interrupt(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Stop a benchmark so that it can clean up: SIGINT (KeyboardInterrupt), then SIGTERM, and
    only then SIGKILL. Returns what it printed."""
    for number, grace in ((signal.SIGINT, 10.0), (signal.SIGTERM, 20.0)):
        process.send_signal(number)
        try:
            return process.communicate(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
    process.kill()
    return process.communicate()


def _json_object(text: str) -> dict[str, Any] | None:
    """The first JSON object in `text` (a benchmark prints exactly one)."""
    start = text.find("{")
    if start < 0:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _flat(result: dict[str, Any]) -> list[tuple[str, Any]]:
    """The report's entries, a dict's one level down as key.subkey; other lists and dicts out."""
    flat: list[tuple[str, Any]] = []
    for key, value in result.items():
        if isinstance(value, dict):
            flat += [(f"{key}.{sub}", item) for sub, item in value.items()]
        else:
            flat.append((key, value))
    return [
        (key, value)
        for key, value in flat
        if isinstance(value, int | float)
        or (isinstance(value, str) and 0 < len(value) <= SHORT_TEXT)
    ]


def row(outcome: Outcome) -> str:
    result = outcome.result or {}
    figures = [
        f"{key}: {_value(value)}"
        for key, value in _flat({k: v for k, v in result.items() if not isinstance(v, dict)})
        if key not in NOT_FIGURES and not key.startswith("target")
    ]
    targets = [
        f"{key}: {_value(value)}"
        for key, value in _flat({k: v for k, v in result.items() if k.startswith("target")})
    ]
    if outcome.error is not None:
        met = f"**error**: {outcome.error}"
    elif "met" not in result:
        met = "?"
    else:
        met = "yes" if result["met"] else "**no**"
    cells = [outcome.benchmark.name, "<br>".join(figures), "<br>".join(targets), met]
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def table(outcomes: list[Outcome]) -> str:
    lines = ["| benchmark | figures | target | met |", "|---|---|---|---|"]
    return "\n".join(lines + [row(outcome) for outcome in outcomes]) + "\n"


def results_markdown(outcomes: list[Outcome], command: str, date: str) -> str:
    about = machine()
    parts = [
        "# Benchmark results",
        "",
        f"Date: {date} (UTC). Machine: {about['platform']}, {about['cpu']}, "
        f"{about['cores']} cores, Python {about['python']}.",
        "",
        f"Command: `{command}`. Each benchmark's module docstring says what it measures; "
        "the README's Benchmarks section lists their targets.",
        "",
        table(outcomes),
        "## The JSON of each benchmark",
        "",
    ]
    for outcome in outcomes:
        arguments = " ".join(outcome.arguments)
        parts += [
            f"### {outcome.benchmark.name}",
            "",
            f"`python -m benchmarks.{outcome.benchmark.name}{' ' + arguments if arguments else ''}`"
            f", {outcome.seconds:.0f} s" + (f"; failed: {outcome.error}" if outcome.error else ""),
            "",
        ]
        if outcome.result is not None:
            parts += ["```json", json.dumps(outcome.result, indent=2), "```", ""]
    return "\n".join(parts)


def _leave(number: int, _frame: object) -> None:
    raise SystemExit(128 + number)


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run_all",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="short durations (see above)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    parser.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds one benchmark may take"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print the table, leave RESULTS.md alone"
    )
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _leave)
    signal.signal(signal.SIGINT, signal.default_int_handler)

    benchmarks = discover()
    if args.only:
        wanted = [name.removeprefix("benchmarks.").removesuffix(".py") for name in args.only]
        known = {benchmark.name for benchmark in benchmarks}
        unknown = [name for name in wanted if name not in known]
        if unknown:
            parser.error(f"no benchmark {', '.join(unknown)}; there are {', '.join(sorted(known))}")
        benchmarks = [benchmark for benchmark in benchmarks if benchmark.name in wanted]

    outcomes = []
    for benchmark in benchmarks:
        arguments: list[str] = []
        if args.quick:
            for option, value in QUICK.items():
                if option in benchmark.options:
                    arguments += [option, value]
        sys.stderr.write(f"run_all: {benchmark.name} {' '.join(arguments)}\n")
        sys.stderr.flush()
        outcome = run(benchmark, arguments, args.timeout)
        verdict = outcome.error or ("met" if (outcome.result or {}).get("met") else "not met")
        sys.stderr.write(f"run_all: {benchmark.name}: {verdict} ({outcome.seconds:.0f} s)\n")
        outcomes.append(outcome)

    date = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    sys.stdout.write(table(outcomes))
    if not args.no_write:
        command = " ".join(["benchmarks/run_all", *sys.argv[1:]])
        RESULTS.write_text(results_markdown(outcomes, command, date), encoding="utf-8")
        sys.stderr.write(f"run_all: wrote {RESULTS.relative_to(REPO)}\n")
    if any(outcome.error for outcome in outcomes):
        sys.exit(2)
    if not all((outcome.result or {}).get("met") for outcome in outcomes):
        sys.exit(1)


if __name__ == "__main__":
    main()
