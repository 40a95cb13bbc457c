"""The report registry (``notebooks/reports.yaml``) and checking parameters against it.

A report's parameter names, defaults and help text come from its notebook's ``parameters``
cell, read with ``papermill.inspect_notebook``; the registry adds only what a notebook cannot
say: title, description, a parameter's ``type`` when the annotation is not enough (``date``),
``allowed`` values, and ``not_after``/``not_before`` between dates. So the two cannot drift.

Everything here runs before any kernel starts. Problems come back as one-line messages in the
style of ``analysis.errors.ParameterError`` (the value shortened when long).

Data quirks:
- The dataset's dates are read from ``data/clean`` with the csv module (claims ``reported_on``
  and events ``date``, as ``analysis.dataset_dates()``), without importing pandas.
- ``claims.claimant`` may carry a placeholder vocabulary (``__CLAIMANTS__``) until the schema
  lists the claimants; then the claimants found in ``data/clean/claims.csv`` are allowed.
- papermill cannot read a parameter line with a second ``=`` (e.g. in its comment): such a
  notebook is refused with a message naming the line.
"""

from __future__ import annotations

import ast
import csv
import math
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

TYPES = ("date", "str", "int", "float", "bool", "list[date]", "list[str]", "list[int]", "list[float]")
_ANNOTATION = {"str": "str", "int": "int", "float": "float", "bool": "bool", "list": "list[str]"}
VOCABULARIES = {
    "claimants": ("claims", "claimant"),
    "metrics": ("claims", "metric"),
    "categories": ("events", "category"),
    "items": ("transfers", "item"),
    "qualifiers": ("claims", "qualifier"),
    "confidence": ("claims", "confidence"),
}
MAX_DIGITS, MAX_TEXT, MAX_ITEMS = 18, 1000, 200
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PLACEHOLDER = re.compile(r"^__[A-Z_]+__$")


class RegistryError(Exception):
    """The registry or a report notebook is wrong (one line naming the file and entry)."""


def shorten(value: object, limit: int = 60) -> str:
    """A value for a one-line message: repr, control characters escaped, cut when long."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def bad(name: str, value: object, allowed: str) -> ParameterError:
    """A ``ParameterError`` whose value is shortened for the message."""
    err = ParameterError(name, value, allowed)
    err.args = (f"parameter {name}={shorten(value)} is not allowed: expected {allowed}",)
    return err


def registry_path() -> Path:
    """Where the registry is: env ``NKR_REPORT_REGISTRY``, else ``notebooks/reports.yaml``."""
    env = os.environ.get("NKR_REPORT_REGISTRY")
    return Path(env).resolve() if env else paths.NOTEBOOKS_DIR / "reports.yaml"


@dataclass(frozen=True)
class Param:
    """One parameter: name, default and help from the notebook; the rest from the registry."""

    name: str
    type: str
    default: Any
    description: str = ""
    allowed: tuple[Any, ...] | str | None = None  # literal values, or a vocabulary name
    not_after: str | None = None  # a date parameter this one must not be later than
    not_before: str | None = None  # a date parameter this one must not be earlier than

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
    """Every report, in registry order."""

    path: Path
    reports: dict[str, Report]


def _shown(path: Path) -> str:
    from analysis.files import display_path

    return display_path(path, paths.PROJECT_ROOT)


def load_registry(path: Path | None = None) -> Registry:
    """Read the registry and each report's parameters cell; ``RegistryError`` if anything is off."""
    path = (path or registry_path()).resolve()
    shown = _shown(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise RegistryError(f"{shown}: no such file (the report registry)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{shown}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    except yaml.YAMLError as exc:
        raise RegistryError(f"{shown}: not valid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("reports"), dict):
        raise RegistryError(f"{shown}: expected a mapping with a 'reports:' section")
    reports = {str(n): _report(str(n), e or {}, path.parent, shown) for n, e in doc["reports"].items()}
    return Registry(path=path, reports=reports)


def _report(name: str, entry: Any, base: Path, shown: str) -> Report:
    where = f"{shown}: report {name}"
    if not _NAME.match(name):
        raise RegistryError(f"{where}: a report name must be a Python-style identifier")
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: expected a mapping (title, notebook, description, parameters)")
    unknown = set(entry) - {"title", "notebook", "description", "parameters"}
    if unknown:
        raise RegistryError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    notebook = (base / str(entry.get("notebook", f"reports/{name}.ipynb"))).resolve()
    specs = entry.get("parameters") or {}
    if not isinstance(specs, dict):
        raise RegistryError(f"{where}: 'parameters' must be a mapping")
    cell = notebook_parameters(notebook, where) if notebook.exists() else {}
    for pname in specs:
        if notebook.exists() and pname not in cell:
            raise RegistryError(f"{where}: parameter {pname} is not in the notebook's parameters cell")
    params = {
        p: _param(p, specs.get(p) or {}, default, text, f"{where}: parameter {p}")
        for p, (default, text) in cell.items()
    }
    return Report(
        name=name,
        title=str(entry.get("title", name.replace("_", " ").capitalize())),
        notebook=notebook,
        description=" ".join(str(entry.get("description", "")).split()),
        parameters=params,
    )


def _param(name: str, spec: Any, cell: tuple[str, Any], help_: str, where: str) -> Param:
    annotation, default = cell
    if not isinstance(spec, dict):
        raise RegistryError(f"{where}: expected a mapping (type, allowed, not_after, not_before)")
    unknown = set(spec) - {"type", "allowed", "not_after", "not_before"}
    if unknown:
        hint = " (defaults and descriptions come from the notebook)" if unknown & {"default", "description"} else ""
        raise RegistryError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}{hint}")
    type_ = str(spec.get("type") or _ANNOTATION.get(annotation.split("[")[0], annotation))
    if annotation.startswith("list[") and "type" not in spec:
        type_ = annotation
    if type_ not in TYPES:
        raise RegistryError(f"{where}: unknown type {type_!r} (types: {', '.join(TYPES)})")
    allowed = spec.get("allowed")
    if isinstance(allowed, list):
        allowed = tuple(allowed)
    elif allowed is not None and not isinstance(allowed, str):
        raise RegistryError(f"{where}: 'allowed' must be a list or a vocabulary name")
    elif isinstance(allowed, str) and not known_vocabulary(allowed):
        raise RegistryError(f"{where}: unknown vocabulary {allowed!r} (use {', '.join(VOCABULARIES)} or table.column)")
    return Param(name, type_, default, help_, allowed, spec.get("not_after"), spec.get("not_before"))


def notebook_parameters(notebook: Path, where: str = "") -> dict[str, tuple[tuple[str, Any], str]]:
    """``{name: ((annotation, default), help)}`` of a notebook's ``parameters`` cell, via papermill."""
    from analysis.reports.pool import quiet_papermill

    quiet_papermill()
    import papermill

    where = where or _shown(notebook)
    try:
        found = papermill.inspect_notebook(str(notebook))
        source = _parameters_source(notebook)
    except Exception as exc:
        raise RegistryError(f"{where}: cannot read {_shown(notebook)}: {' '.join(str(exc).split())[:200]}") from None
    names = [m.group(1) for m in re.finditer(r"^([A-Za-z_]\w*)\s*(?::[^=]*)?=", source, re.M)]
    missing = [n for n in names if n not in found]
    if missing:
        raise RegistryError(f"{where}: papermill cannot read the line of parameter {missing[0]} (a second '=' in it?)")
    out = {}
    for pname, info in found.items():
        try:
            default = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError):
            raise RegistryError(f"{where}: parameter {pname}: the default must be a literal") from None
        out[pname] = ((str(info["inferred_type_name"]), default), str(info["help"]))
    return out


def _parameters_source(notebook: Path) -> str:
    import json

    for cell in json.loads(notebook.read_text(encoding="utf-8")).get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
    return ""


# --- facts about the dataset -----------------------------------------------------------


class DatasetFacts:
    """What validation needs from the dataset (read lazily, once): dates and vocabularies."""

    def __init__(self, data_dir: Path | None = None, today: date | None = None) -> None:
        self.data_dir = (data_dir or paths.DATA_DIR).resolve()
        self.today = today or date.today()

    def _rows(self, table: str) -> list[dict[str, str]]:
        path = paths.clean_dir(self.data_dir) / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    def missing_tables(self) -> list[Path]:
        """Clean tables needed for dates that do not exist (the dataset is not built)."""
        clean = paths.clean_dir(self.data_dir)
        return [clean / f"{t}.csv" for t in ("claims", "events") if not (clean / f"{t}.csv").is_file()]

    @cached_property
    def date_range(self) -> tuple[date, date] | None:
        """First and last date in the dataset (claims ``reported_on``, events ``date``)."""
        if self.missing_tables():
            return None
        found = [
            d
            for table, column in (("claims", "reported_on"), ("events", "date"))
            for row in self._rows(table)
            if (d := parse_date((row.get(column) or "").strip())) is not None
        ]
        return (min(found), max(found)) if found else None

    @property
    def allowed_span(self) -> tuple[date, date] | None:
        """The days a date parameter may take: the first date in the dataset to today."""
        span = self.date_range
        return None if span is None else (span[0], max(span[1], self.today))

    def vocabulary(self, name: str) -> tuple[str, ...]:
        """Allowed values for a vocabulary name (``claimants``, ``metrics``, ``table.column``)."""
        table, column = VOCABULARIES.get(name) or tuple(name.partition(".")[::2])
        try:
            values = schema.vocabulary(table, column, paths.datapackage_path(self.data_dir))
        except (KeyError, OSError, ValueError):
            values = ()
        if values and not any(_PLACEHOLDER.match(v) for v in values):
            return tuple(values)
        if not (paths.clean_dir(self.data_dir) / f"{table}.csv").is_file():
            return ()
        return tuple(sorted({v for r in self._rows(table) if (v := (r.get(column) or "").strip())}))


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
    "str": f"text of at most {MAX_TEXT} characters",
    "int": f"a whole number of at most {MAX_DIGITS} digits, e.g. 10",
    "float": "a finite number, e.g. 0.5",
    "bool": "true or false",
}


def expected(param: Param) -> str:
    """What a value of ``param`` must look like, in words."""
    if param.is_list:
        return f"a comma-separated list (at most {MAX_ITEMS}) of {_EXPECT[param.item_type].removeprefix('a ')}s"
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
            try:
                value = yaml.safe_load(text) if text.startswith("[") and len(text) < 20000 else None
            except yaml.YAMLError:
                raise bad(param.name, value, expected(param)) from None
            if value is None:
                value = [s.strip() for s in text.split(",") if s.strip()]
        if not isinstance(value, list | tuple):
            value = [value]
        if len(value) > MAX_ITEMS:
            raise bad(param.name, value, expected(param))
        return [_scalar(param, param.item_type, v, whole=value) for v in value]
    return _scalar(param, param.type, value, whole=value)


def _scalar(param: Param, type_: str, value: Any, whole: Any) -> Any:
    err = bad(param.name, whole, expected(param))
    if type_ == "date":
        if isinstance(value, date):
            return value.isoformat()
        if value is None or value == "":
            if param.is_list:
                raise err
            return ""  # empty: the notebook's own rule
        if not isinstance(value, str) or parse_date(value.strip()) is None:
            raise err
        return value.strip()
    if type_ == "str":
        text = "" if value is None else str(value) if not isinstance(value, dict | list) else None
        if text is None or len(text) > MAX_TEXT or not _encodable(text):
            raise err
        return text
    if type_ == "int":
        if isinstance(value, int) and not isinstance(value, bool) and len(str(abs(value))) <= MAX_DIGITS:
            return value
        if isinstance(value, str) and re.fullmatch(rf"\s*-?\d{{1,{MAX_DIGITS}}}\s*", value):
            return int(value)
        raise err
    if type_ == "float":
        if isinstance(value, bool) or not isinstance(value, int | float | str) or len(str(value)) > 40:
            raise err
        try:
            number = float(value)
        except (ValueError, OverflowError):
            raise err from None
        if not math.isfinite(number):
            raise err
        return number
    if type_ == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "yes", "1", "on"):
            return True
        if text in ("false", "no", "0", "off"):
            return False
    raise err


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate cannot be written into the notebook
        return False
    return True


def check_value(param: Param, value: Any, facts: DatasetFacts, values: dict[str, Any]) -> None:
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
                raise bad(param.name, item, f"one of {str(param.allowed) + ': ' if vocab else ''}{shown}")
    if param.item_type != "date":
        return
    span = facts.allowed_span
    for item in items:
        if item == "":
            continue
        day = date.fromisoformat(item)
        if span and not span[0] <= day <= span[1]:
            raise bad(param.name, item, f"a date from the dataset's first, {span[0]}, to today, {span[1]}")
        for other_name, later in ((param.not_after, False), (param.not_before, True)):
            other = values.get(other_name) if other_name else None
            bound = date.fromisoformat(other) if isinstance(other, str) and parse_date(other) else None
            if bound is not None and ((day < bound) if later else (day > bound)):
                word = "before" if later else "after"
                raise bad(param.name, item, f"a date not {word} {other_name}={other}")


# --- from the command line to one set of values per report ------------------------------


@dataclass
class Planned:
    """A report to run: the values passed to papermill and every parameter's effective value."""

    report: Report
    given: dict[str, Any]  # what papermill injects (as_of plus what the user set)
    effective: dict[str, Any]  # every parameter: given, else the notebook's default


@dataclass
class Plan:
    """What a run will do, or the one-line errors that stop it."""

    as_of: str = ""
    runs: list[Planned] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def collect(
    registry: Registry, cli_params: list[tuple[str, str]], file_params: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    """Requested values, file first then ``-p`` (later wins): ``{report or "": {name: value}}``."""
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
    return requested


def select(registry: Registry, names: list[str], run_all: bool, errors: list[str]) -> list[str]:
    """The reports to run (``--all`` or by name); problems appended to ``errors``."""
    known = ", ".join(registry.reports) or "none registered"
    if run_all and names:
        errors.append("give report names or --all, not both")
    elif not run_all and not names:
        errors.append(f"name a report or use --all (reports: {known})")
    selected = list(registry.reports) if run_all else list(dict.fromkeys(names))
    for name in selected:
        if name not in registry.reports:
            errors.append(f"unknown report {shorten(name)} (reports: {known})")
        elif not registry.reports[name].notebook.is_file():
            nb = _shown(registry.reports[name].notebook)
            errors.append(f"report {name}: the notebook {nb} does not exist (see {_shown(registry.path)})")
    return selected


def resolve_as_of(
    as_of: str | None, requested: dict[str, dict[str, Any]], facts: DatasetFacts, errors: list[str]
) -> str:
    """The run's one ``as_of``: ``--as-of``, else ``-p as_of``, else the dataset's newest date."""
    for scope, values in requested.items():
        if scope and "as_of" in values:
            errors.append(f"report {scope}: as_of is one date for the whole run: use --as-of")
    from_params = requested.get("", {}).pop("as_of", None)
    if as_of is not None and from_params is not None and str(from_params) != as_of:
        errors.append(f"--as-of {shorten(as_of)} and parameter as_of={shorten(from_params)} disagree: give one")
    value = as_of if as_of is not None else from_params
    if value is None or (value == "" and as_of is None):
        if facts.missing_tables():
            errors.append(
                f"{_shown(facts.missing_tables()[0])} is missing: run `python -m analysis build` (or give --as-of)"
            )
            return ""
        if facts.date_range is None:
            errors.append("the dataset has no dates: give --as-of YYYY-MM-DD")
            return ""
        return facts.date_range[1].isoformat()
    text = value.isoformat() if isinstance(value, date) else str(value).strip() if isinstance(value, str) else ""
    try:
        if parse_date(text) is None:
            raise bad("as_of", value, "a date as YYYY-MM-DD")
        check_value(Param("as_of", "date", ""), text, facts, {})
    except ParameterError as exc:
        errors.append(f"--as-of: {exc}" if as_of is not None else str(exc))
        return ""
    return text


def plan_run(
    registry: Registry,
    selected: list[str],
    as_of: str,
    requested: dict[str, dict[str, Any]],
    facts: DatasetFacts,
) -> Plan:
    """Check every value for one ``as_of``; ``Plan.errors`` holds one line per problem."""
    plan = Plan(as_of=as_of)
    problems: list[tuple[str, str]] = []
    for scope, values in requested.items():
        if scope and scope not in registry.reports:
            plan.errors.append(f"unknown report {shorten(scope)} in a parameter name (REPORT.NAME)")
            continue
        if scope and scope not in selected:
            plan.errors.append(f"parameters for {scope} given, but {scope} is not among the reports to run")
        targets = [r for r in ([scope] if scope else selected) if r in registry.reports]
        for name, value in values.items():
            if not any(name in registry.reports[r].parameters for r in targets):
                known = sorted({p for r in targets for p in registry.reports[r].parameters})
                where = f"report {scope}: " if scope else ""
                plan.errors.append(
                    f"{where}unknown parameter {shorten(name)[1:-1]}={shorten(value)} (parameters: {', '.join(known) or 'none'})"
                )
    for name in selected:
        report = registry.reports[name]
        given: dict[str, Any] = {}
        for pname, value in {**requested.get("", {}), **requested.get(name, {})}.items():
            if pname in report.parameters:
                try:
                    given[pname] = coerce(report.parameters[pname], value)
                except ParameterError as exc:
                    problems.append((name, str(exc)))
        if "as_of" in report.parameters:
            given["as_of"] = as_of
        effective = {p: given.get(p, param.default) for p, param in report.parameters.items()}
        for pname, value in given.items():
            try:
                check_value(report.parameters[pname], value, facts, effective)
            except ParameterError as exc:
                problems.append((name, str(exc)))
        plan.runs.append(Planned(report=report, given=given, effective=effective))
    by_text: dict[str, list[str]] = {}
    for report_name, text in problems:
        by_text.setdefault(text, []).append(report_name)
    for text, names in by_text.items():
        plan.errors.append(f"report{'s' * (len(names) > 1)} {', '.join(dict.fromkeys(names))}: {text}")
    return plan
