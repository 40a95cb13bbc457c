"""Articles: reading a file, decoding its text, and its YAML front matter.

Shared by ``extract``, ``ingest`` and ``evaluate``. An article is plain text (one paragraph
per line) or Markdown with a YAML front matter (title, publisher, url, published).
"""

from __future__ import annotations

import argparse
import codecs
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from analysis.errors import Problem
from analysis.files import display_path

MAX_BYTES = 50 * 2**20  # an article larger than this is refused (news articles are kilobytes)
MAX_FRONT_MATTER = 64 * 1024  # characters of YAML front matter
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class ArticleError(ValueError):
    """An article that cannot be read; ``str()`` is the one-line message naming the file."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {message}")


def article_problem(exc: ArticleError) -> Problem:
    """An unusable article as a problem of the file it names (its one-line message)."""
    message = str(exc).removeprefix(f"{exc.path}: ")
    return Problem(exc.path, None, None, message)


@dataclass(frozen=True)
class Article:
    """An article's body text (one paragraph or sentence per line) and its front matter.

    ``warnings`` holds one-line notes about how it was read (a fallback encoding).
    """

    path: Path
    text: str
    meta: dict[str, str]
    has_front_matter: bool
    warnings: tuple[str, ...] = ()

    @property
    def published(self) -> date | None:
        """The front matter's publication date, if any."""
        return parse_day(self.meta.get("published", ""))

    def publication_date(self, published: date | None = None) -> date:
        """The day relative dates count from: ``published`` if given, else the front matter's.

        Raises ``ArticleError`` naming the file when neither gives one.
        """
        when = published or self.published
        if when is None:
            raise ArticleError(
                display_path(self.path),
                "no publication date: give --published YYYY-MM-DD or a 'published:' line in the front matter",
            )
        return when


def parse_day(value: object) -> date | None:
    """A date from YAML (already a date) or ISO text; None when absent or not a date."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()) if str(value).strip() else None
    except ValueError:
        return None


def _refuse_binary(path: Path | str, text: str, data: bytes, encoding: str) -> None:
    bad = _CONTROL.search(text)
    if bad:
        offset = len(text[: bad.start()].encode(encoding, errors="replace"))
        if encoding.startswith("utf-16"):
            offset += 2  # the byte-order mark
        raise ArticleError(
            path,
            f"is binary, not text (byte 0x{ord(bad.group(0)):02x} at offset {offset}): "
            "expected plain text or Markdown (UTF-8, UTF-16 or Windows-1252)",
        )


def decode_text(path: Path | str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text of an article file and any warnings about how it was decoded.

    UTF-8 (a BOM dropped); UTF-16 with a byte-order mark; otherwise Windows-1252, the usual
    encoding of news text that is not UTF-8, with a one-line warning naming the file.
    Binary data (control bytes such as NUL) and empty files raise ``ArticleError``.
    """
    warnings: tuple[str, ...] = ()
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        encoding = "utf-16"
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(path, f"is not valid UTF-16 text (bad bytes at offset {exc.start})") from None
    else:
        try:
            encoding, text = "utf-8", data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            nul = data.find(b"\x00")
            if nul >= 0:
                raise ArticleError(
                    path,
                    f"is binary, not text (byte 0x00 at offset {nul}): "
                    "expected plain text or Markdown (UTF-8, UTF-16 or Windows-1252)",
                ) from None
            bad = data[exc.start : exc.start + 1].hex()
            try:
                encoding, text = "cp1252", data.decode("cp1252")
            except UnicodeDecodeError as again:
                raise ArticleError(
                    path,
                    f"is binary, not text (byte 0x{data[again.start]:02x} at offset {again.start}): "
                    "expected plain text or Markdown (UTF-8, UTF-16 or Windows-1252)",
                ) from None
            warnings = (f"{path}: not UTF-8 (byte 0x{bad} at offset {exc.start}); read as Windows-1252",)
    _refuse_binary(path, text, data, encoding)
    if not text.strip():
        raise ArticleError(path, "is empty: expected an article text")
    return text, warnings


def decode_article(path: Path, data: bytes) -> str:
    """The text of an article file (see ``decode_text``), without the warnings."""
    return decode_text(path, data)[0]


def _check_no_aliases(path: Path | str, yaml_text: str) -> None:
    """Refuse YAML anchors and aliases: front matter never needs them, and an alias bomb
    expands a few lines into gigabytes."""
    try:
        for event in yaml.parse(yaml_text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise ArticleError(
                    path, "front matter uses a YAML anchor or alias (& or *): not allowed, write values out"
                )
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from None


def split_front_matter(path: Path | str, text: str) -> tuple[dict[str, str], str, bool]:
    """Split ``---`` YAML front matter from the body; returns (meta, body, had front matter)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text, False
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise ArticleError(path, "front matter opened with '---' is never closed (expected a '---' line after it)")
    yaml_text = "".join(lines[1:end])
    if len(yaml_text) > MAX_FRONT_MATTER:
        raise ArticleError(path, f"front matter is {len(yaml_text):,} characters: at most {MAX_FRONT_MATTER:,} allowed")
    _check_no_aliases(path, yaml_text)
    try:
        loaded = yaml.safe_load(yaml_text) or {}
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from None
    except (ValueError, TypeError, OverflowError) as exc:  # "2025-13-01" looks like a date to YAML
        first = (str(exc).splitlines() or [""])[0][:80]
        raise ArticleError(
            path, f"front matter has a value YAML cannot read ({first}): expected YYYY-MM-DD dates"
        ) from None
    if not isinstance(loaded, dict):
        raise ArticleError(path, "front matter must be key: value lines")
    meta = {str(k): ("" if v is None else v.isoformat() if isinstance(v, date) else str(v)) for k, v in loaded.items()}
    published = meta.get("published", "")
    if published and parse_day(published) is None:
        raise ArticleError(
            path, f"front matter published {published[:40]!r} is not allowed: expected a date as YYYY-MM-DD"
        )
    return meta, "".join(lines[end + 1 :]), True


def read_article(path: Path) -> Article:
    """Read a plain-text or Markdown (YAML front matter) article; ``ArticleError`` if unusable."""
    shown = display_path(path)
    if path.is_dir():
        raise ArticleError(shown, "is a folder: expected an article file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(shown, f"is {size:,} bytes: at most {MAX_BYTES:,} allowed for one article")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(shown, f"cannot be read ({exc.strerror or exc})") from None
    text, warnings = decode_text(shown, data)
    meta, body, has_fm = split_front_matter(shown, text)
    if not body.strip():
        raise ArticleError(shown, "has front matter but no article text")
    return Article(path=path, text=body, meta=meta, has_front_matter=has_fm, warnings=warnings)


def article_files(paths: list[Path]) -> list[Path]:
    """The article files named: files as given, folders expanded to their ``*.md`` and
    ``*.txt`` files (sorted, not recursive)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.suffix.lower() in (".md", ".txt") and p.is_file())
        else:
            out.append(path)
    return out


def _day_argument(value: str) -> date:
    day = parse_day(value)
    if day is None:
        raise argparse.ArgumentTypeError(f"{value[:40]!r} is not allowed: expected a date as YYYY-MM-DD")
    return day


def add_article_arguments(parser: argparse.ArgumentParser, dest: str, many: bool) -> None:
    """The article PATH(s) and ``--published``, shared by ``extract`` and ``ingest``."""
    parser.add_argument(
        dest,
        nargs="+" if many else None,
        type=Path,
        metavar="PATH",
        help="article: plain text (one paragraph per line) or Markdown with YAML front matter"
        + (", or a folder of them (*.md, *.txt)" if many else ""),
    )
    parser.add_argument(
        "--published",
        type=_day_argument,
        metavar="YYYY-MM-DD",
        help="publication date (overrides the front matter's 'published')",
    )
