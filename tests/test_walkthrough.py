"""The walkthrough reads as a lesson: questions and objectives first, steps that match their list,
each exercise's task in the notebook as the check states it, prose without typed figures or code
names, quotations true to the article, and key points that mirror the objectives."""

from __future__ import annotations

import re

import nbformat
import pytest

from analysis.present import teaching

NB = nbformat.read(teaching.TEACHER, as_version=4)
MARKDOWN = [c for c in NB.cells if c.cell_type == "markdown"]
INTRO, LAST = MARKDOWN[0].source, MARKDOWN[-1].source
EXERCISE_HEADING = re.compile(r"^### Exercise (\d+): ", re.M)
STEP_HEADING = re.compile(r"^## Step (\d+): (.+)$", re.M)
STOP = {"a", "an", "and", "the", "of", "in", "it", "its", "to", "with", "from", "by", "each", "one", "them", "first"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _bullets(block: str, title: str) -> list[str]:
    """The '> - ...' items under '> **title**' in a quoted block."""
    lines = block.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip("> ").startswith(f"**{title}**"))
    items: list[str] = []
    for line in lines[start + 1 :]:
        text = line.lstrip(">").strip()
        if not text.startswith("- "):
            if items:
                break
            continue
        items.append(text[2:])
    return items


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2}


def _stem(word: str) -> str:
    return word[:5]


def _prose(cell: nbformat.NotebookNode) -> str:
    """A markdown cell's running text: headings, code spans and the article's quoted words left out."""
    text = re.sub(r"^#+ .*$", "", cell.source, flags=re.M)
    text = re.sub(r"`[^`]*`", "", text)
    return re.sub(r'"[^"]*"', "", text)


def _is_task_cell(cell: nbformat.NotebookNode) -> bool:
    return bool(EXERCISE_HEADING.search(cell.source)) or cell is MARKDOWN[0]


def test_questions_and_objectives_come_first_and_the_key_points_last_mirror_them() -> None:
    objectives = _bullets(INTRO, "Learning objectives")
    points = _bullets(LAST, "Key points")
    assert _bullets(INTRO, "Questions") and len(objectives) >= 3
    assert len(points) == len(objectives), "one key point per objective"
    for objective, point in zip(objectives, points, strict=True):
        shared = {_stem(w) for w in _words(objective)} & {_stem(w) for w in _words(point)}
        assert shared, f"the key point {point!r} does not answer the objective {objective!r}"


def test_the_list_of_steps_matches_the_step_headings() -> None:
    headings = [(int(n), title) for c in MARKDOWN for n, title in STEP_HEADING.findall(c.source)]
    listed = [(int(n), title) for n, title in re.findall(r"^(\d+)\. (.+)$", INTRO, re.M)]
    assert headings == listed and [n for n, _ in headings] == list(range(1, len(headings) + 1))


def test_every_mention_of_a_step_or_an_exercise_exists() -> None:
    steps = {int(n) for c in MARKDOWN for n, _ in STEP_HEADING.findall(c.source)}
    exercises = {q.number for q in teaching.EXERCISES}
    for cell in MARKDOWN:
        for n in re.findall(r"\b[Ss]tep\s+(\d+)", cell.source):
            assert int(n) in steps, f"{cell.id} mentions step {n}; the steps are {sorted(steps)}"
        for n in re.findall(r"\b[Ee]xercise\s+(\d+)", cell.source):
            assert int(n) in exercises, f"{cell.id} mentions exercise {n}"


def test_each_exercise_has_its_task_then_a_cell_that_checks_it() -> None:
    found = []
    for i, cell in enumerate(NB.cells):
        match = EXERCISE_HEADING.search(cell.source) if cell.cell_type == "markdown" else None
        if not match:
            continue
        q = teaching.EXERCISES[int(match.group(1)) - 1]
        found.append(q.number)
        assert _flat(q.task) in _flat(cell.source), f"exercise {q.number}: the notebook's task is not the check's"
        check = NB.cells[i + 1]
        assert check.cell_type == "code" and f"{q.name}.check({q.answer_name})" in check.source
        assert teaching.BEGIN in check.source and teaching.END in check.source, "the solution is marked"
    assert found == [q.number for q in teaching.EXERCISES]


def test_prose_has_no_typed_figures() -> None:
    """Numbers in prose are computed: only sentence, step and exercise numbers (addresses), the steps
    list, and the digits and fractions the tasks define may appear."""
    allowed = [
        r"\b[Ss]entences?\s+\d+(?:,\s+\d+)*(?:\s+and\s+\d+)?",
        r"\b[Ss]tep\s+\d+",
        r"\b[Ee]xercises?\s+\d+",
        r"^\d+\. ",
        r"\(0-9\)",
        r"between 0 and 1",
    ]
    for cell in MARKDOWN:
        text = _prose(cell)
        for pattern in allowed:
            text = re.sub(pattern, "", text, flags=re.M)
        assert not re.search(r"\d", text), f"{cell.id} types a number: {text!r}"
        spelt = re.search(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", text, re.I)
        assert not spelt, f"{cell.id} spells out a count that the data could change: {spelt.group()!r}"


def test_prose_uses_readers_words_not_code_names() -> None:
    """Code spans belong to the tasks and to 'how to work', where the student types them; elsewhere
    the prose says what a thing is, not what the code calls it."""
    for cell in MARKDOWN:
        if _is_task_cell(cell):
            continue
        assert "`" not in cell.source, f"{cell.id} uses a code name: {cell.source!r}"
        words = re.sub(r'"[^"]*"', "", cell.source)
        assert not re.search(r"\b[a-z]+_[a-z_]+\b|\w+\(\)|/\w+/", words), f"{cell.id}: {words!r}"


@pytest.mark.parametrize("cell", MARKDOWN, ids=lambda c: c.id)
def test_quoted_words_are_the_articles_own(cell: nbformat.NotebookNode) -> None:
    sentences = teaching.seed_sentences()
    for n, quoted in re.findall(r'[Ss]entences?\s+(\d+)\s+\("([^"]+)"\)', cell.source):
        assert _flat(quoted) in sentences[int(n) - 1], f"sentence {n} does not say {quoted!r}"


def test_the_quotations_are_there_to_check() -> None:
    quotes = [q for c in MARKDOWN for q in re.findall(r'[Ss]entences?\s+(\d+)\s+\("([^"]+)"\)', c.source)]
    assert len(quotes) >= 4, quotes
