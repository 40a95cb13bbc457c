"""Charts, all in one style: a title, axis units, a source line, alt text and a phone layout for every chart.

Every helper returns a ``Chart``: a matplotlib ``Figure`` (nothing is shown or saved here)
that also carries its alt text, computed from the data it draws (what it shows and its
newest figures), and the style of every claimant on it. Shown in a notebook or a report,
a ``Chart`` is an HTML figure (``Chart.html``): the image at desktop width, a second image
drawn for a phone (one panel per row, legend below, text at a readable size), the alt text,
and the claimants' styles in a ``data-claimants`` attribute a page test can read.

Encodings, the same in every chart:

- a claimant has one colour and one marker shape in every chart (``colours.claimant_styles``:
  one mapping for the whole dataset);
- ranges are drawn as ranges, a floor as a floor: a bar from low to high, an arrow up from a
  "more than" figure, an arrow down from an "up to" figure, the marker alone for a central
  figure (never a lone false-precise point for a range);
- how a weapons figure was obtained is drawn twice: counted figures carry a solid ring,
  capacity-based ones are hollow with a dashed ring, assessments are plain markers;
- shares by qualifier are hatched as well as coloured, so a grey print still separates them.

Output is deterministic: PNG and SVG metadata carry no dates and SVG ids are salted with a
fixed string, so the same data draws the same bytes.
"""

from __future__ import annotations

import base64
import contextvars
import functools
import html
import io
import json
import textwrap
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ParamSpec

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.legend import Legend
from matplotlib.legend_handler import HandlerTuple
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.path import Path
from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

from analysis.measures import words
from analysis.measures.bounds import Bounds
from analysis.present.colours import NEUTRAL, PALETTE, Style, claimant_styles

CATEGORY_COLOURS = {  # event categories: each lane is labelled, so the colour only repeats the label
    "deployment": PALETTE[0],
    "combat": PALETTE[8],
    "diplomacy": PALETTE[4],
    "weapons": PALETTE[6],
    "ceasefire": PALETTE[2],
    "other": PALETTE[9],
}
CATEGORY_MARKERS = {"deployment": "o", "combat": "X", "diplomacy": "D", "weapons": "s", "ceasefire": "P", "other": "h"}

EMPTY = "Nothing to show for this selection."
SOURCE_CHARS_PER_INCH = 15  # characters of the 8-point source line that fit in an inch
DEFAULT_ALT = "No description has been provided for this image"  # what the converter writes; never ours
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
    "axes.prop_cycle": cycler(color=list(PALETTE)),
    "legend.frameon": False,
    "svg.hashsalt": "nk-russia",
    "savefig.bbox": "standard",
}


@dataclass(frozen=True)
class Layout:
    """How wide a chart is drawn, at what resolution, how many panels a row and where legends go."""

    name: str
    width: float  # inches
    dpi: int  # pixels per inch of the image; shown at 100 per inch, so 200 is sharp on a 2x screen
    columns: int | None  # most panels in a row (None: as the chart asks)
    legend: str  # "right" or "below"


WIDE = Layout("wide", 9.0, 100, None, "right")
NARROW = Layout("narrow", 3.8, 200, 1, "below")
PHONE_MEDIA = "(max-width: 34em)"  # the screens that get the narrow image: phones, not tablets or paper
_LAYOUT = contextvars.ContextVar("layout", default=WIDE)


class Chart(Figure):
    """A ``Figure`` with its alt text, the styles of the claimants it shows and its phone drawing."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.alt = ""
        self.key: dict[str, Style] = {}
        self.narrow: Callable[[], Chart] | None = None

    def html(self) -> str:
        """The chart as an HTML figure (see the module notes); every string escaped."""
        return figure_html(self)

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return f"<Chart: {self.alt}>"


P = ParamSpec("P")


def _chart(draw: Callable[P, Chart]) -> Callable[P, Chart]:
    """Give a chart helper's result a way to draw itself again in the narrow layout."""

    @functools.wraps(draw)
    def build(*args: P.args, **kwargs: P.kwargs) -> Chart:
        fig = draw(*args, **kwargs)
        if _LAYOUT.get() is WIDE:
            fig.narrow = functools.partial(_drawn_in, NARROW, build, *args, **kwargs)
        return fig

    return build


def _drawn_in(layout: Layout, build: Callable[..., Chart], *args: Any, **kwargs: Any) -> Chart:
    token = _LAYOUT.set(layout)
    try:
        return build(*args, **kwargs)
    finally:
        _LAYOUT.reset(token)


def png_bytes(fig: Figure, dpi: float | None = None) -> bytes:
    """The chart as PNG, without software or date metadata (same data, same bytes)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi or "figure", metadata={"Software": None})
    return buf.getvalue()


def compact_png(fig: Figure, dpi: float) -> bytes:
    """The chart as a PNG of at most 256 colours: a third of the bytes (the charts use few colours).

    matplotlib writes the pixels uncompressed (compressing them twice would cost more than the
    quantizing), PIL picks the palette (fast octree, no dithering, the same bytes every time).
    """
    from PIL import Image

    raw = io.BytesIO()
    fig.savefig(raw, format="png", dpi=dpi, metadata={"Software": None}, pil_kwargs={"compress_level": 0})
    image = Image.open(io.BytesIO(raw.getvalue())).convert("RGB")
    buf = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        buf, format="png", optimize=True
    )
    return buf.getvalue()


def figure_html(chart: Chart) -> str:
    """``<figure>``: the desktop image, the phone image for narrow screens, alt text, ``data-claimants``."""
    wide = compact_png(chart, WIDE.dpi)
    w, h = (round(v * WIDE.dpi) for v in chart.get_size_inches())
    narrow = chart.narrow() if chart.narrow else None
    source = ""
    if narrow is not None:
        nw, nh = (round(v * 100) for v in narrow.get_size_inches())  # shown at 100 px an inch
        data = base64.b64encode(compact_png(narrow, NARROW.dpi)).decode()
        source = (
            f'<source media="{PHONE_MEDIA}" srcset="data:image/png;base64,{data} {NARROW.dpi / 100:g}x" '
            f'width="{nw}" height="{nh}">'
        )
    key = {name: {"colour": s.colour, "marker": s.marker, "symbol": s.symbol} for name, s in chart.key.items()}
    attr = html.escape(json.dumps(key, ensure_ascii=False, sort_keys=True), quote=True)
    img = (
        f'<img src="data:image/png;base64,{base64.b64encode(wide).decode()}" width="{w}" height="{h}" '
        f'alt="{html.escape(chart.alt or "A chart.", quote=True)}">'
    )
    return f'<figure class="nkr-chart" data-claimants="{attr}"><picture>{source}{img}</picture></figure>'


def apply_style() -> None:
    """Use the shared style, and in IPython show a ``Chart`` as its HTML figure and any other
    Figure as PNG (call once per kernel)."""
    mpl.rcParams.update(STYLE)  # type: ignore[arg-type]
    try:
        from IPython import get_ipython
    except ImportError:  # plain Python: nothing to register
        return
    shell = get_ipython()
    if shell is not None:
        png = shell.display_formatter.formatters["image/png"]
        # Our Figures are not pyplot figures, so the inline backend does not render them.
        png.for_type(Figure, png_bytes)
        png.for_type(Chart, lambda fig: None)  # a Chart shows as HTML, which holds its images


@contextmanager
def style() -> Iterator[None]:
    """The shared style for the charts drawn inside the ``with`` block."""
    with mpl.rc_context(STYLE):  # type: ignore[arg-type]
        yield


def _new_figure(height: float = 4.8) -> Chart:
    layout = _LAYOUT.get()
    fig = Chart(figsize=(layout.width, height))
    fig.set_layout_engine("constrained")
    return fig


def _narrow() -> bool:
    return _LAYOUT.get().legend == "below"


def add_source_line(fig: Figure, source: str) -> None:
    """Write 'Source: ...' under the chart, left-aligned, in small grey type.

    A panel with nothing drawn on it (a selection with no rows) says so in its middle.
    """
    for ax in fig.axes:
        if ax.get_visible() and not (ax.lines or ax.collections or ax.patches or ax.images):
            ax.text(0.5, 0.5, EMPTY, transform=ax.transAxes, ha="center", va="center", color=NEUTRAL)
    # wrapped here, not with wrap=True: matplotlib measures wrapped text as mathtext whenever it holds
    # two dollar signs, whatever text.parse_math says, and raises on "$x^$"
    width = max(40, int(fig.get_figwidth() * SOURCE_CHARS_PER_INCH))
    text = textwrap.fill(f"Source: {source}", width=width, break_long_words=True, break_on_hyphens=False)
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=8, color=NEUTRAL, parse_math=False)
    if fig.get_layout_engine() is None:  # a Figure made by hand: lay it out like ours
        fig.set_layout_engine("constrained")
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        lines = text.count("\n") + 1
        bottom = min(0.3, (0.12 + 0.13 * lines) / fig.get_figheight())
        engine.set(rect=(0, bottom, 1, 1 - bottom))


def thousands(value: float, _pos: object = None) -> str:
    """Axis tick label with thousands separators; millions as '1.5M'."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    return f"{value:,.0f}"


# --- how a claim is drawn ---------------------------------------------------------------------

BASIS_GROUPS = {"counted": "counted", "capacity": "capacity-based"}  # anything else: "assessment or other"
BASIS_LABELS = {
    "counted": "counted (solid ring)",
    "capacity-based": "capacity-based (hollow, dashed ring)",
    "assessment or other": "assessment or other (plain)",
}
ESTIMATE_LEGEND = "claimant; ↑ more than, ↓ up to, bar: range"


def _arrow(up: bool) -> Path:
    """A marker path anchored at the point it marks: a stem and a head, pointing up or down."""
    s = 1 if up else -1
    verts = [(0, 0), (0, s * 1.0), (-0.32, s * 0.62), (0, s * 1.0), (0.32, s * 0.62), (0, s * 1.0)]
    return Path(verts, [Path.MOVETO, Path.LINETO, Path.MOVETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY])


def _sideways(right: bool) -> Path:
    s = 1 if right else -1
    verts = [(0, 0), (s * 1.0, 0), (s * 0.62, -0.32), (s * 1.0, 0), (s * 0.62, 0.32), (s * 1.0, 0)]
    return Path(verts, [Path.MOVETO, Path.LINETO, Path.MOVETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY])


UP, DOWN, RIGHT, LEFT = _arrow(True), _arrow(False), _sideways(True), _sideways(False)
ARROW_SIZE = 28  # points: the arrow reaches half of it beyond the point it marks


def claimant_colours(names: Iterable[str]) -> dict[str, str]:
    """The colour of each claimant named: its one colour for the whole dataset (``colours.claimant_styles``),
    whatever else is asked for with it, so a chart drawn by hand agrees with every report's."""
    return {name: style.colour for name, style in claimant_styles(names).items()}


def basis_group(basis: object) -> str:
    """'counted', 'capacity-based' or 'assessment or other' for a claim's ``basis``."""
    return BASIS_GROUPS.get(str(basis), "assessment or other")


def _claim_parts(part: pd.DataFrame) -> dict[str, pd.Series]:
    """Masks of how each claim is drawn: floors, ceilings, central figures, bare ranges."""
    best = part["value_best"].notna()
    low, high = part["value_low"].notna(), part["value_high"].notna()
    return {"floor": ~best & low & ~high, "ceiling": ~best & high & ~low, "best": best, "bare": ~best & low & high}


def _draw_claims(ax: Axes, part: pd.DataFrame, style: Style, name: str, by_basis: bool) -> None:
    """One claimant's claims (see the module notes); one legend entry."""
    x = part["reported_on"]
    lo, hi = part["span_low"].astype(float), part["span_high"].astype(float)
    colour, marker = style.colour, style.marker
    ax.vlines(x, lo, hi, color=colour, linewidth=2.5, alpha=0.75)
    m = _claim_parts(part)
    for mask, path in ((m["floor"], UP), (m["ceiling"], DOWN)):
        ys = lo[mask] if path is UP else hi[mask]
        ax.plot(x[mask], ys, marker=path, markersize=ARROW_SIZE, linestyle="none", color=colour, markeredgewidth=1.5)
    at = pd.concat([lo[m["floor"]], hi[m["ceiling"]], part.loc[m["best"], "value_best"].astype(float)])
    ends = pd.concat([lo[m["bare"]], hi[m["bare"]]])
    hollow = part["basis"].map(basis_group) == "capacity-based" if by_basis else pd.Series(False, index=part.index)
    for ys, size in ((at, 7), (ends, 5)):
        for empty in (False, True):
            rows = ys[hollow.loc[ys.index] == empty]
            if len(rows):
                ax.plot(
                    x.loc[rows.index],
                    rows,
                    marker,
                    markersize=size,
                    linestyle="none",
                    color=colour,
                    fillstyle="none" if empty else "full",
                    markeredgewidth=1.5,
                    markerfacecolor="white" if empty else colour,
                )
    if by_basis:
        _draw_rings(ax, part, at, colour)
    ax.plot([], [], marker, color=colour, label=name, markersize=7, linestyle="none")


def _draw_rings(ax: Axes, part: pd.DataFrame, at: pd.Series, colour: str) -> None:
    """The second cue of a weapons figure's basis: a solid ring (counted) or a dashed one (capacity)."""
    groups = part["basis"].map(basis_group)
    for group, dash in (("counted", "-"), ("capacity-based", "--")):
        rows = at[groups.loc[at.index] == group]
        if len(rows):
            ax.scatter(
                part.loc[rows.index, "reported_on"],
                rows,
                s=260,
                facecolors="none",
                edgecolors=colour,
                linewidths=1.1,
                linestyles=dash,
                zorder=3,
            )


def _date_axis(ax: Axes, max_ticks: int = 7, fmt: str = "%b %Y") -> None:
    """Month-year date ticks, few enough not to collide."""
    if _narrow():
        max_ticks, fmt = min(max_ticks, 4), "%b\n%Y"
    locator = mdates.AutoDateLocator(minticks=2, maxticks=max_ticks)
    locator.intervald[mdates.MONTHLY] = [1, 2, 3, 4, 6, 12]  # a year a tick, for a few ticks over many months
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.DateFormatter(fmt))


def _at_least_two_months(ax: Axes, dates: pd.Series) -> None:
    """Claims of a few days apart get a date axis of two months around them (ticks need a span)."""
    if len(dates) and (dates.max() - dates.min()) < pd.Timedelta(days=60):
        middle = dates.min() + (dates.max() - dates.min()) / 2
        ax.set_xlim(middle - pd.Timedelta(days=31), middle + pd.Timedelta(days=31))


def _draw_estimates(
    ax: Axes, history: pd.DataFrame, names: list[str], styles: dict[str, Style], by_basis: bool, pad: bool = True
) -> None:
    for name in names:
        part = history[history["claimant"].astype(str) == name]
        if part.empty:
            ax.plot([], [], styles[name].marker, color=styles[name].colour, label=f"{name} (no claims)")
        else:
            _draw_claims(ax, part, styles[name], name, by_basis)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(FuncFormatter(thousands))
    _date_axis(ax)
    if pad:  # panels sharing their dates are padded once, for all of them
        _at_least_two_months(ax, history["reported_on"])
    ax.margins(y=0.15)  # room for an arrow above the highest figure
    ax.set_ylim(bottom=0)


def _basis_handles(ax: Axes, history: pd.DataFrame) -> list[Any]:
    """Legend symbols for how weapons figures were obtained: marker and ring drawn as one."""
    found = set(history["basis"].map(basis_group)) if len(history) else set()
    handles: list[Any] = []
    for group, ring in (("counted", "-"), ("capacity-based", "--"), ("assessment or other", None)):
        if group not in found:
            continue
        empty = group == "capacity-based"
        dot = Line2D(
            [],
            [],
            color=NEUTRAL,
            marker="o",
            linestyle="none",
            markersize=7,
            fillstyle="none" if empty else "full",
            markerfacecolor="white" if empty else NEUTRAL,
            label=BASIS_LABELS[group],
        )
        if ring is None:
            handles.append(dot)
            continue
        circle = ax.scatter([], [], s=260, facecolors="none", edgecolors=NEUTRAL, linewidths=1.1, linestyles=ring)
        circle.remove()  # a legend symbol only
        handles.append((circle, dot))
    return handles


def _claimant_handles(names: list[str], styles: dict[str, Style], found: set[str]) -> list[Line2D]:
    return [
        Line2D(
            [],
            [],
            color=styles[n].colour,
            marker=styles[n].marker,
            linestyle="none",
            markersize=7,
            label=n if n in found else f"{n} (no claims)",
        )
        for n in names
    ]


def _figure_legend(fig: Figure, handles: list[Any], title: str) -> Legend | None:
    """One legend for the figure: at the right (desktop) or below the chart (phone; see ``_stack_below``)."""
    if not handles:
        return None
    tuples = {tuple: HandlerTuple(ndivide=1)}  # a ring and its marker drawn as one symbol
    labels = [str((h[-1] if isinstance(h, tuple) else h).get_label()) for h in handles]
    if _narrow():
        return fig.legend(
            handles,
            labels,
            loc="lower center",
            ncols=2 if max(map(len, labels)) <= 20 else 1,
            fontsize=9,
            title=title,
            title_fontsize=9,
            handler_map=tuples,
        )
    return fig.legend(
        handles,
        labels,
        loc="outside right upper",
        fontsize=8,
        title=title.replace("; ", "\n"),
        title_fontsize=8,
        handler_map=tuples,
    )


def _stack_below(fig: Figure, legend: Legend | None) -> None:
    """Phone layout: the legend under the chart and the source line under the legend, measured.

    The figure grows by what they take, so the plot keeps the height it was drawn with.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()  # what savefig draws with, attached to measure text
    source = next((t for t in fig.texts if t.get_text().startswith("Source:")), None)
    src_in = source.get_window_extent(renderer).height / fig.dpi if source is not None else 0.0
    leg_in = legend.get_window_extent(renderer).height / fig.dpi if legend is not None else 0.0
    pad = 0.08
    total = fig.get_figheight() + leg_in + src_in + 3 * pad
    fig.set_figheight(total)
    if legend is not None:
        legend.set_bbox_to_anchor((0.5, (src_in + 2 * pad) / total), transform=fig.transFigure)
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        bottom = (src_in + leg_in + 3 * pad) / total
        engine.set(rect=(0, bottom, 1, 1 - bottom))


def _title(text: str) -> str:
    """A title wrapped to the chart's width (30 characters on a phone, 64 on a desktop)."""
    return textwrap.fill(text, width=30 if _narrow() else 64, break_long_words=False)


def _set_title(fig: Figure, ax: Axes, title: str) -> None:
    """A one-panel chart's title: over its axes on a desktop; on a phone from the figure's left edge,
    so that long tick labels (claimant names) do not push it off the image."""
    if _narrow():
        fig.suptitle(_title(title), x=0.02, ha="left", fontweight="bold", fontsize=11)
    else:
        ax.set_title(_title(title), fontsize=12)


def _finish(fig: Chart, legend: Legend | None) -> None:
    if _narrow():
        _stack_below(fig, legend)


def _band(ax: Axes, band: pd.DataFrame, label: str) -> None:
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
        hatch="..",
    )
    for end in ("high", "low"):
        ax.step(x, band[end].astype(float), where="post", color="#777777", linewidth=0.8)


# --- alt text ------------------------------------------------------------------------------------


def _figure_of(row: pd.Series) -> str:
    """A claim's figure in words: 'more than 14,000', '1,000 to 3,000', '6,000'."""
    if "figure" in row and isinstance(row["figure"], str) and row["figure"]:
        return row["figure"]
    cols = ("value_low", "value_best", "value_high") if "value_low" in row else ("low", "best", "high")
    lo, best, hi = (row.get(c) for c in cols)
    if "kind" in row and "value_low" not in row:  # grouped rows: low/high with their kind
        kind = str(row["kind"])
        lo, best, hi = (
            (lo, None, None) if kind == "more than" else (None, None, hi) if kind == "up to" else (lo, best, hi)
        )
        if kind == "point":
            lo, best, hi = None, lo, None
    return Bounds.of_claim(lo, best, hi).words(about=False) or "no figure"


def _newest(history: pd.DataFrame) -> str:
    row = history.sort_values(["reported_on", "claim_id"] if "claim_id" in history else ["reported_on"]).iloc[-1]
    return f"{_figure_of(row)} ({row['claimant']}, {words.day(row['reported_on'])})"


def _history_alt(history: pd.DataFrame, title: str) -> str:
    if history.empty:
        return f"{title}: no claims to show."
    first, last = history["reported_on"].min(), history["reported_on"].max()
    span = f"{first:%B %Y}" if f"{first:%B %Y}" == f"{last:%B %Y}" else f"{first:%B %Y} to {last:%B %Y}"
    claims, claimants = len(history), history["claimant"].nunique()
    highest = history.iloc[int(history["span_high"].astype(float).to_numpy().argmax())]
    return (
        f"{words.count(claims, 'claim')} by {words.count(claimants, 'claimant')}, {span}; newest {_newest(history)}; "
        f"highest {_figure_of(highest)} ({highest['claimant']}, {words.day(highest['reported_on'])})"
    )


# --- the charts ------------------------------------------------------------------------------


@_chart
def estimate_chart(
    history: pd.DataFrame,
    title: str,
    unit: str,
    source: str,
    claimants: list[str] | None = None,
    band: pd.DataFrame | None = None,
    band_label: str = "combined estimate",
    by_basis: bool = False,
) -> Chart:
    """Figures over time by claimant, each claim drawn as its range (see the module notes).

    ``history`` is ``estimates.estimate_history(...)`` output. One legend entry per claimant
    (``claimants``, else every claimant in ``history``), in its dataset-wide style. ``band``
    (columns date, low, high) adds a grey step band, e.g. the combined total over time.
    ``by_basis`` marks each figure's ``basis`` (rings and hollow markers) and explains them
    in the legend.
    """
    with style():
        names = claimants or sorted(history["claimant"].astype(str).unique())
        styles = claimant_styles(names)
        found = set(history["claimant"].astype(str))
        handles: list[Any] = _claimant_handles(names, styles, found)
        fig = _new_figure(4.8 if not _narrow() else 3.6)
        ax = fig.add_subplot()
        if by_basis:
            handles += _basis_handles(ax, history)
        if band is not None and not band.empty:
            _band(ax, band, band_label)
            handles.append(Patch(facecolor="#999999", alpha=0.25, hatch="..", label=band_label))
        _draw_estimates(ax, history, names, styles, by_basis)
        _set_title(fig, ax, title)
        ax.set_ylabel(unit)
        legend = _figure_legend(fig, handles, ESTIMATE_LEGEND)
        add_source_line(fig, source)
        _finish(fig, legend)
        fig.key = {n: styles[n] for n in names}
        fig.alt = f"Chart: {title}. {_history_alt(history, title)}."
        if band is not None and not band.empty:
            last = band.iloc[-1]
            fig.alt += f" Grey band: {band_label}, {words.range_text(last['low'], last['high'])} at the end."
    return fig


@_chart
def estimate_panels(
    panels: list[tuple[str, str, pd.DataFrame]],
    title: str,
    source: str,
    claimants: list[str] | None = None,
    by_basis: bool = False,
    columns: int = 3,
) -> Chart:
    """Several ``estimate_chart`` panels, one legend for all; one panel a row on a phone.

    ``panels`` holds (panel title, unit, history) triples; each panel has its own y axis
    (units differ: rounds, launchers ...). One legend entry per claimant asked (or per
    claimant found in any panel).
    """
    with style():
        layout = _LAYOUT.get()
        cols = max(1, min(layout.columns or columns, columns, len(panels)))
        rows = max(1, -(-len(panels) // cols))
        everyone = pd.concat([h["claimant"].astype(str) for _, _, h in panels]) if panels else pd.Series([], dtype=str)
        names = claimants or sorted(everyone.unique())
        styles = claimant_styles(names)
        handles: list[Any] = _claimant_handles(names, styles, set(everyone))
        per_row = 2.6 if _narrow() else 3.0
        fig = _new_figure(height=1.0 + per_row * rows)
        axes = fig.subplots(rows, cols, squeeze=False, sharex=True)
        if by_basis and panels:
            handles += _basis_handles(axes.flat[0], pd.concat([h for _, _, h in panels]))
        for ax, (panel_title, unit, history) in zip(axes.flat, panels, strict=False):
            _draw_estimates(ax, history, names, styles, by_basis, pad=False)
            _date_axis(ax, max_ticks=5, fmt="%b\n%Y")
            ax.set_title(panel_title, fontsize=10)
            ax.set_ylabel(unit)
            ax.tick_params(axis="x", labelsize=8, labelbottom=True)
        for ax in list(axes.flat)[len(panels) :]:
            ax.set_visible(False)
        if panels:
            _at_least_two_months(axes.flat[0], pd.concat([h["reported_on"] for _, _, h in panels]))
        fig.suptitle(_title(title), x=0.01, ha="left", fontweight="bold", fontsize=11 if _narrow() else 12)
        legend = _figure_legend(fig, handles, ESTIMATE_LEGEND)
        add_source_line(fig, source)
        _finish(fig, legend)
        fig.key = {n: styles[n] for n in names}
        parts = [f"{t}: {_history_alt(h, t)}" for t, _, h in panels]
        fig.alt = f"Chart: {title}, in {words.count(len(panels), 'panel')}. " + ". ".join(parts) + "."
    return fig


@_chart
def range_chart(rows: pd.DataFrame, title: str, unit: str, source: str, label: str = "label") -> Chart:
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
        shown = "; ".join(f"{r[label]}: {words.range_text(r['low'], r['high'])}" for _, r in rows.head(12).iterrows())
        fig.alt = f"Chart: {title}, {words.count(len(rows), 'range')} in {unit}. {shown}."
    return fig


def covered(events: pd.DataFrame) -> pd.Series:
    """For each event known only to the month or year, the first day-precise event of the same
    category inside its span whose actors include all of its own (the same event, told more
    precisely), else None. Such an event adds nothing to a chart that already shows the other."""
    found: list[str | None] = []
    for row in events.itertuples():
        match = None
        if str(row.date_precision) in ("month", "year"):
            mine = _actors(row)
            inside = events[
                (events["date_precision"].astype(str) == "day")
                & (events["category"].astype(str) == str(row.category))
                & (events["date"] >= row.date)
                & (events["date"] <= row.span_end)
            ]
            for other in inside.itertuples():
                if mine <= _actors(other):
                    match = str(other.event_id)
                    break
        found.append(match)
    return pd.Series(found, index=events.index, dtype=object)


def _actors(row: Any) -> set[str]:
    """The actors an event names (``actor_list`` of ``timeline`` output, else its ``actors`` text)."""
    found = getattr(row, "actor_list", None)
    return {str(a) for a in found} if isinstance(found, list | tuple) else set(str(row.actors).split("; "))


@_chart
def timeline_chart(events: pd.DataFrame, title: str, source: str) -> Chart:
    """Events as lanes by category; a day-precise event is a marker, a longer span a bar.

    ``events`` is ``timeline.timeline(...)`` output (needs date, span_end, category). An event
    known only to the month or year that a day-precise event tells more precisely
    (``covered``) is not drawn twice.
    """
    with style():
        if "event_id" in events and len(events):
            events = events[covered(events).isna()]
        cats = [c for c in CATEGORY_COLOURS if c in set(events["category"].astype(str))]
        fig = _new_figure(height=1.5 + 0.5 * max(len(cats), 1) + (0.4 if _narrow() else 0))
        ax = fig.add_subplot()
        for lane, cat in enumerate(cats):
            part = events[events["category"].astype(str) == cat]
            colour = CATEGORY_COLOURS[cat]
            days = part[part["span_end"] <= part["date"]]
            spans = part[part["span_end"] > part["date"]]
            ax.plot(
                days["date"],
                [lane] * len(days),
                CATEGORY_MARKERS[cat],
                color=colour,
                markersize=7,
                label=cat,
                linestyle="none",
                alpha=0.85,
            )
            for first, last in zip(spans["date"], spans["span_end"], strict=True):
                days_covered = (pd.Timestamp(last) - pd.Timestamp(first)).days + 1
                ax.broken_barh(
                    [(mdates.date2num(first), days_covered)],
                    (lane - 0.25, 0.5),
                    facecolors=colour,
                    alpha=0.45,
                    hatch="//",
                    edgecolor=colour,
                )
        ax.set_yticks(range(len(cats)), cats)
        ax.set_ylim(-0.7, len(cats) - 0.3)
        ax.xaxis_date()
        _date_axis(ax)
        _set_title(fig, ax, title)
        key = "marker: known to the day; hatched bar: known only to the month or year"
        ax.set_xlabel(textwrap.fill(key, 40) if _narrow() else key)
        add_source_line(fig, source)
        fig.alt = f"Chart: {title}. " + _events_alt(events, cats)
    return fig


def _events_alt(events: pd.DataFrame, cats: list[str]) -> str:
    if events.empty:
        return "No events."
    counts = events["category"].astype(str).value_counts()
    per = ", ".join(f"{c} {counts[c]}" for c in cats)
    latest = events.sort_values("date").iloc[-1]
    return (
        f"{words.count(len(events), 'event')} from {words.day(events['date'].min())} to "
        f"{words.day(events['date'].max())} ({per}); the latest, {words.day(latest['date'])}: {latest['description']}"
    )


BOUND_MARKERS = {"more than": RIGHT, "up to": LEFT}


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


def _draw_range_row(ax: Axes, y: float, r: pd.Series, style: Style) -> None:
    lo, hi = float(r["low"]), float(r["high"])
    kind = str(r.get("kind") or ("range" if lo != hi else "point"))
    colour, marker = style.colour, style.marker
    if kind == "range":
        ax.hlines(y, lo, hi, color=colour, linewidth=5, alpha=0.7)
        ax.plot([lo, hi], [y, y], marker, color=colour, markersize=5, linestyle="none")
        if "best" in r and pd.notna(r["best"]):
            ax.plot([float(r["best"])], [y], marker, color=colour, markerfacecolor="white", markersize=7)
    else:
        if kind in BOUND_MARKERS:
            ax.plot([lo], [y], marker=BOUND_MARKERS[kind], color=colour, markersize=ARROW_SIZE, markeredgewidth=1.5)
        ax.plot([lo], [y], marker, color=colour, markersize=7)
    text = r.get("label")
    if text is not None and pd.notna(text):
        ann = ax.annotate(
            str(text),
            (hi, y),
            xytext=(14 if kind == "more than" else 8, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            color="#333333",
        )
        ann.set_gid(f"{lo}|{kind}")  # where the figure starts, for a label written to its left


@_chart
def grouped_range_chart(
    rows: pd.DataFrame,
    title: str,
    unit: str,
    source: str,
    group: str = "group",
    series: str = "claimant",
    log: bool = False,
) -> Chart:
    """Figures in labelled groups, one line per row named by its series (e.g. contingents by claimant).

    ``rows`` needs ``group``, ``series``, ``low`` and ``high``; optional ``kind`` ('range',
    'point', 'more than', 'up to': a bar between two markers, a marker, an arrow to the right
    or to the left), ``best`` (a hollow marker on a range) and ``label`` (text written after
    the figure, e.g. '1,000 to 3,000'). Each group gets a bold header line; each row is labelled
    with its series name, in the claimant's colour. ``log`` uses a logarithmic axis, on which
    "twice as many" is the same distance everywhere.
    """
    with style():
        ys, headers = _group_positions(rows, group)
        fig = _new_figure(height=1.6 + (0.42 if _narrow() else 0.27) * (len(ys) + len(headers)))
        ax = fig.add_subplot()
        names = list(dict.fromkeys(rows[series].astype(str)))
        styles = claimant_styles(names)
        ordered = pd.concat([rows[rows[group].astype(str) == g] for _, g in headers]) if len(rows) else rows
        for y, (_, r) in zip(ys, ordered.iterrows(), strict=True):
            _draw_range_row(ax, y, r, styles[str(r[series])])
        ticks = [(y, str(n)) for y, n in zip(ys, ordered[series], strict=True)] + headers
        shown = [textwrap.fill(n, 22) if _narrow() else n for _, n in ticks]  # a long name on two lines on a phone
        ax.set_yticks([t for t, _ in ticks], shown)
        header_ys = {h for h, _ in headers}
        for tick, y in zip(ax.get_yticklabels(), [t for t, _ in ticks], strict=True):
            tick.set_fontweight("bold" if y in header_ys else "normal")
            name = tick.get_text().replace("\n", " ")
            tick.set_color("#000000" if y in header_ys else styles.get(name, Style(NEUTRAL, "o", "")).colour)
            if _narrow():
                tick.set_fontsize(8)
        ax.set_ylim(min(ys, default=-1) - 0.7, 0.7)
        ax.grid(axis="y", visible=False)
        ax.tick_params(axis="y", length=0)
        _set_title(fig, ax, title)
        if log:
            ax.set_xscale("log")
            ax.set_xlabel(f"{unit} (log scale)")
        else:
            top = float(pd.concat([ordered["low"], ordered["high"]]).astype(float).max()) if len(ordered) else 1.0
            ax.set_xlim(0, top * 1.12 if top > 0 else 1)  # room for an arrow to the right of the largest
            ax.set_xlabel(unit)
        ax.set_xmargin(0.12)
        ax.xaxis.set_major_formatter(FuncFormatter(thousands))
        ax.xaxis.set_minor_formatter(NullFormatter())
        _labels_inside(ax)
        add_source_line(fig, source + "  |  bar: range claimed; marker alone: one figure; → more than; ← up to")
        _finish(fig, None)
        fig.key = styles
        fig.alt = f"Chart: {title}. " + _groups_alt(ordered, group, series)
    return fig


def _labels_inside(ax: Axes) -> None:
    """Figures written beside their bars stay inside the chart: right of a bar in the left half,
    left of it in the right half; they take no room from the layout (a long one would squeeze the
    axes to nothing on a phone)."""
    to_axes = ax.transAxes.inverted()
    for ann in [t for t in ax.texts if hasattr(t, "xyann")]:
        x, y = ann.xy  # type: ignore[attr-defined]
        ann.set_in_layout(False)
        if _narrow():  # a phone has no room beside the bars: the figure goes on its own line, over its bar
            ann.xycoords = ax.get_yaxis_transform()  # type: ignore[attr-defined]
            ann.xy = (0.0, y)  # type: ignore[attr-defined]
            ann.xyann = (2, 5)
            ann.set_horizontalalignment("left")
            ann.set_verticalalignment("bottom")
            ann.set_fontsize(7)
            continue
        low, _, kind = (ann.get_gid() or f"{x}|").partition("|")
        if to_axes.transform(ax.transData.transform((x, y)))[0] > 0.55:  # written left of the bar's low end
            ann.xy = (float(low), y)  # type: ignore[attr-defined]
            ann.xyann = (-18 if kind == "up to" else -8, 0)
            ann.set_horizontalalignment("right")


def _groups_alt(rows: pd.DataFrame, group: str, series: str) -> str:
    if rows.empty:
        return "Nothing to show."
    parts = []
    for g, part in rows.groupby(rows[group].astype(str), sort=False):
        shown = ", ".join(f"{r[series]} {_figure_of(r)}" for _, r in part.head(6).iterrows())
        more = f" and {len(part) - 6} more" if len(part) > 6 else ""
        parts.append(f"{g}: {shown}{more}")
    return f"{words.count(len(rows), 'figure')} in {words.count(len(parts), 'group')}. " + "; ".join(parts) + "."


QUALIFIER_COLOURS = {
    "confirmed": PALETTE[0],
    "estimated": PALETTE[4],
    "reported": PALETTE[6],
    "suggested": PALETTE[8],
    "planned": PALETTE[3],
}
QUALIFIER_HATCHES = {"confirmed": "", "estimated": "///", "reported": "...", "suggested": "xx", "planned": "--"}


@_chart
def share_chart(
    shares: pd.DataFrame, title: str, source: str, label: str = "claimant", colours: dict[str, str] | None = None
) -> Chart:
    """100% stacked horizontal bars: each row's shares (0-1) across the share columns.

    ``shares`` has a ``label`` column, an optional ``claims`` count (shown after the label)
    and one column per category holding a share; ``compare.hedge_shares`` gives this shape.
    Each category has a colour and a hatch; a segment wide enough carries its share in text.
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
        for i, cat in enumerate(cats):
            width = shares[cat].astype(float).fillna(0.0)
            hatch = QUALIFIER_HATCHES.get(cat, ["", "///", "...", "xx", "--", "\\\\"][i % 6])
            ax.barh(
                y,
                width,
                left=left,
                color=colours[cat],
                label=cat,
                height=0.7,
                hatch=hatch,
                edgecolor="white",
                linewidth=0.5,
            )
            for yy, w, x0 in zip(y, width, left, strict=True):
                if w >= (0.16 if _narrow() else 0.08):
                    ax.text(
                        x0 + w / 2,
                        yy,
                        f"{w:.0%}",
                        ha="center",
                        va="center",
                        fontsize=7,
                        color="white",
                        fontweight="bold",
                        bbox={"boxstyle": "round,pad=0.1", "fc": colours[cat], "lw": 0},
                    )
            left = left + width
        names = shares[label].astype(str)
        if "claims" in shares:
            names = names + " (" + shares["claims"].astype(str) + ")"
        ax.set_yticks(y, [textwrap.fill(n, 20) for n in names] if _narrow() else list(names))
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0%}"))
        key = "share of the claimant's claims (number of claims in brackets)"
        ax.set_xlabel(textwrap.fill(key, 30) if _narrow() else key)
        ax.grid(axis="y", visible=False)
        _set_title(fig, ax, title)
        if _narrow():
            legend = fig.legend(loc="lower center", fontsize=8, title="qualifier", title_fontsize=8, ncols=3)
        else:
            legend = fig.legend(loc="outside right upper", fontsize=8, title="qualifier", title_fontsize=8)
        add_source_line(fig, source)
        _finish(fig, legend)
        fig.alt = f"Chart: {title}. " + _shares_alt(shares, cats, label)
    return fig


def _shares_alt(shares: pd.DataFrame, cats: list[str], label: str) -> str:
    if shares.empty:
        return "Nothing to show."
    parts = []
    for _, r in shares.head(8).iterrows():
        split = ", ".join(f"{float(r[c]):.0%} {c}" for c in cats if pd.notna(r[c]) and float(r[c]) > 0)
        count = f" ({words.count(int(r['claims']), 'claim')})" if "claims" in r else ""
        parts.append(f"{r[label]}{count}: {split}")
    more = f"; and {len(shares) - 8} more" if len(shares) > 8 else ""
    return "; ".join(parts) + more + "."


@_chart
def ratio_chart(ratios: pd.DataFrame, title: str, source: str, unit: str = "percent") -> Chart:
    """A ratio over time as a band: from ``low`` to ``high`` (fractions), stepping at each ``date``.

    Each step starts on a day a claim changed the ratio and holds until the next one; the
    last holds to ``end`` (a column of one value, else the last date). A thin tick marks
    each change. An open end (NaN: a floor has no ``high``, a ceiling no ``low``) is drawn as
    an arrow up from the floor or down from the ceiling, never as the edge of a band.
    """
    with style():
        fig = _new_figure(height=4.2 if not _narrow() else 3.4)
        ax = fig.add_subplot()
        band = ratios[["date", "low", "high"]].copy()
        band["low"], band["high"] = band["low"].astype(float) * 100, band["high"].astype(float) * 100
        if "end" in ratios and len(ratios):
            band = pd.concat([band, band.tail(1).assign(date=pd.Timestamp(ratios["end"].iloc[-1]))])
        colour = PALETTE[8]
        ax.fill_between(
            band["date"],
            band["low"],
            band["high"],
            step="post",
            color=colour,
            alpha=0.25,
            linewidth=0,
            label="range: lowest to highest share the claims allow",
        )
        ax.step(band["date"], band["low"], where="post", color=colour, linewidth=1)
        ax.step(band["date"], band["high"], where="post", color=colour, linewidth=1)
        for end, other, marker, text in (
            ("low", "high", UP, "more than: no upper end"),
            ("high", "low", DOWN, "up to: no lower end"),
        ):
            only = ratios[ratios[other].isna() & ratios[end].notna()]
            if len(only):
                values = only[end].astype(float) * 100
                ax.plot(
                    only["date"],
                    values,
                    marker=marker,
                    color=colour,
                    markersize=ARROW_SIZE,
                    linestyle="none",
                    markeredgewidth=1.5,
                    label=text,
                )
        ax.plot(
            ratios["date"], [0.8] * len(ratios), "|", color=NEUTRAL, markersize=8, label="a claim changed the range"
        )
        top = float(band["high"].fillna(band["low"]).max()) if len(band) else 100.0
        top = 100.0 if pd.isna(top) else top
        ax.set_ylim(bottom=0, top=min(100.0, max(10.0, top * 1.25)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f}%"))
        _date_axis(ax)
        ax.set_ylabel(unit)
        _set_title(fig, ax, title)
        legend = fig.legend(loc="lower center", fontsize=8, ncols=1) if _narrow() else None
        if not _narrow():
            ax.legend(loc="upper left", fontsize=8)
        add_source_line(fig, source)
        _finish(fig, legend)
        fig.alt = f"Chart: {title}. " + _ratio_alt(ratios)
    return fig


def _share(value: object) -> str | None:
    return None if value is None or pd.isna(value) else f"{float(value):.0%}"  # type: ignore[call-overload,arg-type]


def _ratio_alt(ratios: pd.DataFrame) -> str:
    if ratios.empty:
        return "No figures."
    last = ratios.iloc[-1]
    lo, hi = _share(last["low"]), _share(last["high"])
    now = f"{lo} to {hi}" if lo and hi and lo != hi else lo if lo and hi else f"more than {lo}" if lo else f"up to {hi}"
    return (
        f"From {words.day(ratios['date'].min())}, changed by {words.count(len(ratios), 'claim')}; "
        f"since {words.day(last['date'])}: {now}."
    )


@_chart
def matrix_chart(matrix: pd.DataFrame, title: str, source: str, unit: str = "claims") -> Chart:
    """A heat map of counts (rows by columns), each cell labelled with its count; empty cells blank."""
    with style():
        fig = _new_figure(height=1.8 + 0.32 * max(len(matrix), 1) + (1.2 if _narrow() else 0))
        ax = fig.add_subplot()
        values = matrix.fillna(0).astype(float).to_numpy()
        image = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0)
        for (i, j), v in np.ndenumerate(values):
            if v:
                dark = v > values.max() * 0.7  # white text only on the darkest cells, where it reaches 4.5:1
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=8, color="white" if dark else "#222222")
        ax.set_xticks(
            range(matrix.shape[1]),
            [str(c) for c in matrix.columns],
            rotation=35 if not _narrow() else 60,
            ha="right",
            fontsize=8 if not _narrow() else 7,
        )
        ax.set_yticks(range(matrix.shape[0]), [str(i) for i in matrix.index], fontsize=8 if not _narrow() else 7)
        ax.grid(False)
        _set_title(fig, ax, title)
        fig.colorbar(image, ax=ax, label=unit, shrink=0.8)
        add_source_line(fig, source)
        fig.alt = f"Chart: {title}. " + _matrix_alt(matrix)
    return fig


def _matrix_alt(matrix: pd.DataFrame) -> str:
    if matrix.empty:
        return "Nothing to show."
    stacked = matrix.fillna(0).stack()
    row, col = stacked.index[int(stacked.to_numpy().argmax())]
    top = stacked.max()
    return (
        f"{words.count(matrix.shape[0], 'row')} by {words.count(matrix.shape[1], 'column')}; the largest cell: "
        f"{row} and {col}, {top:.0f}."
    )


def keys_agree(charts: Iterable[Chart]) -> bool:
    """True if every claimant has the same style in every chart given (the one-mapping rule)."""
    seen: dict[str, Style] = {}
    for chart in charts:
        for name, s in chart.key.items():
            if seen.setdefault(name, s) != s:
                return False
    return True
