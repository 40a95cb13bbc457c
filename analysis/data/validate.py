"""``python -m analysis validate [DATA_DIR]``: check every table, one line per problem.

Checks the hand-curated inputs (data/curated), the shipped raw texts (checksums), the
review files of ingested articles, and the clean outputs (data/clean), including that
the clean tables are exactly what ``build`` would write now (not stale, not hand-edited).
Exit code 1 when anything is wrong, 0 otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis import paths
from analysis.data.build import check_inputs, compose
from analysis.data.checks import read_tables
from analysis.errors import Problem
from analysis.files import display_path


def validate(data_dir: Path | None = None) -> list[Problem]:
    """All problems in a data folder: inputs, then clean outputs, then staleness."""
    data_dir = (data_dir or paths.DATA_DIR).resolve()
    tables, problems = check_inputs(data_dir)
    _, clean_problems = read_tables(paths.clean_dir(data_dir), curated=False)
    problems += clean_problems
    if not problems:
        expected = compose(data_dir, tables)
        for name, text in expected.items():
            path = paths.clean_dir(data_dir) / f"{name}.csv"
            if path.read_text(encoding="utf-8") != text:
                problems.append(
                    Problem(
                        display_path(path),
                        None,
                        None,
                        "differs from what build writes from data/curated: run `python -m analysis build` "
                        "(clean files are never edited by hand)",
                    )
                )
    return sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.column or "", p.message))


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``validate``."""
    parser.add_argument("data_dir", nargs="?", type=Path, default=None, help="data folder (default: data/)")


def run(args: argparse.Namespace) -> int:
    """Print one line per problem; exit 1 if there are any."""
    data_dir = args.data_dir or paths.DATA_DIR
    if not data_dir.is_dir():
        print(f"error: {data_dir}: no such data folder")
        return 2
    problems = validate(data_dir)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem{'s' * (len(problems) != 1)} found")
        return 1
    print(f"{display_path(data_dir)}: all tables valid")
    return 0
