"""``python -m analysis report``: run report notebooks and publish them as HTML.

The scheduler's entry point. Reports are listed in ``notebooks/reports.yaml`` (``--registry``
or env ``NKR_REPORT_REGISTRY`` point elsewhere)::

    python -m analysis report situation_report --as-of 2025-03-27
    python -m analysis report --all -p since 2025-01-01 --jobs 2
    python -m analysis report situation_report --from 2025-01-06 --to 2025-03-24 --every week
    python -m analysis report --list

Every value is checked before any kernel starts. Each ``as_of`` is published as ``DIR/<as_of>/``
only if every report of that day succeeded (``output`` describes the folder layout).
Environment: ``NKR_DATA_DIR`` (dataset, passed to the kernels), ``NKR_REPORTS_DIR`` (default
``--out``), ``NKR_REPORT_REGISTRY``.

Exit codes: 0 all published; 1 a report failed, timed out or its kernel died, or the system
refused a write; 2 bad command line, parameter or registry (nothing written), or a
``ParameterError`` raised in a notebook; 3 ``DIR/.lock`` held and ``--no-wait``; 130/143
interrupted (nothing published). The reports layer is the top one: nothing imports it.
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import math
import os
import shlex
import shutil
import signal
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NoReturn

from analysis import paths
from analysis.data.facts import DatasetFacts, fingerprint
from analysis.errors import DataError, ParameterError, one_line, os_error_text, shorten
from analysis.files import LockBusyError, display_path, locked, sha256_file, utc_now, write_json
from analysis.params import expected, parse_value, read_params_file
from analysis.reports.registry import (
    Plan,
    Registry,
    RegistryError,
    collect,
    load_registry,
    plan_run,
    resolve_as_of,
    select,
)

DEFAULT_TIMEOUT, MAX_TIMEOUT, MAX_JOBS, MAX_RUNS, MAX_PROBLEMS = 300.0, 7 * 86400.0, 64, 600, 10
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
    add("--every", choices=("week", "month"), help="archive: one run per week or month, ending on --to (default: week)")
    add("-p", "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="set a parameter (repeatable); REPORT.NAME for one report only; lists comma-separated")  # fmt: skip
    add("--params-file", type=Path, metavar="FILE.yaml", help="NAME: VALUE or REPORT: {NAME: VALUE}; -p wins")
    add("--out", type=Path, metavar="DIR", help="output folder (default: reports/, or env NKR_REPORTS_DIR)")
    add("--jobs", "-j", metavar="N", help="reports run at once (default: CPU cores, at most the number of reports)")
    add("--timeout", default=str(DEFAULT_TIMEOUT), metavar="SECONDS",
        help=f"limit per report, each cell and whole (default: {DEFAULT_TIMEOUT:g})")  # fmt: skip
    add("--no-wait", action="store_true", help="if another run is writing to DIR, exit 3 at once instead of waiting")
    add("--registry", type=Path, metavar="FILE", help="report registry (default: notebooks/reports.yaml)")
    add("--debug", action="store_true", help="show Python tracebacks instead of one-line errors")


def _err(message: str, head: str = "error: ") -> None:
    print(head + message, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Run the command; return the exit code. Every problem is one line unless ``--debug``."""
    try:
        return _run(args)
    except KeyboardInterrupt:
        _err("interrupted: nothing was published")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if args.debug or isinstance(exc, DataError):  # a damaged dataset file: its line, exit 2 (__main__)
            raise
        internal = f"internal error: {type(exc).__name__}: {one_line(exc, 300)} (--debug shows the traceback)"
        _err(os_error_text(exc) if isinstance(exc, OSError) else internal)
        return EXIT_FAILED


def _run(args: argparse.Namespace) -> int:
    from analysis.reports import output

    try:
        registry = load_registry(args.registry)
    except RegistryError as exc:
        _err(str(exc))
        return EXIT_USAGE
    facts = DatasetFacts()
    if args.list:
        print_list(registry, facts)
        return EXIT_OK
    problems: list[str] = []
    plans, jobs, timeout, out = _plans(args, registry, facts, problems)
    shown = list(dict.fromkeys(problems))
    for problem in shown[:MAX_PROBLEMS]:
        _err(problem)
    if len(shown) > MAX_PROBLEMS:  # a wrong file given as --params-file can name hundreds
        _err(f"... and {len(shown) - MAX_PROBLEMS} more problems")
    if problems:
        return EXIT_USAGE
    out.mkdir(parents=True, exist_ok=True)
    try:
        with locked(
            out / ".lock",
            0 if args.no_wait else None,
            lambda who: _err(f"{display_path(out)} ({who})", "waiting for another report run on "),
        ):
            output.clean_stale(out)
            return _run_locked(plans, registry, facts, out, jobs, timeout)
    except LockBusyError as exc:
        _err(f"another report run is writing to {display_path(out)} ({exc.holder}); not waiting (--no-wait)")
        return EXIT_BUSY


def _number(text: str, option: str, kind: type, low: float, high: float, problems: list[str]) -> Any:
    with contextlib.suppress(TypeError, ValueError, OverflowError):
        if math.isfinite(value := kind(text)) and low <= value <= high:
            return value
    what = "a whole number" if kind is int else "a number of seconds"
    problems.append(f"{option} {shorten(text)}: expected {what} from {low:g} to {high:g}")
    return None


def archive_dates(start: date, end: date, every: str) -> list[date]:
    """The as_of days from ``start`` to ``end``: ``end`` and every week (or month) before it."""
    if every == "week":
        return [end - timedelta(weeks=n) for n in range((end - start).days // 7, -1, -1)]
    days = []
    for n in range((end.year - start.year) * 12 + end.month - start.month, -1, -1):
        y, m = divmod(end.year * 12 + end.month - 1 - n, 12)
        days.append(date(y, m + 1, min(end.day, calendar.monthrange(y, m + 1)[1])))
    return [day for day in days if day >= start]


def _plans(
    args: argparse.Namespace, registry: Registry, facts: DatasetFacts, problems: list[str]
) -> tuple[list[Plan], int, float, Path]:
    from analysis.reports import output

    timeout = _number(str(args.timeout), "--timeout", float, 0.001, MAX_TIMEOUT, problems)
    jobs = _number(str(args.jobs), "--jobs", int, 1, MAX_JOBS, problems) if args.jobs is not None else None
    file_params = read_params_file(args.params_file, problems) if args.params_file is not None else {}
    out = (args.out or paths.REPORTS_DIR).expanduser().absolute()
    if out.resolve() in (Path(out.anchor), Path.home().resolve()):
        problems.append(f"--out {out}: expected a folder for the reports, not the root or home folder")
    elif out.exists() and not out.is_dir():
        problems.append(f"--out {display_path(out)}: not a folder")
    if (missing := facts.missing_tables()) and not problems:
        problems.append(f"{display_path(missing[0])} is missing: run `python -m analysis build` (or set NKR_DATA_DIR)")
    selected = select(registry, list(args.reports), args.all, problems)
    requested = collect(registry, [(str(n), str(v)) for n, v in args.param], file_params)
    days: list[str] = []
    if problems:
        pass
    elif args.start or args.end or args.every:
        days = _archive_days(args, facts, problems)
        if requested.get("", {}).pop("as_of", None) is not None:
            problems.append("as_of comes from --from/--to in an archive run")
    else:
        days = [resolve_as_of(args.as_of, requested, facts, problems)]
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    plans = [plan_run(registry, selected, day, requested, facts) for day in days if day] if not problems else []
    for plan in plans:
        problems += plan.errors
        if not plan.errors and (why := output.check_target(out, plan.as_of)):
            problems.append(why)
    jobs = min(jobs or cpus, max(1, sum(len(p.runs) for p in plans)))
    return plans, jobs, float(timeout or 1), out


def _archive_days(args: argparse.Namespace, facts: DatasetFacts, problems: list[str]) -> list[str]:
    span = facts.allowed_span
    if args.as_of is not None:
        problems.append("give --as-of or --from/--to/--every, not both")
    if span is None or facts.date_range is None:
        problems.append("the dataset has no dates: give --from and --to")
        return []
    bounds: list[date] = []
    for option, value, default in (("--from", args.start, span[0]), ("--to", args.end, facts.date_range[1])):
        try:
            day = date.fromisoformat(str(parse_value(option, "date", value))) if value is not None else default
        except (ParameterError, ValueError):
            day = None
        if day is None or not span[0] <= day <= span[1]:
            problems.append(f"{option} {shorten(value)}: expected a date as YYYY-MM-DD from {span[0]} to {span[1]}")
        else:
            bounds.append(day)
    if problems:
        return []
    if bounds[0] > bounds[1]:
        problems.append(f"--from {bounds[0]} is after --to {bounds[1]}: expected --from on or before --to")
        return []
    days = [d.isoformat() for d in archive_dates(bounds[0], bounds[1], args.every or "week")]
    if len(days) > MAX_RUNS:
        problems.append(f"--from/--to/--every: {len(days)} runs; expected at most {MAX_RUNS}")
    return days


def _on_sigterm(signum: int, frame: Any) -> NoReturn:
    raise SystemExit(143)  # a scheduler stopping the job: cleaned up like Ctrl-C, below


def _run_locked(
    plans: list[Plan], registry: Registry, facts: DatasetFacts, out: Path, jobs: int, timeout: float
) -> int:
    from analysis.reports import output
    from analysis.reports.pool import Task, run_all

    started, t0 = utc_now(), time.monotonic()
    tmps = {plan.as_of: output.new_run_dir(out, plan.as_of) for plan in plans}
    tasks = [
        Task(i, p.report.name, p.report.title, p.report.notebook, tmps[as_of], as_of, p.given, timeout)
        for i, (as_of, p) in enumerate((plan.as_of, p) for plan in plans for p in plan.runs)
    ]
    in_main = threading.current_thread() is threading.main_thread()  # only it may set handlers
    old_term = signal.signal(signal.SIGTERM, _on_sigterm) if in_main else None

    def tick(task: Task, r: Any) -> None:
        state = "done" if r.ok else "TIMED OUT" if r.kind == "timeout" else "FAILED"
        print(f"  {task.name}{f' {task.as_of}' if len(plans) > 1 else ''}  {state}  {r.duration_s:.1f} s", flush=True)

    try:
        info = {"dataset": fingerprint(), "git": output.git_state(), "versions": output.package_versions()}
        results = run_all(tasks, jobs, paths.DATA_DIR, tick)
    except (KeyboardInterrupt, SystemExit) as exc:
        for tmp in tmps.values():
            shutil.rmtree(tmp, ignore_errors=True)
        _err("interrupted: nothing was published")
        return 143 if isinstance(exc, SystemExit) else 130
    finally:
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
    codes = []
    for plan in plans:
        mine = [(t, r) for t, r in zip(tasks, results, strict=True) if t.as_of == plan.as_of]
        manifest = _manifest(plan, mine, tmps[plan.as_of], info, started, t0, jobs, timeout, registry)
        codes.append(_finish(plan, mine, tmps[plan.as_of], out, manifest))
    output.update_latest(out)
    output.write_archive(out, [(r["reported_on"][:10], r["metric"]) for r in facts.rows("claims")])
    if len(plans) > 1:
        print(display_path(out / "index.html"))
    return EXIT_FAILED if EXIT_FAILED in codes else max(codes)


def _finish(plan: Plan, mine: list[Any], tmp: Path, out: Path, manifest: dict[str, Any]) -> int:
    from analysis.reports import output

    if failures := [r for _, r in mine if not r.ok]:
        write_json(tmp / "manifest.json", manifest)
        tmp.rename(kept := output.failed_dir(out))  # onto the new empty folder
        for r in failures:
            _err(r.headline)
            for line in r.details:
                print(f"       {line}", file=sys.stderr)
        _err(f"as of {plan.as_of}: nothing published; notebooks of this run kept in {display_path(kept)}/")
        return EXIT_USAGE if all(r.kind == "parameter" for r in failures) else EXIT_FAILED
    output.carry_over(out / plan.as_of, tmp, manifest)
    write_json(tmp / "manifest.json", manifest)
    output.write_index(tmp, manifest)
    output.publish(tmp, out, plan.as_of)
    for task, _ in mine:
        print(display_path(out / plan.as_of / f"{task.name}.html"))
    print(display_path(out / plan.as_of / "index.html"))
    return EXIT_OK


def _manifest(plan: Plan, mine: list[Any], tmp: Path, info: dict[str, Any], started: str, t0: float,
              jobs: int, timeout: float, registry: Registry) -> dict[str, Any]:  # fmt: skip
    reports: dict[str, Any] = {}
    for (task, r), planned in zip(mine, plan.runs, strict=True):
        name, files = task.name, {"html": f"{task.name}.html", "ipynb": f"{task.name}.ipynb", "md": f"{task.name}.md"}
        reports[name] = {
            "title": planned.report.title,
            "description": planned.report.description,
            "notebook": display_path(planned.report.notebook, paths.PROJECT_ROOT),
            "parameters": planned.effective,
            "status": "ok" if r.ok else "failed",
            "started": r.started_at,
            "finished": r.finished_at,
            "duration_s": r.duration_s,
            "timings_s": r.timings,
            "dataset_digest": info["dataset"]["digest"],
            **({**files, "html_sha256": sha256_file(tmp / files["html"])} if r.ok else {"error": r.headline}),
        }
    argv = sys.argv[2:] if sys.argv[1:2] == ["report"] else None
    return {
        "format": 1,
        "as_of": plan.as_of,
        "status": "ok" if all(r.ok for _, r in mine) else "failed",
        "started": started,
        "finished": utc_now(),
        "duration_s": round(time.monotonic() - t0, 3),
        "command": shlex.join([Path(sys.executable).name, "-m", "analysis", "report", *argv]) if argv else None,
        "jobs": jobs,
        "timeout_s": timeout,
        "registry": display_path(registry.path, paths.PROJECT_ROOT),
        **info,
        "reports": reports,
    }


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
