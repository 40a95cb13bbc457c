"""The report notebooks' chart helpers draw, carry a title and a source line, and one series per claimant asked."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.legend import Legend

import analysis
from analysis.measures import by_claimant, deployments, weapons
from analysis.present import charts
from analysis.present.colours import claimant_styles

from .test_compare import make_claims


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.texts]


def _has_source(fig: Figure, source: str) -> bool:
    return any(t.startswith(f"Source: {source}") for t in _texts(fig))


def _legend(fig: Figure) -> list[str]:
    """Every legend entry in the figure (axes legends, extra legends added as artists, figure legends)."""
    return [t.get_text() for lg in fig.findobj(Legend) for t in lg.get_texts()]


@pytest.fixture(scope="module")
def history() -> pd.DataFrame:
    return analysis.estimate_history("troops_deployed")


def test_estimate_panels_one_legend_entry_per_claimant_asked(history: pd.DataFrame) -> None:
    names = [*sorted(history["claimant"].astype(str).unique())[:2], "Nobody"]
    killed = analysis.estimate_history("killed")
    fig = charts.estimate_panels(
        [("Sent", "soldiers", history), ("Killed", "soldiers", killed)], "Troops", "test", claimants=names
    )
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title(loc="left") for ax in visible] == ["Sent", "Killed"]
    assert all(ax.get_ylabel() == "soldiers" for ax in visible)
    assert fig.get_suptitle() == "Troops" and _has_source(fig, "test")
    assert _legend(fig) == [*names[:2], "Nobody (no claims)"]


def test_estimate_chart_by_basis_adds_a_basis_legend() -> None:
    claims = make_claims(
        [
            {
                "claimant": "A",
                "metric": "artillery_shells",
                "reported_on": "2024-01-01",
                "value_low": 1,
                "basis": "counted",
            },
            {
                "claimant": "B",
                "metric": "artillery_shells",
                "reported_on": "2024-02-01",
                "value_high": 5,
                "basis": "capacity",
            },
        ]
    )
    shells = weapons.weapons_history(["artillery_shells"], claims=claims)
    fig = charts.estimate_chart(shells, "Shells", "rounds", "test", by_basis=True)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Shells" and ax.get_ylabel() == "rounds" and _has_source(fig, "test")
    assert {"A", "B", charts.BASIS_LABELS["counted"], charts.BASIS_LABELS["capacity-based"]} <= set(_legend(fig))
    fills = {line.get_fillstyle() for line in ax.get_lines() if len(line.get_xdata())}
    assert {"full", "none"} <= fills  # counted filled, capacity-based hollow
    rings = {str(c.get_linestyle()[0]) for c in ax.collections if type(c).__name__ == "PathCollection"}
    assert len(rings) == 2, "a second cue besides the fill: a solid ring (counted) and a dashed one (capacity)"


def test_estimate_chart_band_and_colours(history: pd.DataFrame) -> None:
    band = pd.DataFrame(
        {"date": pd.to_datetime(["2024-11-01", "2025-01-01"]), "low": [10000, 12000], "high": [11000, 14000]}
    )
    names = sorted(history["claimant"].astype(str).unique())[:3]
    styles = claimant_styles(names)
    fig = charts.estimate_chart(history, "Sent", "soldiers", "test", claimants=names, band=band, band_label="combined")
    ax = fig.axes[0]
    assert "combined" in _legend(fig)
    assert sorted(t for t in _legend(fig) if t != "combined") == sorted(names)
    drawn = {
        line.get_label(): (line.get_color(), line.get_marker()) for line in ax.get_lines() if line.get_label() in names
    }
    assert drawn == {n: (s.colour, s.marker) for n, s in styles.items()}, "the dataset-wide style of each claimant"
    assert "Grey band: combined" in fig.alt


def test_grouped_range_chart_one_row_per_claim_with_group_headers() -> None:
    claims = analysis.load_claims()
    waves = deployments.contingents(claims=claims)
    rows = waves.rename(columns={"contingent": "group"}).assign(label=waves["figure"])
    fig = charts.grouped_range_chart(rows, "Contingents", "soldiers", "test")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert set(rows["group"]) <= set(labels) and set(rows["claimant"]) <= set(labels)
    assert ax.get_title(loc="left") == "Contingents" and ax.get_xlabel() == "soldiers" and _has_source(fig, "test")
    assert {t.get_text() for t in ax.texts} == set(rows["label"])


def test_grouped_range_chart_log_scale_for_disagreements() -> None:
    claims = make_claims(
        [
            {"claimant": "A", "reported_on": "2025-01-10", "value_best": 100},
            {"claimant": "B", "reported_on": "2025-01-12", "value_low": 1000, "value_high": 2000},
        ]
    )
    ranges = by_claimant.disagreement_ranges(by_claimant.disagreements("killed", claims=claims), claims)
    fig = charts.grouped_range_chart(ranges, "Apart", "soldiers", "test", log=True)
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and "log" in ax.get_xlabel()
    assert len(ax.collections) == 1  # B's range is a bar; A's single figure a marker


def test_share_chart_stacks_to_one_hundred_percent() -> None:
    shares = by_claimant.hedge_shares(claims=analysis.load_claims()).head(4)
    fig = charts.share_chart(shares, "Hedges", "test")
    ax = fig.axes[0]
    quals = [c for c in shares.columns if c not in ("claimant", "claims")]
    assert ax.get_title(loc="left") == "Hedges" and _has_source(fig, "test")
    assert _legend(fig) == quals
    widths = [sum(p.get_width() for p in c.patches) for c in ax.containers]
    assert sum(widths) == pytest.approx(len(shares))
    assert next(t.get_text() for t in ax.get_yticklabels()).endswith(")")  # "name (n)"


def test_ratio_chart_draws_a_band_in_percent() -> None:
    ratios = pd.DataFrame(
        {"date": pd.to_datetime(["2025-01-01", "2025-03-01"]), "low": [0.1, 0.2], "high": [0.3, 0.4]}
    ).assign(end=pd.Timestamp("2025-06-30"))
    fig = charts.ratio_chart(ratios, "Share", "test", unit="percent of troops sent")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Share" and ax.get_ylabel() == "percent of troops sent"
    assert _has_source(fig, "test")
    band = ax.collections[0].get_paths()[0].vertices
    assert band[:, 1].max() == pytest.approx(40) and band[:, 1].min() == pytest.approx(10)


def test_matrix_chart_labels_every_nonzero_cell() -> None:
    matrix = pd.DataFrame({"A": [2, 0], "B": [1, 3]}, index=["Wire", "Paper"])
    fig = charts.matrix_chart(matrix, "Outlets", "test")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Outlets" and _has_source(fig, "test")
    assert sorted(t.get_text() for t in ax.texts) == ["1", "2", "3"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A", "B"]


def test_new_charts_are_deterministic() -> None:
    shares = by_claimant.hedge_shares(claims=analysis.load_claims()).head(3)
    first = charts.png_bytes(charts.share_chart(shares, "Hedges", "test"))
    assert first == charts.png_bytes(charts.share_chart(shares, "Hedges", "test"))


def test_source_line_on_a_hand_made_figure() -> None:
    fig = Figure()
    fig.add_subplot().plot([1, 2], [3, 4])
    charts.add_source_line(fig, "hand made")
    assert _has_source(fig, "hand made") and charts.png_bytes(fig).startswith(b"\x89PNG")


def test_a_chart_of_no_rows_says_so() -> None:
    events = analysis.timeline(events=analysis.load_events().iloc[:0])
    assert events.empty
    fig = charts.timeline_chart(events, "Events", "test")
    assert [t.get_text() for t in fig.axes[0].texts] == [charts.EMPTY]
    assert charts.png_bytes(fig).startswith(b"\x89PNG")
    drawn = charts.ratio_chart(
        pd.DataFrame({"date": pd.to_datetime(["2025-01-01"]), "low": [0.1], "high": [0.3]}).assign(
            end=pd.Timestamp("2025-06-30")
        ),
        "Share",
        "test",
    )
    assert charts.EMPTY not in [t.get_text() for t in drawn.axes[0].texts], "only empty panels say so"


def test_mathtext_in_data_labels_is_plain_text() -> None:
    events = analysis.timeline()
    events = events.head(2).assign(category="other")
    fig = charts.timeline_chart(events, "Cost $5^{3}$ and $x_", "$ source $")
    assert charts.png_bytes(fig).startswith(b"\x89PNG"), "an unbalanced $ does not break the chart"
