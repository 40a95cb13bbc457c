"""The walkthrough's exercise checks really check, and the student copy hides the solutions but still runs."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest
from matplotlib.figure import Figure
from nbclient import NotebookClient

import analysis
from analysis.__main__ import main
from analysis.measures.headlines import label
from analysis.present import charts, teaching


def _exec_solutions() -> dict[str, Any]:
    """Run every exercise's worked solution in one namespace, as the teacher notebook does."""
    ns: dict[str, Any] = {
        "re": re,
        "date": date,
        "timedelta": timedelta,
        "pd": pd,
        "Figure": Figure,
        "charts": charts,
        "label": label,
        "sentences": teaching.seed_sentences(),
        "PUBLISHED": teaching.SEED_PUBLISHED,
        "tidy_curated": teaching.tidy_reference(),
    }
    for q in teaching.EXERCISES:
        exec(q.solution_code, ns)
    return ns


ANSWER = {
    1: "sentences_with_numbers",
    2: "figures",
    3: "claimant",
    4: "hedges",
    5: "last_year",
    6: "thursday",
    7: "tidy",
    8: "share",
    9: "fig",
}


@pytest.fixture(scope="module")
def solved() -> dict[str, Any]:
    return _exec_solutions()


@pytest.mark.parametrize("q", teaching.EXERCISES, ids=lambda q: f"q{q.number}")
def test_worked_solution_passes_its_check(
    q: teaching.Exercise, solved: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    answer = solved[ANSWER[q.number]]
    assert q.is_correct(answer), q.verdict(answer)
    assert q.check(answer) is None
    out = capsys.readouterr().out
    assert out.startswith(f"✔ Exercise {q.number} ") and out.count("\n") == 1


@pytest.mark.parametrize("q", teaching.EXERCISES, ids=lambda q: f"q{q.number}")
def test_placeholder_and_odd_answers_say_not_yet_with_a_hint(
    q: teaching.Exercise, capsys: pytest.CaptureFixture[str]
) -> None:
    for odd in (..., None, "nonsense", 42, [object()], {"x": 1}):
        q.check(odd)
        out = capsys.readouterr().out
        assert out.startswith(f"✘ Exercise {q.number} ") and "not yet" in out and f"Hint: {q.hint_text}" in out
    q.hint()
    q.solution()
    out = capsys.readouterr().out
    assert q.hint_text in out and q.solution_code.strip().splitlines()[0] in out


@pytest.mark.parametrize(
    ("q", "wrong", "says"),
    [
        (teaching.q1, [2, 5, 7], "3 item(s)"),
        (teaching.q2, ["3,000", "11,000", "4,000"], "text"),
        (teaching.q2, [3000, 11000, 4000, 2024], "year"),
        (teaching.q3, "south korea jcs", "spell it exactly"),
        (teaching.q4, {2: "suggested", 5: "confirmed", 7: "estimated"}, "sentence 5"),
        (teaching.q5, (date(2025, 1, 1), date(2025, 12, 31)), "year before"),
        (teaching.q6, date(2025, 3, 26), "not a Thursday"),
        (teaching.q8, 28.57, "percentage"),
        (teaching.q8, 4000 / 11000, "not killed-or-wounded divided by all"),
    ],
)
def test_wrong_answers_get_a_specific_reason(q: teaching.Exercise, wrong: object, says: str) -> None:
    ok, message = q.verdict(wrong)
    assert not ok and says in message


def test_the_tidy_table_is_checked_cell_by_cell(solved: dict[str, Any]) -> None:
    tidy = solved["tidy"].copy()
    assert teaching.q7.is_correct(tidy.iloc[::-1])  # row order does not matter
    tidy.loc[1, "value"] = 12000
    ok, message = teaching.q7.verdict(tidy)
    assert not ok and "row 2, column value" in message
    ok, message = teaching.q7.verdict(solved["tidy"].drop(columns="qualifier"))
    assert not ok and "qualifier" in message


def test_the_chart_check_wants_title_unit_and_source() -> None:
    fig = Figure()
    ax = fig.add_subplot()
    assert "title" in teaching.q9.verdict(fig)[1]
    ax.set_title("t")
    assert "unit" in teaching.q9.verdict(fig)[1]
    ax.set_ylabel("soldiers")
    assert "source line" in teaching.q9.verdict(fig)[1]
    charts.add_source_line(fig, "s")
    assert teaching.q9.is_correct(fig)


def test_references_come_from_the_curated_dataset() -> None:
    claims = analysis.load_claims()
    seed = claims[claims["source_id"] == teaching.SEED_ID]
    assert teaching.counted_figures() == [int(v) for v in seed.sort_values("sentence_no")["value_best"]]
    assert teaching.qualifiers() == {int(r.sentence_no): str(r.qualifier) for r in seed.itertuples()}
    assert teaching.last_year_period() == (date(2024, 1, 1), date(2024, 12, 31))
    assert teaching.thursday_date() == date(2025, 3, 27)


def test_strip_solutions_leaves_a_placeholder_for_the_answer() -> None:
    solution = "rows = []\nrows.append(1)\ntidy = rows"
    cell = f"# NBVAL_CHECK_OUTPUT\n{teaching.BEGIN}\n{solution}\n{teaching.END}\nq7.check(tidy)"
    assert teaching.strip_solutions(cell) == "# NBVAL_CHECK_OUTPUT\ntidy = ...  # your code here\nq7.check(tidy)"
    assert teaching.strip_solutions(f"{teaching.BEGIN}\nx = 1\n{teaching.END}") == "x = ...  # your code here"
    with pytest.raises(ValueError, match="without"):
        teaching.strip_solutions(f"{teaching.BEGIN}\nx = 1\n")


def test_student_copy_has_no_solutions_and_no_outputs(tmp_path: Path) -> None:
    out = tmp_path / "student" / "walkthrough.ipynb"
    assert main(["student", "--out", str(out)]) == 0  # what `python -m analysis student` runs
    teacher = nbformat.read(teaching.TEACHER, as_version=4)
    student = nbformat.read(out, as_version=4)
    assert [c.id for c in student.cells] == [c.id for c in teacher.cells]
    code = "\n".join(c.source for c in student.cells if c.cell_type == "code")
    assert teaching.BEGIN not in code and "NBVAL_CHECK_OUTPUT" not in code
    for q in teaching.EXERCISES:
        assert f"{ANSWER[q.number]} = ...  # your code here" in code
        assert q.solution_code.strip().splitlines()[-1] not in code
    assert all(not c.get("outputs") for c in student.cells if c.cell_type == "code")


def _run(nb: nbformat.NotebookNode, cwd: Path) -> nbformat.NotebookNode:
    NotebookClient(nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


def _text(cell: nbformat.NotebookNode) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []))


def test_student_copy_runs_to_the_first_exercise_and_says_not_yet(tmp_path: Path) -> None:
    student = teaching.student_notebook(nbformat.read(teaching.TEACHER, as_version=4))
    first = next(i for i, c in enumerate(student.cells) if c.cell_type == "code" and "q1.check(" in c.source)
    student.cells = student.cells[: first + 1]
    ran = _run(student, tmp_path)
    out = _text(ran.cells[first])
    assert out.startswith("✘ Exercise 1 ") and "not yet" in out and "Hint:" in out


def test_teacher_copy_runs_to_the_end_with_every_check_passing(tmp_path: Path) -> None:
    ran = _run(nbformat.read(teaching.TEACHER, as_version=4), tmp_path)
    checks = [_text(c) for c in ran.cells if c.cell_type == "code" and re.search(r"\bq\d\.check\(", c.source)]
    assert len(checks) == len(teaching.EXERCISES) >= 5
    assert all(out.startswith("✔ ") for out in checks), checks
    assert not any("✘" in _text(c) for c in ran.cells if c.cell_type == "code")


def test_student_copy_of_a_file_that_is_not_a_notebook_is_one_line(tmp_path: Path, capsys) -> None:
    source = tmp_path / "notes.ipynb"
    source.write_text("not json at all", encoding="utf-8")
    assert main(["student", "--source", str(source), "--out", str(tmp_path / "s.ipynb")]) == 2
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and "is not a Jupyter notebook" in lines[0]
    assert not (tmp_path / "s.ipynb").exists()


def test_student_never_overwrites_the_teacher_notebook_or_a_file_it_did_not_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    teacher = tmp_path / "walkthrough.ipynb"
    shutil.copy(teaching.TEACHER, teacher)
    kept = teacher.read_bytes()
    for out in (teacher, tmp_path / "." / "walkthrough.ipynb"):
        assert main(["student", "--source", str(teacher), "--out", str(out)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "is the notebook given as --source" in err[0], err
    (tmp_path / "link.ipynb").symlink_to(teacher)
    assert main(["student", "--source", str(teacher), "--out", str(tmp_path / "link.ipynb")]) == 2
    assert teacher.read_bytes() == kept, "solutions and all, untouched"
    mine = tmp_path / "mine.ipynb"
    mine.write_text('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', encoding="utf-8")
    assert main(["student", "--source", str(teacher), "--out", str(mine)]) == 2
    assert "exists and is not a student copy written by this tool" in capsys.readouterr().err
    copy = tmp_path / "copy.ipynb"
    assert main(["student", "--source", str(teacher), "--out", str(copy)]) == 0
    assert main(["student", "--source", str(teacher), "--out", str(copy)]) == 0, "its own copy is rewritten"
    assert nbformat.read(copy, as_version=4).metadata[teaching.MARK] == {"source": "walkthrough.ipynb"}
