"""``python -m analysis report``: the command line of the report runner (arguments and printing).

The scheduler's entry point. Reports are listed in ``notebooks/reports.yaml`` (``--registry``
or env ``NKR_REPORT_REGISTRY`` point elsewhere)::

    python -m analysis report situation_report --as-of 2025-03-27
    python -m analysis report --all -p since 2025-01-01 --jobs 2
    python -m analysis report situation_report --from 2025-01-06 --to 2025-03-24 --every week
    python -m analysis report --list

This module only turns arguments into ``plan_reports`` and ``run_plans`` calls and prints what
they return; problems are raised (``UsageError``, ``DataError``) and printed by ``__main__``.
Environment: ``NKR_DATA_DIR`` (dataset, passed to the kernels), ``NKR_REPORTS_DIR`` (default
``--out``), ``NKR_REPORT_REGISTRY``.

Exit codes: 0 all published; 1 a report failed, timed out or its kernel died, or the system
refused a write; 2 bad command line, parameter or registry (nothing written), or a
``ParameterError`` raised in a notebook; 3 ``DIR/.lock`` held and ``--no-wait``; 130/143
interrupted (nothing published).
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from pathlib import Path
from typing import Any, NoReturn

from analysis import paths
from analysis.data.facts import DatasetFacts
from analysis.errors import Problem, UsageError
from analysis.files import LockBusyError, display_path
from analysis.params import expected
from analysis.reports.plan import EVERY, plan_reports
from analysis.reports.pool import Result, Task
from analysis.reports.registry import Registry, load_registry
from analysis.reports.runner import DEFAULT_TIMEOUT, RunResult, check_options, run_plans

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the ``report`` command's arguments."""
    add = parser.add_argument
    add("reports", nargs="*", metavar="NAME", help="reports to run (see --list)")
    add("--all", action="store_true", help="run every report in the registry")
    add("--list", action="store_true", help="list reports with their parameters and defaults")
    add("--as-of", metavar="DATE", help="last day of data to include (default: the newest date in the dataset)")
    add("--from", dest="start", metavar="DATE", help="archive: first as_of (default: the dataset's first date)")
    add("--to", dest="end", metavar="DATE", help="archive: last as_of (default: the newest date in the dataset)")
    add("--every", choices=EVERY, help="archive: one run per week or month, ending on --to (default: week)")
    add("-p", "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="set a parameter (repeatable); REPORT.NAME for one report only; lists comma-separated")  # fmt: skip
    add("--params-file", type=Path, metavar="FILE.yaml", help="NAME: VALUE or REPORT: {NAME: VALUE}; -p wins")
    add("--out", type=Path, metavar="DIR", help="output folder (default: reports/, or env NKR_REPORTS_DIR)")
    add("--jobs", "-j", metavar="N", help="reports run at once (default: CPU cores, at most the number of reports)")
    add("--timeout", default=str(DEFAULT_TIMEOUT), metavar="SECONDS",
        help=f"limit per report, each cell and whole (default: {DEFAULT_TIMEOUT:g})")  # fmt: skip
    add("--no-wait", action="store_true", help="if another run is writing to DIR, exit 3 at once instead of waiting")
    add("--rerun", action="store_true",
        help="run every report, even one whose published page was made from the same rows, notebook, parameters, "
             "code and packages (by default such a page is kept)")  # fmt: skip
    add("--registry", type=Path, metavar="FILE", help="report registry (default: notebooks/reports.yaml)")
    add("--debug", action="store_true", help="show Python tracebacks instead of one-line errors")


def _err(message: str, head: str = "error: ") -> None:
    print(head + message, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Run the command; return the exit code."""
    registry = load_registry(args.registry)
    facts = DatasetFacts()
    if args.list:
        print_list(registry, facts)
        return EXIT_OK
    problems: list[Problem] = []  # every usage problem at once: the options', then the plan's
    try:
        check_options(args.out, args.jobs, args.timeout)
    except UsageError as exc:
        problems += exc.problems
    try:
        plans = plan_reports(
            args.reports,
            all_reports=args.all,
            as_of=args.as_of,
            params=[(str(n), str(v)) for n, v in args.param],
            params_file=args.params_file,
            start=args.start,
            end=args.end,
            every=args.every,
            registry=registry,
            facts=facts,
        )
    except UsageError as exc:
        raise UsageError([*problems, *exc.problems]) from None
    if problems:
        raise UsageError(problems)
    out, jobs, timeout = check_options(args.out, args.jobs, args.timeout)
    many = len(plans) > 1

    def tick(task: Task, r: Result) -> None:
        state = "done" if r.ok else "TIMED OUT" if r.kind == "timeout" else "FAILED"
        print(f"  {task.name}{f' {task.as_of}' if many else ''}  {state}  {r.duration_s:.1f} s", flush=True)

    in_main = threading.current_thread() is threading.main_thread()  # only it may set handlers
    old_term = signal.signal(signal.SIGTERM, _on_sigterm) if in_main else None
    try:
        results = run_plans(
            plans,
            out=out,
            jobs=jobs,
            timeout=timeout,
            wait=not args.no_wait,
            progress=tick,
            on_wait=lambda who: _err(f"{display_path(out)} ({who})", "waiting for another report run on "),
            command=_command(),
            reuse=not args.rerun,
        )
    except LockBusyError as exc:
        _err(f"another report run is writing to {display_path(out)} ({exc.holder}); not waiting (--no-wait)")
        return EXIT_BUSY
    except (KeyboardInterrupt, SystemExit) as exc:
        _err("interrupted: nothing was published")
        return 143 if isinstance(exc, SystemExit) else 130
    finally:
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
    codes = [_show(result, out) for result in results]
    if reused := sum(len(r.reused) for r in results):
        _err(f"{reused} of {sum(len(p.runs) for p in plans)} reports kept: made from what they would be made from "
             "now (--rerun runs them again)", "")  # fmt: skip
    if many:
        print(display_path(out / "index.html"))
    return EXIT_FAILED if EXIT_FAILED in codes else max(codes, default=EXIT_OK)


def _on_sigterm(signum: int, frame: Any) -> NoReturn:
    raise SystemExit(143)  # a scheduler stopping the job: cleaned up like Ctrl-C


def _command() -> str | None:
    argv = sys.argv[2:] if sys.argv[1:2] == ["report"] else None
    return shlex.join([Path(sys.executable).name, "-m", "analysis", "report", *argv]) if argv is not None else None


def _show(result: RunResult, out: Path) -> int:
    """Print what became of one day's run; its exit code."""
    if not result.ok:
        for _, r in result.failures:
            _err(r.headline)
            for line in r.details:
                print(f"       {line}", file=sys.stderr)
        _err(f"as of {result.as_of}: nothing published; notebooks of this run kept in {display_path(result.folder)}/")
        return EXIT_USAGE if result.only_parameter_errors else EXIT_FAILED
    for name in result.manifest.reports:
        if not result.manifest.reports[name].carried_over or name in result.reused:
            print(display_path(out / result.as_of / f"{name}.html"))
    print(display_path(out / result.as_of / "index.html"))
    return EXIT_OK


def print_list(registry: Registry, facts: DatasetFacts) -> None:
    """Print every report with its parameters, types, defaults and allowed values."""
    span = None if facts.missing_tables() else facts.date_range
    for name, rep in registry.reports.items():
        print(f"{name}: {rep.title}" + (f"\n    {rep.description}" if rep.description else ""))
        print(f"    notebook: {display_path(rep.notebook, paths.PROJECT_ROOT)}")
        for pname, p in rep.parameters.items():
            newest = f"newest date in the dataset{f' = {span[1]}' if span else ''}"
            default = newest if pname == "as_of" else repr(p.default)
            print(f"    {pname} ({p.type}, default {default})" + (f": {p.description}" if p.description else ""))
            if isinstance(p.allowed, str):
                print(
                    f"        allowed: {p.allowed}: {', '.join(facts.vocabulary(p.allowed)) or '(dataset not built)'}"
                )
            elif p.allowed is not None:
                print(f"        allowed: {', '.join(str(a) for a in p.allowed)}")
            elif p.item_type == "date" and span:
                print(f"        {expected('date')}, {span[0]} to today")
    if span is None:
        print("(dates: data/clean is not built; run `python -m analysis build`)")
