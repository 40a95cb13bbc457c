"""``python -m analysis validate [DATA_DIR]``: check every table, one line per problem.

Checks the hand-curated inputs (data/curated), the shipped raw texts (placement and
checksums), the review files of ingested articles, and the clean outputs (data/clean),
including that the clean tables are exactly what ``build`` would write now (not stale,
not hand-edited). Clean tables identical to what ``build`` writes from valid inputs are
valid by construction, so the engine reads them only when they differ (to name the
line) or when the inputs have problems; this halves the warm run time. Every line starts
with the file (``file:line: column value: problem``).
Exit code 1 when anything is wrong, 2 when the data folder does not exist, 0 otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis import paths
from analysis.data import schema
from analysis.data.build import check_inputs, compose, data_folder
from analysis.data.checks import read_tables
from analysis.errors import DataError, Problem
from analysis.files import display_path, read_text


def validate(data_dir: Path | None = None) -> list[Problem]:
    """All problems in a data folder (against its own datapackage.json): inputs, clean outputs, staleness."""
    data_dir = (data_dir or paths.DATA_DIR).resolve()
    with schema.using(data_dir):
        return _validate(data_dir)


def _validate(data_dir: Path) -> list[Problem]:
    checked = check_inputs(data_dir)
    problems = checked.problems
    clean = paths.clean_dir(data_dir)
    if problems:  # nothing to compare with: check the clean tables on their own
        return _finish(problems + read_tables(clean, curated=False)[1])
    stale = []
    for name, text in compose(checked).items():
        path = clean / f"{name}.csv"
        try:
            same = path.is_file() and read_text(path) == text
        except DataError:
            same = False
        if not same:
            stale.append(path)
    if stale:  # the clean tables' own problems (file:line) first, then which files are stale
        problems += read_tables(clean, curated=False)[1]
        problems += [
            Problem(
                display_path(path),
                None,
                None,
                "differs from what build writes from data/curated: run `python -m analysis build` "
                "(clean files are never edited by hand)",
            )
            for path in stale
            if path.is_file()
        ]
    return _finish(problems)


def _finish(problems: list[Problem]) -> list[Problem]:
    return sorted(set(problems), key=Problem.sort_key)


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``validate``."""
    parser.add_argument("data_dir", nargs="?", type=Path, default=None, help="data folder (default: data/)")


def run(args: argparse.Namespace) -> int:
    """Say that every table is valid, or raise ``DataError`` with one line per problem (exit 2)."""
    data_dir = data_folder(args.data_dir)
    if problems := validate(data_dir):
        raise DataError(problems, note=f"{len(problems)} problem{'s' * (len(problems) != 1)} found")
    print(f"{display_path(data_dir)}: all tables valid")
    return 0
