"""Deployments and losses over time: contingents, the combined total and the loss ratio as ranges."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.measures import deployments

from .conftest import SEED_ID
from .test_compare import make_claims


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    claims = analysis.load_claims()
    return claims[claims["source_id"] == SEED_ID]


def test_contingents_of_the_seed(seed: pd.DataFrame) -> None:
    waves = deployments.contingents(claims=seed)
    assert list(waves["contingent"]) == ["Jan 2025"]
    row = waves.iloc[0]
    assert (row.claimant, row.figure, row.kind, int(row.low), int(row.high)) == (
        "South Korea JCS",
        "3,000",
        "point",
        3000,
        3000,
    )


def test_contingents_group_claims_by_wave_oldest_first() -> None:
    wave = {"metric": "troops_deployed_additional"}
    claims = make_claims(
        [
            {**wave, "claimant": "A", "reported_on": "2025-03-01", "value_low": 1000, "period_start": "2025-01-01"},
            {**wave, "claimant": "B", "reported_on": "2024-11-01", "value_best": 1500, "period_start": "2024-10-08"},
            {**wave, "claimant": "C", "reported_on": "2025-02-01", "value_best": 2000},
        ]
    )
    waves = deployments.contingents(claims=claims)
    assert list(waves["contingent"]) == ["Oct 2024", "Jan 2025", "start not given"]
    assert list(waves["kind"]) == ["point", "more than", "point"]


def test_deployed_and_ratio_over_time_on_the_seed(seed: pd.DataFrame) -> None:
    moves = deployments.deployed_over_time("2025-03-27", claims=seed)
    assert len(moves) == 1 and (int(moves.iloc[0]["low"]), int(moves.iloc[0]["high"])) == (14000, 14000)
    ratios = deployments.loss_ratio_over_time("2025-03-27", claims=seed)
    assert len(ratios) == 1
    assert ratios.iloc[0]["low"] == pytest.approx(4000 / 14000) == ratios.iloc[0]["high"]
    assert "29%" in ratios.iloc[0]["described"]
    assert deployments.loss_ratio_over_time("2025-03-26", claims=seed).empty


def _losses(second_day: str) -> pd.DataFrame:
    return make_claims(
        [
            {"claimant": "A", "metric": "troops_deployed", "reported_on": "2025-01-01", "value_best": 10000},
            {
                "claimant": "A",
                "metric": "casualties_killed_or_wounded",
                "reported_on": "2025-02-01",
                "value_best": 1000,
            },
            {"claimant": "B", "metric": "casualties_killed_or_wounded", "reported_on": second_day, "value_best": 3000},
        ]
    )


def test_ratio_over_time_is_a_range_when_claimants_of_the_same_time_differ() -> None:
    ratios = deployments.loss_ratio_over_time(claims=_losses("2025-02-03"))
    assert list(ratios["date"]) == [pd.Timestamp("2025-02-01"), pd.Timestamp("2025-02-03")]
    assert (ratios.iloc[1]["low"], ratios.iloc[1]["high"]) == (pytest.approx(0.1), pytest.approx(0.3))
    assert ratios.iloc[1]["described"] == "10% to 30%"


def test_an_older_figure_never_widens_the_ratio() -> None:
    ratios = deployments.loss_ratio_over_time(claims=_losses("2025-03-01"))  # a month later: the picture moved
    assert (ratios.iloc[1]["low"], ratios.iloc[1]["high"]) == (pytest.approx(0.3), pytest.approx(0.3))


def test_a_floor_of_losses_gives_a_floor_of_the_share() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "metric": "troops_deployed", "reported_on": "2025-01-01", "value_best": 15000},
            {"claimant": "B", "metric": "casualties_killed_or_wounded", "reported_on": "2025-02-01", "value_low": 6000},
        ]
    )
    ratio = analysis.loss_ratio(claims=claims)
    assert ratio is not None and (ratio.kind, ratio.low, ratio.high) == ("floor", pytest.approx(0.4), None)
    assert ratio.describe() == "more than 40%"
    ratios = deployments.loss_ratio_over_time(claims=claims)
    assert ratios.iloc[-1]["high_kind"] == "open" and pd.isna(ratios.iloc[-1]["high"])


def test_a_waves_summary_gives_one_claim_its_own_date_and_several_their_span() -> None:
    wave = {"metric": "troops_deployed_additional", "unit": "soldiers"}
    claims = make_claims(
        [
            {**wave, "claimant": "A", "reported_on": "2025-01-20", "value_best": 1000, "period_start": "2025-01-01"},
            {**wave, "claimant": "B", "reported_on": "2025-02-10", "value_low": 3000, "period_start": "2025-01-01"},
            {**wave, "claimant": "A", "reported_on": "2024-10-18", "value_best": 1500, "period_start": "2024-10-01"},
        ]
    )
    one, two = deployments.waves("2025-03-01", claims=claims)["summary"]
    assert one == "1 claim by A, of 18 October 2024: 1,500 soldiers"
    assert two == "2 claims by A and B, the newest of 10 February 2025; together they span more than 1,000 soldiers"
