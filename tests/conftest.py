"""Shared fixtures: a private copy of the data folder, so no test touches data/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import paths

SEED_ID = "euronews-2025-03-27-nk-3000-more-troops"


@pytest.fixture
def data_copy(tmp_path: Path) -> Iterator[Path]:
    """A copy of data/ (raw, curated, clean, review, schema) in a temporary folder."""
    target = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, target, ignore=shutil.ignore_patterns(".clean-*"))
    yield target


def edit_cell(path: Path, row_id: str, column: str, value: str) -> int:
    """Set one cell of a CSV (row found by its first column); return its line number."""
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    col = rows[0].index(column)
    for i, row in enumerate(rows):
        if row and row[0] == row_id:
            row[col] = value
            line = i + 1
            break
    else:
        raise KeyError(row_id)
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return line
