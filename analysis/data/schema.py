"""The schema, read from ``data/datapackage.json`` (a Frictionless Data Package).

This is the one place that knows the tables' columns, types, vocabularies, keys and
row rules. Loaders, the validator, the codebook and the tests all ask here.

Conventions beyond the Table Schema standard (prefixed ``x-``):
- ``x-derived`` on a field: filled in by ``build`` (e.g. the exact sentence text), so it
  is absent from the curated input table.
- ``x-vocabulary`` on a field: a description of each allowed value (the codebook prints it).
- ``x-units`` on ``claims.metric``: the unit each metric is counted in.
- ``x-labels`` on ``claims.metric``: a reader's name for each metric (``label()``).
- ``x-vocabulary-from`` on a field: its allowed values are another table's ids, less the
  rows excluded by a column's values (``claims.claimant``: an actor of ``actors.csv`` that
  is not a person). One source of truth: add an actor, and it may be a claimant.
- ``x-rules`` on a resource: row rules ``a <= b`` between two columns, checked when both are set.
- ``x-date-range`` on the package: the first and last day a date may take (the days charts and
  pandas' datetime64 can hold), applied to every date field.

Which ``datapackage.json``: the one named by ``path``, else the one ``using(data_dir)`` made
current (``validate DIR`` and ``build DIR`` check DIR against DIR's own schema), else the
project's. A file that is not a data package of the project's tables (a resource missing, a
field of an unknown type, a key naming no field) is a ``DataError`` naming what is wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import DataError, Problem

TABLES = ("sources", "actors", "claims", "claim_sources", "events", "transfers")
FIELD_TYPES = ("string", "integer", "date")  # the types the engine and the loaders know
DATE_RANGE = ("1678-01-01", "2261-12-31")  # whole years inside pandas' datetime64[ns], which charts use
_CURRENT: ContextVar[Path | None] = ContextVar("datapackage", default=None)
MAX_INTEGER = 10**15 - 1  # no figure in this dataset has more than 15 digits; more is a typo
LIST_SEP = "; "


def split_list(text: str) -> list[str]:
    """Split a '; '-separated cell into its items."""
    return [p.strip() for p in text.split(";") if p.strip()]


@dataclass(frozen=True)
class Field:
    """One column of a table."""

    name: str
    type: str
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    minimum: int | None = None
    pattern: str | None = None
    derived: bool = False
    vocabulary: dict[str, str] = field(default_factory=dict)
    vocabulary_from: tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]] | None = None
    title: str = ""


@dataclass(frozen=True)
class Table:
    """One resource of the package: its fields, keys and row rules."""

    name: str
    path: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]  # (column, table, column)
    rules: tuple[tuple[str, str], ...]  # (a, b) meaning a <= b

    @property
    def columns(self) -> list[str]:
        """Columns of the clean table, in order."""
        return [f.name for f in self.fields]

    @property
    def curated_columns(self) -> list[str]:
        """Columns of the hand-edited table (the clean ones minus derived fields)."""
        return [f.name for f in self.fields if not f.derived]

    def field(self, name: str) -> Field:
        """The field called ``name``."""
        return next(f for f in self.fields if f.name == name)


def _field(d: dict[str, Any]) -> Field:
    c = d.get("constraints", {})
    return Field(
        name=d["name"],
        type=d["type"],
        description=d.get("description", ""),
        required=bool(c.get("required", False)),
        enum=tuple(c["enum"]) if "enum" in c else None,
        minimum=c.get("minimum"),
        pattern=c.get("pattern"),
        derived=bool(d.get("x-derived", False)),
        vocabulary=dict(d.get("x-vocabulary", {})),
        vocabulary_from=_vocabulary_from(d.get("x-vocabulary-from")),
        title=str(d.get("title", "")),
    )


def _vocabulary_from(spec: dict[str, Any] | None) -> tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]] | None:
    if not spec:
        return None
    exclude = tuple((str(k), tuple(str(v) for v in vs)) for k, vs in spec.get("exclude", {}).items())
    return str(spec["resource"]), str(spec["field"]), exclude


def _rule(text: str) -> tuple[str, str]:
    a, b = (s.strip() for s in text.split("<="))
    return a, b


@lru_cache(maxsize=8)
def _load(path: Path) -> dict[str, Any]:
    from analysis.files import display_path, read_text

    shown = display_path(path)
    try:
        result = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise DataError(Problem(shown, exc.lineno, None, f"is not valid JSON: {exc.msg}")) from None
    if problems := structure_problems(result):
        raise DataError([Problem(shown, None, None, p) for p in problems])
    return dict(result)


@contextmanager
def using(data_dir: Path) -> Iterator[None]:
    """Within the block, the schema is ``data_dir/datapackage.json`` unless a call names another."""
    token = _CURRENT.set(paths.datapackage_path(data_dir).resolve())
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current_path() -> Path:
    """The datapackage.json in use (see the module notes)."""
    return _CURRENT.get() or paths.DATAPACKAGE.resolve()


def package(path: Path | None = None) -> dict[str, Any]:
    """The raw datapackage.json as a dict, checked by ``structure_problems``."""
    return _load((path or current_path()).resolve())


def structure_problems(doc: object) -> list[str]:
    """What makes ``doc`` not a data package of the project's tables (empty if nothing does)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("resources"), list):
        return ["is not a data package: expected a 'resources' list"]
    out: list[str] = []
    fields_of: dict[str, set[str]] = {}
    for i, r in enumerate(doc["resources"]):
        if not isinstance(r, dict) or not isinstance(r.get("name"), str) or not isinstance(r.get("path"), str):
            out.append(f"resources[{i}]: expected a resource with a name, a path and a schema")
            continue
        out += _resource_problems(r, fields_of)
    for r in doc["resources"]:
        if isinstance(r, dict) and r.get("name") in fields_of:
            out += _reference_problems(r, fields_of)
    out += [f"has no resource {t!r} (expected resources: {', '.join(TABLES)})" for t in TABLES if t not in fields_of]
    if "x-date-range" in doc and _date_range(doc) is None:
        out.append("x-date-range: expected two dates, first to last, as YYYY-MM-DD")
    return out


def _resource_problems(r: dict[str, Any], fields_of: dict[str, set[str]]) -> list[str]:
    name, s = r["name"], r.get("schema")
    fields = s.get("fields") if isinstance(s, dict) else None
    if not isinstance(fields, list) or not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields):
        return [f"resource {name!r}: expected schema.fields, a list of fields with a name"]
    out = []
    for f in fields:
        where = f"resource {name!r}: field {f['name']!r}"
        if f.get("type") not in FIELD_TYPES:
            out.append(f"{where}: type {f.get('type')!r} is not one of {', '.join(FIELD_TYPES)}")
        c = f.get("constraints", {})
        if not isinstance(c, dict):
            out.append(f"{where}: constraints must be a mapping")
            continue
        if "enum" in c and not (isinstance(c["enum"], list) and all(isinstance(v, str) for v in c["enum"])):
            out.append(f"{where}: constraints.enum must be a list of text values")
        if "minimum" in c and (not isinstance(c["minimum"], int) or isinstance(c["minimum"], bool)):
            out.append(f"{where}: constraints.minimum must be a whole number")
        if "pattern" in c:
            try:
                re.compile(str(c["pattern"]))
            except re.error:
                out.append(f"{where}: constraints.pattern is not a regular expression")
    fields_of[name] = {f["name"] for f in fields}
    return out


def _reference_problems(r: dict[str, Any], fields_of: dict[str, set[str]]) -> list[str]:
    name, s = r["name"], r["schema"]
    mine, out = fields_of[name], []
    for key in s.get("primaryKey", []) if isinstance(s.get("primaryKey", []), list) else [None]:
        if key not in mine:
            out.append(f"resource {name!r}: primaryKey {key!r} is not one of its fields")
    for fk in s.get("foreignKeys", []) if isinstance(s.get("foreignKeys", []), list) else [None]:
        out += _foreign_key_problems(name, fk, fields_of)
    for rule in r.get("x-rules", []):
        sides = [x.strip() for x in str(rule).split("<=")]
        if len(sides) != 2 or not set(sides) <= mine:
            out.append(f"resource {name!r}: x-rules {rule!r} is not 'a <= b' between two of its fields")
    if not set(r.get("x-require-one-of", [])) <= mine:
        out.append(f"resource {name!r}: x-require-one-of names a field it does not have")
    for f in s["fields"]:
        spec = f.get("x-vocabulary-from")
        known = fields_of.get(str(spec.get("resource")), set()) if isinstance(spec, dict) else set()
        if spec and (not isinstance(spec, dict) or str(spec.get("field")) not in known):
            out.append(f"resource {name!r}: field {f['name']!r}: x-vocabulary-from names no field of a resource")
    return out


def _foreign_key_problems(name: str, fk: object, fields_of: dict[str, set[str]]) -> list[str]:
    ref = fk.get("reference") if isinstance(fk, dict) else None
    if not isinstance(fk, dict) or not isinstance(ref, dict) or str(fk.get("fields")) not in fields_of[name]:
        return [f"resource {name!r}: a foreign key names an unknown field or reference: {fk!r}"[:300]]
    target = str(ref.get("resource") or name)
    if str(ref.get("fields")) not in fields_of.get(target, set()):
        return [f"resource {name!r}: foreign key {fk['fields']!r} refers to no field of a resource {target!r}"]
    return []


def _date_range(doc: dict[str, Any]) -> tuple[date, date] | None:
    value = doc.get("x-date-range", list(DATE_RANGE))
    try:
        first, last = (date.fromisoformat(str(v)) for v in value)
    except (TypeError, ValueError):
        return None
    return (first, last) if first <= last else None


def date_range(path: Path | None = None) -> tuple[date, date]:
    """The first and last day a date in the dataset may take (``x-date-range``, else ``DATE_RANGE``)."""
    found = _date_range(package(path))
    assert found is not None  # structure_problems refused it otherwise
    return found


def tables(path: Path | None = None) -> dict[str, Table]:
    """Every table of the schema by name, in dependency order (sources, actors, claims, ...)."""
    out: dict[str, Table] = {}
    for r in package(path)["resources"]:
        s = r["schema"]
        fks = []
        for fk in s.get("foreignKeys", []):
            ref = fk["reference"]
            fks.append((fk["fields"], ref["resource"] or r["name"], ref["fields"]))
        out[r["name"]] = Table(
            name=r["name"],
            path=r["path"],
            description=r.get("description", ""),
            fields=tuple(_field(f) for f in s["fields"]),
            primary_key=tuple(s.get("primaryKey", [])),
            foreign_keys=tuple(fks),
            rules=tuple(_rule(t) for t in r.get("x-rules", []) if "<=" in t),
        )
    return out


def table(name: str, path: Path | None = None) -> Table:
    """The table called ``name``."""
    return tables(path)[name]


def vocabulary(table_name: str, column: str, path: Path | None = None) -> tuple[str, ...]:
    """Allowed values of a vocabulary column, e.g. ``vocabulary("claims", "metric")``.

    A column whose values come from another table (``x-vocabulary-from``, e.g.
    ``claims.claimant``) gets them, sorted, from that table in the same data folder: the
    clean table (what the loaders read) or, before the first build, the curated one.
    """
    f = table(table_name, path).field(column)
    if f.vocabulary_from is not None:
        data_dir = (path or current_path()).resolve().parent
        source = paths.clean_dir(data_dir) / f"{f.vocabulary_from[0]}.csv"
        if not source.exists():
            source = paths.curated_dir(data_dir) / f"{f.vocabulary_from[0]}.csv"
        return derived_vocabulary(f, _rows(source))
    if f.enum is None:
        raise KeyError(f"{table_name}.{column} has no vocabulary")
    return f.enum


def derived_vocabulary(f: Field, rows: list[dict[str, str]]) -> tuple[str, ...]:
    """The values a ``x-vocabulary-from`` field allows, given the rows of its source table."""
    assert f.vocabulary_from is not None
    _, key, exclude = f.vocabulary_from
    drop = dict(exclude)
    return tuple(
        sorted({r.get(key, "") for r in rows if r.get(key) and not any(r.get(c, "") in vs for c, vs in drop.items())})
    )


def _rows(path: Path) -> list[dict[str, str]]:
    from analysis.files import read_csv_rows

    return read_csv_rows(path)


def claimant_message(value: str) -> str:
    """What is wrong with a claimant that is not an actor, or is a person."""
    return (
        f"{value!r} is not allowed: {value!r} is not a claimant "
        "(allowed: an actor_id of actors.csv whose kind is not person)"
    )


def _metric_extension(key: str, path: Path | None) -> dict[str, str]:
    """An ``x-`` mapping of the ``claims.metric`` field (``x-labels``, ``x-units``)."""
    claims = next(r for r in package(path)["resources"] if r["name"] == "claims")
    metric: dict[str, Any] = next((f for f in claims["schema"]["fields"] if f["name"] == "metric"), {})
    return {str(k): str(v) for k, v in dict(metric.get(key, {})).items()}


def labels(path: Path | None = None) -> dict[str, str]:
    """A reader's name for each metric (``claims.metric`` ``x-labels``)."""
    return _metric_extension("x-labels", path)


def label(metric: str, path: Path | None = None) -> str:
    """A reader's name for a metric (its ``x-labels`` entry, else the name in words)."""
    return labels(path).get(metric) or metric.replace("_", " ").capitalize()


def column_label(table_name: str, column: str, path: Path | None = None) -> str:
    """A reader's name for a column: its Table Schema ``title``, else the name in words."""
    return table(table_name, path).field(column).title or column.replace("_", " ").capitalize()


def metric_units(path: Path | None = None) -> dict[str, str]:
    """The unit each metric is counted in (``claims.metric`` ``x-units``)."""
    return _metric_extension("x-units", path)


def version(path: Path | None = None) -> str:
    """The dataset version (datapackage ``version``), quoted in reports and citations."""
    return str(package(path).get("version", "unversioned"))


def require_one_of(table_name: str, path: Path | None = None) -> tuple[str, ...]:
    """Columns of which each row must fill at least one (``x-require-one-of``)."""
    for r in package(path)["resources"]:
        if r["name"] == table_name:
            return tuple(r.get("x-require-one-of", ()))
    return ()
