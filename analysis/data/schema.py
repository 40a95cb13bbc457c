"""The schema, read from ``data/datapackage.json`` (a Frictionless Data Package).

This is the one place that knows the tables' columns, types, vocabularies, keys and
row rules. Loaders, the validator, the codebook and the tests all ask here.

Conventions beyond the Table Schema standard (prefixed ``x-``):
- ``x-derived`` on a field: filled in by ``build`` (e.g. the exact sentence text), so it
  is absent from the curated input table.
- ``x-vocabulary`` on a field: a description of each allowed value (the codebook prints it).
- ``x-units`` on ``claims.metric``: the unit each metric is counted in.
- ``x-rules`` on a resource: row rules ``a <= b`` between two columns, checked when both are set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis import paths

TABLES = ("sources", "actors", "claims", "claim_sources", "events", "transfers")


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
    )


def _rule(text: str) -> tuple[str, str]:
    a, b = (s.strip() for s in text.split("<="))
    return a, b


@lru_cache(maxsize=8)
def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        result: dict[str, Any] = json.load(fh)
    return result


def package(path: Path | None = None) -> dict[str, Any]:
    """The raw datapackage.json as a dict."""
    return _load((path or paths.DATAPACKAGE).resolve())


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
    """Allowed values of a vocabulary column, e.g. ``vocabulary("claims", "metric")``."""
    enum = table(table_name, path).field(column).enum
    if enum is None:
        raise KeyError(f"{table_name}.{column} has no vocabulary")
    return enum


def metric_units(path: Path | None = None) -> dict[str, str]:
    """The unit each metric is counted in (``claims.metric`` ``x-units``)."""
    for r in package(path)["resources"]:
        if r["name"] == "claims":
            for f in r["schema"]["fields"]:
                if f["name"] == "metric":
                    return dict(f.get("x-units", {}))
    return {}


def version(path: Path | None = None) -> str:
    """The dataset version (datapackage ``version``), quoted in reports and citations."""
    return str(package(path).get("version", "unversioned"))


def require_one_of(table_name: str, path: Path | None = None) -> tuple[str, ...]:
    """Columns of which each row must fill at least one (``x-require-one-of``)."""
    for r in package(path)["resources"]:
        if r["name"] == table_name:
            return tuple(r.get("x-require-one-of", ()))
    return ()
