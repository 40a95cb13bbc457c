"""Like with like, defined once: properties of the rule, and the reports' sentences that rest on it."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis.data.codebook import method_text
from analysis.measures import by_claimant, headlines, relations
from analysis.measures.bounds import Bounds

from .conftest import make_claims, property_settings

quick = property_settings(50)
tables = property_settings(16)

FIRST = date(2024, 1, 1)
days = st.integers(min_value=0, max_value=900)
values = st.integers(min_value=1, max_value=50_000)


@st.composite
def claim(draw: st.DrawFn, claimant: str | None = None, day: int | None = None) -> dict[str, object]:
    """One claim row (for ``make_claims``) about a troop or loss measure, with any bound."""
    shape = draw(st.sampled_from(["low", "best", "high", "range"]))
    a, b = sorted([draw(values), draw(values)])
    low, best, high = {"low": (a, None, None), "best": (None, a, None), "high": (None, None, a), "range": (a, None, b)}[
        shape
    ]
    when = FIRST + timedelta(days=draw(days) if day is None else day)
    row: dict[str, object] = {
        "claimant": claimant or draw(st.sampled_from(["A", "B", "C"])),
        "metric": draw(st.sampled_from(["killed", "troops_deployed", "casualties_killed_or_wounded"])),
        "reported_on": when.isoformat(),
        "scope": draw(st.sampled_from(["whole", "whole", "part"])),
        "qualifier": draw(st.sampled_from(["estimated", "confirmed", "planned"])),
    }
    if draw(st.booleans()):
        row["period_end"] = (when - timedelta(days=draw(st.integers(0, 40)))).isoformat()
    return row | {k: v for k, v in zip(("value_low", "value_best", "value_high"), (low, best, high), strict=True) if v}


def _claim(row: dict[str, object], cid: str = "C1") -> relations.Claim:
    return relations.claim_of(make_claims([row]).assign(claim_id=cid).iloc[0])


@quick
@given(a=claim(claimant="A"), b=claim(claimant="A"))
def test_one_claimant_never_disagrees_with_itself(a: dict[str, object], b: dict[str, object]) -> None:
    assert relations.relation(_claim(a, "C1"), _claim(b, "C2")) != relations.DISAGREEMENT
    assert by_claimant.disagreements(claims=make_claims([a, b])).empty


@tables
@given(a=claim(day=0), b=claim(day=400), gap=st.integers(min_value=365, max_value=2000))
def test_claims_a_year_apart_never_disagree(a: dict[str, object], b: dict[str, object], gap: int) -> None:
    later = (FIRST + timedelta(days=gap)).isoformat()
    b = b | {"reported_on": later, "period_end": later}
    a = a | {"period_end": FIRST.isoformat()}
    assert relations.relation(_claim(a, "C1"), _claim(b, "C2")) != relations.DISAGREEMENT
    table = make_claims([a, b])
    assert by_claimant.disagreements(claims=table).empty
    assert not any("disagree" in p for p in headlines.key_points(claims=table))


@quick
@given(a=claim(), b=claim())
def test_the_relation_does_not_depend_on_the_order(a: dict[str, object], b: dict[str, object]) -> None:
    x, y = _claim(a, "C1"), _claim(b, "C2")
    assert relations.relation(x, y) == relations.relation(y, x)
    if relations.relation(x, y) == relations.DISAGREEMENT:
        assert x.claimant != y.claimant and x.metric == y.metric and x.bounds.apart(y.bounds)
        assert abs((x.describes - y.describes).days) <= relations.window_days()


@tables
@given(rows=st.lists(claim(), min_size=2, max_size=8), data=st.data())
def test_swapping_claims_changes_nothing(rows: list[dict[str, object]], data: st.DataObject) -> None:
    table = make_claims(rows)
    shuffled = table.iloc[data.draw(st.permutations(list(range(len(table)))))].reset_index(drop=True)
    first = by_claimant.disagreements(claims=table)
    again = by_claimant.disagreements(claims=shuffled)
    key = ["metric", "lower_claim", "higher_claim"]
    pd.testing.assert_frame_equal(
        first.sort_values(key).reset_index(drop=True), again.sort_values(key).reset_index(drop=True)
    )
    assert headlines.key_points(claims=table) == headlines.key_points(claims=shuffled)


def test_growth_is_a_trend_and_a_revision_is_not_a_dispute() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "metric": "troops_deployed", "reported_on": "2024-10-23", "value_best": 3000},
            {"claimant": "B", "metric": "troops_deployed", "reported_on": "2024-11-12", "value_low": 10000},
            {"claimant": "A", "metric": "troops_deployed", "reported_on": "2024-10-25", "value_best": 11000},
        ]
    )
    a, b, a2 = (relations.claim_of(r) for _, r in claims.iterrows())
    assert relations.relation(a, b) == relations.TREND  # the build-up, 20 days apart
    assert relations.relation(a, a2) == relations.REVISION
    assert by_claimant.disagreements(claims=claims).empty


def test_the_build_up_of_autumn_2024_is_not_a_disagreement() -> None:
    """NIS 3,000 (23 October 2024) against the State Department's more than 10,000 (12 November): growth."""
    table = by_claimant.disagreements("troops_deployed", as_of="2024-11-30")
    pairs = set(zip(table["lower_claim"], table["higher_claim"], strict=True))
    assert ("C0020", "C0028") not in pairs
    containers = by_claimant.disagreements("containers_shipped")  # 2023's 1,000 against 2025's 28,000: growth
    paired = set(zip(containers["lower_claim"], containers["higher_claim"], strict=True))
    assert ("C0001", "C0085") not in paired and ("C0085", "C0001") not in paired
    assert (containers["higher_reported_on"] - containers["lower_reported_on"]).abs().max() <= pd.Timedelta(days=7)


def test_a_capacity_based_figure_is_compared_only_with_capacity_based_ones() -> None:
    """What containers could hold is an upper-style equivalent, not an estimate of what was sent:
    the DIA's 9.4 million rounds' worth (23 October 2024) does not dispute the president's 3.5
    million shells (28 October), while two capacity figures of one week still can."""
    rows = [
        {"claimant": "A", "metric": "artillery_shells", "reported_on": "2024-10-23", "value_best": 9_400_000},
        {"claimant": "B", "metric": "artillery_shells", "reported_on": "2024-10-28", "value_best": 3_500_000},
        {"claimant": "C", "metric": "artillery_shells", "reported_on": "2024-10-25", "value_best": 4_000_000},
    ]
    claims = make_claims(rows).assign(basis=["capacity", "unspecified", "capacity"])
    dia, president, other = (relations.claim_of(r) for _, r in claims.iterrows())
    assert relations.relation(dia, president) == relations.UNRELATED
    assert relations.relation(dia, other) == relations.DISAGREEMENT
    table = by_claimant.disagreements("artillery_shells", as_of="2024-11-30")
    pairs = set(zip(table["lower_claim"], table["higher_claim"], strict=True))
    assert ("C0128", "C0125") not in pairs and ("C0125", "C0128") not in pairs


def test_troops_there_now_are_compared_only_in_the_same_place() -> None:
    """12,000 in Russia and up to 8,000 in Kursk (a part of it) do not disagree; 11,000 and 8,000
    both in Kursk within the week do; losses are compared whatever region a source names."""
    rows = [
        {"claimant": "A", "metric": "troops_present", "reported_on": "2024-10-24", "value_best": 12000},
        {"claimant": "B", "metric": "troops_present", "reported_on": "2024-10-31", "value_high": 8000},
        {"claimant": "C", "metric": "troops_present", "reported_on": "2024-11-04", "value_best": 11000},
        {"claimant": "A", "metric": "killed", "reported_on": "2024-12-19", "value_best": 100},
        {"claimant": "B", "metric": "killed", "reported_on": "2024-12-20", "value_best": 1000},
    ]
    claims = make_claims(rows).assign(location=[pd.NA, "Kursk", "Kursk", "Kursk", pd.NA])
    russia, kursk, kursk2, killed, killed2 = (relations.claim_of(r) for _, r in claims.iterrows())
    assert relations.relation(russia, kursk) == relations.UNRELATED
    assert relations.relation(kursk, kursk2) == relations.DISAGREEMENT
    assert relations.relation(killed, killed2) == relations.DISAGREEMENT
    table = by_claimant.disagreements("troops_present", as_of="2024-11-30")
    pairs = {frozenset(p) for p in zip(table["lower_claim"], table["higher_claim"], strict=True)}
    assert frozenset({"C0024", "C0153"}) not in pairs  # State's up to 8,000 in Kursk, the HUR's 12,000 in Russia


def test_a_key_point_about_a_disagreement_names_both_dates() -> None:
    points = headlines.key_points(["killed"], as_of="2025-09-30")
    (point,) = [p for p in points if "disagree" in p]
    assert point == (
        "Claimants disagree on killed: South Korea NIS said 2,000 on 2 September 2025, North Korea 350 the same day."
    )
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-10", "value_best": 1000},
            {"claimant": "B", "reported_on": "2025-01-14", "value_low": 3000},
        ]
    )
    (point,) = [p for p in headlines.key_points(["killed"], claims=claims) if "disagree" in p]
    assert "14 January 2025" in point and "10 January 2025" in point


def test_the_rule_reads_its_numbers_from_the_schema_text() -> None:
    text = method_text("like-with-like")
    assert f"within {relations.window_days()} days" in text
    assert f"more than {relations.tolerance():.0%} above" in text
    assert "{" not in text


def test_the_current_picture_is_the_newest_figure_and_those_of_its_time() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-01", "value_best": 100},
            {"claimant": "B", "reported_on": "2025-03-01", "value_best": 900},
            {"claimant": "C", "reported_on": "2025-03-03", "value_low": 500},
        ]
    )
    current = analysis.current_estimates("killed", claims=claims)
    assert list(current["claimant"]) == ["B", "C"]
    assert Bounds.of_claim(100, None, None).apart(Bounds.of_claim(None, None, 50))
