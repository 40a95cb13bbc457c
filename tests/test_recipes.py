"""The contributor recipes, end to end on a copy of data/: a claim added by hand, an ingested article."""

from __future__ import annotations

import csv
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

from analysis import paths
from analysis.data import build, tables, validate
from analysis.intake.ingest import ingest
from analysis.measures.estimates import latest_estimate

from .test_ingest import SOURCE_ID, read_review, write_article, write_review

NEW_SOURCE = {
    "source_id": "example-2025-10-01-nis-briefing",
    "title": "Spy agency briefs lawmakers on North Korean troops",
    "publisher": "Example News",
    "url": "https://example.org/nis-briefing",
    "published": "2025-10-01",
    "source_type": "news",
    "language": "en",
}
NEW_CLAIM = {
    "claim_id": "C9001",
    "source_id": NEW_SOURCE["source_id"],
    "paraphrase": "The NIS told lawmakers that at least 2,100 North Korean soldiers had died.",
    "reported_on": "2025-10-01",
    "claimant": "South Korea NIS",
    "speaker": "Lee Seong-kweun",
    "metric": "killed",
    "value_low": "2100",
    "unit": "soldiers",
    "period_start": "2024-10-01",
    "period_end": "2025-10-01",
    "date_precision": "month",
    "scope": "whole",
    "qualifier": "estimated",
    "cue": "told lawmakers",
    "value_cue": "at least",
    "basis": "assessment",
    "confidence": "medium",
    "supersedes": "C0089",
}


def append_row(path: Path, values: dict[str, str]) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    with path.open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow([values.get(c, "") for c in header])


def test_hand_added_claim_recipe(data_copy: Path) -> None:
    append_row(data_copy / "curated" / "sources.csv", NEW_SOURCE)
    append_row(data_copy / "curated" / "claims.csv", NEW_CLAIM)
    build.build(data_copy)
    assert validate.validate(data_copy) == []
    claims = tables.load_claims(data_copy)
    row = claims.set_index("claim_id").loc["C9001"]
    assert row["value_low"] == 2100 and pd.isna(row["value_best"])
    assert row["reported_on"] == pd.Timestamp("2025-10-01") and row["claimant"] == "South Korea NIS"
    est = latest_estimate("killed", claimants="South Korea NIS", claims=claims)
    assert est is not None and est.claim_ids == ("C9001",) and est.figure() == "more than 2,100"


def test_hand_added_claim_with_a_typo_is_refused(data_copy: Path) -> None:
    append_row(data_copy / "curated" / "sources.csv", NEW_SOURCE)
    append_row(data_copy / "curated" / "claims.csv", {**NEW_CLAIM, "claimant": "South Korean NIS"})
    problems = validate.validate(data_copy)
    assert any(p.column == "claimant" and "'South Korean NIS' is not allowed" in p.message for p in problems)


def test_ingested_claims_reach_the_situation_report(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(write_article(tmp_path), data_dir=data_copy)
    rows = read_review(data_copy)
    rows[0]["decision"], rows[1]["decision"], rows[2]["decision"] = "accept", "accept", "reject"
    write_review(data_copy, rows)
    build.build(data_copy)
    assert validate.validate(data_copy) == []
    monkeypatch.setenv("NKR_DATA_DIR", str(data_copy))
    out = tmp_path / "report.ipynb"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS_DIR / "reports" / "situation_report.ipynb"),
        str(out),
        parameters={"as_of": "2025-02-28", "since": "2025-02-27"},
        kernel_name="python3",
        progress_bar=False,
    )
    text = "\n".join(
        str(o.get("data", {}).get("text/html", ""))
        for c in nbformat.read(out, as_version=4).cells
        for o in c.get("outputs", [])
    )
    assert f"{SOURCE_ID}-01" in text and f"{SOURCE_ID}-02" in text
    assert f"{SOURCE_ID}-03" not in text
