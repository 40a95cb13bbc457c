"""``python -m analysis extract``: print the candidate claims of article files as CSV or JSON lines.

Several files (or folders of ``*.md`` / ``*.txt``) can be given: the good ones produce output,
then each bad file is one problem of a ``DataError`` (a line on standard error, exit 2, printed
by ``python -m analysis``), as bad data is (a damaged ``actors.csv``). A figure the text states more
than once is printed once, with its ``count``. Articles are read in their language
(front matter ``lang:`` or the language found); notes on what was left out (a figure of
more than 15 digits) or how a text was read (a language none of the four) are warnings.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from analysis.errors import DataError, Problem, UsageError
from analysis.files import display_path
from analysis.intake import pipes
from analysis.intake.extract.article import (
    ArticleError,
    add_article_arguments,
    article_files,
    article_problem,
    read_article,
)
from analysis.intake.extract.fields import COLUMNS

if TYPE_CHECKING:
    from analysis.intake.extract.fields import Candidate

OUTPUT_COLUMNS = [*COLUMNS, "count"]


class _Writer:
    """Candidates to ``out`` as CSV (one header) or JSON lines, as they come."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt, self.out = fmt, out
        self.csv = csv.DictWriter(out, fieldnames=OUTPUT_COLUMNS, lineterminator="\n") if fmt == "csv" else None
        self.started = False

    def write(self, found: list[tuple[Candidate, int]]) -> None:
        from analysis.intake.extract.candidates import candidate_record

        if self.csv is not None and not self.started:
            self.csv.writeheader()  # once, when the first article was read
        self.started = True
        for c, count in found:
            if self.csv is not None:
                self.csv.writerow({**candidate_record(c), "count": str(count)})
            else:
                record = {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(c).items()}
                self.out.write(json.dumps({**record, "count": count}, ensure_ascii=False) + "\n")
        self.out.flush()


def file_candidates(path: Path, published: date | None, data_dir: Path | None) -> list[tuple[Candidate, int]]:
    """The counted candidates of one article file; ``ArticleError`` if it is unusable."""
    from analysis.intake.extract.candidates import article_claims  # the rules: compiled when needed

    article = read_article(path)
    shown = display_path(path)
    meta = article.meta
    found = article_claims(
        article.text,
        article.publication_date(published),
        shown,
        data_dir,
        meta.get("lang", ""),
        meta.get("publisher", ""),
    )
    for warning in [*article.warnings, *(f"{shown}: {note}" for note in found.notes)]:
        print(f"warning: {warning}", file=sys.stderr)
    return found.candidates


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``extract``."""
    add_article_arguments(parser, "paths", many=True)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="output format")
    parser.add_argument("--debug", action="store_true", help="show a traceback when something fails")
    parser.add_argument("--data-dir", type=Path, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Print the candidates of every article; an unusable article is a ``DataError`` raised once
    the others are printed, no article at all a ``UsageError`` (``python -m analysis`` prints them)."""
    files = article_files(args.paths)
    if not files:
        raise UsageError("no article files (*.md, *.txt) in the folder(s) given")
    problems: list[Problem] = []
    try:
        writer = _Writer(args.format, sys.stdout)
        for path in files:
            try:
                writer.write(file_candidates(path, args.published, args.data_dir))
            except ArticleError as exc:
                problems.append(article_problem(exc))
    except BrokenPipeError:  # "| head": the reader has what it wanted
        pipes.reader_left()
    if problems:
        raise DataError(problems)
    return 0
