"""``python -m analysis extract``: print the candidate claims of article files as CSV or JSON lines."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from analysis.errors import DataError
from analysis.intake.extract.article import ArticleError, add_article_arguments
from analysis.intake.extract.candidates import COLUMNS, Candidate, article_candidates, candidate_record


def _write(found: list[Candidate], fmt: str) -> None:
    if fmt == "jsonl":
        for c in found:
            record = {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(c).items()}
            print(json.dumps(record, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(candidate_record(c) for c in found)


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``extract``."""
    add_article_arguments(parser, "paths", many=True)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="output format")
    parser.add_argument("--data-dir", type=Path, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Print the candidates of every article; a bad article is a one-line error, exit 2."""
    try:
        found = [c for p in args.paths for c in article_candidates(p, args.published, args.data_dir)]
    except (ArticleError, DataError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _write(found, args.format)
    return 0
