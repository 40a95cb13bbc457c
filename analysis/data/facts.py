"""What can be known about the dataset without pandas: its dates, vocabularies and fingerprint.

The report runner checks every parameter before a kernel starts, so it must not pay for
importing pandas; notebooks ask the same questions through ``tables.dataset_dates``, which
uses ``date_span`` here, so "the dataset's dates" have one definition.

Quirks: dates are read from ``data/clean`` with the csv module (claims ``reported_on``, events
``date``); a value that is not a date is skipped (validation reports it). A column without a
vocabulary in the schema allows the values found in its table.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.data import schema
from analysis.errors import DataError
from analysis.files import read_csv_rows, sha256_file

# Vocabulary names a report parameter may refer to (``allowed: claimants``), as table and column.
VOCABULARIES = {
    "claimants": ("claims", "claimant"),
    "metrics": ("claims", "metric"),
    "categories": ("events", "category"),
    "items": ("transfers", "item"),
    "qualifiers": ("claims", "qualifier"),
    "confidence": ("claims", "confidence"),
}


def date_span(data_dir: Path | None = None) -> tuple[date, date] | None:
    """First and last date in the dataset (claims ``reported_on``, events ``date``), or None."""
    clean, found = paths.clean_dir((data_dir or paths.DATA_DIR).resolve()), list[date]()
    for table, column in (("claims", "reported_on"), ("events", "date")):
        for row in read_csv_rows(clean / f"{table}.csv"):
            try:
                found.append(date.fromisoformat(row.get(column, "")[:10]))
            except ValueError:
                continue
    return (min(found), max(found)) if found else None


def fingerprint(data_dir: Path | None = None) -> dict[str, Any]:
    """Dataset version, folder, sha256 of every file a report reads, and one digest over them."""
    data_dir = (data_dir or paths.DATA_DIR).resolve()
    found = [*sorted(paths.clean_dir(data_dir).glob("*.csv")), paths.datapackage_path(data_dir)]
    files = {f.relative_to(data_dir).as_posix(): sha256_file(f) for f in found if f.is_file()}
    digest = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()
    try:
        version = schema.version(paths.datapackage_path(data_dir))
    except (OSError, ValueError, KeyError, DataError):  # no or a broken datapackage.json
        version = "unknown"
    return {"version": version, "dir": str(data_dir), "files": files, "digest": digest}


class DatasetFacts:
    """What validation needs from the dataset (read lazily, once): dates and vocabularies."""

    def __init__(self, data_dir: Path | None = None, today: date | None = None) -> None:
        self.data_dir = (data_dir or paths.DATA_DIR).resolve()
        self.today = today or date.today()

    def rows(self, table: str) -> list[dict[str, str]]:
        """The rows of ``data/clean/<table>.csv`` (none if it does not exist)."""
        return read_csv_rows(paths.clean_dir(self.data_dir) / f"{table}.csv")

    def missing_tables(self) -> list[Path]:
        """Clean tables needed for dates that do not exist (the dataset is not built)."""
        clean = paths.clean_dir(self.data_dir)
        return [clean / f"{t}.csv" for t in ("claims", "events") if not (clean / f"{t}.csv").is_file()]

    @cached_property
    def date_range(self) -> tuple[date, date] | None:
        """First and last date in the dataset, or None if it is not built (``date_span``)."""
        return None if self.missing_tables() else date_span(self.data_dir)

    @property
    def allowed_span(self) -> tuple[date, date] | None:
        """The days a date parameter may take: the first date in the dataset to today."""
        span = self.date_range
        return None if span is None else (span[0], max(span[1], self.today))

    def vocabulary(self, name: str) -> tuple[str, ...]:
        """Allowed values for a vocabulary name (``claimants``, ``metrics``, ``table.column``)."""
        table, column = VOCABULARIES.get(name) or tuple(name.partition(".")[::2])
        try:
            values = tuple(schema.vocabulary(table, column, paths.datapackage_path(self.data_dir)))
        except (KeyError, OSError, ValueError):
            values = ()
        if values or not (paths.clean_dir(self.data_dir) / f"{table}.csv").is_file():
            return values
        return tuple(sorted({v for r in self.rows(table) if (v := (r.get(column) or "").strip())}))
