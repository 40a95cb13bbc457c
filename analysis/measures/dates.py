"""Dates as the measures take them: one type, one parser, one range check, calendar steps that never fail.

``DateLike`` is what every helper accepts for ``as_of`` (and ``since``, ``start``): a
``YYYY-MM-DD`` string, a ``datetime.date`` or ``datetime``, a pandas ``Timestamp``, or
None / "" for "no cut-off". ``as_day`` turns it into a ``datetime.date`` or raises
``ParameterError`` naming the parameter (never pandas' own parse error); ``in_data`` refuses
a day before the data begins or after today.

Data quirks:
- A year before 29 February is 28 February: ``years_before`` steps back by calendar years
  and lands on the last day of the month when the day does not exist in that year (never a
  ``ValueError`` from ``date.replace``); before the first year of the calendar it stops at
  ``date.min``.
- The data begins on the earliest date of the dataset (claims' ``reported_on`` and events'
  ``date``, as the report runner counts it); a frame of made-up claims that starts earlier
  extends that, so helpers work on test tables too.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from functools import lru_cache

import pandas as pd

from analysis import paths
from analysis.errors import DataError, ParameterError

DateLike = str | date | datetime | pd.Timestamp | None

ISO = "a date as YYYY-MM-DD"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def as_day(value: object, name: str = "as_of") -> date | None:
    """``value`` as a ``datetime.date``; None for None, "" or NaT; ``ParameterError`` otherwise."""
    if value is None or value is pd.NaT or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:  # 2025-02-30
            pass
    raise ParameterError(name, value, ISO)


def years_before(day: date, years: int = 1) -> date:
    """The same day ``years`` calendar years earlier: 2024-02-29 -> 2023-02-28; never before ``date.min``."""
    year = day.year - years
    if year < date.min.year:
        return date.min
    last = calendar.monthrange(year, day.month)[1]
    return day.replace(year=year, day=min(day.day, last))


def day_text(day: DateLike) -> str:
    """'2 September 2025' (no leading zero): how a date reads in a sentence; '' for no date."""
    found = as_day(day, "date")
    return "" if found is None else f"{found.day} {found:%B %Y}"


@lru_cache(maxsize=4)
def _first_day_cached(key: tuple[int, int]) -> date | None:
    from analysis.data.tables import dataset_dates

    try:
        return dataset_dates()[0]
    except (DataError, OSError):
        return None


def data_first_day() -> date | None:
    """The dataset's first date (claims and events), or None when the dataset is not built."""
    clean = paths.clean_dir(paths.DATA_DIR)
    stamps = []
    for table in ("claims", "events"):
        try:
            stamps.append((clean / f"{table}.csv").stat().st_mtime_ns)
        except OSError:
            stamps.append(0)
    return _first_day_cached((stamps[0], stamps[1]))


def in_data(name: str, value: object, *frames: pd.Series, today: date | None = None) -> date | None:
    """``value`` as a date (``as_day``) that lies within the data: from its first day to today.

    ``frames`` are date columns of the tables in hand (e.g. ``claims["reported_on"]``); their
    earliest date extends the dataset's first day, so made-up tables work too.
    """
    day = as_day(value, name)
    if day is None:
        return None
    firsts = [d for d in (data_first_day(), *(_earliest(s) for s in frames)) if d is not None]
    first, last = (min(firsts) if firsts else None), today or date.today()
    if (first is not None and day < first) or day > last:
        raise ParameterError(name, value, f"a date within the data, {first or '...'} to {last} (today)")
    return day


def _earliest(column: pd.Series) -> date | None:
    stamp = column.min() if len(column) else pd.NaT
    return None if pd.isna(stamp) else pd.Timestamp(stamp).date()


def stamp(day: date | None) -> pd.Timestamp | None:
    """A checked day as the ``Timestamp`` the frames compare with."""
    return None if day is None else pd.Timestamp(day)
