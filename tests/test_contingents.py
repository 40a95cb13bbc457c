"""Contingents given in parts add up; a single part is never taken for the whole."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis.measures.estimates import contingent_totals, latest_estimate

from .conftest import make_claims

ENG = "engineers_deployed"


def _part(who: str, day: str, best: int | None = None, low: int | None = None, high: int | None = None, **kw):
    return {
        "claimant": who,
        "reported_on": day,
        "metric": ENG,
        "unit": "soldiers",
        "scope": "part",
        "component_of": "engineers-2025",
        "value_best": best,
        "value_low": low,
        "value_high": high,
        **kw,
    }


def test_parts_of_one_claimant_add_up_low_best_high():
    claims = make_claims([_part("A", "2025-09-02", best=1000), _part("A", "2025-11-04", low=4000, high=5000)])
    (total,) = contingent_totals(ENG, claims=claims)
    assert (total.low, total.best, total.high) == (5000, None, 6000)
    assert total.claim_ids == ("C0001", "C0002")
    assert str(total.reported_on) == "2025-11-04"
    assert "sum of 2 parts" in total.note


def test_one_part_alone_is_never_the_whole():
    claims = make_claims([_part("A", "2025-09-02", best=1000)])
    assert contingent_totals(ENG, claims=claims) == []
    assert latest_estimate(ENG, claims=claims) is None


def test_parts_of_different_claimants_are_not_added():
    claims = make_claims([_part("A", "2025-09-02", best=1000), _part("B", "2025-09-03", best=5000)])
    assert contingent_totals(ENG, claims=claims) == []


def test_planned_parts_stay_apart_from_reported_ones():
    claims = make_claims(
        [
            _part("A", "2025-06-17", best=1000, qualifier="planned"),
            _part("A", "2025-06-17", best=5000, qualifier="planned"),
            _part("A", "2025-09-02", best=1000),
        ]
    )
    (total,) = contingent_totals(ENG, claims=claims)
    assert total.qualifier == "planned" and total.best == 6000


def test_a_revised_part_drops_out_of_the_sum():
    claims = make_claims(
        [
            _part("A", "2025-09-02", best=1000),
            _part("A", "2025-10-01", best=5000),
            _part("A", "2025-11-01", best=1500, supersedes="C0001"),
        ]
    )
    (total,) = contingent_totals(ENG, claims=claims)
    assert total.best == 6500 and total.claim_ids == ("C0002", "C0003")


def test_a_whole_figure_as_recent_wins():
    rows = [_part("A", "2025-09-02", best=1000), _part("A", "2025-09-03", best=5000)]
    whole = {**_part("A", "2025-09-03", best=7000), "scope": "whole"}
    claims = make_claims([*rows, whole])
    assert contingent_totals(ENG, claims=claims) == []
    assert latest_estimate(ENG, claims=claims).best == 7000


def test_latest_estimate_takes_a_newer_sum_over_an_older_whole():
    whole = {**_part("B", "2025-01-01", best=2000), "scope": "whole", "component_of": pd.NA}
    claims = make_claims([whole, _part("A", "2025-09-02", best=1000), _part("A", "2025-09-03", best=5000)])
    est = latest_estimate(ENG, claims=claims)
    assert est.best == 6000 and est.claimants == ("A",)
    assert latest_estimate(ENG, as_of="2025-09-02", claims=claims).best == 2000


def test_bundled_data_engineers_combine_sappers_and_builders():
    est = analysis.latest_estimate(ENG)
    assert est is not None
    # 1,000 sappers and more than 5,000 builders (5000여 명): more than 6,000 in all
    assert est.low == 6000 and est.best is None and est.figure() == "more than 6,000" and len(est.claim_ids) == 2
    assert "sum of 2 parts" in est.note


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 10**7)), min_size=2, max_size=6))
def test_sum_of_parts_keeps_low_at_most_high(pairs):
    rows = [_part("A", f"2025-0{1 + i}-01", low=min(p), high=max(p)) for i, p in enumerate(pairs)]
    (total,) = contingent_totals(ENG, claims=make_claims(rows))
    assert total.low == sum(min(p) for p in pairs)
    assert total.high == sum(max(p) for p in pairs)
    assert total.low <= total.high
