"""``python -m analysis report``: run report notebooks and publish them as HTML.

The scheduler's entry point. Reports are listed in ``notebooks/reports.yaml`` (the registry;
``--registry FILE`` or env ``NKR_REPORT_REGISTRY`` point elsewhere)::

    python -m analysis report situation_report --as-of 2025-03-27
    python -m analysis report --all -p since 2025-01-01 --jobs 2
    python -m analysis report --list

Every value is checked against the registry before any kernel starts. A run writes into
``DIR/.tmp-<as_of>-<pid>`` and is published as ``DIR/<as_of>/`` (``.ipynb`` and ``.html`` per
report, ``index.html``, ``manifest.json``) only if every report succeeded; ``DIR/latest``
then points at the newest complete run. A failed run is kept in ``DIR/_failed/<timestamp>/``
and changes nothing else.

Environment: ``NKR_DATA_DIR`` (dataset folder, passed on to the kernels), ``NKR_REPORTS_DIR``
(default ``--out``), ``NKR_REPORT_REGISTRY`` (default ``--registry``), ``NKR_REPORT_FORK=0``
(start each kernel the usual way instead of forking it from the zygote), ``NO_COLOR``.

Exit codes: 0 all reports published; 1 a report failed (or timed out, or its kernel died);
2 a bad command line, parameter or registry (nothing written), or a ``ParameterError``
raised inside a notebook; 3 another run holds ``DIR/.lock`` and ``--no-wait`` was given;
130/143 interrupted (SIGINT/SIGTERM; nothing published).

The reports layer is the top one: it may import every layer below it (``present``,
``measures``, ``intake``, ``data``) and the foundation modules; nothing imports it.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.files import display_path, sha256_file
from analysis.reports.registry import (
    DatasetFacts,
    Plan,
    Registry,
    RegistryError,
    expected,
    load_registry,
    plan_run,
)

DEFAULT_TIMEOUT = 300.0
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the ``report`` command's arguments."""
    parser.add_argument("reports", nargs="*", metavar="NAME", help="reports to run (see --list)")
    parser.add_argument("--all", action="store_true", help="run every report in the registry")
    parser.add_argument("--list", action="store_true", help="list reports with their parameters and defaults")
    parser.add_argument(
        "--as-of", metavar="DATE", help="last day of data to include (default: the newest date in the dataset)"
    )
    parser.add_argument(
        "-p",
        "--param",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="set a parameter (repeatable); REPORT.NAME sets it for one report only; lists are comma-separated",
    )
    parser.add_argument(
        "--params-file",
        type=Path,
        metavar="FILE.yaml",
        help="parameters from YAML: NAME: VALUE, or REPORT: {NAME: VALUE}; -p wins",
    )
    parser.add_argument(
        "--out", type=Path, metavar="DIR", help="output folder (default: reports/, or env NKR_REPORTS_DIR)"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help="reports run at once (default: CPU cores, at most the number of reports)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"limit per report, each cell and whole (default: {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--no-wait", action="store_true", help="if another run is writing to DIR, exit 3 at once instead of waiting"
    )
    parser.add_argument(
        "--registry",
        type=Path,
        metavar="FILE",
        help="report registry (default: notebooks/reports.yaml, or env NKR_REPORT_REGISTRY)",
    )


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Run the command; return the exit code."""
    try:
        registry = load_registry(args.registry)
    except RegistryError as exc:
        _err(str(exc))
        return EXIT_USAGE
    if args.list:
        print_list(registry, DatasetFacts())
        return EXIT_OK
    plan, problems = _plan(args, registry)
    for problem in problems:
        _err(problem)
    if problems:
        return EXIT_USAGE
    jobs = args.jobs if args.jobs is not None else min(_cpus(), len(plan.runs))
    out = (args.out or paths.REPORTS_DIR).resolve()

    from analysis.reports import output

    try:
        with output.locked(out, wait=not args.no_wait, say=lambda m: print(m, file=sys.stderr, flush=True)):
            output.clean_stale(out)
            return _run_locked(plan, registry, out, jobs, args.timeout)
    except output.BusyError as exc:
        _err(str(exc))
        return EXIT_BUSY


def _plan(args: argparse.Namespace, registry: Registry) -> tuple[Plan, list[str]]:
    problems: list[str] = []
    file_params: dict[str, Any] = {}
    if args.params_file is not None:
        file_params, problem = _read_params_file(args.params_file)
        if problem:
            return Plan(), [problem]
    if args.jobs is not None and args.jobs < 1:
        problems.append(f"--jobs {args.jobs}: expected 1 or more")
    if not args.timeout > 0:
        problems.append(f"--timeout {args.timeout:g}: expected a number of seconds above 0")
    plan = plan_run(
        registry,
        list(args.reports),
        args.all,
        args.as_of,
        [(str(n), str(v)) for n, v in args.param],
        file_params,
        DatasetFacts(),
    )
    return plan, plan.errors + problems


def _read_params_file(path: Path) -> tuple[dict[str, Any], str | None]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        return {}, f"--params-file {display_path(path)}: {exc.strerror or exc}"
    except yaml.YAMLError as exc:
        return {}, f"--params-file {display_path(path)}: not valid YAML: {' '.join(str(exc).split())}"
    if not isinstance(data, dict):
        return {}, f"--params-file {display_path(path)}: expected a mapping of NAME: VALUE"
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


def _run_locked(plan: Plan, registry: Registry, out: Path, jobs: int, timeout: float) -> int:
    from analysis.reports import output
    from analysis.reports.progress import Progress
    from analysis.reports.runner import Runner

    started, t0 = output.utc_now(), time.monotonic()
    tmp = out / f".tmp-{plan.as_of}-{os.getpid()}"
    tmp.mkdir(parents=True)
    runner = Runner(plan.runs, tmp, plan.as_of, jobs, timeout, registry.preload)
    progress = Progress(runner.jobs)
    main_thread = _in_main_thread()
    info: dict[str, Any] = {}
    old_term = signal.signal(signal.SIGTERM, _on_sigterm) if main_thread else None
    try:
        runner.start()
        info = {
            "dataset": output.dataset_info(paths.DATA_DIR),
            "versions": output.package_versions(),
            "git": output.git_state(),
        }
        runner.wait(progress.update)
    except (KeyboardInterrupt, _TerminatedError) as exc:
        runner.cancel()
        progress.finish()
        shutil.rmtree(tmp, ignore_errors=True)
        _err("interrupted: nothing was published")
        return 143 if isinstance(exc, _TerminatedError) else 130
    except BaseException:
        runner.cancel()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if main_thread and old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
        runner.cleanup()
    progress.finish()

    manifest = _manifest(plan, runner, info, started, t0, jobs, timeout, registry)
    failures = [j for j in runner.jobs if j.failure is not None]
    if failures:
        output.write_json(tmp / "manifest.json", manifest)
        kept = output.failed_dir(out)
        kept.parent.mkdir(parents=True, exist_ok=True)
        tmp.rename(kept)
        for job in failures:
            assert job.failure is not None
            _err(job.failure.headline)
            for line in job.failure.details:
                print(f"       {line.replace('{kept}', display_path(kept))}", file=sys.stderr)
        _err(f"nothing published; notebooks of this run kept in {display_path(kept)}/")
        only_params = all(j.failure is not None and j.failure.kind == "parameter" for j in failures)
        return EXIT_USAGE if only_params else EXIT_FAILED

    for log in [*tmp.glob("kernel-*.log"), tmp / "zygote.log"]:
        log.unlink(missing_ok=True)
    target = out / plan.as_of
    output.carry_over(target, tmp, manifest)
    output.write_json(tmp / "manifest.json", manifest)
    output.write_index(tmp, manifest)
    output.publish(tmp, target)
    output.update_latest(out)
    for job in runner.jobs:
        print(display_path(target / f"{job.name}.html"))
    print(display_path(target / "index.html"))
    return EXIT_OK


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _manifest(
    plan: Plan,
    runner: Any,
    info: dict[str, Any],
    started: str,
    t0: float,
    jobs: int,
    timeout: float,
    registry: Registry,
) -> dict[str, Any]:
    from analysis.reports import output

    reports: dict[str, Any] = {}
    for job in runner.jobs:
        rep = job.planned.report
        html = runner.tmp / f"{job.name}.html"
        entry: dict[str, Any] = {
            "title": rep.title,
            "description": rep.description,
            "notebook": display_path(rep.notebook, paths.PROJECT_ROOT),
            "parameters": job.planned.effective,
            "status": "ok" if job.failure is None else "failed",
            "started": job.started_at,
            "finished": job.finished_at,
            "duration_s": job.duration_s,
            "timings_s": job.timings,
            "dataset_digest": info["dataset"]["digest"],
        }
        if job.failure is None:
            entry.update(html=html.name, ipynb=f"{job.name}.ipynb", html_sha256=sha256_file(html))
        else:
            entry["error"] = job.failure.headline
        reports[job.name] = entry
    ok = all(j.failure is None for j in runner.jobs)
    return {
        "format": 1,
        "as_of": plan.as_of,
        "status": "ok" if ok else "failed",
        "started": started,
        "finished": output.utc_now(),
        "duration_s": round(time.monotonic() - t0, 3),
        "command": shlex.join([Path(sys.executable).name, "-m", "analysis", "report", *sys.argv[2:]])
        if sys.argv[1:2] == ["report"]
        else None,
        "jobs": jobs,
        "timeout_s": timeout,
        "registry": display_path(registry.path, paths.PROJECT_ROOT),
        **info,
        "reports": reports,
    }


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
            line = f"    {pname} ({p.type}, default {default})"
            if p.description:
                line += f": {p.description}"
            print(line)
            if isinstance(p.allowed, str):
                values = facts.vocabulary(p.allowed)
                print(f"        allowed: {p.allowed}: {', '.join(values) if values else '(dataset not built)'}")
            elif p.allowed is not None:
                print(f"        allowed: {', '.join(str(a) for a in p.allowed)}")
            elif p.item_type == "date" and span:
                print(f"        {expected(p)}, {span[0]} to {span[1]}")
    if span is None:
        print("(dates: data/clean is not built; run `python -m analysis build`)")
