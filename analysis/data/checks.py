"""Checks of the tables as people and the build leave them: one ``Problem`` per bad value.

``check_*`` functions read CSV files as plain text and return ``Problem`` lists with the
file, line and column of each bad value; ``check_inputs`` runs all of them over what
``build`` reads. ``validate`` and ``build`` use them, and nothing here writes.

Data quirks:
- Line numbers count the header as line 1 (what an editor shows); no field spans lines.
- A raw text whose sha256 differs from ``sources.sha256`` is refused everywhere: the
  sentence numbers in the curated tables would no longer point at the right sentence.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

from analysis import paths
from analysis.data import schema
from analysis.data.tables import Rows, split_list
from analysis.errors import Problem
from analysis.files import display_path, sha256_file
from analysis.sentences import split_sentences


def read_rows(path: Path, columns: list[str]) -> tuple[Rows, list[int], list[Problem]]:
    """Read a CSV as strings; return its rows, their line numbers and header problems."""
    shown = display_path(path)
    if not path.exists():
        return [], [], [Problem(shown, None, None, "is missing")]
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return [], [], [Problem(shown, 1, None, "is empty: expected a header row")]
        problems = _header_problems(shown, header, columns)
        rows: Rows = []
        lines: list[int] = []
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                problems.append(
                    Problem(
                        shown,
                        reader.line_num,
                        None,
                        f"has {len(values)} fields, expected {len(header)} (as in the header)",
                    )
                )
                continue
            rows.append({k: v.strip() for k, v in zip(header, values, strict=True)})
            lines.append(reader.line_num)
    return rows, lines, problems


def _header_problems(shown: str, header: list[str], columns: list[str]) -> list[Problem]:
    out = []
    for col in columns:
        if col not in header:
            out.append(Problem(shown, 1, col, f"column is missing (expected columns: {', '.join(columns)})"))
    for col in header:
        if col not in columns:
            out.append(Problem(shown, 1, col, f"column is not in the schema (allowed: {', '.join(columns)})"))
    return out


# --- per-cell and per-row checks -------------------------------------------------------

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT = re.compile(r"^-?\d+$")


def parse_date(text: str) -> date | None:
    """An ISO date (YYYY-MM-DD), or None when the text is not one."""
    if not _DATE.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _cell_problem(f: schema.Field, value: str) -> str | None:
    if value == "":
        return "is empty but required" if f.required else None
    if f.type == "integer":
        if not _INT.match(value):
            return f"{value!r} is not a whole number (write digits only, e.g. 3000)"
        if f.minimum is not None and int(value) < f.minimum:
            return f"{value} is negative: figures must be {f.minimum} or more"
    elif f.type == "date" and parse_date(value) is None:
        return f"{value!r} is not a date (expected YYYY-MM-DD)"
    if f.enum is not None and value not in f.enum:
        return f"{value!r} is not allowed (allowed: {', '.join(f.enum)})"
    if f.pattern and not re.fullmatch(f.pattern, value):
        return f"{value!r} does not match the pattern {f.pattern}"
    return None


def _comparable(f: schema.Field, value: str) -> int | date | None:
    if value == "" or _cell_problem(f, value):
        return None
    return int(value) if f.type == "integer" else parse_date(value)


def check_rows(table: schema.Table, shown: str, rows: Rows, lines: list[int]) -> list[Problem]:
    """Types, vocabularies, patterns, required cells, row rules and duplicate keys."""
    problems: list[Problem] = []
    fields = [f for f in table.fields if rows and f.name in rows[0]]
    seen: dict[tuple[str, ...], int] = {}
    require_one = schema.require_one_of(table.name)
    for row, line in zip(rows, lines, strict=True):
        for f in fields:
            msg = _cell_problem(f, row[f.name])
            if msg:
                problems.append(Problem(shown, line, f.name, msg))
        for a, b in table.rules:
            va, vb = _comparable(table.field(a), row.get(a, "")), _comparable(table.field(b), row.get(b, ""))
            if va is not None and vb is not None and va > vb:  # type: ignore[operator]
                problems.append(Problem(shown, line, a, f"{row[a]} > {b} {row[b]}"))
        if require_one and all(row.get(c, "") == "" for c in require_one):
            problems.append(Problem(shown, line, None, f"no figure: fill at least one of {', '.join(require_one)}"))
        key = tuple(row.get(k, "") for k in table.primary_key)
        if all(key):
            if key in seen:
                problems.append(
                    Problem(
                        shown,
                        line,
                        ",".join(table.primary_key),
                        f"{'/'.join(key)} is a duplicate (first on line {seen[key]})",
                    )
                )
            else:
                seen[key] = line
    return problems


# --- cross-table checks ----------------------------------------------------------------


def check_references(tables: dict[str, tuple[str, Rows, list[int]]]) -> list[Problem]:
    """Foreign keys (claims -> sources, claims -> actors, ...) and the events' actor lists."""
    problems: list[Problem] = []
    spec = schema.tables()
    keys = {
        name: {r.get(spec[name].primary_key[0], "") for r in rows}
        for name, (_, rows, _) in tables.items()
        if len(spec[name].primary_key) == 1
    }
    for name, (shown, rows, lines) in tables.items():
        for col, ref_table, _ref_col in spec[name].foreign_keys:
            if ref_table not in keys:
                continue
            for row, line in zip(rows, lines, strict=True):
                value = row.get(col, "")
                if value and value not in keys[ref_table]:
                    problems.append(Problem(shown, line, col, f"{value!r} does not exist in {ref_table}"))
    if "events" in tables and "actors" in keys:
        shown, rows, lines = tables["events"]
        for row, line in zip(rows, lines, strict=True):
            for actor in split_list(row.get("actors", "")):
                if actor not in keys["actors"]:
                    problems.append(Problem(shown, line, "actors", f"{actor!r} does not exist in actors"))
    return problems


def check_raw_files(data_dir: Path, sources: Rows, lines: list[int], shown: str) -> list[Problem]:
    """Every shipped raw file exists and still has the checksum in its sources record."""
    problems = []
    for row, line in zip(sources, lines, strict=True):
        name = row.get("raw_file", "")
        if not name:
            continue
        path = paths.raw_dir(data_dir) / name
        if not path.exists():
            problems.append(
                Problem(shown, line, "raw_file", f"{name!r}: no such file in {display_path(paths.raw_dir(data_dir))}")
            )
        elif not row.get("sha256"):
            problems.append(Problem(shown, line, "sha256", f"is empty but {name} is shipped: record its sha256"))
        elif sha256_file(path) != row["sha256"]:
            problems.append(
                Problem(
                    display_path(path),
                    None,
                    None,
                    f"checksum changed: sha256 {sha256_file(path)[:12]}... does not match "
                    f"{row['sha256'][:12]}... recorded in {shown}:{line}; raw files are never edited",
                )
            )
    return problems


def check_sentences(data_dir: Path, tables: dict[str, tuple[str, Rows, list[int]]]) -> list[Problem]:
    """sentence_no points at a sentence of a shipped text (and only where a text is shipped)."""
    problems: list[Problem] = []
    if "sources" not in tables:
        return problems
    counts: dict[str, int | None] = {}
    for row in tables["sources"][1]:
        path = paths.raw_dir(data_dir) / row.get("raw_file", "") if row.get("raw_file") else None
        counts[row["source_id"]] = len(split_sentences(path.read_text("utf-8"))) if path and path.exists() else None
    for name in ("claims", "events", "transfers"):
        if name not in tables:
            continue
        shown, rows, lines = tables[name]
        for row, line in zip(rows, lines, strict=True):
            no = row.get("sentence_no", "")
            if not no or not _INT.match(no):
                continue
            n = counts.get(row.get("source_id", ""))
            if n is None:
                problems.append(
                    Problem(
                        shown,
                        line,
                        "sentence_no",
                        f"{no} given but source {row.get('source_id')!r} has no shipped text",
                    )
                )
            elif not 1 <= int(no) <= n:
                problems.append(
                    Problem(shown, line, "sentence_no", f"{no} is out of range: the source has sentences 1-{n}")
                )
    return problems


# --- raw texts -------------------------------------------------------------------------


Tables = dict[str, tuple[str, list[dict[str, str]], list[int]]]


def read_tables(folder: Path, curated: bool) -> tuple[Tables, list[Problem]]:
    """Read and check every table in ``folder`` (curated or clean columns)."""
    tables: Tables = {}
    problems: list[Problem] = []
    for name, table in schema.tables().items():
        path = folder / f"{name}.csv"
        columns = table.curated_columns if curated else table.columns
        rows, lines, header_problems = read_rows(path, columns)
        problems += header_problems
        if any(p.line in (None, 1) for p in header_problems):
            continue  # a missing file or wrong header: cell checks would only repeat it
        shown = display_path(path)
        problems += check_rows(table, shown, rows, lines)
        tables[name] = (shown, rows, lines)
    problems += check_references(tables)
    return tables, problems


def check_claimant_vocabulary(tables: Tables) -> list[Problem]:
    """The schema's claimant enum lists exactly the non-person actors."""
    if "actors" not in tables:
        return []
    actors = {r["actor_id"] for r in tables["actors"][1] if r.get("kind") != "person"}
    enum = set(schema.vocabulary("claims", "claimant"))
    shown = display_path(paths.datapackage_path())
    out = [
        Problem(shown, None, "claims.claimant", f"enum lacks actor {a!r} (add it, or make it a person)")
        for a in sorted(actors - enum)
    ]
    out += [
        Problem(shown, None, "claims.claimant", f"enum value {a!r} is not an actor in actors.csv")
        for a in sorted(enum - actors)
    ]
    return out
