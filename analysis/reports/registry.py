"""The report registry (``notebooks/reports.yaml``) and checking parameters against it.

A report's parameter names, defaults and help come from its notebook's ``parameters`` cell
(``papermill.inspect_notebook``); the registry adds only what a notebook cannot say: title,
description, a ``type`` when the annotation is not enough (``date``), ``allowed`` values, and
``not_after``/``not_before`` between dates. Everything here runs before any kernel starts.

Quirks: the dataset's dates and vocabularies come from ``analysis.data.facts`` (no pandas);
papermill silently skips a parameter line with a second ``=``, so such a notebook is refused
with a message naming the parameter.
"""

from __future__ import annotations

import ast
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from analysis import paths
from analysis.data import schema
from analysis.data.facts import VOCABULARIES, DatasetFacts
from analysis.errors import ParameterError, one_line, shorten
from analysis.files import display_path
from analysis.params import TYPES, bad, expected, parse_value

_NAME = re.compile(r"^[A-Za-z_]\w*$")


class RegistryError(Exception):
    """The registry or a report notebook is wrong (one line naming the file and entry)."""


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


def _shown(path: Path) -> str:  # a path as the project's messages show it
    return display_path(path, paths.PROJECT_ROOT)


def load_registry(path: Path | None = None) -> Registry:
    """Read the registry (``--registry``, env ``NKR_REPORT_REGISTRY``, else notebooks/reports.yaml)."""
    env = os.environ.get("NKR_REPORT_REGISTRY")
    path = (path or (Path(env) if env else paths.NOTEBOOKS_DIR / "reports.yaml")).resolve()
    shown = _shown(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        why = "no such file (the report registry)" if isinstance(exc, FileNotFoundError) else None
        raise RegistryError(f"{shown}: {why or 'cannot read: ' + one_line(exc, 200)}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("reports"), dict):
        raise RegistryError(f"{shown}: expected a mapping with a 'reports:' section")
    return Registry(path, {str(n): _report(str(n), e or {}, path.parent, shown) for n, e in doc["reports"].items()})


def _keys(where: str, entry: Any, known: set[str]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: expected a mapping ({', '.join(sorted(known))})")
    if unknown := set(map(str, entry)) - known:
        hint = " (defaults and descriptions come from the notebook)" if unknown & {"default", "description"} else ""
        raise RegistryError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}{hint}")
    return entry


def _report(name: str, entry: Any, base: Path, shown: str) -> Report:
    where = f"{shown}: report {name}"
    if not _NAME.match(name):
        raise RegistryError(f"{where}: a report name must be a Python-style identifier")
    entry = _keys(where, entry, {"title", "notebook", "description", "parameters"})
    notebook = (base / str(entry.get("notebook", f"reports/{name}.ipynb"))).resolve()
    specs = entry.get("parameters") or {}
    if not isinstance(specs, dict):
        raise RegistryError(f"{where}: 'parameters' must be a mapping")
    cell = notebook_parameters(notebook, where) if notebook.exists() else {}
    if notebook.exists() and (extra := [p for p in specs if p not in cell]):
        raise RegistryError(f"{where}: parameter {extra[0]} is not in the notebook's parameters cell")
    params = {p: _param(p, specs.get(p) or {}, *info, f"{where}: parameter {p}") for p, info in cell.items()}
    title = str(entry.get("title", name.replace("_", " ").capitalize()))
    return Report(name, title, notebook, " ".join(str(entry.get("description", "")).split()), params)


def _param(name: str, spec: Any, annotation: str, default: Any, help_: str, where: str) -> Param:
    spec = _keys(where, spec, {"type", "allowed", "not_after", "not_before"})
    simple = {"str": "str", "int": "int", "float": "float", "bool": "bool", "list": "list[str]"}
    type_ = str(spec.get("type") or (annotation if annotation.startswith("list[") else simple.get(annotation)))
    if type_ not in TYPES:
        raise RegistryError(f"{where}: unknown type {type_!r} (types: {', '.join(TYPES)})")
    allowed = spec.get("allowed")
    columns = {f"{t}.{c}" for t, table in schema.tables().items() for c in table.columns}
    if isinstance(allowed, str) and allowed not in {*VOCABULARIES, *columns}:
        raise RegistryError(f"{where}: unknown vocabulary {allowed!r} (use {', '.join(VOCABULARIES)} or table.column)")
    if allowed is not None and not isinstance(allowed, list | str):
        raise RegistryError(f"{where}: 'allowed' must be a list or a vocabulary name")
    allowed = tuple(allowed) if isinstance(allowed, list) else allowed
    return Param(name, type_, default, help_, allowed, spec.get("not_after"), spec.get("not_before"))


def notebook_parameters(notebook: Path, where: str = "") -> dict[str, tuple[str, Any, str]]:
    """``{name: (annotation, default, help)}`` of a notebook's ``parameters`` cell, via papermill."""
    from analysis.reports.pool import quiet_papermill

    quiet_papermill()
    import papermill

    where = where or _shown(notebook)
    try:
        found = papermill.inspect_notebook(str(notebook))
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    except Exception as exc:
        raise RegistryError(f"{where}: cannot read {_shown(notebook)}: {one_line(exc, 200)}") from None
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    source = "".join(tagged[0]["source"]) if tagged else ""
    if missed := [n for n in re.findall(r"^([A-Za-z_]\w*)\s*(?::[^=]*)?=", source, re.M) if n not in found]:
        raise RegistryError(f"{where}: papermill cannot read the line of parameter {missed[0]} (a second '=' in it?)")
    out = {}
    for name, info in found.items():
        try:
            out[name] = (str(info["inferred_type_name"]), ast.literal_eval(info["default"]), str(info["help"]))
        except (ValueError, SyntaxError):
            raise RegistryError(f"{where}: parameter {name}: the default must be a literal") from None
    return out


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
    span = facts.allowed_span
    for item in items if param.item_type == "date" else []:
        day = date.fromisoformat(item) if item else None
        if day and span and not span[0] <= day <= span[1]:
            raise bad(param.name, item, f"a date from the dataset's first, {span[0]}, to today, {span[1]}")
        for other_name, sign in ((param.not_after, 1), (param.not_before, -1)):
            other = str(values.get(other_name) or "") if other_name else ""
            if day and other and (day - date.fromisoformat(other)).days * sign > 0:
                raise bad(param.name, item, f"a date not {'after' if sign > 0 else 'before'} {other_name}={other}")


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


def collect(registry: Registry, cli: list[tuple[str, str]], from_file: dict[str, Any]) -> dict[str, dict[str, Any]]:
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


def select(registry: Registry, names: list[str], run_all: bool, errors: list[str]) -> list[str]:
    """The reports to run (``--all`` or by name); problems appended to ``errors``."""
    known = ", ".join(registry.reports) or "none registered"
    if run_all == bool(names):
        errors.append("give report names or --all, not both" if names else f"name a report or use --all ({known})")
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
    errors += [
        f"report {s}: as_of is one date for the whole run: use --as-of"
        for s, v in requested.items()
        if s and "as_of" in v
    ]
    from_params = requested.get("", {}).pop("as_of", None)
    if as_of is not None and from_params is not None and str(from_params) != as_of:
        errors.append(f"--as-of {shorten(as_of)} and parameter as_of={shorten(from_params)} disagree: give one")
    value = as_of if as_of is not None else from_params
    if value is None or (value == "" and as_of is None):  # the tables exist: the caller checked
        if facts.date_range is None:
            errors.append("the dataset has no dates: give --as-of YYYY-MM-DD")
        return facts.date_range[1].isoformat() if facts.date_range else ""
    try:
        if not (text := str(parse_value("as_of", "date", value))):
            raise bad("as_of", value, expected("date"))
        check_value(Param("as_of", "date", ""), text, facts, {})
    except ParameterError as exc:
        errors.append(f"--as-of: {exc}" if as_of is not None else str(exc))
        return ""
    return text


def plan_run(registry: Registry, selected: list[str], as_of: str, requested: dict[str, dict[str, Any]],
             facts: DatasetFacts) -> Plan:  # fmt: skip
    """Check every value for one ``as_of``; ``Plan.errors`` holds one line per problem."""
    plan = Plan(as_of=as_of)
    for scope, values in requested.items():
        if scope and scope not in registry.reports:
            plan.errors.append(f"unknown report {shorten(scope)} in a parameter name (REPORT.NAME)")
            continue
        if scope and scope not in selected:
            plan.errors.append(f"parameters for {scope} given, but {scope} is not among the reports to run")
        targets = [registry.reports[r] for r in ([scope] if scope else selected) if r in registry.reports]
        for name, value in values.items():
            if not any(name in r.parameters for r in targets):
                known = ", ".join(sorted({p for r in targets for p in r.parameters})) or "none"
                where = f"report {scope}: " if scope else ""
                plan.errors.append(
                    f"{where}unknown parameter {shorten(name)[1:-1]}={shorten(value)} (parameters: {known})"
                )
    problems: dict[str, list[str]] = {}  # one message, every report it concerns
    for name in selected:
        report = registry.reports[name]
        given: dict[str, Any] = {}
        for pname, value in {**requested.get("", {}), **requested.get(name, {})}.items():
            if pname in report.parameters:
                try:
                    given[pname] = parse_value(pname, report.parameters[pname].type, value)
                except ParameterError as exc:
                    problems.setdefault(str(exc), []).append(name)
        if "as_of" in report.parameters:
            given["as_of"] = as_of
        effective = {p: given.get(p, param.default) for p, param in report.parameters.items()}
        for pname, value in given.items():
            try:
                check_value(report.parameters[pname], value, facts, effective)
            except ParameterError as exc:
                problems.setdefault(str(exc), []).append(name)
        plan.runs.append(Planned(report=report, given=given, effective=effective))
    for text, names in problems.items():
        plan.errors.append(f"report{'s' * (len(names) > 1)} {', '.join(dict.fromkeys(names))}: {text}")
    return plan
