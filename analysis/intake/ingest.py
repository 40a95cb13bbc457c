"""``python -m analysis ingest PATH``: add an article to the dataset and propose its claims.

Steps (nothing is written unless every check passes):
1. read the article: plain text (one paragraph per line) or Markdown with YAML front
   matter (title, publisher, url, published); command-line options override the front matter;
2. store its text as ``data/raw/<source_id>.<ext>`` and append its row (with sha256) to
   ``data/curated/sources.csv``;
3. extract candidate claims and write them to ``data/review/<source_id>.csv`` for a
   person to accept, edit or reject (see ``analysis.data.reviews``).

Ingesting the same article again keeps the review file's decisions and edits, and
proposes only candidates the file does not hold yet (rejected ones are never proposed
again). A different text under an existing source id is refused.

Data quirks:
- The stored raw text is the article body without its front matter (the front matter
  goes to sources.csv), so sentence numbers count from the first line of the body.
- The text is stored as UTF-8 without a byte-order mark; its sha256 is of those bytes.
- Every file is written whole or not at all (``analysis.files.write_atomic``, ordinary
  permissions) and the data folder is locked while sources.csv is read and rewritten, so
  two ingests at once cannot lose a row. A run killed between files leaves each file
  whole; ingesting again completes it.
- Review cells that start with = + - @ get a leading apostrophe (spreadsheet safety,
  ``analysis.data.reviews.spreadsheet_safe``); reading the file back removes it.
- What ingest writes passes the checks ``validate`` applies, before anything is written: the
  new row of sources.csv (a publisher, title, URL or front-matter value starting with ``=``,
  or holding a newline or a tab, is refused with the option or front-matter key it came from)
  and the review file. The file name reaches only the raw file's suffix (``.md``, ``.txt``,
  else ``.txt``) and the row's note, where control characters are written as ``\\xNN``.
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import io
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from analysis import paths
from analysis.data import schema
from analysis.data.checks import read_tables
from analysis.data.reviews import (
    check_review_file,
    parse_review,
    proposal_key,
    read_review,
    reference,
    review_path,
    row_key,
    to_csv,
)
from analysis.errors import DataError, one_line
from analysis.files import display_path, read_csv_rows, sha256_bytes, sha256_file, write_atomic
from analysis.intake import pipes
from analysis.intake.extract.article import ArticleError, add_article_arguments, article_problem, read_article
from analysis.intake.extract.candidates import article_claims, candidate_record

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SUFFIX = re.compile(r"^\.[a-z0-9]{1,10}$")


class IngestError(ArticleError):
    """An article or a data file that stops ingestion; the message is one line naming the file."""


@dataclass(frozen=True)
class Ingested:
    """What an ingestion did."""

    source_id: str
    raw_file: Path
    review_file: Path
    candidates: int  # rows in the review file now
    new: int  # rows added this time
    new_source: bool  # whether sources.csv got a row
    lang: str = "en"  # the language the article was read in
    notes: tuple[str, ...] = ()  # how it was read, what was left out (one line each)


def source_id_for(path: Path) -> str:
    """A source id from a file name: lower case, letters, digits and '-'."""
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9]+", "-", path.stem.lower())).strip("-")


def _with_row(path: Path, row: dict[str, str]) -> str:
    """The text of a CSV with one row appended, the existing bytes kept as they are."""
    columns = schema.table("sources").curated_columns
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    if not old.strip():
        old = ""
        writer.writeheader()
    elif not old.endswith("\n"):
        old += "\n"
    writer.writerow({c: row.get(c, "") for c in columns})
    return old + buf.getvalue()


def _check_source_row(path: Path, data_dir: Path, text: str, origins: dict[str, str]) -> None:
    """``IngestError`` if the new last row of sources.csv ``text`` fails a check ``validate`` applies.

    The message names where the bad value came from (``origins``: column -> option or key).
    """
    sources_file = paths.curated_dir(data_dir) / "sources.csv"
    tables, problems = read_tables(paths.curated_dir(data_dir), curated=True, replaced={"sources": text})
    new_line = max(tables["sources"].lines, default=0) if "sources" in tables else 0
    shown = display_path(sources_file)
    mine = [p for p in problems if p.file == shown and (p.line == new_line or p.line is None)]
    if mine:
        p = mine[0]
        where = origins.get(p.column or "", "the new row")
        raise IngestError(path, f"{where}: {p.column or 'row'} {p.message} (checked before writing {shown})")


def _check_review_text(path: Path, data_dir: Path, review: Path, text: str, sources_text: str | None) -> None:
    """``IngestError`` if the review file about to be written would not pass ``validate``."""
    replaced = {"sources": sources_text} if sources_text is not None else None
    tables, _ = read_tables(paths.curated_dir(data_dir), curated=True, replaced=replaced)
    problems = check_review_file(parse_review(review, text), data_dir, reference(data_dir, tables))
    if problems:
        raise IngestError(path, f"the review file would not be valid: {problems[0]}")


@contextmanager
def _lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's lock: ingests into one data folder take turns.

    The lock is ``flock`` on the data folder itself, so it lives inside the project, needs
    no lock file (nothing left behind, nothing another user could create first) and is
    released by the system when a run is killed.
    """
    fd = os.open(data_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _meta(article_meta: dict[str, str], **given: str | None) -> dict[str, str]:
    meta = {k: str(v) for k, v in article_meta.items()}
    meta.update({k: v for k, v in given.items() if v})
    return meta


def _check_source(
    path: Path,
    source_id: str,
    sha: str,
    raw: Path,
    sources: list[dict[str, str]],
    sources_file: Path,
) -> bool:
    """Whether the source is new; ``IngestError`` if its id is taken by another text."""
    existing = next((r for r in sources if r.get("source_id") == source_id), None)
    if existing is not None:
        if existing.get("sha256") != sha:
            raise IngestError(
                path,
                f"source_id {source_id!r} already exists in "
                f"{display_path(sources_file)} with a different checksum "
                f"(sha256 {existing.get('sha256', '')[:12] or 'none'}... vs {sha[:12]}...); "
                "give another --source-id",
            )
        return False
    if raw.exists() and sha256_file(raw) != sha:
        raise IngestError(path, f"{display_path(raw)} already exists with other content; give another --source-id")
    return True


def _merged_rows(
    path: Path, review: Path, candidates: list[dict[str, str]], data_dir: Path
) -> tuple[list[dict[str, str]], int]:
    """The existing review rows (decisions kept) plus candidates they do not hold yet."""
    rows: list[dict[str, str]] = []
    if review.exists():
        problems = check_review_file(review, data_dir)
        if problems:
            raise IngestError(path, f"review file is invalid, fix it first: {problems[0]}")
        rows, _, _ = read_review(review)
    known = {row_key(r) for r in rows}
    numbers = [int(m.group(1)) for r in rows if (m := re.search(r"-(\d+)$", r.get("claim_id", "")))]
    next_no = max(numbers, default=0) + 1
    added = 0
    for cand in candidates:
        key = cand["proposal"]
        if key in known:
            continue
        known.add(key)
        rows.append({**cand, "claim_id": f"{cand['source_id']}-{next_no:02d}"})
        next_no += 1
        added += 1
    return rows, added


def ingest(
    path: Path,
    published: date | None = None,
    source_id: str | None = None,
    publisher: str | None = None,
    title: str | None = None,
    url: str | None = None,
    data_dir: Path | None = None,
) -> Ingested:
    """Add an article to ``data_dir`` and write (or update) its review file.

    Raises ``ArticleError`` (a one-line message naming the file; ``IngestError`` for
    clashes with the data) and changes nothing when the article is empty, binary, not
    UTF-8 or undated, lacks a publisher, or clashes with an existing source, or when its
    review file was edited into an invalid state.
    """
    data_dir = data_dir or paths.DATA_DIR
    article = read_article(path)
    meta = _meta(article.meta, title=title, publisher=publisher, url=url)
    when = article.publication_date(published)
    if not meta.get("publisher"):
        raise IngestError(path, "no publisher: give --publisher or a 'publisher:' line in the front matter")
    sid = source_id or source_id_for(path)
    if not _ID.match(sid):
        raise IngestError(path, f"source id {sid!r} is not allowed (lower-case letters, digits and '-')")
    data = article.text.encode("utf-8")
    sha = sha256_bytes(data)
    suffix = path.suffix.lower() if _SUFFIX.match(path.suffix.lower()) else ".txt"
    raw = paths.raw_dir(data_dir) / f"{sid}{suffix}"
    sources_file = paths.curated_dir(data_dir) / "sources.csv"
    review = review_path(sid, data_dir)
    if not data_dir.is_dir():
        raise IngestError(display_path(data_dir), "data folder does not exist: give --data-dir a folder with curated/")
    with _lock(data_dir):
        new_source = _check_source(path, sid, sha, raw, read_csv_rows(sources_file), sources_file)
        try:
            # the front matter's lang decides the language, else the text's letters
            extraction = article_claims(
                article.text, when, display_path(raw), data_dir, article.meta.get("lang", "").strip(), meta["publisher"]
            )
        except DataError as exc:
            raise IngestError(path, f"cannot extract: {exc}") from None
        candidates = [_review_row(candidate_record(c), sid, when, count) for c, count in extraction.candidates]
        rows, added = _merged_rows(path, review, candidates, data_dir)
        sources_text = None
        if new_source:
            row = {
                "source_id": sid,
                "title": meta.get("title", ""),
                "publisher": meta["publisher"],
                "url": meta.get("url", ""),
                "published": when.isoformat(),
                "source_type": "news",
                "language": extraction.lang,
                "raw_file": raw.name,
                "sha256": sha,
                "notes": f"Ingested from {one_line(path.name, 200)} with python -m analysis ingest",
            }
            sources_text = _with_row(sources_file, row)
            given = {"title": title, "publisher": publisher, "url": url, "published": published, "source_id": source_id}
            origins = {
                col: f"--{col.replace('_', '-')}" if given.get(col) else f"front matter '{col}'" for col in given
            } | {"source_id": "--source-id" if source_id else "the file name", "raw_file": "the file name"}
            _check_source_row(path, data_dir, sources_text, origins)
        review_text = to_csv(rows)
        _check_review_text(path, data_dir, review, review_text, sources_text)
        if not raw.exists():
            write_atomic(raw, data)
        if sources_text is not None:
            write_atomic(sources_file, sources_text)
        write_atomic(review, review_text)
    return Ingested(sid, raw, review, len(rows), added, new_source, extraction.lang, extraction.notes)


def _review_row(record: dict[str, str], source_id: str, published: date, count: int = 1) -> dict[str, str]:
    key = proposal_key(
        record["sentence_no"],
        record["metric"],
        record["value_low"],
        record["value_best"],
        record["value_high"],
    )
    return {
        **record,
        "decision": "",
        "source_id": source_id,
        "reported_on": published.isoformat(),
        "basis": "unspecified",
        "confidence": "medium",
        "proposal": key,
        "notes": f"stated {count} times in the text" if count > 1 else "",
    }


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ingest``."""
    add_article_arguments(parser, "path", many=False)
    parser.add_argument("--source-id", metavar="ID", help="source id (default: from the file name)")
    parser.add_argument("--publisher", help="outlet that published the article")
    parser.add_argument("--title", help="headline")
    parser.add_argument("--url", help="address of the article")
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder (default: data/)")
    parser.add_argument("--debug", action="store_true", help="show a traceback when something fails")


def _article_warnings(path: Path) -> tuple[str, ...]:
    try:
        return read_article(path).warnings
    except ArticleError:
        return ()  # reported by ingest itself


def run(args: argparse.Namespace) -> int:
    """Ingest one article: a bad article or data file is a ``DataError`` (one line, exit 2), a
    failed run (a disk error, say) an ``OSError`` (exit 1); ``python -m analysis`` prints them."""
    for warning in _article_warnings(args.path):
        print(f"warning: {warning}", file=sys.stderr)
    try:
        done = ingest(
            args.path,
            args.published,
            args.source_id,
            args.publisher,
            args.title,
            args.url,
            args.data_dir,
        )
    except ArticleError as exc:
        raise DataError(article_problem(exc)) from None
    except OSError as exc:
        if args.debug:
            raise
        what = exc.strerror or str(exc)
        raise OSError(exc.errno, f"ingest failed, nothing half-written: {what}", exc.filename) from None
    for note in done.notes:
        print(f"warning: {note}", file=sys.stderr)
    added = "new source" if done.new_source else "source already known"
    try:
        print(
            f"{display_path(done.review_file)}: {done.candidates} candidate(s), {done.new} new "
            f"({added}, text in {display_path(done.raw_file)})"
        )
        print("next: set decision to accept, edit or reject in that file, then run")
        print("      `python -m analysis build`")
        sys.stdout.flush()
    except BrokenPipeError:  # "| head": the files are written; the reader has what it wanted
        pipes.reader_left()
    return 0
