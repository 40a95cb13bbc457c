"""Loaders return typed tables; shipped texts are refused when their checksum changed; claims cite original outlets."""

from __future__ import annotations

import re
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


# A claim's primary source (claims.source_id) should be the outlet that got the figure
# first-hand: the official statement itself, the outlet the claimant spoke to, or an outlet
# that reported the statement through its own reporting. A page that only carries another
# outlet's report is a further outlet (claim_sources), not the primary source.
#
# "Not original" is defined here and only here:
#   - a source of source_type "aggregator" (a mirror or aggregator republishing others), or
#   - a publisher field ending in a bracket, which by the dataset's convention names the
#     outlet whose report the page carries ("Manila Bulletin (AP)", "UkraNews (citing
#     Bloomberg)"), except on official pages (source_type "government"), where the bracket
#     names the agency's own news service ("US Department of Defense (DOD News)").
# A publisher's own full name or section is written without brackets ("Aju Press"), so the
# bracket test does not misfire on it.
ORIGINAL_SHARE_TARGET = 0.80
_CREDIT_IN_BRACKETS = re.compile(r"\([^()]+\)\s*$")


def cites_a_republisher(publisher: str, source_type: str) -> bool:
    """Whether a source is a republisher rather than an original outlet (see above)."""
    if source_type == "aggregator":
        return True
    if source_type == "government":
        return False
    return bool(_CREDIT_IN_BRACKETS.search(publisher))


def test_republisher_rule() -> None:
    assert cites_a_republisher("Manila Bulletin (AP)", "news")
    assert cites_a_republisher("UkraNews (citing Bloomberg)", "news")
    assert cites_a_republisher("TruthLens", "aggregator")
    assert not cites_a_republisher("US Department of Defense (DOD News)", "government")
    assert not cites_a_republisher("The Dong-A Ilbo", "news")
    assert not cites_a_republisher("Aju Press", "news")


def original_share(claims: pd.DataFrame, sources: pd.DataFrame) -> float:
    """Share of claims whose primary source is an original outlet or the official statement."""
    kinds = sources.set_index("source_id")
    primary = kinds.loc[claims["source_id"].astype(str)]
    republished = [
        cites_a_republisher(str(publisher), str(kind))
        for publisher, kind in zip(primary["publisher"], primary["source_type"], strict=True)
    ]
    return 1 - sum(republished) / len(claims)


def test_claims_cite_the_original_outlet() -> None:
    """Most claims cite the outlet that got the figure first-hand, not a republisher.

    Citing a republisher loses the original wording, date and hedge and hides which outlet
    actually heard the claimant; the republisher stays a further outlet in claim_sources.
    """
    share = original_share(analysis.load_claims(), analysis.load_sources())
    assert share >= ORIGINAL_SHARE_TARGET, f"only {share:.1%} of claims cite an original outlet"
