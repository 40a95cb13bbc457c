"""``python -m analysis extract``: print the candidate claims of article files as CSV or JSON lines.

Several files (or folders of ``*.md`` / ``*.txt``) can be given: each bad file is reported
on its own line on standard error while the good ones still produce output; the exit code
is then 2, as it is for bad data (a damaged ``actors.csv``). A figure the text states more
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

from analysis.errors import DataError
from analysis.files import display_path
from analysis.intake import pipes
from analysis.intake.extract.article import ArticleError, add_article_arguments, article_files, read_article
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
    """Print the candidates of every article: exit 2 if an article was unusable (the others
    are still printed), 1 if the run failed, else 0."""
    status = 0
    try:
        files = article_files(args.paths)
        if not files:
            print("error: no article files (*.md, *.txt) in the folder(s) given", file=sys.stderr)
            return 2
        writer = _Writer(args.format, sys.stdout)
        for path in files:
            try:
                writer.write(file_candidates(path, args.published, args.data_dir))
            except ArticleError as exc:
                print(f"error: {exc}", file=sys.stderr)
                status = 2
    except DataError as exc:  # bad data is bad input: one line per problem, exit 2
        for line in [str(p) for p in exc.problems] or [str(exc)]:
            print(f"error: {line}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # "| head": the reader has what it wanted
        pipes.reader_left()
    return status
