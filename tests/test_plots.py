"""Chart helpers draw, carry a title, axis units and a source line, one series per claimant."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.legend import Legend

import analysis
from analysis.present import charts


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.texts]


def _legend(fig: Figure) -> list[str]:
    return [t.get_text() for lg in fig.findobj(Legend) for t in lg.get_texts()]


def test_estimate_chart_has_one_series_per_claimant() -> None:
    history = analysis.estimate_history("casualties_killed_or_wounded")
    names = sorted(history["claimant"].astype(str).unique())[:3]
    fig = charts.estimate_chart(history, "Killed or wounded", "soldiers", "test data", claimants=names)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Killed or wounded"
    assert ax.get_ylabel() == "soldiers"
    assert "Source: test data" in _texts(fig)
    assert sorted(_legend(fig)) == sorted(names)
    assert len(ax.collections) >= len(names)  # a range bar collection per claimant
    assert set(fig.key) == set(names) and fig.alt.startswith("Chart: Killed or wounded.")


def test_estimate_chart_shows_claimant_without_claims() -> None:
    history = analysis.estimate_history("killed").iloc[:0]
    fig = charts.estimate_chart(history, "t", "soldiers", "s", claimants=["Nobody"])
    assert _legend(fig) == ["Nobody (no claims)"]
    assert "no claims to show" in fig.alt


def test_timeline_chart_draws_month_events_as_bars() -> None:
    events = analysis.timeline(as_of="2025-03-27")
    fig = charts.timeline_chart(events, "Events", "test data")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Events"
    assert any(type(c).__name__ == "PolyCollection" or "Bar" in type(c).__name__ for c in ax.collections)
    assert "Source: test data" in _texts(fig)


def test_range_chart_and_png_are_deterministic() -> None:
    rows = pd.DataFrame({"label": ["A", "B"], "low": [1000, 3000], "high": [3000, 5000], "best": [2000, 4000]})
    first = charts.png_bytes(charts.range_chart(rows, "Ranges", "soldiers", "test"))
    second = charts.png_bytes(charts.range_chart(rows, "Ranges", "soldiers", "test"))
    assert first == second and first.startswith(b"\x89PNG")
    assert b"Software" not in first
