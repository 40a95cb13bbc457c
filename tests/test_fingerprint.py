"""A run's fingerprint: what a report of one day is made from, and the runner's reuse of unchanged runs.

The unit tests work on a tiny dataset folder (no kernel); one test runs the fixture report
``ok`` three times to see the runner keep an unchanged day and re-run a changed one.
"""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import paths
from analysis.reports import fingerprint, plan_reports, run_plans
from tests.conftest import property_settings
from tests.test_reports import REGISTRY, fixture_data, fixture_env

AS_OF = "2025-01-20"  # between the fixture's two claims (10 January and 1 February)
FIRST, LAST = date.fromisoformat(fixture_data.FIRST_DAY), date.fromisoformat(fixture_data.LAST_DAY)


def add_row(data: Path, table: str, row: dict[str, str]) -> None:
    """Append ``row`` to ``data/clean/<table>.csv`` (columns not given stay empty)."""
    path = paths.clean_dir(data) / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        columns = next(csv.reader(fh))
    with path.open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=columns, lineterminator="\n").writerow({c: row.get(c, "") for c in columns})


def claim(claim_id: str, reported_on: str, source_id: str = "s1", claimant: str = "South Korea NIS") -> dict[str, str]:
    return {
        "claim_id": claim_id,
        "source_id": source_id,
        "reported_on": reported_on,
        "claimant": claimant,
        "metric": "killed",
        "value_best": "300",
        "unit": "soldiers",
        "qualifier": "estimated",
        "basis": "assessment",
        "confidence": "medium",
    }


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return fixture_data.write_dataset(tmp_path / "data", hostile=False)


def digest(data: Path, as_of: str = AS_OF) -> str:
    return fingerprint.Dataset(data).rows_digest(as_of)


def test_a_claim_added_after_as_of_leaves_the_fingerprint_alone(data: Path) -> None:
    before, next_day = digest(data), digest(data, "2025-01-21")
    add_row(data, "claims", claim("C0003", "2025-01-21"))
    assert digest(data) == before
    assert digest(data, "2025-01-21") != next_day, "the day it was reported sees it"


def test_a_claim_added_on_or_before_as_of_changes_it(data: Path) -> None:
    before = digest(data)
    add_row(data, "claims", claim("C0003", AS_OF))
    assert digest(data) != before


def test_a_later_claim_with_a_new_source_actor_and_outlet_changes_nothing_earlier(data: Path) -> None:
    before = digest(data)
    add_row(data, "actors", {"actor_id": "Ukraine HUR", "kind": "agency", "country": "Ukraine"})
    add_row(
        data, "sources", {"source_id": "s3", "title": "Later", "publisher": "Later News", "published": "2025-01-25"}
    )
    add_row(data, "claims", claim("C0003", "2025-01-25", source_id="s3", claimant="Ukraine HUR"))
    add_row(data, "claim_sources", {"claim_id": "C0003", "source_id": "s1"})
    add_row(data, "events", {"event_id": "E0002", "date": "2025-01-30", "category": "other", "source_id": "s3"})
    assert digest(data) == before


def test_an_edit_to_a_visible_claim_source_or_actor_changes_it(data: Path) -> None:
    before = digest(data)
    for table, column, value in [
        ("claims", "value_best", "101"),
        ("sources", "title", "Troops sent, corrected"),
        ("actors", "country", "Korea"),
    ]:
        fresh = fixture_data.write_dataset(data.parent / f"edit-{table}", hostile=False)
        path = paths.clean_dir(fresh) / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        rows[0][column] = value
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        assert digest(fresh) != before, f"{table}.{column}"


def test_row_order_does_not_matter_but_the_schema_does(data: Path) -> None:
    before = digest(data)
    path = paths.clean_dir(data) / "claims.csv"
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([header, *reversed(rows)]) + "\n", encoding="utf-8")
    assert digest(data) == before
    schema = paths.datapackage_path(data)
    schema.write_text(schema.read_text(encoding="utf-8").replace("Troops sent", "Troops dispatched", 1))
    assert digest(data) != before


@property_settings(40)
@given(
    days=st.lists(st.dates(min_value=FIRST, max_value=LAST), min_size=1, max_size=6),
    as_of=st.dates(min_value=FIRST, max_value=LAST),
)
def test_only_claims_up_to_as_of_count(tmp_path_factory: pytest.TempPathFactory, days: list[date], as_of: date) -> None:
    """Any claims added: the digest of ``as_of`` changes exactly when one of them is dated on or before it."""
    data = fixture_data.write_dataset(tmp_path_factory.mktemp("data"), hostile=False)
    before = digest(data, as_of.isoformat())
    for i, day in enumerate(days):
        add_row(data, "claims", claim(f"C{i + 10:04d}", day.isoformat()))
    assert (digest(data, as_of.isoformat()) != before) == any(day <= as_of for day in days)


def test_a_notebook_edit_code_change_or_parameter_changes_the_report_fingerprint(tmp_path: Path) -> None:
    notebook = tmp_path / "r.ipynb"
    notebook.write_text('{"cells": []}')
    base = {"rows": "r", "notebook": notebook, "title": "T", "parameters": {"as_of": AS_OF}, "code": "c",
            "versions": {"pandas": "3.1"}}  # fmt: skip
    first = fingerprint.report_digest(**base)  # type: ignore[arg-type]
    assert fingerprint.report_digest(**base) == first  # type: ignore[arg-type]
    notebook.write_text('{"cells": [1]}')
    assert fingerprint.report_digest(**base) != first  # type: ignore[arg-type]
    notebook.write_text('{"cells": []}')
    for key, value in [("code", "c2"), ("parameters", {"as_of": AS_OF, "n": 1}), ("versions", {"pandas": "3.2"})]:
        assert fingerprint.report_digest(**{**base, key: value}) != first, key  # type: ignore[arg-type]


def test_the_code_digest_covers_the_package_but_the_site_layer(tmp_path: Path) -> None:
    root = tmp_path / "analysis"
    shutil.copytree(
        Path(fingerprint.__file__).resolve().parent.parent, root, ignore=shutil.ignore_patterns("__pycache__")
    )
    before = fingerprint.code_digest(root)
    (root / "site").mkdir(exist_ok=True)
    (root / "site" / "anything.py").write_text("# the site layer shapes no report\n")
    assert fingerprint.code_digest(root) == before
    (root / "measures" / "words.py").write_text((root / "measures" / "words.py").read_text() + "\n# changed\n")
    assert fingerprint.code_digest(root) != before


def test_the_runner_reuses_an_unchanged_day_and_reruns_a_changed_one(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    with fixture_env(data):
        plans = lambda: plan_reports(["ok"], as_of=AS_OF, registry=REGISTRY)  # noqa: E731
        [first] = run_plans(plans(), out=out, jobs=1)
        assert first.ok and first.reused == []
        page = out / AS_OF / "ok.html"
        stamp, home = page.stat().st_mtime_ns, (out / AS_OF).resolve()
        add_row(data, "claims", claim("C0003", "2025-01-25"))  # after as_of: nothing to redo
        [second] = run_plans(plans(), out=out, jobs=1)
        assert second.ok and second.reused == ["ok"]
        assert (out / AS_OF).resolve() == home and page.stat().st_mtime_ns == stamp, "the day is left as it was"
        add_row(data, "claims", claim("C0004", "2025-01-15"))  # before as_of: the report runs again
        [third] = run_plans(plans(), out=out, jobs=1)
        assert third.ok and third.reused == [] and (out / AS_OF).resolve() != home
        [forced] = run_plans(plans(), out=out, jobs=1, reuse=False)
        assert forced.ok and forced.reused == []
