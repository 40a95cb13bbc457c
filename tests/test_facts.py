"""The dataset's dates and fingerprint without pandas (analysis.data.facts), on tiny made-up folders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis import paths
from analysis.data import facts, tables
from analysis.errors import DataError


def _clean(tmp_path: Path, claims: str, events: str | None) -> Path:
    clean = paths.clean_dir(tmp_path)
    clean.mkdir(parents=True)
    (clean / "claims.csv").write_text(claims, encoding="utf-8")
    if events is not None:
        (clean / "events.csv").write_text(events, encoding="utf-8")
    return tmp_path


def test_date_span_covers_claims_and_events_and_skips_what_is_not_a_date(tmp_path: Path) -> None:
    data = _clean(
        tmp_path,
        "claim_id,reported_on\nC1,2025-02-01\nC2,not a date\nC3,\nC4,2024-11-05\n",
        "event_id,date\nE1,2025-03-16\nE2,2024-10-31T00:00:00\n",
    )
    assert facts.date_span(data) == (date(2024, 10, 31), date(2025, 3, 16))
    assert facts.DatasetFacts(data, today=date(2026, 1, 1)).allowed_span == (date(2024, 10, 31), date(2026, 1, 1))


def test_no_dates_means_none_and_tables_say_why(tmp_path: Path) -> None:
    data = _clean(tmp_path, "claim_id,reported_on\n", None)
    assert facts.date_span(data) is None
    assert facts.DatasetFacts(data).date_range is None, "events.csv is missing: not built"
    with pytest.raises(DataError):
        tables.dataset_dates(data)


def test_the_notebooks_and_the_runner_see_the_same_dates() -> None:
    assert tables.dataset_dates() == facts.date_span() == facts.DatasetFacts().date_range


def test_fingerprint_changes_with_any_file_a_report_reads(tmp_path: Path) -> None:
    data = _clean(tmp_path, "claim_id,reported_on\nC1,2025-02-01\n", "event_id,date\nE1,2025-03-16\n")
    before = facts.fingerprint(data)
    assert set(before["files"]) == {"clean/claims.csv", "clean/events.csv"} and before["version"] == "unknown"
    (paths.clean_dir(data) / "events.csv").write_text("event_id,date\nE1,2025-03-17\n", encoding="utf-8")
    after = facts.fingerprint(data)
    assert (
        after["digest"] != before["digest"]
        and after["files"]["clean/claims.csv"] == before["files"]["clean/claims.csv"]
    )
