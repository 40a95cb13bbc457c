"""Checks of the tables as people and the build leave them: one ``Problem`` per bad value.

Two parts, run together by ``read_tables``/``check_inputs``:
- the structural engine (``analysis.data.engine``): frictionless checks types, required
  cells, vocabularies, patterns, minimum/maximum, primary and foreign keys, and the
  shipped raw files' sha256;
- the project's own rules, small named functions in ``RULES`` that run on the rows the
  engine read (and skip cells it already found wrong):

  ``value_order``      low <= best <= high, period_start <= period_end (``x-rules``)
  ``figure_present``   a claim fills at least one of low/best/high (``x-require-one-of``)
  ``event_actors``     every actor named in ``events.actors`` is in actors.csv
  ``claimant_kind``    a claimant is an actor that is not a person (``x-vocabulary-from``)
  ``as_of_period``     an as-of claim never ends after the day it was made; a
                       year-precise period ends on 31 December or on the reported day
  ``safe_text``        no control characters (a tab is allowed in ``notes``); no text
                       cell starting with ``=``, ``+``, ``-`` or ``@`` (a spreadsheet
                       would run it as a formula)

  and, over the raw texts: ``raw_file_inside`` (a ``raw_file`` resolves inside data/raw:
  no ``..``, no absolute path, no symlink out), ``sentence_range``.

Data quirks:
- Line numbers count the header as line 1 (what an editor shows).
- A raw text whose sha256 differs from ``sources.sha256`` is refused everywhere: the
  sentence numbers in the curated tables would no longer point at the right sentence.
- ``as_of_period`` leaves out planned claims (``qualifier`` ``planned``): an intention
  may name a period that ends after the day it was announced.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from analysis import paths
from analysis.data import schema
from analysis.data.engine import Read, Source, check_tables, header_problems, read_csv_text
from analysis.errors import DataError, Problem, shorten
from analysis.files import display_path, read_text
from analysis.sentences import split_sentences

Tables = dict[str, Read]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
FORMULA_START = ("=", "+", "-", "@")
TAB_ALLOWED = frozenset({"notes"})


def parse_date(text: str) -> date | None:
    """An ISO date (YYYY-MM-DD), or None when the text is not one."""
    if not _DATE.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


# --- reading ----------------------------------------------------------------------------


def read_sources(folder: Path, curated: bool) -> tuple[list[Source], list[Problem]]:
    """Every table file of ``folder`` read as text, with file and header problems."""
    sources: list[Source] = []
    problems: list[Problem] = []
    for name, table in schema.tables().items():
        path = folder / f"{name}.csv"
        shown = display_path(path)
        header, records, file_problems = read_csv_text(path, shown)
        problems += file_problems
        if header is None or file_problems:
            continue
        columns = table.curated_columns if curated else table.columns
        bad_header = header_problems(shown, header, columns)
        problems += bad_header
        if bad_header:
            continue  # a wrong header: cell checks would only repeat it
        sources.append(Source(table, shown, header, records))
    return sources, problems


def read_tables(folder: Path, curated: bool) -> tuple[Tables, list[Problem]]:
    """Read and check every table in ``folder`` (curated or clean columns): engine, then rules."""
    sources, problems = read_sources(folder, curated)
    tables, found = check_tables(sources)
    problems += found
    problems += run_rules(tables, curated)
    return tables, problems


# --- named rules --------------------------------------------------------------------------

Rule = Callable[[Tables], list[Problem]]


def _cells(read: Read, column: str) -> list[tuple[int, str, object, dict[str, object]]]:
    """(line, text, typed value, typed row) of a column's usable non-empty cells."""
    if column not in read.header:
        return []
    return [
        (line, row[column], values[column], values)
        for row, values, line in zip(read.rows, read.values, read.lines, strict=True)
        if row[column] != "" and (line, column) not in read.bad
    ]


def value_order(tables: Tables) -> list[Problem]:
    """``a <= b`` for every ``x-rules`` pair of a table, when both cells are set and valid."""
    out = []
    for read in tables.values():
        table = schema.table(read.table or read.name)
        for row, values, line in zip(read.rows, read.values, read.lines, strict=True):
            for a, b in table.rules:
                va, vb = values.get(a), values.get(b)
                if (line, a) in read.bad or (line, b) in read.bad or va is None or vb is None:
                    continue
                if va > vb:
                    out.append(Problem(read.shown, line, a, f"{row[a]} > {b} {row[b]}"))
    return out


def figure_present(tables: Tables) -> list[Problem]:
    """Rows of tables with ``x-require-one-of`` fill at least one of those columns."""
    out = []
    for read in tables.values():
        cols = schema.require_one_of(read.table or read.name)
        if not cols:
            continue
        for row, line in zip(read.rows, read.lines, strict=True):
            if all(row.get(c, "") == "" for c in cols):
                out.append(Problem(read.shown, line, None, f"no figure: fill at least one of {', '.join(cols)}"))
    return out


def event_actors(tables: Tables) -> list[Problem]:
    """Every actor in an event's '; '-separated ``actors`` cell exists in actors."""
    if "events" not in tables or "actors" not in tables:
        return []
    known = {r["actor_id"] for r in tables["actors"].rows}
    events = tables["events"]
    return [
        Problem(events.shown, line, "actors", f"{shorten(actor)} does not exist in actors")
        for line, text, _, _ in _cells(events, "actors")
        for actor in schema.split_list(text)
        if actor not in known
    ]


def claimant_kind(tables: Tables) -> list[Problem]:
    """Values of ``x-vocabulary-from`` fields are allowed ids of their source table (claimants are
    actors that are not persons). Values that are no id at all are the engine's foreign-key problems."""
    out = []
    for read in tables.values():
        for f in schema.table(read.table or read.name).fields:
            if f.vocabulary_from is None or f.vocabulary_from[0] not in tables:
                continue
            source = tables[f.vocabulary_from[0]]
            ids = {r.get(f.vocabulary_from[1], "") for r in source.rows}
            allowed = set(schema.derived_vocabulary(f, source.rows))
            for line, text, _, _ in _cells(read, f.name):
                if text in ids and text not in allowed:
                    out.append(Problem(read.shown, line, f.name, schema.claimant_message(text)))
    return out


def as_of_period(tables: Tables) -> list[Problem]:
    """An as-of claim never ends after the day it was made (``period_end`` <= ``reported_on``),
    and a year-precise period ends on 31 December or on the reported day. Planned claims are
    left out (see the module notes)."""
    if "claims" not in tables:
        return []
    read = tables["claims"]
    out = []
    for line, text, end, values in _cells(read, "period_end"):
        if values.get("qualifier") == "planned" or (line, "reported_on") in read.bad:
            continue
        made = values.get("reported_on")
        if not isinstance(end, date) or not isinstance(made, date):
            continue
        if end > made:
            out.append(
                Problem(
                    read.shown,
                    line,
                    "period_end",
                    f"{text} is after reported_on {made.isoformat()}: an as-of figure cannot count "
                    "days after it was made (allowed: a period_end on or before reported_on)",
                )
            )
        elif values.get("date_precision") == "year" and (end.month, end.day) != (12, 31) and end != made:
            out.append(
                Problem(
                    read.shown,
                    line,
                    "period_end",
                    f"{text} is an exact day but date_precision is year "
                    f"(allowed: {end.year}-12-31, or the reported day {made.isoformat()})",
                )
            )
    return out


def safe_text(tables: Tables) -> list[Problem]:
    """No control characters, and no text cell a spreadsheet would run as a formula."""
    out = []
    for read in tables.values():
        table = schema.table(read.table or read.name)
        for col in read.header:
            f = table.field(col) if col in table.columns else schema.Field(col, "string", "")
            if f.derived:
                continue
            for line, text, _, _ in _cells(read, col):
                bad = _CONTROL.search(text) or ("\t" in text and col not in TAB_ALLOWED)
                if bad:
                    char = text[bad.start()] if not isinstance(bad, bool) else "\t"
                    out.append(
                        Problem(
                            read.shown,
                            line,
                            col,
                            f"{shorten(text)} holds a control character (U+{ord(char):04X}); "
                            "allowed: printable text on one line"
                            + (" (a tab is allowed in notes)" if col not in TAB_ALLOWED else ""),
                        )
                    )
                elif f.type == "string" and text.startswith(FORMULA_START):
                    out.append(
                        Problem(
                            read.shown,
                            line,
                            col,
                            f"{shorten(text)} starts with {text[0]!r}, which a spreadsheet runs as a formula "
                            "(allowed: text starting with a letter, digit or quote; reword it)",
                        )
                    )
    return out


RULES: dict[str, Rule] = {
    "value_order": value_order,
    "figure_present": figure_present,
    "event_actors": event_actors,
    "claimant_kind": claimant_kind,
    "as_of_period": as_of_period,
    "safe_text": safe_text,
}


def run_rules(tables: Tables, curated: bool = True, only: tuple[str, ...] | None = None) -> list[Problem]:
    """The named rules (all, or ``only`` these) over tables the engine read (``as_of_period``
    and ``safe_text`` only on what people edit: the curated tables)."""
    out = []
    for name, rule in RULES.items():
        if (not curated and name in ("as_of_period", "safe_text")) or (only is not None and name not in only):
            continue
        out += rule(tables)
    return out


# --- raw texts ------------------------------------------------------------------------------


def raw_path(data_dir: Path, name: str) -> Path | None:
    """The file ``raw_file`` names, if it resolves inside data/raw (else None)."""
    raw = paths.raw_dir(data_dir)
    if not name or Path(name).is_absolute() or "\\" in name:
        return None
    try:
        resolved = (raw / name).resolve()
        inside = resolved.relative_to(raw.resolve())
    except (ValueError, OSError, RuntimeError):
        return None
    return raw / inside if inside.parts else None


def check_raw_files(data_dir: Path, sources: Read) -> list[Problem]:
    """Every shipped raw file is inside data/raw, exists and still has its recorded sha256
    (checked by frictionless's baseline check over the file's bytes)."""
    problems = []
    raw = paths.raw_dir(data_dir)
    for row, line in zip(sources.rows, sources.lines, strict=True):
        name = row.get("raw_file", "")
        if not name:
            continue
        path = raw_path(data_dir, name)
        if path is None:
            problems.append(
                Problem(
                    sources.shown,
                    line,
                    "raw_file",
                    f"{shorten(name)} is outside {display_path(raw)} "
                    "(allowed: a file name inside data/raw, no '..', no absolute path, no link out)",
                )
            )
        elif not path.is_file():
            problems.append(
                Problem(sources.shown, line, "raw_file", f"{shorten(name)}: no such file in {display_path(raw)}")
            )
        elif not row.get("sha256"):
            problems.append(
                Problem(sources.shown, line, "sha256", f"is empty but {name} is shipped: record its sha256")
            )
        elif (line, "sha256") not in sources.bad:
            problems += _hash_problems(path, row["sha256"], f"{sources.shown}:{line}")
    return problems


def _hash_problems(path: Path, expected: str, where: str) -> list[Problem]:
    from frictionless import checks
    from frictionless.resources import FileResource

    shown = display_path(path)
    resource = FileResource(path=path.name, basepath=str(path.parent), hash=f"sha256:{expected}")
    check = checks.baseline()
    check.connect(resource)
    try:
        with resource:
            resource.read_bytes()
    except Exception as exc:  # frictionless wraps OS errors in its own exception
        return [Problem(shown, None, None, f"cannot be read: {exc}")]
    if not list(check.validate_end()):
        return []
    actual = resource.stats.sha256 or ""
    return [
        Problem(
            shown,
            None,
            None,
            f"checksum changed: sha256 {actual[:12]}... does not match "
            f"{expected[:12]}... recorded in {where}; raw files are never edited",
        )
    ]


def sentence_counts(data_dir: Path, sources: Read | None) -> dict[str, int | None]:
    """Number of sentences of each source's shipped text (None when it ships none or is unusable)."""
    counts: dict[str, int | None] = {}
    for row in sources.rows if sources else []:
        path = raw_path(data_dir, row.get("raw_file", ""))
        text = None
        if path is not None and path.is_file():
            try:
                text = read_text(path)
            except DataError:
                text = None
        counts[row["source_id"]] = len(split_sentences(text)) if text is not None else None
    return counts


def check_sentences(data_dir: Path, tables: Tables) -> list[Problem]:
    """sentence_no points at a sentence of a shipped text (and only where a text is shipped)."""
    problems: list[Problem] = []
    counts = sentence_counts(data_dir, tables.get("sources"))
    for name in ("claims", "events", "transfers"):
        if name not in tables:
            continue
        read = tables[name]
        for line, text, no, values in _cells(read, "sentence_no"):
            if not isinstance(no, int):
                continue
            sid = str(values.get("source_id") or "")
            n = counts.get(sid)
            if n is None:
                problems.append(
                    Problem(read.shown, line, "sentence_no", f"{text} given but source {sid!r} has no shipped text")
                )
            elif not 1 <= no <= n:
                problems.append(
                    Problem(read.shown, line, "sentence_no", f"{text} is out of range: the source has sentences 1-{n}")
                )
    return problems


def raw_problems(data_dir: Path, tables: Tables) -> list[Problem]:
    """Raw-file placement and checksums, then sentence numbers."""
    problems = check_raw_files(data_dir, tables["sources"]) if "sources" in tables else []
    return problems + check_sentences(data_dir, tables)


def raw_sentences(data_dir: Path, sources: Read) -> dict[str, list[str]]:
    """The numbered sentences of every shipped source (after ``raw_problems`` found none)."""
    out = {}
    for row in sources.rows:
        path = raw_path(data_dir, row.get("raw_file", ""))
        if path is not None:
            out[row["source_id"]] = split_sentences(read_text(path))
    return out
