"""``python -m analysis triage PATH...``: a review queue of many articles against the dataset.

Prints the queue (CSV, safe for spreadsheets, or JSON Lines) to standard output or
``--out FILE``, and one summary line on standard error. An article that cannot be read is
one line naming it (the rest still go through; exit 2); a bad option is one line (exit 2).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from analysis.errors import DataError, Problem, UsageError
from analysis.files import display_path, normal_mode
from analysis.intake import pipes
from analysis.intake.extract.fields import COLUMNS
from analysis.intake.triage import known
from analysis.intake.triage.inputs import Unreadable, items
from analysis.intake.triage.queue import Queue, Triaged, extracted

OUTPUT_COLUMNS = [
    *COLUMNS,
    "count",
    "lang",
    "published",
    "outlet",
    "status",
    "claim_id",
    "cluster",
    "outlets",
    "original",
]
MAX_JOBS = 64
_FORMULA = ("=", "+", "-", "@")  # the review files' rule: a cell a spreadsheet would run


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if not 1 <= jobs <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"{value[:20]!r} is not allowed: expected a whole number from 1 to {MAX_JOBS}")
    return jobs


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``triage``."""
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="articles (*.md, *.txt), JSON Lines files (*.jsonl: one article per line, with text, published "
        "and where known url, outlet, lang, title) or folders of them",
    )
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="output format (default csv)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the queue to FILE (default: standard output)")
    parser.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument("--debug", action="store_true", help="show a traceback when something fails")
    parser.add_argument("--data-dir", type=Path, default=None, help=argparse.SUPPRESS)


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA) else cell


def write_queue(rows: Iterable[dict[str, str]], fmt: str, out: TextIO) -> None:
    """Write the queue's rows as CSV (spreadsheet-safe cells) or JSON Lines."""
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=OUTPUT_COLUMNS, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _safe(row.get(k, "")) for k in OUTPUT_COLUMNS})
    else:
        for row in rows:
            out.write(json.dumps({k: row.get(k, "") for k in OUTPUT_COLUMNS}, ensure_ascii=False) + "\n")


def run(args: argparse.Namespace) -> int:
    """Triage the articles; the unreadable ones are a ``DataError`` raised once the queue of the
    others is written, closed by the summary (``python -m analysis`` prints them, exit 2)."""
    if args.out is not None and args.out.is_dir():
        raise UsageError(f"--out {display_path(args.out)!r} is not allowed: it is a folder (expected a file)")
    queue = Queue(known.load_claims(args.data_dir))
    unreadable: list[Problem] = []
    for result in extracted(items(args.paths), args.jobs, args.data_dir):
        if isinstance(result, Unreadable):
            unreadable.append(Problem.of(result.message))
            queue.summary.unreadable += 1
            continue
        _warn(result)
        queue.add(result)
    if args.out is not None:
        with streamed_atomic(args.out) as fh:
            write_queue(queue.finish(), args.format, fh)
    else:
        try:
            write_queue(queue.finish(), args.format, sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:  # "| head": the reader has what it wanted
            pipes.reader_left()
    if unreadable:
        raise DataError(unreadable, note=queue.summary.line())
    print(queue.summary.line(), file=sys.stderr)
    return 0


@contextlib.contextmanager
def streamed_atomic(path: Path) -> Iterator[TextIO]:
    """A file written in full or not at all, streamed (a queue of any size is never held in
    memory): a temporary file beside ``path``, renamed over it when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        Path(tmp).chmod(normal_mode())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _warn(result: Triaged) -> None:
    for note in result.notes:
        print(f"warning: {result.source}: {note}", file=sys.stderr)
