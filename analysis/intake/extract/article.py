"""Articles: reading a file, decoding its text, and its YAML front matter.

Shared by ``extract``, ``ingest`` and ``evaluate``. An article is plain text (one paragraph
per line) or Markdown with a YAML front matter (title, publisher, url, published).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml


class ArticleError(ValueError):
    """An article that cannot be read; ``str()`` is the one-line message naming the file."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class Article:
    """An article's body text (one paragraph or sentence per line) and its front matter."""

    path: Path
    text: str
    meta: dict[str, str]
    has_front_matter: bool

    @property
    def published(self) -> date | None:
        """The front matter's publication date, if any."""
        return parse_day(self.meta.get("published", ""))


def parse_day(value: object) -> date | None:
    """A date from YAML (already a date) or ISO text; None when absent or not a date."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()) if str(value).strip() else None
    except ValueError:
        return None


def decode_article(path: Path, data: bytes) -> str:
    """The text of an article file, refusing empty, binary and non-UTF-8 files."""
    if b"\x00" in data:
        raise ArticleError(path, "is a binary file (NUL bytes): expected UTF-8 plain text or Markdown")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise ArticleError(path, "is empty: expected an article text")
    return text


def split_front_matter(path: Path, text: str) -> tuple[dict[str, str], str, bool]:
    """Split ``---`` YAML front matter from the body; returns (meta, body, had front matter)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text, False
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise ArticleError(path, "front matter opened with '---' is never closed")
    try:
        loaded = yaml.safe_load("".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(loaded, dict):
        raise ArticleError(path, "front matter must be key: value lines")
    meta = {str(k): ("" if v is None else v.isoformat() if isinstance(v, date) else str(v)) for k, v in loaded.items()}
    return meta, "".join(lines[end + 1 :]), True


def read_article(path: Path) -> Article:
    """Read a plain-text or Markdown (YAML front matter) article; ``ArticleError`` if unusable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    meta, body, has_fm = split_front_matter(path, decode_article(path, data))
    if not body.strip():
        raise ArticleError(path, "has front matter but no article text")
    return Article(path=path, text=body, meta=meta, has_front_matter=has_fm)


def add_article_arguments(parser: argparse.ArgumentParser, dest: str, many: bool) -> None:
    """The article PATH(s) and ``--published``, shared by ``extract`` and ``ingest``."""
    parser.add_argument(
        dest,
        nargs="+" if many else None,
        type=Path,
        metavar="PATH",
        help="article: plain text (one paragraph per line) or Markdown with YAML front matter",
    )
    parser.add_argument(
        "--published",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="publication date (overrides the front matter's 'published')",
    )
