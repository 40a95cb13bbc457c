"""Ranges whose ends keep their kind: interval arithmetic for claimed figures.

A claim bounds its figure in one of four ways, and each end of its range says which:

- "more than X" (``value_low`` only): the low end is a **floor** X, the high end is open;
- "up to X" (``value_high`` only): the low end is open, the high end a **ceiling** X;
- "about X" (``value_best`` only): both ends are the **point** X, an approximate figure;
- "X to Y": a floor and a ceiling (a central figure, if given, stays beside them).

Sums, unions and ratios of such ranges keep the kind of each end: an end is open when an
operand it rests on is open, a point when an operand it rests on is a point, and a floor or
ceiling only when every operand is one. So a ratio of a floor by a point is a floor, of a
point by a floor a ceiling, and "more than 6,000" never becomes anyone's ceiling.

Data quirks: every quantity here is a count or a share, never negative, so an open low end
stands for zero in a sum ("more than 1,000" plus "up to 500" is more than 1,000) and a
denominator whose low end is open or zero leaves the ratio's high end open.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd

FLOOR, CEILING, POINT, OPEN = "floor", "ceiling", "point", "open"
RANGE, NONE = "range", "none"
KINDS = (FLOOR, CEILING, POINT, RANGE, NONE)  # the kind of a whole range
WORDS = {FLOOR: "more than", CEILING: "up to", POINT: "about"}  # what each kind reads as


def _value(value: object) -> float | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)  # type: ignore[arg-type]


def _weakest(kinds: Iterable[str], hard: str) -> str:
    """The kind of an end resting on ends of these kinds: open beats point beats the hard bound."""
    found = set(kinds)
    return OPEN if OPEN in found else POINT if POINT in found else hard


@dataclass(frozen=True)
class Bounds:
    """A range [low, high] with the kind of each end; an open end has no value (None)."""

    low: float | None = None
    high: float | None = None
    low_kind: str = OPEN  # floor | point | open
    high_kind: str = OPEN  # ceiling | point | open

    def __post_init__(self) -> None:
        if (self.low is None) != (self.low_kind == OPEN) or (self.high is None) != (self.high_kind == OPEN):
            raise ValueError(f"an end has a value exactly when it is not open: {self!r}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")

    @classmethod
    def of_claim(cls, low: object, best: object, high: object) -> Bounds:
        """A claim's range: low -> floor, high -> ceiling, a central figure alone -> a point at both ends."""
        lo, mid, hi = _value(low), _value(best), _value(high)
        low_end = (lo, FLOOR) if lo is not None else (mid, POINT) if mid is not None else (None, OPEN)
        high_end = (hi, CEILING) if hi is not None else (mid, POINT) if mid is not None else (None, OPEN)
        return cls(low_end[0], high_end[0], low_end[1], high_end[1])

    @classmethod
    def point(cls, value: float) -> Bounds:
        """An approximate single figure."""
        return cls(float(value), float(value), POINT, POINT)

    @property
    def kind(self) -> str:
        """The kind of the whole range: floor, ceiling, point, range or none."""
        if self.low is None and self.high is None:
            return NONE
        if self.high is None:
            return FLOOR
        if self.low is None:
            return CEILING
        return POINT if self.low == self.high else RANGE

    @property
    def ends(self) -> tuple[float | None, float | None]:
        """(low, high); an open end is None."""
        return self.low, self.high

    def __add__(self, other: Bounds) -> Bounds:
        """The range of a sum of two non-negative counts, each end keeping its kind."""
        return total([self, other])

    def __truediv__(self, other: Bounds) -> Bounds:
        """The range of ``self / other`` (both non-negative): low over high, high over low."""
        low_kind = _weakest([self.low_kind, other.high_kind], FLOOR)
        high_kind = _weakest([self.high_kind, other.low_kind], CEILING)
        if self.low is None or other.high is None or other.high == 0:
            low_kind = OPEN
        if self.high is None or not other.low:  # dividing by a low end of zero or open: no ceiling
            high_kind = OPEN
        low = None if low_kind == OPEN else self.low / other.high  # type: ignore[operator]
        high = None if high_kind == OPEN else self.high / other.low  # type: ignore[operator]
        return Bounds(low, high, low_kind, high_kind)

    def scaled(self, factor: float) -> Bounds:
        """Both ends times a positive factor (a share as a percentage)."""
        return Bounds(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.low_kind,
            self.high_kind,
        )

    def apart(self, other: Bounds, tolerance: float = 0.0) -> bool:
        """True when the two ranges cannot describe the same figure: one's low end lies more than
        ``tolerance`` (a fraction) above the other's high end. An open end meets everything."""
        return _above(self.low, other.high, tolerance) or _above(other.low, self.high, tolerance)

    def words(self, fmt: Callable[[float, str], str] | None = None, about: bool = False) -> str:
        """The range in words: '4,000', 'about 40%', 'more than 6,000', 'up to 9,000,000', '1,000 to 3,000'.

        ``fmt(value, end_kind)`` writes one end (default: a whole number with separators);
        ``about`` says "about" before a point, for derived figures that were rounded.
        """
        write = fmt or (lambda v, _k: f"{round(v):,}")
        kind = self.kind
        if kind == NONE:
            return "no figure"
        if kind == FLOOR:
            return f"more than {write(self.low, FLOOR)}"  # type: ignore[arg-type]
        if kind == CEILING:
            return f"up to {write(self.high, CEILING)}"  # type: ignore[arg-type]
        low, high = write(self.low, self.low_kind), write(self.high, self.high_kind)  # type: ignore[arg-type]
        if kind == POINT or low == high:
            return f"about {low}" if about and POINT in (self.low_kind, self.high_kind) else low
        return f"{low} to {high}"


def _above(low: float | None, high: float | None, tolerance: float) -> bool:
    return low is not None and high is not None and low > high * (1 + tolerance)


def total(parts: Iterable[Bounds]) -> Bounds:
    """The range of a sum of non-negative counts: lows add up (an open low counts as zero), highs
    add up (one open high leaves the sum open); each end is as firm as its weakest part."""
    items = list(parts)
    if not items:
        return Bounds(0.0, 0.0, FLOOR, CEILING)
    lows = [b.low_kind for b in items]
    low_kind = OPEN if all(k == OPEN for k in lows) else _weakest([k for k in lows if k != OPEN], FLOOR)
    high_kind = _weakest([b.high_kind for b in items], CEILING)
    low = None if low_kind == OPEN else sum(b.low or 0.0 for b in items)
    high = None if high_kind == OPEN else sum(b.high for b in items)  # type: ignore[misc]
    return Bounds(low, high, low_kind, high_kind)


def union(ranges: Iterable[Bounds]) -> Bounds:
    """The range every one of several figures falls in (claimants side by side): the lowest low
    and the highest high; an open end anywhere leaves that end open."""
    items = list(ranges)
    if not items:
        return Bounds()
    if any(b.low is None for b in items):
        low, low_kind = None, OPEN
    else:
        low = min(b.low for b in items)  # type: ignore[type-var]
        low_kind = _weakest([b.low_kind for b in items if b.low == low], FLOOR)
    if any(b.high is None for b in items):
        high, high_kind = None, OPEN
    else:
        high = max(b.high for b in items)  # type: ignore[type-var]
        high_kind = _weakest([b.high_kind for b in items if b.high == high], CEILING)
    return Bounds(low, high, low_kind, high_kind)


def percent(value: float, end: str) -> str:
    """A share as a whole percentage that stays true to its end: a floor rounds down, a ceiling up."""
    pct = value * 100
    shown = math.floor(pct + 1e-9) if end == FLOOR else math.ceil(pct - 1e-9) if end == CEILING else round(pct)
    return f"{shown}%"


def drawn(b: Bounds) -> tuple[float | None, float | None]:
    """The ends a chart draws: an open end is drawn at the other end (with a ▲ or ▼ for its kind)."""
    low = b.low if b.low is not None else b.high
    high = b.high if b.high is not None else b.low
    return low, high
