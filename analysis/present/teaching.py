"""Exercise checks for the teaching walkthrough, and the student copy of it.

In the notebook each exercise is an object: ``q1.check(answer)`` prints one line, ``✔``
when the answer is right and ``✘ Not yet`` with a hint when it is not; ``q1.hint()``
prints the hint again and ``q1.solution()`` a worked answer. The right answers are
never typed in here: each is computed from the curated dataset (the claims, events and
sentences recorded for the seed article), so a check verifies the student's work against
what the project itself holds.

``python -m analysis student`` writes the student copy: the teacher notebook
with the code between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` replaced by a
placeholder (``answer = ...  # your code here``) and every output cleared. The copy carries
``MARK`` in its metadata; an existing ``--out`` is replaced only if it is such a copy (or the
default location, ``notebooks/teaching/student/``), never the teacher notebook itself nor a
notebook someone else wrote.
"""

from __future__ import annotations

import argparse
import ast
import copy
import math
import numbers
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import paths

SEED_ID = "euronews-2025-03-27-nk-3000-more-troops"
SEED_PUBLISHED = date(2025, 3, 27)
TEACHER = paths.NOTEBOOKS_DIR / "teaching" / "walkthrough.ipynb"
STUDENT = paths.NOTEBOOKS_DIR / "teaching" / "student" / "walkthrough.ipynb"
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
MARK = "nk-russia-student-copy"  # notebook metadata key: the file is a student copy this tool wrote
PLACEHOLDER = "...  # your code here"
TIDY_COLUMNS = ["sentence_no", "claimant", "metric", "value", "qualifier", "period_start", "period_end"]

Verdict = tuple[bool, str]


# --- reference answers, computed from the curated dataset ------------------------------


def seed_sentences() -> list[str]:
    """The seed article's sentences, numbered as the dataset numbers them (item n-1 is sentence n)."""
    from analysis.data.tables import source_sentences

    return source_sentences(SEED_ID)


def seed_claims() -> pd.DataFrame:
    """The curated claims taken from the seed article, in sentence order."""
    from analysis.data.tables import load_claims

    claims = load_claims()
    return claims[claims["source_id"] == SEED_ID].sort_values(["sentence_no", "claim_id"]).reset_index(drop=True)


def seed_events() -> pd.DataFrame:
    """The curated events taken from the seed article, in sentence order."""
    from analysis.data.tables import load_events

    events = load_events()
    return events[events["source_id"] == SEED_ID].sort_values(["sentence_no", "event_id"]).reset_index(drop=True)


def sentences_with_digits() -> list[int]:
    """Numbers of the seed sentences containing at least one digit."""
    return [i for i, s in enumerate(seed_sentences(), start=1) if re.search(r"\d", s)]


def _point(row: pd.Series) -> int:
    for col in ("value_best", "value_low", "value_high"):
        if pd.notna(row[col]):
            return int(row[col])
    raise ValueError(f"claim {row['claim_id']} has no figure")


def counted_figures() -> list[int]:
    """The figures the curated claims take from the seed, in sentence order."""
    return [_point(r) for _, r in seed_claims().iterrows()]


def seed_claimant() -> str:
    """The one organisation the curated dataset credits with the seed's figures."""
    names = sorted(set(seed_claims()["claimant"].astype(str)))
    if len(names) != 1:
        raise ValueError(f"expected one claimant for the seed's claims, found {names}")
    return names[0]


def qualifiers() -> dict[int, str]:
    """Sentence number -> qualifier of each curated seed claim."""
    claims = seed_claims()
    return {int(n): str(q) for n, q in zip(claims["sentence_no"], claims["qualifier"], strict=True)}


def _claim_with(words: str) -> pd.Series:
    claims = seed_claims()
    rows = claims[claims["sentence"].astype(str).str.contains(words, regex=False)]
    if rows.empty:
        raise ValueError(f"no curated seed claim whose sentence contains {words!r}")
    return rows.iloc[0]


def last_year_period() -> tuple[date, date]:
    """Start and end of 'last year' in the seed, as the curated claim records it."""
    row = _claim_with("last year")
    return row["period_start"].date(), row["period_end"].date()


def thursday_date() -> date:
    """The day 'on Thursday' means in the seed, as the curated event records it."""
    events = seed_events()
    rows = events[events["sentence"].astype(str).str.contains("on Thursday", regex=False)]
    if rows.empty:
        raise ValueError("no curated seed event whose sentence contains 'on Thursday'")
    first: pd.Timestamp = rows.iloc[0]["date"]
    return first.date()


def tidy_reference() -> pd.DataFrame:
    """The tidy table of the seed's claims: ``TIDY_COLUMNS``, one row per claim."""
    claims = seed_claims()
    return pd.DataFrame(
        {
            "sentence_no": claims["sentence_no"].astype(int),
            "claimant": claims["claimant"].astype(str),
            "metric": claims["metric"].astype(str),
            "value": [_point(r) for _, r in claims.iterrows()],
            "qualifier": claims["qualifier"].astype(str),
            "period_start": claims["period_start"],
            "period_end": claims["period_end"],
        }
    )


def loss_share() -> float:
    """Killed or wounded over troops sent, from the seed's claims alone (``loss_ratio``)."""
    from analysis.measures.estimates import loss_ratio

    ratio = loss_ratio(SEED_PUBLISHED.isoformat(), claims=seed_claims())
    if ratio is None or ratio.low is None:
        raise ValueError("the seed's claims give no loss ratio")
    return ratio.low


# --- comparing answers -----------------------------------------------------------------


def _same_list(expected: list[Any]) -> Callable[[Any], Verdict]:
    def compare(answer: Any) -> Verdict:
        if not isinstance(answer, list | tuple):
            return False, f"expected a list, got {type(answer).__name__}"
        got = list(answer)
        if len(got) != len(expected):
            return False, f"your list has {len(got)} item(s), the right answer has {len(expected)}"
        if got != expected:
            wrong = next(i for i, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b)
            return False, f"item {wrong + 1} ({got[wrong]!r}) is not right"
        return True, f"{got}"

    return compare


def _compare_numbers(expected: list[int]) -> Callable[[Any], Verdict]:
    base = _same_list(expected)

    def compare(answer: Any) -> Verdict:
        if isinstance(answer, list | tuple) and any(isinstance(a, str) for a in answer):
            return False, "some items are text: turn '3,000' into the number 3000 with int(...replace(',', ''))"
        if isinstance(answer, list | tuple) and any(1900 <= a <= 2100 for a in answer if isinstance(a, int)):
            return False, "a year is in your list: a year dates something, it does not count anything"
        return base(answer)

    return compare


def _compare_text(expected: str) -> Callable[[Any], Verdict]:
    def compare(answer: Any) -> Verdict:
        if not isinstance(answer, str):
            return False, f"expected text (a str), got {type(answer).__name__}"
        if answer.strip() == expected:
            return True, f"{expected!r}"
        if answer.strip().lower() == expected.lower():
            return False, f"almost: spell it exactly as the actors table does ({expected!r})"
        return False, f"{answer!r} is not the organisation that produced the figures"

    return compare


def _compare_mapping(expected: dict[int, str]) -> Callable[[Any], Verdict]:
    def compare(answer: Any) -> Verdict:
        if not isinstance(answer, dict):
            return False, f"expected a dict such as {{2: '...'}}, got {type(answer).__name__}"
        if sorted(answer) != sorted(expected):
            return False, f"use the sentence numbers {sorted(expected)} as keys (you gave {sorted(answer)})"
        for key in sorted(expected):
            if str(answer[key]).strip().lower() != expected[key]:
                return False, f"sentence {key}: {answer[key]!r} is not the qualifier the codebook gives"
        return True, ", ".join(f"{k}: {v}" for k, v in sorted(expected.items()))

    return compare


def _as_date(value: Any) -> date | None:
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _compare_period(expected: tuple[date, date]) -> Callable[[Any], Verdict]:
    def compare(answer: Any) -> Verdict:
        if not isinstance(answer, list | tuple) or len(answer) != 2:
            return False, "expected two dates in brackets: (first_day, last_day)"
        got = tuple(_as_date(a) for a in answer)
        if None in got:
            return False, "write each end as a date, e.g. date(2025, 1, 31)"
        if got == expected:
            return True, f"{expected[0]} to {expected[1]}"
        if got[0] is not None and got[0].year == SEED_PUBLISHED.year:
            return False, "'last year' is the year before the article was published, not its own year"
        return False, f"{got[0]} to {got[1]} does not cover exactly the whole of last year"

    return compare


def _compare_day(expected: date) -> Callable[[Any], Verdict]:
    def compare(answer: Any) -> Verdict:
        got = _as_date(answer)
        if got is None:
            return False, f"expected a date, e.g. date(2025, 1, 31), got {type(answer).__name__}"
        if got == expected:
            return True, f"{expected} ({expected:%A})"
        return False, f"{got} is a {got:%A}" + ("" if got.weekday() == expected.weekday() else ", not a Thursday")

    return compare


def _compare_tidy(expected: pd.DataFrame) -> Callable[[Any], Verdict]:
    def compare(answer: Any) -> Verdict:
        if not isinstance(answer, pd.DataFrame):
            return False, f"expected a pandas DataFrame, got {type(answer).__name__}"
        missing = [c for c in TIDY_COLUMNS if c not in answer.columns]
        if missing:
            return False, f"missing column(s): {', '.join(missing)}"
        if len(answer) != len(expected):
            return False, f"your table has {len(answer)} row(s); the article makes {len(expected)} claims"
        got = answer[TIDY_COLUMNS].sort_values("sentence_no").reset_index(drop=True)
        for col in TIDY_COLUMNS:
            for i in range(len(expected)):
                if not _same_cell(got.at[i, col], expected.at[i, col]):
                    return False, f"row {i + 1}, column {col}: {got.at[i, col]!r} is not what the dataset holds"
        return True, f"{len(expected)} claims, {len(TIDY_COLUMNS)} columns, every cell as in the curated dataset"

    return compare


def _same_cell(got: Any, expected: Any) -> bool:
    if pd.isna(expected):
        return got is None or bool(pd.isna(got))
    if isinstance(expected, pd.Timestamp):
        return _as_date(got) == expected.date()
    if isinstance(expected, numbers.Real):
        return isinstance(got, numbers.Real) and not isinstance(got, bool) and got == expected
    return str(got) == str(expected)


def _compare_share(expected: float) -> Callable[[Any], Verdict]:
    def compare(answer: Any) -> Verdict:
        if not isinstance(answer, int | float) or isinstance(answer, bool):
            return False, f"expected a number, got {type(answer).__name__}"
        if answer > 1 and math.isclose(answer / 100, expected, abs_tol=0.001):
            return False, "that is a percentage: give the share as a fraction between 0 and 1"
        if math.isclose(answer, expected, abs_tol=0.001):
            return True, f"{answer:.3f}, that is {expected:.0%} of the troops sent"
        return False, f"{answer:.3f} is not killed-or-wounded divided by all the troops sent"

    return compare


def _compare_chart(answer: Any) -> Verdict:
    from matplotlib.figure import Figure

    if not isinstance(answer, Figure):
        return False, f"expected a matplotlib Figure (fig), got {type(answer).__name__}"
    if not answer.axes:
        return False, "the figure has no chart in it"
    ax = answer.axes[0]
    title = ax.get_title(loc="left") or ax.get_title() or answer.get_suptitle()
    if not title:
        return False, "give the chart a title"
    if not ax.get_ylabel():
        return False, "label the y axis with the unit (what one step of the axis counts)"
    if not any(t.get_text().startswith("Source:") for t in answer.texts):
        return False, "add a source line under the chart (charts.add_source_line)"
    return True, "title, unit and source line are there"


# --- exercises -------------------------------------------------------------------------


@dataclass
class Exercise:
    """One exercise: ``check(answer)`` prints ✔ or ✘ with a hint; ``hint()``; ``solution()``."""

    number: int
    topic: str
    make_compare: Callable[[], Callable[[Any], Verdict]]
    hint_text: str
    solution_code: str

    def verdict(self, answer: Any) -> Verdict:
        """(right?, message) for ``answer``; a placeholder ``...`` is never right."""
        if answer is Ellipsis:
            return False, "replace the ... with your code, then run the cell again"
        try:
            return self.make_compare()(answer)
        except Exception as exc:  # a student's odd answer must never crash the check
            return False, f"could not check this answer ({type(exc).__name__}: {exc})"

    def is_correct(self, answer: Any) -> bool:
        """True when ``answer`` is right (no printing)."""
        return self.verdict(answer)[0]

    def check(self, answer: Any = Ellipsis) -> None:
        """Print one line: '✔ Exercise N (topic): right: ...' or '✘ Exercise N: not yet: ... Hint: ...'."""
        ok, message = self.verdict(answer)
        if ok:
            print(f"✔ Exercise {self.number} ({self.topic}): correct: {message}")
        else:
            print(f"✘ Exercise {self.number} ({self.topic}): not yet: {message}. Hint: {self.hint_text}")

    def hint(self) -> None:
        """Print the hint."""
        print(f"Hint for exercise {self.number}: {self.hint_text}")

    def solution(self) -> None:
        """Print a worked answer."""
        print(f"A solution for exercise {self.number}:\n{self.solution_code.strip()}")


q1 = Exercise(
    1,
    "sentences with digits",
    lambda: _same_list(sentences_with_digits()),
    "loop with `for number, sentence in enumerate(sentences, start=1)` and test `any(ch.isdigit() for ch in sentence)`",
    """
sentences_with_numbers = []
for number, sentence in enumerate(sentences, start=1):
    if any(ch.isdigit() for ch in sentence):
        sentences_with_numbers.append(number)
""",
)

q2 = Exercise(
    2,
    "figures that count",
    lambda: _compare_numbers(counted_figures()),
    "re.findall(r'\\d[\\d,]*', sentence) finds '3,000'; drop the commas, make it an int, and skip years",
    """
figures = []
for sentence in sentences:
    for token in re.findall(r"\\d[\\d,]*", sentence):
        value = int(token.replace(",", ""))
        if not 1900 <= value <= 2100:  # a year dates something; it counts nothing
            figures.append(value)
""",
)

q3 = Exercise(
    3,
    "who claims it",
    lambda: _compare_text(seed_claimant()),
    "sentence 2 says 'South Korea has said'; sentence 4 names the part of the South Korean military that spoke. "
    "Use the name the actors table gives it (look in actors['actor_id'])",
    """
claimant = "South Korea JCS"  # the Joint Chiefs of Staff, named in sentence 4
""",
)

q4 = Exercise(
    4,
    "how sure",
    lambda: _compare_mapping(qualifiers()),
    "'appears to' only suggests; 'is thought to' passes on what others report; 'estimates' is an estimate. "
    "The qualifiers are confirmed, estimated, reported, suggested and planned",
    """
hedges = {2: "suggested", 5: "reported", 7: "estimated"}
""",
)

q5 = Exercise(
    5,
    "'last year'",
    lambda: _compare_period(last_year_period()),
    "the article was published on 2025-03-27, so 'last year' is the calendar year before: first day to last day",
    """
last_year = (date(PUBLISHED.year - 1, 1, 1), date(PUBLISHED.year - 1, 12, 31))
""",
)

q6 = Exercise(
    6,
    "'on Thursday'",
    lambda: _compare_day(thursday_date()),
    "find the Thursday on or before the publication date: PUBLISHED.weekday() is 0 on Monday and 3 on Thursday",
    """
thursday = PUBLISHED - timedelta(days=(PUBLISHED.weekday() - 3) % 7)
""",
)

q7 = Exercise(
    7,
    "the tidy table",
    lambda: _compare_tidy(tidy_reference()),
    f"one row per claim (sentences 2, 5 and 7) and the columns {', '.join(TIDY_COLUMNS)}; "
    "build a list of dicts, then pd.DataFrame(rows); leave an unknown date as None",
    """
rows = [
    {"sentence_no": 2, "claimant": claimant, "metric": "troops_deployed_additional", "value": 3000,
     "qualifier": "suggested", "period_start": date(2025, 1, 1), "period_end": date(2025, 2, 28)},
    {"sentence_no": 5, "claimant": claimant, "metric": "troops_deployed", "value": 11000,
     "qualifier": "reported", "period_start": last_year[0], "period_end": last_year[1]},
    {"sentence_no": 7, "claimant": claimant, "metric": "casualties_killed_or_wounded", "value": 4000,
     "qualifier": "estimated", "period_start": None, "period_end": PUBLISHED},
]
tidy = pd.DataFrame(rows)
""",
)

q8 = Exercise(
    8,
    "share killed or wounded",
    lambda: _compare_share(loss_share()),
    "killed or wounded (sentence 7) divided by everyone sent: last year's troops plus the new contingent",
    """
share = 4000 / (11000 + 3000)
""",
)

q9 = Exercise(
    9,
    "the first chart",
    lambda: _compare_chart,
    "set a title with ax.set_title(...), the unit with ax.set_ylabel(...), and call charts.add_source_line(fig, ...)",
    """
fig = Figure(figsize=(7, 3.5))
ax = fig.add_subplot()
ax.bar(tidy_curated["metric"].map(label), tidy_curated["value"], color=charts.PALETTE[0])
ax.set_title("What one article claims (South Korea JCS, 27 March 2025)")
ax.set_ylabel("soldiers")
charts.add_source_line(fig, "Euronews, 27 March 2025, as recorded in the curated dataset")
""",
)

EXERCISES = (q1, q2, q3, q4, q5, q6, q7, q8, q9)


# --- the student copy ------------------------------------------------------------------


def assigned_names(code: str) -> list[str]:
    """Names a block of code assigns at its top level, in order (``x = ...``, ``x: int = ...``)."""
    names: list[str] = []
    for node in ast.parse(code).body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign | ast.AugAssign)
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name) and target.id not in names:
                names.append(target.id)
    return names


def strip_solutions(code: str) -> str:
    """Replace each solution block by a placeholder for its answer (``name = ...  # your code here``).

    The answer is each name the block assigns that the rest of the cell uses (``q7.check(tidy)``
    -> ``tidy``); helper names (``rows``, ``ax``) vanish with the solution. A block whose names
    the cell never uses gets a placeholder for each of them (or ``answer``).
    """
    out: list[str] = []
    blocks: list[tuple[int, str, list[str]]] = []  # (position in out, indent, block lines)
    block: list[str] | None = None
    indent = ""
    for line in code.splitlines():
        if line.strip() == BEGIN:
            block, indent = [], line[: len(line) - len(line.lstrip())]
        elif line.strip() == END and block is not None:
            blocks.append((len(out), indent, block))
            block = None
        elif block is not None:
            block.append(line)
        else:
            out.append(line)
    if block is not None:
        raise ValueError(f"{BEGIN} without {END}")
    rest = "\n".join(out)
    for position, indent, lines in reversed(blocks):
        names = assigned_names("\n".join(b[len(indent) :] for b in lines))
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", rest)]
        out[position:position] = [f"{indent}{name} = {PLACEHOLDER}" for name in (used or names or ["answer"])]
    return "\n".join(out)


def student_notebook(teacher: Any, source_name: str = TEACHER.name) -> Any:
    """The student version of a notebook node: solutions stripped, outputs cleared, check markers dropped."""
    nb = copy.deepcopy(teacher)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        source = strip_solutions(cell.source) if BEGIN in cell.source else cell.source
        cell.source = "\n".join(line for line in source.splitlines() if line.strip() != "# NBVAL_CHECK_OUTPUT")
        cell.outputs = []
        cell.execution_count = None
        cell.metadata.pop("keep_output", None)
    nb.metadata[MARK] = {"source": source_name}
    return nb


def write_student_copy(source: Path = TEACHER, target: Path = STUDENT) -> Path:
    """Write the student copy of ``source`` to ``target`` (folders created); return ``target``."""
    import nbformat

    from analysis.errors import DataError, Problem
    from analysis.files import display_path, write_atomic

    check_target(source, target)
    try:
        teacher = nbformat.read(source, as_version=4)
    except OSError:
        raise
    except Exception as exc:  # not JSON, or not a notebook: the file is the problem, not the code
        why = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise DataError(Problem(display_path(source), None, None, f"is not a Jupyter notebook ({why})")) from None
    text = nbformat.writes(student_notebook(teacher, source.name))
    write_atomic(target, text if text.endswith("\n") else text + "\n")  # as nbformat.write ends it
    return target


def check_target(source: Path, target: Path) -> None:
    """``UsageError`` unless ``target`` may be written: not ``source``, and new or a student copy of ours."""
    import json

    from analysis.errors import UsageError
    from analysis.files import display_path

    shown = display_path(target)
    if target.resolve() == source.resolve() or (target.exists() and source.exists() and target.samefile(source)):
        raise UsageError(f"--out {shown} is the notebook given as --source: expected another file for the copy")
    if not (target.exists() or target.is_symlink()) or target.resolve() == STUDENT.resolve():
        return
    try:
        ours = MARK in json.loads(target.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError, AttributeError):
        ours = False
    if not ours or target.is_symlink() or not target.is_file():
        raise UsageError(f"--out {shown} exists and is not a student copy written by this tool; move it away")


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``python -m analysis student``."""
    parser.add_argument("--source", type=Path, default=TEACHER, help="teacher notebook (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=STUDENT, help="where to write it (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    """Write the student copy and print where it went."""
    path = write_student_copy(args.source, args.out)
    print(f"wrote {path}")
    return 0
