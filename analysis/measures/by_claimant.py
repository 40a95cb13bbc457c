"""Claimants side by side: who says what, where they disagree, how they hedge and revise, who carries them.

Every row keeps the claim ids it rests on, so a reader can go back to the sentence.

Data quirks:
- Claimants speak at different times about different periods. Two figures are only
  compared when they describe the same thing at about the same time: their as-of dates
  (``period_end``, else ``reported_on``) lie within ``within_days`` of each other (31 by
  default: cumulative totals grow fast, so figures months apart are no disagreement) and,
  for contingents (``troops_deployed_additional``), their periods start in the same month.
  Plans are only compared with plans, and figures about part of the whole (``scope``
  part) are left out, as in every estimate.
- A figure is a range with open ends where the claim leaves them open: "more than 1,000"
  allows anything from 1,000 up, "up to 9,000" anything below 9,000. Two claims disagree by
  more than a factor only when the *floor* of the higher claim is more than ``factor``
  times the *ceiling* of the lower one, so "more than 1,000" never contradicts 3,000. A
  zero figure is never compared.
- ``supersedes`` links a claim to the earlier claim of the same claimant it revises; a
  revision is "up" or "down" only when the two ranges do not overlap.
- A claim's primary outlet is ``claims.source_id``; other outlets carrying the same
  statement are in ``claim_sources``. Outlets are counted by ``sources.publisher``.
"""

from __future__ import annotations

import pandas as pd

from analysis.data import schema
from analysis.data.tables import given
from analysis.measures.estimates import (
    DateLike,
    compare_claimants,
    estimate_from_row,
    estimate_history,
    span,
)
from analysis.measures.estimates import hedge_text as estimates_hedge_text
from analysis.measures.estimates import range_text as range_text  # re-exported for the notebooks

CONTINGENT_METRICS = ("troops_deployed_additional",)
PLAN_METRICS = ("troops_planned",)


def figure_text(row: pd.Series) -> str:
    """A claim's figure as words: '3,000', '1,000 to 3,000', 'more than 5,000', 'up to 9,000,000'."""
    return estimate_from_row(row).figure()


def bound_kind(low: object, best: object, high: object) -> str:
    """How a claim bounds its figure: 'range', 'point', 'more than' (low only) or 'up to' (high only)."""
    has = [v is not None and not pd.isna(v) for v in (low, best, high)]  # type: ignore[call-overload]
    if has[0] and has[2]:
        return "range" if int(low) != int(high) else "point"  # type: ignore[call-overload]
    if has[1]:
        return "range" if has[0] or has[2] else "point"
    return "more than" if has[0] else "up to" if has[2] else "none"


def claim_values(claims: pd.DataFrame, claim_id: str) -> tuple[object, object, object]:
    """(value_low, value_best, value_high) of one claim."""
    row = claims.loc[claims["claim_id"] == claim_id].iloc[0]
    return row["value_low"], row["value_best"], row["value_high"]


def hedge_text(row: pd.Series) -> str:
    """The qualifier with the source's own words, for one claim row: 'estimated (estimates)'."""
    return estimates_hedge_text(row["qualifier"], row.get("cue"))


def claimant_order(claims: pd.DataFrame) -> list[str]:
    """Claimants with at least one claim, most claims first (ties by name): the order colours are handed out."""
    counts = claims["claimant"].dropna().astype(str).value_counts()
    return sorted(counts.index, key=lambda name: (-counts[name], name))


def claimant_choices(claims: pd.DataFrame | None = None) -> tuple[str, ...]:
    """Claimants a report accepts: the schema's vocabulary, or those found in the claims while
    the vocabulary is still a placeholder (as the report runner does)."""
    vocab = schema.vocabulary("claims", "claimant")
    if vocab and not any(v.startswith("__") and v.endswith("__") for v in vocab):
        return vocab
    found = given(claims, "claims")["claimant"].dropna().astype(str)
    return tuple(sorted(found.unique()))


def positions(
    metric: str,
    as_of: DateLike = None,
    claimants: list[str] | None = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Who says what about ``metric``: each claimant's latest figure, its hedge and how often it spoke.

    Columns: claimant, reported_on, figure, hedge, span_low, span_high, value_best, claims
    (how many claims the claimant made on the metric up to ``as_of``), claim_id, source_id.
    Sorted by the upper end of the latest figure, highest first.
    """
    df = given(claims, "claims")
    if claimants:
        df = df[df["claimant"].isin(claimants)]
    latest = compare_claimants(metric, as_of, claims=df)
    if latest.empty:
        return latest.assign(figure=pd.Series(dtype=str), hedge=pd.Series(dtype=str), claims=pd.Series(dtype=int))
    history = estimate_history(metric, claimants, as_of, claims=df)
    counts = history.groupby(history["claimant"].astype(str)).size()
    full = df.set_index("claim_id").loc[latest["claim_id"]].reset_index()
    latest = latest.assign(
        figure=[figure_text(r) for _, r in full.iterrows()],
        hedge=[hedge_text(r) for _, r in full.iterrows()],
        claims=latest["claimant"].map(counts).astype(int),
    )
    cols = [
        "claimant",
        "reported_on",
        "figure",
        "hedge",
        "span_low",
        "span_high",
        "value_best",
        "claims",
        "claim_id",
        "source_id",
    ]
    return latest.sort_values(["span_high", "claimant"], ascending=[False, True])[cols].reset_index(drop=True)


def spread_text(
    metric: str,
    as_of: DateLike = None,
    claimants: list[str] | None = None,
    claims: pd.DataFrame | None = None,
) -> str:
    """The claimants' latest figures on ``metric`` as words, lowest to highest.

    'from 350 (North Korea, 2025-04-28) to 2,000 (South Korea NIS, 2025-09-02) (latest
    figures of 3 claimants)'; one claimant's figure alone; 'no figure' when nobody gave one.
    """
    side = positions(metric, as_of, claimants, claims=claims)
    if side.empty:
        return "no figure"
    low, high = side.iloc[-1], side.iloc[0]
    if len(side) == 1:
        return f"{high['figure']} ({high['claimant']}, {high['reported_on']:%Y-%m-%d})"
    return (
        f"from {low['figure']} ({low['claimant']}, {low['reported_on']:%Y-%m-%d}) to {high['figure']} "
        f"({high['claimant']}, {high['reported_on']:%Y-%m-%d}) (latest figures of {len(side)} claimants)"
    )


def _comparable(metric: str, history: pd.DataFrame) -> pd.DataFrame:
    usable = history.dropna(subset=["span_low", "span_high"]).copy()
    low, best, high = (usable[c].astype("Float64") for c in ("value_low", "value_best", "value_high"))
    usable["floor"] = low.fillna(best).fillna(0.0).astype(float)  # "up to X" allows anything below X
    usable["ceiling"] = high.fillna(best).fillna(float("inf")).astype(float)  # "more than X": no ceiling
    usable["when"] = usable["period_end"].fillna(usable["reported_on"])
    usable["wave"] = usable["period_start"].dt.to_period("M").astype(str) if metric in CONTINGENT_METRICS else ""
    usable["figure"] = [figure_text(r) for _, r in usable.iterrows()]
    usable["claimant"] = usable["claimant"].astype(str)
    return usable[["claim_id", "claimant", "reported_on", "when", "wave", "floor", "ceiling", "figure"]]


DISAGREEMENT_COLUMNS = [
    "metric",
    "lower_claimant",
    "lower_figure",
    "lower_reported_on",
    "lower_claim",
    "higher_claimant",
    "higher_figure",
    "higher_reported_on",
    "higher_claim",
    "times",
    "pairs",
]


def disagreements(
    metric: str,
    as_of: DateLike = None,
    factor: float = 2.0,
    within_days: int = 31,
    claimants: list[str] | None = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Pairs of claimants whose figures for ``metric`` differ by more than ``factor``.

    Claims up to ``as_of`` by different claimants are compared when they are about the
    same period (see the module notes). A pair disagrees when the higher claim's floor
    exceeds ``factor`` times the lower claim's ceiling. One row per pair of claimants,
    showing their most recent disagreeing claims; ``times`` is how many times larger the
    higher claim is at the least (its floor over the other's ceiling), ``pairs`` how many
    pairs of their claims disagreed. Newest first.
    """
    history = estimate_history(metric, claimants, as_of, claims=given(claims, "claims"))
    if metric not in PLAN_METRICS:  # a plan does not contradict a count
        history = history[history["qualifier"].astype(str) != "planned"]
    usable = _comparable(metric, history)
    pairs = usable.merge(usable, how="cross", suffixes=("_lo", "_hi"))
    pairs = pairs[
        (pairs["claimant_lo"] != pairs["claimant_hi"])
        & (pairs["wave_lo"] == pairs["wave_hi"])
        & ((pairs["when_lo"] - pairs["when_hi"]).abs() <= pd.Timedelta(days=within_days))
        & (pairs["ceiling_lo"] > 0)
        & (pairs["floor_hi"] > factor * pairs["ceiling_lo"])
    ]
    if pairs.empty:
        return pd.DataFrame(columns=DISAGREEMENT_COLUMNS)
    pairs = pairs.assign(
        times=pairs["floor_hi"] / pairs["ceiling_lo"],
        latest=pairs[["reported_on_lo", "reported_on_hi"]].max(axis=1),
    )
    counted = pairs.groupby(["claimant_lo", "claimant_hi"]).size().rename("pairs").reset_index()
    newest = pairs.sort_values(["latest", "times", "claim_id_lo", "claim_id_hi"], ascending=[False, False, True, True])
    newest = newest.drop_duplicates(["claimant_lo", "claimant_hi"]).merge(counted, on=["claimant_lo", "claimant_hi"])
    out = pd.DataFrame(
        {
            "metric": metric,
            "lower_claimant": newest["claimant_lo"],
            "lower_figure": newest["figure_lo"],
            "lower_reported_on": newest["reported_on_lo"],
            "lower_claim": newest["claim_id_lo"],
            "higher_claimant": newest["claimant_hi"],
            "higher_figure": newest["figure_hi"],
            "higher_reported_on": newest["reported_on_hi"],
            "higher_claim": newest["claim_id_hi"],
            "times": newest["times"],
            "pairs": newest["pairs"],
        }
    )
    return out.reset_index(drop=True)


def disagreement_ranges(table: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Both claims of each disagreement as ranges, ready for ``plots.grouped_range_chart``.

    Columns: group (month of the newer claim, 'Jan 2025'), claimant, low, high, best, kind (``bound_kind``),
    label (the figure in words), claim_id.
    """
    indexed = claims.set_index("claim_id")
    rows = []
    for r in table.itertuples():
        newer = max(pd.Timestamp(str(r.higher_reported_on)), pd.Timestamp(str(r.lower_reported_on)))
        group = f"{newer:%b %Y}: {r.higher_claimant} / {r.lower_claimant}"
        sides = (
            (r.higher_claimant, r.higher_claim, r.higher_figure),
            (r.lower_claimant, r.lower_claim, r.lower_figure),
        )
        for who, cid, words in sides:
            c = indexed.loc[str(cid)]
            lo, hi = span(c["value_low"], c["value_best"], c["value_high"])
            rows.append(
                {
                    "group": group,
                    "claimant": who,
                    "low": lo,
                    "high": hi,
                    "best": c["value_best"],
                    "kind": bound_kind(c["value_low"], c["value_best"], c["value_high"]),
                    "label": words,
                    "claim_id": cid,
                }
            )
    return pd.DataFrame(rows, columns=["group", "claimant", "low", "high", "best", "kind", "label", "claim_id"])


def hedge_shares(claims: pd.DataFrame | None = None, claimants: list[str] | None = None) -> pd.DataFrame:
    """How each claimant hedges: the share of its claims under each qualifier.

    Columns: claimant, claims (count), then one column per qualifier in the schema's order
    (shares from 0 to 1 that add up to 1 per row). Claimants with the most claims first.
    """
    df = given(claims, "claims")
    if claimants:
        df = df[df["claimant"].isin(claimants)]
    quals = list(schema.vocabulary("claims", "qualifier"))
    counts = pd.crosstab(df["claimant"].astype(str), df["qualifier"].astype(str))
    counts = counts.reindex(columns=quals, fill_value=0)
    total = counts.sum(axis=1)
    shares = counts.div(total.where(total > 0), axis=0).fillna(0.0)
    out = shares.assign(claims=total).reset_index(names="claimant")
    out = out.sort_values(["claims", "claimant"], ascending=[False, True]).reset_index(drop=True)
    return out[["claimant", "claims", *quals]]


def _direction(old: tuple[int | None, int | None], new: tuple[int | None, int | None]) -> str:
    if None in old or None in new:
        return "unclear"
    if new[0] > old[1]:  # type: ignore[operator]
        return "up"
    if new[1] < old[0]:  # type: ignore[operator]
        return "down"
    return "overlapping"


def revisions(claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every revision: a claim that ``supersedes`` an earlier one, with both figures.

    Columns: claimant, metric, earlier_claim, earlier_reported_on, earlier_figure, claim_id,
    reported_on, figure, direction ('up', 'down', 'overlapping' or 'unclear'), days (between
    the two). Revisions whose earlier claim is not in ``claims`` are left out. Oldest first.
    """
    df = given(claims, "claims")
    new = df[df["supersedes"].notna() & df["supersedes"].isin(df["claim_id"])]
    old = df.set_index("claim_id")
    rows = []
    for _, r in new.sort_values(["reported_on", "claim_id"]).iterrows():
        prior = old.loc[r["supersedes"]].copy()
        prior["claim_id"] = r["supersedes"]
        before, after = estimate_from_row(prior), estimate_from_row(r)
        rows.append(
            {
                "claimant": str(r["claimant"]),
                "metric": str(r["metric"]),
                "earlier_claim": str(r["supersedes"]),
                "earlier_reported_on": prior["reported_on"],
                "earlier_figure": figure_text(prior),
                "claim_id": str(r["claim_id"]),
                "reported_on": r["reported_on"],
                "figure": figure_text(r),
                "direction": _direction(before.span, after.span),
                "days": int((r["reported_on"] - prior["reported_on"]).days),
            }
        )
    cols = [
        "claimant",
        "metric",
        "earlier_claim",
        "earlier_reported_on",
        "earlier_figure",
        "claim_id",
        "reported_on",
        "figure",
        "direction",
        "days",
    ]
    return pd.DataFrame(rows, columns=cols)


def revision_stats(claims: pd.DataFrame | None = None, claimants: list[str] | None = None) -> pd.DataFrame:
    """How often each claimant's claims are later revised (by that claimant).

    Columns: claimant, claims, revised (claims some later claim supersedes), share_revised,
    up, down, overlapping (directions of those revisions). Claimants with most claims first.
    """
    df = given(claims, "claims")
    if claimants:
        df = df[df["claimant"].isin(claimants)]
    revs = revisions(df)
    out = df.groupby(df["claimant"].astype(str)).size().rename("claims").to_frame()
    out["revised"] = revs.groupby("claimant")["earlier_claim"].nunique().reindex(out.index, fill_value=0)
    out["share_revised"] = out["revised"] / out["claims"]
    for direction in ("up", "down", "overlapping"):
        hits = revs[revs["direction"] == direction].groupby("claimant").size()
        out[direction] = hits.reindex(out.index, fill_value=0).astype(int)
    out = out.reset_index(names="claimant")
    return out.sort_values(["claims", "claimant"], ascending=[False, True]).reset_index(drop=True)


def outlets(
    claims: pd.DataFrame | None = None,
    claim_sources: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Which outlets carry which claimant: one row per claimant and publisher.

    Columns: claimant, publisher, claims (distinct claims the publisher carried, as primary
    source or further outlet), primary (of which it was the primary source). Sorted by
    claimant, then most claims first.
    """
    df = given(claims, "claims")
    extra = given(claim_sources, "claim_sources")
    src = given(sources, "sources")
    primary = df[["claim_id", "source_id"]].assign(primary=True)
    further = extra[extra["claim_id"].isin(df["claim_id"])][["claim_id", "source_id"]].assign(primary=False)
    links = pd.concat([primary, further], ignore_index=True)
    links = links.merge(df[["claim_id", "claimant"]], on="claim_id").merge(
        src[["source_id", "publisher"]], on="source_id"
    )
    links["claimant"] = links["claimant"].astype(str)
    links["publisher"] = links["publisher"].astype(str)
    grouped = links.groupby(["claimant", "publisher"])
    out = pd.DataFrame({"claims": grouped["claim_id"].nunique(), "primary": grouped["primary"].sum().astype(int)})
    out = out.reset_index()
    return out.sort_values(["claimant", "claims", "publisher"], ascending=[True, False, True]).reset_index(drop=True)


def outlet_matrix(table: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """``outlets`` as a publisher x claimant count matrix: the ``top`` publishers, the rest in one row.

    Publishers are ordered by the claims they carry (most first); claimants by the claims
    carried overall. The last row, 'other outlets (N)', sums the N publishers left out.
    """
    if table.empty:
        return pd.DataFrame()
    matrix = table.pivot_table(index="publisher", columns="claimant", values="claims", aggfunc="sum", fill_value=0)
    matrix = matrix.loc[matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    matrix = matrix[matrix.sum(axis=0).sort_values(ascending=False, kind="stable").index]
    if len(matrix) > top:
        rest = matrix.iloc[top:]
        matrix = pd.concat([matrix.iloc[:top], rest.sum().rename(f"other outlets ({len(rest)})").to_frame().T])
    matrix.columns.name = None
    return matrix
