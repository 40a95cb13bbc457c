"""Deployments and losses over time: contingents, the combined total, and the loss ratio as it moved.

Built on ``analysis.measures.estimates``: each function re-runs a dated estimate at every date on
which a claim changed the picture, so a chart can show how the combined figure moved and
never shows more precision than the claims carry.

Data quirks:
- Contingents are keyed by the month their period starts (as ``deployed_total`` groups
  them); a claim about a contingent without a start date is labelled 'start not given'.
- The combined total and the loss ratio use only the claims passed in (or the claimants
  named): select claimants to see what one side's figures add up to.
- Every row carries the date of the newest claim behind it (``newest``) beside the day it
  was computed for (``date``), so a chart can step on the days a claim changed the picture
  while a table says which claim that was.
"""

from __future__ import annotations

import pandas as pd

from analysis.measures import names, words
from analysis.measures.bounds import Bounds, union
from analysis.measures.by_claimant import bound_kind, figure_text, hedge_text
from analysis.measures.dates import DateLike
from analysis.measures.estimates import CASUALTY_METRIC, asked, deployed_total_of, history_rows, loss_ratio_of

TROOP_METRICS = ("troops_deployed", "troops_deployed_additional", "troops_present", "troops_planned")
LOSS_METRICS = ("killed", "wounded", CASUALTY_METRIC, "battle_casualties", "captured")
DEFAULT_METRICS = (
    "troops_deployed",
    "troops_deployed_additional",
    "troops_present",
    "killed",
    "wounded",
    CASUALTY_METRIC,
)


def contingents(
    as_of: DateLike = None, *, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every claim about a new contingent, grouped by the month the contingent set out.

    Columns: contingent ('Jan 2025' or 'start not given'), month (Period or NaT), claimant,
    reported_on, figure, hedge, low, high, best, kind (``by_claimant.bound_kind``), claim_id.
    Oldest contingent first.
    """
    q = asked(None, as_of, claimants, claims)
    history = history_rows(q.claims, ["troops_deployed_additional"], q.cutoff, q.claimants)
    month = history["period_start"].dt.to_period("M")
    out = pd.DataFrame(
        {
            "contingent": [f"{m:%b %Y}" if pd.notna(m) else "start not given" for m in month],
            "month": month,
            "claimant": history["claimant"].astype(str),
            "reported_on": history["reported_on"],
            "figure": [figure_text(r) for _, r in history.iterrows()],
            "hedge": [hedge_text(r) for _, r in history.iterrows()],
            "low": history["span_low"],
            "high": history["span_high"],
            "best": history["value_best"],
            "kind": [bound_kind(r.value_low, r.value_best, r.value_high) for r in history.itertuples()],
            "claim_id": history["claim_id"],
        }
    )
    order = out["month"].astype(str).where(out["month"].notna(), "9999")
    return out.assign(_o=order).sort_values(["_o", "reported_on", "claim_id"]).drop(columns="_o").reset_index(drop=True)


def waves(as_of: DateLike = None, *, claimants: names.Names = None, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per contingent (``contingents`` grouped by the month it set out): how many claims, by
    whom, the range they span together (each end keeping its kind: a "more than" claim leaves it
    without a ceiling) and the newest claim's date, and ``summary``, those in a sentence (one claim
    is given with its own date and figure, never as a span). Columns: contingent, claims,
    claimants, figure, newest, claim_ids, summary. Oldest contingent first."""
    q = asked(None, as_of, claimants, claims)
    history = history_rows(q.claims, ["troops_deployed_additional"], q.cutoff, q.claimants)
    history = history[history["qualifier"].astype(str) != "planned"]
    month = history["period_start"].dt.to_period("M")
    key = [f"{m:%b %Y}" if pd.notna(m) else "start not given" for m in month]
    order = month.astype(str).where(month.notna(), "9999")
    rows = []
    for _, group in history.assign(_key=key, _o=order).groupby("_o", sort=True):
        spans = union(Bounds.of_claim(r.value_low, r.value_best, r.value_high) for r in group.itertuples())
        rows.append(
            {
                "contingent": group["_key"].iloc[0],
                "claims": len(group),
                "claimants": words.listing(dict.fromkeys(group["claimant"].astype(str))),
                "figure": spans.words(),
                "newest": group["reported_on"].max(),
                "claim_ids": ", ".join(group["claim_id"].astype(str)),
            }
        )
    for row in rows:
        row["summary"] = _wave_summary(row)
    columns = ["contingent", "claims", "claimants", "figure", "newest", "claim_ids", "summary"]
    return pd.DataFrame(rows, columns=columns)


def _wave_summary(row: dict[str, object]) -> str:
    """'1 claim by X, of 18 October 2024: 1,500 soldiers' or '5 claims by ..., the newest of ...;
    together they span more than 1,000 soldiers'."""
    n = int(str(row["claims"]))
    who, newest, figure = row["claimants"], words.day(row["newest"]), row["figure"]  # type: ignore[arg-type]
    if n == 1:
        return f"1 claim by {who}, of {newest}: {figure} soldiers"
    return f"{words.count(n, 'claim')} by {who}, the newest of {newest}; together they span {figure} soldiers"


def _change_dates(metrics: tuple[str, ...], cutoff: pd.Timestamp | None, claims: pd.DataFrame) -> list[pd.Timestamp]:
    rows = claims[claims["metric"].isin(metrics)]
    if cutoff is not None:
        rows = rows[rows["reported_on"] <= cutoff]
    return sorted(rows["reported_on"].drop_duplicates())


def deployed_over_time(
    as_of: DateLike = None, *, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The combined troops-sent estimate (``deployed_total``) on each day a troop claim was made.

    Columns: date, low, best, high (an open end is empty: "more than" has no high), kind,
    figure (in words), newest (the date of the newest claim the estimate uses), claims (how
    many claims it combines), claim_ids. Empty when no cumulative total was claimed. Oldest first.
    """
    q = asked(None, as_of, claimants, claims)
    rows = []
    for day in _change_dates(("troops_deployed", "troops_deployed_additional"), q.cutoff, q.claims):
        found = deployed_total_of(q.claims, day, q.claimants)
        if found is None or found.kind == "none":
            continue
        rows.append(
            {
                "date": day,
                "low": found.low,
                "best": found.best,
                "high": found.high,
                "kind": found.kind,
                "figure": found.figure(),
                "newest": pd.Timestamp(found.reported_on) if found.reported_on else pd.NaT,
                "claims": len(found.claim_ids),
                "claim_ids": ", ".join(found.claim_ids),
            }
        )
    columns = ["date", "low", "best", "high", "kind", "figure", "newest", "claims", "claim_ids"]
    out = pd.DataFrame(rows, columns=columns)
    for col in ("low", "best", "high"):
        out[col] = out[col].astype("Int64")
    return out


def loss_ratio_over_time(
    as_of: DateLike = None, *, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The killed-or-wounded share of troops sent (``loss_ratio``) on each day a claim changed it.

    Columns: date, low, high (fractions; an open end is NaN), low_kind, high_kind (floor,
    ceiling, point or open), kind, described ('about 40%', 'more than 27%'), note. Dates on
    which either side of the ratio is missing are left out. Oldest first.
    """
    q = asked(None, as_of, claimants, claims)
    rows = []
    metrics = (CASUALTY_METRIC, "troops_deployed", "troops_deployed_additional")
    for day in _change_dates(metrics, q.cutoff, q.claims):
        ratio = loss_ratio_of(q.claims, day, q.claimants)
        if ratio is None:
            continue
        rows.append(
            {
                "date": day,
                "low": ratio.low,
                "high": ratio.high,
                "low_kind": ratio.bounds.low_kind,
                "high_kind": ratio.bounds.high_kind,
                "kind": ratio.kind,
                "described": ratio.describe(),
                "note": ratio.note,
            }
        )
    columns = ["date", "low", "high", "low_kind", "high_kind", "kind", "described", "note"]
    out = pd.DataFrame(rows, columns=columns)
    for col in ("low", "high"):
        out[col] = out[col].astype(float)
    return out


__all__ = [
    "DEFAULT_METRICS",
    "LOSS_METRICS",
    "TROOP_METRICS",
    "contingents",
    "deployed_over_time",
    "loss_ratio_over_time",
    "waves",
]
