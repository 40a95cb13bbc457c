"""``python -m analysis report``: run report notebooks and publish them as HTML.

The scheduler's entry point. Reports are listed in ``notebooks/reports.yaml`` (the registry;
``--registry FILE`` or env ``NKR_REPORT_REGISTRY`` point elsewhere)::

    python -m analysis report situation_report --as-of 2025-03-27
    python -m analysis report --all -p since 2025-01-01 --jobs 2
    python -m analysis report situation_report --from 2025-01-06 --to 2025-03-24 --every week
    python -m analysis report --list

Every value is checked before any kernel starts. Each ``as_of`` of a run is written into
``DIR/.tmp-<as_of>-*`` and published as ``DIR/<as_of>/`` (``.ipynb``, ``.html`` and ``.md``
per report, ``index.html``, ``manifest.json``) only if every report of that day succeeded;
``DIR/latest`` points at the newest complete run and ``DIR/index.html`` lists them all.
A failed day is kept in ``DIR/_failed/<timestamp>/`` and changes nothing else.

Environment: ``NKR_DATA_DIR`` (dataset folder, passed on to the kernels), ``NKR_REPORTS_DIR``
(default ``--out``), ``NKR_REPORT_REGISTRY`` (default ``--registry``).

Exit codes: 0 all reports published; 1 a report failed (or timed out, or its kernel died), or
the system refused a write; 2 a bad command line, parameter or registry (nothing written), or
a ``ParameterError`` raised inside a notebook; 3 another run holds ``DIR/.lock`` and
``--no-wait`` was given; 130/143 interrupted (SIGINT/SIGTERM; nothing published).

The reports layer is the top one: it may import every layer below it; nothing imports it.
"""

from __future__ import annotations

import argparse
import csv
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
from typing import Any

from analysis import paths
from analysis.files import display_path, sha256_file
from analysis.reports.registry import (
    DatasetFacts,
    Plan,
    Registry,
    RegistryError,
    collect,
    expected,
    load_registry,
    plan_run,
    resolve_as_of,
    select,
    shorten,
)

DEFAULT_TIMEOUT = 300.0
MAX_TIMEOUT, MAX_JOBS, MAX_RUNS = 7 * 86400.0, 64, 600
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
        help="set a parameter (repeatable); REPORT.NAME sets it for one report only; lists are comma-separated")  # fmt: skip
    add(
        "--params-file",
        type=Path,
        metavar="FILE.yaml",
        help="parameters from YAML: NAME: VALUE, or REPORT: {NAME: VALUE}; -p wins",
    )
    add("--out", type=Path, metavar="DIR", help="output folder (default: reports/, or env NKR_REPORTS_DIR)")
    add("--jobs", "-j", metavar="N", help="reports run at once (default: CPU cores, at most the number of reports)")
    add("--timeout", default=str(DEFAULT_TIMEOUT), metavar="SECONDS",
        help=f"limit per report, each cell and whole (default: {DEFAULT_TIMEOUT:g})")  # fmt: skip
    add("--no-wait", action="store_true", help="if another run is writing to DIR, exit 3 at once instead of waiting")
    add(
        "--registry",
        type=Path,
        metavar="FILE",
        help="report registry (default: notebooks/reports.yaml, or env NKR_REPORT_REGISTRY)",
    )
    add("--debug", action="store_true", help="show Python tracebacks instead of one-line errors")


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Run the command; return the exit code. Every problem is one line unless ``--debug``."""
    try:
        return _run(args)
    except KeyboardInterrupt:
        _err("interrupted: nothing was published")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        if args.debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"{where}{exc.strerror or exc}")
        return EXIT_FAILED
    except Exception as exc:
        if args.debug:
            raise
        _err(f"internal error: {type(exc).__name__}: {shorten(str(exc), 300)} (--debug shows the traceback)")
        return EXIT_FAILED


def _run(args: argparse.Namespace) -> int:
    try:
        registry = load_registry(args.registry)
    except RegistryError as exc:
        _err(str(exc))
        return EXIT_USAGE
    facts = DatasetFacts()
    if args.list:
        print_list(registry, facts)
        return EXIT_OK
    plans, jobs, timeout, out, problems = _plans(args, registry, facts)
    for problem in dict.fromkeys(problems):
        _err(problem)
    if problems:
        return EXIT_USAGE
    from analysis.reports import output

    try:
        with output.locked(out, wait=not args.no_wait, say=lambda m: print(m, file=sys.stderr, flush=True)):
            output.clean_stale(out)
            return _run_locked(plans, registry, out, jobs, timeout)
    except output.BusyError as exc:
        _err(str(exc))
        return EXIT_BUSY


def _number(text: str, option: str, kind: type, low: float, high: float) -> tuple[Any, str | None]:
    try:
        value = kind(text)
    except (TypeError, ValueError, OverflowError):
        value = None
    if value is None or (isinstance(value, float) and not math.isfinite(value)) or not low <= value <= high:
        what = "a whole number" if kind is int else "a number of seconds"
        return None, f"{option} {shorten(text)}: expected {what} from {low:g} to {high:g}"
    return value, None


def archive_dates(start: date, end: date, every: str) -> list[date]:
    """The as_of days from ``start`` to ``end``: ``end`` and every week (or month) before it."""
    days: list[date] = []
    n = 0
    while True:
        if every == "week":
            day = end - timedelta(weeks=n)
        else:
            y, m = divmod(end.year * 12 + end.month - 1 - n, 12)
            import calendar

            day = date(y, m + 1, min(end.day, calendar.monthrange(y, m + 1)[1]))
        if day < start:
            return sorted(days)
        days.append(day)
        n += 1


def _plans(
    args: argparse.Namespace, registry: Registry, facts: DatasetFacts
) -> tuple[list[Plan], int, float, Path, list[str]]:
    problems: list[str] = []
    timeout, problem = _number(str(args.timeout), "--timeout", float, 0.001, MAX_TIMEOUT)
    problems += [problem] if problem else []
    if timeout is not None and timeout <= 0:
        problems.append(f"--timeout {shorten(args.timeout)}: expected a number of seconds above 0")
    jobs = None
    if args.jobs is not None:
        jobs, problem = _number(str(args.jobs), "--jobs", int, 1, MAX_JOBS)
        problems += [problem] if problem else []
    file_params: dict[str, Any] = {}
    if args.params_file is not None:
        file_params, problem = read_params_file(args.params_file)
        problems += [problem] if problem else []
    out = (args.out or paths.REPORTS_DIR).expanduser().absolute()
    if out.exists() and not out.is_dir():
        problems.append(f"--out {display_path(out)}: not a folder")
    missing = facts.missing_tables()
    if missing and not problems:
        problems.append(f"{display_path(missing[0])} is missing: run `python -m analysis build` (or set NKR_DATA_DIR)")
    selected = select(registry, list(args.reports), args.all, problems)
    requested = collect(registry, [(str(n), str(v)) for n, v in args.param], file_params)
    if problems:
        return [], 1, 1.0, out, problems
    if args.start or args.end or args.every:
        if args.as_of is not None:
            problems.append("give --as-of or --from/--to/--every, not both")
        span = facts.allowed_span
        if span is None:
            return [], 1, 1.0, out, ["the dataset has no dates: give --from and --to"]
        bounds = []
        for option, value, default in (("--from", args.start, span[0]), ("--to", args.end, facts.date_range[1])):  # type: ignore[index]
            day = _day(value) if value is not None else default
            if day is None or not span[0] <= day <= span[1]:
                problems.append(f"{option} {shorten(value)}: expected a date as YYYY-MM-DD from {span[0]} to {span[1]}")
            bounds.append(day)
        if problems:
            return [], 1, 1.0, out, problems
        if bounds[0] is None or bounds[1] is None:
            return [], 1, 1.0, out, problems
        if bounds[0] > bounds[1]:
            return [], 1, 1.0, out, [f"--from {bounds[0]} is after --to {bounds[1]}: expected --from on or before --to"]
        days = [d.isoformat() for d in archive_dates(bounds[0], bounds[1], args.every or "week")]
        if len(days) > MAX_RUNS:
            return [], 1, 1.0, out, [f"--from/--to/--every: {len(days)} runs; expected at most {MAX_RUNS}"]
        if requested.get("", {}).pop("as_of", None) is not None:
            problems.append("as_of comes from --from/--to in an archive run")
    else:
        days = [resolve_as_of(args.as_of, requested, facts, problems)]
    plans = [plan_run(registry, selected, day, requested, facts) for day in days if day] if not problems else []
    from analysis.reports import output

    for plan in plans:
        problems += plan.errors
        if not plan.errors and (why := output.check_target(out, plan.as_of)):
            problems.append(why)
    n_runs = sum(len(p.runs) for p in plans)
    return plans, min(jobs or _cpus(), max(1, n_runs)), float(timeout or 1), out, problems


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if len(text.strip()) == 10 else None
    except ValueError:
        return None


def read_params_file(path: Path) -> tuple[dict[str, Any], str | None]:
    """A ``--params-file`` as a mapping, or a one-line problem (aliases refused, 1 MB at most)."""
    import yaml

    shown = f"--params-file {display_path(path)}"
    try:
        if path.stat().st_size > 1_000_000:
            return {}, f"{shown}: larger than 1 MB; expected a short YAML mapping"
        text = path.read_text(encoding="utf-8")
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=yaml.SafeLoader)):
            return {}, f"{shown}: YAML aliases (*name) are not allowed; write each value out"
        data = yaml.safe_load(text) or {}
    except OSError as exc:
        return {}, f"{shown}: {exc.strerror or exc}"
    except UnicodeDecodeError as exc:
        return {}, f"{shown}: not UTF-8 text (byte {exc.start})"
    except yaml.YAMLError as exc:
        return {}, f"{shown}: not valid YAML: {shorten(' '.join(str(exc).split()), 200)}"
    if not isinstance(data, dict):
        return {}, f"{shown}: expected a mapping of NAME: VALUE"
    return {str(k): v for k, v in data.items()}, None


def _cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class _TerminatedError(Exception):
    """SIGTERM arrived (a scheduler stopping the job)."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _TerminatedError()


def _run_locked(plans: list[Plan], registry: Registry, out: Path, jobs: int, timeout: float) -> int:
    from analysis.reports import output
    from analysis.reports.pool import Pool, Task

    started, t0 = output.utc_now(), time.monotonic()
    tmps: dict[str, Path] = {}
    tasks: list[Task] = []
    for plan in plans:
        tmps[plan.as_of] = output.new_run_dir(out, plan.as_of)
        for p in plan.runs:
            links = {
                "Report": f"{p.report.name}.html",
                "All reports of this day": "index.html",
                "Archive": "../index.html",
            }
            tasks.append(
                Task(
                    len(tasks),
                    p.report.name,
                    p.report.title,
                    p.report.notebook,
                    tmps[plan.as_of],
                    plan.as_of,
                    p.given,
                    timeout,
                    links,
                )
            )
    pool = Pool(tasks, jobs, paths.DATA_DIR)
    main_thread = threading.current_thread() is threading.main_thread()
    old_term = signal.signal(signal.SIGTERM, _on_sigterm) if main_thread else None
    shown: set[int] = set()

    def tick(pool: Pool) -> None:
        for task in tasks:
            if task.index in pool.results and task.index not in shown:
                shown.add(task.index)
                r = pool.results[task.index]
                state = "done" if r.ok else "TIMED OUT" if r.kind == "timeout" else "FAILED"
                day = f" {task.as_of}" if len(plans) > 1 else ""
                print(f"  {task.name}{day}  {state}  {r.duration_s:.1f} s", flush=True)

    try:
        info = {
            "dataset": output.dataset_info(paths.DATA_DIR),
            "versions": output.package_versions(),
            "git": output.git_state(),
        }
        results = pool.run(tick)
    except (KeyboardInterrupt, _TerminatedError) as exc:
        pool.cancel()
        for tmp in tmps.values():
            shutil.rmtree(tmp, ignore_errors=True)
        _err("interrupted: nothing was published")
        return 143 if isinstance(exc, _TerminatedError) else 130
    finally:
        if main_thread and old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
    code = EXIT_OK
    for plan in plans:
        mine = [(t, r) for t, r in zip(tasks, results, strict=True) if t.as_of == plan.as_of]
        code = max(
            code, _finish(plan, mine, tmps[plan.as_of], out, info, started, t0, jobs, timeout, registry), key=_severity
        )
    output.update_latest(out, say=lambda m: print(m, file=sys.stderr))
    output.write_archive(out, claim_days(paths.DATA_DIR))
    if len(plans) > 1:
        print(display_path(out / "index.html"))
    return code


def _severity(code: int) -> int:
    return {EXIT_OK: 0, EXIT_USAGE: 1, EXIT_FAILED: 2}.get(code, 3)


def _finish(plan: Plan, mine: list[Any], tmp: Path, out: Path, info: dict[str, Any], started: str, t0: float,
            jobs: int, timeout: float, registry: Registry) -> int:  # fmt: skip
    from analysis.reports import output

    manifest = _manifest(plan, mine, tmp, info, started, t0, jobs, timeout, registry)
    failures = [r for _, r in mine if not r.ok]
    if failures:
        output.write_json(tmp / "manifest.json", manifest)
        kept = output.failed_dir(out)
        tmp.rename(kept)
        for r in failures:
            _err(r.headline)
            for line in r.details:
                print(f"       {line}", file=sys.stderr)
        _err(f"as of {plan.as_of}: nothing published; notebooks of this run kept in {display_path(kept)}/")
        return EXIT_USAGE if all(r.kind == "parameter" for r in failures) else EXIT_FAILED
    output.carry_over(out / plan.as_of, tmp, manifest)
    output.write_json(tmp / "manifest.json", manifest)
    output.write_index(tmp, manifest)
    output.publish(tmp, out, plan.as_of)
    for task, _ in mine:
        print(display_path(out / plan.as_of / f"{task.name}.html"))
    print(display_path(out / plan.as_of / "index.html"))
    return EXIT_OK


def _manifest(plan: Plan, mine: list[Any], tmp: Path, info: dict[str, Any], started: str, t0: float,
              jobs: int, timeout: float, registry: Registry) -> dict[str, Any]:  # fmt: skip
    from analysis.reports import output

    reports: dict[str, Any] = {}
    for (task, r), planned in zip(mine, plan.runs, strict=True):
        rep = planned.report
        entry: dict[str, Any] = {
            "title": rep.title,
            "description": rep.description,
            "notebook": display_path(rep.notebook, paths.PROJECT_ROOT),
            "parameters": planned.effective,
            "status": "ok" if r.ok else "failed",
            "started": r.started_at,
            "finished": r.finished_at,
            "duration_s": r.duration_s,
            "timings_s": r.timings,
            "dataset_digest": info["dataset"]["digest"],
        }
        if r.ok:
            html = tmp / f"{task.name}.html"
            entry.update(
                html=html.name, ipynb=f"{task.name}.ipynb", md=f"{task.name}.md", html_sha256=sha256_file(html)
            )
        else:
            entry["error"] = r.headline
        reports[task.name] = entry
    argv = sys.argv[2:] if sys.argv[1:2] == ["report"] else None
    return {
        "format": 1,
        "as_of": plan.as_of,
        "status": "ok" if all(r.ok for _, r in mine) else "failed",
        "started": started,
        "finished": output.utc_now(),
        "duration_s": round(time.monotonic() - t0, 3),
        "command": shlex.join([Path(sys.executable).name, "-m", "analysis", "report", *argv])
        if argv is not None
        else None,
        "jobs": jobs,
        "timeout_s": timeout,
        "registry": display_path(registry.path, paths.PROJECT_ROOT),
        **info,
        "reports": reports,
    }


def claim_days(data_dir: Path) -> list[tuple[str, str]]:
    """``(reported_on, metric)`` of every claim in ``data/clean/claims.csv`` (for "what changed")."""
    try:
        with (paths.clean_dir(data_dir) / "claims.csv").open(encoding="utf-8", newline="") as fh:
            return [((r.get("reported_on") or "")[:10], r.get("metric") or "") for r in csv.DictReader(fh)]
    except (OSError, UnicodeDecodeError, csv.Error):
        return []


def print_list(registry: Registry, facts: DatasetFacts) -> None:
    """Print every report with its parameters, types, defaults and allowed values."""
    span = None if facts.missing_tables() else facts.date_range
    newest = f" = {span[1]}" if span else ""
    for name, rep in registry.reports.items():
        print(f"{name}: {rep.title}")
        if rep.description:
            print(f"    {rep.description}")
        print(f"    notebook: {display_path(rep.notebook, paths.PROJECT_ROOT)}")
        for pname, p in rep.parameters.items():
            default = f"newest date in the dataset{newest}" if pname == "as_of" else repr(p.default)
            print(f"    {pname} ({p.type}, default {default})" + (f": {p.description}" if p.description else ""))
            if isinstance(p.allowed, str):
                values = facts.vocabulary(p.allowed)
                print(f"        allowed: {p.allowed}: {', '.join(values) if values else '(dataset not built)'}")
            elif p.allowed is not None:
                print(f"        allowed: {', '.join(str(a) for a in p.allowed)}")
            elif p.item_type == "date" and span:
                print(f"        {expected(p)}, {span[0]} to today")
    if span is None:
        print("(dates: data/clean is not built; run `python -m analysis build`)")
