"""The report registry (``notebooks/reports.yaml``): which reports exist and their parameters.

A report's parameter names, defaults and help come from its notebook's ``parameters`` cell
(``papermill.inspect_notebook``); the registry adds only what a notebook cannot say: title,
description, a ``type`` when the annotation is not enough (``date``), ``allowed`` values, and
``not_after``/``not_before`` between dates. A registry or notebook that is wrong is a
``DataError`` naming the file and the entry. Checking values against it is ``plan``'s job.

Quirk: papermill silently skips a parameter line with a second ``=``, so such a notebook is
refused with a message naming the parameter.
"""

from __future__ import annotations

import ast
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analysis import paths
from analysis.data import schema
from analysis.data.facts import VOCABULARIES
from analysis.errors import DataError, Problem, one_line
from analysis.files import display_path
from analysis.params import TYPES

_NAME = re.compile(r"^[A-Za-z_]\w*$")


def _refuse(shown: str, what: str) -> DataError:
    """The registry (or a notebook it names) is wrong: one problem naming the file and the entry."""
    return DataError(Problem(shown, None, None, what))


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
        raise _refuse(shown, why or "cannot read: " + one_line(exc, 200)) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("reports"), dict):
        raise _refuse(shown, "expected a mapping with a 'reports:' section")
    return Registry(path, {str(n): _report(str(n), e or {}, path.parent, shown) for n, e in doc["reports"].items()})


def _keys(shown: str, where: str, entry: Any, known: set[str]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise _refuse(shown, f"{where}: expected a mapping ({', '.join(sorted(known))})")
    if unknown := set(map(str, entry)) - known:
        hint = " (defaults and descriptions come from the notebook)" if unknown & {"default", "description"} else ""
        raise _refuse(shown, f"{where}: unknown key(s) {', '.join(sorted(unknown))}{hint}")
    return entry


def _report(name: str, entry: Any, base: Path, shown: str) -> Report:
    where = f"report {name}"
    if not _NAME.match(name):
        raise _refuse(shown, f"{where}: a report name must be a Python-style identifier")
    entry = _keys(shown, where, entry, {"title", "notebook", "description", "parameters"})
    notebook = (base / str(entry.get("notebook", f"reports/{name}.ipynb"))).resolve()
    specs = entry.get("parameters") or {}
    if not isinstance(specs, dict):
        raise _refuse(shown, f"{where}: 'parameters' must be a mapping")
    cell = notebook_parameters(notebook, (shown, where)) if notebook.exists() else {}
    if notebook.exists() and (extra := [p for p in specs if p not in cell]):
        raise _refuse(shown, f"{where}: parameter {extra[0]} is not in the notebook's parameters cell")
    params = {p: _param(p, specs.get(p) or {}, *info, shown, f"{where}: parameter {p}") for p, info in cell.items()}
    title = str(entry.get("title", name.replace("_", " ").capitalize()))
    return Report(name, title, notebook, " ".join(str(entry.get("description", "")).split()), params)


def _param(name: str, spec: Any, annotation: str, default: Any, help_: str, shown: str, where: str) -> Param:
    spec = _keys(shown, where, spec, {"type", "allowed", "not_after", "not_before"})
    simple = {"str": "str", "int": "int", "float": "float", "bool": "bool", "list": "list[str]"}
    type_ = str(spec.get("type") or (annotation if annotation.startswith("list[") else simple.get(annotation)))
    if type_ not in TYPES:
        raise _refuse(shown, f"{where}: unknown type {type_!r} (types: {', '.join(TYPES)})")
    allowed = spec.get("allowed")
    columns = {f"{t}.{c}" for t, table in schema.tables().items() for c in table.columns}
    if isinstance(allowed, str) and allowed not in {*VOCABULARIES, *columns}:
        raise _refuse(shown, f"{where}: unknown vocabulary {allowed!r} (use {', '.join(VOCABULARIES)} or table.column)")
    if allowed is not None and not isinstance(allowed, list | str):
        raise _refuse(shown, f"{where}: 'allowed' must be a list or a vocabulary name")
    allowed = tuple(allowed) if isinstance(allowed, list) else allowed
    return Param(name, type_, default, help_, allowed, spec.get("not_after"), spec.get("not_before"))


def notebook_parameters(notebook: Path, where: tuple[str, str] | None = None) -> dict[str, tuple[str, Any, str]]:
    """``{name: (annotation, default, help)}`` of a notebook's ``parameters`` cell, via papermill."""
    from analysis.reports.pool import quiet_papermill

    quiet_papermill()
    import papermill

    shown, ctx = where or (_shown(notebook), "")
    at = f"{ctx}: " if ctx else ""
    try:
        found = papermill.inspect_notebook(str(notebook))
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    except Exception as exc:
        raise _refuse(shown, f"{at}cannot read {_shown(notebook)}: {one_line(exc, 200)}") from None
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    source = "".join(tagged[0]["source"]) if tagged else ""
    if missed := [n for n in re.findall(r"^([A-Za-z_]\w*)\s*(?::[^=]*)?=", source, re.M) if n not in found]:
        raise _refuse(shown, f"{at}papermill cannot read the line of parameter {missed[0]} (a second '=' in it?)")
    out = {}
    for name, info in found.items():
        try:
            out[name] = (str(info["inferred_type_name"]), ast.literal_eval(info["default"]), str(info["help"]))
        except (ValueError, SyntaxError):
            raise _refuse(shown, f"{at}parameter {name}: the default must be a literal") from None
    return out
