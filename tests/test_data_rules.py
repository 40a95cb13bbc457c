"""One concrete input per validation rule, on a copy of data/: each gives its one file:line problem."""

from __future__ import annotations

import csv
import errno
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.data import build, checks, engine, reviews, schema, validate
from analysis.errors import DataError, Problem
from analysis.files import display_path

from .conftest import SEED_ID, edit_cell


def claims_path(data: Path) -> Path:
    return data / "curated" / "claims.csv"


def claim_row(data: Path, **match: str) -> tuple[str, dict[str, str]]:
    with claims_path(data).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if all(row[k] == v for k, v in match.items()):
                return row["claim_id"], row
    raise LookupError(match)


def lines_of(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


def only(problems: list[Problem], column: str) -> list[str]:
    return [str(p) for p in problems if p.column == column]


# --- engine mapping ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("value_best", "+5", "value_best '+5' is not a whole number"),
        ("value_best", "05", "value_best '05' is not a whole number"),
        ("value_best", "1_000", "value_best '1_000' is not a whole number"),
        ("value_best", "1" * 16, "value_best '1111111111111111' is implausibly large (allowed: at most 15 digits)"),
        ("reported_on", "2025-3-7", "reported_on '2025-3-7' is not a date (expected YYYY-MM-DD)"),
        ("reported_on", "2025-02-30", "reported_on '2025-02-30' is not a date"),
        ("sentence_no", "0", "sentence_no '0' is too small (allowed: 1 or more)"),
        ("confidence", "", "confidence is empty but required"),
        ("claim_id", "bad id", "claim_id 'bad id' does not match the pattern"),
        ("speaker", "Nobody Known", "speaker 'Nobody Known' does not exist in actors"),
    ],
)
def test_engine_cell_problems(data_copy: Path, column: str, value: str, message: str) -> None:
    cid, _ = claim_row(data_copy)
    line = edit_cell(claims_path(data_copy), cid, column, value)
    problems = validate.validate(data_copy)
    assert any(f"curated/claims.csv:{line}: {message}" in str(p) for p in problems), lines_of(problems)


def test_negative_figure_is_one_engine_for_curated_and_review(data_copy: Path, tmp_path: Path) -> None:
    cid, _ = claim_row(data_copy)
    edit_cell(claims_path(data_copy), cid, "value_low", "-5")
    curated = only(validate.validate(data_copy), "value_low")
    assert curated and "-5 is negative: figures must be 0 or more" in curated[0]
    from analysis.intake.ingest import ingest

    from .test_ingest import read_review, write_article, write_review

    fresh = tmp_path / "fresh"
    import shutil

    shutil.copytree(Path("data").resolve(), fresh, ignore=shutil.ignore_patterns(".clean-*", ".build.lock"))
    ingest(write_article(tmp_path), data_dir=fresh)
    rows = read_review(fresh)
    rows[0]["value_low"] = "-5"
    write_review(fresh, rows)
    review = reviews.check_reviews(fresh)
    assert len(review) == 1 and "-5 is negative: figures must be 0 or more" in review[0].message


def test_claimant_must_be_an_actor_that_is_not_a_person(data_copy: Path) -> None:
    cid, _ = claim_row(data_copy)
    person = next(
        r["actor_id"]
        for r in csv.DictReader((data_copy / "curated" / "actors.csv").open(encoding="utf-8"))
        if r["kind"] == "person"
    )
    line = edit_cell(claims_path(data_copy), cid, "claimant", person)
    found = only(validate.validate(data_copy), "claimant")
    assert len(found) == 1 and found[0].endswith(
        f"curated/claims.csv:{line}: claimant {schema.claimant_message(person)}"
    )


def test_claimant_vocabulary_comes_from_actors(data_copy: Path) -> None:
    path = data_copy / "curated" / "actors.csv"
    with path.open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(["Atlantis MoD", "agency", "", "", "", ""])
    cid, _ = claim_row(data_copy)
    edit_cell(claims_path(data_copy), cid, "claimant", "Atlantis MoD")
    assert only(validate.validate(data_copy), "claimant") == []
    build.build(data_copy)
    assert "Atlantis MoD" in schema.vocabulary("claims", "claimant", data_copy / "datapackage.json")
    assert "claimant" not in [f.name for f in schema.table("claims").fields if f.enum]


# --- named rules ---------------------------------------------------------------------------


def test_value_order(data_copy: Path) -> None:
    cid, _ = claim_row(data_copy)
    edit_cell(claims_path(data_copy), cid, "value_best", "")
    edit_cell(claims_path(data_copy), cid, "value_high", "10")
    line = edit_cell(claims_path(data_copy), cid, "value_low", "20")
    assert any(s.endswith(f":{line}: value_low 20 > value_high 10") for s in lines_of(validate.validate(data_copy)))


def test_period_order(data_copy: Path) -> None:
    cid, row = claim_row(data_copy, qualifier="confirmed")
    edit_cell(claims_path(data_copy), cid, "period_end", row["reported_on"])
    line = edit_cell(claims_path(data_copy), cid, "period_start", "2099-01-01")
    assert any(f":{line}: period_start 2099-01-01 > period_end" in s for s in lines_of(validate.validate(data_copy)))


def test_figure_present(data_copy: Path) -> None:
    cid, _ = claim_row(data_copy)
    for col in ("value_low", "value_best", "value_high"):
        line = edit_cell(claims_path(data_copy), cid, col, "")
    assert any(
        s.endswith(f":{line}: no figure: fill at least one of value_low, value_best, value_high")
        for s in lines_of(validate.validate(data_copy))
    )


def test_as_of_period_end_after_reported_on(data_copy: Path) -> None:
    cid, row = claim_row(data_copy, qualifier="confirmed")
    edit_cell(claims_path(data_copy), cid, "period_start", "")
    edit_cell(claims_path(data_copy), cid, "date_precision", "day")
    line = edit_cell(claims_path(data_copy), cid, "period_end", "2099-12-31")
    tables, _ = checks.read_tables(data_copy / "curated", curated=True)
    found = [str(p) for p in checks.as_of_period(checks.Inputs(tables)) if p.line == line]
    assert found == [
        f"{tables['claims'].shown}:{line}: period_end 2099-12-31 is after reported_on {row['reported_on']}: an as-of "
        "figure cannot count days after it was made (allowed: a period_end on or before reported_on)"
    ]


def test_as_of_year_precision_ends_on_a_year_end_or_the_reported_day(data_copy: Path) -> None:
    cid, row = claim_row(data_copy, qualifier="confirmed")
    edit_cell(claims_path(data_copy), cid, "period_start", "")
    edit_cell(claims_path(data_copy), cid, "date_precision", "year")
    year = int(row["reported_on"][:4])
    line = edit_cell(claims_path(data_copy), cid, "period_end", f"{year - 1}-06-30")
    tables, _ = checks.read_tables(data_copy / "curated", curated=True)
    found = [p.message for p in checks.as_of_period(checks.Inputs(tables)) if p.line == line]
    assert found == [
        f"{year - 1}-06-30 is an exact day but date_precision is year "
        f"(allowed: {year - 1}-12-31, or the reported day {row['reported_on']})"
    ]
    edit_cell(claims_path(data_copy), cid, "period_end", f"{year - 1}-12-31")
    tables, _ = checks.read_tables(data_copy / "curated", curated=True)
    assert [p for p in checks.as_of_period(checks.Inputs(tables)) if p.line == line] == []


def test_as_of_rule_leaves_planned_claims_out(data_copy: Path) -> None:
    cid, _ = claim_row(data_copy, qualifier="planned")
    line = edit_cell(claims_path(data_copy), cid, "period_end", "2099-12-31")
    tables, _ = checks.read_tables(data_copy / "curated", curated=True)
    assert [p for p in checks.as_of_period(checks.Inputs(tables)) if p.line == line] == []


def test_as_of_rule_holds_for_the_shipped_claims(data_copy: Path) -> None:
    tables, _ = checks.read_tables(data_copy / "curated", curated=True)
    assert checks.as_of_period(checks.Inputs(tables)) == []
    cid, _ = claim_row(data_copy, qualifier="estimated")
    line = edit_cell(claims_path(data_copy), cid, "period_end", "2099-12-31")
    found = [p for p in validate.validate(data_copy) if p.line == line]
    assert found and found[0].column == "period_end"


@pytest.mark.parametrize(
    ("column", "value", "fragment"),
    [
        ("notes", "two\nlines", "holds a control character (U+000A)"),
        ("paraphrase", "bell\x07", "holds a control character (U+0007)"),
        ("paraphrase", "a\ttab", "holds a control character (U+0009)"),
        ("notes", '=HYPERLINK("http://x")', "starts with '=', which a spreadsheet runs as a formula"),
        ("paraphrase", "@SUM(A1)", "starts with '@'"),
        ("location", "-2+3", "starts with '-'"),
        ("cue", "+said", "starts with '+'"),
    ],
)
def test_safe_text(data_copy: Path, column: str, value: str, fragment: str) -> None:
    cid, _ = claim_row(data_copy)
    line = edit_cell(claims_path(data_copy), cid, column, value)
    found = [s for s in lines_of(validate.validate(data_copy)) if f"claims.csv:{line}: {column} " in s]
    assert len(found) == 1 and fragment in found[0], found


def test_tab_is_allowed_in_notes(data_copy: Path) -> None:
    cid, _ = claim_row(data_copy)
    edit_cell(claims_path(data_copy), cid, "notes", "a\ttab")
    assert only(validate.validate(data_copy), "notes") == []


def test_event_actors(data_copy: Path) -> None:
    path = data_copy / "curated" / "events.csv"
    eid = next(csv.DictReader(path.open(encoding="utf-8")))["event_id"]
    line = edit_cell(path, eid, "actors", "Russia; Narnia")
    assert any(
        s.endswith(f"events.csv:{line}: actors 'Narnia' does not exist in actors")
        for s in lines_of(validate.validate(data_copy))
    )


# --- files -----------------------------------------------------------------------------------


def sources_path(data: Path) -> Path:
    return data / "curated" / "sources.csv"


@pytest.mark.parametrize("name", ["../curated/claims.csv", "/etc/passwd", "sub/../../datapackage.json", "link.txt"])
def test_raw_file_must_stay_inside_data_raw(data_copy: Path, name: str) -> None:
    if name == "link.txt":
        (data_copy / "raw" / "link.txt").symlink_to(data_copy / "curated" / "claims.csv")
    line = edit_cell(sources_path(data_copy), SEED_ID, "raw_file", name)
    found = only(validate.validate(data_copy), "raw_file")
    assert len(found) == 1 and f"sources.csv:{line}: raw_file" in found[0] and "is outside" in found[0], found


def test_missing_raw_file(data_copy: Path) -> None:
    line = edit_cell(sources_path(data_copy), SEED_ID, "raw_file", "nothing-here.txt")
    found = only(validate.validate(data_copy), "raw_file")
    assert len(found) == 1 and f":{line}: raw_file 'nothing-here.txt': no such file" in found[0]


def test_raw_checksum_through_frictionless(data_copy: Path) -> None:
    raw = data_copy / "raw" / f"{SEED_ID}.txt"
    raw.write_bytes(raw.read_bytes() + b" ")
    found = [p for p in validate.validate(data_copy) if p.file.endswith(f"raw/{SEED_ID}.txt")]
    assert len(found) == 1 and found[0].message.startswith("checksum changed: sha256 ")


def test_not_utf8_names_file_and_offset(data_copy: Path) -> None:
    path = claims_path(data_copy)
    data = path.read_bytes()
    offset = data.index(b"\n") + 5
    path.write_bytes(data[:offset] + b"\xff" + data[offset + 1 :])
    found = [str(p) for p in validate.validate(data_copy) if "claims.csv" in p.file and "curated" in p.file]
    assert found == [f"{found[0].split(':')[0]}: is not UTF-8: byte 0xff at offset {offset}; save it as UTF-8"]


def test_unreadable_file_names_path_and_os_error(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = claims_path(data_copy)
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root reads any file: simulate the refusal
    found = [str(p) for p in validate.validate(data_copy) if "curated/claims.csv" in p.file]
    assert len(found) == 1 and found[0].endswith("curated/claims.csv: cannot be read: Permission denied"), found


def test_broken_datapackage_is_one_line(data_copy: Path) -> None:
    (data_copy / "datapackage.json").write_text('{"resources": [', encoding="utf-8")
    with pytest.raises(DataError, match=r"datapackage.json:1: is not valid JSON"):
        schema.package(data_copy / "datapackage.json")


def test_missing_table(data_copy: Path) -> None:
    claims_path(data_copy).unlink()
    found = [str(p) for p in validate.validate(data_copy) if "curated/claims.csv" in p.file]
    assert found and found[0].endswith("curated/claims.csv: is missing")


def test_ragged_row(data_copy: Path) -> None:
    path = claims_path(data_copy)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "C9999,too,few\n", encoding="utf-8")
    n = text.count("\n") + 1
    columns = len(schema.table("claims").curated_columns)
    expected = f"curated/claims.csv:{n}: has 3 fields, expected {columns} (as in the header)"
    assert any(s.endswith(expected) for s in lines_of(validate.validate(data_copy)))


def test_duplicate_header_column(data_copy: Path) -> None:
    path = data_copy / "curated" / "claim_sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [lines[0] + ",notes"] + [line + "," for line in lines[1:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert any("claim_sources.csv:1: notes column appears twice" in s for s in lines_of(validate.validate(data_copy)))


# --- reviews: the writer's formula guard -----------------------------------------------------


def test_review_reader_drops_the_formula_guard(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    row = {c: "" for c in reviews.COLUMNS}
    row.update(notes="=1+1", cue="-said", location="'plain", speaker="@who")
    written = reviews.to_csv([row])
    assert "'=1+1" in written and "'-said" in written and "'@who" in written  # guarded in the file
    path.write_text(written, encoding="utf-8")
    rows, lines, problems = reviews.read_review(path)
    assert problems == [] and lines == [2]
    assert (rows[0]["notes"], rows[0]["cue"], rows[0]["speaker"]) == ("=1+1", "-said", "@who")
    assert rows[0]["location"] == "'plain"


def test_engine_parses_multiline_records_by_their_first_line() -> None:
    header, records, problems = engine.parse_csv('a,b\n1,"x\ny"\n2,z\n', "t.csv")
    assert header == ["a", "b"] and problems == []
    assert [line for line, _ in records] == [2, 4]


def test_review_text_safety_applies_to_what_becomes_a_claim(data_copy: Path, tmp_path: Path) -> None:
    from analysis.intake.ingest import ingest

    from .test_ingest import read_review, write_article, write_review

    ingest(write_article(tmp_path), data_dir=data_copy)
    rows = read_review(data_copy)
    rows[0]["sentence"] = "- a bulleted sentence of the article"  # undecided: the article's own words
    rows[1].update(decision="accept", notes="=HYPERLINK(1)")
    write_review(data_copy, rows)
    problems = reviews.check_reviews(data_copy)
    assert [(p.line, p.column) for p in problems] == [(3, "notes")]
    assert "starts with '='" in problems[0].message


# --- rules as objects, every one registered ----------------------------------------------------


def test_every_rule_is_registered_with_a_scope_and_listed_in_the_readme() -> None:
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([a-z_]+)` \|", readme.split("### Short codebook")[0], re.M)
    assert listed == list(checks.RULES), "the README's table of rules is the registry, in order"
    for name, rule in checks.RULES.items():
        assert rule.name == name and rule.scope in checks.SCOPES and rule.summary, name
    assert {"raw_file_inside", "sentence_range"} <= set(checks.RULES), "once listed, never registered"


def test_derived_sentences_pass_the_text_checks_before_anything_is_written(data_copy: Path, tmp_path: Path) -> None:
    """A sentence of the article that starts with '=' cannot reach data/clean through an accepted row."""
    from analysis.intake.ingest import ingest

    from .test_ingest import read_review, write_article, write_review

    text = "---\npublished: 2025-03-27\npublisher: Fixture Desk\n---\n=3000 North Korean troops went, the NIS said.\n"
    done = ingest(write_article(tmp_path, text, "formula.md"), data_dir=data_copy)
    rows = read_review(data_copy, done.source_id)
    assert rows and rows[0]["sentence"].startswith("'=3000"), "the review file guards it"
    rows[0]["decision"] = "accept"
    write_review(data_copy, rows, done.source_id)
    before = sorted((p.name, p.read_bytes()) for p in (data_copy / "clean").iterdir())
    with pytest.raises(DataError) as caught:
        build.build(data_copy)
    found = [str(p) for p in caught.value.problems if p.column == "sentence_no"]
    assert found == [
        f"{display_path(done.review_file)}:2: sentence_no 1 points at the sentence "
        "'=3000 North Korean troops went, the NIS said.', which starts with '=', which a spreadsheet runs as a "
        "formula (allowed: text starting with a letter, digit or quote; reword it)"
    ], found
    assert sorted((p.name, p.read_bytes()) for p in (data_copy / "clean").iterdir()) == before
    assert any("sentence_no 1 points at the sentence" in str(p) for p in validate.validate(data_copy))


def test_each_shipped_text_is_split_once_and_each_review_file_read_once(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collections import Counter

    from analysis.intake.ingest import ingest

    from .test_ingest import write_article

    ingest(write_article(tmp_path), data_dir=data_copy)
    splits: Counter[str] = Counter()
    reads: Counter[str] = Counter()
    real_split, real_read = checks.split_sentences, engine.read_csv_text

    def split(text: str) -> list[str]:
        splits[text[:40]] += 1
        return real_split(text)

    def read(path: Path, shown: str) -> object:
        reads[path.name] += 1
        return real_read(path, shown)

    monkeypatch.setattr(checks, "split_sentences", split)
    monkeypatch.setattr(reviews, "read_csv_text", read)
    build.build(data_copy)
    assert splits and set(splits.values()) == {1}, splits
    assert reads == {"test-wire-2025-02-28.csv": 1}, reads


# --- the schema each command checks against ------------------------------------------------------


def test_validate_dir_checks_dir_against_its_own_datapackage(data_copy: Path) -> None:
    import json

    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    claims = next(r for r in package["resources"] if r["name"] == "claims")
    confidence = next(f for f in claims["schema"]["fields"] if f["name"] == "confidence")
    confidence["constraints"]["enum"].append("unknown")
    confidence.setdefault("x-vocabulary", {})["unknown"] = "not graded"
    (data_copy / "datapackage.json").write_text(json.dumps(package, indent=1), encoding="utf-8")
    cid, _ = claim_row(data_copy)
    edit_cell(claims_path(data_copy), cid, "confidence", "unknown")
    problems = [str(p) for p in validate.validate(data_copy) if "confidence" in str(p)]
    assert problems == [], "DIR's own schema allows the value"
    assert "unknown" not in schema.vocabulary("claims", "confidence"), "the project's schema is untouched"


def _break(package: dict[str, object], how: str) -> dict[str, object]:
    resources = package["resources"]
    assert isinstance(resources, list)
    claims = next(r for r in resources if r["name"] == "claims")
    if how == "no claims resource":
        resources.remove(claims)
    elif how == "unknown type":
        claims["schema"]["fields"][0]["type"] = "datetime"
    elif how == "key names no field":
        claims["schema"]["primaryKey"] = ["nope"]
    elif how == "foreign key to nowhere":
        claims["schema"]["foreignKeys"][0]["reference"]["resource"] = "nowhere"
    elif how == "rule names no field":
        claims["x-rules"] = ["value_low <= nope"]
    elif how == "no fields":
        del claims["schema"]["fields"]
    elif how == "bad date range":
        package["x-date-range"] = ["2030-01-01", "2020-01-01"]
    elif how == "not a list":
        package["resources"] = {"claims": claims}
    return package


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("no claims resource", "has no resource 'claims'"),
        ("unknown type", "field 'claim_id': type 'datetime' is not one of string, integer, date"),
        ("key names no field", "primaryKey 'nope' is not one of its fields"),
        ("foreign key to nowhere", "refers to no field of a resource 'nowhere'"),
        ("rule names no field", "x-rules 'value_low <= nope' is not 'a <= b' between two of its fields"),
        ("no fields", "resource 'claims': expected schema.fields"),
        ("bad date range", "x-date-range: expected two dates, first to last"),
        ("not a list", "is not a data package: expected a 'resources' list"),
    ],
)
@pytest.mark.parametrize("command", ["validate", "build"])
def test_a_broken_datapackage_is_one_line_per_problem_and_exit_2(
    data_copy: Path, capsys: pytest.CaptureFixture[str], how: str, message: str, command: str
) -> None:
    import json

    from analysis.__main__ import main

    path = data_copy / "datapackage.json"
    path.write_text(json.dumps(_break(json.loads(path.read_text(encoding="utf-8")), how)), encoding="utf-8")
    before = sorted(p.name for p in (data_copy / "clean").iterdir())
    assert main([command, str(data_copy)]) == 2
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err and "internal" not in out.out + out.err
    lines = out.out.strip().splitlines()
    assert lines and all(line.startswith(f"{display_path(path)}: ") for line in lines), lines
    assert any(message in line for line in lines), lines
    assert sorted(p.name for p in (data_copy / "clean").iterdir()) == before


# --- every date validation accepts works downstream; the others are refused with file:line -------


@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(day=st.dates())
@example(day=date(1, 1, 1))
@example(day=date(9999, 12, 31))
@example(day=date(1677, 9, 21))
@example(day=date(1678, 1, 1))
@example(day=date(2261, 12, 31))
@example(day=date(2262, 4, 12))
@example(day=date(2024, 2, 29))
def test_a_date_validation_accepts_is_one_the_loaders_and_charts_can_draw(shared_copy: Path, day: date) -> None:
    import pandas as pd

    from .conftest import edit_cell as set_cell

    path = shared_copy / "curated" / "sources.csv"
    first = next(csv.DictReader(path.open(encoding="utf-8")))["source_id"]
    line = set_cell(path, first, "published", day.isoformat())
    _, problems = checks.read_tables(shared_copy / "curated", curated=True)
    mine = [str(p) for p in problems if p.line == line and p.column == "published"]
    if mine:
        assert mine == [
            f"{display_path(path)}:{line}: published '{day.isoformat()}' is outside the dates charts can "
            "draw (allowed: 1678-01-01 to 2261-12-31)"
        ]
        assert not date(1678, 1, 1) <= day <= date(2261, 12, 31)
    else:  # what the loaders do, then a chart of it beside a date of the dataset, drawn
        from matplotlib.figure import Figure

        from analysis.present import charts

        stamps = pd.to_datetime(pd.Series([day.isoformat(), "2025-03-27"]), format="%Y-%m-%d")
        with charts.style():
            fig = Figure()
            ax = fig.subplots()
            ax.plot(stamps, [1, 2])
            charts._date_axis(ax)
            charts.png_bytes(fig)
        assert stamps.dt.strftime("%Y-%m-%d").iloc[0] == day.isoformat()


@pytest.fixture(scope="module")
def shared_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from analysis import paths

    target = tmp_path_factory.mktemp("dates") / "data"
    shutil.copytree(paths.DATA_DIR, target, ignore=shutil.ignore_patterns(".clean-*"))
    return target
