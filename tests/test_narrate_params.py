"""Data text is escaped in notebook output; parameters fail with one line naming the value."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis import params
from analysis.errors import ParameterError
from analysis.measures import headlines
from analysis.present import markup

HOSTILE = "<script>document.title='pwned'</script><img src=x onerror=\"alert(1)\">"


def test_md_escapes_values_not_template() -> None:
    out = markup.md("**{who}** said {n}", who=HOSTILE, n=4000).data
    assert out.startswith("**") and "4,000" in out
    assert "<script>" not in out and "<img" not in out and "&lt;script&gt;" in out


def test_table_escapes_cells_but_keeps_our_links() -> None:
    frame = pd.DataFrame(
        {
            "sentence": [HOSTILE],
            "source": [markup.link("Outlet <b>", "https://example.org/?a=1&b=2")],
            "value": pd.array([11000], dtype="Int64"),
            "when": pd.to_datetime(["2025-03-27"]),
        }
    )
    out = markup.table(frame, html_columns=("source",)).data
    assert "<script>" not in out and "&lt;script&gt;" in out and "<img" not in out
    assert '<a href="https://example.org/?a=1&amp;b=2">Outlet &lt;b&gt;</a>' in out
    assert "11,000" in out and "27 Mar 2025" in out


def test_link_refuses_javascript_urls() -> None:
    assert markup.link("x", "javascript:alert(1)") == "x"


def test_check_date() -> None:
    assert params.check_date("as_of", "2025-03-27") == date(2025, 3, 27)
    assert params.check_date("as_of", "", default=date(2026, 1, 1)) == date(2026, 1, 1)
    with pytest.raises(
        ParameterError, match=r"^parameter as_of='2025-13-01' is not allowed: expected a date as YYYY-MM-DD$"
    ):
        params.check_date("as_of", "2025-13-01")
    with pytest.raises(ParameterError, match="within the dataset, 2023-09-13 to 2026-03-16"):
        params.check_date("as_of", "2027-01-01", date(2023, 9, 13), date(2026, 3, 16))


def test_check_choices() -> None:
    allowed = ["South Korea NIS", "Ukraine HUR"]
    assert params.check_choices("claimants", "", allowed) == allowed
    assert params.check_choices("claimants", "Ukraine HUR", allowed) == ["Ukraine HUR"]
    assert params.check_choices("claimants", ["South Korea NIS"], allowed) == ["South Korea NIS"]
    with pytest.raises(
        ParameterError, match=r"claimants='Seoul' is not allowed: expected one or more of: South Korea NIS"
    ):
        params.check_choices("claimants", "Seoul, Ukraine HUR", allowed)


def test_headline_figures_keep_claimant_hedge_and_source() -> None:
    heads = headlines.headline_figures(as_of="2025-03-27").set_index("metric")
    row = heads.loc["casualties_killed_or_wounded"]
    assert row["figure"] == "4,000" and row["claimant"] == "South Korea JCS"
    assert row["hedge"] == "estimated (estimates)" and row["source"] == "Euronews"
    # the current picture: no other claimant gave a figure within a week of 27 March 2025 (UK's came a day later)
    assert int(row["claimants"]) == 1 and row["spread"] == "4,000"
    troops = heads.loc["troops_deployed"]  # JCS's 11,000 for 2024 and Ukraine's 12,000 of 5 January 2025
    assert (troops["spread"], int(troops["claimants"])) == ("11,000 to 12,000", 2)


def test_hedge_text_does_not_repeat_itself() -> None:
    assert headlines.hedge_text("estimated", "estimated") == "estimated"
    assert headlines.hedge_text("suggested", "appears to") == "suggested (appears to)"
    assert headlines.hedge_text("confirmed", None) == "confirmed"


def test_changes_since() -> None:
    changes = headlines.changes_since(since="2025-03-26", as_of="2025-03-27")
    assert set(changes["claimant"]) == {"South Korea JCS"}
    assert (changes["reported_on"] == pd.Timestamp("2025-03-27")).all()
