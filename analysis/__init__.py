"""North Korea's military support to Russia: a cited dataset of claims and the helpers to use it.

Every figure is a claim by someone. Start with::

    from analysis import load_claims, latest_estimate, compare_claimants
    compare_claimants("casualties_killed_or_wounded")

Tables live in ``data/clean/`` (built by ``python -m analysis build``); the schema in
``data/datapackage.json`` (codebook: ``data/CODEBOOK.md``).
"""

from analysis.dataset import (
    dataset_dates,
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
from analysis.estimates import (
    Estimate,
    Ratio,
    compare_claimants,
    conservative_estimate,
    deployed_total,
    estimate_history,
    latest_estimate,
    loss_ratio,
)
from analysis.timeline import timeline

__all__ = [
    "DataError",
    "Estimate",
    "ParameterError",
    "Problem",
    "Ratio",
    "compare_claimants",
    "conservative_estimate",
    "dataset_dates",
    "deployed_total",
    "estimate_history",
    "latest_estimate",
    "load_actors",
    "load_all",
    "load_claim_sources",
    "load_claims",
    "load_events",
    "load_sources",
    "load_transfers",
    "loss_ratio",
    "source_sentences",
    "source_text",
    "timeline",
]
