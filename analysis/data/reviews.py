"""Review files: extraction candidates awaiting a person's decision (``data/review/*.csv``).

``python -m analysis ingest`` writes one file per ingested article. Each row is one
candidate claim; a person sets ``decision``:
- empty: undecided (not in the dataset yet);
- ``accept``: the row becomes a claim as it stands;
- ``edit``: the person corrected cells (values, claimant, period ...); the row becomes a
  claim with the corrected cells;
- ``reject``: not a claim. The row stays in the file so that ingesting the same article
  again does not propose it again.

``build`` adds the accepted and edited rows to ``claims`` (``accepted_rows``) after
``check_reviews`` found nothing wrong. Each file is read once per run (``read_reviews``) and
the same ``ReviewFile`` is checked and then built from.

Data quirks:
- ``claim_id`` is given at ingestion (``<source_id>-<NN>``, numbering on after the
  highest id in the file) and kept, so an id keeps pointing at the same candidate when
  the article is ingested again.
- ``proposal`` remembers what the extractor proposed (sentence, metric, values), so an
  edited row is still recognised as that proposal.
- All cells are text; a number cell holds digits only ("3000", not "3,000").
- A cell the writer guarded against spreadsheet formulas (a leading apostrophe before
  ``=``, ``+``, ``-`` or ``@``) is read without the apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from analysis import paths
from analysis.data import schema
from analysis.data.checks import Inputs, RawTexts, Tables, read_tables, run_rules
from analysis.data.engine import Read, Source, check_tables, header_problems, parse_csv, read_csv_text
from analysis.errors import Problem
from analysis.files import display_path

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


@dataclass
class ReviewFile:
    """One review file as read (once): its rows of text cells, their lines, and its own problems.

    ``records`` hold the rows whose field count matches the header, with the spreadsheet guard
    removed; ``problems`` the file's, header's and row shapes' problems.
    """

    path: Path
    shown: str
    header: list[str] = field(default_factory=list)
    records: list[tuple[int, list[str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def source_id(self) -> str:
        """The source the file reviews (files are named ``<source_id>.csv``)."""
        return self.path.stem

    @cached_property
    def rows(self) -> list[dict[str, str]]:
        """The rows as dicts of text cells."""
        return [dict(zip(self.header, cells, strict=True)) for _, cells in self.records]

    @property
    def lines(self) -> list[int]:
        """The line of each row."""
        return [n for n, _ in self.records]


def parse_review(path: Path, text: str | None = None) -> ReviewFile:
    """A review file from ``text`` (what is about to be written there) or, without it, from disk."""
    shown = display_path(path)
    if text is None:
        header, records, problems = read_csv_text(path, shown)
    else:
        header, records, problems = parse_csv(text, shown)
    if header is None or problems:
        return ReviewFile(path, shown, problems=problems)
    problems = header_problems(shown, header, COLUMNS)
    if problems:
        return ReviewFile(path, shown, header, problems=problems)
    out = []
    for line, cells in records:
        if len(cells) != len(header):
            problems.append(
                Problem(shown, line, None, f"has {len(cells)} fields, expected {len(header)} (as in the header)")
            )
            continue
        out.append((line, [spreadsheet_value(c) for c in cells]))
    return ReviewFile(path, shown, header, out, problems)


def read_reviews(data_dir: Path | None = None) -> list[ReviewFile]:
    """Every review file of a data folder, read once, in name order."""
    folder = paths.review_dir(data_dir or paths.DATA_DIR)
    return [parse_review(path) for path in sorted(folder.glob("*.csv"))] if folder.is_dir() else []


def read_review(path: Path) -> tuple[list[dict[str, str]], list[int], list[Problem]]:
    """Rows (text cells), their line numbers and file/header/row-shape problems of a review file."""
    found = parse_review(path)
    return found.rows, found.lines, found.problems


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


def accepted_rows(files: Iterable[ReviewFile]) -> list[dict[str, str]]:
    """Claims (curated-claims columns, text cells) from every review row with decision accept or edit."""
    return [claim_record(r, f.source_id) for f in files for r in f.rows if r.get("decision", "") in TAKEN]


# --- checks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """What review rows are checked against: curated actors and sources, claim ids, shipped texts."""

    actors: Source | None
    sources: Source | None
    source_ids: frozenset[str]
    texts: RawTexts
    claim_ids: frozenset[str]


def reference(data_dir: Path, tables: Tables | None = None, texts: RawTexts | None = None) -> Reference:
    if tables is None:
        tables, _ = read_tables(paths.curated_dir(data_dir), curated=True)
    return Reference(
        actors=tables["actors"].source() if "actors" in tables else None,
        sources=tables["sources"].source() if "sources" in tables else None,
        source_ids=frozenset(r["source_id"] for r in tables["sources"].rows) if "sources" in tables else frozenset(),
        texts=texts if texts is not None else RawTexts.read(data_dir, tables.get("sources")),
        claim_ids=frozenset(r["claim_id"] for r in tables["claims"].rows) if "claims" in tables else frozenset(),
    )


def _extra_fields() -> dict[str, schema.Field]:
    """The review columns that are not claims columns, as fields (read from the schema in use)."""
    extra = {c: schema.Field(c, "string", "") for c in COLUMNS if c not in schema.table("claims").columns}
    extra["decision"] = schema.Field("decision", "string", "", enum=DECISIONS)
    return extra


def _engine(ref: Reference, source: Source, only: tuple[str, ...] | None = None) -> tuple[Read, list[Problem]]:
    """The engine and the named rules (all, or ``only`` these) over one review source, with
    the curated actors and sources to refer to."""
    others = [s for s in (ref.actors, ref.sources) if s is not None]
    reads, problems = check_tables([source, *others])
    read = reads[source.name]
    problems = [p for p in problems if p.file == source.shown]
    tables = {source.name: read, **{k: v for k, v in reads.items() if k != source.name}}
    problems += [p for p in run_rules(Inputs(tables, ref.texts), only=only) if p.file == source.shown]
    for i, p in enumerate(problems):
        if p.column == "decision" and "is not allowed" in p.message:
            value = p.message.split(" is not allowed", 1)[0]
            problems[i] = Problem(
                p.file,
                p.line,
                p.column,
                f"{value} is not allowed (allowed: empty for undecided, {', '.join(DECISIONS)})",
            )
    return read, problems


def _taken_problems(row: dict[str, str], source_id: str, ref: Reference) -> list[tuple[str | None, str]]:
    """What stops an accepted or edited row from becoming a claim (beyond single cells)."""
    out: list[tuple[str | None, str]] = []
    units = schema.metric_units()
    metric, unit = row.get("metric", ""), row.get("unit", "")
    if metric in units and unit and unit != units[metric]:
        out.append(("unit", f"{unit!r} does not fit metric {metric} (allowed: {units[metric]})"))
    if row.get("source_id") and row["source_id"] != source_id:
        out.append(("source_id", f"{row['source_id']!r} differs from the file's source {source_id!r}"))
    no, count = row.get("sentence_no", ""), ref.texts.count(source_id)
    if no.isascii() and no.isdigit() and count is not None and not 1 <= int(no) <= count:
        out.append(("sentence_no", f"{no} is out of range (allowed: 1-{count}, the source's sentences)"))
    if row.get("claim_id") in ref.claim_ids:
        out.append(("claim_id", f"{row['claim_id']!r} already exists in data/curated/claims.csv"))
    return out


def check_review_file(
    review: Path | ReviewFile, data_dir: Path | None = None, ref: Reference | None = None
) -> list[Problem]:
    """Problems of one review file: one per bad row (its first bad cell), plus file and header problems.

    Every row's cells are checked by the same engine as the curated tables (claims schema,
    required cells relaxed while undecided); accepted and edited rows are then checked as
    the claims they make (required cells, row rules, references, the sentence they quote).
    """
    data_dir = data_dir or paths.DATA_DIR
    ref = ref or reference(data_dir)
    found_file = review if isinstance(review, ReviewFile) else parse_review(review)
    shown, header, records, problems = (
        found_file.shown,
        found_file.header,
        found_file.records,
        list(found_file.problems),
    )
    if not records and problems and any(p.line in (None, 1) for p in problems):
        return problems
    source_id = found_file.source_id
    if source_id not in ref.source_ids:
        return [
            Problem(
                shown,
                None,
                None,
                f"source {source_id!r} is not in data/curated/sources.csv (review files are named <source_id>.csv)",
            )
        ]
    claims = schema.table("claims")
    found: dict[int, list[tuple[str | None, str]]] = {}
    # every row, whatever its decision: cells and claimants (an article's own text, e.g. the
    # sentence, may start with '-'; only what becomes a claim must be spreadsheet-safe)
    review_source = Source(claims, shown, header, records, required=False, extra=_extra_fields(), name="review")
    cells_read, cell_problems = _engine(ref, review_source, ("claimant_kind",))
    for line in cells_read.lines:
        found[line] = []
    for p in cell_problems:
        found.setdefault(p.line or 0, []).append((p.column, p.message))
    rows, lines = found_file.rows, found_file.lines
    taken = [(claim_record(r, source_id), n) for r, n in zip(rows, lines, strict=True) if r.get("decision") in TAKEN]
    for row, line in zip(rows, lines, strict=True):
        if row.get("decision") in TAKEN:
            found.setdefault(line, []).extend(_taken_problems(row, source_id, ref))
    if taken:
        columns = claims.curated_columns
        source = Source(claims, shown, columns, [(n, [r[c] for c in columns]) for r, n in taken], name="claims")
        _, claim_problems = _engine(ref, source)
        for p in claim_problems:
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


def check_reviews(
    data_dir: Path | None = None,
    tables: Tables | None = None,
    texts: RawTexts | None = None,
    files: list[ReviewFile] | None = None,
) -> list[Problem]:
    """Problems of every review file: one Problem per bad row (file, line, column, bad value,
    what is allowed), and claim ids used twice across files. ``tables``, ``texts`` and
    ``files``: the curated tables, shipped texts and review files already read (read when not given)."""
    data_dir = data_dir or paths.DATA_DIR
    files = read_reviews(data_dir) if files is None else files
    if not files:
        return []
    ref = reference(data_dir, tables, texts)
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for review in files:
        file_problems = check_review_file(review, data_dir, ref)
        problems += file_problems
        for row, line in zip(review.rows, review.lines, strict=True):
            cid = row.get("claim_id", "")
            if row.get("decision") not in TAKEN or not cid:
                continue
            where = f"{review.shown}:{line}"
            if cid in seen and not any(p.line == line for p in file_problems):
                problems.append(
                    Problem(
                        review.shown,
                        line,
                        "claim_id",
                        f"{cid!r} is used twice (first at {seen[cid]}); ids must be unique",
                    )
                )
            seen.setdefault(cid, where)
    return problems
