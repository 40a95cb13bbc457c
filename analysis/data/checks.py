"""Checks of the tables as people and the build leave them: one ``Problem`` per bad value.

Two parts, run together by ``read_tables``/``build.check_inputs``:
- the structural engine (``analysis.data.engine``): frictionless checks types, required
  cells, vocabularies, patterns, minimum/maximum (dates too: only days charts can draw),
  primary and foreign keys;
- the project's own rules: ``Rule`` objects (a name, a scope, a check) registered in
  ``RULES``, which run on the rows the engine read (and skip cells it already found wrong).
  Each check takes the ``Inputs`` (the tables, and the shipped texts when its scope needs
  them) and returns ``Problem``s. Scopes: ``rows`` any table (curated, clean, a review file),
  ``curated`` only what people edit, ``texts`` curated tables read with their shipped texts.

  ``value_order``      low <= best <= high, period_start <= period_end (``x-rules``)
  ``figure_present``   a claim fills at least one of low/best/high (``x-require-one-of``)
  ``event_actors``     every actor named in ``events.actors`` is in actors.csv
  ``claimant_kind``    a claimant is an actor that is not a person (``x-vocabulary-from``)
  ``as_of_period``     an as-of claim never ends after the day it was made; a
                       year-precise period ends on 31 December or on the reported day
  ``safe_text``        no control characters (a tab is allowed in ``notes``); no text
                       cell starting with ``=``, ``+``, ``-`` or ``@`` (a spreadsheet
                       would run it as a formula)
  ``raw_file_inside``  a ``raw_file`` resolves inside data/raw (no ``..``, no absolute
                       path, no symlink out) and exists
  ``raw_checksum``     a shipped text still has the sha256 recorded in sources.csv
  ``sentence_range``   ``sentence_no`` points at a sentence of the shipped text
  ``derived_text``     the sentence ``build`` fills in passes ``safe_text`` too

Each shipped text is read, checksummed and split into sentences once per run
(``RawTexts``); the rules, the review files and the build share it.

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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from analysis import paths
from analysis.data import schema
from analysis.data.engine import Read, Source, check_tables, header_problems, read_csv_text
from analysis.errors import DataError, Problem, shorten
from analysis.files import decode_utf8, display_path, sha256_bytes
from analysis.sentences import split_sentences

Tables = dict[str, Read]

_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
FORMULA_START = ("=", "+", "-", "@")
TAB_ALLOWED = frozenset({"notes"})
SENTENCE_TABLES = ("claims", "events", "transfers")


# --- reading ----------------------------------------------------------------------------


def read_sources(
    folder: Path, curated: bool, replaced: dict[str, str] | None = None
) -> tuple[list[Source], list[Problem]]:
    """Every table file of ``folder`` read as text, with file and header problems.

    ``replaced`` gives the text of a table to check instead of its file (what a command is
    about to write there, checked before it is written).
    """
    from analysis.data.engine import parse_csv

    sources: list[Source] = []
    problems: list[Problem] = []
    for name, table in schema.tables().items():
        path = folder / f"{name}.csv"
        shown = display_path(path)
        if replaced and name in replaced:
            header, records, file_problems = parse_csv(replaced[name], shown)
        else:
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


def read_tables(folder: Path, curated: bool, replaced: dict[str, str] | None = None) -> tuple[Tables, list[Problem]]:
    """Read and check every table in ``folder`` (curated or clean columns): the engine, then the
    rules of scope ``rows`` (and ``curated`` for curated tables; ``texts`` rules need ``RawTexts``)."""
    sources, problems = read_sources(folder, curated, replaced)
    tables, found = check_tables(sources)
    problems += found
    problems += run_rules(Inputs(tables), ("rows", "curated") if curated else ("rows",))
    return tables, problems


# --- named rules --------------------------------------------------------------------------


@dataclass
class Inputs:
    """What rules read: the tables the engine read, and the shipped texts (for ``texts`` rules)."""

    tables: Tables
    texts: RawTexts | None = None


@dataclass(frozen=True)
class Rule:
    """A named check: ``scope`` says which tables it applies to, ``check`` finds the problems."""

    name: str
    scope: str  # "rows", "curated" or "texts" (see the module notes)
    check: Callable[[Inputs], list[Problem]]

    @property
    def summary(self) -> str:
        """The first line of the check's docstring: what it checks."""
        return (self.check.__doc__ or self.name).strip().splitlines()[0]


def _cells(read: Read, column: str) -> list[tuple[int, str, object, dict[str, object]]]:
    """(line, text, typed value, typed row) of a column's usable non-empty cells."""
    if column not in read.header:
        return []
    return [
        (line, row[column], values[column], values)
        for row, values, line in zip(read.rows, read.values, read.lines, strict=True)
        if row[column] != "" and (line, column) not in read.bad
    ]


def value_order(inputs: Inputs) -> list[Problem]:
    """``a <= b`` for every ``x-rules`` pair of a table, when both cells are set and valid."""
    tables = inputs.tables
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


def figure_present(inputs: Inputs) -> list[Problem]:
    """Rows of tables with ``x-require-one-of`` fill at least one of those columns."""
    tables = inputs.tables
    out = []
    for read in tables.values():
        cols = schema.require_one_of(read.table or read.name)
        if not cols:
            continue
        for row, line in zip(read.rows, read.lines, strict=True):
            if all(row.get(c, "") == "" for c in cols):
                out.append(Problem(read.shown, line, None, f"no figure: fill at least one of {', '.join(cols)}"))
    return out


def event_actors(inputs: Inputs) -> list[Problem]:
    """Every actor in an event's '; '-separated ``actors`` cell exists in actors."""
    tables = inputs.tables
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


def claimant_kind(inputs: Inputs) -> list[Problem]:
    """Values of ``x-vocabulary-from`` fields are allowed ids of their source table (claimants are
    actors that are not persons). Values that are no id at all are the engine's foreign-key problems."""
    tables = inputs.tables
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


def as_of_period(inputs: Inputs) -> list[Problem]:
    """An as-of claim never ends after the day it was made (``period_end`` <= ``reported_on``),
    and a year-precise period ends on 31 December or on the reported day. Planned claims are
    left out (see the module notes)."""
    tables = inputs.tables
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


def unsafe_text(column: str, text: str) -> str | None:
    """Why ``text`` may not stand in a text cell of ``column`` (a control character, a leading
    formula character), or None: the test of ``safe_text`` and ``derived_text``."""
    bad = _CONTROL.search(text) or ("\t" in text and column not in TAB_ALLOWED)
    if bad:
        char = text[bad.start()] if not isinstance(bad, bool) else "\t"
        tab = " (a tab is allowed in notes)" if column not in TAB_ALLOWED else ""
        return f"holds a control character (U+{ord(char):04X}); allowed: printable text on one line{tab}"
    if text.startswith(FORMULA_START):
        return (
            f"starts with {text[0]!r}, which a spreadsheet runs as a formula "
            "(allowed: text starting with a letter, digit or quote; reword it)"
        )
    return None


def safe_text(inputs: Inputs) -> list[Problem]:
    """No control characters, and no text cell a spreadsheet would run as a formula."""
    out = []
    for read in inputs.tables.values():
        table = schema.table(read.table or read.name)
        for col in read.header:
            f = table.field(col) if col in table.columns else schema.Field(col, "string", "")
            if f.derived:
                continue
            for line, text, _, _ in _cells(read, col):
                why = unsafe_text(col, text) if f.type == "string" or _CONTROL.search(text) else None
                if why:
                    out.append(Problem(read.shown, line, col, f"{shorten(text)} {why}"))
    return out


# --- rules over the shipped texts -------------------------------------------------------------


def raw_file_inside(inputs: Inputs) -> list[Problem]:
    """A ``raw_file`` resolves inside data/raw (no '..', no absolute path, no link out) and exists."""
    return [t.problem for t in (inputs.texts.by_source.values() if inputs.texts else []) if t.problem and t.placed]


def raw_checksum(inputs: Inputs) -> list[Problem]:
    """A shipped text still has the sha256 recorded in sources.csv (raw files are never edited)."""
    return [t.problem for t in (inputs.texts.by_source.values() if inputs.texts else []) if t.problem and not t.placed]


def sentence_range(inputs: Inputs) -> list[Problem]:
    """``sentence_no`` points at a sentence of a shipped text (and only where a text is shipped)."""
    problems: list[Problem] = []
    for read, line, text, no, sid in _sentence_cells(inputs):
        n = inputs.texts.count(sid) if inputs.texts else None
        if n is None and inputs.texts and inputs.texts.unusable(sid):
            continue  # the text itself is wrong: raw_file_inside or raw_checksum says so
        if n is None:
            problems.append(
                Problem(read.shown, line, "sentence_no", f"{text} given but source {sid!r} has no shipped text")
            )
        elif not 1 <= no <= n:
            problems.append(
                Problem(read.shown, line, "sentence_no", f"{text} is out of range: the source has sentences 1-{n}")
            )
    return problems


def derived_text(inputs: Inputs) -> list[Problem]:
    """The sentence ``build`` fills in from a shipped text passes the ``safe_text`` test too."""
    problems: list[Problem] = []
    for read, line, text, no, sid in _sentence_cells(inputs):
        sentences = inputs.texts.sentences(sid) if inputs.texts else None
        if sentences and 1 <= no <= len(sentences) and (why := unsafe_text("sentence", sentences[no - 1])):
            sentence = shorten(sentences[no - 1])
            problems.append(
                Problem(read.shown, line, "sentence_no", f"{text} points at the sentence {sentence}, which {why}")
            )
    return problems


def _sentence_cells(inputs: Inputs) -> list[tuple[Read, int, str, int, str]]:
    """(table, line, text, number, source id) of every usable ``sentence_no`` cell."""
    found = []
    for read in inputs.tables.values():
        if (read.table or read.name) not in SENTENCE_TABLES:
            continue
        for line, text, no, values in _cells(read, "sentence_no"):
            if isinstance(no, int):
                found.append((read, line, text, no, str(values.get("source_id") or "")))
    return found


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule("value_order", "rows", value_order),
        Rule("figure_present", "rows", figure_present),
        Rule("event_actors", "rows", event_actors),
        Rule("claimant_kind", "rows", claimant_kind),
        Rule("as_of_period", "curated", as_of_period),
        Rule("safe_text", "curated", safe_text),
        Rule("raw_file_inside", "texts", raw_file_inside),
        Rule("raw_checksum", "texts", raw_checksum),
        Rule("sentence_range", "texts", sentence_range),
        Rule("derived_text", "texts", derived_text),
    )
}
SCOPES = ("rows", "curated", "texts")


def run_rules(inputs: Inputs, scopes: tuple[str, ...] = SCOPES, only: tuple[str, ...] | None = None) -> list[Problem]:
    """The registered rules of ``scopes`` (all, or ``only`` these names) over ``inputs``; rules of
    scope ``texts`` run only when the inputs carry the shipped texts."""
    out = []
    for rule in RULES.values():
        if rule.scope not in scopes or (only is not None and rule.name not in only):
            continue
        if rule.scope == "texts" and inputs.texts is None:
            continue
        out += rule.check(inputs)
    return out


# --- the shipped texts, read once -------------------------------------------------------------


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


@dataclass
class RawText:
    """One source's shipped text: where it is, what is wrong with it, and its numbered sentences."""

    source_id: str
    problem: Problem | None = None
    placed: bool = False  # the problem is where the file is (raw_file_inside), not what it holds
    sentences: list[str] | None = None  # sentence n is item n-1; None when the text is unusable


@dataclass
class RawTexts:
    """Every shipped text of a sources table, read, checksummed and split once (see the notes)."""

    by_source: dict[str, RawText] = field(default_factory=dict)

    @classmethod
    def read(cls, data_dir: Path, sources: Read | None) -> RawTexts:
        """Read the texts the ``raw_file`` cells of ``sources`` name (rows without one ship none)."""
        texts = cls()
        for row, line in zip(sources.rows, sources.lines, strict=True) if sources is not None else []:
            if row.get("raw_file") and sources is not None:
                texts.by_source[row["source_id"]] = _raw_text(data_dir, sources, row, line)
        return texts

    @staticmethod
    def load(text: RawText, path: Path, expected: str, where: str) -> None:
        """Read ``path`` into ``text``: its sentences, or the problem with its bytes."""
        shown = display_path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            text.problem = Problem(shown, None, None, f"cannot be read: {exc.strerror or exc}")
            return
        actual = sha256_bytes(data)
        if actual != expected:
            text.problem = Problem(
                shown,
                None,
                None,
                f"checksum changed: sha256 {actual[:12]}... does not match {expected[:12]}... recorded in {where}; "
                "raw files are never edited",
            )
            return
        try:
            text.sentences = split_sentences(decode_utf8(data, shown))
        except DataError as exc:
            text.problem = exc.problems[0]

    def sentences(self, source_id: str) -> list[str] | None:
        """The numbered sentences of a source's usable shipped text, else None."""
        found = self.by_source.get(source_id)
        return found.sentences if found else None

    def count(self, source_id: str) -> int | None:
        """How many sentences a source's usable shipped text has, else None."""
        sentences = self.sentences(source_id)
        return None if sentences is None else len(sentences)

    def unusable(self, source_id: str) -> bool:
        """True if the source ships a text that has a problem (so its sentence numbers cannot be checked)."""
        found = self.by_source.get(source_id)
        return found is not None and found.problem is not None


def _raw_text(data_dir: Path, sources: Read, row: dict[str, str], line: int) -> RawText:
    """The shipped text one sources row names, with the problem of where it is or what it holds."""
    name, text, raw = row["raw_file"], RawText(row["source_id"]), paths.raw_dir(data_dir)
    path = raw_path(data_dir, name)
    if path is None:
        why = (f"{shorten(name)} is outside {display_path(raw)} (allowed: a file name inside data/raw, no '..', "
               "no absolute path, no link out)")  # fmt: skip
        text.problem, text.placed = Problem(sources.shown, line, "raw_file", why), True
    elif not path.is_file():
        why = f"{shorten(name)}: no such file in {display_path(raw)}"
        text.problem, text.placed = Problem(sources.shown, line, "raw_file", why), True
    elif not row.get("sha256"):
        text.problem = Problem(sources.shown, line, "sha256", f"is empty but {name} is shipped: record its sha256")
    elif (line, "sha256") not in sources.bad:
        RawTexts.load(text, path, row["sha256"], f"{sources.shown}:{line}")
    return text
