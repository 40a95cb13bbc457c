"""Loaders return typed tables; shipped texts are refused when their checksum changed."""

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
