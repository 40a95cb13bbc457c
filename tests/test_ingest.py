"""Ingestion and review files: copy the article, record the source, propose, remember decisions."""

from __future__ import annotations

import csv
import hashlib
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.__main__ import main
from analysis.data.reviews import COLUMNS, accepted_rows, check_reviews, read_reviews
from analysis.intake.extract import ArticleError
from analysis.intake.ingest import IngestError, ingest

ARTICLE = """---
title: North Korea sends more troops to Russia
publisher: Test Wire
url: https://example.org/test-wire/1
published: 2025-02-28
---
North Korea has sent about 1,500 more soldiers to Russia, South Korea's Joint Chiefs of Staff \
said on Friday.
The JCS estimates that around 400 North Korean soldiers have been killed and 3,600 wounded so far.
The troops left in January, it said, as the 11-nation monitoring team prepared its 2025 report.
"""
SOURCE_ID = "test-wire-2025-02-28"


def write_article(folder: Path, text: str = ARTICLE, name: str = f"{SOURCE_ID}.md") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(data_dir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    }


def read_review(data_dir: Path, source_id: str = SOURCE_ID) -> list[dict[str, str]]:
    with (paths.review_dir(data_dir) / f"{source_id}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_review(data_dir: Path, rows: list[dict[str, str]], source_id: str = SOURCE_ID) -> Path:
    path = paths.review_dir(data_dir) / f"{source_id}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def ingested_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of data/ with the test article ingested, made once for the module (ingesting is
    the slow part); each test gets its own copy of it."""
    folder = tmp_path_factory.mktemp("ingested")
    data = folder / "data"
    shutil.copytree(paths.DATA_DIR, data, ignore=shutil.ignore_patterns(".clean-*"))
    ingest(write_article(folder), data_dir=data)
    return data


@pytest.fixture
def ingested(ingested_once: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ingested_once, target)
    return target


def test_ingest_stores_text_source_and_review(ingested: Path) -> None:
    raw = paths.raw_dir(ingested) / f"{SOURCE_ID}.md"
    assert raw.read_text(encoding="utf-8").startswith("North Korea has sent about 1,500")  # no front matter
    with (paths.curated_dir(ingested) / "sources.csv").open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["source_id"] == SOURCE_ID)
    assert (
        row["publisher"],
        row["published"],
        row["source_type"],
        row["language"],
        row["raw_file"],
    ) == ("Test Wire", "2025-02-28", "news", "en", raw.name)
    assert row["sha256"] == hashlib.sha256(raw.read_bytes()).hexdigest()
    rows = read_review(ingested)
    assert list(rows[0]) == COLUMNS
    assert [(r["metric"], r["value_best"], r["claimant"]) for r in rows] == [
        ("troops_deployed_additional", "1500", "South Korea JCS"),
        ("killed", "400", "South Korea JCS"),
        ("wounded", "3600", "South Korea JCS"),
    ]
    assert all(r["decision"] == "" and re.fullmatch(rf"{SOURCE_ID}-\d{{2,}}", r["claim_id"]) for r in rows)
    assert check_reviews(ingested) == []


def test_reingest_keeps_decisions_and_never_reproposes_rejected(ingested: Path, tmp_path: Path) -> None:
    rows = read_review(ingested)
    rows[0]["decision"] = "reject"
    rows[1].update(decision="edit", value_best="", value_low="400")  # edited away from the proposal
    rows[2]["decision"] = "accept"
    del rows[2]  # a person may also delete an undecided row: it is proposed again
    write_review(ingested, rows)
    done = ingest(write_article(tmp_path), data_dir=ingested)
    again = read_review(ingested)
    assert (done.new, done.new_source) == (1, False)
    assert [(r["decision"], r["metric"], r["value_low"], r["value_best"]) for r in again] == [
        ("reject", "troops_deployed_additional", "", "1500"),
        ("edit", "killed", "400", ""),
        ("", "wounded", "", "3600"),
    ]
    assert [r["claim_id"] for r in again] == [
        f"{SOURCE_ID}-01",
        f"{SOURCE_ID}-02",
        f"{SOURCE_ID}-03",
    ]


def test_accepted_claims(ingested: Path) -> None:
    rows = read_review(ingested)
    rows[0]["decision"], rows[1]["decision"], rows[2]["decision"] = "accept", "edit", "reject"
    rows[1]["notes"] = "checked"
    write_review(ingested, rows)
    claims = accepted_rows(read_reviews(ingested))
    from analysis.data import schema

    assert all(list(c) == schema.table("claims").curated_columns for c in claims)
    assert [c["claim_id"] for c in claims] == [f"{SOURCE_ID}-01", f"{SOURCE_ID}-02"]
    assert all(re.fullmatch(r"^[a-z0-9-]+-[0-9]{2,}$", c["claim_id"]) for c in claims)
    first = claims[0]
    assert tuple(first[c] for c in ("source_id", "sentence_no", "reported_on", "confidence", "basis")) == (
        SOURCE_ID,
        "1",
        "2025-02-28",
        "medium",
        "unspecified",
    )
    assert claims[1]["notes"] == "checked"


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (
            "decision",
            "maybe",
            "'maybe' is not allowed (allowed: empty for undecided, accept, reject, edit)",
        ),
        ("value_best", "3,000", "'3,000' is not a whole number"),
        ("value_low", "many", "'many' is not a whole number"),
        ("metric", "troops_sent", "'troops_sent' is not allowed (allowed: troops_deployed,"),
        ("claimant", "Seoul", "'Seoul' is not a claimant"),
        ("claimant", "Kyrylo Budanov", "'Kyrylo Budanov' is not a claimant"),  # a person
        ("qualifier", "sure", "'sure' is not allowed (allowed: confirmed, estimated, reported"),
        ("period_end", "March 2025", "'March 2025' is not a date"),
    ],
)
def test_check_reviews_names_line_column_value_and_what_is_allowed(
    ingested: Path, column: str, value: str, message: str
) -> None:
    rows = read_review(ingested)
    rows[1][column] = value
    path = write_review(ingested, rows)
    problems = check_reviews(ingested)
    assert len(problems) == 1
    p = problems[0]
    assert (Path(p.file).name, p.line, p.column) == (path.name, 3, column)
    assert message in p.message


def test_check_reviews_accepted_rows_must_make_claims(ingested: Path) -> None:
    rows = read_review(ingested)
    rows[0].update(decision="accept", unit="rounds")  # troops counted in rounds
    rows[1].update(decision="accept", value_low="500", value_best="400")  # low above best
    rows[2].update(decision="edit", claimant="", sentence_no="99")  # two problems: one line
    write_review(ingested, rows)
    problems = check_reviews(ingested)
    assert {(p.line, p.column) for p in problems} == {
        (2, "unit"),
        (3, "value_low"),
        (4, "sentence_no"),
    }
    assert problems[-1].message.endswith("(and 1 more problem in this row)")
    assert "allowed: 1-3" in problems[-1].message


def test_build_refuses_an_invalid_review(ingested: Path) -> None:
    build = pytest.importorskip("analysis.data.build")
    from analysis.errors import DataError

    rows = read_review(ingested)
    rows[0]["decision"] = "yes"
    write_review(ingested, rows)
    before = snapshot(ingested / "clean")
    with pytest.raises(DataError, match="decision 'yes' is not allowed"):
        build.build(ingested)
    assert snapshot(ingested / "clean") == before


def test_round_trip_ingest_decide_build_validate(ingested: Path) -> None:
    build = pytest.importorskip("analysis.data.build")
    validate = pytest.importorskip("analysis.data.validate")
    rows = read_review(ingested)
    rows[0]["decision"] = "accept"
    rows[1].update(decision="edit", value_best="", value_low="400", value_cue="at least")
    rows[2]["decision"] = "reject"
    write_review(ingested, rows)
    build.build(ingested)
    assert validate.validate(ingested) == []
    with (paths.clean_dir(ingested) / "claims.csv").open(encoding="utf-8", newline="") as fh:
        built = {r["claim_id"]: r for r in csv.DictReader(fh)}
    assert {f"{SOURCE_ID}-01", f"{SOURCE_ID}-02"} <= set(built)
    assert f"{SOURCE_ID}-03" not in built
    edited = built[f"{SOURCE_ID}-02"]
    assert (edited["metric"], edited["value_low"], edited["value_best"]) == ("killed", "400", "")
    assert edited["sentence"].startswith("The JCS estimates that around 400")


# --- bad input changes nothing ---------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"North Korea sent\x00 troops", "is binary, not text (byte 0x00 at offset 16)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is binary"),
        (b"Seoul said \x81\x8d troops", "is binary, not text (byte 0x81 at offset 11)"),
        ("Seoul said 3,000 troops went.".encode("utf-16"), "no publication date"),
        ("Seoul said 3,000 troops went.".encode("cp1252") + b"\x93", "no publication date"),
        (b"Seoul said 3,000 troops went.\n", "no publication date"),
        (b"---\ntitle: x\n---\n", "no article text"),
        (b"---\npublished: 2025-01-01\n---\nSeoul said 3,000 went.\n", "no publisher"),
    ],
)
def test_bad_article_is_one_line_error_and_changes_nothing(
    data_copy: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad-article.txt"
    path.write_bytes(content)
    before = snapshot(data_copy)
    with pytest.raises(ArticleError) as err:
        ingest(path, data_dir=data_copy)
    assert message in str(err.value) and str(path) in str(err.value) and "\n" not in str(err.value)
    assert snapshot(data_copy) == before


def test_existing_source_id_with_other_text_is_refused(ingested: Path, tmp_path: Path) -> None:
    before = snapshot(ingested)
    changed = write_article(tmp_path, ARTICLE.replace("1,500", "2,500"))
    with pytest.raises(IngestError, match=r"already exists .* different checksum"):
        ingest(changed, data_dir=ingested)
    assert snapshot(ingested) == before


def test_invalid_review_file_stops_reingest(ingested: Path, tmp_path: Path) -> None:
    rows = read_review(ingested)
    rows[0]["metric"] = "soldiers"
    write_review(ingested, rows)
    before = snapshot(ingested)
    with pytest.raises(IngestError, match=r"review file is invalid.*'soldiers' is not allowed"):
        ingest(write_article(tmp_path), data_dir=ingested)
    assert snapshot(ingested) == before


def test_cli(data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Seoul's spy agency said about 2,000 North Korean soldiers have died.\n", encoding="utf-8")
    args = [
        "ingest",
        str(path),
        "--published",
        "2025-09-02",
        "--publisher",
        "Test Wire",
        "--source-id",
        "plain-2025",
        "--data-dir",
        str(data_copy),
    ]
    assert main(args) == 0
    assert "1 candidate(s), 1 new" in capsys.readouterr().out
    assert [r["metric"] for r in read_review(data_copy, "plain-2025")] == ["killed"]
    assert (paths.raw_dir(data_copy) / "plain-2025.txt").exists()
    assert main(["ingest", str(tmp_path / "missing.txt"), "--data-dir", str(data_copy)]) == 2
    err = capsys.readouterr().err
    assert "missing.txt" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("front", "body", "lang", "expected"),
    [
        (
            "lang: ko",
            "국가정보원은 북한군 사상자가 약 4700명에 이른다고 밝혔다.",
            "ko",
            [("casualties_killed_or_wounded", "4700")],
        ),
        (
            "",
            "국가정보원은 북한군 사상자가 약 4700명에 이른다고 밝혔다.",
            "ko",
            [("casualties_killed_or_wounded", "4700")],
        ),
        # the front matter's lang decides, whatever the letters say
        ("lang: uk", "Генштаб сообщил, что КНДР потеряла около 4700 военных.", "uk", None),
        ("lang: ru", "Генштаб сообщил, что КНДР потеряла около 4700 военных.", "ru", None),
    ],
)
def test_ingest_reads_each_article_in_its_language(
    data_copy: Path, tmp_path: Path, front: str, body: str, lang: str, expected: list[tuple[str, str]] | None
) -> None:
    text = f"---\npublisher: Test Wire\npublished: 2025-04-30\n{front}\n---\n{body}\n"
    done = ingest(write_article(tmp_path, text, "foreign-2025.md"), data_dir=data_copy)
    assert done.lang == lang
    with (paths.curated_dir(data_copy) / "sources.csv").open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["source_id"] == "foreign-2025")
    assert row["language"] == lang
    if expected is not None:
        assert [(r["metric"], r["value_best"]) for r in read_review(data_copy, "foreign-2025")] == expected
    assert check_reviews(data_copy) == []


def test_review_columns_follow_the_candidate_fields():
    """The review file's candidate columns are exactly the extractor's Candidate fields."""
    from dataclasses import fields

    from analysis.data.reviews import CANDIDATE_COLUMNS
    from analysis.intake.extract import Candidate

    assert [f.name for f in fields(Candidate)] == CANDIDATE_COLUMNS


def test_review_cells_are_safe_in_a_spreadsheet_and_read_back_exactly(data_copy: Path, tmp_path: Path) -> None:
    from analysis.data.reviews import read_review as read_rows_back

    text = "---\npublished: 2025-03-27\npublisher: Fixture Desk\n---\n- The NIS said 3,000 troops went.\n"
    path = tmp_path / "bullets.md"
    path.write_text(text, encoding="utf-8")
    done = ingest(path, data_dir=data_copy)
    raw_cells = next(csv.DictReader(done.review_file.open(encoding="utf-8", newline="")))
    assert raw_cells["sentence"] == "'- The NIS said 3,000 troops went."  # no formula when opened
    rows, _, _ = read_rows_back(done.review_file)
    assert rows[0]["sentence"] == "- The NIS said 3,000 troops went."  # the text itself
    assert check_reviews(data_copy) == []


@pytest.mark.parametrize("cell", ["=1+1", "+44", "-3", "@SUM(A1)", "'=x", "''-y", "'tis", "plain", ""])
def test_spreadsheet_escaping_round_trips(cell: str) -> None:
    from analysis.data.reviews import spreadsheet_safe, spreadsheet_value

    safe = spreadsheet_safe(cell)
    assert spreadsheet_value(safe) == cell
    assert safe[:1] not in ("=", "+", "-", "@")


def test_ingest_leaves_no_lock_file_and_writes_ordinary_permissions(data_copy: Path, tmp_path: Path) -> None:
    import os

    before = {p.relative_to(data_copy) for p in data_copy.rglob("*") if p.is_file()}
    mask = os.umask(0o022)
    try:
        done = ingest(write_article(tmp_path), data_dir=data_copy)
    finally:
        os.umask(mask)
    added = {p.relative_to(data_copy) for p in data_copy.rglob("*") if p.is_file()} - before
    assert {p.name for p in added} == {done.raw_file.name, done.review_file.name}  # nothing else left behind
    for path in (done.raw_file, done.review_file, paths.curated_dir(data_copy) / "sources.csv"):
        assert path.stat().st_mode & 0o777 == 0o644


def test_ingest_cli_bad_inputs_are_one_line(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = write_article(tmp_path)
    cases = [
        [str(tmp_path), "--data-dir", str(data_copy)],  # a folder
        [str(article), "--data-dir", str(tmp_path / "nowhere")],
        [str(article), "--source-id", "Bad Id!", "--data-dir", str(data_copy)],
    ]
    for argv in cases:
        assert main(["ingest", *argv]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


# --- what ingest writes passes validate's checks, before it is written ---------------------------

BODY = "North Korea has sent about 1,500 more soldiers to Russia, South Korea's JCS said.\n"
HOSTILE_VALUES = ['=HYPERLINK("http://evil","x")', "@SUM(1)", "+1", "-x", "Title\nwith a newline", "a\tb", "ok\x1b[2J"]


@pytest.fixture(scope="module")
def shared_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    target = tmp_path_factory.mktemp("ingest") / "data"
    shutil.copytree(paths.DATA_DIR, target, ignore=shutil.ignore_patterns(".clean-*"))
    return target


def _article(folder: Path, name: str, front: dict[str, str]) -> Path:
    import yaml

    matter = yaml.safe_dump({"published": "2025-02-28", **front}, allow_unicode=True, sort_keys=False)
    return write_article(folder, f"---\n{matter}---\n{BODY}", name)


def _ingest_case(data: Path, folder: Path, column: str, value: str, via: str, n: int) -> None:
    """Ingest one article whose ``column`` is ``value`` (an option or front matter); check the outcome."""
    from analysis.data.checks import read_tables

    sid = f"case-{n}"
    front = {"publisher": "Test Wire", "title": "A title"} | ({column: value} if via == "front matter" else {})
    options = {column: value} if via == "option" else {}
    path = _article(folder, f"{sid}.md", front)
    before = snapshot(data)
    try:
        ingest(path, source_id=sid, data_dir=data, **options)
    except ArticleError as exc:
        assert snapshot(data) == before, "nothing written"
        assert "\n" not in str(exc)
        return
    _, problems = read_tables(paths.curated_dir(data), curated=True)
    assert [str(p) for p in problems] == [], (column, value, via)
    assert check_reviews(data) == []


@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(
    column=st.sampled_from(["publisher", "title", "url"]),
    value=st.one_of(st.sampled_from(HOSTILE_VALUES), st.text(min_size=1, max_size=30)),
    via=st.sampled_from(["option", "front matter"]),
)
@example(column="publisher", value='=HYPERLINK("http://evil","x")', via="option")
@example(column="title", value="Title\nwith a newline", via="option")
@example(column="url", value="https://example.org/a\tb", via="option")
@example(column="publisher", value="@SUM(1)", via="front matter")
def test_what_ingest_writes_into_sources_passes_validate(
    shared_data: Path, tmp_path_factory: pytest.TempPathFactory, column: str, value: str, via: str
) -> None:
    """Whatever an option or the front matter holds, ingest refuses it in one line or writes a
    sources.csv row that validate accepts (before, validate refused the dataset afterwards)."""
    _ingest_case(shared_data, tmp_path_factory.mktemp("a"), column, value, via, next(_CASES))


_CASES = iter(range(10**6))


def test_a_bad_publisher_is_refused_naming_the_option(data_copy: Path, tmp_path: Path) -> None:
    before = snapshot(data_copy)
    path = _article(tmp_path, "a.md", {"title": "A title"})
    with pytest.raises(IngestError) as caught:
        ingest(path, publisher='=HYPERLINK("http://evil","x")', data_dir=data_copy)
    assert str(caught.value).startswith(f"{path}: --publisher: publisher '=HYPERLINK(")
    assert "which a spreadsheet runs as a formula" in str(caught.value)
    assert snapshot(data_copy) == before
    path = _article(tmp_path, "b.md", {"title": "Line one\nline two", "publisher": "Wire"})
    with pytest.raises(IngestError, match="front matter 'title': title 'Line one\\\\nline two' holds a control"):
        ingest(path, data_dir=data_copy)
    assert snapshot(data_copy) == before


@pytest.mark.parametrize("name", ["odd\nname.md", "=cmd.md", "tab\tname.txt", "weird.t\nxt", "x.MD"])
def test_any_file_name_gives_a_row_validate_accepts(data_copy: Path, tmp_path: Path, name: str) -> None:
    from analysis.data.checks import read_tables

    path = _article(tmp_path, name, {"publisher": "Wire", "title": "T"})
    done = ingest(path, source_id="named-1", data_dir=data_copy)
    assert done.raw_file.suffix in (".md", ".txt")
    _, problems = read_tables(paths.curated_dir(data_copy), curated=True)
    assert [str(p) for p in problems] == []
