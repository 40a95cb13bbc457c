"""Charts, all in one style: a title, axis units and a source line under every chart.

Every helper returns a matplotlib ``Figure`` (nothing is shown or saved here), draws
ranges as ranges (error bars or bands, never a lone false-precise point) and takes the
data it draws as a DataFrame, so tests can check what is on the chart.

Output is deterministic: PNG and SVG metadata carry no dates and SVG ids are salted
with a fixed string, so the same data draws the same bytes.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

PALETTE = [
    "#1b6ca8",
    "#d1495b",
    "#edae49",
    "#00798c",
    "#6a4c93",
    "#3a7d44",
    "#ff7c43",
    "#8f2d56",
    "#2f4b7c",
    "#9c755f",
    "#4d4d4d",
    "#a05195",
    "#76b7b2",
    "#e15759",
    "#59a14f",
    "#665191",
    "#f28e2b",
    "#30638e",
    "#b07aa1",
    "#bab0ac",
]
CATEGORY_COLOURS = {
    "deployment": "#1b6ca8",
    "combat": "#d1495b",
    "diplomacy": "#00798c",
    "weapons": "#edae49",
    "ceasefire": "#3a7d44",
    "other": "#7f7f7f",
}

EMPTY = "Nothing to show for this selection."
SOURCE_CHARS_PER_INCH = 15  # characters of the 8-point source line that fit in an inch
STYLE = {
    "text.parse_math": False,  # labels come from data: "$x^$" is text, not broken mathtext
    "figure.figsize": (9, 4.8),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.prop_cycle": cycler(color=PALETTE),
    "legend.frameon": False,
    "svg.hashsalt": "nk-russia",
    "savefig.bbox": "standard",
}


def png_bytes(fig: Figure) -> bytes:
    """The chart as PNG, without software or date metadata (same data, same bytes)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def apply_style() -> None:
    """Use the shared style, and in IPython show returned Figures as PNG (call once per kernel)."""
    mpl.rcParams.update(STYLE)  # type: ignore[arg-type]
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
    with mpl.rc_context(STYLE):  # type: ignore[arg-type]
        yield


def _new_figure(height: float = 4.8) -> Figure:
    fig = Figure(figsize=(9, height))
    fig.set_layout_engine("constrained")
    return fig


def add_source_line(fig: Figure, source: str) -> None:
    """Write 'Source: ...' under the chart, left-aligned, in small grey type.

    A panel with nothing drawn on it (a selection with no rows) says so in its middle.
    """
    for ax in fig.axes:
        if ax.get_visible() and not (ax.lines or ax.collections or ax.patches or ax.images):
            ax.text(0.5, 0.5, EMPTY, transform=ax.transAxes, ha="center", va="center", color="#555555")
    # wrapped here, not with wrap=True: matplotlib measures wrapped text as mathtext whenever it holds
    # two dollar signs, whatever text.parse_math says, and raises on "$x^$"
    width = max(40, int(fig.get_figwidth() * SOURCE_CHARS_PER_INCH))
    text = textwrap.fill(f"Source: {source}", width=width, break_long_words=True, break_on_hyphens=False)
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=8, color="#555555", parse_math=False)
    if fig.get_layout_engine() is None:  # a Figure made by hand: lay it out like ours
        fig.set_layout_engine("constrained")
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=(0, 0.05, 1, 0.95))


def thousands(value: float, _pos: object = None) -> str:
    """Axis tick label with thousands separators; millions as '1.5M'."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    return f"{value:,.0f}"


BASIS_FILLS = {"counted": "full", "capacity": "none"}  # anything else: half-filled ("left")
BASIS_LABELS = {"full": "counted", "none": "capacity-based", "left": "assessment or other"}
ESTIMATE_LEGEND = "claimant (▲ more than, ▼ up to, | range)"


def claimant_colours(names: Iterable[str]) -> dict[str, str]:
    """A colour per claimant, in the order given, so every chart of a notebook agrees."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(dict.fromkeys(names))}


def _marker_groups(part: pd.DataFrame, by_basis: bool) -> list[tuple[pd.DataFrame, str]]:
    """Rows to draw with each marker fill style: all 'full', or by basis (counted full, capacity hollow)."""
    if not by_basis:
        return [(part, "full")]
    fills = part["basis"].astype(str).map(lambda b: BASIS_FILLS.get(b, "left"))
    return [(part[fills == f], f) for f in ("full", "none", "left") if (fills == f).any()]


def _draw_claims(ax: Axes, part: pd.DataFrame, colour: str, name: str, by_basis: bool) -> None:
    """One claimant's claims: a bar for each range (end ticks when no central figure is given),
    a dot for a central figure, ▲ for "more than", ▼ for "up to"; one legend entry. With
    ``by_basis`` the marker's fill says how the figure was obtained (see ``BASIS_FILLS``)."""
    lo_all, hi_all = part["span_low"].astype(float), part["span_high"].astype(float)
    ax.vlines(part["reported_on"], lo_all, hi_all, color=colour, linewidth=3, alpha=0.6)
    for rows, fill in _marker_groups(part, by_basis):
        x, lo, hi = rows["reported_on"], lo_all[rows.index], hi_all[rows.index]
        best = rows["value_best"].astype(float)
        only_low = rows["value_best"].isna() & rows["value_high"].isna()
        only_high = rows["value_best"].isna() & rows["value_low"].isna()
        bare_range = rows["value_best"].isna() & ~only_low & ~only_high
        for xs, ys, marker, size in (
            (x[best.notna()], best[best.notna()], "o", 6),
            (x[only_low], lo[only_low], "^", 7),
            (x[only_high], hi[only_high], "v", 7),
        ):
            ax.plot(
                xs, ys, marker, markersize=size, linestyle="none", color=colour, fillstyle=fill, markeredgewidth=1.5
            )
        ax.plot(
            list(x[bare_range]) * 2,
            list(lo[bare_range]) + list(hi[bare_range]),
            "_",
            color=colour,
            markersize=9,
            linestyle="none",
        )
    ax.plot([], [], "o", color=colour, label=name, markersize=6)


def _date_axis(ax: Axes, max_ticks: int = 7, fmt: str = "%b %Y") -> None:
    """Month-year date ticks, few enough not to collide."""
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=max_ticks))
    ax.xaxis.set_major_formatter(mdates.DateFormatter(fmt))


def _draw_estimates(
    ax: Axes, history: pd.DataFrame, names: list[str], colours: dict[str, str], by_basis: bool = False
) -> None:
    for name in names:
        part = history[history["claimant"].astype(str) == name]
        if part.empty:
            ax.plot([], [], color=colours[name], label=f"{name} (no claims)")
        else:
            _draw_claims(ax, part, colours[name], name, by_basis)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(FuncFormatter(thousands))
    _date_axis(ax)
    ax.set_ylim(bottom=0)


def _basis_handles(history: pd.DataFrame) -> list[Line2D]:
    fills = {BASIS_FILLS.get(str(b), "left") for b in history["basis"]}
    return [
        Line2D(
            [],
            [],
            color="#555555",
            marker="o",
            linestyle="none",
            fillstyle=f,
            markeredgewidth=1.5,
            label=BASIS_LABELS[f],
        )
        for f in ("full", "none", "left")
        if f in fills
    ]


def _draw_band(ax: Axes, band: pd.DataFrame, label: str) -> None:
    """A step band from ``low`` to ``high`` over ``date`` (a combined estimate)."""
    x = band["date"]
    ax.fill_between(
        x,
        band["low"].astype(float),
        band["high"].astype(float),
        step="post",
        color="#999999",
        alpha=0.25,
        linewidth=0,
        label=label,
    )
    ax.step(x, band["high"].astype(float), where="post", color="#777777", linewidth=0.8)
    ax.step(x, band["low"].astype(float), where="post", color="#777777", linewidth=0.8)


def estimate_chart(
    history: pd.DataFrame,
    title: str,
    unit: str,
    source: str,
    claimants: list[str] | None = None,
    colours: dict[str, str] | None = None,
    band: pd.DataFrame | None = None,
    band_label: str = "combined estimate",
    by_basis: bool = False,
) -> Figure:
    """Figures over time by claimant, each claim drawn as its range.

    ``history`` is ``estimates.estimate_history(...)`` output. A range claim is a vertical
    bar from span_low to span_high; a lower bound only ("more than") gets an upward caret,
    an upper bound only ("up to") a downward one; a central figure a dot on its range.
    One series (legend entry) per claimant; ``colours`` (see ``claimant_colours``) keeps a
    claimant's colour the same across charts. ``band`` (columns date, low, high) adds a grey
    step band, e.g. the combined total over time. ``by_basis`` fills each marker by its
    ``basis`` (filled: counted, hollow: capacity-based, half: assessment or other) and adds
    a second legend.
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
        legend = ax.legend(
            loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, title=ESTIMATE_LEGEND, title_fontsize=8
        )
        if by_basis and not history.empty:
            ax.add_artist(legend)
            ax.legend(
                handles=_basis_handles(history),
                loc="lower left",
                bbox_to_anchor=(1.01, 0.0),
                fontsize=8,
                title="how it was obtained",
                title_fontsize=8,
            )
        add_source_line(fig, source)
    return fig


def estimate_panels(
    panels: list[tuple[str, str, pd.DataFrame]],
    title: str,
    source: str,
    claimants: list[str] | None = None,
    colours: dict[str, str] | None = None,
    by_basis: bool = False,
    columns: int = 3,
) -> Figure:
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
        axes = fig.subplots(rows, cols, squeeze=False, sharex=True)
        for ax, (panel_title, unit, history) in zip(axes.flat, panels, strict=False):
            _draw_estimates(ax, history, names, colours, by_basis)
            _date_axis(ax, max_ticks=5, fmt="%b\n%Y")
            ax.set_title(panel_title, fontsize=10)
            ax.set_ylabel(unit)
            ax.tick_params(axis="x", labelsize=8, labelbottom=True)
        for ax in list(axes.flat)[len(panels) :]:
            ax.set_visible(False)
        handles = [Line2D([], [], color=colours[n], marker="o", linewidth=3, alpha=0.8, label=n) for n in names]
        if by_basis and panels:
            handles += _basis_handles(pd.concat([h for _, _, h in panels]))
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12)
        fig.legend(
            handles=handles,
            loc="outside right center",
            fontsize=8,
            title_fontsize=8,
            title=ESTIMATE_LEGEND.replace(" (", "\n(") + ("\nmarker fill: how it was obtained" if by_basis else ""),
        )
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
            for first, last in zip(spans["date"], spans["span_end"], strict=True):
                days_covered = (pd.Timestamp(last) - pd.Timestamp(first)).days + 1
                ax.broken_barh(
                    [(mdates.date2num(first), days_covered)], (lane - 0.25, 0.5), facecolors=colour, alpha=0.5
                )
        ax.set_yticks(range(len(cats)), cats)
        ax.set_ylim(-0.7, len(cats) - 0.3)
        ax.xaxis_date()
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax.set_title(title)
        ax.set_xlabel("date (dot: known to the day; bar: known only to the month or year)")
        add_source_line(fig, source)
    return fig


BOUND_MARKERS = {"point": "o", "more than": ">", "up to": "<"}


def _group_positions(rows: pd.DataFrame, group: str) -> tuple[list[float], list[tuple[float, str]]]:
    """y of each row (top to bottom) and (y, name) of each group's header line."""
    ys, headers, y = [], [], 0.0
    for g in dict.fromkeys(rows[group].astype(str)):
        headers.append((-y, g))
        y += 1
        for _ in range(int((rows[group].astype(str) == g).sum())):
            ys.append(-y)
            y += 1
        y += 0.4
    return ys, headers


def _draw_range_row(ax: Axes, y: float, r: pd.Series, colour: str) -> None:
    lo, hi = float(r["low"]), float(r["high"])
    kind = str(r.get("kind") or ("range" if lo != hi else "point"))
    if kind == "range":
        ax.hlines(y, lo, hi, color=colour, linewidth=6, alpha=0.7)
        ax.plot([lo, hi], [y, y], "|", color=colour, markersize=12)
        if "best" in r and pd.notna(r["best"]):
            ax.plot([float(r["best"])], [y], "o", color="white", markeredgecolor=colour, markersize=6)
    else:
        ax.plot([lo], [y], BOUND_MARKERS.get(kind, "o"), color=colour, markersize=9)
    text = r.get("label")
    if text is not None and pd.notna(text):
        ax.annotate(
            str(text), (hi, y), xytext=(8, 0), textcoords="offset points", va="center", fontsize=8, color="#333333"
        )


def grouped_range_chart(
    rows: pd.DataFrame,
    title: str,
    unit: str,
    source: str,
    group: str = "group",
    series: str = "claimant",
    colours: dict[str, str] | None = None,
    log: bool = False,
) -> Figure:
    """Figures in labelled groups, one line per row named by its series (e.g. contingents by claimant).

    ``rows`` needs ``group``, ``series``, ``low`` and ``high``; optional ``kind`` ('range',
    'point', 'more than', 'up to': a bar with end ticks, a dot, ▶ or ◀), ``best`` (a hollow
    dot on a range) and ``label`` (text written after the figure, e.g. '1,000 to 3,000').
    Each group gets a bold header line; each row is labelled with its series name. ``log``
    uses a logarithmic axis, on which "twice as many" is the same distance everywhere.
    """
    with style():
        ys, headers = _group_positions(rows, group)
        fig = _new_figure(height=1.4 + 0.27 * (len(ys) + len(headers)))
        ax = fig.add_subplot()
        names = list(dict.fromkeys(rows[series].astype(str)))
        colours = {**claimant_colours(names), **(colours or {})}
        ordered = pd.concat([rows[rows[group].astype(str) == g] for _, g in headers]) if len(rows) else rows
        for y, (_, r) in zip(ys, ordered.iterrows(), strict=True):
            _draw_range_row(ax, y, r, colours[str(r[series])])
        ticks = [(y, str(n)) for y, n in zip(ys, ordered[series], strict=True)] + headers
        ax.set_yticks([t for t, _ in ticks], [n for _, n in ticks])
        header_ys = {h for h, _ in headers}
        for tick, y in zip(ax.get_yticklabels(), [t for t, _ in ticks], strict=True):
            tick.set_fontweight("bold" if y in header_ys else "normal")
            tick.set_color("#000000" if y in header_ys else colours.get(tick.get_text(), "#333333"))
        ax.set_ylim(min(ys, default=-1) - 0.7, 0.7)
        ax.grid(axis="y", visible=False)
        ax.tick_params(axis="y", length=0)
        ax.set_title(title)
        if log:
            ax.set_xscale("log")
            ax.set_xlabel(f"{unit} (log scale)")
        else:
            ax.set_xlim(left=0)
            ax.set_xlabel(unit)
        ax.set_xmargin(0.12)
        ax.xaxis.set_major_formatter(FuncFormatter(thousands))
        ax.xaxis.set_minor_formatter(NullFormatter())
        add_source_line(fig, source + "  |  bar: range claimed; ● one figure; ▶ more than; ◀ up to")
    return fig


QUALIFIER_COLOURS = {
    "confirmed": "#1b6ca8",
    "estimated": "#00798c",
    "reported": "#edae49",
    "suggested": "#d1495b",
    "planned": "#6a4c93",
}


def share_chart(
    shares: pd.DataFrame, title: str, source: str, label: str = "claimant", colours: dict[str, str] | None = None
) -> Figure:
    """100% stacked horizontal bars: each row's shares (0-1) across the share columns.

    ``shares`` has a ``label`` column, an optional ``claims`` count (shown after the label)
    and one column per category holding a share; ``compare.hedge_shares`` gives this shape.
    """
    with style():
        cats = [c for c in shares.columns if c not in (label, "claims")]
        colours = {
            **{c: QUALIFIER_COLOURS.get(c, PALETTE[i % len(PALETTE)]) for i, c in enumerate(cats)},
            **(colours or {}),
        }
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
        fig.legend(loc="outside right upper", fontsize=8, title="qualifier", title_fontsize=8)
        add_source_line(fig, source)
    return fig


def ratio_chart(ratios: pd.DataFrame, title: str, source: str, unit: str = "percent") -> Figure:
    """A ratio over time as a band: from ``low`` to ``high`` (fractions), stepping at each ``date``.

    Each step starts on a day a claim changed the ratio and holds until the next one; the
    last holds to ``end`` (a column of one value, else the last date). A thin tick marks
    each change. An open end (NaN: a floor has no ``high``, a ceiling no ``low``) is drawn as
    ▲ at the floor or ▼ at the ceiling, never as the edge of a band.
    """
    with style():
        fig = _new_figure(height=4.2)
        ax = fig.add_subplot()
        band = ratios[["date", "low", "high"]].copy()
        band["low"], band["high"] = band["low"].astype(float) * 100, band["high"].astype(float) * 100
        if "end" in ratios and len(ratios):
            band = pd.concat([band, band.tail(1).assign(date=pd.Timestamp(ratios["end"].iloc[-1]))])
        ax.fill_between(
            band["date"],
            band["low"],
            band["high"],
            step="post",
            color=PALETTE[1],
            alpha=0.3,
            linewidth=0,
            label="range: lowest to highest share the claims allow",
        )
        ax.step(band["date"], band["low"], where="post", color=PALETTE[1], linewidth=1)
        ax.step(band["date"], band["high"], where="post", color=PALETTE[1], linewidth=1)
        # an open end (a floor has no ceiling, a ceiling no floor) is drawn as its bound's marker, never as a band edge
        for end, other, marker, text in (
            ("low", "high", "^", "more than: no upper end"),
            ("high", "low", "v", "up to: no lower end"),
        ):
            only = ratios[ratios[other].isna() & ratios[end].notna()]
            if len(only):
                values = only[end].astype(float) * 100
                ax.plot(only["date"], values, marker, color=PALETTE[1], markersize=7, linestyle="none", label=text)
        ax.plot(
            ratios["date"], [0.8] * len(ratios), "|", color="#555555", markersize=8, label="a claim changed the range"
        )
        top = float(band["high"].fillna(band["low"]).max()) if len(band) else 100.0
        top = 100.0 if pd.isna(top) else top
        ax.set_ylim(bottom=0, top=min(100.0, max(10.0, top * 1.25)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f}%"))
        _date_axis(ax)
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
                ax.text(
                    j,
                    i,
                    f"{v:.0f}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if v > values.max() * 0.6 else "#222222",
                )
        ax.set_xticks(range(matrix.shape[1]), [str(c) for c in matrix.columns], rotation=35, ha="right", fontsize=8)
        ax.set_yticks(range(matrix.shape[0]), [str(i) for i in matrix.index], fontsize=8)
        ax.grid(False)
        ax.set_title(title)
        fig.colorbar(image, ax=ax, label=unit, shrink=0.8)
        add_source_line(fig, source)
    return fig
