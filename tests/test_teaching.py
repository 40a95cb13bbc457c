"""The walkthrough's exercise checks really check, and the student copy hides the solutions but still runs."""

from __future__ import annotations

import re
from collections.abc import Iterator
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

from .conftest import property_settings


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


EXERCISES = pytest.mark.parametrize("q", teaching.EXERCISES, ids=lambda q: q.name)


@pytest.fixture(scope="module")
def solved() -> dict[str, Any]:
    return _exec_solutions()


@pytest.fixture(autouse=True)
def fresh_hints() -> Iterator[None]:
    """Every test starts at the foot of each hint ladder (the exercises are module objects)."""
    for q in teaching.EXERCISES:
        q.reset()
    yield
    for q in teaching.EXERCISES:
        q.reset()


def _code_lines(code: str) -> list[str]:
    """The statements of a solution, one per line, comments dropped, long enough to give something away."""
    lines = [line.split("  #")[0].strip() for line in code.strip().splitlines()]
    return [line for line in lines if len(line) >= 8 and line not in ("rows = [", "]", "},", "{")]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _answer_forms(answer: Any) -> list[str]:
    """The ways the right answer could be written out in a hint or in feedback."""
    if isinstance(answer, str):
        return [answer]
    if isinstance(answer, list):
        return [str(answer), ", ".join(map(str, answer)), ", ".join(f"{v:,}" for v in answer)]
    if isinstance(answer, dict):
        return [str(answer), *(f"{k}: {v}" for k, v in answer.items()), *(f"{k}: '{v}'" for k, v in answer.items())]
    if isinstance(answer, tuple):
        return [str(a) for a in answer]
    if isinstance(answer, date):
        return [answer.isoformat(), f"{answer.day} {answer:%B}", f"{answer:%B} {answer.day}"]
    if isinstance(answer, float):
        return [f"{answer:.3f}", f"{answer:.2f}", f"{answer:.0%}", f"{answer * 100:.1f}"]
    return []  # a table or a chart: the solution's lines stand for it


@EXERCISES
def test_the_answer_name_is_what_the_solution_assigns(q: teaching.Exercise) -> None:
    assert q.answer_name in teaching.assigned_names(q.solution_code)
    assert f"`{q.answer_name}`" in q.task, "the task names the variable the check is given"


@EXERCISES
def test_worked_solution_passes_its_check(
    q: teaching.Exercise, solved: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    answer = solved[q.answer_name]
    assert q.is_correct(answer), q.verdict(answer)
    assert q.check(answer) is None
    out = capsys.readouterr().out
    assert out.startswith(f"✔ Exercise {q.number} ") and out.count("\n") == 1


@EXERCISES
def test_repr_and_notebook_display_show_the_task_never_the_solution(q: teaching.Exercise) -> None:
    from IPython.core.formatters import DisplayFormatter

    bundle, _ = DisplayFormatter().format(q)
    shown = {"repr": repr(q), "str": str(q), **bundle}
    assert set(bundle) >= {"text/plain", "text/markdown"}
    for name, text in shown.items():
        assert _flat(q.task) in _flat(text), name
        assert f"{q.name}.check({q.answer_name})" in text, name
        for line in _code_lines(q.solution_code):
            assert line not in text, f"{name} shows the solution: {line!r}"
        assert "solution_code" not in text and "make_compare" not in text


@EXERCISES
def test_hints_form_a_ladder_of_two_or_three(q: teaching.Exercise, capsys: pytest.CaptureFixture[str]) -> None:
    n = len(q.hints)
    assert 2 <= n <= 3 and len(set(q.hints)) == n
    for k in range(1, n + 1):
        q.hint()
        out = capsys.readouterr().out
        assert out.startswith(f"Hint {k} of {n} for exercise {q.number}: {q.hints[k - 1]}") and out.count("\n") == 1
        assert ("Ask again" in out) == (k < n) and ("solution()" in out) == (k == n)
    q.hint()  # past the top: the last hint again, pointing to the solution
    assert q.hints[-1] in capsys.readouterr().out
    q.reset()
    q.hint(2)  # a given rung, and the ladder carries on from there
    assert capsys.readouterr().out.startswith(f"Hint 2 of {n}")
    for bad in (0, n + 1, "1", True):
        q.hint(bad)  # type: ignore[arg-type]
        out = capsys.readouterr().out
        assert out.count("\n") == 1 and f"hints 1 to {n}" in out


@EXERCISES
def test_hints_never_give_the_solution_or_the_answer(q: teaching.Exercise, solved: dict[str, Any]) -> None:
    lines = _code_lines(q.solution_code)
    for hint in q.hints:
        for line in lines:
            assert _flat(line) not in _flat(hint), f"hint {hint!r} holds the solution line {line!r}"
        for form in _answer_forms(solved[q.answer_name]):
            assert form not in hint, f"hint {hint!r} gives the answer ({form!r})"


@EXERCISES
def test_hints_appear_only_when_asked(q: teaching.Exercise, capsys: pytest.CaptureFixture[str]) -> None:
    for odd in (..., None, "nonsense", 42, [object()], {"x": 1}):
        q.check(odd)
        out = capsys.readouterr().out
        assert out.startswith(f"✘ Exercise {q.number} ") and out.count("\n") == 1
        assert not any(hint in out for hint in q.hints), "a check never prints a hint unasked"
        assert f"{q.name}.hint()" in out and q.solution_code.strip().splitlines()[0] not in out
    for _ in q.hints:
        q.hint()
    capsys.readouterr()
    q.check(None)
    assert f"{q.name}.solution()" in capsys.readouterr().out, "with every hint seen, the check points to the solution"
    q.solution()
    out = capsys.readouterr().out
    assert all(line in out for line in _code_lines(q.solution_code))


@EXERCISES
def test_any_answer_gets_one_line_with_what_is_wrong_and_what_to_try(q: teaching.Exercise) -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-10, 3000),
        st.floats(allow_nan=True),
        st.text(max_size=20),
        st.dates(date(2023, 1, 1), date(2026, 12, 31)),
    )
    answers = st.one_of(
        scalars,
        st.lists(scalars, max_size=6),
        st.tuples(scalars, scalars),
        st.dictionaries(st.one_of(st.integers(0, 12), st.text(max_size=3)), scalars, max_size=4),
    )

    @given(answers)
    @property_settings(40)
    def run(answer: Any) -> None:
        found = q.verdict(answer)
        assert found == q.verdict(answer), "the same answer, the same feedback"
        if not found.ok:
            assert found.said and found.next
            assert "\n" not in str(found)

    run()


@pytest.mark.parametrize(
    ("q", "wrong", "says", "next_step"),
    [
        (teaching.q1, [2, 5, 7], "sentence 11", "year is written in digits"),
        (teaching.q1, [1, 4, 6, 10], "one less", "start=1"),
        (teaching.q1, [2, 5, 5, 7, 11], "more than once", "once"),
        (teaching.q1, [11, 2, 5, 7], "another order", "order the sentences come"),
        (teaching.q1, [2, 3, 5, 7, 11], "sentence 3 has no digit", "0 to 9"),
        (teaching.q1, [True, False], "True or False", "keep only the numbers"),
        (teaching.q1, 4, "single whole number", "list"),
        (teaching.q1, "sentences", "text", "list"),
        (teaching.q2, ["3,000", "11,000", "4,000"], "text", "remove the commas"),
        (teaching.q2, [3000, 11000, 4000, 2024], "2024", "leave out values that are years"),
        (teaching.q2, [3, 0, 11, 0, 4, 0], "piece of a larger figure", "digits and commas together"),
        (teaching.q2, [3000, 4000, 11000], "another order", "don't sort"),
        (teaching.q2, [3000.0, 11000.0, 4000.0], "decimal", "int()"),
        (teaching.q2, [[3000], [11000], [4000]], "lists", "one flat list"),
        (teaching.q2, [2, 5, 7], "sentence numbers", "figures themselves"),
        (teaching.q2, [3000, 11000], "4,000 is missing", "every sentence"),
        (teaching.q3, "south korea jcs", "capital letters", "exactly"),
        (teaching.q3, "Joint Chiefs of Staff", "right body", "actor_id"),
        (teaching.q3, "South Korea", "whole country", "part of its state"),
        (teaching.q3, "Seoul", "stands for South Korea", "part of its state"),
        (teaching.q3, "Euronews", "outlet", "who does the article say"),
        (teaching.q3, "North Korea", "about", "who spoke"),
        (teaching.q3, "South Korea NIS", "does not credit it", "which body"),
        (teaching.q3, "The Army", "not a name in the actors table", "actor_id"),
        (teaching.q4, {2: "suggested", 5: "confirmed", 7: "estimated"}, "sentence 5", "'is thought to'"),
        (teaching.q4, {2: "appears to", 5: "reported", 7: "estimated"}, "text's own words", "cue"),
        (teaching.q4, {2: "likely", 5: "reported", 7: "estimated"}, "is not one of the", "choose from"),
        (teaching.q4, {"2": "suggested", "5": "reported", "7": "estimated"}, "keys are text", "2, not '2'"),
        (teaching.q4, {2: "suggested", 5: "reported"}, "your keys", "one key per sentence"),
        (teaching.q4, ["suggested", "reported", "estimated"], "list loses", "dict"),
        (teaching.q4, {2: "reported", 5: "suggested", 7: "confirmed"}, "2 more", "description"),
        (teaching.q5, (date(2025, 1, 1), date(2025, 12, 31)), "year the article was published", "year before"),
        (teaching.q5, (date(2024, 3, 27), date(2025, 3, 27)), "twelve months", "previous calendar year"),
        (teaching.q5, (date(2024, 1, 1), date(2025, 1, 1)), "first day of the next year", "includes its last day"),
        (teaching.q5, (date(2024, 12, 31), date(2024, 1, 1)), "comes after", "earlier date first"),
        (teaching.q5, (date(2024, 1, 1), date(2024, 6, 30)), "not all of it", "31 December"),
        (teaching.q5, 2024, "single whole number", "two ends"),
        (teaching.q5, ("2024", "2024"), "not a date", "date(year, month, day)"),
        (teaching.q6, date(2025, 3, 26), "Wednesday", "must be a Thursday"),
        (teaching.q6, date(2025, 3, 20), "7 days before", "latest such day"),
        (teaching.q6, date(2025, 4, 3), "after the article was published", "look back"),
        (teaching.q6, "Thursday", "name of a day", "date"),
        (teaching.q6, 3, "weekday's number", "date itself"),
        (teaching.q8, 4000 / 14000 * 100, "percentage", "fraction between 0 and 1"),
        (teaching.q8, 29, "percentage", "fraction"),
        (teaching.q8, 4000 / 11000, "last year's soldiers only", "new contingent"),
        (teaching.q8, 4000 / 3000, "new contingent only", "last year's"),
        (teaching.q8, 4000 / 18000, "added the killed or wounded", "among those sent"),
        (teaching.q8, 14000 / 4000, "upside down", "part"),
        (teaching.q8, 0.29, "rounded", "don't round"),
        (teaching.q8, 0, "whole-number division", "use /"),
        (teaching.q8, "29%", "text", "as a number"),
        (teaching.q8, 0.5, "not the killed or wounded divided", "add up the whole first"),
    ],
)
def test_common_wrong_answers_say_what_is_wrong_and_what_to_try(
    q: teaching.Exercise, wrong: object, says: str, next_step: str, solved: dict[str, Any]
) -> None:
    found = q.verdict(wrong)
    assert not found.ok
    assert says in found.said, found
    assert next_step in found.next, found
    for line in _code_lines(q.solution_code):
        assert line not in str(found), f"the feedback gives the solution line {line!r}"
    told = str(found).replace(repr(wrong), "").replace(str(wrong), "")  # the student's own answer, echoed
    for form in _answer_forms(solved[q.answer_name]):
        assert form not in told, f"the feedback gives the answer ({form!r})"


def test_the_tidy_table_is_checked_cell_by_cell(solved: dict[str, Any]) -> None:
    tidy = solved["tidy"].copy()
    assert teaching.q7.is_correct(tidy.iloc[::-1])  # row order does not matter
    assert teaching.q7.is_correct(tidy.assign(period_end=pd.to_datetime(tidy["period_end"])))  # dates as dates
    cases = [
        (tidy.assign(value=[3000, 12000, 4000]), "sentence 5, value is 12000", "copy the figure from that sentence"),
        (tidy.assign(value=["3,000", "11,000", "4,000"]), "value is '3,000'", "without commas"),
        (tidy.assign(metric=["troops_deployed", *tidy["metric"][1:]]), "sentence 2, metric", "another figure"),
        (tidy.assign(qualifier=["suggested", "confirmed", "estimated"]), "sentence 5, qualifier", "exercise 4"),
        (tidy.assign(period_start=[*tidy["period_start"][:2], date(2025, 1, 1)]), "sentence 7", "leave it as None"),
        (tidy.assign(period_end=[None, *tidy["period_end"][1:]]), "sentence 2, period_end", "Step 5"),
        (tidy.drop(columns="qualifier").assign(hedge="x"), "qualifier is missing (you have hedge)", "exactly"),
        (tidy.iloc[:2], "2 rows", "one row per claim"),
        (tidy.assign(sentence_no=["2", "5", "7"]), "whole numbers", "2, not '2'"),
        (tidy.assign(sentence_no=[1, 4, 6]), "sentences [1, 4, 6]", "each sentence with a figure"),
        (tidy.to_dict("records"), "a list", "pd.DataFrame"),
    ]
    for answer, says, next_step in cases:
        found = teaching.q7.verdict(answer)
        assert not found.ok and says in found.said and next_step in found.next, (says, found)


def test_the_chart_check_wants_bars_title_unit_and_source() -> None:
    fig = Figure()
    assert "no bars" in teaching.q9.verdict(fig).said or "empty" in teaching.q9.verdict(fig).said
    ax = fig.add_subplot()
    assert "no bars" in teaching.q9.verdict(fig).said
    assert "axes" in teaching.q9.verdict(ax).said
    bars = ax.bar(["a", "b"], [1, 2])
    assert "not the figures" in teaching.q9.verdict(fig).said
    assert "bars" in teaching.q9.verdict(bars).said
    fig = Figure()
    ax = fig.add_subplot()
    ax.bar(["a", "b", "c"], teaching.tidy_reference()["value"])
    assert "title" in teaching.q9.verdict(fig).said
    ax.set_title("t")
    assert "unit" in teaching.q9.verdict(fig).said
    ax.set_ylabel("soldiers")
    assert "source line" in teaching.q9.verdict(fig).said
    charts.add_source_line(fig, "s")
    assert teaching.q9.is_correct(fig)
    sideways = Figure()
    ax = sideways.add_subplot()
    ax.barh(["a", "b", "c"], teaching.tidy_reference()["value"])
    ax.set_title("t")
    ax.set_ylabel("measure")
    assert "set_xlabel" in teaching.q9.verdict(sideways).next, "horizontal bars carry the unit on the x axis"


def test_feedback_never_lacks_a_next_step() -> None:
    with pytest.raises(ValueError, match="what to try next"):
        teaching.wrong("something is off", "")
    assert str(teaching.wrong("the list is empty", "append to it")) == "The list is empty. Append to it."
    assert str(teaching.wrong("a", "which one?")) == "A. Which one?"


def test_hints_and_feedback_point_only_to_steps_and_earlier_exercises() -> None:
    nb = nbformat.read(teaching.TEACHER, as_version=4)
    steps = {
        int(m) for c in nb.cells if c.cell_type == "markdown" for m in re.findall(r"^## Step (\d+):", c.source, re.M)
    }
    texts = [(q.number, text) for q in teaching.EXERCISES for text in q.hints]
    texts += [(7, advice) for advice in teaching._TIDY_ADVICE.values()]
    for number, text in texts:
        for step in re.findall(r"\bStep (\d+)", text):
            assert int(step) in steps, f"{text!r} points to a Step {step} the walkthrough does not have"
        for earlier in re.findall(r"\bexercise (\d+)", text):
            assert int(earlier) < number, f"exercise {number} points to exercise {earlier}: {text!r}"


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
    outside = "\n".join(teaching.strip_solutions(c.source) for c in teacher.cells if c.cell_type == "code")
    shared = {line.strip() for line in outside.splitlines()}  # lines the teacher shows outside solutions too
    for q in teaching.EXERCISES:
        assert f"{q.answer_name} = ...  # your code here" in code
        for line in set(_code_lines(q.solution_code)) - shared:
            assert line not in code, f"the student copy keeps the solution line {line!r}"
        assert any(f"{q.name}.check({q.answer_name})" in c.source for c in student.cells), "the checks stay"
    tasks = _flat(" ".join(c.source for c in student.cells if c.cell_type == "markdown"))
    assert all(_flat(q.task) in tasks for q in teaching.EXERCISES), "the tasks stay"
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
    assert out.startswith("✘ Exercise 1 ") and "not answered yet" in out.lower() and "q1.hint()" in out
    assert not any(hint in out for hint in teaching.q1.hints), "no hint until the student asks"


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
