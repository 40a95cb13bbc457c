"""The schema is valid Frictionless, the codebook is generated from it, and vocabularies agree."""

from __future__ import annotations

import subprocess
import sys

from analysis import paths
from analysis.data import codebook, schema


def test_frictionless_validates_the_package() -> None:
    from frictionless import Package

    report = Package(str(paths.DATAPACKAGE)).validate()
    errors = [e.message for task in report.tasks for e in task.errors] + [e.message for e in report.errors]
    assert report.valid, "\n".join(errors[:10])


def test_codebook_is_up_to_date() -> None:
    committed = codebook.codebook_path().read_text(encoding="utf-8")
    assert committed == codebook.render(), "data/CODEBOOK.md is stale: run `python -m analysis codebook`"


def test_codebook_describes_every_field_and_metric() -> None:
    text = codebook.render()
    for table in schema.tables().values():
        for f in table.fields:
            assert f"| `{f.name}` |" in text, f"{table.name}.{f.name}"
    for metric in schema.vocabulary("claims", "metric"):
        assert f"| `{metric}` |" in text
    assert set(schema.metric_units()) == set(schema.vocabulary("claims", "metric"))


def test_vocabularies_have_descriptions() -> None:
    for table in schema.tables().values():
        for f in table.fields:
            if f.vocabulary:
                assert set(f.vocabulary) == set(f.enum or ()), f"{table.name}.{f.name}"


def test_required_metric_names_exist() -> None:
    required = {
        "troops_deployed",
        "troops_deployed_additional",
        "troops_planned",
        "troops_present",
        "casualties_killed_or_wounded",
        "killed",
        "wounded",
        "captured",
        "ballistic_missiles",
        "artillery_shells",
        "self_propelled_guns",
        "rocket_launchers",
        "engineers_deployed",
        "workers_deployed",
        "containers_shipped",
    }
    assert required <= set(schema.vocabulary("claims", "metric"))


def test_codebook_check_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "codebook", "--check"],
        capture_output=True,
        text=True,
        cwd=paths.PROJECT_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_every_metric_has_a_label_in_the_schema() -> None:
    labels = schema.labels()
    assert set(labels) == set(schema.vocabulary("claims", "metric"))
    assert all(text and text[0].isupper() and text == text.strip() for text in labels.values())
    assert schema.label("troops_present") == "Troops in Russia now"
    assert schema.label("not_a_metric_yet") == "Not a metric yet"


def test_headline_labels_come_from_the_schema() -> None:
    from analysis.measures import headlines

    for metric in schema.vocabulary("claims", "metric"):
        assert headlines.label(metric) == schema.label(metric), metric


def test_column_labels() -> None:
    assert schema.column_label("claims", "value_best") == "Value best"


def test_claimant_vocabulary_is_derived_from_actors() -> None:
    from analysis.files import read_csv_rows

    actors = read_csv_rows(paths.CLEAN_DIR / "actors.csv")
    expected = sorted(a["actor_id"] for a in actors if a["kind"] != "person")
    assert list(schema.vocabulary("claims", "claimant")) == expected
    assert schema.table("claims").field("claimant").enum is None
