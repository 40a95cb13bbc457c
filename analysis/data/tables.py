"""Typed loaders for the clean dataset: the one way the package gets its data.

``load(data_dir=None)`` returns every clean table, typed and cached (the cache is keyed by
each file's modification time, so a rebuild is picked up). Helpers that were not given a
table call it; notebooks call it once at the top. ``load_claims()`` and friends are the
same tables one at a time.

Types: datetime64 dates, nullable ``Int64`` figures, categoricals whose categories are the
schema's vocabularies, so a typo can never hide as a new category.

Data quirks:
- ``events.actors`` holds several actor ids separated by "; ".
- A raw text whose sha256 differs from ``sources.sha256`` is refused everywhere: the
  sentence numbers in the curated tables would no longer point at the right sentence.
"""

from __future__ import annotations

import io
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.data import schema
from analysis.errors import DataError, Problem
from analysis.files import display_path, read_text, sha256_file
from analysis.sentences import split_sentences

Rows = list[dict[str, str]]
split_list = schema.split_list  # kept while measures.timeline imports it from here


def source_text(source_id: str, data_dir: Path | None = None) -> str:
    """The shipped text of a source, refused (``DataError``) if its checksum changed."""
    data_dir = data_dir or paths.DATA_DIR
    sources = load_sources(data_dir)
    row = sources.loc[sources["source_id"] == source_id]
    if row.empty or pd.isna(row["raw_file"].iloc[0]):
        raise DataError(
            Problem(
                display_path(paths.curated_dir(data_dir) / "sources.csv"),
                None,
                "source_id",
                f"{source_id!r} has no shipped text",
            )
        )
    path = paths.raw_dir(data_dir) / str(row["raw_file"].iloc[0])
    expected = str(row["sha256"].iloc[0])
    if sha256_file(path) != expected:
        raise DataError(
            Problem(
                display_path(path),
                None,
                None,
                f"checksum changed: expected sha256 {expected[:12]}..., refusing to use it",
            )
        )
    return read_text(path)


def source_sentences(source_id: str, data_dir: Path | None = None) -> list[str]:
    """The numbered sentences of a shipped source (``sentence_no`` n is item n-1)."""
    return split_sentences(source_text(source_id, data_dir))


# --- typed loaders ---------------------------------------------------------------------


def _typed(table: schema.Table, frame: pd.DataFrame, datapackage: Path | None = None) -> pd.DataFrame:
    for f in table.fields:
        col = frame[f.name]
        if f.type == "integer":
            frame[f.name] = pd.to_numeric(col, errors="raise").astype("Int64")
        elif f.type == "date":
            frame[f.name] = pd.to_datetime(col, format="%Y-%m-%d")
        elif f.enum is not None:
            frame[f.name] = pd.Categorical(col, categories=list(f.enum))
        elif f.vocabulary_from is not None:
            frame[f.name] = pd.Categorical(col, categories=list(schema.vocabulary(table.name, f.name, datapackage)))
        else:
            frame[f.name] = col.astype("string")
    return frame


@lru_cache(maxsize=32)
def _load_cached(name: str, path: Path, mtime_ns: int) -> pd.DataFrame:
    table = schema.table(name)
    text = read_text(path)
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""])
    missing = [c for c in table.columns if c not in frame.columns]
    if missing:
        raise DataError(Problem(display_path(path), 1, missing[0], "column is missing: run `python -m analysis build`"))
    return _typed(table, frame[table.columns].copy(), paths.datapackage_path(path.parent.parent))


def load_table(name: str, data_dir: Path | None = None) -> pd.DataFrame:
    """Load one clean table as a typed DataFrame (a fresh copy each call)."""
    path = paths.clean_dir(data_dir or paths.DATA_DIR) / f"{name}.csv"
    if not path.exists():
        raise DataError(Problem(display_path(path), None, None, "is missing: run `python -m analysis build`"))
    return _load_cached(name, path.resolve(), path.stat().st_mtime_ns).copy()


def load_sources(data_dir: Path | None = None) -> pd.DataFrame:
    """Sources: one row per document cited (``published`` is datetime64)."""
    return load_table("sources", data_dir)


def load_actors(data_dir: Path | None = None) -> pd.DataFrame:
    """Actors: canonical names, kind, country, role and aliases."""
    return load_table("actors", data_dir)


def load_claims(data_dir: Path | None = None) -> pd.DataFrame:
    """Claims: one row per asserted figure; values are nullable Int64, vocabularies categorical."""
    return load_table("claims", data_dir)


def load_claim_sources(data_dir: Path | None = None) -> pd.DataFrame:
    """Further outlets carrying each claim."""
    return load_table("claim_sources", data_dir)


def load_events(data_dir: Path | None = None) -> pd.DataFrame:
    """Events: dated happenings with date precision and category."""
    return load_table("events", data_dir)


def load_transfers(data_dir: Path | None = None) -> pd.DataFrame:
    """Transfers: weapons and materiel provided, quantified or in the source's words."""
    return load_table("transfers", data_dir)


def load(data_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Every clean table by name, typed: the one loader helpers fall back on.

    Each table is read once per file version (cached on its modification time); every call
    returns fresh copies, so a caller may change them without touching the cache.
    """
    return {name: load_table(name, data_dir) for name in schema.TABLES}


load_all = load  # the older public name


def given(frame: pd.DataFrame | None, name: str) -> pd.DataFrame:
    """The table a helper was given, else ``name`` from ``load()`` (the cached clean tables).

    Helpers compute on the frames they are passed; this is the one place where a helper
    called without data (``latest_estimate("killed")`` in JupyterLab) gets the dataset.
    """
    return load_table(name) if frame is None else frame


def dataset_dates(data_dir: Path | None = None) -> tuple[date, date]:
    """First and last date in the dataset (claims reported_on, events date): ``facts.date_span``."""
    from analysis.data.facts import date_span

    if (span := date_span(data_dir)) is None:
        load_claims(data_dir)  # says which table is missing or wrong
        raise DataError(
            [Problem(display_path(paths.clean_dir(data_dir or paths.DATA_DIR)), None, None, "has no dates")]
        )
    return span
