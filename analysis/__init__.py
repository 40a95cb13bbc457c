"""North Korea's military support to Russia: a cited dataset of claims and the helpers to use it.

Every figure is a claim by someone. Start with::

    from analysis import load_claims, latest_estimate, compare_claimants
    compare_claimants("Killed or wounded")
    latest_estimate("killed", claimants="NIS")   # a sentence with claimant, date and source

Every measure helper has one shape, ``f(metric, *, as_of=None, claimants=None, claims=None)``
(``deployed_total`` and ``loss_ratio`` take ``as_of`` first); a misspelt metric, claimant or
category is a ``ParameterError`` naming the closest names.

Tables live in ``data/clean/`` (built by ``python -m analysis build``); the schema in
``data/datapackage.json`` (codebook: ``data/CODEBOOK.md``). The layers, lowest first:
foundation modules here (paths, errors, params, sentences, files), ``data``, then
``intake`` and ``measures``, ``present``, ``reports``; see ARCHITECTURE.md.

The public names below are resolved on first use (PEP 562), so ``import analysis`` and
``python -m analysis --help`` do not import pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# public name -> module that defines it
_PUBLIC: dict[str, str] = {
    "DataError": "analysis.errors",
    "ParameterError": "analysis.errors",
    "Problem": "analysis.errors",
    "dataset_dates": "analysis.data.tables",
    "load": "analysis.data.tables",
    "load_actors": "analysis.data.tables",
    "load_all": "analysis.data.tables",
    "load_claim_sources": "analysis.data.tables",
    "load_claims": "analysis.data.tables",
    "load_events": "analysis.data.tables",
    "load_sources": "analysis.data.tables",
    "load_transfers": "analysis.data.tables",
    "source_sentences": "analysis.data.tables",
    "source_text": "analysis.data.tables",
    "Bounds": "analysis.measures.bounds",
    "DateLike": "analysis.measures.dates",
    "Estimate": "analysis.measures.estimates",
    "Ratio": "analysis.measures.estimates",
    "conservative_estimate": "analysis.measures.estimates",
    "current_estimates": "analysis.measures.estimates",
    "disagreements": "analysis.measures.by_claimant",
    "preamble": "analysis.measures.brief",
    "deployed_total": "analysis.measures.estimates",
    "estimate_history": "analysis.measures.estimates",
    "latest_estimate": "analysis.measures.estimates",
    "loss_ratio": "analysis.measures.estimates",
    "compare_claimants": "analysis.measures.estimates",
    "timeline": "analysis.measures.timeline",
}

__all__ = [
    "Bounds",
    "DataError",
    "DateLike",
    "Estimate",
    "ParameterError",
    "Problem",
    "Ratio",
    "compare_claimants",
    "conservative_estimate",
    "current_estimates",
    "dataset_dates",
    "deployed_total",
    "disagreements",
    "estimate_history",
    "latest_estimate",
    "load",
    "load_actors",
    "load_all",
    "load_claim_sources",
    "load_claims",
    "load_events",
    "load_sources",
    "load_transfers",
    "loss_ratio",
    "preamble",
    "source_sentences",
    "source_text",
    "timeline",
]

if TYPE_CHECKING:  # for type checkers and editors; at run time the names resolve lazily
    from analysis.data.tables import (
        dataset_dates,
        load,
        load_actors,
        load_all,
        load_claim_sources,
        load_claims,
        load_events,
        load_sources,
        load_transfers,
        source_sentences,
        source_text,
    )
    from analysis.errors import DataError, ParameterError, Problem
    from analysis.measures.bounds import Bounds
    from analysis.measures.brief import preamble
    from analysis.measures.by_claimant import disagreements
    from analysis.measures.dates import DateLike
    from analysis.measures.estimates import (
        Estimate,
        Ratio,
        compare_claimants,
        conservative_estimate,
        current_estimates,
        deployed_total,
        estimate_history,
        latest_estimate,
        loss_ratio,
    )
    from analysis.measures.timeline import timeline


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))
