"""One claimant, one colour and one marker, in every chart of every report; text colours that reach 4.5:1."""

from __future__ import annotations

import itertools

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis.present import charts, colours
from analysis.present.colours import MIN_CONTRAST, PALETTE, claimant_order, claimant_styles, contrast, style_at

from .conftest import property_settings


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert round(contrast("#000000"), 2) == 21.0
    assert round(contrast("#ffffff"), 2) == 1.0
    assert round(contrast("#777777"), 2) == 4.48  # the classic just-failing grey
    assert round(contrast("#edae49"), 2) == 1.95 and round(contrast("#ff7c43"), 2) == 2.56  # the old palette's


def test_every_colour_a_claimant_or_a_note_is_drawn_in_reads_as_text_on_the_page() -> None:
    used = [*PALETTE, colours.NEUTRAL, *charts.CATEGORY_COLOURS.values(), *charts.QUALIFIER_COLOURS.values()]
    failing = {c: round(contrast(c), 2) for c in used if contrast(c) < MIN_CONTRAST}
    assert not failing, f"below {MIN_CONTRAST}:1 on white: {failing}"


def test_seventy_claimants_get_seventy_different_pairs_and_neighbours_differ_in_both() -> None:
    pairs = [style_at(i) for i in range(70)]
    assert len({(s.colour, s.marker) for s in pairs}) == 70
    assert all(a.colour != b.colour and a.marker != b.marker for a, b in itertools.pairwise(pairs))
    assert not {"^", "v", "<", ">"} & {s.marker for s in pairs}, "a triangle would read as 'more than' or 'up to'"


@property_settings(40)
@given(data=st.data())
def test_a_claimant_keeps_its_style_whatever_else_a_chart_shows(data: st.DataObject) -> None:
    """The style depends on the claimant only: not on the order, the subset or the chart asking."""
    everyone = claimant_order()
    chosen = data.draw(st.lists(st.sampled_from(everyone), min_size=1, max_size=8, unique=True))
    alone = {name: claimant_styles([name])[name] for name in chosen}
    assert claimant_styles(chosen) == alone
    assert claimant_styles(list(reversed(chosen))) == alone


def test_the_order_is_the_day_of_each_claimant_s_first_claim() -> None:
    claims = analysis.load_claims()
    order = claimant_order(claims)
    first = claims.groupby(claims["claimant"].astype(str), observed=True)["reported_on"].min()
    assert order == sorted(first.index, key=lambda n: (first[n], n))
    assert set(order) == set(claims["claimant"].astype(str))
    styles = claimant_styles(order)
    assert len({(s.colour, s.marker) for s in styles.values()}) == len(order), "no two claimants look alike"


def test_an_unknown_claimant_gets_a_stable_style() -> None:
    alone = claimant_styles(["Made-up agency"])["Made-up agency"]
    assert claimant_styles(["South Korea NIS", "Made-up agency"])["Made-up agency"] == alone


def test_every_chart_of_a_report_draws_a_claimant_in_its_one_style() -> None:
    """The old helpers numbered claimants per chart: South Korea NIS came out in four colours."""
    source = "test"
    troops = analysis.estimate_history("troops_deployed")
    losses = analysis.estimate_history("casualties_killed_or_wounded")
    made = [
        charts.estimate_chart(troops, "Troops", "soldiers", source),
        charts.estimate_chart(losses, "Losses", "soldiers", source),
        charts.estimate_panels([("Sent", "soldiers", troops), ("Losses", "soldiers", losses)], "Both", source),
    ]
    assert charts.keys_agree(made)
    nis = {chart.key["South Korea NIS"] for chart in made}
    assert len(nis) == 1
    for chart in made:
        drawn = {
            line.get_label(): (line.get_color(), line.get_marker())
            for ax in chart.axes
            for line in ax.get_lines()
            if line.get_label() in chart.key
        }
        assert drawn == {n: (s.colour, s.marker) for n, s in chart.key.items() if n in drawn}
        assert drawn, "the claimants are drawn"


def test_grouped_rows_name_each_claimant_in_its_colour() -> None:
    rows = pd.DataFrame(
        {"group": ["Jan 2025"] * 2, "claimant": ["South Korea NIS", "Ukraine HUR"], "low": [1000, 3000]}
    ).assign(high=lambda f: f["low"], kind="point")
    fig = charts.grouped_range_chart(rows, "Waves", "soldiers", "test")
    coloured = {t.get_text(): t.get_color() for t in fig.axes[0].get_yticklabels() if t.get_text() in fig.key}
    assert coloured == {n: s.colour for n, s in fig.key.items()}
    assert all(contrast(c) >= MIN_CONTRAST for c in coloured.values())
