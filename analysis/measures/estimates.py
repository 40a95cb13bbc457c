"""Figures from the claims: the latest estimate, totals, ratios and side-by-side views.

Every result says which claims it combined (``claim_ids``): a number here is never
detached from who claimed it.

Data quirks:
- A claim may give only a lower bound ("more than 5,000"), only an upper bound ("up to
  9 million"), a central figure, or a range. ``span`` turns any of these into the
  (low, high) it supports: a lone figure is both ends.
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
  ``contingent_totals`` adds up each claimant's parts (low, best and high separately; never
  parts from different claimants, never planned with reported figures), and
  ``latest_estimate`` treats the sum as one claim, so a single part is never taken for the
  whole. A part that a later row ``supersedes`` drops out of the sum.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from analysis.data.tables import given

DateLike = str | date | pd.Timestamp | None

_CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class Estimate:
    """A figure as claimed: range, central value and where it came from."""

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

    @property
    def span(self) -> tuple[int | None, int | None]:
        """(low, high) this estimate supports; a lone figure is both ends."""
        return span(self.low, self.best, self.high)

    def figure(self) -> str:
        """The figure as words: '4,000', '3,000 to 4,000', 'more than 5,000', 'up to 9,000,000'."""
        lo, hi = self.span
        if self.best is not None and lo == hi:
            figure = f"{self.best:,}"
        elif lo is not None and hi is not None and lo != hi:
            figure = f"{lo:,} to {hi:,}"
        elif self.low is not None:
            figure = f"more than {self.low:,}"
        elif self.high is not None:
            figure = f"up to {self.high:,}"
        else:
            figure = "n/a"
        return figure

    def describe(self) -> str:
        """A short text: '3,000 to 4,000 (South Korea NIS, 2025-01-13, estimated)'."""
        figure = self.figure()
        who = ", ".join(self.claimants)
        when = self.reported_on.isoformat() if self.reported_on else "undated"
        return f"{figure} ({who}, {when}, {self.qualifier or 'combined'})"


@dataclass(frozen=True)
class Ratio:
    """A ratio as a range (low, high), never a single false-precise number."""

    low: float | None
    high: float | None
    numerator: Estimate
    denominator: Estimate
    note: str = ""
    claim_ids: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """'between 29% and 36%'."""
        if self.low is None or self.high is None:
            return "not enough data"
        if round(self.low * 100) == round(self.high * 100):
            return f"about {self.low:.0%} (a single pair of point figures; no range was claimed)"
        return f"between {self.low:.0%} and {self.high:.0%}"


def span(low: object, best: object, high: object) -> tuple[int | None, int | None]:
    """The (low, high) a claim supports: missing ends fall back to the other figures."""
    vals = [None if v is None or pd.isna(v) else int(v) for v in (low, best, high)]  # type: ignore[call-overload]
    lo = next((v for v in vals if v is not None), None)
    hi = next((v for v in reversed(vals) if v is not None), None)
    return lo, hi


def _as_ts(value: DateLike) -> pd.Timestamp | None:
    return None if value is None or value == "" else pd.Timestamp(value)


def _with_spans(df: pd.DataFrame) -> pd.DataFrame:
    """Add span_low / span_high (nullable Int64): the range each claim supports."""
    spans = [span(r.value_low, r.value_best, r.value_high) for r in df.itertuples()]
    lows = pd.Series([s[0] for s in spans], index=df.index, dtype="Int64")
    highs = pd.Series([s[1] for s in spans], index=df.index, dtype="Int64")
    return df.assign(span_low=lows, span_high=highs)


def range_text(low: object, high: object) -> str:
    """'15,000' when both ends agree, else '1,000 to 3,000'; 'no figure' when an end is missing."""
    if low is None or high is None or pd.isna(low) or pd.isna(high):  # type: ignore[call-overload]
        return "no figure"
    lo, hi = int(str(low)), int(str(high))
    return f"{lo:,}" if lo == hi else f"{lo:,} to {hi:,}"


def hedge_text(qualifier: object, cue: object) -> str:
    """'estimated (estimates)': the qualifier with the source's own words, unless they are the same."""
    qual = "" if qualifier is None or pd.isna(qualifier) else str(qualifier)  # type: ignore[call-overload]
    words = "" if cue is None or pd.isna(cue) else str(cue).strip()  # type: ignore[call-overload]
    return f"{qual} ({words})" if words and words.lower() != qual else qual


def _as_date(value: DateLike) -> date | None:
    stamp = _as_ts(value)
    return None if stamp is None else stamp.date()


def _select(
    metric: str | list[str],
    as_of: DateLike = None,
    claimants: list[str] | str | None = None,
    claims: pd.DataFrame | None = None,
    include_partial: bool = False,
) -> pd.DataFrame:
    df = given(claims, "claims")
    # One mask, one copy: filtering a wide frame step by step copies every column each time,
    # and helpers that re-run an estimate at every date call this dozens of times.
    metrics = [metric] if isinstance(metric, str) else list(metric)
    keep = df["metric"].isin(metrics)
    if not include_partial:  # a one-week or one-unit figure is not an estimate of the whole
        keep &= df["scope"] != "part"
    cutoff = _as_ts(as_of)
    if cutoff is not None:
        keep &= df["reported_on"] <= cutoff
    if claimants:
        keep &= df["claimant"].isin([claimants] if isinstance(claimants, str) else claimants)
    df = df[keep.fillna(False)]
    rank = df["confidence"].astype(str).map(_CONFIDENCE_RANK).fillna(9)
    return df.assign(_rank=rank).sort_values(["reported_on", "_rank", "claim_id"], ascending=[True, False, True])


def _opt(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[call-overload]


def _text(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)  # type: ignore[call-overload]


def estimate_from_row(row: pd.Series) -> Estimate:
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
    )


def contingent_totals(
    metric: str,
    as_of: DateLike = None,
    claimant: str | None = None,
    claims: pd.DataFrame | None = None,
) -> list[Estimate]:
    """Named contingents given only in parts, each claimant's parts added up (see the module notes).

    Rows with ``scope`` part and a ``component_of`` slug are grouped by (slug, claimant, planned
    or not); a row that a later row ``supersedes`` drops out. A group of two or more parts
    becomes one ``Estimate`` whose low, best and high are the sums of the parts' (best only
    when every part has one), dated on its newest part, with the parts listed in ``note``.
    A single part is never offered as the whole, and a group is left out when the same
    claimant gave a whole figure for the contingent at least as recently.
    """
    df = given(claims, "claims")
    if "component_of" not in df.columns:
        return []
    df = df[(df["metric"] == metric) & df["component_of"].notna()]
    cutoff = _as_ts(as_of)
    if cutoff is not None:
        df = df[df["reported_on"] <= cutoff]
    if claimant:
        df = df[df["claimant"] == claimant]
    superseded = set(df["supersedes"].dropna().astype(str))
    df = df[~df["claim_id"].astype(str).isin(superseded)]
    is_part = df["scope"].astype(str) == "part"
    wholes, parts = df[~is_part], df[is_part]
    planned = parts["qualifier"].astype(str) == "planned"
    keys = [parts["component_of"].astype(str), parts["claimant"].astype(str), planned]
    out = []
    for (slug, who, _), group in parts.groupby(keys, sort=True):
        newest = group["reported_on"].max()
        whole = wholes[(wholes["component_of"] == slug) & (wholes["claimant"] == who)]
        if len(group) < 2 or (whole["reported_on"] >= newest).any():
            continue
        group = group.sort_values(["reported_on", "claim_id"])
        spans = [span(r.value_low, r.value_best, r.value_high) for r in group.itertuples()]
        bests = [_opt(v) for v in group["value_best"]]
        qualifiers = sorted(set(group["qualifier"].astype(str)))
        listed = " + ".join(f"{estimate_from_row(r).figure()} [{r['claim_id']}]" for _, r in group.iterrows())
        out.append(
            Estimate(
                metric=metric,
                low=_sum_opt([s[0] for s in spans]),
                best=_sum_opt(bests),
                high=_sum_opt([s[1] for s in spans]),
                claim_ids=tuple(str(c) for c in group["claim_id"]),
                claimants=(str(who),),
                reported_on=newest.date(),
                qualifier=qualifiers[0] if len(qualifiers) == 1 else "combined",
                source_id=str(group["source_id"].iloc[-1]),
                note=f"{slug}: sum of {len(group)} parts: {listed}",
            )
        )
    return out


def latest_estimate(
    metric: str,
    as_of: DateLike = None,
    claimant: str | None = None,
    claims: pd.DataFrame | None = None,
) -> Estimate | None:
    """The most recent claim for ``metric`` made on or before ``as_of`` (optionally by one claimant).

    Ties on the same day go to the better-graded claim, then the lower claim_id. A contingent
    given only in parts (``contingent_totals``) counts as one claim, dated on its newest part;
    a whole figure wins a tie with it. Returns None when no claim qualifies.
    """
    df = _select(metric, as_of, claimant, claims)
    combined = contingent_totals(metric, as_of, claimant, claims)
    newest = max(combined, key=lambda e: (e.reported_on or date.min, e.claim_ids), default=None)
    if df.empty:
        return newest
    row = df.iloc[-1]
    if newest is not None and newest.reported_on and newest.reported_on > row["reported_on"].date():
        return newest
    others = df[(df["reported_on"] == row["reported_on"]) & (df["claim_id"] != row["claim_id"])]
    est = estimate_from_row(row)
    if not others.empty:
        alt = "; ".join(f"{estimate_from_row(r).describe()} [{r['claim_id']}]" for _, r in others.iterrows())
        est = Estimate(**{**est.__dict__, "note": f"same day: {alt}"})
    return est


def compare_claimants(metric: str, as_of: DateLike = None, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """The latest figure per claimant, side by side, with range, hedge and claim id.

    Columns: claimant, reported_on, value_low, value_best, value_high, span_low, span_high,
    qualifier, cue, value_cue, claim_id, source_id. Sorted by reported_on.
    """
    df = _select(metric, as_of, None, claims)
    latest = df.groupby("claimant", observed=True).tail(1)
    out = _with_spans(latest)
    cols = [
        "claimant",
        "reported_on",
        "value_low",
        "value_best",
        "value_high",
        "span_low",
        "span_high",
        "qualifier",
        "cue",
        "value_cue",
        "claim_id",
        "source_id",
    ]
    out = out[cols].sort_values(["reported_on", "claim_id"]).reset_index(drop=True)
    out["claimant"] = out["claimant"].astype(str)
    return out


def estimate_history(
    metric: str | list[str],
    claimants: list[str] | None = None,
    as_of: DateLike = None,
    claims: pd.DataFrame | None = None,
    include_partial: bool = False,
) -> pd.DataFrame:
    """Every figure for ``metric`` over time, ready to chart as ranges.

    Adds ``span_low``/``span_high`` (the range each claim supports) and ``point`` (the
    central figure, else the single bound given), one row per claim, sorted by date.
    Figures about only part of the whole (``scope`` part) are left out unless asked for.
    """
    df = _select(metric, as_of, claimants, claims, include_partial).drop(columns="_rank")
    spans = [span(r.value_low, r.value_best, r.value_high) for r in df.itertuples()]
    df = df.assign(
        span_low=pd.array([s[0] for s in spans], dtype="Int64"),
        span_high=pd.array([s[1] for s in spans], dtype="Int64"),
    )
    df["point"] = df["value_best"].fillna(df["value_low"]).fillna(df["value_high"])
    return df.reset_index(drop=True)


def conservative_estimate(metric: str, as_of: DateLike = None, claims: pd.DataFrame | None = None) -> Estimate | None:
    """ACLED's rule: the lowest credible figure among each claimant's latest, dispute noted.

    The lowest figure is the smallest lower end of the claimants' latest ranges; the note
    lists the spread across claimants when they disagree.
    """
    table = compare_claimants(metric, as_of, claims)
    table = table.dropna(subset=["span_low"])
    if table.empty:
        return None
    low_row = table.sort_values(["span_low", "reported_on"]).iloc[0]
    lowest = int(str(low_row["span_low"]))
    highest = max(int(v) for v in table["span_high"].dropna())
    disputed = table["span_low"].nunique() > 1 or highest != lowest
    note = ""
    if disputed:
        others = ", ".join(
            f"{who} {range_text(lo, hi)}"
            for who, lo, hi in zip(table["claimant"], table["span_low"], table["span_high"], strict=True)
        )
        note = f"disputed: claimants' latest figures range up to {highest:,} ({others})"
    return Estimate(
        metric=metric,
        low=lowest,
        best=None,
        high=None,
        claim_ids=(str(low_row["claim_id"]),),
        claimants=(str(low_row["claimant"]),),
        reported_on=low_row["reported_on"].date(),
        qualifier=str(low_row["qualifier"]),
        cue=_text(low_row["cue"]),
        source_id=str(low_row["source_id"]),
        note=note,
    )


def _period_end(row: pd.Series) -> pd.Timestamp:
    return pd.Timestamp(row["period_end"] if pd.notna(row["period_end"]) else row["reported_on"])


def _sum_opt(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def deployed_total(as_of: DateLike = None, claims: pd.DataFrame | None = None) -> Estimate | None:
    """Troops sent to Russia up to ``as_of``: the latest cumulative total plus later contingents.

    The base is the ``troops_deployed`` claim whose period reaches furthest (then the newest).
    Each ``troops_deployed_additional`` contingent whose period starts after the base's period
    ends is added; claims about the same contingent (same start month) are merged into one range
    across claimants. Low adds the low ends, high the high ends; best adds the central figures
    when every part has one.
    """
    bases = _select("troops_deployed", as_of, None, claims)
    if bases.empty:
        return None
    # The base is the total that reaches furthest in time (a May report about 2024 alone
    # does not replace an April total that runs to April); then the newest claim.
    bases = bases.assign(_covers=bases["period_end"].fillna(bases["reported_on"]))
    order = ["_covers", "reported_on", "_rank", "claim_id"]
    base = bases.sort_values(order, ascending=[True, True, False, True]).iloc[-1]
    base_end = _period_end(base)
    adds = _select("troops_deployed_additional", as_of, None, claims)
    # Only a contingent that began after the base's period is surely not in the base already.
    adds = adds[adds["period_start"].notna() & (adds["period_start"] > base_end)]
    lo, hi = span(base["value_low"], base["value_best"], base["value_high"])
    lows: list[int | None] = [lo]
    highs: list[int | None] = [hi]
    bests: list[int | None] = [_opt(base["value_best"])]
    ids, who = [str(base["claim_id"])], [str(base["claimant"])]
    notes = []
    for month, group in adds.groupby(adds["period_start"].dt.to_period("M")):
        spans = [span(r.value_low, r.value_best, r.value_high) for r in group.itertuples()]
        lows.append(min(s[0] for s in spans if s[0] is not None))
        highs.append(max(s[1] for s in spans if s[1] is not None))
        latest = group.iloc[-1]
        bests.append(_opt(latest["value_best"]) if pd.notna(latest["value_best"]) else None)
        ids += [str(c) for c in group["claim_id"]]
        who += [str(c) for c in group["claimant"] if str(c) not in who]
        notes.append(f"contingent from {month}: {len(group)} claim(s), {lows[-1]:,}-{highs[-1]:,}")
    base_note = f"base: {estimate_from_row(base).describe()}"
    return Estimate(
        metric="troops_deployed",
        low=_sum_opt(lows),
        best=_sum_opt(bests),
        high=_sum_opt(highs),
        claim_ids=tuple(ids),
        claimants=tuple(who),
        reported_on=_as_date(as_of),
        qualifier=None,
        note="; ".join([base_note, *notes]),
    )


CASUALTY_METRIC = "casualties_killed_or_wounded"


def loss_ratio(as_of: DateLike = None, claims: pd.DataFrame | None = None) -> Ratio | None:
    """Killed-or-wounded over troops deployed, as a range.

    Numerator: each claimant's latest casualty figure; its range runs from the lowest to
    the highest of them. Denominator: ``deployed_total``. The ratio's low end divides the
    lowest casualties by the highest deployment, the high end the reverse.
    """
    table = compare_claimants(CASUALTY_METRIC, as_of, claims)
    deployed = deployed_total(as_of, claims)
    if table.empty or deployed is None:
        return None
    c_lo, c_hi = int(table["span_low"].min()), int(table["span_high"].max())
    d_lo, d_hi = deployed.span
    if not d_lo or not d_hi:
        return None
    casualties = Estimate(
        metric=CASUALTY_METRIC,
        low=c_lo,
        best=None,
        high=c_hi,
        claim_ids=tuple(table["claim_id"]),
        claimants=tuple(table["claimant"]),
        reported_on=_as_date(as_of),
    )
    return Ratio(
        low=c_lo / d_hi,
        high=c_hi / d_lo,
        numerator=casualties,
        denominator=deployed,
        claim_ids=casualties.claim_ids + deployed.claim_ids,
        note=f"casualties {c_lo:,}-{c_hi:,} over deployed {d_lo:,}-{d_hi:,}",
    )
