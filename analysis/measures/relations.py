"""Like with like, defined once: how two claims relate, and the current picture of a measure.

Two claims are a **disagreement**, an **agreement**, a **revision**, a **trend** or
**unrelated**. The rule is written out in words in the schema's ``x-methods``
("like-with-like", "current-picture"; the codebook prints them, and so do the briefs), and
its two numbers are read from there: ``window_days`` and ``tolerance``. In short: claims
are compared only when they count the same measure over the same scope at the same time;
then different claimants disagree when their ranges cannot hold the same number, a
claimant's own later figure is a revision, and figures further apart in time are a trend.

Every report and key point that speaks of disagreement asks ``relation`` (through
``pairs``, ``current`` and ``by_claimant.disagreements``), so no two of them can disagree
about what a disagreement is.

Data quirks:
- The day a figure describes is the end of its period, else the day it was given; a plan
  describes the day it was given; a new contingent (``troops_deployed_additional``)
  describes the month it set out, so every claim about one contingent is of the same time
  however late it was made. Contingents that set out in different months, and plans for
  different months, are different things (unrelated), never a trend.
- Figures about part of the whole (``scope`` part) are compared with nothing; a claimant's
  parts of one named contingent (``component_of``) are revisions of each other.
- A capacity-based figure (``basis`` capacity: the rounds the containers could hold) is an
  upper-style equivalent, not an estimate of what was sent: it is compared only with other
  capacity-based figures (a DIA's 9.4 million rounds' worth of containers does not dispute
  a president's 3.5 million shells).
- Troops there now are a stock whose regions are parts of it: figures that name different places
  (in Kursk, in Russia as a whole) are unrelated (the HUR's 12,000 in Russia and the State
  Department's up to 8,000 in Kursk do not disagree). Other measures are compared whatever region
  a source names, since there the region says where losses or deployments happened, not which
  part of the whole is counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

import pandas as pd

from analysis.data import schema
from analysis.measures.bounds import Bounds

DISAGREEMENT, AGREEMENT, REVISION, TREND, UNRELATED, SAME = (
    "disagreement",
    "agreement",
    "revision",
    "trend",
    "unrelated",
    "same claim",
)
CONTINGENT_METRICS = ("troops_deployed_additional",)
PLACE_METRICS = ("troops_present",)  # a stock of troops: a region's share of it is another figure


def _parameter(name: str) -> Any:
    for method in schema.package().get("x-methods", []):
        if name in method.get("parameters", {}):
            return method["parameters"][name]
    raise KeyError(f"data/datapackage.json x-methods has no parameter {name!r}")


def window_days() -> int:
    """How many days apart two figures may describe and still be of the same time (``x-methods``)."""
    return int(_parameter("window_days"))


def tolerance() -> float:
    """How far (a fraction) two ranges may miss each other and still be the same figure, rounded."""
    return float(_parameter("tolerance"))


@dataclass(frozen=True)
class Claim:
    """What the rule reads of one claim."""

    claim_id: str
    claimant: str
    metric: str
    reported_on: date
    describes: date
    bounds: Bounds
    whole: bool = True
    planned: bool = False
    wave: str = ""  # the month a contingent (or a plan) starts, 'YYYY-MM'; '' when not given
    component_of: str = ""
    capacity: bool = False  # derived from what containers or transport could hold, not a count
    place: str = ""  # for troops there now, the region named ('' for Russia as a whole)


def _day(value: object) -> date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()  # type: ignore[call-overload, arg-type]


def claim_of(row: Any) -> Claim:
    """A ``Claim`` from a row of the claims table (a Series or an ``itertuples`` row)."""
    get = row.get if isinstance(row, pd.Series) else lambda k, d=None: getattr(row, k, d)
    metric, qualifier = str(get("metric")), str(get("qualifier"))
    reported = _day(get("reported_on"))
    assert reported is not None, "a claim has a reported_on date"
    start, end = _day(get("period_start")), _day(get("period_end"))
    planned = qualifier == "planned"
    keyed = metric in CONTINGENT_METRICS or planned
    wave = f"{start:%Y-%m}" if keyed and start is not None else ""
    if metric in CONTINGENT_METRICS and start is not None:
        describes = start.replace(day=1)
    elif planned:
        describes = reported
    else:
        describes = end or reported
    part = get("component_of")
    return Claim(
        claim_id=str(get("claim_id")),
        claimant=str(get("claimant")),
        metric=metric,
        reported_on=reported,
        describes=describes,
        bounds=Bounds.of_claim(get("value_low"), get("value_best"), get("value_high")),
        whole=str(get("scope")) != "part",
        planned=planned,
        wave=wave,
        component_of="" if part is None or pd.isna(part) else str(part),
        capacity=str(get("basis")) == "capacity",
        place=_place(get("location")) if metric in PLACE_METRICS else "",
    )


def _place(value: Any) -> str:
    return "" if value is None or pd.isna(value) else str(value).strip()


def _kind(c: Claim) -> tuple[object, ...]:
    """What two claims must share to be compared at all: measure, scope, plan, wave, basis, place."""
    return (c.metric, c.whole, c.planned, c.wave, c.capacity, c.place)


def relation(a: Claim, b: Claim, window: int | None = None, slack: float | None = None) -> str:
    """How claim ``b`` relates to claim ``a`` (symmetric): one of the six relations above.

    ``window`` and ``slack`` default to the schema's ``window_days`` and ``tolerance``.
    """
    if a.claim_id == b.claim_id:
        return SAME
    if _kind(a) != _kind(b):
        return UNRELATED
    if not a.whole and (not a.component_of or a.component_of != b.component_of):
        return UNRELATED
    if a.claimant == b.claimant:
        return REVISION
    if not a.whole:
        return UNRELATED
    days = window_days() if window is None else window
    if abs((a.describes - b.describes).days) > days:
        return TREND
    return DISAGREEMENT if a.bounds.apart(b.bounds, tolerance() if slack is None else slack) else AGREEMENT


def pairs(claims: pd.DataFrame, kinds: tuple[str, ...] = (DISAGREEMENT,)) -> pd.DataFrame:
    """Every pair of claims whose relation is one of ``kinds``, the lower figure first.

    Columns: relation, metric, then for ``lower`` and ``higher``: claim_id, claimant,
    reported_on, describes; and ``times`` (how many times the lower figure the higher one is at
    least: its low end over the other's high end; NaN when an end is open). The order of the
    rows of ``claims`` changes nothing: pairs come sorted by metric and claim ids.
    """
    found = sorted((claim_of(r) for r in claims.itertuples(index=False)), key=lambda c: (c.metric, c.claim_id))
    window, slack = window_days(), tolerance()
    rows = []
    for a, b in combinations(found, 2):
        kind = relation(a, b, window, slack)
        if kind not in kinds:
            continue
        low, high = sorted((a, b), key=lambda c: (_order(c.bounds), c.claim_id))
        times = (high.bounds.low / low.bounds.high) if high.bounds.low and low.bounds.high else float("nan")
        rows.append(
            {
                "relation": kind,
                "metric": a.metric,
                **{f"lower_{k}": v for k, v in _sides(low).items()},
                **{f"higher_{k}": v for k, v in _sides(high).items()},
                "times": times,
            }
        )
    columns = ["relation", "metric"] + [f"{s}_{k}" for s in ("lower", "higher") for k in _SIDE] + ["times"]
    return pd.DataFrame(rows, columns=columns)


_SIDE = ("claim_id", "claimant", "reported_on", "describes")


def _sides(c: Claim) -> dict[str, object]:
    return {
        "claim_id": c.claim_id,
        "claimant": c.claimant,
        "reported_on": pd.Timestamp(c.reported_on),
        "describes": pd.Timestamp(c.describes),
    }


def _order(b: Bounds) -> tuple[float, float]:
    """Lower ranges first: by their high end (open counts as infinite), then their low end."""
    return (b.high if b.high is not None else float("inf"), b.low if b.low is not None else 0.0)


def current(claims: pd.DataFrame) -> pd.DataFrame:
    """The current picture of one measure: the newest claim and every other claimant's latest
    claim of the same time (an agreement or a disagreement with it). ``claims`` must hold one
    metric, sorted oldest first (as ``estimate_history`` gives them); rows are kept in that order.
    """
    if claims.empty:
        return claims
    latest = claims.groupby(claims["claimant"].astype(str), observed=True, sort=False).tail(1)
    newest = claim_of(claims.iloc[-1])
    window, slack = window_days(), tolerance()
    keep = [
        relation(newest, claim_of(r), window, slack) in (SAME, AGREEMENT, DISAGREEMENT) for _, r in latest.iterrows()
    ]
    return latest[keep]
