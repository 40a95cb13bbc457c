"""Running plans and publishing them: ``run_plans(plans, *, out, jobs, timeout)``, callable from Python.

::

    from analysis.reports import plan_reports, run_plans
    results = run_plans(plan_reports(["situation_report"], as_of="2025-03-27"), out=Path("reports"))
    results[0].ok, results[0].folder, results[0].manifest.reports["situation_report"].html

Each plan (one ``as_of``) is published as ``out/<as_of>/`` only if every report of that day
succeeded; otherwise its notebooks and manifest are kept in ``out/_failed/<timestamp>-*/`` and
nothing published changes (``output`` describes the folder layout). All plans share one pool
of ``jobs`` workers. With ``reuse`` (the default), a report whose published page of that day
was made from what it would be made from now (its ``fingerprint``: the rows visible that day,
the notebook, the parameters, the code, the packages) is kept, not re-run; a day whose every
report is kept is left as it is, no kernel started and no file written. ``out`` is checked
first (not the root or home folder in any spelling, a folder, no ``<as_of>`` or ``index.html``
there that this tool did not write): a problem is a ``UsageError`` and nothing is written.
While it runs, ``out/.lock`` is held; another run waits, or with ``wait=False`` gets
``LockBusyError``.

Nothing here parses a command line or prints, except through ``progress`` (called as each
report ends) and ``on_wait`` (called once if the lock is held by another run).
"""

from __future__ import annotations

import math
import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis import paths
from analysis.data.facts import DatasetFacts, fingerprint
from analysis.errors import Problem, UsageError, shorten
from analysis.files import display_path, is_root_or_home, locked, sha256_file, utc_now
from analysis.reports import fingerprint as prints
from analysis.reports import manifest, output
from analysis.reports.manifest import Manifest, ReportEntry
from analysis.reports.plan import Plan, with_since
from analysis.reports.pool import Result, Task

DEFAULT_TIMEOUT, MIN_TIMEOUT, MAX_TIMEOUT, MAX_JOBS = 300.0, 0.001, 7 * 86400.0, 64


@dataclass
class RunResult:
    """What became of one plan: published (``ok``) or kept as failed, with its manifest."""

    as_of: str
    ok: bool
    folder: Path  # out/<as_of> when published, else the out/_failed/... folder keeping the notebooks
    manifest: Manifest
    failures: list[tuple[str, Result]] = field(default_factory=list)  # (report name, what happened)
    reused: list[str] = field(default_factory=list)  # reports kept from the published run: same fingerprint

    @property
    def only_parameter_errors(self) -> bool:
        """True if every failure was a ``ParameterError`` raised in a notebook (bad input, not a crash)."""
        return bool(self.failures) and all(r.kind == "parameter" for _, r in self.failures)


def check_options(
    out: Path | str | None, jobs: int | str | None, timeout: float | str, option: str = "--out"
) -> tuple[Path, int | None, float]:
    """``out``, ``jobs`` and ``timeout`` checked (``UsageError`` naming each bad one, ``out`` by
    ``option``, the name the user gave it), as values.

    ``out`` defaults to ``reports/`` (env ``NKR_REPORTS_DIR``); ``jobs`` is 1 to ``MAX_JOBS``
    (None: one per CPU core); ``timeout`` seconds per report, ``MIN_TIMEOUT`` to ``MAX_TIMEOUT``.
    """
    problems: list[Problem] = []
    folder = Path(out or paths.REPORTS_DIR).expanduser().absolute()
    if is_root_or_home(folder):
        problems.append(
            Problem.of(f"{option} {folder}: expected a folder for the reports, not the root or home folder")
        )
    elif folder.exists() and not folder.is_dir():
        problems.append(Problem.of(f"{option} {display_path(folder)}: not a folder"))
    checked: dict[str, float | None] = {"--jobs": None, "--timeout": MIN_TIMEOUT}
    for option, value, kind, low, high in (
        ("--jobs", jobs, int, 1, MAX_JOBS),
        ("--timeout", timeout, float, MIN_TIMEOUT, MAX_TIMEOUT),
    ):
        try:
            checked[option] = None if value is None else number(value, option, kind, low, high)
        except UsageError as exc:
            problems += exc.problems
    if problems:
        raise UsageError(problems)
    found_jobs, found_timeout = checked["--jobs"], checked["--timeout"]
    return folder, None if found_jobs is None else int(found_jobs), float(found_timeout or MIN_TIMEOUT)


def number(text: object, option: str, kind: type, low: float, high: float) -> float:
    """An option's value as a number from ``low`` to ``high`` (``kind`` int or float), or ``UsageError``."""
    try:
        if not isinstance(text, bool) and math.isfinite(value := kind(text)) and low <= value <= high:
            return float(value)
    except (TypeError, ValueError, OverflowError):
        pass
    what = "a whole number" if kind is int else "a number of seconds"
    raise UsageError(f"{option} {shorten(str(text))}: expected {what} from {low:g} to {high:g}")


def check_out(out: Path, plans: Sequence[Plan], option: str = "--out") -> None:
    """``UsageError`` if publishing ``plans`` into ``out`` would replace something this tool did not write."""
    problems = [
        f"{option} {display_path(out)}: {plan.as_of} there was not written by this tool; move it away"
        for plan in plans
        if not output.target_is_ours(out, plan.as_of)
    ]
    if not output.index_is_ours(out / "index.html"):
        problems.append(f"{option} {display_path(out)}: index.html there was not written by this tool; move it away")
    if problems:
        raise UsageError(problems)


def run_plans(
    plans: Sequence[Plan],
    *,
    out: Path | str | None = None,
    jobs: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    wait: bool = True,
    progress: Callable[[Task, Result], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    command: str | None = None,
    facts: DatasetFacts | None = None,
    reuse: bool = True,
    option: str = "--out",
) -> list[RunResult]:
    """Run every plan's reports (``jobs`` at once, ``timeout`` seconds each) and publish each day.

    Returns one ``RunResult`` per plan, in order. Raises ``UsageError`` for a bad ``out``,
    ``jobs`` or ``timeout`` (nothing written), ``LockBusyError`` when another run holds
    ``out/.lock`` and ``wait`` is False; ``KeyboardInterrupt`` and ``SystemExit`` pass
    through after every worker and kernel is stopped and nothing is published. ``option`` is
    how problems with ``out`` name it (the site's runs folder is its ``--runs``).
    """
    folder, checked_jobs, checked_timeout = check_options(out, jobs, timeout, option)
    check_out(folder, plans, option)
    facts = facts or DatasetFacts()
    folder.mkdir(parents=True, exist_ok=True)
    with locked(folder / ".lock", None if wait else 0, on_wait):
        output.clean_stale(folder)
        check_out(folder, plans, option)  # again, now that no other run can change it
        first = facts.allowed_span[0] if facts.allowed_span else None  # "since" counts from the run before
        plans = with_since(plans, output.previous_days(folder, [p.as_of for p in plans]), first)
        results = _run_locked(plans, folder, checked_jobs, checked_timeout, progress, command, reuse)
        output.update_latest(folder)
        output.write_archive(folder, [(r["reported_on"][:10], r["metric"]) for r in facts.rows("claims")])
    return results


def jobs_for(plans: Sequence[Plan], jobs: int | None) -> int:
    """Workers for ``plans``: ``jobs``, else one per CPU core; never more than there are reports."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(jobs or cpus, max(1, sum(len(p.runs) for p in plans)))


def _run_locked(plans: Sequence[Plan], out: Path, jobs: int | None, timeout: float,
                progress: Callable[[Task, Result], None] | None, command: str | None,
                reuse: bool = True) -> list[RunResult]:  # fmt: skip
    from analysis.reports.pool import run_all

    dataset, git, versions = fingerprint(), output.git_state(), output.package_versions()
    made_from = prints.fingerprints(plans, versions)
    kept = {plan.as_of: prints.reusable(out / plan.as_of, plan, made_from) if reuse else {} for plan in plans}
    todo = [plan for plan in plans if len(kept[plan.as_of]) < len(plan.runs)]
    started, t0 = utc_now(), time.monotonic()
    tmps = {plan.as_of: output.new_run_dir(out, plan.as_of) for plan in todo}
    pairs = [(plan, p) for plan in todo for p in plan.runs if p.report.name not in kept[plan.as_of]]
    workers = min(jobs_for(plans, jobs), max(1, len(pairs)))
    tasks = [
        Task(
            index=i,
            name=p.report.name,
            title=p.report.title,
            notebook=p.report.notebook,
            folder=tmps[plan.as_of],
            as_of=plan.as_of,
            parameters=dict(p.given),
            timeout=timeout,
        )
        for i, (plan, p) in enumerate(pairs)
    ]
    try:
        results = run_all(tasks, workers, paths.DATA_DIR, progress or (lambda task, result: None)) if tasks else []
    except BaseException:  # interrupted: nothing is published
        for tmp in tmps.values():
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    done = {}
    for plan in todo:
        mine = [(t, r) for t, r in zip(tasks, results, strict=True) if t.as_of == plan.as_of]
        run = Manifest(
            as_of=plan.as_of,
            status="ok" if all(r.ok for _, r in mine) else "failed",
            started=started,
            finished=utc_now(),
            duration_s=round(time.monotonic() - t0, 3),
            command=command,
            jobs=workers,
            timeout_s=timeout,
            registry=display_path(plan.registry, paths.PROJECT_ROOT),
            dataset=dataset,
            git=git,
            versions=versions,
            reports={t.name: _entry(plan, t, r, dataset["digest"], made_from) for t, r in mine},
        )
        done[plan.as_of] = _finish(plan, mine, tmps[plan.as_of], out, run)
        done[plan.as_of].reused = list(kept[plan.as_of])
    return [done.get(plan.as_of) or _kept(plan, out) for plan in plans]


def _kept(plan: Plan, out: Path) -> RunResult:
    """A day whose every report is reused: its published run, untouched."""
    run = manifest.read(out / plan.as_of)
    assert run is not None  # prints.reusable read it
    return RunResult(plan.as_of, True, out / plan.as_of, run, reused=[p.report.name for p in plan.runs])


def _entry(plan: Plan, task: Task, result: Result, digest: str, made_from: dict[tuple[str, str], str]) -> ReportEntry:
    planned = next(p for p in plan.runs if p.report.name == task.name)
    entry = ReportEntry(
        title=planned.report.title,
        description=planned.report.description,
        notebook=display_path(planned.report.notebook, paths.PROJECT_ROOT),
        parameters=dict(planned.effective),
        status="ok" if result.ok else "failed",
        started=result.started_at,
        finished=result.finished_at,
        duration_s=result.duration_s,
        timings_s=result.timings,
        dataset_digest=digest,
        fingerprint=made_from[(plan.as_of, task.name)],
    )
    if not result.ok:
        entry.error = result.headline
        return entry
    entry.html, entry.ipynb, entry.md = (f"{task.name}.{ext}" for ext in ("html", "ipynb", "md"))
    entry.html_sha256 = sha256_file(task.folder / entry.html)
    return entry


def _finish(plan: Plan, mine: list[tuple[Task, Result]], tmp: Path, out: Path, run: Manifest) -> RunResult:
    failures = [(t.name, r) for t, r in mine if not r.ok]
    if failures:
        run.write(tmp)
        tmp.rename(kept := output.failed_dir(out))  # onto the new empty folder
        return RunResult(plan.as_of, False, kept, run, failures)
    output.carry_over(out / plan.as_of, tmp, run)
    run.write(tmp)
    output.write_index(tmp, run)
    output.publish(tmp, out, plan.as_of)
    return RunResult(plan.as_of, True, out / plan.as_of, run)
