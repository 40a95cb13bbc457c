"""Every valid date renders: 29 February and the calendar's edges go through the plans, the
archive's dates, the runner and publishing (fixture notebook, through the Python API), and the
real report notebooks render 29 February.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.data.facts import DatasetFacts
from analysis.reports import archive_dates, load_registry, plan_reports, run_plans
from tests.test_reports import REGISTRY, fixture_data, fixture_env

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
TODAY = date.today().isoformat()
# the first day the schema allows, the day before the Unix epoch, two leap days, a year's end, today
EDGE_DAYS = ["1678-01-01", "1969-12-31", "2000-02-29", "2024-02-29", "2024-12-31", TODAY]
LEAP = "2024-02-29"


@pytest.fixture(scope="module")
def long_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture dataset, its first source dated on the first day the schema allows."""
    return fixture_data.write_dataset(tmp_path_factory.mktemp("data"), hostile=False, first_day="1678-01-01")


def test_every_valid_date_goes_through_the_runner_and_is_published(long_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    with fixture_env(long_data):
        registry = load_registry(REGISTRY)
        plans = [plan for day in EDGE_DAYS for plan in plan_reports(["ok"], as_of=day, registry=registry)]
        results = run_plans(plans, out=out, jobs=2, timeout=120)
    assert [(r.as_of, r.ok) for r in results] == [(day, True) for day in EDGE_DAYS], [
        f.headline for r in results for _, f in r.failures
    ]
    for day in EDGE_DAYS:
        assert (out / day / "ok.html").is_file() and (out / day / "ok.md").read_text().startswith("# Fixture report")
        assert json.loads((out / day / "manifest.json").read_text())["as_of"] == day
    index = (out / "index.html").read_text()
    assert all(f'href="{day}/index.html"' in index for day in EDGE_DAYS)
    assert str((out / "latest").readlink()) == TODAY


@settings(max_examples=500 if LONG else 100, deadline=None, derandomize=not LONG)
@given(
    start=st.dates(date(1678, 1, 1), date(2261, 12, 31)),
    length=st.integers(0, 800),
    every=st.sampled_from(["week", "month"]),
)
@example(start=date(2024, 2, 1), length=35, every="week")  # ends Thursday 7 March: 29 February is a Thursday
@example(start=date(2024, 1, 31), length=60, every="month")  # ends 31 March: 29 February in between
@example(start=date(2261, 1, 31), length=334, every="month")
def test_archive_dates_keep_every_day_they_step_on(start: date, length: int, every: str) -> None:
    end = start + timedelta(days=length)
    days = archive_dates(start, end, every)
    assert days == sorted(set(days)) and days[-1] == end and days[0] >= start
    if every == "week":
        assert days == [d for d in (start + timedelta(n) for n in range(length + 1)) if (end - d).days % 7 == 0]
    else:
        months = [(d.year, d.month) for d in days]
        assert len(set(months)) == len(months), "one day a month"
        for d in days:
            last = (date(d.year + d.month // 12, d.month % 12 + 1, 1) - timedelta(days=1)).day
            assert d.day == min(end.day, last), "the day of --to, or the month's last day"
    if start <= date(2024, 2, 29) <= end and (end - date(2024, 2, 29)).days % 7 == 0 and every == "week":
        assert date(2024, 2, 29) in days


def test_archive_plans_keep_29_february(long_data: Path) -> None:
    with fixture_env(long_data):
        registry = load_registry(REGISTRY)
        weeks = plan_reports(["ok"], start="2024-02-01", end="2024-03-07", every="week", registry=registry)
        months = plan_reports(["ok"], start="2024-01-31", end="2024-03-31", every="month", registry=registry)
    assert LEAP in [p.as_of for p in weeks]
    assert [p.as_of for p in months] == ["2024-01-31", LEAP, "2024-03-31"]


# --- the real report notebooks --------------------------------------------------------------

REAL = load_registry(paths.NOTEBOOKS_DIR / "reports.yaml")
BUILT = DatasetFacts().date_range is not None and DatasetFacts().date_range[0] <= date(2024, 2, 29)  # type: ignore[index]


@pytest.mark.skipif(not BUILT, reason="data/clean is not built or starts after 29 February 2024")
def test_the_report_notebooks_render_29_february(tmp_path: Path) -> None:
    """Every real report on a leap day (the situation report once computed the year before with
    ``AS_OF.replace(year=AS_OF.year - 1)``, which raises on 29 February)."""
    [result] = run_plans(plan_reports(list(REAL.reports), as_of=LEAP, registry=REAL), out=tmp_path, jobs=2)
    assert result.ok, [f"{f.headline}: {' '.join(f.details)}" for _, f in result.failures]
