"""The preamble every report notebook calls once: the day, the claimants, the claims known that day, the source line.

``preamble(as_of, claimants=...)`` checks ``as_of`` (empty: the newest date in the dataset;
any day from the dataset's first to today, ``analysis.params.check_as_of``) and the
claimants (names or aliases, ``names.claimants``) once, loads the tables once, and returns a
``Brief``: the claims visible on that day, those of the claimants asked for, the line every
chart cites, and the checks a notebook's other parameters need (``brief.date``,
``brief.among``). A notebook then states only what it shows.

Data quirks: the claims are cut at ``as_of`` (a claim reported later is not known on that
day); events are cut the same way, so a brief never mentions what had not happened yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from analysis import params
from analysis.data import schema
from analysis.data.codebook import methods
from analysis.data.tables import dataset_dates, load
from analysis.measures import names, words
from analysis.measures.dates import years_before


@dataclass(frozen=True)
class Brief:
    """What a report knows once its parameters are checked."""

    as_of: dt.date
    first_day: dt.date
    last_day: dt.date
    claimants: list[str] | None  # the claimants asked for; None: every claimant
    claims: pd.DataFrame  # every claim reported up to as_of, by any claimant
    selected: pd.DataFrame  # those of ``claimants``
    events: pd.DataFrame  # events dated up to as_of
    sources: pd.DataFrame  # every source
    source_line: str  # what every chart cites

    def title(self, name: str) -> str:
        """A dated title: 'Situation report, 16 March 2026'."""
        return f"{name}, {words.day(self.as_of)}"

    def date(
        self,
        name: str,
        value: object,
        *,
        default: dt.date,
        earliest: dt.date | None = None,
        latest: dt.date | None = None,
    ) -> dt.date:
        """Another date parameter: empty means ``default``; from ``earliest`` (the dataset's first day)
        to ``latest`` (``as_of``)."""
        return params.check_date(name, value, earliest or self.first_day, latest or self.as_of, default=default)

    def among(self, name: str, value: object, allowed: Iterable[str]) -> list[str]:
        """A list parameter of measures (code names or labels) from ``allowed``; empty means all of them."""
        every = list(allowed)
        chosen = names.among(value if isinstance(value, str | list | tuple) else None, every, name)
        return chosen or every

    def categories(self, name: str, value: object) -> list[str]:
        """A list parameter of event categories; empty means every category."""
        chosen = names.categories(value if isinstance(value, str | list | tuple) else None, name)
        return chosen or list(schema.vocabulary("events", "category"))

    def year_before(self) -> dt.date:
        """The day a year before ``as_of`` (29 February steps to 28 February), not before the data."""
        later: dt.date = max(years_before(self.as_of), self.first_day)
        return later

    @staticmethod
    def methods(*wanted: str) -> list[tuple[str, str]]:
        """(title, text) of the schema's methods (``x-methods``, all when none is named), worded
        once for the codebook and every brief."""
        return [(title, text) for key, title, text in methods() if not wanted or key in wanted]


def preamble(as_of: object = "", *, claimants: object = None, today: dt.date | None = None) -> Brief:
    """Check a report's ``as_of`` and ``claimants`` once and load what it shows (``Brief``).

    A bad value raises ``ParameterError`` with one line naming the parameter, the value and
    what is allowed (the closest claimant names for a misspelt one).
    """
    first_day, last_day = dataset_dates()
    day = params.check_as_of(as_of, first_day, last_day, today=today)
    data = load()
    claims = data["claims"][data["claims"]["reported_on"] <= pd.Timestamp(day)]
    who = names.claimants(claimants if isinstance(claimants, str | list | tuple) else None, data["claims"])
    selected = claims if who is None else claims[claims["claimant"].isin(who)]
    events = data["events"][data["events"]["date"] <= pd.Timestamp(day)]
    line = f"nk-russia dataset v{schema.version()}, claims reported up to {words.day(day)}"
    return Brief(day, first_day, last_day, who, claims, selected, events, data["sources"], line)


__all__ = ["Brief", "preamble"]
