"""Figures from the claims: the latest estimate, totals, ratios and side-by-side views.

Every helper has one shape, ``f(metric, *, as_of=None, claimants=None, claims=None)`` (a
helper without a metric takes ``as_of`` first): ``metric`` is a code name or the schema's
label ("Killed or wounded"), ``claimants`` one name or several, aliases included ("Seoul"),
``as_of`` a ``DateLike`` within the data, ``claims`` the table to compute on (default: the
dataset). A name that is not known, or a date outside the data, is a ``ParameterError``
naming the closest names or the dates allowed (``analysis.measures.names``, ``dates``).

Every result says which claims it combined (``claim_ids``) and carries the date of its own
newest claim (``reported_on``), never the day it was asked for: a number here is never
detached from who claimed it and when. Ranges keep the kind of each end
(``analysis.measures.bounds``): "more than X" is never used as a ceiling.

Data quirks:
- A claim may give only a lower bound ("more than 5,000"), only an upper bound ("up to
  9 million"), a central figure, or a range. ``Bounds.of_claim`` keeps which; ``span`` gives
  the ends a chart draws (a lone figure is both ends) and is never used for arithmetic.
- Several claimants report the same contingent (the Jan-Feb 2025 wave: 1,000 to 3,000
  depending on who speaks). Contingents are grouped by the month their period starts,
  and the group's range runs across all its claims, so a wave is never counted twice.
- Some figures cover only part of what a metric counts (one week's casualties, the dead of
  one engineer regiment, one year's shells): ``scope`` is ``part``. They are left out of
  every estimate here unless ``include_partial=True`` is asked for.
- Cumulative totals often include earlier contingents; a contingent is added to a total
  only if its period starts after the total's period ends.
- Some contingents are reported only in parts (North Korea's engineers: 1,000 sappers and
  5,000 military builders). Such rows have ``scope`` part and share a ``component_of`` slug.
  ``contingent_totals`` adds up each claimant's parts (never parts from different claimants,
  never planned with reported figures), and ``latest_estimate`` treats the sum as one claim,
  so a single part is never taken for the whole. A part that a later row ``supersedes``
  drops out of the sum.
- A plan ("150 more missiles are expected") is not a figure of what was done: the latest
  estimate, the current picture and totals leave plans out, except for the measure that
  counts plans (``troops_planned``).
- Claimants' figures are set side by side only when they are of the same time
  (``relations.current``): the spread across claimants and the share killed or wounded never
  mix a figure from months ago with today's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pandas as pd

from analysis.data.tables import given
from analysis.measures import display, names, relations, words
from analysis.measures.bounds import Bounds, drawn, percent, total, union
from analysis.measures.dates import DateLike, in_data, stamp

_CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}
CASUALTY_METRIC = "casualties_killed_or_wounded"
CONTINGENT_METRIC = "troops_deployed_additional"


class _Shown:
    """A sentence in the console (``str``, ``repr``, IPython), a small table in JupyterLab."""

    def _sentence(self) -> str:
        raise NotImplementedError

    def _html(self) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self._sentence()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._sentence()}>"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(self._sentence())

    def _repr_html_(self) -> str:
        return self._html()


@dataclass(frozen=True, repr=False)
class Estimate(_Shown):
    """A figure as claimed: its range (with the kind of each end), central value and where it came from.

    A figure combined from several claims (a total, a sum of parts, claimants side by side)
    lists them in ``parts``, each an ``Estimate`` of its own with its own date and source.
    """

    metric: str
    low: int | None
    best: int | None
    high: int | None
    claim_ids: tuple[str, ...]
    claimants: tuple[str, ...]
    reported_on: date | None = None
    qualifier: str | None = None
    cue: str | None = None
    value_cue: str | None = None
    source_id: str | None = None
    note: str = ""
    parts: tuple[Estimate, ...] = ()
    bounds: Bounds = field(default_factory=Bounds)
    role: str = ""  # what this figure is within a combined one ('total to 3 September 2025')
    title: str = ""  # a name for a combined figure when the metric's label is not enough
    combines: str = ""  # how ``parts`` make the figure: 'sum' (added up) or 'union' (side by side)
    period_end: date | None = None  # the day the figure counts up to, when the claim gives one

    def __post_init__(self) -> None:
        if self.bounds == Bounds() and not self.parts:
            object.__setattr__(self, "bounds", Bounds.of_claim(self.low, self.best, self.high))

    @property
    def kind(self) -> str:
        """floor ('more than'), ceiling ('up to'), point, range or none."""
        return self.bounds.kind

    @property
    def span(self) -> tuple[int | None, int | None]:
        """(low, high) to draw: an open end is drawn at the other end. Not for arithmetic: use ``bounds``."""
        lo, hi = drawn(self.bounds)
        return (None if lo is None else round(lo)), (None if hi is None else round(hi))

    def figure(self) -> str:
        """The figure as words: '4,000', '3,000 to 4,000', 'more than 5,000', 'up to 9,000,000'."""
        return self.bounds.words()

    def describe(self) -> str:
        """A short text: '3,000 to 4,000 (South Korea NIS, 13 January 2025, estimated)'; a combined
        figure adds its ``breakdown``: '14,000: 11,000 (...) + 3,000 (...)'."""
        if self.parts:
            return f"{self.figure()}: {self.breakdown()}"
        who = ", ".join(self.claimants)
        when = words.day(self.reported_on) if self.reported_on else "undated"
        return f"{self.figure()} ({who}, {when}, {self.qualifier or 'combined'})"

    def as_of_text(self) -> str:
        """'by 31 December 2024' when the figure counts up to a day well before it was given (more than
        the like-with-like window), else '': a figure for 2024 said in March 2025 says so."""
        if self.period_end is None or self.reported_on is None or self.qualifier == "planned":
            return ""
        late = (self.reported_on - self.period_end).days > relations.window_days()
        return f"by {words.day(self.period_end)}" if late else ""

    def breakdown(self) -> str:
        """The claims behind the figure, each with its claimant, own date and id: joined by ' + '
        when they add up, by '; ' when they stand side by side."""
        if not self.parts:
            return f"{self.describe()} [{' + '.join(self.claim_ids)}]"
        if self.combines == "sum":
            return " + ".join(p.breakdown() if not p.parts else f"({p.breakdown()})" for p in self.parts)
        return "; ".join(p.breakdown() for p in self.parts)

    def _sentence(self) -> str:
        return display.sentence(self)

    def _html(self) -> str:
        return display.table(self)


@dataclass(frozen=True, repr=False)
class Ratio(_Shown):
    """A ratio as a range whose ends keep their kind, never a single false-precise number.

    ``low`` and ``high`` are fractions, None where the range is open (a ratio of a floor has
    no ceiling).
    """

    low: float | None
    high: float | None
    numerator: Estimate
    denominator: Estimate
    note: str = ""
    claim_ids: tuple[str, ...] = ()
    bounds: Bounds = field(default_factory=Bounds)
    title: str = "Share"

    @property
    def kind(self) -> str:
        """floor, ceiling, point, range or none: the kind the two ends give the ratio."""
        return self.bounds.kind

    def describe(self) -> str:
        """'about 40%', 'more than 27%', 'up to 40%' or '27% to 40%' (a floor rounded down, a ceiling up)."""
        if self.bounds.kind == "none":
            return "not enough data"
        return self.bounds.words(percent, about=True)

    def _sentence(self) -> str:
        return display.ratio_sentence(self)

    def _html(self) -> str:
        return display.ratio_table(self)


def span(low: object, best: object, high: object) -> tuple[int | None, int | None]:
    """The (low, high) a chart draws for a claim: missing ends fall back to the other figures."""
    lo, hi = drawn(Bounds.of_claim(low, best, high))
    return (None if lo is None else round(lo)), (None if hi is None else round(hi))


# --- checking what was asked --------------------------------------------------------------


@dataclass(frozen=True)
class Asked:
    """The checked arguments of a helper: code names, canonical claimants, a cut-off day, the table."""

    metrics: list[str]
    cutoff: pd.Timestamp | None
    claimants: list[str] | None
    claims: pd.DataFrame


def asked(
    metric: str | list[str] | tuple[str, ...] | None,
    as_of: DateLike,
    claimants: names.Names,
    claims: pd.DataFrame | None,
) -> Asked:
    """Check a helper's arguments once (``ParameterError`` naming the closest names or dates)."""
    df = given(claims, "claims")
    if metric is None:
        metrics: list[str] = []
    elif isinstance(metric, str):
        metrics = [names.metric(metric)]
    else:
        metrics = names.metrics(list(metric))
    who = names.claimants(claimants, df)
    cutoff = stamp(in_data("as_of", as_of, df["reported_on"]))
    return Asked(metrics, cutoff, who, df)


# --- the cores, on checked arguments -------------------------------------------------------


def select(
    df: pd.DataFrame,
    metrics: list[str] | None,
    cutoff: pd.Timestamp | None,
    claimants: list[str] | None,
    include_partial: bool = False,
) -> pd.DataFrame:
    # One mask, one copy: filtering a wide frame step by step copies every column each time,
    # and helpers that re-run an estimate at every date call this dozens of times.
    keep = pd.Series(True, index=df.index) if metrics is None else df["metric"].isin(metrics)
    if not include_partial:  # a one-week or one-unit figure is not an estimate of the whole
        keep &= df["scope"] != "part"
    if cutoff is not None:
        keep &= df["reported_on"] <= cutoff
    if claimants:
        keep &= df["claimant"].isin(claimants)
    out = df[keep.fillna(False)]
    rank = out["confidence"].astype(str).map(_CONFIDENCE_RANK).fillna(9)
    return out.assign(_rank=rank).sort_values(["reported_on", "_rank", "claim_id"], ascending=[True, False, True])


def _opt(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[call-overload]


def _text(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)  # type: ignore[call-overload]


def estimate_from_row(row: pd.Series, role: str = "") -> Estimate:
    """An ``Estimate`` for one claim row."""
    return Estimate(
        metric=str(row["metric"]),
        low=_opt(row["value_low"]),
        best=_opt(row["value_best"]),
        high=_opt(row["value_high"]),
        claim_ids=(str(row["claim_id"]),),
        claimants=(str(row["claimant"]),),
        reported_on=row["reported_on"].date(),
        qualifier=_text(row["qualifier"]),
        cue=_text(row["cue"]),
        value_cue=_text(row["value_cue"]),
        source_id=str(row["source_id"]),
        role=role,
        period_end=None if pd.isna(row["period_end"]) else row["period_end"].date(),
    )


def combined(
    metric: str, parts: list[Estimate], bounds: Bounds, best: int | None, combines: str, **more: Any
) -> Estimate:
    """One ``Estimate`` made of several (``combines``: 'sum' or 'union'): ``bounds`` and ``best`` as
    computed, the claims and claimants of every part, the date of the newest part."""
    ids = tuple(dict.fromkeys(c for p in parts for c in p.claim_ids))
    who = tuple(dict.fromkeys(c for p in parts for c in p.claimants))
    dates = [p.reported_on for p in parts if p.reported_on]
    qualifiers = {p.qualifier for p in parts}
    return Estimate(
        metric=metric,
        low=None if bounds.low is None else round(bounds.low),
        best=best,
        high=None if bounds.high is None else round(bounds.high),
        claim_ids=ids,
        claimants=who,
        reported_on=max(dates) if dates else None,
        qualifier=next(iter(qualifiers)) if len(qualifiers) == 1 else "combined",
        source_id=parts[-1].source_id if parts else None,
        parts=tuple(parts),
        bounds=bounds,
        combines=combines,
        **more,
    )


def _sum_opt(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def contingent_totals_of(
    df: pd.DataFrame, metric: str, cutoff: pd.Timestamp | None, claimants: list[str] | None
) -> list[Estimate]:
    if "component_of" not in df.columns:
        return []
    parts_only = df[(df["metric"] == metric) & df["component_of"].notna()]  # few rows: filter before sorting
    if parts_only.empty:
        return []
    rows = select(parts_only, [metric], cutoff, claimants, include_partial=True)
    superseded = set(rows["supersedes"].dropna().astype(str))
    rows = rows[~rows["claim_id"].astype(str).isin(superseded)]
    is_part = rows["scope"].astype(str) == "part"
    wholes, parts = rows[~is_part], rows[is_part]
    planned = parts["qualifier"].astype(str) == "planned"
    keys = [parts["component_of"].astype(str), parts["claimant"].astype(str), planned]
    out = []
    for (slug, who, _), group in parts.groupby(keys, sort=True):
        newest = group["reported_on"].max()
        whole = wholes[(wholes["component_of"] == slug) & (wholes["claimant"] == who)]
        if len(group) < 2 or (whole["reported_on"] >= newest).any():
            continue
        group = group.sort_values(["reported_on", "claim_id"])
        pieces = [estimate_from_row(r, role=f"part of {slug}") for _, r in group.iterrows()]
        listed = " + ".join(f"{p.figure()} [{p.claim_ids[0]}]" for p in pieces)
        out.append(
            combined(
                metric,
                pieces,
                total(p.bounds for p in pieces),
                _sum_opt([p.best for p in pieces]),
                "sum",
                note=f"{slug}: sum of {len(group)} parts: {listed}",
            )
        )
    return out


PLAN_METRICS = ("troops_planned",)


def _no_plans(rows: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Claims of what was done, not of what was planned (unless the measure counts plans)."""
    return rows if metric in PLAN_METRICS else rows[rows["qualifier"].astype(str) != "planned"]


def latest_row(
    df: pd.DataFrame, metric: str, cutoff: pd.Timestamp | None, claimants: list[str] | None
) -> Estimate | None:
    rows = _no_plans(select(df, [metric], cutoff, claimants), metric)
    sums = [
        e
        for e in contingent_totals_of(df, metric, cutoff, claimants)
        if metric in PLAN_METRICS or e.qualifier != "planned"
    ]
    newest = max(sums, key=lambda e: (e.reported_on or date.min, e.claim_ids), default=None)
    if rows.empty:
        return newest
    row = rows.iloc[-1]
    if newest is not None and newest.reported_on and newest.reported_on > row["reported_on"].date():
        return newest
    others = rows[(rows["reported_on"] == row["reported_on"]) & (rows["claim_id"] != row["claim_id"])]
    est = estimate_from_row(row)
    if not others.empty:
        alt = "; ".join(f"{estimate_from_row(r).describe()} [{r['claim_id']}]" for _, r in others.iterrows())
        est = replace(est, note=f"same day: {alt}")
    return est


def latest_rows(
    df: pd.DataFrame, metric: str, cutoff: pd.Timestamp | None, claimants: list[str] | None
) -> pd.DataFrame:
    rows = select(df, [metric], cutoff, claimants)
    return rows.groupby("claimant", observed=True).tail(1)


def _with_spans(df: pd.DataFrame) -> pd.DataFrame:
    """Add span_low / span_high (nullable Int64: the ends a chart draws) and kind (of each claim's range)."""
    found = [Bounds.of_claim(r.value_low, r.value_best, r.value_high) for r in df.itertuples()]
    ends = [span(r.value_low, r.value_best, r.value_high) for r in df.itertuples()]
    return df.assign(
        span_low=pd.array([e[0] for e in ends], dtype="Int64"),
        span_high=pd.array([e[1] for e in ends], dtype="Int64"),
        kind=[b.kind for b in found],
    )


COMPARE_COLUMNS = [
    "claimant",
    "reported_on",
    "value_low",
    "value_best",
    "value_high",
    "span_low",
    "span_high",
    "kind",
    "qualifier",
    "cue",
    "value_cue",
    "claim_id",
    "source_id",
]


def side_by_side(rows: pd.DataFrame) -> pd.DataFrame:
    out = _with_spans(rows)[COMPARE_COLUMNS].sort_values(["reported_on", "claim_id"]).reset_index(drop=True)
    out["claimant"] = out["claimant"].astype(str)
    return out


def current_rows(
    df: pd.DataFrame, metric: str, cutoff: pd.Timestamp | None, claimants: list[str] | None
) -> pd.DataFrame:
    return relations.current(_no_plans(select(df, [metric], cutoff, claimants), metric))


def current_estimate_of(
    df: pd.DataFrame, metric: str, cutoff: pd.Timestamp | None, claimants: list[str] | None
) -> Estimate | None:
    rows = current_rows(df, metric, cutoff, claimants)
    if rows.empty:
        return None
    pieces = [estimate_from_row(r) for _, r in rows.iterrows()]
    if len(pieces) == 1:
        return pieces[0]
    return combined(metric, pieces, union(p.bounds for p in pieces), None, "union", note="figures of the same time")


def deployed_total_of(df: pd.DataFrame, cutoff: pd.Timestamp | None, claimants: list[str] | None) -> Estimate | None:
    bases = select(df, ["troops_deployed"], cutoff, claimants)
    bases = bases[bases["qualifier"].astype(str) != "planned"]
    if bases.empty:
        return None
    # The base is the total that reaches furthest in time (a May report about 2024 alone
    # does not replace an April total that runs to April); then the newest claim.
    bases = bases.assign(_covers=bases["period_end"].fillna(bases["reported_on"]))
    order = ["_covers", "reported_on", "_rank", "claim_id"]
    base_row = bases.sort_values(order, ascending=[True, True, False, True]).iloc[-1]
    base_end = pd.Timestamp(base_row["_covers"])
    base = estimate_from_row(base_row, role=f"total to {words.day(base_end)}")
    adds = select(df, [CONTINGENT_METRIC], cutoff, claimants)
    # Only a contingent that began after the base's period is surely not in the base already.
    adds = adds[adds["period_start"].notna() & (adds["period_start"] > base_end)]
    adds = adds[adds["qualifier"].astype(str) != "planned"]
    parts, bests, notes = [base], [base.best], []
    for month, group in adds.groupby(adds["period_start"].dt.to_period("M")):
        role = f"contingent that set out in {month:%B %Y}"
        pieces = [estimate_from_row(r, role=role) for _, r in group.iterrows()]
        wave = (
            pieces[0]
            if len(pieces) == 1
            else combined(
                CONTINGENT_METRIC, pieces, union(p.bounds for p in pieces), pieces[-1].best, "union", role=role
            )
        )
        parts.append(wave)
        bests.append(wave.best)
        notes.append(f"{role}: {words.count(len(group), 'claim')}, {wave.figure()}")
    note = "; ".join([f"total: {base.describe()}", *notes])
    found = combined("troops_deployed", parts, total(p.bounds for p in parts), _sum_opt(bests), "sum", note=note)
    return replace(found, title="Troops sent, all contingents")


def _when(est: Estimate) -> str:
    who = words.listing(est.claimants)
    newest = f"newest claim {words.day(est.reported_on)}"
    return f"{who}, {words.day(est.reported_on)}" if len(est.claim_ids) == 1 else f"{who}; {newest}"


def loss_ratio_of(df: pd.DataFrame, cutoff: pd.Timestamp | None, claimants: list[str] | None) -> Ratio | None:
    casualties = current_estimate_of(df, CASUALTY_METRIC, cutoff, claimants)
    deployed = deployed_total_of(df, cutoff, claimants)
    if casualties is None or deployed is None:
        return None
    share = casualties.bounds / deployed.bounds
    if share.kind == "none":
        return None
    return Ratio(
        low=share.low,
        high=share.high,
        numerator=casualties,
        denominator=deployed,
        claim_ids=casualties.claim_ids + deployed.claim_ids,
        note=(
            f"{casualties.figure()} {words.lower_label(CASUALTY_METRIC)} ({_when(casualties)}) over "
            f"{deployed.figure()} troops sent ({_when(deployed)})"
        ),
        bounds=share,
        title="Share of the troops sent killed or wounded",
    )


# --- the public helpers ---------------------------------------------------------------------


def contingent_totals(
    metric: str, *, as_of: DateLike = None, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> list[Estimate]:
    """Named contingents given only in parts, each claimant's parts added up (see the module notes).

    Rows with ``scope`` part and a ``component_of`` slug are grouped by (slug, claimant, planned
    or not); a row that a later row ``supersedes`` drops out. A group of two or more parts
    becomes one ``Estimate`` whose range is the sum of the parts' (each end keeping its kind;
    best only when every part has one), dated on its newest part, with the parts in ``parts``
    and listed in ``note``. A single part is never offered as the whole, and a group is left
    out when the same claimant gave a whole figure for the contingent at least as recently.
    """
    q = asked(metric, as_of, claimants, claims)
    return contingent_totals_of(q.claims, q.metrics[0], q.cutoff, q.claimants)


def latest_estimate(
    metric: str, *, as_of: DateLike = None, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> Estimate | None:
    """The most recent claim for ``metric`` made on or before ``as_of`` (optionally by some claimants).

    Plans are left out unless the measure counts plans (``troops_planned``). Ties on the same day
    go to the better-graded claim, then the lower claim_id. A contingent given only in parts
    (``contingent_totals``) counts as one claim, dated on its newest part; a whole figure wins a
    tie with it. Returns None when no claim qualifies.
    """
    q = asked(metric, as_of, claimants, claims)
    return latest_row(q.claims, q.metrics[0], q.cutoff, q.claimants)


def compare_claimants(
    metric: str, *, as_of: DateLike = None, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The latest figure per claimant, side by side, with range, hedge and claim id, whatever its date.

    Columns: claimant, reported_on, value_low, value_best, value_high, span_low, span_high
    (the ends a chart draws), kind (floor, ceiling, point or range), qualifier, cue,
    value_cue, claim_id, source_id. Sorted by reported_on. For the figures of the same time
    only, see ``current_estimates``.
    """
    q = asked(metric, as_of, claimants, claims)
    return side_by_side(latest_rows(q.claims, q.metrics[0], q.cutoff, q.claimants))


def current_estimates(
    metric: str, *, as_of: DateLike = None, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The current picture of ``metric``: its newest claim and every other claimant's latest figure
    of the same time (``relations.current``), with the columns of ``compare_claimants``."""
    q = asked(metric, as_of, claimants, claims)
    return side_by_side(current_rows(q.claims, q.metrics[0], q.cutoff, q.claimants))


def estimate_history(
    metric: str | list[str] | tuple[str, ...],
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
    include_partial: bool = False,
) -> pd.DataFrame:
    """Every figure for ``metric`` (one or several) over time, ready to chart as ranges.

    Adds ``span_low``/``span_high`` (the ends a chart draws), ``kind`` (floor, ceiling, point
    or range) and ``point`` (the central figure, else the single bound given), one row per
    claim, sorted by date. Figures about only part of the whole (``scope`` part) are left
    out unless asked for.
    """
    q = asked(metric, as_of, claimants, claims)
    return history_rows(q.claims, q.metrics, q.cutoff, q.claimants, include_partial)


def history_rows(
    df: pd.DataFrame,
    metrics: list[str] | None,
    cutoff: pd.Timestamp | None,
    claimants: list[str] | None,
    include_partial: bool = False,
) -> pd.DataFrame:
    rows = _with_spans(select(df, metrics, cutoff, claimants, include_partial).drop(columns="_rank"))
    rows["point"] = rows["value_best"].fillna(rows["value_low"]).fillna(rows["value_high"])
    return rows.reset_index(drop=True)


def conservative_estimate(
    metric: str, *, as_of: DateLike = None, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> Estimate | None:
    """ACLED's rule: the lowest credible figure of the current picture, dispute noted.

    Among the claimants' figures of the same time as the newest (``current_estimates``), the
    claim with the lowest lower end (a floor or a point; "up to X" gives none); the claim is
    returned as it was made, so its kind is kept. The note names the other figures when
    claimants of the same time disagree.
    """
    q = asked(metric, as_of, claimants, claims)
    rows = current_rows(q.claims, q.metrics[0], q.cutoff, q.claimants)
    pieces = [(estimate_from_row(r), r) for _, r in rows.iterrows()]
    floored = [(e, r) for e, r in pieces if e.bounds.low is not None]
    if not floored:
        return None
    lowest, _ = min(floored, key=lambda p: (p[0].bounds.low, p[0].reported_on, p[0].claim_ids))
    others = [e for e, _ in pieces if e.claim_ids != lowest.claim_ids]
    disputed = [e for e in others if e.bounds.apart(lowest.bounds, relations.tolerance())]
    note = ""
    if disputed:
        listed = "; ".join(f"{', '.join(e.claimants)} {e.figure()} ({words.day(e.reported_on)})" for e in others)
        note = f"disputed: claimants of the same time also say {listed}"
    return replace(lowest, note=note)


def deployed_total(
    as_of: DateLike = None, *, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> Estimate | None:
    """Troops sent to Russia up to ``as_of``: the latest cumulative total plus later contingents.

    The base is the ``troops_deployed`` claim whose period reaches furthest (then the newest).
    Each ``troops_deployed_additional`` contingent whose period starts after the base's period
    ends is added; claims about the same contingent (same start month) are merged into one range
    across claimants. The ends add up keeping their kind (``bounds.total``): a contingent given
    only as "more than X" leaves the total without a ceiling; best adds the central figures
    when every part has one. ``parts`` holds every claim used, each with its own date, and
    ``reported_on`` is the newest of them.
    """
    q = asked(None, as_of, claimants, claims)
    return deployed_total_of(q.claims, q.cutoff, q.claimants)


def loss_ratio(
    as_of: DateLike = None, *, claimants: names.Names = None, claims: pd.DataFrame | None = None
) -> Ratio | None:
    """Killed-or-wounded over troops deployed, as a range whose ends keep their kind.

    Numerator: the current picture of the casualty figure (the newest claim and the claimants'
    figures of the same time, ``current_estimates``), as the range they span together.
    Denominator: ``deployed_total``. The low end divides the lowest casualties by the highest
    deployment, the high end the reverse (``Bounds.__truediv__``): a floor over a point is a
    floor, so "more than 6,000" killed or wounded gives "more than" a share, never a ceiling.
    """
    q = asked(None, as_of, claimants, claims)
    return loss_ratio_of(q.claims, q.cutoff, q.claimants)


__all__ = [
    "CASUALTY_METRIC",
    "COMPARE_COLUMNS",
    "CONTINGENT_METRIC",
    "PLAN_METRICS",
    "Estimate",
    "Ratio",
    "compare_claimants",
    "conservative_estimate",
    "contingent_totals",
    "current_estimates",
    "deployed_total",
    "estimate_history",
    "latest_estimate",
    "loss_ratio",
    "span",
]
