"""The measures API a researcher types: one shape, names that forgive, mistakes that say what was meant."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import analysis
from analysis.errors import ParameterError
from analysis.measures import by_claimant, deployments, estimates, headlines, timeline, weapons

from .conftest import property_settings

# every public helper that takes a measure (first argument) and claimants, called the way a researcher would
WITH_METRIC: dict[str, Callable[..., Any]] = {
    "latest_estimate": estimates.latest_estimate,
    "compare_claimants": estimates.compare_claimants,
    "current_estimates": estimates.current_estimates,
    "estimate_history": estimates.estimate_history,
    "conservative_estimate": estimates.conservative_estimate,
    "contingent_totals": estimates.contingent_totals,
    "positions": by_claimant.positions,
    "spread_text": by_claimant.spread_text,
    "disagreements": by_claimant.disagreements,
    "hedge_shares": by_claimant.hedge_shares,
    "revisions": by_claimant.revisions,
    "revision_stats": by_claimant.revision_stats,
    "outlets": by_claimant.outlets,
    "weapons_history": weapons.weapons_history,
    "side_figures": weapons.side_figures,
    "headline_figures": headlines.headline_figures,
    "key_points": headlines.key_points,
    "changes_since": headlines.changes_since,
    "trend": headlines.trend,
}
# helpers without a measure: as_of first
WITHOUT_METRIC: dict[str, Callable[..., Any]] = {
    "deployed_total": estimates.deployed_total,
    "loss_ratio": estimates.loss_ratio,
    "contingents": deployments.contingents,
    "waves": deployments.waves,
    "deployed_over_time": deployments.deployed_over_time,
    "loss_ratio_over_time": deployments.loss_ratio_over_time,
    "bottom_line": headlines.bottom_line,
    "sources_for": headlines.sources_for,
}
EVERY = {**WITH_METRIC, **WITHOUT_METRIC, "transfers_table": weapons.transfers_table}
MODULES = (estimates, by_claimant, deployments, headlines, weapons, timeline)


def test_every_public_helper_with_claimants_is_tested_here() -> None:
    found = {
        name
        for module in MODULES
        for name in module.__all__
        if inspect.isfunction(fn := getattr(module, name)) and "claimants" in inspect.signature(fn).parameters
    }
    assert found == set(EVERY), f"test these too: {sorted(found - set(EVERY))}"


@pytest.mark.parametrize("name", sorted(EVERY))
def test_one_shape(name: str) -> None:
    """f(metric, *, as_of=None, claimants=None, claims=None): everything after the first argument by keyword."""
    params = list(inspect.signature(EVERY[name]).parameters.values())
    first, rest = params[0], params[1:]
    assert first.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in rest), name
    assert {"claimants", "as_of"} <= {p.name for p in params}
    assert all(p.default is None for p in params if p.name in ("as_of", "claimants", "claims", "since"))
    frames = {p.name for p in params if p.name in ("claims", "sources", "transfers", "claim_sources", "events")}
    assert frames, f"{name} takes its tables"


@pytest.mark.parametrize("name", sorted(WITH_METRIC))
def test_a_misspelt_metric_names_the_closest(name: str) -> None:
    with pytest.raises(ParameterError, match=r"did you mean 'killed'\?$"):
        WITH_METRIC[name]("killd")


@pytest.mark.parametrize("name", sorted(EVERY))
def test_a_misspelt_claimant_names_the_closest(name: str) -> None:
    with pytest.raises(
        ParameterError, match=r"^parameter claimants='South Korea NSI' .*did you mean 'South Korea NIS'\?$"
    ):
        _call(name, claimants="South Korea NSI")


def _call(name: str, **kwargs: Any) -> Any:
    """A helper with its first argument (a measure where it takes one) and ``kwargs``."""
    return EVERY[name]("killed", **kwargs) if name in WITH_METRIC else EVERY[name](**kwargs)


@pytest.mark.parametrize("name", sorted(EVERY))
@pytest.mark.parametrize("bad", ["2025-13-01", "27/03/2025", "yesterday", "2030-01-01", "2020-01-01"])
def test_a_bad_date_is_a_parameter_error(name: str, bad: str) -> None:
    with pytest.raises(ParameterError, match=r"^parameter as_of="):
        _call(name, as_of=bad)


@property_settings(30)
@given(day=st.one_of(st.dates(), st.dates(min_value=analysis.dataset_dates()[0], max_value=date.today())))
@example(day=date(2024, 2, 29))
@example(day=date.min)
@example(day=date.max)
def test_any_date_works_or_is_refused_in_one_line(day: date) -> None:
    """Every day of the calendar, 29 February and date.min/date.max included: a result or a ParameterError."""
    first, _ = analysis.dataset_dates()
    inside = first <= day <= date.today()
    for call in (
        lambda: analysis.latest_estimate("killed", as_of=day),
        lambda: analysis.deployed_total(day),
        lambda: analysis.loss_ratio(day),
        lambda: headlines.key_points(as_of=day, since=day),
        lambda: headlines.bottom_line(day, since=day),
        lambda: analysis.timeline(as_of=day, start=day),
    ):
        if inside:
            call()
        else:
            with pytest.raises(ParameterError, match="a date within the data"):
                call()


def test_today_and_the_first_day_are_allowed_but_not_beyond() -> None:
    first, _ = analysis.dataset_dates()
    assert analysis.latest_estimate("killed", as_of=first) is None
    assert analysis.latest_estimate("killed", as_of=date.today()) is not None
    for outside in (first - timedelta(days=1), date.today() + timedelta(days=1)):
        with pytest.raises(ParameterError, match="a date within the data"):
            analysis.loss_ratio(outside)
    assert analysis.latest_estimate("killed", as_of=pd.Timestamp("2025-09-02")).claim_ids == ("C0089",)


def test_labels_aliases_and_categories_are_accepted() -> None:
    by_label = analysis.latest_estimate("Killed or wounded", claimants="NIS")
    by_name = analysis.latest_estimate("casualties_killed_or_wounded", claimants=["South Korea NIS"])
    assert by_label == by_name and by_label is not None and by_label.claimants == ("South Korea NIS",)
    seoul = analysis.latest_estimate("troops_deployed", claimants="Seoul")  # Seoul is South Korea in actors.csv
    assert seoul is not None and seoul.claimants == ("South Korea",)
    assert not analysis.compare_claimants("troops deployed").empty
    assert set(analysis.timeline(["Combat"])["category"].astype(str)) == {"combat"}
    with pytest.raises(ParameterError, match=r"did you mean 'combat'\?$"):
        analysis.timeline(["combatt"])
    with pytest.raises(ParameterError, match="a person"):
        analysis.latest_estimate("killed", claimants="Zelenskyy")


# --- displays ----------------------------------------------------------------------------------


def _claim(claim_id: str) -> tuple[pd.Series, pd.Series]:
    """A claim's row and its source's row, so the expectations follow the data."""
    claim = analysis.load_claims().set_index("claim_id").loc[claim_id]
    return claim, analysis.load_sources().set_index("source_id").loc[claim["source_id"]]


def test_an_estimate_shows_as_a_sentence_and_a_table() -> None:
    est = analysis.latest_estimate("killed", as_of="2025-09-30")
    assert est is not None and est.claim_ids == ("C0089",)
    _, source = _claim("C0089")
    text = str(est)
    assert text == repr(est)[len("<Estimate ") : -1]
    assert text.startswith("Killed: 2,000, estimated") and "said by South Korea NIS on 2 September 2025" in text
    assert f"({source['publisher']})" in text and "[C0089]" in text and len(repr(est)) < 200
    page = est._repr_html_()
    assert f'<a href="{source["url"]}' in page and "2025-09-02" in page
    assert "<table" in page and "C0089" in page


def test_a_total_lists_each_claim_with_its_own_date() -> None:
    total = analysis.deployed_total("2025-03-27")
    assert total is not None
    claims = analysis.load_claims().set_index("claim_id")
    newest = max(claims.loc[c, "reported_on"].date() for c in total.claim_ids)
    assert total.reported_on == newest < date(2025, 3, 27)  # the claims' own date, not the day asked for
    assert f"{newest:%-d %B %Y}" in total.describe() and "27 March 2025" not in total.describe()
    assert f"{newest}" in total._repr_html_() and "2025-03-27" not in total._repr_html_()
    seed = analysis.load_claims().query("source_id == 'euronews-2025-03-27-nk-3000-more-troops'")
    both = analysis.deployed_total("2025-03-31", claims=seed)
    assert both is not None and both.breakdown().count("27 March 2025") == 2 and " + " in both.breakdown()


@pytest.mark.parametrize("day", sorted({str(d.date()) for d in analysis.load_claims()["reported_on"]})[::5])
def test_every_total_carries_the_date_of_a_claim_it_uses(day: str) -> None:
    total = analysis.deployed_total(day)
    if total is None:
        return
    claims = analysis.load_claims().set_index("claim_id")
    dates = {claims.loc[c, "reported_on"].date() for c in total.claim_ids}
    assert total.reported_on == max(dates)
    ratio = analysis.loss_ratio(day)
    if ratio is not None:
        assert ratio.numerator.reported_on in {claims.loc[c, "reported_on"].date() for c in ratio.numerator.claim_ids}


def test_a_ratio_shows_both_sides() -> None:
    ratio = analysis.loss_ratio()
    assert ratio is not None
    text = str(ratio)
    assert text.startswith("Share of the troops sent killed or wounded: ")
    assert "6,000 killed or wounded (South Korea NIS, 12 February 2026)" in text and len(repr(ratio)) < 300
    page = ratio._repr_html_()
    ids = [*ratio.numerator.claim_ids, *ratio.denominator.claim_ids]
    assert page.count("<tr>") == 1 + len(ids) and all(c in page for c in ids)


def test_displays_escape_the_data() -> None:
    claims = analysis.load_claims().iloc[:1].assign(claimant="<b>x</b>", source_id="nope")
    claims["claimant"] = claims["claimant"].astype("string")
    est = analysis.latest_estimate(str(claims.iloc[0]["metric"]), claims=claims)
    assert est is not None and "<b>" not in est._repr_html_() and "&lt;b&gt;" in est._repr_html_()
