"""Loaders return typed tables; shipped texts are refused when their checksum changed; claims cite first-hand pages."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.data import schema
from analysis.errors import DataError

from .conftest import SEED_ID


def test_loader_types() -> None:
    claims = analysis.load_claims()
    assert pd.api.types.is_datetime64_any_dtype(claims["reported_on"])
    assert pd.api.types.is_datetime64_any_dtype(claims["period_end"])
    for col in ("value_low", "value_best", "value_high", "sentence_no"):
        assert str(claims[col].dtype) == "Int64", col
    for col in ("metric", "qualifier", "claimant", "date_precision", "basis", "confidence"):
        assert isinstance(claims[col].dtype, pd.CategoricalDtype), col
        assert list(claims[col].cat.categories) == list(schema.vocabulary("claims", col))
    events = analysis.load_events()
    assert pd.api.types.is_datetime64_any_dtype(events["date"])
    assert list(events["category"].cat.categories) == list(schema.vocabulary("events", "category"))
    assert str(analysis.load_transfers()["quantity_best"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(analysis.load_sources()["published"])


def test_every_table_loads_with_schema_columns() -> None:
    for name, frame in analysis.load_all().items():
        assert list(frame.columns) == schema.table(name).columns
        assert not frame.empty, name


def test_loader_returns_a_copy() -> None:
    first = analysis.load_claims()
    first.loc[:, "value_best"] = pd.NA
    assert analysis.load_claims()["value_best"].notna().any()


def test_source_text_refuses_changed_file(data_copy: Path) -> None:
    assert "3,000 more soldiers" in analysis.source_text(SEED_ID, data_copy)
    raw = next((data_copy / "raw").glob(f"{SEED_ID}.*"))
    raw.write_bytes(raw.read_bytes() + b"\nAn added line.\n")
    with pytest.raises(DataError, match=rf"raw/{SEED_ID}\.txt: checksum changed") as info:
        analysis.source_text(SEED_ID, data_copy)
    assert "\n" not in str(info.value)


def test_seed_sentences_are_numbered_from_the_caption() -> None:
    sentences = analysis.source_sentences(SEED_ID)
    assert len(sentences) == 15
    assert sentences[0].startswith("Kim Jong-un's soldiers")
    assert sentences[6].startswith("Seoul estimates that around 4,000")


def test_dataset_dates() -> None:
    first, last = analysis.dataset_dates()
    assert first < last


# A claim's primary source (claims.source_id) should be the page of the outlet that got the
# figure first-hand: the official statement, transcript or post itself, the outlet the claimant
# spoke to, or an outlet that attended the briefing or received the release. A page that retells
# another outlet's report, interview, wire copy or briefing is a further outlet (claim_sources).
#
# Which pages retell is recorded in one place: sources.credits names what the page retells and
# is empty when the page reports first-hand. A claim is first-hand when the credits of its
# primary source are empty.
#
# The goal is 80%. The floor below is just under what the data reaches today (124 of 191
# claims, 64.9%): most of the other claims rest on interviews and exclusives (The War Zone, the
# Financial Times, Bloomberg, the BBC, CNN, The Times, Reuters, AP, Suspilne, Ukrinform,
# Interfax-Ukraine, LIGA.net, KCNA) whose own pages are not among the stored copies; each such
# claim's notes say what was searched. Raise the floor as first-hand pages are found; the
# strict xfail turns red the day the goal is met.
FIRST_HAND_GOAL = 0.80
FIRST_HAND_FLOOR = 0.64


def is_first_hand(credits: object) -> bool:
    """Whether a source reports first-hand: its credits cell is empty (NA or blank)."""
    return bool(pd.isna(credits)) or not str(credits).strip()


def test_first_hand_rule() -> None:
    assert is_first_hand(pd.NA)
    assert is_first_hand("")
    assert is_first_hand("  ")
    assert not is_first_hand("Reuters")
    assert not is_first_hand("unknown (page not read)")


def first_hand_share(claims: pd.DataFrame, sources: pd.DataFrame) -> float:
    """Share of claims whose primary source reports first-hand (empty credits)."""
    credits = sources.set_index("source_id")["credits"]
    primary = credits.loc[claims["source_id"].astype(str)]
    return sum(is_first_hand(c) for c in primary) / len(claims)


def test_share_counts_credits() -> None:
    sources = pd.DataFrame({"source_id": ["a", "b"], "credits": [pd.NA, "AFP"]})
    claims = pd.DataFrame({"source_id": ["a", "a", "b", "b"]})
    assert first_hand_share(claims, sources) == 0.5


def test_every_source_says_what_it_credits() -> None:
    """A bracket in a publisher's name means a credited outlet; credits must then say so."""
    sources = analysis.load_sources()
    bracketed = sources["publisher"].astype(str).str.contains(r"\([^()]+\)\s*$", regex=True)
    official = sources["source_type"].astype(str) == "government"
    empty = pd.Series([is_first_hand(c) for c in sources["credits"]], index=sources.index)
    unstated = sources.loc[bracketed & ~official & empty, "source_id"]
    assert unstated.empty, f"publisher names a credit but credits is empty: {list(unstated)}"


def test_claims_cite_the_first_hand_outlet() -> None:
    """Most claims cite the outlet that got the figure first-hand, not a retelling.

    Citing a retelling loses the original wording, date and hedge and hides which outlet
    actually heard the claimant; the retelling stays a further outlet in claim_sources.
    """
    share = first_hand_share(analysis.load_claims(), analysis.load_sources())
    assert share >= FIRST_HAND_FLOOR, f"only {share:.1%} of claims cite a first-hand source"


@pytest.mark.xfail(strict=True, reason="goal not met yet: raise FIRST_HAND_FLOOR when it is")
def test_first_hand_goal() -> None:
    share = first_hand_share(analysis.load_claims(), analysis.load_sources())
    assert share >= FIRST_HAND_GOAL, f"{share:.1%} of claims cite a first-hand source"
