"""Deployments and losses over time: contingents, the combined total, and the loss ratio as it moved.

Built on ``analysis.measures.estimates``: each function re-runs a dated estimate at every date on
which a claim changed the picture, so a chart can show how the combined figure moved and
never shows more precision than the claims carry.

Data quirks:
- Contingents are keyed by the month their period starts (as ``deployed_total`` groups
  them); a claim about a contingent without a start date is labelled 'start not given'.
- The combined total and the loss ratio use only the claims passed in: select claimants
  first to see what one side's figures add up to.
"""

from __future__ import annotations

import pandas as pd

from analysis.data.tables import given
from analysis.measures.by_claimant import bound_kind, figure_text, hedge_text
from analysis.measures.estimates import CASUALTY_METRIC, DateLike, deployed_total, estimate_history, loss_ratio

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
    as_of: DateLike = None,
    claimants: list[str] | None = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every claim about a new contingent, grouped by the month the contingent set out.

    Columns: contingent ('Jan 2025' or 'start not given'), month (Period or NaT), claimant,
    reported_on, figure, hedge, low, high, best, kind (``compare.bound_kind``), claim_id.
    Oldest contingent first.
    """
    history = estimate_history("troops_deployed_additional", claimants, as_of, claims=given(claims, "claims"))
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


def _change_dates(metrics: tuple[str, ...], as_of: DateLike, claims: pd.DataFrame) -> list[pd.Timestamp]:
    rows = claims[claims["metric"].isin(metrics)]
    if as_of not in (None, ""):
        rows = rows[rows["reported_on"] <= pd.Timestamp(as_of)]
    return sorted(rows["reported_on"].drop_duplicates())


def deployed_over_time(as_of: DateLike = None, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """The combined troops-sent estimate (``deployed_total``) on each day a troop claim was made.

    Columns: date, low, best, high, claims (how many claims the estimate combines), claim_ids.
    Empty when no cumulative total was claimed. Oldest first.
    """
    df = given(claims, "claims")
    rows = []
    for day in _change_dates(("troops_deployed", "troops_deployed_additional"), as_of, df):
        total = deployed_total(day, claims=df)
        if total is None or None in total.span:
            continue
        lo, hi = total.span
        rows.append(
            {
                "date": day,
                "low": lo,
                "best": total.best,
                "high": hi,
                "claims": len(total.claim_ids),
                "claim_ids": ", ".join(total.claim_ids),
            }
        )
    out = pd.DataFrame(rows, columns=["date", "low", "best", "high", "claims", "claim_ids"])
    for col in ("low", "best", "high"):
        out[col] = out[col].astype("Int64")
    return out


def loss_ratio_over_time(as_of: DateLike = None, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """The killed-or-wounded share of troops sent (``loss_ratio``) on each day a claim changed it.

    Columns: date, low, high (fractions), described ('between 27% and 31%'), note. Dates on
    which either side of the ratio is missing are left out. Oldest first.
    """
    df = given(claims, "claims")
    rows = []
    metrics = (CASUALTY_METRIC, "troops_deployed", "troops_deployed_additional")
    for day in _change_dates(metrics, as_of, df):
        ratio = loss_ratio(day, claims=df)
        if ratio is None or ratio.low is None or ratio.high is None:
            continue
        rows.append(
            {"date": day, "low": ratio.low, "high": ratio.high, "described": ratio.describe(), "note": ratio.note}
        )
    return pd.DataFrame(rows, columns=["date", "low", "high", "described", "note"])
