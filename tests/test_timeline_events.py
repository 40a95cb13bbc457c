"""Events are worded only as precisely as their sources date them."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.measures import timeline as ev


def test_date_label_follows_the_precision() -> None:
    day = pd.Timestamp("2025-03-01")
    assert ev.date_label(day, "day") == "2025-03-01"
    assert ev.date_label(day, "month") == "March 2025"
    assert ev.date_label(pd.Timestamp("2024-01-01"), "year") == "2024"
    assert ev.date_label(day, "day", pd.Timestamp("2025-03-03")) == "2025-03-01 to 2025-03-03"
    assert ev.date_label(day, None) == "2025-03-01"


def test_a_sentence_writes_an_events_day_in_words() -> None:
    day = pd.Timestamp("2025-03-01")
    assert ev.date_words(day, "day") == "1 March 2025"
    assert ev.date_words(day, "month") == "March 2025"
    assert ev.date_words(day, "day", pd.Timestamp("2025-03-03")) == "1 March 2025 to 3 March 2025"
    from analysis.measures import headlines

    latest = headlines.event_points(as_of="2026-03-16")[-1]
    assert latest.startswith("The latest, 16 March 2026: "), latest


def test_seed_month_event_reads_as_a_month() -> None:
    events = analysis.timeline(start="2025-01-01", as_of="2025-01-31")
    table = ev.events_table(events)
    seed = table[table["source_id"] == "euronews-2025-03-27-nk-3000-more-troops"]
    assert "January 2025" in set(seed["when"])
    assert (seed.loc[seed["when"] == "January 2025", "precision"] == "month").all()


def test_counts_by_category_and_actor() -> None:
    events = analysis.timeline(as_of="2025-03-27")
    counts = ev.category_counts(events, ["combat", "ceasefire"]).set_index("category")
    assert counts.loc["combat", "events"] == int((events["category"] == "combat").sum())
    assert counts.loc["combat", "month or year only"] >= 1  # the Kursk incursion, August 2024
    actors = ev.actor_counts(events)
    assert list(actors.columns) == ["actor", "events"]
    assert actors["events"].is_monotonic_decreasing and "North Korea" in set(actors["actor"])


def test_a_month_ending_in_its_own_month_is_one_month() -> None:
    start, end = pd.Timestamp("2025-01-01"), pd.Timestamp("2025-01-31")
    assert ev.date_label(start, "month", end) == "January 2025"
    assert ev.date_label(start, "month", pd.Timestamp("2025-02-28")) == "January 2025 to February 2025"
