"""Tables a report shows: headline figures, what changed, and the sources behind them.

Each row keeps its claimant, hedge and source, because a figure without them is not
something this dataset asserts.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.data import schema
from analysis.data.tables import given
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
    "engineers_deployed",
)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def label(metric: str) -> str:
    """A reader's name for a metric (the schema's ``x-labels``: one list for every report)."""
    return schema.label(metric)


def _claims(claims: pd.DataFrame | None, claimants: list[str] | None) -> pd.DataFrame:
    df = given(claims, "claims")
    return df[df["claimant"].isin(claimants)] if claimants else df


def headline_figures(
    as_of: DateLike = None,
    claimants: list[str] | None = None,
    metrics: tuple[str, ...] = HEADLINE_METRICS,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per metric: the latest claim (figure, claimant, hedge, source) and the spread.

    ``spread`` gives the range across every selected claimant's latest figure, so a reader
    sees at once whether the latest claim is an outlier.
    """
    return _figures(as_of, claimants, metrics, claims)[0]


def _figures(
    as_of: DateLike,
    claimants: list[str] | None,
    metrics: tuple[str, ...],
    claims: pd.DataFrame | None,
) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """``headline_figures`` and each metric's ``compare_claimants`` table (computed once)."""
    df = _claims(claims, claimants)
    sources = given(None, "sources").set_index("source_id")
    rows, sides = [], {}
    for metric in metrics:
        est = latest_estimate(metric, as_of, claims=df)
        if est is None:
            continue
        side = sides[metric] = compare_claimants(metric, as_of, claims=df)
        lo, hi = side["span_low"].min(), side["span_high"].max()
        if pd.isna(lo) or pd.isna(hi):  # a figure given only in parts: the sum is the spread
            spread = est.figure()
        else:
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
                "claim_id": " + ".join(est.claim_ids),
                "claimants": max(len(side), 1),  # a sum of parts is one claimant's figure
                "spread": spread,
                "parts": est.note.partition(": ")[2] if len(est.claim_ids) > 1 else "",
            }
        )
    columns = [
        "metric",
        "what",
        "figure",
        "claimant",
        "hedge",
        "reported_on",
        "source",
        "url",
        "claim_id",
        "claimants",
        "spread",
        "parts",
    ]
    return pd.DataFrame(rows, columns=columns), sides


def key_points(
    as_of: DateLike,
    metrics: tuple[str, ...] | list[str] = HEADLINE_METRICS,
    claimants: list[str] | None = None,
    since: DateLike = None,
    claims: pd.DataFrame | None = None,
) -> list[str]:
    """Three to five plain sentences a brief opens with, computed from the claims up to ``as_of``.

    The latest figures of the first two measures that have any (figure, hedge, claimant,
    date, outlet), the measure on which claimants' latest figures are furthest apart, and
    what is new since ``since``; a date after the newest claim says nothing new was reported.
    """
    every = given(claims, "claims")
    day = pd.Timestamp(as_of) if as_of is not None else pd.Timestamp.max
    known = every[every["reported_on"] <= day]
    df = _claims(known, claimants)
    df = df[df["metric"].isin(list(metrics))]
    who = "the selected claimants" if claimants else "any claimant"
    if df.empty:
        return [f"No claims about these measures by {who} up to {day.date()}."]
    points = []
    figures, sides = _figures(as_of, claimants, tuple(metrics), df)
    for _, row in figures.head(2).iterrows():
        outlet = f" ({row['source']})" if isinstance(row["source"], str) else ""
        points.append(
            f"{row['what']}: {row['figure']}, {row['hedge']}, said by {row['claimant']} on "
            f"{row['reported_on'].date()}{outlet}."
        )
    widest: tuple[float, str, pd.Series, pd.Series] | None = None
    for metric in figures["metric"]:
        side = sides[metric]
        side = side[side["span_low"].fillna(0).astype(float) > 0]
        if len(side) < 2:
            continue
        low = side.iloc[int(side["span_low"].to_numpy().argmin())]
        high = side.iloc[int(side["span_high"].to_numpy().argmax())]
        ratio = float(high["span_high"]) / float(low["span_low"])
        if low["claimant"] != high["claimant"] and (widest is None or ratio > widest[0]):
            widest = (ratio, metric, low, high)
    if widest is not None:
        _, metric, low, high = widest
        points.append(
            f"Claimants disagree most on {_lower(label(metric))}: from {int(low['span_low']):,} "
            f"({low['claimant']}) to {int(high['span_high']):,} ({high['claimant']})."
        )
    newest = known["reported_on"].max()
    if since is not None:
        new = df[df["reported_on"] > pd.Timestamp(since)]
        if len(new):
            top = new["metric"].astype(str).value_counts()
            points.append(
                f"{len(new)} new claim{'s' * (len(new) != 1)} since {pd.Timestamp(since).date()}, "
                f"most about {_lower(label(str(top.index[0])))} ({int(top.iloc[0])})."
            )
        else:
            points.append(f"No new claims about these measures since {pd.Timestamp(since).date()}.")
    if not pd.isna(newest) and newest < day:
        points.append(f"Nothing new was reported after {newest.date()}, the date of the newest claim.")
    return points[:5]


def event_points(events: pd.DataFrame, start: str | date, end: str | date) -> list[str]:
    """Sentences on a selection of events: how many, the busiest category, the latest one."""
    span = f"from {pd.Timestamp(start).date()} to {pd.Timestamp(end).date()}"
    if events.empty:
        return [f"No events {span} in the selected categories."]
    top = events["category"].astype(str).value_counts()
    latest = events.sort_values("date").iloc[-1]
    return [
        f"{len(events)} event{'s' * (len(events) != 1)} {span}, most of them {top.index[0]} ({int(top.iloc[0])}).",
        f"The latest, on {pd.Timestamp(latest['date']).date()}: {latest['description']}",
    ]


def changes_since(
    since: DateLike,
    as_of: DateLike = None,
    claimants: list[str] | None = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Claims made after ``since`` and up to ``as_of``, newest first, with what they revise."""
    df = _claims(claims, claimants)
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


def sources_for(claim_ids: list[str] | None = None, as_of: DateLike = None) -> pd.DataFrame:
    """The sources behind some claims (default: every claim up to ``as_of``), newest first."""
    claims = given(None, "claims")
    if claim_ids is not None:
        claims = claims[claims["claim_id"].isin(claim_ids)]
    if as_of is not None:
        claims = claims[claims["reported_on"] <= pd.Timestamp(as_of)]
    counts = claims.groupby("source_id").size().rename("claims")
    sources = given(None, "sources").join(counts, on="source_id", how="inner")
    cols = ["published", "publisher", "title", "url", "claims", "source_id"]
    return sources[cols].sort_values(["published", "source_id"], ascending=[False, True]).reset_index(drop=True)
