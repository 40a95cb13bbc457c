"""The clean tables are reproducible: rebuilding yields byte-identical files."""

from __future__ import annotations

import shutil
from pathlib import Path

from analysis import paths
from analysis.data import build


def test_rebuild_is_byte_identical(data_copy: Path) -> None:
    shipped = {p.name: p.read_bytes() for p in paths.CLEAN_DIR.glob("*.csv")}
    shutil.rmtree(data_copy / "clean")
    counts = build.build(data_copy)
    rebuilt = {p.name: p.read_bytes() for p in (data_copy / "clean").glob("*.csv")}
    assert rebuilt == shipped, "data/clean is stale: run `python -m analysis build` and commit"
    assert counts["claims"] == shipped["claims.csv"].count(b"\n") - 1


def test_build_fills_exact_sentences(data_copy: Path) -> None:
    build.build(data_copy)
    import pandas as pd

    from analysis.data.tables import source_sentences

    claims = pd.read_csv(data_copy / "clean" / "claims.csv", dtype=str, keep_default_na=False)
    shipped = claims[claims["sentence_no"] != ""]
    assert len(shipped) >= 3
    for row in shipped.itertuples():
        assert row.sentence == source_sentences(row.source_id, data_copy)[int(row.sentence_no) - 1]
