"""Charts, all in one style: a title, axis units and a source line under every chart.

Every helper returns a matplotlib ``Figure`` (nothing is shown or saved here), draws
ranges as ranges (error bars or bands, never a lone false-precise point) and takes the
data it draws as a DataFrame, so tests can check what is on the chart.

Output is deterministic: PNG and SVG metadata carry no dates and SVG ids are salted
with a fixed string, so the same data draws the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import io

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

PALETTE = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#30638e", "#8f2d56", "#3a7d44",
           "#a05195", "#665191", "#ff7c43", "#2f4b7c"]
CATEGORY_COLOURS = {"deployment": "#1b6ca8", "combat": "#d1495b", "diplomacy": "#00798c",
                    "weapons": "#edae49", "ceasefire": "#3a7d44", "other": "#7f7f7f"}

STYLE = {
    "figure.figsize": (9, 4.8), "figure.dpi": 100, "savefig.dpi": 100,
    "font.size": 10, "axes.titlesize": 12, "axes.titleweight": "bold", "axes.titlelocation": "left",
    "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True, "grid.alpha": 0.3,
    "axes.prop_cycle": mpl.cycler(color=PALETTE), "legend.frameon": False,
    "svg.hashsalt": "nk-russia", "savefig.bbox": "standard",
}


def png_bytes(fig: Figure) -> bytes:
    """The chart as PNG, without software or date metadata (same data, same bytes)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def apply_style() -> None:
    """Use the shared style, and in IPython show returned Figures as PNG (call once per kernel)."""
    mpl.rcParams.update(STYLE)
    try:
        from IPython import get_ipython
    except ImportError:  # plain Python: nothing to register
        return
    shell = get_ipython()
    if shell is not None:
        # Our Figures are not pyplot figures, so the inline backend does not render them.
        shell.display_formatter.formatters["image/png"].for_type(Figure, png_bytes)


@contextmanager
def style() -> Iterator[None]:
    """The shared style for the charts drawn inside the ``with`` block."""
    with mpl.rc_context(STYLE):
        yield


def _new_figure(height: float = 4.8) -> Figure:
    fig = Figure(figsize=(9, height))
    fig.set_layout_engine("constrained")
    return fig


def add_source_line(fig: Figure, source: str) -> None:
    """Write 'Source: ...' under the chart, left-aligned, in small grey type."""
    fig.text(0.01, 0.005, f"Source: {source}", ha="left", va="bottom", fontsize=8, color="#555555", wrap=True)
    fig.get_layout_engine().set(rect=(0, 0.05, 1, 0.95))  # type: ignore[union-attr]


def thousands(value: float, _pos: object = None) -> str:
    """Axis tick label with thousands separators; millions as '1.5M'."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    return f"{value:,.0f}"


def estimate_chart(history: pd.DataFrame, title: str, unit: str, source: str,
                   claimants: list[str] | None = None) -> Figure:
    """Figures over time by claimant, each claim drawn as its range.

    ``history`` is ``estimates.estimate_history(...)`` output. A range claim is a vertical
    bar from span_low to span_high; a lower bound only ("more than") gets an upward caret,
    an upper bound only ("up to") a downward one; a central figure a dot on its range.
    One series (legend entry) per claimant.
    """
    with style():
        fig = _new_figure()
        ax = fig.add_subplot()
        names = claimants or sorted(history["claimant"].astype(str).unique())
        for i, name in enumerate(names):
            part = history[history["claimant"].astype(str) == name]
            colour = PALETTE[i % len(PALETTE)]
            if part.empty:
                ax.plot([], [], color=colour, label=f"{name} (no claims)")
                continue
            x = part["reported_on"]
            lo, hi = part["span_low"].astype(float), part["span_high"].astype(float)
            ax.vlines(x, lo, hi, color=colour, linewidth=3, alpha=0.6)
            best = part["value_best"].astype(float)
            marker_y = best.fillna(part["point"].astype(float))
            only_low = part["value_best"].isna() & part["value_high"].isna()
            only_high = part["value_best"].isna() & part["value_low"].isna()
            plain = ~(only_low | only_high)
            ax.plot(x[plain], marker_y[plain], "o", color=colour, label=name, markersize=6)
            ax.plot(x[only_low], marker_y[only_low], "^", color=colour, markersize=7,
                    label=None if plain.any() else name)
            ax.plot(x[only_high], marker_y[only_high], "v", color=colour, markersize=7)
        ax.set_title(title)
        ax.set_ylabel(unit)
        ax.yaxis.set_major_formatter(FuncFormatter(thousands))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax.set_ylim(bottom=0)
        ax.legend(loc="upper left", fontsize=8, title="claimant (▲ more than, ▼ up to, | range)",
                  title_fontsize=8)
        add_source_line(fig, source)
    return fig


def range_chart(rows: pd.DataFrame, title: str, unit: str, source: str, label: str = "label") -> Figure:
    """Horizontal ranges, one per row: columns ``label``, ``low``, ``high`` and optional ``best``."""
    with style():
        fig = _new_figure(height=1.2 + 0.45 * max(len(rows), 1))
        ax = fig.add_subplot()
        y = list(range(len(rows)))[::-1]
        lows, highs = rows["low"].astype(float), rows["high"].astype(float)
        ax.hlines(y, lows, highs, color=PALETTE[0], linewidth=6, alpha=0.6)
        if "best" in rows:
            ax.plot(rows["best"].astype(float), y, "o", color=PALETTE[1])
        ax.plot(lows, y, "|", color=PALETTE[0], markersize=12)
        ax.plot(highs, y, "|", color=PALETTE[0], markersize=12)
        ax.set_yticks(y, rows[label].astype(str))
        ax.set_title(title)
        ax.set_xlabel(unit)
        ax.xaxis.set_major_formatter(FuncFormatter(thousands))
        ax.set_xlim(left=0)
        add_source_line(fig, source)
    return fig


def timeline_chart(events: pd.DataFrame, title: str, source: str) -> Figure:
    """Events as lanes by category; a day-precise event is a dot, a longer span a bar.

    ``events`` is ``timeline.timeline(...)`` output (needs date, span_end, category).
    """
    with style():
        cats = [c for c in CATEGORY_COLOURS if c in set(events["category"].astype(str))]
        fig = _new_figure(height=1.5 + 0.5 * max(len(cats), 1))
        ax = fig.add_subplot()
        for lane, cat in enumerate(cats):
            part = events[events["category"].astype(str) == cat]
            colour = CATEGORY_COLOURS[cat]
            days = part[part["span_end"] <= part["date"]]
            spans = part[part["span_end"] > part["date"]]
            ax.plot(days["date"], [lane] * len(days), "o", color=colour, markersize=7, label=cat)
            for row in spans.itertuples():
                width = (row.span_end - row.date) + pd.Timedelta(days=1)
                ax.broken_barh([(mdates.date2num(row.date), width.days)], (lane - 0.25, 0.5),
                               facecolors=colour, alpha=0.5)
        ax.set_yticks(range(len(cats)), cats)
        ax.set_ylim(-0.7, len(cats) - 0.3)
        ax.xaxis_date()
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax.set_title(title)
        ax.set_xlabel("date (dot: known to the day; bar: known only to the month or year)")
        add_source_line(fig, source)
    return fig
