"""Claimants side by side: who says what, where they disagree, how they hedge and revise, who carries them.

Every row keeps the claim ids it rests on, so a reader can go back to the sentence. Every
helper has the measures' one shape, ``f(metric, *, as_of=None, claimants=None, claims=None)``;
``metric`` may be None where "every measure" makes sense (hedges, revisions, outlets).

Data quirks:
- Claimants speak at different times about different periods. Two figures are compared only
  as ``relations`` says (like with like, defined once and written out in the schema's
  ``x-methods``): the same measure, the same scope, the same time. A claimant's own later
  figure is a revision; figures further apart in time are a trend, never a disagreement.
- A figure is a range with open ends where the claim leaves them open: "more than 1,000"
  allows anything from 1,000 up, "up to 9,000" anything below 9,000, so "more than 1,000"
  never contradicts 3,000.
- ``supersedes`` links a claim to the earlier claim of the same claimant it revises; a
  revision is "up" or "down" only when the two ranges cannot hold the same number.
- A claim's primary outlet is ``claims.source_id``; other outlets carrying the same
  statement are in ``claim_sources``. Outlets are counted by ``sources.publisher``.
"""

from __future__ import annotations

import pandas as pd

from analysis.data import schema
from analysis.data.tables import given
from analysis.measures import names, relations, words
from analysis.measures.bounds import Bounds
from analysis.measures.dates import DateLike
from analysis.measures.estimates import (
    asked,
    current_rows,
    estimate_from_row,
    history_rows,
    latest_rows,
    select,
    side_by_side,
    span,
)

CONTINGENT_METRICS = relations.CONTINGENT_METRICS
PLAN_METRICS = ("troops_planned",)
range_text = words.range_text


def figure_text(row: pd.Series) -> str:
    """A claim's figure as words: '3,000', '1,000 to 3,000', 'more than 5,000', 'up to 9,000,000'."""
    return Bounds.of_claim(row["value_low"], row["value_best"], row["value_high"]).words()


def bound_kind(low: object, best: object, high: object) -> str:
    """How a claim bounds its figure: 'range', 'point', 'more than' (a floor) or 'up to' (a ceiling)."""
    kind = Bounds.of_claim(low, best, high).kind
    return {"floor": "more than", "ceiling": "up to"}.get(kind, kind)


def claim_values(claims: pd.DataFrame, claim_id: str) -> tuple[object, object, object]:
    """(value_low, value_best, value_high) of one claim."""
    row = claims.loc[claims["claim_id"] == claim_id].iloc[0]
    return row["value_low"], row["value_best"], row["value_high"]


def hedge_text(row: pd.Series) -> str:
    """The qualifier with the source's own words, for one claim row: 'estimated (estimates)'."""
    return words.hedge(row["qualifier"], row.get("cue"))


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


POSITION_COLUMNS = [
    "claimant",
    "reported_on",
    "figure",
    "hedge",
    "span_low",
    "span_high",
    "value_best",
    "kind",
    "claims",
    "claim_id",
    "source_id",
]


def positions(
    metric: str, *, as_of: DateLike = None, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Who says what about ``metric``: each claimant's latest figure, its hedge and how often it spoke.

    Columns: claimant, reported_on, figure, hedge, span_low, span_high, value_best, kind,
    claims (how many claims the claimant made on the metric up to ``as_of``), claim_id,
    source_id. Sorted by the upper end of the latest figure, highest first. The figures may be
    of different times: each row carries its own date.
    """
    q = asked(metric, as_of, claimants, claims)
    latest = side_by_side(latest_rows(q.claims, q.metrics[0], q.cutoff, q.claimants))
    if latest.empty:
        return pd.DataFrame(columns=POSITION_COLUMNS)
    history = history_rows(q.claims, q.metrics, q.cutoff, q.claimants)
    counts = history.groupby(history["claimant"].astype(str)).size()
    full = q.claims.set_index("claim_id").loc[latest["claim_id"]].reset_index()
    latest = latest.assign(
        figure=[figure_text(r) for _, r in full.iterrows()],
        hedge=[hedge_text(r) for _, r in full.iterrows()],
        claims=latest["claimant"].map(counts).astype(int),
    )
    return latest.sort_values(["span_high", "claimant"], ascending=[False, True])[POSITION_COLUMNS].reset_index(
        drop=True
    )


def spread_text(
    metric: str, *, as_of: DateLike = None, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> str:
    """The current picture of ``metric`` as words: the newest figure and those of the same time.

    'from 350 (North Korea, 2 September 2025) to 2,000 (South Korea NIS, 2 September 2025)
    (2 claimants)'; one figure alone with its claimant and date;
    'no figure' when nobody gave one.
    """
    q = asked(metric, as_of, claimants, claims)
    side = side_by_side(current_rows(q.claims, q.metrics[0], q.cutoff, q.claimants))
    if side.empty:
        return "no figure"
    side = side.assign(_hi=side["span_high"].astype(float)).sort_values(["_hi", "claimant"], ascending=[False, True])
    texts = [f"{figure_text(r)} ({r['claimant']}, {words.day(r['reported_on'])})" for _, r in side.iterrows()]
    if len(side) == 1:
        return texts[0]
    return f"from {texts[-1]} to {texts[0]} ({words.count(len(side), 'claimant')})"


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
    metric: str | list[str] | tuple[str, ...] | None = None,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Pairs of claimants whose figures disagree, like with like (``relations``): the same measure,
    scope and time, ranges that cannot hold the same number.

    ``metric``: one measure, several, or None for every measure. One row per measure and pair
    of claimants, showing their most recent disagreeing claims, each with its own date;
    ``times`` is how many times larger the higher figure is at the least (its low end over the
    other's high end), ``pairs`` how many pairs of their claims disagreed. Newest first.
    """
    q = asked(metric, as_of, claimants, claims)
    rows = history_rows(q.claims, q.metrics or None, q.cutoff, q.claimants)
    found = relations.pairs(rows)
    if found.empty:
        return pd.DataFrame(columns=DISAGREEMENT_COLUMNS)
    figures = dict(zip(rows["claim_id"].astype(str), (figure_text(r) for _, r in rows.iterrows()), strict=True))
    found = found.assign(latest=found[["lower_reported_on", "higher_reported_on"]].max(axis=1))
    keys = ["metric", "lower_claimant", "higher_claimant"]
    counted = found.groupby(keys).size().rename("pairs").reset_index()
    newest = found.sort_values(
        ["latest", "times", "lower_claim_id", "higher_claim_id"], ascending=[False, False, True, True]
    ).drop_duplicates(keys)
    newest = newest.merge(counted, on=keys)
    out = pd.DataFrame(
        {
            "metric": newest["metric"],
            "lower_claimant": newest["lower_claimant"],
            "lower_figure": newest["lower_claim_id"].map(figures),
            "lower_reported_on": newest["lower_reported_on"],
            "lower_claim": newest["lower_claim_id"],
            "higher_claimant": newest["higher_claimant"],
            "higher_figure": newest["higher_claim_id"].map(figures),
            "higher_reported_on": newest["higher_reported_on"],
            "higher_claim": newest["higher_claim_id"],
            "times": newest["times"],
            "pairs": newest["pairs"],
        }
    )
    return out.reset_index(drop=True)


def disagreement_text(row: pd.Series | object) -> str:
    """One disagreement (a row of ``disagreements``) in words, both figures with their dates:
    'South Korea NIS said 2,000 on 2 September 2025, North Korea 350 the same day'."""
    get = row.__getitem__ if isinstance(row, pd.Series) else lambda k: getattr(row, k)
    hi_day, lo_day = words.day(get("higher_reported_on")), words.day(get("lower_reported_on"))
    lo_when = "the same day" if hi_day == lo_day else f"on {lo_day}"
    return (
        f"{get('higher_claimant')} said {get('higher_figure')} on {hi_day}, "
        f"{get('lower_claimant')} {get('lower_figure')} {lo_when}"
    )


def disagreement_ranges(table: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Both claims of each disagreement as ranges, ready for ``charts.grouped_range_chart``.

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
        for who, cid, figure in sides:
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
                    "label": figure,
                    "claim_id": cid,
                }
            )
    return pd.DataFrame(rows, columns=["group", "claimant", "low", "high", "best", "kind", "label", "claim_id"])


def newest_disagreement_ranges(table: pd.DataFrame, claims: pd.DataFrame, n: int = 8) -> pd.DataFrame:
    """``disagreement_ranges`` of the ``n`` newest disagreements, each group named by its measure
    and month ('Killed, Sep 2025'), a claim in two pairs of one group shown once."""
    newest = table.sort_values("higher_reported_on", ascending=False, kind="stable").head(n)
    ranges = disagreement_ranges(newest, claims)
    ranges["group"] = [
        f"{words.label(m)}, {g.split(':')[0]}" for m, g in zip(newest["metric"].repeat(2), ranges["group"], strict=True)
    ]
    return ranges.drop_duplicates(["group", "claim_id"])


def _chosen(
    metric: str | list[str] | None, as_of: DateLike, claimants: names.Names, claims: pd.DataFrame | None
) -> pd.DataFrame:
    """The claims a helper looks at: of ``metric`` (None: every measure), up to ``as_of``, by ``claimants``;
    parts and plans included (they are claims like any other for hedges, revisions and outlets)."""
    q = asked(metric, as_of, claimants, claims)
    return select(q.claims, q.metrics or None, q.cutoff, q.claimants, include_partial=True).drop(columns="_rank")


def hedge_shares(
    metric: str | list[str] | None = None,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """How each claimant hedges: the share of its claims under each qualifier.

    Columns: claimant, claims (count), then one column per qualifier in the schema's order
    (shares from 0 to 1 that add up to 1 per row). Claimants with the most claims first.
    """
    df = _chosen(metric, as_of, claimants, claims)
    quals = list(schema.vocabulary("claims", "qualifier"))
    counts = pd.crosstab(df["claimant"].astype(str), df["qualifier"].astype(str))
    counts = counts.reindex(columns=quals, fill_value=0)
    total = counts.sum(axis=1)
    shares = counts.div(total.where(total > 0), axis=0).fillna(0.0)
    out = shares.assign(claims=total).reset_index(names="claimant")
    out = out.sort_values(["claims", "claimant"], ascending=[False, True]).reset_index(drop=True)
    return out[["claimant", "claims", *quals]]


def _direction(old: Bounds, new: Bounds) -> str:
    """'up' or 'down' when the two ranges cannot hold the same number, 'overlapping' when they can."""
    if new.apart(old) and new.low is not None and old.high is not None and new.low > old.high:
        return "up"
    if new.apart(old):
        return "down"
    return "overlapping" if new.kind != "none" and old.kind != "none" else "unclear"


REVISION_COLUMNS = [
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


def revisions(
    metric: str | list[str] | None = None,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every revision: a claim that ``supersedes`` an earlier one, with both figures.

    Columns: claimant, metric, earlier_claim, earlier_reported_on, earlier_figure, claim_id,
    reported_on, figure, direction ('up', 'down', 'overlapping' or 'unclear'), days (between
    the two). Revisions whose earlier claim is not among the claims chosen are left out. Oldest first.
    """
    df = _chosen(metric, as_of, claimants, claims)
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
                "direction": _direction(before.bounds, after.bounds),
                "days": int((r["reported_on"] - prior["reported_on"]).days),
            }
        )
    return pd.DataFrame(rows, columns=REVISION_COLUMNS)


def revision_stats(
    metric: str | list[str] | None = None,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """How often each claimant's claims are later revised (by that claimant).

    Columns: claimant, claims, revised (claims some later claim supersedes), share_revised,
    up, down, overlapping (directions of those revisions). Claimants with most claims first.
    """
    df = _chosen(metric, as_of, claimants, claims)
    revs = revisions(claims=df)
    out = df.groupby(df["claimant"].astype(str)).size().rename("claims").to_frame()
    out["revised"] = revs.groupby("claimant")["earlier_claim"].nunique().reindex(out.index, fill_value=0)
    out["share_revised"] = out["revised"] / out["claims"]
    for direction in ("up", "down", "overlapping"):
        hits = revs[revs["direction"] == direction].groupby("claimant").size()
        out[direction] = hits.reindex(out.index, fill_value=0).astype(int)
    out = out.reset_index(names="claimant")
    return out.sort_values(["claims", "claimant"], ascending=[False, True]).reset_index(drop=True)


def outlets(
    metric: str | list[str] | None = None,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
    claim_sources: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Which outlets carry which claimant: one row per claimant and publisher.

    Columns: claimant, publisher, claims (distinct claims the publisher carried, as primary
    source or further outlet), primary (of which it was the primary source). Sorted by
    claimant, then most claims first.
    """
    df = _chosen(metric, as_of, claimants, claims)
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


def outlet_reach(table: pd.DataFrame) -> pd.DataFrame:
    """``outlets`` per claimant: how many outlets carried it and the claims they carried, most
    outlets first. Columns: claimant, outlets, claims."""
    reach = table.groupby("claimant").agg(outlets=("publisher", "nunique"), claims=("claims", "sum"))
    return reach.sort_values(["outlets", "claims"], ascending=False).reset_index()


def findings(shares: pd.DataFrame, stats: pd.DataFrame, reach: pd.DataFrame, gaps: pd.DataFrame) -> dict[str, object]:
    """What the source comparison closes on, as the values of its sentences: the claimant with the
    most claims (``most``, ``n``), the one that most often states figures as fact (``firm``,
    ``fshare``), the one revised most (``rev``, ``r``), the one carried by most outlets (``wide``,
    ``o``) and the measure with most disagreements (``disputed``). ``shares``, ``stats`` and
    ``reach`` are ``hedge_shares``, ``revision_stats`` and ``outlet_reach``; ``gaps``
    ``disagreements``."""
    most = shares.iloc[0] if len(shares) else None
    firm = shares.sort_values(["confirmed", "claims"], ascending=False).iloc[0] if len(shares) else None
    top_rev = stats.sort_values(["revised", "claims"], ascending=False).iloc[0] if len(stats) else None
    wide = reach.iloc[0] if len(reach) else None
    return {
        "most": most["claimant"] if most is not None else "none",
        "n": words.count(int(most["claims"]) if most is not None else 0, "claim"),
        "firm": firm["claimant"] if firm is not None else "none",
        "fshare": f"{firm['confirmed']:.0%}" if firm is not None else "0%",
        "rev": top_rev["claimant"] if top_rev is not None else "none",
        "r": words.count(int(top_rev["revised"]) if top_rev is not None else 0, "claim"),
        "wide": wide["claimant"] if wide is not None else "none",
        "o": words.count(int(wide["outlets"]) if wide is not None else 0, "outlet"),
        "disputed": _most_disputed(gaps),
    }


def _most_disputed(gaps: pd.DataFrame) -> str:
    if gaps.empty:
        return "none, comparing like with like"
    per = gaps.groupby("metric").size().sort_values(ascending=False, kind="stable")
    row = gaps[gaps["metric"] == per.index[0]].iloc[0]
    pairs = words.count(int(per.iloc[0]), "pair")
    # the label may hold brackets of its own ("troops sent (cumulative)"): the count follows a comma
    return f"{words.lower_label(per.index[0])}, {pairs} of claimants (the newest: {disagreement_text(row)})"


__all__ = [
    "CONTINGENT_METRICS",
    "DISAGREEMENT_COLUMNS",
    "PLAN_METRICS",
    "POSITION_COLUMNS",
    "REVISION_COLUMNS",
    "bound_kind",
    "claim_values",
    "claimant_choices",
    "claimant_order",
    "disagreement_ranges",
    "disagreement_text",
    "disagreements",
    "figure_text",
    "findings",
    "hedge_shares",
    "hedge_text",
    "newest_disagreement_ranges",
    "outlet_matrix",
    "outlet_reach",
    "outlets",
    "positions",
    "revision_stats",
    "revisions",
    "spread_text",
]
