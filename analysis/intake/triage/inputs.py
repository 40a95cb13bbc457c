"""What triage reads: article files, folders of them, and JSON Lines exports of many articles.

A JSON Lines file holds one article per line: an object with ``text`` and ``published``
(``YYYY-MM-DD``, or empty when the page shows no date) and, where known, ``url``,
``outlet``, ``lang`` and ``title``, as news archives and scrapers export them. Article
files are read as ``extract`` reads them (front matter ``publisher``, ``url``, ``published``,
``lang``).

Inputs are read one at a time, so a corpus of any size streams through in little memory.
Whatever cannot be read is an ``Unreadable`` naming the file (and line) and saying what is
wrong; everything else still goes through.

Data quirks:
- A line that is blank is skipped; a line that is not a JSON object, lacks ``text``, or has
  a ``published`` that is not a date is unreadable, by its line number. A ``published`` of
  only a month or a year ("2025-06") is read as undated: relative dates cannot be resolved
  against it.
- Text is decoded as UTF-8 (a JSON Lines file of another encoding is unreadable, with the
  byte offset of the first bad byte, from the line it is on).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from analysis.files import display_path
from analysis.intake.extract.article import ArticleError, parse_day, read_article

_PARTIAL = re.compile(r"^\s*(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?\s*$")  # a month or a year: read as undated
MAX_LINE = 50 * 2**20  # characters of one JSON Lines article (as for an article file)
SUFFIXES = (".md", ".txt", ".jsonl")


@dataclass(frozen=True)
class Item:
    """One article to triage."""

    source: str  # where it came from: a file, "file.jsonl:12", or the page URL
    text: str
    published: date | None
    outlet: str = ""
    url: str = ""
    lang: str = ""
    title: str = ""


@dataclass(frozen=True)
class Unreadable:
    """An article that cannot be read: ``message`` is one line naming it."""

    message: str


def input_files(paths: list[Path]) -> Iterator[Path | Unreadable]:
    """The files named: files as given, folders expanded to their ``*.md``, ``*.txt`` and
    ``*.jsonl`` files (sorted, not recursive); a path that does not exist is ``Unreadable``."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
        elif path.exists():
            yield path
        else:
            yield Unreadable(f"{display_path(path)}: no such file or folder")


def items(paths: list[Path]) -> Iterator[Item | Unreadable]:
    """Every article of the files and folders named, in order, or what could not be read."""
    for path in input_files(paths):
        if isinstance(path, Unreadable):
            yield path
        elif path.suffix.lower() == ".jsonl":
            yield from jsonl_items(path)
        else:
            yield _file_item(path)


def _file_item(path: Path) -> Item | Unreadable:
    try:
        article = read_article(path)
    except ArticleError as exc:
        return Unreadable(str(exc))
    meta = article.meta
    return Item(
        display_path(path),
        article.text,
        article.published,
        meta.get("publisher", "") or meta.get("outlet", ""),
        meta.get("url", ""),
        meta.get("lang", ""),
        meta.get("title", ""),
    )


def jsonl_items(path: Path) -> Iterator[Item | Unreadable]:
    """The articles of a JSON Lines file, line by line (see the module notes)."""
    shown = display_path(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Unreadable(f"{shown}: cannot be read ({exc.strerror or exc})")
        return
    offset = 0
    with fh:
        for no, raw in enumerate(fh, start=1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if no == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Unreadable(f"{shown}:{no}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {start + exc.start})")
                continue
            yield _json_item(shown, no, line)


def _json_item(shown: str, no: int, line: str) -> Item | Unreadable:
    where = f"{shown}:{no}"
    if len(line) > MAX_LINE:
        return Unreadable(f"{where}: line of {len(line):,} characters: at most {MAX_LINE:,} allowed for one article")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return Unreadable(f"{where}: not valid JSON ({reason}): expected one JSON object per line")
    if not isinstance(record, dict):
        return Unreadable(f"{where}: a JSON {type(record).__name__}, not an object: expected one article per line")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Unreadable(f"{where}: no 'text': expected the article's text as a string")
    published_text = record.get("published") or ""
    published = parse_day(published_text) if isinstance(published_text, str) else None
    if (
        published_text
        and published is None
        and not (isinstance(published_text, str) and _PARTIAL.match(published_text))
    ):
        return Unreadable(
            f"{where}: published {str(published_text)[:40]!r} is not allowed: "
            "expected YYYY-MM-DD, YYYY-MM, YYYY or empty"
        )

    def field(name: str) -> str:
        value = record.get(name)
        return value.strip() if isinstance(value, str) else ""

    url = field("url")
    return Item(url or where, text, published, field("outlet"), url, field("lang"), field("title"))
