"""Claimants side by side: disagreements, hedges, revisions and outlets, on small made-up tables and the seed."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import analysis
from analysis.data import schema
from analysis.measures import by_claimant

from .conftest import SEED_ID, make_claims


def test_words_for_figures() -> None:
    assert by_claimant.range_text(15000, 15000) == "15,000"
    assert by_claimant.range_text(1000, 3000) == "1,000 to 3,000"
    assert by_claimant.range_text(pd.NA, 3) == "no figure"
    assert by_claimant.bound_kind(1000, pd.NA, pd.NA) == "more than"
    assert by_claimant.bound_kind(pd.NA, pd.NA, 9) == "up to"
    assert by_claimant.bound_kind(pd.NA, 5, pd.NA) == "point"
    assert by_claimant.bound_kind(1, pd.NA, 3) == "range"


def test_two_claimants_far_apart_disagree_with_both_figures_kept() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-10", "value_best": 1000},
            {"claimant": "B", "reported_on": "2025-01-14", "value_low": 3000},
        ]
    )
    table = by_claimant.disagreements("killed", claims=claims)
    assert len(table) == 1
    row = table.iloc[0]
    assert (row.lower_claimant, row.lower_figure, row.higher_claimant, row.higher_figure) == (
        "A",
        "1,000",
        "B",
        "more than 3,000",
    )
    assert row.times == pytest.approx(3.0) and row.pairs == 1
    ranges = by_claimant.disagreement_ranges(table, claims)
    assert list(ranges["claimant"]) == ["B", "A"] and list(ranges["kind"]) == ["more than", "point"]
    assert (
        by_claimant.disagreement_text(table.iloc[0])
        == "B said more than 3,000 on 14 January 2025, A 1,000 on 10 January 2025"
    )


@pytest.mark.parametrize(
    ("second", "why"),
    [
        ({"value_low": 1000}, "an open upper end ('more than 1,000') never contradicts 3,000"),
        ({"value_best": 2800}, "within a tenth: the same figure, rounded differently"),
        ({"value_best": 1000, "reported_on": "2025-01-20"}, "ten days apart: a trend, not a disagreement"),
        ({"value_best": 1000, "reported_on": "2025-06-01"}, "months apart: growth, not disagreement"),
        ({"value_low": 2000, "value_high": 4000}, "ranges that meet"),
        ({"value_best": 1000, "qualifier": "planned"}, "a plan does not contradict a count"),
        ({"value_best": 1000, "scope": "part"}, "a figure about part of the whole is left out"),
        ({"value_best": 1000, "claimant": "A"}, "one claimant cannot disagree with itself"),
        ({"value_best": 1000, "metric": "wounded"}, "another measure"),
    ],
)
def test_no_disagreement(second: dict[str, object], why: str) -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-10", "value_best": 3000},
            {"claimant": "B", "reported_on": "2025-01-12", **second},
        ]
    )
    assert by_claimant.disagreements("killed", claims=claims).empty, why


def test_contingents_are_only_compared_within_one_wave() -> None:
    wave = {"metric": "troops_deployed_additional", "reported_on": "2025-03-01"}
    claims = make_claims(
        [
            {**wave, "claimant": "A", "value_best": 1000, "period_start": "2025-01-01"},
            {**wave, "claimant": "B", "value_best": 5000, "period_start": "2024-10-01"},
        ]
    )
    assert by_claimant.disagreements("troops_deployed_additional", claims=claims).empty


def test_positions_are_each_claimants_latest_highest_first() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-10", "value_best": 100},
            {"claimant": "A", "reported_on": "2025-02-10", "value_best": 300, "cue": "estimates"},
            {"claimant": "B", "reported_on": "2025-01-20", "value_low": 1000, "value_high": 2000},
        ]
    )
    table = by_claimant.positions("killed", claims=claims)
    assert list(table["claimant"]) == ["B", "A"]
    assert list(table["figure"]) == ["1,000 to 2,000", "300"]
    assert list(table["claims"]) == [1, 2]
    assert table.iloc[1]["hedge"] == "estimated (estimates)"


def test_hedge_shares_add_up_to_one_per_claimant() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-10", "value_best": 1, "qualifier": "confirmed"},
            {"claimant": "A", "reported_on": "2025-01-11", "value_best": 1, "qualifier": "suggested"},
            {"claimant": "A", "reported_on": "2025-01-12", "value_best": 1, "qualifier": "suggested"},
            {"claimant": "B", "reported_on": "2025-01-12", "value_best": 1, "qualifier": "planned"},
        ]
    )
    shares = by_claimant.hedge_shares(claims=claims)
    quals = list(schema.vocabulary("claims", "qualifier"))
    assert list(shares.columns) == ["claimant", "claims", *quals]
    assert list(shares["claimant"]) == ["A", "B"]
    a = shares.iloc[0]
    assert a["claims"] == 3 and a["suggested"] == pytest.approx(2 / 3) and a["confirmed"] == pytest.approx(1 / 3)
    assert all(math.isclose(total, 1.0) for total in shares[quals].sum(axis=1))


def test_revisions_have_a_direction_and_a_share_per_claimant() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-01", "value_best": 100},
            {"claimant": "A", "reported_on": "2025-02-01", "value_best": 300, "supersedes": "C0001"},
            {"claimant": "A", "reported_on": "2025-03-01", "value_low": 200, "value_high": 400, "supersedes": "C0002"},
            {"claimant": "B", "reported_on": "2025-03-01", "value_best": 50},
            {"claimant": "B", "reported_on": "2025-04-01", "value_best": 20, "supersedes": "C0004"},
        ]
    )
    revs = by_claimant.revisions(claims=claims)
    assert list(revs["direction"]) == ["up", "overlapping", "down"]
    assert list(revs["days"]) == [31, 28, 31]
    assert revs.iloc[0]["earlier_figure"] == "100" and revs.iloc[0]["figure"] == "300"
    stats = by_claimant.revision_stats(claims=claims).set_index("claimant")
    assert stats.loc["A", "claims"] == 3 and stats.loc["A", "revised"] == 2
    assert stats.loc["A", "share_revised"] == pytest.approx(2 / 3)
    assert (stats.loc["A", "up"], stats.loc["A", "overlapping"], stats.loc["B", "down"]) == (1, 1, 1)


def test_outlets_count_primary_sources_and_further_outlets() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-01", "value_best": 1, "source_id": "s1"},
            {"claimant": "A", "reported_on": "2025-01-02", "value_best": 2, "source_id": "s2"},
            {"claimant": "B", "reported_on": "2025-01-03", "value_best": 3, "source_id": "s1"},
        ]
    )
    further = pd.DataFrame({"claim_id": ["C0001", "C0003"], "source_id": ["s3", "s3"], "notes": [pd.NA, pd.NA]})
    sources = pd.DataFrame({"source_id": ["s1", "s2", "s3"], "publisher": ["Wire", "Paper", "Paper"]})
    table = by_claimant.outlets(claims=claims, claim_sources=further, sources=sources)
    got = {(r.claimant, r.publisher): (r.claims, r.primary) for r in table.itertuples()}
    assert got == {("A", "Paper"): (2, 1), ("A", "Wire"): (1, 1), ("B", "Paper"): (1, 0), ("B", "Wire"): (1, 1)}
    matrix = by_claimant.outlet_matrix(table, top=1)
    assert list(matrix.index) == ["Paper", "other outlets (1)"]
    assert matrix.loc["Paper", "A"] == 2 and matrix.loc["other outlets (1)", "B"] == 1


def test_the_seed_alone_has_one_claimant_and_no_disagreement() -> None:
    claims = analysis.load_claims()
    seed = claims[claims["source_id"] == SEED_ID]
    for metric in ("troops_deployed", "casualties_killed_or_wounded"):
        assert by_claimant.disagreements(metric, claims=seed).empty
    side = by_claimant.positions("casualties_killed_or_wounded", as_of="2025-03-27", claims=seed)
    assert list(side["figure"]) == ["4,000"] and list(side["claimant"]) == ["South Korea JCS"]
    assert "South Korea JCS" in by_claimant.claimant_choices()
    assert by_claimant.claimant_order(seed) == ["South Korea JCS"]


def test_spread_text_is_the_current_picture() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-02-10", "value_best": 300},
            {"claimant": "B", "reported_on": "2025-02-05", "value_low": 1000, "value_high": 2000},
            {"claimant": "C", "reported_on": "2025-01-02", "value_best": 5000},  # a month before: not the same time
        ]
    )
    assert by_claimant.spread_text("killed", claims=claims) == (
        "from 300 (A, 10 February 2025) to 1,000 to 2,000 (B, 5 February 2025) (2 claimants)"
    )
    assert by_claimant.spread_text("killed", claimants=["A"], claims=claims) == "300 (A, 10 February 2025)"
    assert by_claimant.spread_text("wounded", claims=claims) == "no figure"


def test_the_source_comparisons_findings_name_the_leaders_of_each_table() -> None:
    """The closing sentences' values come from the tables the brief shows: the claimant with the
    most claims, the most often confirmed, the most revised, the most widely carried, and the
    measure with most disagreements, with its newest pair; empty tables say none."""
    shares = by_claimant.hedge_shares()
    stats = by_claimant.revision_stats()
    reach = by_claimant.outlet_reach(by_claimant.outlets())
    gaps = by_claimant.disagreements()
    found = by_claimant.findings(shares, stats, reach, gaps)
    assert found["most"] == shares["claimant"].iloc[0]
    assert found["wide"] == reach["claimant"].iloc[0]
    assert reach["outlets"].is_monotonic_decreasing
    assert found["o"] == f"{reach['outlets'].iloc[0]} outlets"
    labels = {by_claimant.words.lower_label(m) for m in gaps["metric"]}
    assert any(str(found["disputed"]).startswith(f"{label}, ") for label in labels), found["disputed"]
    empty = by_claimant.findings(shares.iloc[:0], stats.iloc[:0], reach.iloc[:0], gaps.iloc[:0])
    assert (empty["most"], empty["n"], empty["wide"], empty["disputed"]) == (
        "none",
        "no claims",
        "none",
        "none, comparing like with like",
    )


def test_the_newest_disagreements_are_charted_once_per_measure_and_month() -> None:
    gaps = by_claimant.disagreements()
    ranges = by_claimant.newest_disagreement_ranges(gaps, analysis.load_claims(), n=3)
    assert not ranges.duplicated(["group", "claim_id"]).any()
    assert set(ranges["claim_id"]) <= set(gaps["higher_claim"]) | set(gaps["lower_claim"])
    assert all(", " in g and g.split(", ")[-1][-4:].isdigit() for g in ranges["group"])  # 'Killed, Sep 2025'
    assert len(ranges) <= 6
