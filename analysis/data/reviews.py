"""Review files: extraction candidates awaiting a person's decision (``data/review/*.csv``).

``python -m analysis ingest`` writes one file per ingested article. Each row is one
candidate claim; a person sets ``decision``:
- empty: undecided (not in the dataset yet);
- ``accept``: the row becomes a claim as it stands;
- ``edit``: the person corrected cells (values, claimant, period ...); the row becomes a
  claim with the corrected cells;
- ``reject``: not a claim. The row stays in the file so that ingesting the same article
  again does not propose it again.

``build`` adds the accepted and edited rows to ``claims`` (``accepted_claims``) after
``check_reviews`` found nothing wrong.

Data quirks:
- ``claim_id`` is given at ingestion (``<source_id>-<NN>``, numbering on after the
  highest id in the file) and kept, so an id keeps pointing at the same candidate when
  the article is ingested again.
- ``proposal`` remembers what the extractor proposed (sentence, metric, values), so an
  edited row is still recognised as that proposal.
- All cells are text; a number cell holds digits only ("3000", not "3,000").
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.data import schema
from analysis.data.checks import check_rows, read_rows
from analysis.errors import Problem
from analysis.files import display_path, read_csv_rows
from analysis.sentences import split_sentences

# What the extractor proposes for each figure (``analysis.intake.extract.Candidate`` has
# exactly these fields, in this order; a test keeps the two in step).
CANDIDATE_COLUMNS = [
    "metric",
    "value_low",
    "value_best",
    "value_high",
    "unit",
    "claimant",
    "speaker",
    "qualifier",
    "cue",
    "period_start",
    "period_end",
    "date_precision",
    "sentence_no",
    "sentence",
    "source",
    "value_cue",
]
DECISIONS = ("accept", "reject", "edit")
TAKEN = ("accept", "edit")
EXTRA_COLUMNS = [
    "source_id",
    "reported_on",
    "basis",
    "confidence",
    "location",
    "supersedes",
    "notes",
    "proposal",
]
COLUMNS = ["decision", "claim_id", *CANDIDATE_COLUMNS, *EXTRA_COLUMNS]
DEFAULTS = {"basis": "unspecified", "confidence": "medium"}


def review_path(source_id: str, data_dir: Path | None = None) -> Path:
    """Where the review file of a source lives."""
    return paths.review_dir(data_dir or paths.DATA_DIR) / f"{source_id}.csv"


def proposal_key(sentence_no: object, metric: object, low: object, best: object, high: object) -> str:
    """The identity of a proposed figure: sentence number, metric and the three values."""
    return "|".join("" if v is None else str(v) for v in (sentence_no, metric, low, best, high))


def row_key(row: dict[str, str]) -> str:
    """The proposal a review row stands for (its ``proposal`` cell, else its current cells)."""
    return row.get("proposal") or proposal_key(
        *(row.get(c, "") for c in ("sentence_no", "metric", "value_low", "value_best", "value_high"))
    )


# --- reading and writing ---------------------------------------------------------------


# Review files are opened in spreadsheets: a cell starting with = + - @ would run as a
# formula, so it is written with a leading apostrophe (the spreadsheet convention) and read
# back without it. Cells that already start with apostrophes before such a character get
# one more, so every cell reads back exactly as it was.
_FORMULA = re.compile(r"^'*[=+\-@]")


def spreadsheet_safe(cell: str) -> str:
    """A cell as written to a review file: "'" before a leading = + - @ (see above)."""
    return "'" + cell if _FORMULA.match(cell) else cell


def spreadsheet_value(cell: str) -> str:
    """A review-file cell as read back: the apostrophe ``spreadsheet_safe`` added removed."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell) else cell


def read_review(path: Path) -> tuple[list[dict[str, str]], list[int], list[Problem]]:
    """Rows (text cells), their line numbers and header problems of a review file."""
    rows, lines, problems = read_rows(path, COLUMNS)
    return [{k: spreadsheet_value(v) for k, v in r.items()} for r in rows], lines, problems


def to_csv(rows: Iterable[dict[str, str]]) -> str:
    """Review rows as CSV text in ``COLUMNS`` order (LF line endings), spreadsheet-safe."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: spreadsheet_safe(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows)
    return buf.getvalue()


# --- accepted claims -------------------------------------------------------------------


def claim_record(row: dict[str, str], source_id: str) -> dict[str, str]:
    """The curated-claims row a review row makes (defaults for basis and confidence)."""
    record = {c: row.get(c, "") for c in schema.table("claims").curated_columns}
    record["source_id"] = record["source_id"] or source_id
    for column, default in DEFAULTS.items():
        record[column] = record[column] or default
    return record


def accepted_claims(data_dir: Path | None = None) -> pd.DataFrame:
    """Claims from every review row with decision accept or edit, in curated-claims columns.

    All cells are text ("" when empty), as in ``data/curated/claims.csv``.
    """
    columns = schema.table("claims").curated_columns
    records = []
    for path in sorted(paths.review_dir(data_dir or paths.DATA_DIR).glob("*.csv")):
        rows, _, _ = read_review(path)
        records += [claim_record(r, path.stem) for r in rows if r.get("decision", "") in TAKEN]
    return pd.DataFrame(records, columns=columns, dtype=str)


# --- checks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reference:
    """What review rows are checked against: actors, sources and curated claim ids."""

    actors: frozenset[str]
    claimants: frozenset[str]
    sentences: dict[str, int | None]  # source_id -> number of sentences of its raw text
    claim_ids: frozenset[str]


@lru_cache(maxsize=16)
def _sentence_count(path: Path, mtime_ns: int) -> int:
    return len(split_sentences(path.read_text(encoding="utf-8")))


def _reference(data_dir: Path) -> _Reference:
    curated = paths.curated_dir(data_dir)
    actors = read_csv_rows(curated / "actors.csv")
    sentences: dict[str, int | None] = {}
    for row in read_csv_rows(curated / "sources.csv"):
        raw = paths.raw_dir(data_dir) / row.get("raw_file", "") if row.get("raw_file") else None
        ok = raw is not None and raw.is_file()
        sentences[row["source_id"]] = (
            _sentence_count(raw.resolve(), raw.stat().st_mtime_ns) if ok and raw is not None else None
        )
    return _Reference(
        actors=frozenset(a["actor_id"] for a in actors),
        claimants=frozenset(a["actor_id"] for a in actors if a.get("kind") != "person"),
        sentences=sentences,
        claim_ids=frozenset(r["claim_id"] for r in read_csv_rows(curated / "claims.csv")),
    )


_INT = re.compile(r"^\d+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _allowed(values: Iterable[str]) -> str:
    return ", ".join(values)


def _cell_problem(column: str, value: str, ref: _Reference) -> str | None:
    """What is wrong with one non-empty cell, whatever the row's decision."""
    if column == "decision":
        return (
            None
            if value in DECISIONS
            else f"{value!r} is not allowed (allowed: empty for undecided, {', '.join(DECISIONS)})"
        )
    if column == "claimant" and value not in ref.claimants:
        return (
            f"{value!r} is not a claimant (allowed: actor ids of actors.csv that are not persons: "
            f"{_allowed(sorted(ref.claimants))})"
        )
    if column == "speaker" and value not in ref.actors:
        return f"{value!r} is not an actor in actors.csv (allowed: its actor_id values)"
    table = schema.table("claims")
    if column not in table.columns:
        return None
    f = table.field(column)
    if f.type == "integer" and not _INT.match(value):
        return f"{value!r} is not a whole number (allowed: digits only, e.g. 3000)"
    if f.type == "date" and not _DATE.match(value):
        return f"{value!r} is not a date (allowed: YYYY-MM-DD)"
    if f.enum is not None and column != "claimant" and value not in f.enum:
        return f"{value!r} is not allowed (allowed: {_allowed(f.enum)})"
    return None


def _taken_problems(row: dict[str, str], source_id: str, ref: _Reference) -> list[tuple[str | None, str]]:
    """What stops an accepted or edited row from becoming a claim (beyond single cells)."""
    out: list[tuple[str | None, str]] = []
    units = schema.metric_units()
    metric, unit = row.get("metric", ""), row.get("unit", "")
    if metric in units and unit and unit != units[metric]:
        out.append(("unit", f"{unit!r} does not fit metric {metric} (allowed: {units[metric]})"))
    if row.get("source_id") and row["source_id"] != source_id:
        out.append(("source_id", f"{row['source_id']!r} differs from the file's source {source_id!r}"))
    no, count = row.get("sentence_no", ""), ref.sentences.get(source_id)
    if _INT.match(no) and count is not None and not 1 <= int(no) <= count:
        out.append(("sentence_no", f"{no} is out of range (allowed: 1-{count}, the source's sentences)"))
    if row.get("claim_id") in ref.claim_ids:
        out.append(("claim_id", f"{row['claim_id']!r} already exists in data/curated/claims.csv"))
    return out


def check_review_file(path: Path, data_dir: Path | None = None, ref: _Reference | None = None) -> list[Problem]:
    """Problems of one review file: one per bad row (its first bad cell), plus header problems."""
    data_dir = data_dir or paths.DATA_DIR
    ref = ref or _reference(data_dir)
    shown = display_path(path)
    rows, lines, problems = read_review(path)
    if any(p.line in (None, 1) for p in problems):
        return problems
    source_id = path.stem
    if source_id not in ref.sentences:
        return [
            Problem(
                shown,
                None,
                None,
                f"source {source_id!r} is not in data/curated/sources.csv (review files are named <source_id>.csv)",
            )
        ]
    found: dict[int, list[tuple[str | None, str]]] = {}
    for row, line in zip(rows, lines, strict=True):
        found[line] = [(c, m) for c in COLUMNS if row.get(c) and (m := _cell_problem(c, row[c], ref))]
        if row.get("decision") in TAKEN:
            found[line] += _taken_problems(row, source_id, ref)
    taken = [
        (claim_record(r, source_id), line) for r, line in zip(rows, lines, strict=True) if r.get("decision") in TAKEN
    ]
    if taken:
        for p in check_rows(schema.table("claims"), shown, [t[0] for t in taken], [t[1] for t in taken]):
            issues = found.setdefault(p.line or 0, [])
            if p.column not in {c for c, _ in issues}:  # a bad cell is reported once
                issues.append((p.column, p.message))
    for line, issues in sorted(found.items()):
        if issues:
            column, message = issues[0]
            more = len(issues) - 1
            problems.append(
                Problem(
                    shown,
                    line,
                    column,
                    message + (f" (and {more} more problem{'s' * (more > 1)} in this row)" if more else ""),
                )
            )
    return problems


def check_reviews(data_dir: Path | None = None) -> list[Problem]:
    """Problems of every review file: one Problem per bad row (file, line, column, bad value,
    what is allowed), and claim ids used twice across files."""
    data_dir = data_dir or paths.DATA_DIR
    folder = paths.review_dir(data_dir)
    if not folder.is_dir():
        return []
    ref = _reference(data_dir)
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.csv")):
        file_problems = check_review_file(path, data_dir, ref)
        problems += file_problems
        rows, lines, _ = read_review(path)
        for row, line in zip(rows, lines, strict=True):
            cid = row.get("claim_id", "")
            if row.get("decision") not in TAKEN or not cid:
                continue
            where = f"{display_path(path)}:{line}"
            if cid in seen and not any(p.line == line for p in file_problems):
                problems.append(
                    Problem(
                        display_path(path),
                        line,
                        "claim_id",
                        f"{cid!r} is used twice (first at {seen[cid]}); ids must be unique",
                    )
                )
            seen.setdefault(cid, where)
    return problems
