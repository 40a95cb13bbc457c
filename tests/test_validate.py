"""Each kind of corruption, applied to a copy of data/, gets its one-line error and exit 1."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.data import build, validate

from .conftest import SEED_ID, edit_cell


def first_claim(data: Path) -> str:
    with (data / "curated" / "claims.csv").open(encoding="utf-8") as fh:
        return next(csv.DictReader(fh))["claim_id"]


def run_validate(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["validate", str(data)])
    lines = capsys.readouterr().out.strip().splitlines()
    return code, lines


def test_shipped_data_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run_validate(Path("data").resolve(), capsys)
    assert code == 0, "\n".join(lines)


CORRUPTIONS = [
    # (column, bad value, expected message fragment)
    ("reported_on", "27/03/2025", r"reported_on '27/03/2025' is not a date \(expected YYYY-MM-DD\)"),
    ("metric", "troops_sent", r"metric 'troops_sent' is not allowed \(allowed: troops_deployed, "),
    ("value_best", "about 3000", r"value_best 'about 3000' is not a whole number"),
    ("value_low", "-5", r"value_low -5 is negative"),
    ("source_id", "no-such-source", r"source_id 'no-such-source' does not exist in sources"),
    ("claimant", "Atlantis", r"claimant 'Atlantis' is not allowed"),
    ("qualifier", "certain", r"qualifier 'certain' is not allowed \(allowed: confirmed, estimated"),
]


@pytest.mark.parametrize(("column", "value", "message"), CORRUPTIONS, ids=[c[0] for c in CORRUPTIONS])
def test_bad_cell_is_reported_with_file_and_line(
    data_copy: Path, capsys: pytest.CaptureFixture[str], column: str, value: str, message: str
) -> None:
    path = data_copy / "curated" / "claims.csv"
    line = edit_cell(path, first_claim(data_copy), column, value)
    code, lines = run_validate(data_copy, capsys)
    assert code == 2
    pattern = rf"curated/claims\.csv:{line}: {message}"
    assert any(re.search(pattern, out) for out in lines), lines


def test_low_above_high(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "curated" / "claims.csv"
    cid = first_claim(data_copy)
    edit_cell(path, cid, "value_low", "5000")
    edit_cell(path, cid, "value_best", "")
    line = edit_cell(path, cid, "value_high", "3000")
    code, lines = run_validate(data_copy, capsys)
    assert code == 2
    assert any(o.endswith(f"curated/claims.csv:{line}: value_low 5000 > value_high 3000") for o in lines), lines


def test_low_above_best(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "curated" / "claims.csv"
    cid = first_claim(data_copy)
    edit_cell(path, cid, "value_best", "100")
    edit_cell(path, cid, "value_high", "")
    line = edit_cell(path, cid, "value_low", "200")
    code, lines = run_validate(data_copy, capsys)
    assert code == 2 and any(f"claims.csv:{line}: value_low 200 > value_best 100" in o for o in lines), lines


def test_duplicate_id(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "curated" / "claims.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*text, text[1]]) + "\n", encoding="utf-8")
    code, lines = run_validate(data_copy, capsys)
    assert code == 2
    assert any(
        f"claims.csv:{len(text) + 1}: claim_id {first_claim(data_copy)} is a duplicate (first on line 2)" in o
        for o in lines
    ), lines


def test_missing_and_extra_column(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "curated" / "events.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    col = rows[0].index("category")
    rows = [r[:col] + r[col + 1 :] + ["x"] for r in rows]
    rows[0][-1] = "colour"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    code, lines = run_validate(data_copy, capsys)
    assert code == 2
    assert any("curated/events.csv:1: category column is missing" in o for o in lines), lines
    assert any("curated/events.csv:1: colour column is not in the schema" in o for o in lines), lines


def test_unknown_event_actor(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "curated" / "events.csv"
    with path.open(encoding="utf-8") as fh:
        eid = next(csv.DictReader(fh))["event_id"]
    line = edit_cell(path, eid, "actors", "North Korea; Narnia")
    code, lines = run_validate(data_copy, capsys)
    assert code == 2 and any(f"events.csv:{line}: actors 'Narnia' does not exist in actors" in o for o in lines)


def test_changed_raw_file(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = next((data_copy / "raw").glob(f"{SEED_ID}.*"))
    raw.write_text(raw.read_text(encoding="utf-8").replace("3,000", "30,000"), encoding="utf-8")
    code, lines = run_validate(data_copy, capsys)
    assert code == 2
    assert any(re.search(rf"raw/{SEED_ID}\.txt: checksum changed", o) for o in lines), lines


def test_hand_edited_clean_file_is_stale(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "clean" / "claims.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("4000", "4500", 1), encoding="utf-8")
    code, lines = run_validate(data_copy, capsys)
    assert code == 2 and any("clean/claims.csv: differs from what build writes" in o for o in lines), lines


def test_build_refuses_and_writes_nothing(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p.name: p.read_bytes() for p in (data_copy / "clean").iterdir()}
    edit_cell(data_copy / "curated" / "claims.csv", first_claim(data_copy), "value_best", "lots")
    assert main(["build", str(data_copy)]) == 2
    out = capsys.readouterr().out
    assert "value_best 'lots' is not a whole number" in out and "nothing was written" in out
    assert {p.name: p.read_bytes() for p in (data_copy / "clean").iterdir()} == before
    assert not list(data_copy.glob(".clean-*"))


def test_validate_function_returns_problems(data_copy: Path) -> None:
    edit_cell(data_copy / "curated" / "claims.csv", first_claim(data_copy), "unit", "bananas")
    problems = validate.validate(data_copy)
    assert [p.column for p in problems] == ["unit"]
    with pytest.raises(build.DataError, match="unit 'bananas' is not allowed"):
        build.build(data_copy)
