"""Helpers' values on the seed article, and their rules on small made-up tables."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.measures import estimates

from .conftest import SEED_ID, make_claims


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    claims = analysis.load_claims()
    return claims[claims["source_id"] == SEED_ID]


def test_latest_estimate_on_seed(seed: pd.DataFrame) -> None:
    est = estimates.latest_estimate("casualties_killed_or_wounded", claims=seed)
    assert est is not None
    assert (est.low, est.best, est.high) == (None, 4000, None)
    assert est.claimants == ("South Korea JCS",) and est.qualifier == "estimated"
    assert est.source_id == SEED_ID and len(est.claim_ids) == 1
    assert estimates.latest_estimate("killed", claims=seed) is None


def test_deployed_total_on_seed(seed: pd.DataFrame) -> None:
    total = estimates.deployed_total("2025-03-27", claims=seed)
    assert total is not None
    assert (total.low, total.best, total.high) == (14000, 14000, 14000)  # 11,000 in 2024 + 3,000 in Jan-Feb 2025
    assert len(total.claim_ids) == 2 and total.kind == "point"
    assert total.reported_on == pd.Timestamp("2025-03-27").date()  # the claims' own date (here the as-of day too)


def test_loss_ratio_on_seed_is_a_range(seed: pd.DataFrame) -> None:
    ratio = estimates.loss_ratio("2025-03-27", claims=seed)
    assert ratio is not None
    assert ratio.low == pytest.approx(4000 / 14000) and ratio.high == pytest.approx(4000 / 14000)
    assert ratio.describe() == "about 29%" and ratio.kind == "point"  # two central figures: about, not a range
    assert len(ratio.claim_ids) == 3


def test_as_of_excludes_later_claims(seed: pd.DataFrame) -> None:
    assert estimates.latest_estimate("troops_deployed", as_of="2025-03-26", claims=seed) is None


def test_contingents_reported_by_several_claimants_are_merged() -> None:
    claims = make_claims(
        [
            {
                "metric": "troops_deployed",
                "claimant": "A",
                "reported_on": "2024-12-01",
                "value_best": 11000,
                "period_end": "2024-11-30",
            },
            {
                "metric": "troops_deployed_additional",
                "claimant": "A",
                "reported_on": "2025-02-27",
                "value_low": 1000,
                "period_start": "2025-01-01",
            },
            {
                "metric": "troops_deployed_additional",
                "claimant": "B",
                "reported_on": "2025-02-28",
                "value_low": 1000,
                "value_high": 3000,
                "period_start": "2025-01-01",
            },
            {
                "metric": "troops_deployed_additional",
                "claimant": "A",
                "reported_on": "2025-03-27",
                "value_best": 3000,
                "period_start": "2025-01-15",
            },
            # a contingent inside the base total's period is not added again
            {
                "metric": "troops_deployed_additional",
                "claimant": "B",
                "reported_on": "2024-11-01",
                "value_best": 1500,
                "period_start": "2024-10-08",
            },
        ]
    )
    total = estimates.deployed_total(claims=claims)
    assert total is not None
    # A's "more than 1,000" leaves the January contingent, and so the total, without a ceiling
    assert (total.low, total.high, total.kind) == (12000, None, "floor")
    assert total.figure() == "more than 12,000" and total.best == 14000
    assert "C0005" not in total.claim_ids
    assert total.reported_on == pd.Timestamp("2025-03-27").date()  # the newest claim used, not the day asked


def test_compare_and_conservative() -> None:
    claims = make_claims(
        [
            {"metric": "killed", "claimant": "A", "reported_on": "2025-01-13", "value_best": 300},
            {"metric": "killed", "claimant": "A", "reported_on": "2025-04-30", "value_best": 600},
            {"metric": "killed", "claimant": "B", "reported_on": "2025-01-22", "value_best": 1000},
            {"metric": "killed", "claimant": "C", "reported_on": "2025-02-14", "value_low": 2600},
        ]
    )
    side = estimates.compare_claimants("killed", claims=claims)
    assert list(side["claimant"]) == ["B", "C", "A"]
    assert list(side["span_low"]) == [1000, 2600, 600]
    cons = estimates.conservative_estimate("killed", claims=claims)  # the current picture: A's 600 alone
    assert cons is not None and (cons.best, cons.kind, cons.claimants, cons.note) == (600, "point", ("A",), "")
    same_time = make_claims(
        [
            {"metric": "killed", "claimant": "A", "reported_on": "2025-04-30", "value_best": 600},
            {"metric": "killed", "claimant": "C", "reported_on": "2025-05-02", "value_low": 2600},
        ]
    )
    cons = estimates.conservative_estimate("killed", claims=same_time)
    assert cons is not None and cons.claimants == ("A",) and cons.figure() == "600"
    assert "disputed" in cons.note and "more than 2,600" in cons.note
    history = estimates.estimate_history("killed", claimants=["A"], claims=claims)
    assert list(history["point"]) == [300, 600]


def test_partial_figures_are_left_out_unless_asked() -> None:
    claims = make_claims(
        [
            {"metric": "killed", "claimant": "A", "reported_on": "2025-09-02", "value_best": 2000},
            {"metric": "killed", "claimant": "B", "reported_on": "2025-12-12", "value_best": 9, "scope": "part"},
        ]
    )
    latest = estimates.latest_estimate("killed", claims=claims)
    assert latest is not None and latest.best == 2000
    cons = estimates.conservative_estimate("killed", claims=claims)
    assert cons is not None and cons.best == 2000
    assert len(estimates.estimate_history("killed", claims=claims, include_partial=True)) == 2


def test_span_rules() -> None:
    assert estimates.span(None, 4000, None) == (4000, 4000)
    assert estimates.span(5000, None, None) == (5000, 5000)
    assert estimates.span(1000, None, 3000) == (1000, 3000)
    assert estimates.span(pd.NA, pd.NA, 9_000_000) == (9_000_000, 9_000_000)


def test_describe_says_the_bound() -> None:
    est = estimates.Estimate("casualties_killed_or_wounded", 5000, None, None, ("C1",), ("UK",), None, "estimated")
    assert est.describe().startswith("more than 5,000 (UK")
    est = estimates.Estimate("artillery_shells", None, None, 9_000_000, ("C2",), ("MSMT",), None, "reported")
    assert est.describe().startswith("up to 9,000,000")


def test_timeline_month_precision_spans_the_month() -> None:
    events = analysis.timeline(start="2024-08-15", as_of="2024-08-20")
    kursk = events[(events["source_id"] == SEED_ID) & (events["sentence_no"] == 5)]
    assert not kursk.empty, "a month-precise August event overlaps mid-August"
    assert kursk.iloc[0]["span_end"] == pd.Timestamp("2024-08-31")
    only = analysis.timeline(["ceasefire"])
    assert set(only["category"].astype(str)) == {"ceasefire"}
