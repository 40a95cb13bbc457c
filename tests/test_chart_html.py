"""Charts as a page shows them: alt text from their data, a phone drawing, the claimants' styles on the figure."""

from __future__ import annotations

import base64
import io
import json
import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

import analysis
from analysis.measures import deployments, weapons
from analysis.present import charts

from .conftest import property_settings
from .test_compare import make_claims


class Figure(HTMLParser):
    """The parts of a chart's ``<figure>``: its attributes, its sources and its image."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, list[dict[str, str | None]]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.setdefault(tag, []).append(dict(attrs))


def parts(chart: charts.Chart) -> dict[str, list[dict[str, str | None]]]:
    found = Figure()
    found.feed(chart.html())
    return found.tags


def _png(uri: str | None) -> Image.Image:
    assert uri and uri.startswith("data:image/png;base64,")
    return Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1].split(" ", 1)[0])))


@pytest.fixture(scope="module")
def troops() -> charts.Chart:
    history = analysis.estimate_history("troops_deployed", as_of="2025-03-27")
    return charts.estimate_chart(history, "Troops sent", "soldiers", "test")


def test_a_chart_is_a_figure_with_both_drawings_alt_text_and_its_claimants(troops: charts.Chart) -> None:
    tags = parts(troops)
    (figure,) = tags["figure"]
    assert json.loads(figure["data-claimants"] or "{}") == {
        n: {"colour": s.colour, "marker": s.marker, "symbol": s.symbol} for n, s in troops.key.items()
    }
    (source,) = tags["source"]
    (img,) = tags["img"]
    assert source["media"] == charts.PHONE_MEDIA and (source["srcset"] or "").endswith(" 2x")
    phone, desktop = _png(source["srcset"]), _png(img["src"])
    assert desktop.size == (int(img["width"] or 0), int(img["height"] or 0)) == (900, 480)
    assert phone.size[0] == 2 * int(source["width"] or 0) == 760, "drawn at twice the size it is shown at"
    assert img["alt"] == troops.alt and img["alt"] != charts.DEFAULT_ALT


def test_alt_text_says_what_the_chart_shows_and_its_latest_figures(troops: charts.Chart) -> None:
    history = analysis.estimate_history("troops_deployed", as_of="2025-03-27")
    newest = history.sort_values(["reported_on", "claim_id"]).iloc[-1]
    assert troops.alt.startswith("Chart: Troops sent. ")
    assert f"{len(history)} claims by {history['claimant'].nunique()} claimants" in troops.alt
    assert f"({newest['claimant']}, {newest['reported_on'].day} {newest['reported_on']:%B %Y})" in troops.alt


@property_settings(20)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["A", "B", "C"]),
            st.dates(min_value=pd.Timestamp("2024-01-01").date(), max_value=pd.Timestamp("2026-01-01").date()),
            st.integers(1, 50_000),
            st.sampled_from(["low", "best", "high"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_alt_text_is_computed_from_whatever_data_is_drawn(rows: list[tuple[str, object, int, str]]) -> None:
    claims = make_claims([{"claimant": c, "reported_on": str(d), f"value_{end}": v} for c, d, v, end in rows])
    history = analysis.estimate_history("killed", claims=claims)
    chart = charts.estimate_chart(history, "Killed", "soldiers", "test")
    newest = history.sort_values(["reported_on", "claim_id"]).iloc[-1]
    word = {"low": "more than ", "high": "up to ", "best": ""}
    value = next(int(newest[f"value_{e}"]) for e in ("low", "best", "high") if pd.notna(newest[f"value_{e}"]))
    kind = next(e for e in ("low", "best", "high") if pd.notna(newest[f"value_{e}"]))
    assert f"newest {word[kind]}{value:,} ({newest['claimant']}," in chart.alt
    assert chart.alt != charts.DEFAULT_ALT


def test_every_chart_helper_writes_its_own_alt_text() -> None:
    history = analysis.estimate_history("killed")
    waves = deployments.contingents()
    made = {
        "estimate_chart": charts.estimate_chart(history, "Killed", "soldiers", "s"),
        "estimate_panels": charts.estimate_panels([("Killed", "soldiers", history)], "Losses", "s"),
        "grouped_range_chart": charts.grouped_range_chart(
            waves.rename(columns={"contingent": "group"}), "Waves", "soldiers", "s"
        ),
        "timeline_chart": charts.timeline_chart(analysis.timeline(as_of="2025-03-27"), "Events", "s"),
        "ratio_chart": charts.ratio_chart(deployments.loss_ratio_over_time(), "Share", "s"),
        "share_chart": charts.share_chart(
            pd.DataFrame({"claimant": ["A"], "claims": [4], "confirmed": [0.5], "estimated": [0.5]}), "Hedges", "s"
        ),
        "matrix_chart": charts.matrix_chart(pd.DataFrame({"A": [1, 2]}, index=["x", "y"]), "Outlets", "s"),
        "range_chart": charts.range_chart(pd.DataFrame({"label": ["a"], "low": [1], "high": [3]}), "R", "u", "s"),
    }
    for name, chart in made.items():
        assert chart.alt.startswith("Chart: ") and len(chart.alt) > 30, name
        assert re.search(r"\d", chart.alt), f"{name}: its figures are in the alt text"


def test_on_a_phone_panels_stack_and_the_legend_goes_under_the_chart() -> None:
    history = weapons.weapons_history()
    chosen = ("artillery_shells", "containers_shipped", "ballistic_missiles")
    panels = [(m, weapons.unit_of(m), history[history["metric"].astype(str) == m]) for m in chosen]
    wide = charts.estimate_panels(panels, "Weapons", "s", by_basis=True, columns=2)
    assert wide.narrow is not None
    narrow = wide.narrow()
    assert narrow.narrow is None, "the phone drawing is not drawn again"
    assert narrow.get_figwidth() == charts.NARROW.width < wide.get_figwidth()
    lefts = {round(ax.get_position().x0, 3) for ax in narrow.axes if ax.get_visible()}
    assert len(lefts) == 1, "one panel a row"
    charts.png_bytes(narrow)  # lays it out
    (legend,) = narrow.legends
    lowest_axes = min(ax.get_position().y0 for ax in narrow.axes if ax.get_visible())
    box = legend.get_window_extent().transformed(narrow.transFigure.inverted())
    assert box.y1 <= lowest_axes, "the legend is under the panels, not beside them"
    source = next(t for t in narrow.texts if t.get_text().startswith("Source:"))
    assert source.get_window_extent().transformed(narrow.transFigure.inverted()).y1 <= box.y0 + 0.01


def test_a_month_or_year_event_told_more_precisely_elsewhere_is_drawn_once() -> None:
    """The seed article's 'defence pact in 2024' is the treaty of 19 June 2024, not a second event."""
    events = analysis.timeline(start="2024-01-01", as_of="2024-12-31")
    same = charts.covered(events)
    by_id = dict(zip(events["event_id"], same, strict=True))
    assert by_id["E0003"] == "E0006"
    assert by_id["E0007"] == "E0008", "August 2024's offensive is the incursion of 6 August"
    assert all(v is None for k, v in by_id.items() if k not in ("E0003", "E0007"))
    later = charts.covered(analysis.timeline(start="2025-01-01", as_of="2025-03-31"))
    assert later.isna().all(), "January 2025's pull-back has no day-precise twin: it stays"


def test_compact_png_is_deterministic_and_smaller(troops: charts.Chart) -> None:
    first, second = charts.compact_png(troops, 100), charts.compact_png(troops, 100)
    assert first == second and len(first) < len(charts.png_bytes(troops)) / 2
    assert b"Software" not in first


def test_the_reports_charts_draw_both_ways_without_a_warning() -> None:
    """A warning (a layout that collapsed, ticks that could not be placed) would print under the chart."""
    import warnings

    from analysis.data import schema
    from analysis.measures import by_claimant, words

    claims = analysis.load_claims()
    made = []
    for metric in ("artillery_shells", "troops_deployed", "containers_shipped"):  # long names, long labels
        side = by_claimant.positions(metric, claims=claims)
        rows = side.assign(
            group=words.label(metric), low=side["span_low"], high=side["span_high"], best=side["value_best"],
            kind=[by_claimant.bound_kind(*by_claimant.claim_values(claims, c)) for c in side["claim_id"]],
            label=side["figure"] + " (said " + side["reported_on"].dt.strftime("%d %b %Y") + ")",
        )  # fmt: skip
        made.append(
            charts.grouped_range_chart(rows, f"{words.label(metric)}: latest", schema.metric_units()[metric], "s")
        )
    made.append(charts.share_chart(by_claimant.hedge_shares(claims=claims), "Hedges", "s"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for chart in made:
            chart.html()


def test_no_text_of_a_chart_runs_off_its_edge() -> None:
    """Titles, labels, legends and source lines of every chart helper stay inside the image, phone or desktop."""
    history = analysis.estimate_history("troops_deployed")
    weapons_history = weapons.weapons_history()
    made = {
        "estimate_chart": charts.estimate_chart(
            history, "North Korean troops sent to Russia, as claimed", "soldiers", "a source line that wraps on a phone"
        ),
        "estimate_panels": charts.estimate_panels(
            [(m, "units", weapons_history[weapons_history["metric"].astype(str) == m]) for m in weapons.WEAPON_METRICS],
            "Weapons and munitions North Korea is said to have supplied", "s", by_basis=True, columns=2,
        ),
        "timeline_chart": charts.timeline_chart(analysis.timeline(), "Events in the twelve months to 16 March", "s"),
        "ratio_chart": charts.ratio_chart(deployments.loss_ratio_over_time(), "Share killed or wounded", "s"),
        "share_chart": charts.share_chart(
            pd.DataFrame({"claimant": ["Ukraine Foreign Intelligence Service"], "claims": [4], "confirmed": [0.5],
                          "estimated": [0.5]}), "How firmly each claimant puts its figures", "s",
        ),
    }  # fmt: skip
    from analysis.measures import by_claimant

    claims = analysis.load_claims()
    side = by_claimant.positions("artillery_shells", claims=claims)
    made["grouped_range_chart"] = charts.grouped_range_chart(
        side.assign(group="Artillery rounds supplied", low=side["span_low"], high=side["span_high"],
                    label=side["figure"] + " (said " + side["reported_on"].dt.strftime("%d %b %Y") + ")"),
        "Artillery rounds supplied: each claimant's latest figure", "rounds", "s",
    )  # fmt: skip
    carried = by_claimant.outlets(claims=claims)
    made["matrix_chart"] = charts.matrix_chart(
        by_claimant.outlet_matrix(carried, top=12).iloc[:, :10], "Claims carried: busiest outlets by claimant", "s"
    )
    for name, chart in made.items():
        assert chart.narrow is not None
        for phone in (chart.narrow(), chart):  # the phone drawing, and the desktop one
            _inside(name, phone)


def _inside(name: str, phone: charts.Chart) -> None:
    from matplotlib.text import Text

    charts.png_bytes(phone)  # lays it out
    box = phone.bbox
    hidden = set()  # tick labels of ticks outside the view: never drawn
    for ax in phone.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            locs = axis.get_majorticklocs()
            hidden |= {
                id(t) for loc, t in zip(locs, axis.get_majorticklabels(), strict=False) if not low <= loc <= high
            }
    for text in phone.findobj(Text):
        if not text.get_visible() or not text.get_text().strip() or id(text) in hidden:
            continue
        ext = text.get_window_extent()
        assert ext.x0 >= box.x0 - 2 and ext.x1 <= box.x1 + 2, f"{name}: {text.get_text()!r} runs off the side"
        assert ext.y0 >= box.y0 - 2 and ext.y1 <= box.y1 + 2, f"{name}: {text.get_text()!r} runs off the top or bottom"


def test_panels_sharing_dates_keep_every_claim_in_view() -> None:
    """A panel of one claim is padded to two months, never at the cost of another panel's claims."""
    import matplotlib.dates as mdates

    one = make_claims([{"claimant": "A", "reported_on": "2025-01-10", "value_best": 10}])
    many = make_claims([{"claimant": "B", "reported_on": d, "value_best": 10} for d in ("2024-01-10", "2025-06-10")])
    chart = charts.estimate_panels(
        [("one", "u", analysis.estimate_history("killed", claims=one)),
         ("many", "u", analysis.estimate_history("killed", claims=many))], "t", "s",
    )  # fmt: skip
    charts.png_bytes(chart)
    for ax in (a for a in chart.axes if a.get_visible()):
        low, high = (mdates.num2date(x).replace(tzinfo=None) for x in ax.get_xlim())
        assert low <= pd.Timestamp("2024-01-10") and high >= pd.Timestamp("2025-06-10")
