"""Planning a report run: every value checked against the registry and the dataset before any kernel starts.

``plan_reports`` is the one entry point, for the command line and for Python alike; it
returns one ``Plan`` per ``as_of`` day, or raises ``UsageError`` carrying every problem at
once (``DataError`` when the dataset is not built or the registry is wrong).

The shape of a plan, which ``analysis.reports.runner.run_plans`` executes:

- ``Plan.as_of``: the day, ``YYYY-MM-DD``; it names the output folder ``DIR/<as_of>/``.
- ``Plan.registry``: the registry file the reports come from (recorded in the manifest).
- ``Plan.runs``: one ``Planned`` per report, in the order asked for:
  ``Planned.report`` (a ``registry.Report``: name, title, notebook, parameters),
  ``Planned.given`` (what papermill injects: ``as_of`` and the values set, typed), and
  ``Planned.effective`` (every parameter: given, else the notebook's default).

A plan is plain frozen data: two plans are equal when they would run the same notebooks
with the same values, so a caller can tell an archive day that needs no new run (same plan,
same ``dataset["digest"]`` and ``git["commit"]`` in the run's manifest) from one that does.

``as_of`` is checked here once per run (``resolve_as_of``, or ``archive_days`` for an archive,
whose days lie between checked bounds by construction); the notebook checks it once more
for runs from JupyterLab.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from analysis.data.facts import DatasetFacts
from analysis.errors import DataError, ParameterError, Problem, UsageError, shorten
from analysis.files import display_path
from analysis.params import expected, parse_value, read_params_file
from analysis.reports.registry import Param, Registry, Report, load_registry

MAX_RUNS = 600  # as_of days in one archive run
EVERY = ("week", "month")
T = TypeVar("T")


@dataclass(frozen=True)
class Planned:
    """A report to run: the values passed to papermill and every parameter's effective value."""

    report: Report
    given: Mapping[str, Any]  # what papermill injects (as_of plus what the user set), typed
    effective: Mapping[str, Any]  # every parameter: given, else the notebook's default


@dataclass(frozen=True)
class Plan:
    """What one run of one ``as_of`` day will do (see the module notes)."""

    as_of: str
    runs: tuple[Planned, ...]
    registry: Path


def plan_reports(
    names: Iterable[str] = (),
    *,
    all_reports: bool = False,
    as_of: str | date | None = None,
    params: Mapping[str, Any] | Iterable[tuple[str, Any]] = (),
    params_file: Path | None = None,
    start: str | date | None = None,
    end: str | date | None = None,
    every: str | None = None,
    registry: Registry | Path | None = None,
    facts: DatasetFacts | None = None,
) -> list[Plan]:
    """The plans of a run: ``names`` (or ``all_reports``) for one ``as_of``, or an archive.

    ``params`` maps ``NAME`` or ``REPORT.NAME`` to a value (text as on the command line, or a
    Python value); ``params_file`` values come first and ``params`` win. An archive is
    ``start``/``end``/``every`` (``week`` or ``month``; days end on ``end``). Defaults: the
    registry ``notebooks/reports.yaml``, ``as_of`` the newest date in the dataset.
    Raises ``UsageError`` with every problem found, ``DataError`` for the dataset or registry.
    """
    registry = registry if isinstance(registry, Registry) else load_registry(registry)
    facts = facts or DatasetFacts()
    problems: list[Problem] = []

    def attempt(step: Callable[..., T], *args: Any) -> T | None:
        try:
            return step(*args)
        except UsageError as exc:
            problems.extend(exc.problems)
            return None

    file_params = attempt(read_params_file, params_file) if params_file is not None else {}
    selected = attempt(select, registry, list(names), all_reports) or []
    pairs = list(params.items()) if isinstance(params, Mapping) else list(params)
    requested = collect(registry, [(str(n), v) for n, v in pairs], file_params or {})
    if problems:
        raise UsageError(problems)
    if missing := facts.missing_tables():
        shown = display_path(missing[0])
        raise DataError(Problem(shown, None, None, "is missing: run `python -m analysis build` (or set NKR_DATA_DIR)"))
    if start is not None or end is not None or every is not None:
        if as_of is not None:
            problems.append(Problem.of("give --as-of or --from/--to/--every, not both"))
        if requested.get("", {}).pop("as_of", None) is not None:
            problems.append(Problem.of("as_of comes from --from/--to in an archive run"))
        days = attempt(archive_days, start, end, every or "week", facts) or []
    else:
        days = [day] if (day := attempt(resolve_as_of, as_of, requested, facts)) else []
    plans = [plan for day in days if (plan := attempt(plan_run, registry, selected, day, requested, facts))]
    if problems:
        raise UsageError(problems)
    return plans


def collect(registry: Registry, cli: list[tuple[str, Any]], from_file: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Requested values, file first then ``-p`` (later wins): ``{report or "": {name: value}}``."""
    requested: dict[str, dict[str, Any]] = {}
    for key, value in from_file.items():
        if key in registry.reports and isinstance(value, dict):
            requested.setdefault(key, {}).update({str(n): v for n, v in value.items()})
        else:
            requested.setdefault("", {})[str(key)] = value
    for key, value in cli:
        scope, dot, name = key.rpartition(".")
        requested.setdefault(scope if dot else "", {})[name] = value
    return requested


def select(registry: Registry, names: list[str], run_all: bool) -> list[str]:
    """The reports to run (``--all`` or by name), or ``UsageError``."""
    known = ", ".join(registry.reports) or "none registered"
    problems = []
    if run_all == bool(names):
        problems.append("give report names or --all, not both" if names else f"name a report or use --all ({known})")
    selected = list(registry.reports) if run_all else list(dict.fromkeys(names))
    for name in selected:
        if name not in registry.reports:
            problems.append(f"unknown report {shorten(name)} (reports: {known})")
        elif not registry.reports[name].notebook.is_file():
            nb = display_path(registry.reports[name].notebook)
            problems.append(f"report {name}: the notebook {nb} does not exist (see {display_path(registry.path)})")
    if problems:
        raise UsageError(problems)
    return selected


def check_value(param: Param, value: Any, facts: DatasetFacts, values: Mapping[str, Any]) -> None:
    """Check a coerced value: allowed set, the dataset's dates (to today), ``not_after``/``not_before``."""
    if value == param.default:
        return  # the notebook's own default ("" or [] usually means "all")
    items = value if param.is_list else [value]
    if param.allowed is not None:
        vocab = isinstance(param.allowed, str)
        allowed = facts.vocabulary(str(param.allowed)) if vocab else tuple(param.allowed or ())
        for item in items:
            if item not in allowed:
                shown = ", ".join(str(a) for a in allowed) or "(none in the dataset)"
                raise ParameterError(param.name, item, f"one of {str(param.allowed) + ': ' if vocab else ''}{shown}")
    span = facts.allowed_span
    for item in items if param.item_type == "date" else []:
        day = date.fromisoformat(item) if item else None
        if day and span and not span[0] <= day <= span[1]:
            raise ParameterError(param.name, item, f"a date from the dataset's first, {span[0]}, to today, {span[1]}")
        for other_name, sign in ((param.not_after, 1), (param.not_before, -1)):
            other = str(values.get(other_name) or "") if other_name else ""
            if day and other and (day - date.fromisoformat(other)).days * sign > 0:
                after = "after" if sign > 0 else "before"
                raise ParameterError(param.name, item, f"a date not {after} {other_name}={other}")


def resolve_as_of(as_of: str | date | None, requested: dict[str, dict[str, Any]], facts: DatasetFacts) -> str:
    """The run's one ``as_of``, checked: ``--as-of``, else ``-p as_of``, else the dataset's newest date.

    Takes ``as_of`` out of ``requested`` (it is given to every report of the run).
    """
    problems = [
        f"report {s}: as_of is one date for the whole run: use --as-of"
        for s, v in requested.items()
        if s and "as_of" in v
    ]
    from_params = requested.get("", {}).pop("as_of", None)
    if as_of is not None and from_params is not None and str(from_params) != str(as_of):
        problems.append(f"--as-of {shorten(as_of)} and parameter as_of={shorten(from_params)} disagree: give one")
    if problems:
        raise UsageError(problems)
    value = as_of if as_of is not None else from_params
    if value is None or (value == "" and as_of is None):  # the tables exist: the caller checked
        if facts.date_range is None:
            raise UsageError("the dataset has no dates: give --as-of YYYY-MM-DD")
        return facts.date_range[1].isoformat()
    try:
        if not (text := str(parse_value("as_of", "date", value))):
            raise ParameterError("as_of", value, expected("date"))
        check_value(Param("as_of", "date", ""), text, facts, {})
    except ParameterError as exc:
        raise UsageError(f"--as-of: {exc}" if as_of is not None else str(exc)) from None
    return text


def archive_dates(start: date, end: date, every: str) -> list[date]:
    """The as_of days from ``start`` to ``end``: ``end`` and every week (or month) before it, oldest first.

    Weeks step back seven days from ``end``, so every day on ``end``'s weekday is there, 29
    February included. A month's day is ``end``'s day of the month, or the month's last day
    when it is shorter (``end`` 31 March: 29 February in a leap year, 28 otherwise).
    """
    if every == "week":
        return [end - timedelta(weeks=n) for n in range((end - start).days // 7, -1, -1)]
    days = []
    for n in range((end.year - start.year) * 12 + end.month - start.month, -1, -1):
        y, m = divmod(end.year * 12 + end.month - 1 - n, 12)
        days.append(date(y, m + 1, min(end.day, calendar.monthrange(y, m + 1)[1])))
    return [day for day in days if day >= start]


def archive_days(start: str | date | None, end: str | date | None, every: str, facts: DatasetFacts) -> list[str]:
    """The checked ``as_of`` days of an archive run (``--from``/``--to``/``--every``), or ``UsageError``."""
    span = facts.allowed_span
    if span is None or facts.date_range is None:
        raise UsageError("the dataset has no dates: give --from and --to")
    if every not in EVERY:
        raise UsageError(f"--every {shorten(every)}: expected one of {', '.join(EVERY)}")
    bounds: list[date] = []
    problems = []
    for option, value, default in (("--from", start, span[0]), ("--to", end, facts.date_range[1])):
        try:
            day = date.fromisoformat(str(parse_value(option, "date", value))) if value is not None else default
        except (ParameterError, ValueError):
            day = None
        if day is None or not span[0] <= day <= span[1]:
            problems.append(f"{option} {shorten(value)}: expected a date as YYYY-MM-DD from {span[0]} to {span[1]}")
        else:
            bounds.append(day)
    if problems:
        raise UsageError(problems)
    if bounds[0] > bounds[1]:
        raise UsageError(f"--from {bounds[0]} is after --to {bounds[1]}: expected --from on or before --to")
    days = [d.isoformat() for d in archive_dates(bounds[0], bounds[1], every)]
    if len(days) > MAX_RUNS:
        raise UsageError(f"--from/--to/--every: {len(days)} runs; expected at most {MAX_RUNS}")
    return days


def plan_run(registry: Registry, selected: list[str], as_of: str, requested: dict[str, dict[str, Any]],
             facts: DatasetFacts) -> Plan:  # fmt: skip
    """Check every value for one (already checked) ``as_of``; ``UsageError`` with one line per problem."""
    problems: list[str] = []
    for scope, values in requested.items():
        if scope and scope not in registry.reports:
            problems.append(f"unknown report {shorten(scope)} in a parameter name (REPORT.NAME)")
            continue
        if scope and scope not in selected:
            problems.append(f"parameters for {scope} given, but {scope} is not among the reports to run")
        targets = [registry.reports[r] for r in ([scope] if scope else selected) if r in registry.reports]
        for name, value in values.items():
            if not any(name in r.parameters for r in targets):
                known = ", ".join(sorted({p for r in targets for p in r.parameters})) or "none"
                where = f"report {scope}: " if scope else ""
                problems.append(
                    f"{where}unknown parameter {shorten(name)[1:-1]}={shorten(value)} (parameters: {known})"
                )
    by_message: dict[str, list[str]] = {}  # one message, every report it concerns
    runs = []
    for name in selected:
        report = registry.reports[name]
        given: dict[str, Any] = {}
        for pname, value in {**requested.get("", {}), **requested.get(name, {})}.items():
            if pname in report.parameters:
                try:
                    given[pname] = parse_value(pname, report.parameters[pname].type, value)
                except ParameterError as exc:
                    by_message.setdefault(str(exc), []).append(name)
        if "as_of" in report.parameters:
            given["as_of"] = as_of
        effective = {p: given.get(p, param.default) for p, param in report.parameters.items()}
        for pname, value in given.items():
            try:
                if pname != "as_of":  # checked once for the whole run
                    check_value(report.parameters[pname], value, facts, effective)
            except ParameterError as exc:
                by_message.setdefault(str(exc), []).append(name)
        runs.append(Planned(report=report, given=given, effective=effective))
    for text, names in by_message.items():
        problems.append(f"report{'s' * (len(names) > 1)} {', '.join(dict.fromkeys(names))}: {text}")
    if problems:
        raise UsageError(problems)
    return Plan(as_of=as_of, runs=tuple(runs), registry=registry.path)


def with_since(plans: Iterable[Plan], previous: Mapping[str, str], first_day: date | None = None) -> list[Plan]:
    """``plans`` with ``since`` set to ``previous[as_of]`` (the run before that day) for every report
    that takes ``since`` and was not given one: inside an archive, a weekly brief's "what changed"
    is then exactly what was reported since the previous run, as the archive index counts it. A
    day before ``first_day`` (the dataset's first) is not passed; the notebook's default applies.
    """
    done = []
    for plan in plans:
        day = previous.get(plan.as_of)
        if day is None or (first_day is not None and date.fromisoformat(day) < first_day):
            done.append(plan)
            continue
        runs = tuple(
            replace(p, given={**p.given, "since": day}, effective={**p.effective, "since": day})
            if "since" in p.report.parameters and "since" not in p.given
            else p
            for p in plan.runs
        )
        done.append(replace(plan, runs=runs))
    return done
