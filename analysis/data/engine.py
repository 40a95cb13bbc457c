"""The structural validation engine: frictionless checks the tables, this module words its errors.

Types, required cells, vocabularies (``enum``), patterns, minimum/maximum, primary keys and
foreign keys are checked by frictionless (Table Schema), table by table with its row
stream: one pass per table, foreign keys looked up in the other tables of the same read.
Its errors are mapped to the project's one-line ``file:line: column value: problem`` form
(``analysis.errors.Problem``). The project's own rules (``checks``) run beside it on the
rows this module returns.

Why not ``Package.validate()``: frictionless validates the package descriptor against its
JSON Schemas first, and copies every field and resource through that validator; the first
use imports jsonschema's format checkers, about 1.2 s on this machine, for a descriptor a
test already validates (``tests/test_schema.py``). The fields and resources here are
built from the schema objects directly and copy themselves without it (``to_copy``).

Data quirks:
- Files are read with ``files.read_text`` (UTF-8, a BOM allowed; a bad byte is a problem
  naming its offset) and parsed with the csv module, so that line numbers are the lines an
  editor shows (a record is numbered by its first line; the header is line 1). Cells are
  stripped of surrounding spaces, as ``build`` writes them. Blank lines are skipped.
- Integers and dates must be written canonically (``3000``, ``2025-03-27``): frictionless
  also reads ``+5``, ``05``, ``1_000`` or ``2025-3-7``, which the clean tables never hold.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from analysis.data import schema
from analysis.errors import DataError, Problem, shorten

Values = dict[str, Any]


@dataclass
class Read:
    """One table as read: text rows (stripped), typed values and line numbers of its good rows.

    ``rows[i]``, ``values[i]`` and ``lines[i]`` describe the same record. A record whose
    field count differs from the header is reported and left out. ``bad`` holds
    (line, column) of cells the engine found wrong, so rules skip them.
    """

    name: str
    shown: str
    table: str = ""  # the schema table its columns come from (``name`` unless told)
    header: list[str] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    values: list[Values] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    bad: set[tuple[int, str]] = field(default_factory=set)

    def source(self) -> Source:
        """The rows again as engine input (to check other tables against them)."""
        table = schema.table(self.table or self.name)
        return Source(
            table,
            self.shown,
            self.header,
            [(n, [r[h] for h in self.header]) for r, n in zip(self.rows, self.lines, strict=True)],
        )


# --- reading text ---------------------------------------------------------------------


def parse_csv(text: str, shown: str) -> tuple[list[str] | None, list[tuple[int, list[str]]], list[Problem]]:
    """Header, (line, cells) records and parse problems of CSV text."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    last = 0
    try:
        for cells in reader:
            start, last = last + 1, reader.line_num
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue
            records.append((start, [c.strip() for c in cells]))
    except csv.Error as exc:
        return header, records, [Problem(shown, reader.line_num, None, f"is not valid CSV: {exc}")]
    return header, records, []


def read_csv_text(path: Path, shown: str) -> tuple[list[str] | None, list[tuple[int, list[str]]], list[Problem]]:
    """Header and records of a CSV file; a missing, unreadable or non-UTF-8 file is a problem."""
    from analysis.files import read_text

    if not path.is_file():
        return None, [], [Problem(shown, None, None, "is missing")]
    try:
        text = read_text(path, shown)
    except DataError as exc:
        return None, [], exc.problems
    header, records, problems = parse_csv(text, shown)
    if header is None and not problems:
        problems = [Problem(shown, 1, None, "is empty: expected a header row")]
    return header, records, problems


def header_problems(shown: str, header: list[str], columns: list[str]) -> list[Problem]:
    """Missing, unknown and repeated columns (the order of columns is free)."""
    out = [
        Problem(shown, 1, col, f"column is missing (expected columns: {', '.join(columns)})")
        for col in columns
        if col not in header
    ]
    out += [
        Problem(
            shown,
            1,
            col if col.isprintable() and len(col) <= 40 else shorten(col, 40),
            f"column is not in the schema (allowed: {', '.join(columns)})",
        )
        for col in header
        if col not in columns
    ]
    seen: set[str] = set()
    for col in header:
        if col in seen and col in columns:
            out.append(Problem(shown, 1, col, "column appears twice"))
        seen.add(col)
    return out


# --- frictionless ---------------------------------------------------------------------


def _field_classes() -> dict[str, type]:
    from frictionless import fields

    class _Copy:
        name: str
        constraints: dict[str, Any]

        def to_copy(self, **options: Any) -> Any:
            """A copy without the descriptor round trip (see the module notes)."""
            return type(self)(name=self.name, constraints=dict(self.constraints))  # type: ignore[call-arg]

    class StringField(_Copy, fields.StringField):
        pass

    class IntegerField(_Copy, fields.IntegerField):
        pass

    class DateField(_Copy, fields.DateField):
        pass

    return {"string": StringField, "integer": IntegerField, "date": DateField}


_CLASSES: dict[str, type] = {}


def _constraints(f: schema.Field, required: bool) -> dict[str, Any]:
    c: dict[str, Any] = {}
    if f.required and required:
        c["required"] = True
    if f.enum is not None:
        c["enum"] = list(f.enum)
    if f.pattern:
        c["pattern"] = f.pattern
    if f.type == "integer":
        c["minimum"] = f.minimum if f.minimum is not None else -schema.MAX_INTEGER
        c["maximum"] = schema.MAX_INTEGER
    if f.type == "date":  # the days charts can draw (x-date-range)
        c["minimum"], c["maximum"] = (d.isoformat() for d in schema.date_range())
    return c


def _schema_factory(
    table: schema.Table, header: list[str], names: set[str], required: bool, extra: dict[str, schema.Field]
) -> Callable[[], Any]:
    from frictionless import Schema

    if not _CLASSES:
        _CLASSES.update(_field_classes())

    def make() -> Any:
        fields = []
        for col in header:
            f = extra.get(col) or table.field(col)
            fields.append(_CLASSES[f.type](name=col, constraints=_constraints(f, required)))
        fks = [
            {"fields": [col], "reference": {"resource": ref, "fields": [ref_col]}}
            for col, ref, ref_col in table.foreign_keys
            if col in header and ref in names
        ]
        pk = list(table.primary_key) if all(k in header for k in table.primary_key) else []
        return Schema(fields=fields, primary_key=pk, foreign_keys=fks)

    return make


def _resource(name: str, data: list[list[str]], make: Callable[[], Any]) -> Any:
    from frictionless.resources import TableResource

    class Inline(TableResource):
        def to_copy(self, **options: Any) -> Any:
            """A copy without the descriptor round trip (see the module notes)."""
            return _resource(self.name, data, make)

    return Inline(name=name, data=data, schema=make())


@dataclass
class Source:
    """A table to check: its schema, display name and records (header first)."""

    table: schema.Table
    shown: str
    header: list[str]
    records: list[tuple[int, list[str]]]
    required: bool = True
    extra: dict[str, schema.Field] = field(default_factory=dict)  # columns not in the table
    name: str = ""


def check_tables(sources: list[Source]) -> tuple[dict[str, Read], list[Problem]]:
    """Run frictionless over tables read together (foreign keys resolve among them)."""
    from frictionless import Package

    names = {s.name or s.table.name for s in sources}
    resources = []
    problems: list[Problem] = []
    for s in sources:
        shaped = [(n, cells) for n, cells in s.records if len(cells) == len(s.header)]
        problems += [
            Problem(s.shown, n, None, f"has {len(cells)} fields, expected {len(s.header)} (as in the header)")
            for n, cells in s.records
            if len(cells) != len(s.header)
        ]
        s.records = shaped
        make = _schema_factory(s.table, s.header, names, s.required, s.extra)
        data = [s.header, *[cells for _, cells in s.records]]
        resources.append(_resource(s.name or s.table.name, data, make))
    Package(resources=resources)  # sets each resource's package, for foreign keys
    reads: dict[str, Read] = {}
    for s, resource in zip(sources, resources, strict=True):
        read = Read(s.name or s.table.name, s.shown, s.table.name, header=list(s.header))
        fields = {**{f.name: f for f in s.table.fields}, **s.extra}
        with resource:
            for row in resource.row_stream:
                line = s.records[row.row_number - 2][0]
                cells = s.records[row.row_number - 2][1]
                found = [_problem(s.shown, line, e, fields, s, cells) for e in row.errors]
                row_problems = [p for p in found if p is not None]
                text = dict(zip(s.header, cells, strict=True))
                values = {k: row[k] for k in s.header}
                for col in s.header:
                    canon = _canonical(fields[col], text[col], values[col])
                    if canon and not any(p.column == col for p in row_problems):
                        row_problems.append(Problem(s.shown, line, col, canon))
                problems += row_problems
                read.bad |= {(line, p.column) for p in row_problems if p.column}
                read.rows.append(text)
                read.values.append(values)
                read.lines.append(line)
        reads[read.name] = read
    return reads, problems


def _canonical(f: schema.Field, text: str, value: Any) -> str | None:
    if value is None or text == "":
        return None
    if f.type == "integer" and str(value) != text:
        return f"{shorten(text)} is not a whole number (write digits only, e.g. 3000)"
    if f.type == "date" and isinstance(value, date) and value.isoformat() != text:
        return f"{shorten(text)} is not a date (expected YYYY-MM-DD)"
    return None


def _problem(
    shown: str, line: int, error: Any, fields: dict[str, schema.Field], source: Source, cells: list[str]
) -> Problem | None:
    """One frictionless row error in the project's words."""
    kind, header = error.type, source.header
    if kind == "primary-key":
        position = str(error.note).rsplit(" ", 1)[-1]
        if not position.isdigit():
            return None  # an empty key: reported as a required cell
        cols = list(source.table.primary_key)
        key = "/".join(cells[header.index(c)] for c in cols)
        first = source.records[int(position) - 2][0]
        return Problem(shown, line, ",".join(cols), f"{key} is a duplicate (first on line {first})")
    if kind == "foreign-key":
        col = error.field_names[0]
        value = cells[header.index(col)]
        if col == "claimant":
            return Problem(shown, line, col, schema.claimant_message(value))
        return Problem(shown, line, col, f"{shorten(value)} does not exist in {error.reference_name}")
    name = getattr(error, "field_name", None)
    if name is None or name not in fields:
        return Problem(shown, line, None, error.message)
    f = fields[name]
    value = str(getattr(error, "cell", "") or "")
    if kind == "type-error":
        if f.type == "integer":
            return Problem(shown, line, name, f"{shorten(value)} is not a whole number (write digits only, e.g. 3000)")
        if f.type == "date":
            return Problem(shown, line, name, f"{shorten(value)} is not a date (expected YYYY-MM-DD)")
    if kind == "constraint-error":
        note = str(error.note)
        if '"required"' in note:
            return Problem(shown, line, name, "is empty but required")
        if '"enum"' in note:
            return Problem(shown, line, name, f"{shorten(value)} is not allowed (allowed: {', '.join(f.enum or ())})")
        if '"pattern"' in note:
            return Problem(shown, line, name, f"{shorten(value)} does not match the pattern {f.pattern}")
        if f.type == "date" and ('"minimum"' in note or '"maximum"' in note):
            lo, hi = schema.date_range()
            return Problem(
                shown, line, name, f"{shorten(value)} is outside the dates charts can draw (allowed: {lo} to {hi})"
            )
        if '"minimum"' in note:
            if f.minimum is not None and f.minimum >= 0 and value.startswith("-"):
                return Problem(shown, line, name, f"{value} is negative: figures must be {f.minimum} or more")
            low = f.minimum if f.minimum is not None else -schema.MAX_INTEGER
            return Problem(shown, line, name, f"{shorten(value)} is too small (allowed: {low} or more)")
        if '"maximum"' in note:
            return Problem(
                shown,
                line,
                name,
                f"{shorten(value)} is implausibly large (allowed: at most {len(str(schema.MAX_INTEGER))} digits)",
            )
    return Problem(shown, line, name, f"{shorten(value)}: {error.note or error.message}")
