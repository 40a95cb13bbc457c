"""Events in order, with the span each one covers at its date precision, and worded for reading.

Each date is written only as precisely as the source gives it: an event known only to the
month reads 'March 2025', never '2025-03-01' (which would claim a day nobody reported); a
multi-day event reads as its span.

Data quirks:
- An event known only to the month ("in January") is stored on the first of the month
  with ``date_precision`` month; its span runs to the last day of that month, so a chart
  draws it as a month, not as a day. Year-precise events span the whole year.
- ``date_end`` (when given) wins over the span implied by the precision.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.data.tables import given, split_list
from analysis.measures import names, words
from analysis.measures.dates import DateLike, in_data, stamp


def period_end(start: pd.Series, precision: pd.Series) -> pd.Series:
    """Last day covered by a date at a given precision (day | month | year)."""
    month_end = start + pd.offsets.MonthEnd(0)
    year_end = start + pd.offsets.YearEnd(0)
    prec = precision.astype(str)
    return start.where(prec == "day", month_end.where(prec == "month", year_end))


def timeline(
    categories: names.Names = None,
    *,
    as_of: DateLike = None,
    start: DateLike = None,
    events: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Events overlapping [start, as_of], optionally only some categories, in date order.

    ``categories`` are ``events.category`` names (one, several, or None for all; a misspelt one
    is a ``ParameterError`` naming the closest); ``start`` and ``as_of`` are dates within the
    data. Adds ``span_end`` (the last day the event may cover) and ``actor_list``. An event
    overlaps the window when any day of its span lies inside it.
    """
    df = given(events, "events").copy()
    wanted = names.categories(categories)
    first = stamp(in_data("start", start, df["date"]))
    last = stamp(in_data("as_of", as_of, df["date"]))
    implied = period_end(df["date"], df["date_precision"])
    df["span_end"] = df["date_end"].fillna(implied)
    if first is not None:
        df = df[df["span_end"] >= first]
    if last is not None:
        df = df[df["date"] <= last]
    if wanted:
        df = df[df["category"].isin(wanted)]
    df = df.assign(actor_list=df["actors"].astype(str).map(split_list))
    return df.sort_values(["date", "event_id"]).reset_index(drop=True)


def date_label(date: pd.Timestamp, precision: object, date_end: object = None) -> str:
    """'2025-03-27', 'March 2025', '2024', or '2025-03-25 to 2025-03-27' for a span.

    ``date_end`` within the same month (or year) as a month- (or year-) precise date adds
    nothing: the label stays 'March 2025'.
    """
    prec = str(precision) if precision is not None and not pd.isna(precision) else "day"  # type: ignore[call-overload]
    if prec == "year":
        text = f"{date:%Y}"
    elif prec == "month":
        text = f"{date:%B %Y}"
    else:
        text = f"{date:%Y-%m-%d}"
    end_day = None if date_end is None or pd.isna(date_end) else pd.Timestamp(str(date_end))  # type: ignore[call-overload]
    if end_day is not None and end_day > date:
        end = date_label(end_day, prec)
        return text if end == text else f"{text} to {end}"  # "March 2025" ends within March 2025
    return text


def date_words(date: pd.Timestamp, precision: object, date_end: object = None) -> str:
    """``date_label`` for a sentence: a day as '16 March 2026' (a span '8 October 2024 to 13
    October 2024'), a month or year as ``date_label`` gives it."""
    label = date_label(date, precision, date_end)
    return re.sub(r"\d{4}-\d{2}-\d{2}", lambda m: words.day(m.group()), label)


def events_table(events: pd.DataFrame) -> pd.DataFrame:
    """``timeline`` output as a reading table: when (at its precision), precision, category,
    what happened, who was involved, and the source and event ids. Order kept.
    """
    return pd.DataFrame(
        {
            "when": [
                date_label(pd.Timestamp(d), p, e)
                for d, p, e in zip(events["date"], events["date_precision"], events["date_end"], strict=True)
            ],
            "precision": events["date_precision"].astype(str).replace("nan", "day"),
            "category": events["category"].astype(str),
            "what happened": events["description"],
            "actors": events["actors"],
            "source_id": events["source_id"],
            "event_id": events["event_id"],
        }
    ).reset_index(drop=True)


def category_counts(events: pd.DataFrame, categories: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """Events per category (in the order given): total, and how many are known only to the month or year."""
    cats = events["category"].astype(str)
    coarse = events["date_precision"].astype(str).isin(["month", "year"])
    rows = [
        {"category": c, "events": int((cats == c).sum()), "month or year only": int(((cats == c) & coarse).sum())}
        for c in categories
    ]
    return pd.DataFrame(rows, columns=["category", "events", "month or year only"])


def actor_counts(events: pd.DataFrame) -> pd.DataFrame:
    """How many events each actor takes part in: columns actor, events; most first (ties by name)."""
    actors = pd.Series([a for cell in events["actors"].astype(str) for a in split_list(cell)], dtype=str)
    counts = actors.value_counts().sort_index().sort_values(ascending=False, kind="stable")
    return pd.DataFrame({"actor": counts.index.astype(str), "events": counts.to_numpy(dtype=int)})


__all__ = [
    "actor_counts",
    "category_counts",
    "date_label",
    "events_table",
    "period_end",
    "timeline",
]
