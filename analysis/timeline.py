"""Events in order, with the span each one covers at its date precision.

Data quirks:
- An event known only to the month ("in January") is stored on the first of the month
  with ``date_precision`` month; its span runs to the last day of that month, so a chart
  draws it as a month, not as a day. Year-precise events span the whole year.
- ``date_end`` (when given) wins over the span implied by the precision.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.dataset import load_events, split_list

DateLike = str | pd.Timestamp | None


def period_end(start: pd.Series, precision: pd.Series) -> pd.Series:
    """Last day covered by a date at a given precision (day | month | year)."""
    month_end = start + pd.offsets.MonthEnd(0)
    year_end = start + pd.offsets.YearEnd(0)
    prec = precision.astype(str)
    return start.where(prec == "day", month_end.where(prec == "month", year_end))


def timeline(
    start: DateLike = None,
    end: DateLike = None,
    categories: list[str] | None = None,
    events: pd.DataFrame | None = None,
    data_dir: Path | None = None,
) -> pd.DataFrame:
    """Events overlapping [start, end], optionally only some categories, in date order.

    Adds ``span_end`` (the last day the event may cover) and ``actor_list``. An event
    overlaps the window when any day of its span lies inside it.
    """
    df = load_events(data_dir) if events is None else events.copy()
    implied = period_end(df["date"], df["date_precision"])
    df["span_end"] = df["date_end"].fillna(implied)
    if start is not None:
        df = df[df["span_end"] >= pd.Timestamp(start)]
    if end is not None:
        df = df[df["date"] <= pd.Timestamp(end)]
    if categories:
        df = df[df["category"].isin(categories)]
    df = df.assign(actor_list=df["actors"].astype(str).map(split_list))
    return df.sort_values(["date", "event_id"]).reset_index(drop=True)
