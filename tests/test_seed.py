"""Every figure and dated statement of the seed article is in the dataset."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis

from .conftest import SEED_ID

# (metric, low, best, high, qualifier, cue, period_start, period_end, sentence_no)
SEED_CLAIMS = [
    ("troops_deployed_additional", None, 3000, None, "suggested", "appears to", "2025-01-01", "2025-02-28", 2),
    ("troops_deployed", None, 11000, None, "reported", "is thought to", "2024-01-01", "2024-12-31", 5),
    ("casualties_killed_or_wounded", None, 4000, None, "estimated", "estimates", None, "2025-03-27", 7),
]


def _opt(v: object) -> int | None:
    return None if pd.isna(v) else int(v)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def seed_claims() -> pd.DataFrame:
    claims = analysis.load_claims()
    return claims[claims["source_id"] == SEED_ID]


@pytest.mark.parametrize("expected", SEED_CLAIMS, ids=[c[0] for c in SEED_CLAIMS])
def test_seed_claim(seed_claims: pd.DataFrame, expected: tuple) -> None:  # type: ignore[type-arg]
    metric, low, best, high, qualifier, cue, start, end, sentence_no = expected
    rows = seed_claims[seed_claims["metric"] == metric]
    assert len(rows) == 1, f"expected one {metric} claim from the seed"
    row = rows.iloc[0]
    assert (_opt(row.value_low), _opt(row.value_best), _opt(row.value_high)) == (low, best, high)
    assert row.claimant == "South Korea JCS"
    assert row.qualifier == qualifier
    assert cue in str(row.cue)
    assert row.sentence_no == sentence_no
    assert row.reported_on == pd.Timestamp("2025-03-27")
    if start:
        assert row.period_start == pd.Timestamp(start)
    assert row.period_end == pd.Timestamp(end)
    assert str(row.sentence) in analysis.source_text(SEED_ID)


def test_seed_claims_are_exactly_these(seed_claims: pd.DataFrame) -> None:
    assert sorted(seed_claims["metric"].astype(str)) == sorted(c[0] for c in SEED_CLAIMS)


def test_seed_transfers_keep_the_sources_words() -> None:
    transfers = analysis.load_transfers()
    seed = transfers[transfers["source_id"] == SEED_ID]
    assert set(seed["item"].astype(str)) == {"ballistic_missiles", "self_propelled_guns", "rocket_launchers"}
    assert (seed["amount_text"] == "considerable amount").all()
    assert seed["quantity_best"].isna().all() and (seed["claimant"] == "South Korea JCS").all()


# (sentence_no, category, first day, precision)
SEED_EVENTS = [
    (5, "combat", "2024-08-01", "month"),  # Ukraine's Kursk incursion, August 2024
    (11, "diplomacy", "2024-01-01", "year"),  # the defence pact, 2024
    (6, None, "2025-01-01", "month"),  # taken off the front lines in January
    (8, "diplomacy", None, None),  # Shoigu's visit "last week"
    (12, "diplomacy", "2025-03-27", "day"),  # Paris meeting on Thursday
    (14, "ceasefire", "2025-03-25", "day"),  # Black Sea ceasefire "earlier this week"
]


@pytest.mark.parametrize("expected", SEED_EVENTS, ids=[f"sentence{e[0]}" for e in SEED_EVENTS])
def test_seed_event(expected: tuple) -> None:  # type: ignore[type-arg]
    sentence_no, category, first, precision = expected
    events = analysis.load_events()
    rows = events[(events["source_id"] == SEED_ID) & (events["sentence_no"] == sentence_no)]
    if category:
        rows = rows[rows["category"] == category]
    assert not rows.empty, f"no event from seed sentence {sentence_no}"
    row = rows.iloc[0]
    if first:
        assert row.date == pd.Timestamp(first)
        assert row.date_precision == precision
    else:  # "last week": the week before 2025-03-27
        assert pd.Timestamp("2025-03-16") <= row.date <= pd.Timestamp("2025-03-23")
