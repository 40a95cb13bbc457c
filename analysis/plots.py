"""Charts, all in one style: a title, axis units and a source line under every chart.

Every helper returns a matplotlib ``Figure`` (nothing is shown or saved here), draws
ranges as ranges (error bars or bands, never a lone false-precise point) and takes the
data it draws as a DataFrame, so tests can check what is on the chart.

Output is deterministic: PNG and SVG metadata carry no dates and SVG ids are salted
with a fixed string, so the same data draws the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

PALETTE = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#30638e", "#8f2d56", "#3a7d44",
           "#a05195", "#665191", "#ff7c43", "#2f4b7c", "#9c755f", "#59a14f", "#e15759", "#76b7b2", "#4d4d4d",
           "#f28e2b", "#b07aa1", "#bab0ac"]
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


BASIS_STYLES = {"counted": "solid", "capacity": (0, (1, 1)), "assessment": (0, (4, 2)),
                "acknowledged": (0, (4, 1, 1, 1)), "unspecified": (0, (2, 2))}
BASIS_LABELS = {"counted": "counted", "capacity": "capacity-based", "assessment": "assessment",
                "acknowledged": "acknowledged", "unspecified": "basis not given"}
ESTIMATE_LEGEND = "claimant (▲ more than, ▼ up to, | range)"


def claimant_colours(names: Iterable[str]) -> dict[str, str]:
    """A colour per claimant, in the order given, so every chart of a notebook agrees."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(dict.fromkeys(names))}


def _draw_claims(ax: Axes, part: pd.DataFrame, colour: str, name: str, by_basis: bool) -> None:
    """One claimant's claims: a bar for each range, a marker for the figure or the bound."""
    x = part["reported_on"]
    lo, hi = part["span_low"].astype(float), part["span_high"].astype(float)
    if by_basis:
        for basis, rows in part.groupby(part["basis"].astype(str), observed=True):
            ax.vlines(rows["reported_on"], lo[rows.index], hi[rows.index], color=colour, linewidth=3, alpha=0.7,
                      linestyles=[BASIS_STYLES.get(basis, "solid")])
    else:
        ax.vlines(x, lo, hi, color=colour, linewidth=3, alpha=0.6)
    marker_y = part["value_best"].astype(float).fillna(part["point"].astype(float))
    only_low = part["value_best"].isna() & part["value_high"].isna()
    only_high = part["value_best"].isna() & part["value_low"].isna()
    plain = ~(only_low | only_high)
    labelled = False
    for mask, marker, size in ((plain, "o", 6), (only_low, "^", 7), (only_high, "v", 7)):
        if mask.any():  # one legend entry per claimant, on its first kind of marker
            ax.plot(x[mask], marker_y[mask], marker, color=colour, markersize=size, label=None if labelled else name)
            labelled = True


def _draw_estimates(ax: Axes, history: pd.DataFrame, names: list[str], colours: dict[str, str],
                    by_basis: bool = False) -> None:
    for name in names:
        part = history[history["claimant"].astype(str) == name]
        if part.empty:
            ax.plot([], [], color=colours[name], label=f"{name} (no claims)")
        else:
            _draw_claims(ax, part, colours[name], name, by_basis)
    ax.yaxis.set_major_formatter(FuncFormatter(thousands))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.set_ylim(bottom=0)


def _basis_handles(history: pd.DataFrame) -> list[Line2D]:
    present = [b for b in BASIS_STYLES if b in set(history["basis"].astype(str))]
    return [Line2D([], [], color="#555555", linewidth=3, linestyle=BASIS_STYLES[b], label=BASIS_LABELS[b])
            for b in present]


def _draw_band(ax: Axes, band: pd.DataFrame, label: str) -> None:
    """A step band from ``low`` to ``high`` over ``date`` (a combined estimate)."""
    x = band["date"]
    ax.fill_between(x, band["low"].astype(float), band["high"].astype(float), step="post", color="#999999",
                    alpha=0.25, linewidth=0, label=label)
    ax.step(x, band["high"].astype(float), where="post", color="#777777", linewidth=0.8)
    ax.step(x, band["low"].astype(float), where="post", color="#777777", linewidth=0.8)


def estimate_chart(history: pd.DataFrame, title: str, unit: str, source: str,
                   claimants: list[str] | None = None, colours: dict[str, str] | None = None,
                   band: pd.DataFrame | None = None, band_label: str = "combined estimate",
                   by_basis: bool = False) -> Figure:
    """Figures over time by claimant, each claim drawn as its range.

    ``history`` is ``estimates.estimate_history(...)`` output. A range claim is a vertical
    bar from span_low to span_high; a lower bound only ("more than") gets an upward caret,
    an upper bound only ("up to") a downward one; a central figure a dot on its range.
    One series (legend entry) per claimant; ``colours`` (see ``claimant_colours``) keeps a
    claimant's colour the same across charts. ``band`` (columns date, low, high) adds a grey
    step band, e.g. the combined total over time. ``by_basis`` draws each bar in the line
    style of its ``basis`` (solid: counted, dotted: capacity-based ...) with a second legend.
    """
    with style():
        fig = _new_figure()
        ax = fig.add_subplot()
        names = claimants or sorted(history["claimant"].astype(str).unique())
        colours = {**claimant_colours(names), **(colours or {})}
        if band is not None and not band.empty:
            _draw_band(ax, band, band_label)
        _draw_estimates(ax, history, names, colours, by_basis)
        ax.set_title(title)
        ax.set_ylabel(unit)
        legend = ax.legend(loc="upper left", fontsize=8, title=ESTIMATE_LEGEND, title_fontsize=8)
        if by_basis and not history.empty:
            ax.add_artist(legend)
            ax.legend(handles=_basis_handles(history), loc="upper center", fontsize=8, title="how it was obtained",
                      title_fontsize=8)
        add_source_line(fig, source)
    return fig


def estimate_panels(panels: list[tuple[str, str, pd.DataFrame]], title: str, source: str,
                    claimants: list[str] | None = None, colours: dict[str, str] | None = None,
                    by_basis: bool = False, columns: int = 3) -> Figure:
    """Several ``estimate_chart`` panels side by side, one legend for all.

    ``panels`` holds (panel title, unit, history) triples; each panel has its own y axis
    (units differ: rounds, launchers ...). One legend entry per claimant asked (or per
    claimant found in any panel), drawn under the figure title.
    """
    with style():
        cols = max(1, min(columns, len(panels)))
        rows = max(1, -(-len(panels) // cols))
        fig = _new_figure(height=1.6 + 3.0 * rows)
        everyone = pd.concat([h["claimant"].astype(str) for _, _, h in panels]) if panels else pd.Series([], dtype=str)
        names = claimants or sorted(everyone.unique())
        colours = {**claimant_colours(names), **(colours or {})}
        axes = fig.subplots(rows, cols, squeeze=False)
        for ax, (panel_title, unit, history) in zip(axes.flat, panels, strict=False):
            _draw_estimates(ax, history, names, colours, by_basis)
            ax.set_title(panel_title, fontsize=10)
            ax.set_ylabel(unit)
            ax.tick_params(axis="x", labelsize=8)
        for ax in list(axes.flat)[len(panels):]:
            ax.set_visible(False)
        handles = [Line2D([], [], color=colours[n], marker="o", linewidth=3, alpha=0.8, label=n) for n in names]
        if by_basis and panels:
            handles += _basis_handles(pd.concat([h for _, _, h in panels]))
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12)
        fig.legend(handles=handles, loc="outside upper left", ncols=min(4, max(1, len(handles))), fontsize=8,
                   title=ESTIMATE_LEGEND, title_fontsize=8)
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


def grouped_range_chart(rows: pd.DataFrame, title: str, unit: str, source: str, group: str = "group",
                        series: str = "claimant", colours: dict[str, str] | None = None) -> Figure:
    """Horizontal ranges in labelled groups, coloured by series (e.g. contingents by claimant).

    ``rows`` needs the columns ``group``, ``series``, ``low`` and ``high`` (``best`` optional);
    one bar per row, rows of a group next to each other with the group's name on the axis.
    A row whose low equals its high is drawn as a short bar with end ticks, never a lone dot.
    """
    with style():
        groups = list(dict.fromkeys(rows[group].astype(str)))
        fig = _new_figure(height=1.6 + 0.32 * max(len(rows), 1) + 0.15 * len(groups))
        ax = fig.add_subplot()
        names = list(dict.fromkeys(rows[series].astype(str)))
        colours = {**claimant_colours(names), **(colours or {})}
        y, ticks, seen = 0.0, [], set()
        for g in groups:
            part = rows[rows[group].astype(str) == g]
            first = y
            for r in part.itertuples():
                name = str(getattr(r, series))
                lo, hi = float(r.low), float(r.high)  # type: ignore[arg-type]
                ax.hlines(-y, lo, hi, color=colours[name], linewidth=6, alpha=0.7, label=None if name in seen else name)
                ax.plot([lo, hi], [-y, -y], "|", color=colours[name], markersize=11)
                best = getattr(r, "best", None)
                if best is not None and pd.notna(best):
                    ax.plot([float(best)], [-y], "o", color="white", markeredgecolor=colours[name], markersize=5)
                seen.add(name)
                y += 1
            ticks.append((-(first + y - 1) / 2, g))
            y += 0.6
        ax.set_yticks([t for t, _ in ticks], [label for _, label in ticks])
        ax.grid(axis="y", visible=False)
        ax.set_title(title)
        ax.set_xlabel(unit)
        ax.xaxis.set_major_formatter(FuncFormatter(thousands))
        ax.set_xlim(left=0)
        ax.legend(loc="lower right", fontsize=8, title="claimant (bar: range; | ends; o central figure)",
                  title_fontsize=8)
        add_source_line(fig, source)
    return fig


QUALIFIER_COLOURS = {"confirmed": "#1b6ca8", "estimated": "#00798c", "reported": "#edae49",
                     "suggested": "#d1495b", "planned": "#6a4c93"}


def share_chart(shares: pd.DataFrame, title: str, source: str, label: str = "claimant",
                colours: dict[str, str] | None = None) -> Figure:
    """100% stacked horizontal bars: each row's shares (0-1) across the share columns.

    ``shares`` has a ``label`` column, an optional ``claims`` count (shown after the label)
    and one column per category holding a share; ``compare.hedge_shares`` gives this shape.
    """
    with style():
        cats = [c for c in shares.columns if c not in (label, "claims")]
        colours = {**{c: QUALIFIER_COLOURS.get(c, PALETTE[i % len(PALETTE)]) for i, c in enumerate(cats)},
                   **(colours or {})}
        fig = _new_figure(height=1.8 + 0.4 * max(len(shares), 1))
        ax = fig.add_subplot()
        y = list(range(len(shares)))[::-1]
        left = pd.Series(0.0, index=shares.index)
        for cat in cats:
            width = shares[cat].astype(float).fillna(0.0)
            ax.barh(y, width, left=left, color=colours[cat], label=cat, height=0.7)
            left = left + width
        names = shares[label].astype(str)
        if "claims" in shares:
            names = names + " (" + shares["claims"].astype(str) + ")"
        ax.set_yticks(y, names)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0%}"))
        ax.set_xlabel("share of the claimant's claims (number of claims in brackets)")
        ax.grid(axis="y", visible=False)
        ax.set_title(title)
        ax.legend(loc="outside upper left", ncols=len(cats), fontsize=8)
        add_source_line(fig, source)
    return fig


def ratio_chart(ratios: pd.DataFrame, title: str, source: str, unit: str = "percent") -> Figure:
    """A ratio over time as ranges: a bar from ``low`` to ``high`` (fractions) at each ``date``.

    A date whose low equals its high gets end ticks, so a single pair of point figures reads
    as what it is (no range was claimed) and not as a precise measurement.
    """
    with style():
        fig = _new_figure(height=4.2)
        ax = fig.add_subplot()
        lo, hi = ratios["low"].astype(float) * 100, ratios["high"].astype(float) * 100
        ax.vlines(ratios["date"], lo, hi, color=PALETTE[1], linewidth=5, alpha=0.6, label="range (low to high)")
        ax.plot(ratios["date"], lo, "_", color=PALETTE[1], markersize=12)
        ax.plot(ratios["date"], hi, "_", color=PALETTE[1], markersize=12)
        ax.set_ylim(bottom=0, top=max(100.0, float(hi.max()) * 1.1) if len(hi) else 100.0)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f}%"))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.legend(loc="upper left", fontsize=8)
        add_source_line(fig, source)
    return fig


def matrix_chart(matrix: pd.DataFrame, title: str, source: str, unit: str = "claims") -> Figure:
    """A heat map of counts (rows by columns), each cell labelled with its count; empty cells blank."""
    with style():
        fig = _new_figure(height=1.8 + 0.32 * max(len(matrix), 1))
        ax = fig.add_subplot()
        values = matrix.fillna(0).astype(float).to_numpy()
        image = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0)
        for (i, j), v in np.ndenumerate(values):
            if v:
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=8,
                        color="white" if v > values.max() * 0.6 else "#222222")
        ax.set_xticks(range(matrix.shape[1]), [str(c) for c in matrix.columns], rotation=35, ha="right", fontsize=8)
        ax.set_yticks(range(matrix.shape[0]), [str(i) for i in matrix.index], fontsize=8)
        ax.grid(False)
        ax.set_title(title)
        fig.colorbar(image, ax=ax, label=unit, shrink=0.8)
        add_source_line(fig, source)
    return fig
