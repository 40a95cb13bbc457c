"""Reading and checking the tables; typed loaders for the clean dataset.

Two layers:
- ``check_*`` functions read CSV files as plain text and return ``Problem`` lists with
  the file, line and column of each bad value. ``validate`` and ``build`` use them.
- ``load_*`` functions read ``data/clean/`` and return typed DataFrames: datetime64
  dates, nullable ``Int64`` figures, categoricals whose categories are the schema's
  vocabularies, so a typo can never hide as a new category.

Data quirks:
- Line numbers count the header as line 1 (what an editor shows); no field spans lines.
- ``events.actors`` holds several actor ids separated by "; ".
- A raw text whose sha256 differs from ``sources.sha256`` is refused everywhere: the
  sentence numbers in the curated tables would no longer point at the right sentence.
"""

from __future__ import annotations

import csv
import hashlib
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import paths, schema
from analysis.errors import DataError, Problem, display_path
from analysis.text import split_sentences

Rows = list[dict[str, str]]
LIST_SEP = "; "


# --- reading ---------------------------------------------------------------------------


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


def split_list(text: str) -> list[str]:
    """Split a '; '-separated cell into its items."""
    return [p.strip() for p in text.split(";") if p.strip()]


def sha256_of(path: Path) -> str:
    """SHA-256 of a file's bytes, as hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
        elif sha256_of(path) != row["sha256"]:
            problems.append(
                Problem(
                    display_path(path),
                    None,
                    None,
                    f"checksum changed: sha256 {sha256_of(path)[:12]}... does not match "
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


def source_text(source_id: str, data_dir: Path | None = None) -> str:
    """The shipped text of a source, refused (``DataError``) if its checksum changed."""
    data_dir = data_dir or paths.DATA_DIR
    sources = load_sources(data_dir)
    row = sources.loc[sources["source_id"] == source_id]
    if row.empty or pd.isna(row["raw_file"].iloc[0]):
        raise DataError(
            Problem(
                display_path(paths.curated_dir(data_dir) / "sources.csv"),
                None,
                "source_id",
                f"{source_id!r} has no shipped text",
            )
        )
    path = paths.raw_dir(data_dir) / str(row["raw_file"].iloc[0])
    expected = str(row["sha256"].iloc[0])
    if sha256_of(path) != expected:
        raise DataError(
            Problem(
                display_path(path),
                None,
                None,
                f"checksum changed: expected sha256 {expected[:12]}..., refusing to use it",
            )
        )
    return path.read_text(encoding="utf-8")


def source_sentences(source_id: str, data_dir: Path | None = None) -> list[str]:
    """The numbered sentences of a shipped source (``sentence_no`` n is item n-1)."""
    return split_sentences(source_text(source_id, data_dir))


# --- typed loaders ---------------------------------------------------------------------


def _typed(table: schema.Table, frame: pd.DataFrame) -> pd.DataFrame:
    for f in table.fields:
        col = frame[f.name]
        if f.type == "integer":
            frame[f.name] = pd.to_numeric(col, errors="raise").astype("Int64")
        elif f.type == "date":
            frame[f.name] = pd.to_datetime(col, format="%Y-%m-%d")
        elif f.enum is not None:
            frame[f.name] = pd.Categorical(col, categories=list(f.enum))
        else:
            frame[f.name] = col.astype("string")
    return frame


@lru_cache(maxsize=32)
def _load_cached(name: str, path: Path, mtime_ns: int) -> pd.DataFrame:
    table = schema.table(name)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    missing = [c for c in table.columns if c not in frame.columns]
    if missing:
        raise DataError(Problem(display_path(path), 1, missing[0], "column is missing: run `python -m analysis build`"))
    return _typed(table, frame[table.columns].copy())


def load_table(name: str, data_dir: Path | None = None) -> pd.DataFrame:
    """Load one clean table as a typed DataFrame (a fresh copy each call)."""
    path = paths.clean_dir(data_dir or paths.DATA_DIR) / f"{name}.csv"
    if not path.exists():
        raise DataError(Problem(display_path(path), None, None, "is missing: run `python -m analysis build`"))
    return _load_cached(name, path.resolve(), path.stat().st_mtime_ns).copy()


def load_sources(data_dir: Path | None = None) -> pd.DataFrame:
    """Sources: one row per document cited (``published`` is datetime64)."""
    return load_table("sources", data_dir)


def load_actors(data_dir: Path | None = None) -> pd.DataFrame:
    """Actors: canonical names, kind, country, role and aliases."""
    return load_table("actors", data_dir)


def load_claims(data_dir: Path | None = None) -> pd.DataFrame:
    """Claims: one row per asserted figure; values are nullable Int64, vocabularies categorical."""
    return load_table("claims", data_dir)


def load_claim_sources(data_dir: Path | None = None) -> pd.DataFrame:
    """Further outlets carrying each claim."""
    return load_table("claim_sources", data_dir)


def load_events(data_dir: Path | None = None) -> pd.DataFrame:
    """Events: dated happenings with date precision and category."""
    return load_table("events", data_dir)


def load_transfers(data_dir: Path | None = None) -> pd.DataFrame:
    """Transfers: weapons and materiel provided, quantified or in the source's words."""
    return load_table("transfers", data_dir)


def load_all(data_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Every clean table by name."""
    return {name: load_table(name, data_dir) for name in schema.TABLES}


def dataset_dates(data_dir: Path | None = None) -> tuple[date, date]:
    """First and last date in the dataset (claims reported_on, events date)."""
    claims, events = load_claims(data_dir), load_events(data_dir)
    dates = pd.concat([claims["reported_on"], events["date"]]).dropna()
    return dates.min().date(), dates.max().date()
