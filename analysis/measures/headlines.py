"""Tables a report shows: headline figures, what changed, and the sources behind them.

Each row keeps its claimant, hedge and source, because a figure without them is not
something this dataset asserts.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.data.tables import load_claims, load_sources
from analysis.measures.estimates import DateLike, compare_claimants, estimate_from_row, hedge_text, latest_estimate

HEADLINE_METRICS = (
    "troops_deployed",
    "troops_deployed_additional",
    "troops_present",
    "casualties_killed_or_wounded",
    "killed",
    "wounded",
    "captured",
    "artillery_shells",
    "ballistic_missiles",
)

LABELS = {
    "troops_deployed": "Troops sent (cumulative)",
    "troops_deployed_additional": "Latest new contingent",
    "troops_present": "Troops in Russia now",
    "casualties_killed_or_wounded": "Killed or wounded",
    "killed": "Killed",
    "wounded": "Wounded",
    "captured": "Captured",
    "artillery_shells": "Artillery rounds supplied",
    "ballistic_missiles": "Ballistic missiles supplied",
}


def label(metric: str) -> str:
    """A reader's name for a metric."""
    return LABELS.get(metric, metric.replace("_", " ").capitalize())


def _claims(claims: pd.DataFrame | None, claimants: list[str] | None, data_dir: Path | None) -> pd.DataFrame:
    df = load_claims(data_dir) if claims is None else claims
    return df[df["claimant"].isin(claimants)] if claimants else df


def headline_figures(
    as_of: DateLike = None,
    claimants: list[str] | None = None,
    metrics: tuple[str, ...] = HEADLINE_METRICS,
    claims: pd.DataFrame | None = None,
    data_dir: Path | None = None,
) -> pd.DataFrame:
    """One row per metric: the latest claim (figure, claimant, hedge, source) and the spread.

    ``spread`` gives the range across every selected claimant's latest figure, so a reader
    sees at once whether the latest claim is an outlier.
    """
    df = _claims(claims, claimants, data_dir)
    sources = load_sources(data_dir).set_index("source_id")
    rows = []
    for metric in metrics:
        est = latest_estimate(metric, as_of, claims=df)
        if est is None:
            continue
        side = compare_claimants(metric, as_of, claims=df)
        lo, hi = side["span_low"].min(), side["span_high"].max()
        spread = f"{int(lo):,}" if lo == hi else f"{int(lo):,} to {int(hi):,}"
        src = sources.loc[est.source_id] if est.source_id in sources.index else None
        rows.append(
            {
                "metric": metric,
                "what": label(metric),
                "figure": est.figure(),
                "claimant": est.claimants[0],
                "hedge": hedge_text(est.qualifier, est.cue),
                "reported_on": pd.Timestamp(est.reported_on) if est.reported_on else pd.NaT,
                "source": None if src is None else src["publisher"],
                "url": None if src is None else src["url"],
                "claim_id": est.claim_ids[0],
                "claimants": len(side),
                "spread": spread,
            }
        )
    return pd.DataFrame(rows)


def changes_since(
    since: DateLike,
    as_of: DateLike = None,
    claimants: list[str] | None = None,
    claims: pd.DataFrame | None = None,
    data_dir: Path | None = None,
) -> pd.DataFrame:
    """Claims made after ``since`` and up to ``as_of``, newest first, with what they revise."""
    df = _claims(claims, claimants, data_dir)
    mask = df["reported_on"] > pd.Timestamp(since) if since is not None else df["reported_on"].notna()
    if as_of is not None:
        mask &= df["reported_on"] <= pd.Timestamp(as_of)
    new = df[mask].sort_values(["reported_on", "claim_id"], ascending=[False, True])
    return pd.DataFrame(
        {
            "reported_on": new["reported_on"],
            "what": new["metric"].astype(str).map(label),
            "figure": [estimate_from_row(r).figure() for _, r in new.iterrows()],
            "claimant": new["claimant"].astype(str),
            "qualifier": new["qualifier"].astype(str),
            "revises": new["supersedes"],
            "claim_id": new["claim_id"],
        }
    ).reset_index(drop=True)


def sources_for(
    claim_ids: list[str] | None = None, as_of: DateLike = None, data_dir: Path | None = None
) -> pd.DataFrame:
    """The sources behind some claims (default: every claim up to ``as_of``), newest first."""
    claims = load_claims(data_dir)
    if claim_ids is not None:
        claims = claims[claims["claim_id"].isin(claim_ids)]
    if as_of is not None:
        claims = claims[claims["reported_on"] <= pd.Timestamp(as_of)]
    counts = claims.groupby("source_id").size().rename("claims")
    sources = load_sources(data_dir).join(counts, on="source_id", how="inner")
    cols = ["published", "publisher", "title", "url", "claims", "source_id"]
    return sources[cols].sort_values(["published", "source_id"], ascending=[False, True]).reset_index(drop=True)
