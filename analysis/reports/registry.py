"""The report registry (``notebooks/reports.yaml``) and checking parameters against it.

Everything here runs before any kernel starts: reading the registry, turning ``-p`` strings
and ``--params-file`` values into typed values, and checking each value's type, allowed set
and date range. Problems come back as one-line messages in the style of
``analysis.errors.ParameterError``, so a bad value reads the same whether the runner or the
notebook caught it.

Only the standard library, PyYAML and the schema are imported: ``--list`` and a bad ``-p``
answer at once.

Data quirks:
- The dataset's date range is read from ``data/clean`` with the csv module (claims
  ``reported_on`` and events ``date``), the same columns as ``analysis.dataset_dates()``,
  without importing pandas in the runner.
- ``claims.claimant`` may carry a placeholder vocabulary (``__CLAIMANTS__``) until the schema
  lists the claimants; then the claimants found in ``data/clean/claims.csv`` are allowed.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from analysis import paths
from analysis.data import schema
from analysis.data.checks import parse_date
from analysis.errors import ParameterError

SCALAR_TYPES = ("date", "str", "int", "float", "bool")
TYPES = SCALAR_TYPES + tuple(f"list[{t}]" for t in ("date", "str", "int", "float"))

# Short names for vocabularies; any "table.column" of the schema works too.
VOCABULARIES = {
    "claimants": ("claims", "claimant"),
    "metrics": ("claims", "metric"),
    "categories": ("events", "category"),
    "items": ("transfers", "item"),
    "qualifiers": ("claims", "qualifier"),
    "confidence": ("claims", "confidence"),
}

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PLACEHOLDER = re.compile(r"^__[A-Z_]+__$")


class RegistryError(Exception):
    """The registry file itself is wrong (a one-line message naming the file and the entry)."""


def registry_path() -> Path:
    """Where the registry is: env ``NKR_REPORT_REGISTRY``, else ``notebooks/reports.yaml``."""
    env = os.environ.get("NKR_REPORT_REGISTRY")
    return Path(env).resolve() if env else paths.NOTEBOOKS_DIR / "reports.yaml"


@dataclass(frozen=True)
class Param:
    """One parameter of a report, as the registry declares it."""

    name: str
    type: str
    default: Any
    description: str = ""
    allowed: tuple[Any, ...] | str | None = None  # literal values, or a vocabulary name
    not_after: str | None = None  # a date that must not be later than this other parameter

    @property
    def is_list(self) -> bool:
        """True for ``list[...]`` types."""
        return self.type.startswith("list[")

    @property
    def item_type(self) -> str:
        """The type of one value (``str`` for ``list[str]``)."""
        return self.type[5:-1] if self.is_list else self.type


@dataclass(frozen=True)
class Report:
    """One report: a parameterized notebook and what the registry says about it."""

    name: str
    title: str
    notebook: Path
    description: str = ""
    parameters: dict[str, Param] = field(default_factory=dict)


@dataclass(frozen=True)
class Registry:
    """Every report, in registry order, plus the modules to preload in each kernel."""

    path: Path
    reports: dict[str, Report]
    preload: tuple[str, ...] = ()


def load_registry(path: Path | None = None) -> Registry:
    """Read and check the registry; raise ``RegistryError`` with a one-line message."""
    path = (path or registry_path()).resolve()
    shown = _shown(path)
    try:
        with path.open(encoding="utf-8") as fh:
            doc = yaml.safe_load(fh) or {}
    except FileNotFoundError:
        raise RegistryError(f"{shown}: no such file (the report registry)") from None
    except yaml.YAMLError as exc:
        raise RegistryError(f"{shown}: not valid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("reports"), dict):
        raise RegistryError(f"{shown}: expected a mapping with a 'reports:' section")
    preload = doc.get("preload", [])
    if not isinstance(preload, list) or not all(isinstance(m, str) for m in preload):
        raise RegistryError(f"{shown}: 'preload' must be a list of module names")
    reports = {}
    for name, entry in doc["reports"].items():
        reports[str(name)] = _report(str(name), entry or {}, path.parent, shown)
    return Registry(path=path, reports=reports, preload=tuple(preload))


def _report(name: str, entry: Any, base: Path, shown: str) -> Report:
    where = f"{shown}: report {name}"
    if not _NAME.match(name):
        raise RegistryError(f"{where}: a report name must be a Python-style identifier")
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: expected a mapping (title, notebook, parameters)")
    unknown = set(entry) - {"title", "notebook", "description", "parameters"}
    if unknown:
        raise RegistryError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    notebook = base / str(entry.get("notebook", f"reports/{name}.ipynb"))
    params = {}
    for pname, spec in (entry.get("parameters") or {}).items():
        params[str(pname)] = _param(str(pname), spec, f"{where}: parameter {pname}")
    return Report(
        name=name,
        title=str(entry.get("title", name.replace("_", " ").capitalize())),
        notebook=notebook.resolve(),
        description=" ".join(str(entry.get("description", "")).split()),
        parameters=params,
    )


def _param(name: str, spec: Any, where: str) -> Param:
    if not isinstance(spec, dict):
        raise RegistryError(f"{where}: expected a mapping (type, default, description)")
    unknown = set(spec) - {"type", "default", "description", "allowed", "not_after"}
    if unknown:
        raise RegistryError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    type_ = str(spec.get("type", "str"))
    if type_ not in TYPES:
        raise RegistryError(f"{where}: unknown type {type_!r} (types: {', '.join(TYPES)})")
    if "default" not in spec:
        raise RegistryError(f"{where}: no default (write the notebook's default, e.g. default: '')")
    allowed = spec.get("allowed")
    if isinstance(allowed, list):
        allowed = tuple(allowed)
    elif allowed is not None and not isinstance(allowed, str):
        raise RegistryError(f"{where}: 'allowed' must be a list or a vocabulary name")
    elif isinstance(allowed, str) and not known_vocabulary(allowed):
        names = ", ".join(VOCABULARIES)
        raise RegistryError(f"{where}: unknown vocabulary {allowed!r} (use {names} or table.column)")
    default = spec["default"]
    if isinstance(default, date):
        default = default.isoformat()
    return Param(
        name=name,
        type=type_,
        default=default,
        description=" ".join(str(spec.get("description", "")).split()),
        allowed=allowed,
        not_after=spec.get("not_after"),
    )


def notebook_parameters(notebook: Path) -> dict[str, Any] | None:
    """The names and default values of a notebook's ``parameters`` cell, in order.

    None if the notebook has no cell tagged ``parameters``. A default that is not a Python
    literal is returned as its source text.
    """
    import ast
    import json

    with notebook.open(encoding="utf-8") as fh:
        cells = json.load(fh).get("cells", [])
    for cell in cells:
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            found: dict[str, Any] = {}
            for node in ast.parse(source).body:
                if isinstance(node, ast.Assign):
                    targets, value = node.targets, node.value
                elif isinstance(node, ast.AnnAssign) and node.value is not None:
                    targets, value = [node.target], node.value
                else:
                    continue
                for target in targets:
                    if isinstance(target, ast.Name):
                        try:
                            found[target.id] = ast.literal_eval(value)
                        except ValueError:
                            found[target.id] = ast.get_source_segment(source, value)
            return found
    return None


def _shown(path: Path) -> str:
    from analysis.files import display_path

    return display_path(path, paths.PROJECT_ROOT)


# --- facts about the dataset -----------------------------------------------------------


class DatasetFacts:
    """What validation needs from the dataset (read lazily, once): dates and vocabularies."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = (data_dir or paths.DATA_DIR).resolve()

    def _column(self, table: str, column: str) -> list[str]:
        path = paths.clean_dir(self.data_dir) / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as fh:
            return [row.get(column, "") or "" for row in csv.DictReader(fh)]

    def missing_tables(self) -> list[Path]:
        """Clean tables needed for dates that do not exist (the dataset is not built)."""
        clean = paths.clean_dir(self.data_dir)
        return [clean / f"{t}.csv" for t in ("claims", "events") if not (clean / f"{t}.csv").exists()]

    @cached_property
    def date_range(self) -> tuple[date, date] | None:
        """First and last date in the dataset (claims ``reported_on``, events ``date``)."""
        if self.missing_tables():
            return None
        found = []
        for table, column in (("claims", "reported_on"), ("events", "date")):
            for text in self._column(table, column):
                parsed = parse_date(text.strip())
                if parsed is not None:
                    found.append(parsed)
        return (min(found), max(found)) if found else None

    def vocabulary(self, name: str) -> tuple[str, ...]:
        """Allowed values for a vocabulary name (``claimants``, ``metrics``, ``table.column``)."""
        if name in VOCABULARIES:
            table, column = VOCABULARIES[name]
        else:
            table, _, column = name.partition(".")
        values: tuple[str, ...] = ()
        try:
            values = schema.vocabulary(table, column, paths.datapackage_path(self.data_dir))
        except KeyError:
            values = ()
        if values and not any(_PLACEHOLDER.match(v) for v in values):
            return values
        path = paths.clean_dir(self.data_dir) / f"{table}.csv"
        if not path.exists():
            return ()
        with path.open(encoding="utf-8", newline="") as fh:
            seen = {(row.get(column) or "").strip() for row in csv.DictReader(fh)}
        return tuple(sorted(v for v in seen if v))


def known_vocabulary(name: str) -> bool:
    """True if ``name`` is a vocabulary short name or a ``table.column`` of the schema."""
    if name in VOCABULARIES:
        return True
    table, _, column = name.partition(".")
    try:
        return column in schema.table(table).columns
    except KeyError:
        return False


# --- parsing and checking values ----------------------------------------------------------


_EXPECT = {
    "date": "a date as YYYY-MM-DD",
    "str": "text",
    "int": "a whole number, e.g. 10",
    "float": "a number, e.g. 0.5",
    "bool": "true or false",
}


def expected(param: Param) -> str:
    """What a value of ``param`` must look like, in words."""
    if param.is_list:
        return f"a comma-separated list of {_EXPECT[param.item_type].removeprefix('a ')}s"
    return _EXPECT[param.type]


def coerce(param: Param, value: Any) -> Any:
    """Turn a CLI string or a YAML value into the parameter's type, or raise ParameterError.

    Dates stay ISO strings (what the notebooks receive); lists accept a YAML list, a
    comma-separated string, or empty (the notebooks read an empty list as "all").
    """
    if param.is_list:
        if value is None or value == "":
            return []
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                try:
                    value = yaml.safe_load(text)
                except yaml.YAMLError:
                    raise ParameterError(param.name, value, expected(param)) from None
            else:
                value = [s.strip() for s in text.split(",") if s.strip()]
        if not isinstance(value, list | tuple):
            value = [value]
        return [_coerce_scalar(param, param.item_type, v, whole=value) for v in value]
    return _coerce_scalar(param, param.type, value, whole=value)


def _coerce_scalar(param: Param, type_: str, value: Any, whole: Any) -> Any:
    bad = ParameterError(param.name, whole, expected(param))
    if type_ == "date":
        if isinstance(value, date):
            return value.isoformat()
        text = "" if value is None else str(value).strip()
        if text == "" and not param.is_list:
            return ""  # "empty = the notebook's default rule"
        if parse_date(text) is None:
            raise bad
        return text
    if type_ == "str":
        return "" if value is None else str(value)
    if type_ == "int":
        if isinstance(value, bool):
            raise bad
        if isinstance(value, int):
            return value
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
            return int(value)
        raise bad
    if type_ == "float":
        if isinstance(value, bool):
            raise bad
        if isinstance(value, int | float):
            return float(value)
        try:
            return float(str(value))
        except ValueError:
            raise bad from None
    if type_ == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "yes", "1", "on"):
            return True
        if text in ("false", "no", "0", "off"):
            return False
        raise bad
    raise bad  # pragma: no cover - types are checked when the registry is read


def check_value(param: Param, value: Any, facts: DatasetFacts, values: dict[str, Any]) -> None:
    """Check an already coerced value: allowed set, dataset date range, ``not_after``."""
    items = value if param.is_list else [value]
    if value == param.default:
        return  # the notebook's own default ("" or [] usually means "all")
    if param.allowed is not None:
        if isinstance(param.allowed, str):
            allowed = facts.vocabulary(param.allowed)
            what = f"{param.allowed}: "
        else:
            allowed = tuple(param.allowed)
            what = ""
        for item in items:
            if item not in allowed:
                shown = ", ".join(str(a) for a in allowed) or "(none in the dataset)"
                raise ParameterError(param.name, item, f"one of {what}{shown}")
    if param.item_type == "date":
        span = facts.date_range
        for item in items:
            if item == "" or span is None:
                continue
            day = date.fromisoformat(item)
            if not span[0] <= day <= span[1]:
                raise ParameterError(param.name, item, f"a date within the dataset, {span[0]} to {span[1]}")
            other = values.get(param.not_after) if param.not_after else None
            if isinstance(other, str) and parse_date(other) and day > date.fromisoformat(other):
                raise ParameterError(param.name, item, f"a date not after {param.not_after}={other}")


# --- from the command line to one set of values per report ------------------------------


@dataclass
class Planned:
    """A report to run: the values passed to papermill and every parameter's effective value."""

    report: Report
    given: dict[str, Any]  # what papermill injects (as_of plus what the user set)
    effective: dict[str, Any]  # every parameter: given, else the registry default


@dataclass
class Plan:
    """What a run will do, or the one-line errors that stop it."""

    as_of: str = ""
    runs: list[Planned] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def plan_run(
    registry: Registry,
    names: list[str],
    run_all: bool,
    as_of: str | None,
    cli_params: list[tuple[str, str]],
    file_params: dict[str, Any],
    facts: DatasetFacts,
) -> Plan:
    """Select the reports and check every value; ``Plan.errors`` holds one line per problem."""
    plan = Plan()
    problems: list[tuple[str, str]] = []  # (report or "", message)
    selected = _select(registry, names, run_all, plan.errors)
    if plan.errors:
        return plan

    # Collect requested values, file first, then -p (later wins): {report|"": {name: value}}
    requested: dict[str, dict[str, Any]] = {}
    for key, value in file_params.items():
        if key in registry.reports and isinstance(value, dict):
            for name, v in value.items():
                requested.setdefault(key, {})[str(name)] = v
        else:
            requested.setdefault("", {})[str(key)] = value
    for key, value in cli_params:
        scope, dot, name = key.rpartition(".")
        requested.setdefault(scope if dot else "", {})[name] = value

    having = [r for r in selected if "as_of" in registry.reports[r].parameters]
    label = f"report{'s' * (len(having) > 1)} {', '.join(having)}: " if having else ""
    as_of_value = _resolve_as_of(as_of, requested, facts, plan.errors, label)
    plan.as_of = as_of_value

    for scope, values in requested.items():
        if scope and scope not in registry.reports:
            plan.errors.append(f"unknown report {scope!r} in a parameter name ({scope}.NAME)")
        elif scope and scope not in selected:
            plan.errors.append(f"parameters for {scope} given, but {scope} is not among the reports to run")
        for name, value in values.items():
            targets = [scope] if scope else selected
            if not any(name in registry.reports[r].parameters for r in targets if r in registry.reports):
                where = f"report {scope}: " if scope else ""
                known = sorted({p for r in targets if r in registry.reports for p in registry.reports[r].parameters})
                plan.errors.append(
                    f"{where}unknown parameter {name}={value!r} (parameters: {', '.join(known) or 'none'})"
                )

    for name in selected:
        report = registry.reports[name]
        given: dict[str, Any] = {}
        raw = {**requested.get("", {}), **requested.get(name, {})}
        for pname, value in raw.items():
            param = report.parameters.get(pname)
            if param is None:
                continue  # a global -p meant for another selected report
            try:
                given[pname] = coerce(param, value)
            except ParameterError as exc:
                problems.append((name, str(exc)))
        if "as_of" in report.parameters and as_of_value:
            given["as_of"] = as_of_value
        effective = {p: given.get(p, param.default) for p, param in report.parameters.items()}
        for pname, value in given.items():
            try:
                check_value(report.parameters[pname], value, facts, effective)
            except ParameterError as exc:
                problems.append((name, str(exc)))
        plan.runs.append(Planned(report=report, given=given, effective=effective))
    plan.errors.extend(merge_problems(problems))
    return plan


def _select(registry: Registry, names: list[str], run_all: bool, errors: list[str]) -> list[str]:
    known = ", ".join(registry.reports) or "none registered"
    if run_all and names:
        errors.append("give report names or --all, not both")
    elif not run_all and not names:
        errors.append(f"name a report or use --all (reports: {known})")
    selected = list(registry.reports) if run_all else list(dict.fromkeys(names))
    for name in selected:
        if name not in registry.reports:
            errors.append(f"unknown report {name!r} (reports: {known})")
        elif not registry.reports[name].notebook.exists():
            nb = _shown(registry.reports[name].notebook)
            errors.append(f"report {name}: the notebook {nb} does not exist (see {_shown(registry.path)})")
    return selected


def _resolve_as_of(
    as_of: str | None, requested: dict[str, dict[str, Any]], facts: DatasetFacts, errors: list[str], label: str
) -> str:
    for scope, values in requested.items():
        if scope and "as_of" in values:
            errors.append(f"report {scope}: as_of is one date for the whole run: use --as-of")
    from_params = requested.get("", {}).pop("as_of", None)
    if as_of is not None and from_params is not None and str(from_params) != as_of:
        errors.append(f"--as-of {as_of} and parameter as_of={from_params!r} disagree: give one")
    value = as_of if as_of is not None else from_params
    param = Param("as_of", "date", "")
    if value is None or value == "":
        missing = facts.missing_tables()
        if missing:
            errors.append(f"{_shown(missing[0])} is missing: run `python -m analysis build` (or give --as-of)")
            return ""
        span = facts.date_range
        if span is None:
            errors.append("the dataset has no dates: give --as-of YYYY-MM-DD")
            return ""
        return span[1].isoformat()
    try:
        text = coerce(param, value)
        check_value(param, text, facts, {})
    except ParameterError as exc:
        errors.append(f"{label}{exc}")
        return ""
    return str(text)


def merge_problems(problems: list[tuple[str, str]]) -> list[str]:
    """One line per distinct message; the same message for several reports names them all."""
    by_text: dict[str, list[str]] = {}
    for report, text in problems:
        by_text.setdefault(text, []).append(report)
    out = []
    for text, reports in by_text.items():
        label = "report" if len(reports) == 1 else "reports"
        out.append(f"{label} {', '.join(reports)}: {text}")
    return out
