"""What a brief opens with: the bottom line, key points, headline figures, what changed, the sources.

Each row and sentence keeps its claimant, hedge, date and source, because a figure without
them is not something this dataset asserts. Every helper has the measures' one shape:
``f(metrics, *, as_of=None, claimants=None, claims=None, ...)`` and takes the tables it
reads (``sources`` too) as keyword arguments, falling back on the dataset.

Data quirks:
- "Disagree" here means what ``relations`` says (like with like: the same measure, scope and
  time); every sentence about a disagreement names both figures and both dates.
- The newest casualty estimate is always a key point when the measures shown include it,
  and always part of the bottom line when one exists.
- A brief dated after its newest claim says so, with that claim's date.
"""

from __future__ import annotations

import pandas as pd

from analysis.data.tables import given
from analysis.measures import names, words
from analysis.measures.bounds import Bounds, union
from analysis.measures.by_claimant import disagreement_text, disagreements
from analysis.measures.dates import DateLike, as_day, in_data, stamp
from analysis.measures.estimates import (
    CASUALTY_METRIC,
    Estimate,
    asked,
    current_rows,
    deployed_total_of,
    estimate_from_row,
    latest_row,
    loss_ratio_of,
    select,
)

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
WEAPONS_LEAD = "artillery_shells"  # the weapons figure a bottom line gives

label = words.label
hedge_text = words.hedge


def _outlets(sources: pd.DataFrame | None) -> pd.DataFrame:
    return given(sources, "sources").set_index("source_id")


def _outlet(est: Estimate, outlets: pd.DataFrame) -> tuple[str | None, str | None]:
    if est.source_id is None or est.source_id not in outlets.index:
        return None, None
    row = outlets.loc[est.source_id]
    url = row["url"]
    return words.outlet(row["publisher"], row.get("credits")), (str(url) if isinstance(url, str) else None)


FIGURE_COLUMNS = [
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


def headline_figures(
    metrics: str | list[str] | tuple[str, ...] = HEADLINE_METRICS,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per metric: the latest claim (figure, claimant, hedge, date, source) and the current picture.

    ``spread`` is the range of the figures of the same time as the latest (the current
    picture, ``relations.current``) and ``claimants`` how many claimants gave them, so a
    reader sees at once whether the latest claim stands alone; a figure from months before
    never widens it.
    """
    q = asked(list(metrics) if not isinstance(metrics, str) else metrics, as_of, claimants, claims)
    outlets = _outlets(sources)
    rows = []
    for metric in q.metrics:
        est = latest_row(q.claims, metric, q.cutoff, q.claimants)
        if est is None:
            continue
        side = current_rows(q.claims, metric, q.cutoff, q.claimants)
        if est.parts or side.empty:  # a figure given in parts: the sum is the picture
            spread, count = est.figure(), 1
        else:
            spread = union(Bounds.of_claim(r.value_low, r.value_best, r.value_high) for r in side.itertuples()).words()
            count = side["claimant"].nunique()
        publisher, url = _outlet(est, outlets)
        rows.append(
            {
                "metric": metric,
                "what": label(metric),
                "figure": est.figure(),
                "claimant": est.claimants[0],
                "hedge": hedge_text(est.qualifier, est.cue),
                "reported_on": pd.Timestamp(est.reported_on) if est.reported_on else pd.NaT,
                "source": publisher,
                "url": url,
                "claim_id": " + ".join(est.claim_ids),
                "claimants": count,
                "spread": spread,
                "parts": est.note.partition(": ")[2] if est.parts else "",
            }
        )
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def _said(est: Estimate, outlets: pd.DataFrame, unit: str = "", cite: bool = False) -> str:
    """'6,000, estimated, said by South Korea NIS on 12 February 2026 (The Kyunghyang Shinmun)'; with
    ``cite``, the claim ids follow in brackets ('... [C0102]')."""
    publisher, _ = _outlet(est, outlets)
    hedge = hedge_text(est.qualifier, est.cue)
    who = words.listing(est.claimants)
    figure = " ".join(t for t in (est.figure(), unit, est.as_of_text()) if t)
    text = f"{figure}{', ' + hedge if hedge else ''}, said by {who} on {words.day(est.reported_on)}"
    return text + (f" ({publisher})" if publisher else "") + _ids(est.claim_ids, cite)


def _ids(ids: tuple[str, ...] | list[str], cite: bool) -> str:
    """' [C0088, C0093]' when ``cite`` is asked for, else nothing."""
    return f" [{', '.join(ids)}]" if cite and ids else ""


def key_points(
    metrics: str | list[str] | tuple[str, ...] = HEADLINE_METRICS,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    since: DateLike = None,
    claims: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    cite: bool = False,
) -> list[str]:
    """Three to five plain sentences a brief opens with, computed from the claims up to ``as_of``.

    The latest figure of the first measure that has one; the newest casualty estimate (when
    the measures include it; else the next measure's latest figure); the newest
    disagreement, like with like, with both figures and both dates; what is new since
    ``since`` (on every measure, as ``changes_since`` lists it); and, for a brief dated after
    its newest claim, that claim's date. Each figure with its hedge, claimant, date and
    outlet, and with ``cite`` the ids of its claims.
    """
    q = asked(list(metrics) if not isinstance(metrics, str) else metrics, as_of, claimants, claims)
    start = stamp(in_data("since", since, q.claims["reported_on"]))
    chosen = select(q.claims, q.metrics, q.cutoff, q.claimants, include_partial=True)
    day = q.cutoff
    who = "the selected claimants" if q.claimants else "any claimant"
    if chosen.empty:
        upto = f" up to {words.day(day)}" if day is not None else ""
        return [f"No claims about these measures by {who}{upto}."]
    outlets = _outlets(sources)
    latest = {m: e for m in q.metrics if (e := latest_row(q.claims, m, q.cutoff, q.claimants)) is not None}
    lead = list(latest)[:1]
    second = [CASUALTY_METRIC] if CASUALTY_METRIC in latest else [m for m in latest if m not in lead][:1]
    points = []
    for metric in lead + [m for m in second if m not in lead]:
        if metric == CASUALTY_METRIC:
            said = _said(latest[metric], outlets, words.lower_label(metric), cite)
            points.append(f"Newest casualty estimate: {said}.")
        else:
            points.append(f"{label(metric)}: {_said(latest[metric], outlets, cite=cite)}.")
    found = disagreements(q.metrics, as_of=as_of, claimants=q.claimants, claims=q.claims)
    if not found.empty:
        newest = found.assign(_n=found[["lower_reported_on", "higher_reported_on"]].max(axis=1))
        row = newest.sort_values(["_n", "times"], ascending=[False, False], kind="stable").iloc[0]
        ids = _ids([str(row["higher_claim"]), str(row["lower_claim"])], cite)
        points.append(f"Claimants disagree on {words.lower_label(row['metric'])}: {disagreement_text(row)}{ids}.")
    if start is not None:
        every = select(q.claims, None, q.cutoff, q.claimants, include_partial=True)
        points.append(_since_sentence(every, start, q.cutoff))
    newest_day = chosen["reported_on"].max()
    if day is not None and not pd.isna(newest_day) and newest_day < day:
        points.append(f"Nothing new was reported after {words.day(newest_day)}, the date of the newest claim.")
    return points[:5]


def _since_sentence(chosen: pd.DataFrame, since: pd.Timestamp, cutoff: pd.Timestamp | None) -> str:
    """'Since 16 February 2026: 3 new claims, on killed (2) and troops in Russia now.' or 'No new claims ...'."""
    start = since
    new = chosen[chosen["reported_on"] > start]
    if cutoff is not None:
        new = new[new["reported_on"] <= cutoff]
    if new.empty:
        newest = chosen["reported_on"].max()
        return f"No new claims since {words.day(start)}; the newest is of {words.day(newest)}."
    top = new["metric"].astype(str).value_counts(sort=True)
    shown = top if len(top) <= 4 else top.head(3)  # a long list ends with how many more
    named = [f"{words.lower_label(m)}{f' ({n})' if n > 1 else ''}" for m, n in shown.items()]
    if len(top) > len(shown):
        named.append(words.count(len(top) - len(shown), "other measure"))
    return f"Since {words.day(start)}: {words.count(len(new), 'new claim')}, on {words.listing(named)}."


def trend(
    metric: str, *, as_of: DateLike = None, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> tuple[Estimate, Estimate] | None:
    """The earliest and the latest claim on ``metric`` (whole figures, plans left out): a trend is
    shown as one, from the first figure to the newest; None with fewer than two claims."""
    q = asked(metric, as_of, claimants, claims)
    return trend_of(q.claims, q.metrics[0], q.cutoff, q.claimants)


def trend_of(
    df: pd.DataFrame, metric: str, cutoff: pd.Timestamp | None, claimants: list[str] | None
) -> tuple[Estimate, Estimate] | None:
    """``trend`` on checked arguments."""
    rows = select(df, [metric], cutoff, claimants)
    rows = rows[rows["qualifier"].astype(str) != "planned"]
    if len(rows) < 2:
        return None
    return estimate_from_row(rows.iloc[0]), estimate_from_row(rows.iloc[-1])


def _at(est: Estimate, cite: bool = False) -> str:
    return f"{est.figure()} ({words.listing(est.claimants)}, {words.day(est.reported_on)}){_ids(est.claim_ids, cite)}"


def bottom_line(
    as_of: DateLike = None,
    *,
    claimants: names.Names = None,
    since: DateLike = None,
    claims: pd.DataFrame | None = None,
    cite: bool = False,
) -> list[str]:
    """Two to four sentences a brief leads with, computed from the claims up to ``as_of``.

    Troops sent (``deployed_total``, with its newest claim's date), losses (the newest
    casualty estimate, always, when one exists, with the share of the troops sent), weapons
    (the newest figure for artillery rounds supplied) and what changed (the claims on every
    measure since ``since``, as the key points and ``changes_since`` count them, else how the
    troop total moved: a trend, from its first figure to its newest). With ``cite``, each
    figure is followed by the ids of its claims.
    """
    q = asked(None, as_of, claimants, claims)
    start = stamp(in_data("since", since, q.claims["reported_on"]))
    out = []
    troops = deployed_total_of(q.claims, q.cutoff, q.claimants)
    if troops is not None:
        base, more = troops.parts[0], len(troops.parts) - 1
        if more:
            out.append(
                f"North Korea has sent {troops.figure()} troops to Russia: the {base.role}, {_at(base, cite)}, and "
                f"{words.count(more, 'contingent')} sent since{_ids(troops.claim_ids[1:], cite)}."
            )
        else:
            count = f"by the most recent count of the whole force ({_who(base)})"
            out.append(
                f"North Korea has sent {troops.figure()} troops to Russia, {count}{_ids(troops.claim_ids, cite)}."
            )
    losses = latest_row(q.claims, CASUALTY_METRIC, q.cutoff, q.claimants)
    if losses is not None:
        share = loss_ratio_of(q.claims, q.cutoff, q.claimants)
        of = f", {share.describe()} of the troops sent" if share is not None else ""
        said = f"{losses.figure()} killed or wounded ({_who(losses)}){_ids(losses.claim_ids, cite)}"
        out.append(f"The newest casualty estimate is {said}{of}.")
    shells = latest_row(q.claims, WEAPONS_LEAD, q.cutoff, q.claimants)
    if shells is not None:
        out.append(f"The newest figure for {words.lower_label(WEAPONS_LEAD)} is {_at(shells, cite)}.")
    chosen = select(q.claims, None, q.cutoff, q.claimants, include_partial=True)
    if start is not None and not chosen.empty:
        out.append(_since_sentence(chosen, start, q.cutoff))
    elif troops is not None and (moved := trend_of(q.claims, "troops_deployed", q.cutoff, q.claimants)):
        out.append(f"Troops sent (cumulative) went from {_at(moved[0], cite)} to {_at(moved[1], cite)}.")
    upto = f" up to {words.day(q.cutoff)}" if q.cutoff is not None else ""
    who = "the selected claimants" if q.claimants else "any claimant"
    if troops is None and losses is None:  # the figures a brief leads with: say that there are none
        out.insert(0, f"No figure for troops sent or losses was given by {who}{upto}.")
    return out[:4]


def _who(est: Estimate) -> str:
    return f"{words.listing(est.claimants)}, {words.day(est.reported_on)}"


def event_points(
    categories: names.Names = None,
    *,
    as_of: DateLike = None,
    start: DateLike = None,
    events: pd.DataFrame | None = None,
) -> list[str]:
    """Sentences on the events from ``start`` to ``as_of`` in some categories: how many, the busiest
    category, the latest one (``events`` may be a selection already made)."""
    from analysis.measures.timeline import date_words, timeline

    chosen = timeline(categories, as_of=as_of, start=start, events=events)
    first = as_day(start, "start") or (chosen["date"].min().date() if len(chosen) else None)
    last = as_day(as_of, "as_of") or (chosen["date"].max().date() if len(chosen) else None)
    span = f"from {words.day(first)} to {words.day(last)}" if first and last else "in the data"
    if chosen.empty:
        return [f"No events {span} in the selected categories."]
    top = chosen["category"].astype(str).value_counts()
    latest = chosen.sort_values("date").iloc[-1]
    when = date_words(latest["date"], latest["date_precision"], latest["date_end"])
    return [
        f"{words.count(len(chosen), 'event').capitalize()} {span}, most of them {top.index[0]} ({top.iloc[0]}).",
        f"The latest, {when}: {latest['description']}",
    ]


def changes_since(
    metrics: str | list[str] | tuple[str, ...] | None = None,
    *,
    since: DateLike = None,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Claims made after ``since`` and up to ``as_of``, newest first, with what they revise.

    Columns: reported_on, what (the measure's label), figure, claimant, qualifier, revises, claim_id.
    """
    q = asked(metrics if metrics is None or isinstance(metrics, str) else list(metrics), as_of, claimants, claims)
    start = stamp(in_data("since", since, q.claims["reported_on"]))
    rows = select(q.claims, q.metrics or None, q.cutoff, q.claimants, include_partial=True)
    if start is not None:
        rows = rows[rows["reported_on"] > start]
    new = rows.sort_values(["reported_on", "claim_id"], ascending=[False, True])
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
    claim_ids: list[str] | None = None,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The sources behind some claims (default: every claim up to ``as_of`` by ``claimants``), newest first.

    Columns: published, publisher, title, url, claims (how many of the claims it carries), source_id.
    """
    q = asked(None, as_of, claimants, claims)
    rows = select(q.claims, None, q.cutoff, q.claimants, include_partial=True)
    if claim_ids is not None:
        rows = rows[rows["claim_id"].isin(claim_ids)]
    counts = rows.groupby("source_id").size().rename("claims")
    found = given(sources, "sources").join(counts, on="source_id", how="inner")
    cols = ["published", "publisher", "title", "url", "claims", "source_id"]
    return found[cols].sort_values(["published", "source_id"], ascending=[False, True]).reset_index(drop=True)


__all__ = [
    "FIGURE_COLUMNS",
    "HEADLINE_METRICS",
    "WEAPONS_LEAD",
    "bottom_line",
    "changes_since",
    "event_points",
    "headline_figures",
    "key_points",
    "sources_for",
    "trend",
]
