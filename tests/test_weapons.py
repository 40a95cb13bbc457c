"""Weapons: counted and capacity-based figures apart, partial figures and plans aside, unquantified transfers kept."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.measures import weapons, words

from .conftest import SEED_ID
from .test_compare import make_claims


def _shells() -> pd.DataFrame:
    shells = {"metric": "artillery_shells", "unit": "rounds"}
    return make_claims(
        [
            {**shells, "claimant": "A", "reported_on": "2024-01-01", "value_low": 1000000, "basis": "counted"},
            {**shells, "claimant": "B", "reported_on": "2024-06-01", "value_high": 4800000, "basis": "capacity"},
            {**shells, "claimant": "B", "reported_on": "2024-09-01", "value_low": 6000000, "basis": "capacity"},
            {**shells, "claimant": "C", "reported_on": "2025-01-01", "value_best": 3500000, "scope": "part"},
            {**shells, "claimant": "C", "reported_on": "2025-02-01", "value_best": 150, "qualifier": "planned"},
        ]
    )


def test_history_keeps_totals_and_groups_the_basis() -> None:
    history = weapons.weapons_history(["artillery_shells"], claims=_shells())
    assert list(history["claimant"].astype(str)) == ["A", "B", "B"]
    assert list(history["basis_group"]) == ["counted", "capacity-based", "capacity-based"]
    assert list(history["figure"]) == ["more than 1,000,000", "up to 4,800,000", "more than 6,000,000"]


def test_side_figures_are_partial_figures_and_plans() -> None:
    side = weapons.side_figures(["artillery_shells"], claims=_shells())
    assert list(side["why"]) == ["part of the period or one unit", "a plan, not a delivery"]


def test_by_basis_keeps_each_figure_in_its_own_words() -> None:
    table = weapons.by_basis(weapons.weapons_history(["artillery_shells"], claims=_shells())).set_index("basis_group")
    assert table.loc["capacity-based", "claims"] == 2
    assert table.loc["capacity-based", "highest"] == "more than 6,000,000 (B, 1 September 2024)"
    assert table.loc["capacity-based", "lowest"] == "up to 4,800,000 (B, 1 June 2024)"
    assert table.loc["counted", "latest"] == "more than 1,000,000 (A, 1 January 2024)"


def test_seed_transfers_show_the_sources_words() -> None:
    table = weapons.transfers_table(as_of="2025-03-27")
    seed = table[table["source_id"] == SEED_ID]
    assert len(seed) == 3 and not seed["quantified"].any()
    assert set(seed["amount"]) == {"“considerable amount” (no figure)"}
    assert weapons.transfers_table(as_of="2025-03-26").query("source_id == @SEED_ID").empty
    assert set(weapons.transfers_table(["Artillery rounds supplied"])["item"]) == {"artillery_shells"}


def test_amount_text_covers_every_bound() -> None:
    row = {"quantity_low": pd.NA, "quantity_best": pd.NA, "quantity_high": pd.NA, "amount_text": pd.NA}
    assert weapons.amount_text(pd.Series(row)) == "not quantified"
    assert weapons.amount_text(pd.Series({**row, "quantity_low": 100})) == "more than 100"
    assert weapons.amount_text(pd.Series({**row, "quantity_high": 9000000})) == "up to 9,000,000"
    assert weapons.amount_text(pd.Series({**row, "quantity_low": 10, "quantity_high": 20})) == "10 to 20"
    assert weapons.amount_text(pd.Series({**row, "quantity_best": 148})) == "148"
    assert weapons.amount_text(pd.Series({**row, "quantity_best": 100, "quantity_high": 150})) == "100 to 150"
    assert weapons.unit_of("artillery_shells") == "rounds"
    assert analysis.load_transfers()["item"].isin(weapons.WEAPON_METRICS).all()


def test_latest_text_names_claimant_date_and_basis() -> None:
    history = weapons.weapons_history(["artillery_shells"], claims=_shells())
    assert (
        weapons.latest_text(history, "artillery_shells") == "more than 6,000,000 (B, 1 September 2024, capacity-based)"
    )
    assert weapons.latest_text(history, "ballistic_missiles") == "no claim"


def test_basis_lines_name_each_basis_and_say_when_nothing_was_counted() -> None:
    summary = weapons.by_basis(weapons.weapons_history())
    lines = weapons.basis_lines(summary)
    assert len(lines) == summary["metric"].nunique()
    by_label = {label: (groups, none) for label, groups, none in lines}
    counted = {words.label(str(m)) for m in summary.loc[summary["basis_group"] == "counted", "metric"]}
    for label, (groups, none) in by_label.items():
        assert ("claim" in groups) and ("highest" in groups)
        assert (none == "") == (label in counted), label
