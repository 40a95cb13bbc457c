"""Shared fixtures: a private copy of the data folder, so no test touches data/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from analysis import paths
from analysis.data import schema

SEED_ID = "euronews-2025-03-27-nk-3000-more-troops"


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """``python -m analysis ARGV`` in this process: (exit status, standard output, standard error)."""
    import contextlib
    import io

    from analysis.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:
            status = int(exc.code or 0) if not isinstance(exc.code, str) else 2
    return status, out.getvalue(), err.getvalue()


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


def make_claims(rows: list[dict[str, object]]) -> pd.DataFrame:
    """A typed claims table (as ``load_claims`` gives) from a few fields per row; made-up test data."""
    base = {
        "source_id": "s1",
        "sentence_no": pd.NA,
        "sentence": pd.NA,
        "paraphrase": pd.NA,
        "speaker": pd.NA,
        "metric": "killed",
        "unit": "soldiers",
        "period_start": pd.NaT,
        "period_end": pd.NaT,
        "date_precision": "day",
        "scope": "whole",
        "qualifier": "estimated",
        "cue": pd.NA,
        "value_cue": pd.NA,
        "basis": "assessment",
        "location": pd.NA,
        "confidence": "high",
        "supersedes": pd.NA,
        "component_of": pd.NA,
        "notes": pd.NA,
        "value_low": pd.NA,
        "value_best": pd.NA,
        "value_high": pd.NA,
    }
    frame = pd.DataFrame([{**base, "claim_id": f"C{i:04d}", **r} for i, r in enumerate(rows, 1)])
    frame = frame[schema.table("claims").columns]
    for col in ("value_low", "value_best", "value_high", "sentence_no"):
        frame[col] = frame[col].astype("Int64")
    for col in ("reported_on", "period_start", "period_end"):
        frame[col] = pd.to_datetime(frame[col])
    for col in ("metric", "qualifier", "confidence", "scope", "basis"):
        frame[col] = pd.Categorical(frame[col], categories=list(schema.vocabulary("claims", col)))
    frame["claimant"] = pd.Categorical(frame["claimant"], categories=sorted(set(frame["claimant"])))
    for col in ("claim_id", "source_id", "supersedes", "cue", "notes"):
        frame[col] = frame[col].astype("string")
    return frame


def property_settings(examples: int) -> Any:
    """Hypothesis settings for a property test: ``examples`` fixed examples every day (derandomized),
    ten times as many new ones under ``make test-long`` (HYPOTHESIS_PROFILE=long)."""
    import os

    from hypothesis import HealthCheck, settings

    long = os.environ.get("HYPOTHESIS_PROFILE") == "long"
    return settings(
        max_examples=examples * 10 if long else examples,
        deadline=None,
        derandomize=not long,
        suppress_health_check=[HealthCheck.too_slow],
    )
