"""Dates that never fail (29 February, the calendar's edges) and the one formatter for words."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import ParameterError
from analysis.measures import words
from analysis.measures.dates import as_day, day_text, years_before


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(day=st.dates(), years=st.integers(min_value=0, max_value=20))
def test_a_year_before_any_day_is_a_real_day(day: date, years: int) -> None:
    earlier = years_before(day, years)
    assert earlier <= day
    if day.year - years >= 1:
        assert earlier.year == day.year - years and earlier.month == day.month
        assert earlier.day == day.day or (day.month, day.day, earlier.day) == (2, 29, 28)
    else:
        assert earlier == date.min


def test_every_day_of_a_leap_year_and_the_edges() -> None:
    day = date(2024, 1, 1)
    while day.year == 2024:
        assert years_before(day) == (date(2023, 2, 28) if (day.month, day.day) == (2, 29) else day.replace(year=2023))
        day += timedelta(days=1)
    assert years_before(date(2028, 2, 29), 4) == date(2024, 2, 29)
    assert years_before(date.min) == date.min and years_before(date(1, 12, 31)) == date.min
    assert years_before(date.max) == date(9998, 12, 31)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-02-29", date(2024, 2, 29)),
        (" 2025-03-27 ", date(2025, 3, 27)),
        (date(2025, 3, 27), date(2025, 3, 27)),
        (datetime(2025, 3, 27, 12), date(2025, 3, 27)),
        (pd.Timestamp("2025-03-27"), date(2025, 3, 27)),
        ("", None),
        (None, None),
        (pd.NaT, None),
    ],
)
def test_one_date_type(value: object, expected: date | None) -> None:
    assert as_day(value) == expected


@pytest.mark.parametrize("bad", ["2025-02-29", "2025-13-01", "20250327", "27/03/2025", "soon", 20250327, 1.5])
def test_a_bad_date_names_its_parameter(bad: object) -> None:
    with pytest.raises(ParameterError, match=r"^parameter since=.* expected a date as YYYY-MM-DD$"):
        as_day(bad, "since")


def test_counts_have_proper_plurals() -> None:
    assert words.count(1, "claim") == "1 claim"
    assert words.count(2, "claim") == "2 claims"
    assert words.count(0, "claim") == "no claims"
    assert words.count(1200, "new claim") == "1,200 new claims"
    assert words.count(3, "category") == "3 categories" and words.count(2, "day") == "2 days"
    assert words.count(2, "casualty") == "2 casualties"


def test_labels_ranges_and_days() -> None:
    assert words.label("casualties_killed_or_wounded") == "Killed or wounded"
    assert words.lower_label("troops_deployed") == "troops sent (cumulative)"
    assert words.range_text(15000, 15000) == "15,000"  # never "15,000-15,000"
    assert words.range_text(1000, 3000) == "1,000 to 3,000"
    assert words.listing(["A"]) == "A" and words.listing(["A", "B", "C"]) == "A, B and C"
    assert day_text("2026-03-16") == "16 March 2026" and day_text("2025-09-02") == "2 September 2025"
