"""Exercise checks for the teaching walkthrough, and the student copy of it.

In the notebook each exercise is an object. Typing ``q1`` shows its task (never its
solution). ``q1.check(answer)`` prints one line: ``✔`` when the answer is right, else
``✘ not yet`` with what is wrong in this answer and what to try next, and a pointer to the
hints. Hints come only when asked: ``q1.hint()`` shows the first, asking again a more
specific one (two or three per exercise, none of them the answer); ``q1.hint(2)`` shows a
given one. ``q1.solution()`` prints a worked answer, only when called.

The right answers are never typed in here: each is computed from the curated dataset (the
claims, events, actors and sentences recorded for the seed article), so a check verifies
the student's work against what the project itself holds. The feedback for the common
wrong answers (counting sentences from 0, splitting "3,000" at its comma, keeping a year,
the country instead of the body that spoke, the twelve months before publication instead
of the calendar year, dividing by one contingent only...) is recognised from the answer's
shape and the same data.

``python -m analysis student`` writes the student copy: the teacher notebook with the code
between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` (nbgrader's markers) replaced by a
placeholder (``answer = ...  # your code here``) and every output cleared; tasks, hints and
checks stay. The copy carries ``MARK`` in its metadata; an existing ``--out`` is replaced
only if it is such a copy (or the default location, ``notebooks/teaching/student/``), never
the teacher notebook itself nor a notebook someone else wrote.

Data quirks: the seed's "about 4,000" killed or wounded is a central figure, so the share
killed or wounded is a point, not a bound; the article was published on a Thursday, so
"on Thursday" is its own day.
"""

from __future__ import annotations

import argparse
import ast
import copy
import math
import numbers
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
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
YEARS = range(1900, 2101)  # a number in this range, written alone, is read as a year
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

    ratio = loss_ratio(as_of=SEED_PUBLISHED, claims=seed_claims())
    if ratio is None or ratio.low is None:
        raise ValueError("the seed's claims give no loss ratio")
    return ratio.low


def seed_figure(metric: str) -> int:
    """The figure of the seed's one claim about ``metric``."""
    claims = seed_claims()
    rows = claims[claims["metric"].astype(str) == metric]
    if len(rows) != 1:
        raise ValueError(f"expected one curated seed claim about {metric}, found {len(rows)}")
    return _point(rows.iloc[0])


def cues() -> dict[int, str]:
    """Sentence number -> the words that hedge each curated seed claim (its cue)."""
    claims = seed_claims()
    return {int(n): str(c) for n, c in zip(claims["sentence_no"], claims["cue"], strict=True)}


def qualifier_meanings() -> dict[str, str]:
    """The qualifiers and what each means, from the schema."""
    from analysis.data import schema

    return dict(schema.table("claims").field("qualifier").vocabulary)


def actor_names() -> dict[str, str]:
    """Every actor id and alias, lower-cased -> the actor id it names."""
    from analysis.data.tables import load_actors

    actors = load_actors()
    found: dict[str, str] = {}
    for actor, aliases in zip(actors["actor_id"].astype(str), actors["aliases"], strict=True):
        found.setdefault(actor.lower(), actor)
        for alias in str(aliases).split(";") if pd.notna(aliases) else []:
            found.setdefault(alias.strip().lower(), actor)
    return found


def actor_country(actor: str) -> str | None:
    """The country an actor belongs to (None for a country itself or an unknown actor)."""
    from analysis.data.tables import load_actors

    rows = load_actors()
    country = rows.loc[rows["actor_id"].astype(str) == actor, "country"]
    return None if country.empty or pd.isna(country.iloc[0]) else str(country.iloc[0])


def seed_publisher() -> str:
    """The outlet that published the seed article."""
    from analysis.data.tables import load_sources

    sources = load_sources()
    return str(sources.loc[sources["source_id"] == SEED_ID, "publisher"].iloc[0])


# --- feedback on an answer -------------------------------------------------------------


@dataclass(frozen=True)
class Feedback:
    """What a check found: right or not, what it saw in the answer, and what to try next."""

    ok: bool
    said: str
    next: str = ""

    def __str__(self) -> str:
        if self.ok:
            return self.said
        end = "" if self.next[-1:] in ".?!" else "."
        return f"{_capital(self.said)}. {_capital(self.next)}{end}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


Compare = Callable[[Any], Feedback]


def right(said: str) -> Feedback:
    """A right answer, with what was right about it."""
    return Feedback(True, said)


def wrong(said: str, next_step: str) -> Feedback:
    """A wrong answer: what is wrong in it, and what to try next (both required)."""
    if not said or not next_step:
        raise ValueError("a wrong answer's feedback says what is wrong and what to try next")
    return Feedback(False, said, next_step)


def kind(answer: Any) -> str:
    """What an answer is, in a student's words ('a list', 'text', 'a whole number', ...)."""
    if answer is None:
        return "nothing (None)"
    if isinstance(answer, bool):
        return f"{answer} (a yes/no value)"
    if isinstance(answer, str):
        return f"text ({answer[:40]!r})"
    if isinstance(answer, numbers.Integral):
        return f"a single whole number ({answer})"
    if isinstance(answer, numbers.Real):
        return f"a single number ({answer})"
    names = {list: "a list", tuple: "a tuple", dict: "a dict", set: "a set", pd.DataFrame: "a table (DataFrame)"}
    return next((n for t, n in names.items() if isinstance(answer, t)), f"a {type(answer).__name__}")


def _first_repeat(items: list[Any]) -> Any:
    seen: list[Any] = []
    for item in items:
        if item in seen:
            return item
        seen.append(item)
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):  # pd.Timestamp too; a date-and-time is read as its day
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


# --- the checks, one per exercise ------------------------------------------------------


def compare_sentence_numbers(sentences: list[str], expected: list[int]) -> Compare:
    """Exercise 1: the numbers (from 1) of the sentences holding a digit, in order."""

    def compare(answer: Any) -> Feedback:
        if _is_int(answer):
            return wrong(
                f"you gave {kind(answer)}", "the task asks which sentences, as a list: start from [] and append"
            )
        if not isinstance(answer, list | tuple):
            return wrong(f"you gave {kind(answer)}", "make a list of sentence numbers: start from [] and append")
        got = list(answer)
        if got and all(isinstance(a, str) for a in got) and set(got) <= set(sentences):
            return wrong("your list holds the sentences themselves", "keep each sentence's number instead")
        if got and all(isinstance(a, bool) for a in got):
            return wrong(
                "you have True or False for every sentence", "keep only the numbers of the sentences where it is True"
            )
        if not all(_is_int(a) for a in got):
            odd = next(a for a in got if not _is_int(a))
            return wrong(f"{odd!r} is not a sentence number", "the list should hold whole numbers only, such as 1")
        if got == expected:
            return right(f"sentences {', '.join(map(str, expected))}")
        if [g + 1 for g in got] == expected:
            return wrong(
                "each of your numbers is one less than it should be",
                "Python counts from 0, the sentences from 1: enumerate(..., start=1) counts from 1",
            )
        repeat = _first_repeat(got)
        if repeat is not None:
            return wrong(
                f"sentence {repeat} is in your list more than once",
                "add a sentence once however many digits it has: test the whole sentence, then append its number",
            )
        if sorted(got) == expected:
            return wrong("these are the right sentences in another order", "keep them in the order the sentences come")
        extra = [g for g in got if g not in expected]
        if extra and not 1 <= extra[0] <= len(sentences):
            return wrong(f"there is no sentence {extra[0]}", f"the article has {len(sentences)} sentences, from 1")
        if extra:
            return wrong(
                f"sentence {extra[0]} has no digit in it",
                "test for the characters 0 to 9 only: a number written as a word does not count",
            )
        missing = next(e for e in expected if e not in got)
        digits = re.findall(r"\d+", sentences[missing - 1])
        if all(int(d) in YEARS for d in digits):
            return wrong(
                f"sentence {missing} contains a digit but is not in your list",
                "a year is written in digits too: the task asks for any digit, not only the figures",
            )
        return wrong(
            f"sentence {missing} contains a digit but is not in your list",
            "go through every sentence, and test every character of each one",
        )

    return compare


def compare_figures(sentences: list[str], expected: list[int]) -> Compare:
    """Exercise 2: the figures written in digits that count something, in the article's order."""
    pieces = {int(p) for s in sentences for t in re.findall(r"\d[\d,]*", s) if "," in t for p in t.split(",") if p}
    years = {int(t) for s in sentences for t in re.findall(r"\d+", s) if int(t) in YEARS}
    written = {int(t.replace(",", "")) for s in sentences for t in re.findall(r"\d[\d,]*", s)}
    numbered = [i for i, s in enumerate(sentences, start=1) if re.search(r"\d", s)]

    def compare(answer: Any) -> Feedback:
        if not isinstance(answer, list | tuple):
            return wrong(f"you gave {kind(answer)}", "make one list of the figures: start from [] and append")
        got = list(answer)
        if any(isinstance(a, list | tuple) for a in got):
            return wrong(
                "your list holds lists (one per sentence)",
                "put every figure into one flat list: append each figure itself",
            )
        if any(isinstance(a, str) for a in got):
            text = next(a for a in got if isinstance(a, str))
            return wrong(
                f"some items are text ({text!r})",
                "remove the commas and turn each into a whole number: int('3000') is 3000",
            )
        if not all(isinstance(a, numbers.Real) and not isinstance(a, bool) for a in got):
            return wrong("some items are not numbers", "keep only the figures, each as a whole number")
        if any(not _is_int(a) for a in got):
            return wrong(
                f"{next(a for a in got if not _is_int(a))!r} is a decimal",
                "use int(), not float(): a figure that counts soldiers is a whole number",
            )
        if got == expected:
            return right(", ".join(f"{v:,}" for v in expected))
        if got and (got == numbered or set(got) <= set(numbered)) and not set(got) & set(expected):
            return wrong("these look like sentence numbers", "this time keep the figures themselves, such as 3000")
        year = next((a for a in got if a in years and a not in expected), None)
        if year is not None:
            return wrong(
                f"{year} is in your list, and it is a year",
                "a year says when, not how many: leave out values that are years",
            )
        piece = next((a for a in got if a in pieces and a not in expected), None)
        if piece is not None:
            return wrong(
                f"{piece} is only a piece of a larger figure: the comma split it",
                "let the pattern take digits and commas together, then remove the commas",
            )
        stranger = next((a for a in got if a not in written), None)
        if stranger is not None:
            return wrong(
                f"{stranger:,} is not written in digits in the article",
                "take only the figures written in digits, as they appear",
            )
        repeat = _first_repeat(got)
        if repeat is not None:
            return wrong(f"{repeat:,} is in your list more than once", "keep each figure once, as the article gives it")
        if sorted(got) == sorted(expected):
            return wrong("these are the right figures in another order", "keep the order they appear in; don't sort")
        missing = next(e for e in expected if e not in got)
        return wrong(f"{missing:,} is missing", "go through every sentence, and every figure in each one")

    return compare


def compare_claimant(expected: str) -> Compare:
    """Exercise 3: the claimant, spelled as its actor id."""

    def compare(answer: Any) -> Feedback:
        if not isinstance(answer, str):
            return wrong(f"you gave {kind(answer)}", "set claimant to a name in quotes (text)")
        given = answer.strip()
        if given == expected:
            return right(f"{expected!r}")
        if given.lower() == expected.lower():
            return wrong("the right name, with other capital letters", "copy it exactly as the actors table writes it")
        actor = actor_names().get(given.lower())
        if actor == expected:
            return wrong(
                f"{given!r} names the right body, in the words of an article",
                "the dataset calls each claimant by its actor_id: find that body's row in the actors table",
            )
        if given.lower() == seed_publisher().lower():
            return wrong(
                f"{given} is the outlet that reported the figures",
                "who does the article say produced them? Read sentences 2 and 4 again",
            )
        if actor is not None and "North Korea" in (actor, actor_country(actor)):
            return wrong(
                f"{given} is who the figures are about",
                "the claimant is whoever said them: look for the words that say who spoke",
            )
        if actor is not None and actor == actor_country(expected):
            return wrong(
                f"{given} is the whole country"
                if given == actor
                else f"{given!r} stands for {actor}, the whole country",
                "the article also names the part of its state that spoke: find that body in the actors table",
            )
        if actor is not None:
            return wrong(
                f"{actor} is in the actors table, but the article does not credit it with these figures",
                "read again which body the article says spoke, and find that one",
            )
        return wrong(
            f"{given!r} is not a name in the actors table",
            "look in the actor_id column of analysis.load_actors() and copy the name from there",
        )

    return compare


def compare_qualifiers(expected: dict[int, str], cue: dict[int, str], meanings: dict[str, str]) -> Compare:
    """Exercise 4: sentence number -> qualifier, for each sentence with a figure."""

    def compare(answer: Any) -> Feedback:
        if isinstance(answer, list | tuple) and len(answer) == len(expected):
            return wrong(
                "a list loses which sentence each qualifier belongs to",
                "make a dict with the sentence numbers as keys: {2: '...', ...}",
            )
        if not isinstance(answer, dict):
            return wrong(f"you gave {kind(answer)}", "make a dict: {2: '...', ...}, one key per sentence")
        if sorted(map(str, answer)) == sorted(map(str, expected)) and any(isinstance(k, str) for k in answer):
            return wrong("your keys are text ('2')", "use the sentence numbers as numbers: 2, not '2'")
        if sorted(answer, key=str) != sorted(expected):
            return wrong(
                f"your keys are {sorted(answer, key=str)}",
                "use one key per sentence with a figure: the sentence numbers the task names",
            )
        given = {k: str(answer[k]).strip().lower() for k in expected}
        wrong_keys = [k for k in sorted(expected) if given[k] != expected[k]]
        if not wrong_keys:
            return right(", ".join(f"sentence {k}: {v}" for k, v in sorted(expected.items())))
        key, value = wrong_keys[0], given[wrong_keys[0]]
        also = f" ({len(wrong_keys) - 1} more not right yet)" if len(wrong_keys) > 1 else ""
        if value == cue[key].lower():
            return wrong(
                f"sentence {key}: {answer[key]!r} is the text's own words{also}",
                f"keep those as the cue; the qualifier is the one word of the {len(meanings)} above that sums them up",
            )
        if value not in meanings:
            return wrong(
                f"sentence {key}: {answer[key]!r} is not one of the {len(meanings)} qualifiers{also}",
                f"choose from {', '.join(meanings)}",
            )
        return wrong(
            f"sentence {key}: {value!r} does not fit its words, {cue[key]!r}{also}",
            f"{value!r} means {meanings[value].split(' (')[0]}; which description above names words like {cue[key]!r}?",
        )

    return compare


def compare_period(expected: tuple[date, date], published: date) -> Compare:
    """Exercise 5: the first and last day of 'last year'."""
    first, last = expected

    def compare(answer: Any) -> Feedback:
        if _is_int(answer) or _as_date(answer) is not None:
            return wrong(f"you gave {kind(answer)}", "a period has two ends: give (first_day, last_day)")
        if not isinstance(answer, list | tuple) or len(answer) != 2:
            return wrong(f"you gave {kind(answer)}", "give two dates in brackets: (first_day, last_day)")
        start, end = (_as_date(a) for a in answer)
        if start is None or end is None:
            return wrong("an end is not a date", "write each end as a date: date(year, month, day) makes one")
        if (start, end) == expected:
            return right(f"{start} to {end}")
        if start > end:
            return wrong("your first day comes after your last day", "put the earlier date first")
        if start.year == end.year == published.year:
            return wrong(
                "that is the year the article was published", "'last year' is the calendar year before that one"
            )
        if end in (published, published - timedelta(days=1)):
            return wrong(
                "that is the twelve months up to the day of publication",
                "in news writing 'last year' is the previous calendar year, from its first day to its last",
            )
        if start == first and end == last + timedelta(days=1):
            return wrong(
                "your last day is the first day of the next year",
                "a period in the dataset includes its last day: end on the year's last day",
            )
        if start.year == end.year == first.year:
            return wrong("the right year, but not all of it", "a year runs from 1 January to 31 December")
        return wrong(
            f"{start} to {end} is not the calendar year before publication",
            "start from the year of publication, and go one back",
        )

    return compare


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def compare_day(expected: date, published: date) -> Compare:
    """Exercise 6: the day 'on Thursday' means."""
    weekday = WEEKDAYS[expected.weekday()]

    def compare(answer: Any) -> Feedback:
        if isinstance(answer, str) and answer.strip().lower() in WEEKDAYS:
            return wrong("that is the name of a day", "give its date, as a date(...)")
        if _is_int(answer) and 0 <= answer <= 6:
            return wrong("that is a weekday's number", "the task asks for the date itself, as a date(...)")
        got = _as_date(answer)
        if got is None:
            return wrong(f"you gave {kind(answer)}", "give a date, such as date(2025, 1, 31)")
        if got == expected:
            return right(f"{got} ({got:%A})")
        if got.weekday() != expected.weekday():
            return wrong(
                f"{got} is a {got:%A}",
                f"'on {weekday.title()}' must be a {weekday.title()}: check a day's weekday with .strftime('%A')",
            )
        if got > published:
            return wrong(
                f"{got} comes after the article was published",
                "the article reports what was already announced: look back from the publication day",
            )
        return wrong(
            f"{got} is a {weekday.title()} {(published - got).days} days before the article was published",
            "a weekday in the news means the latest such day up to publication: which weekday was that day?",
        )

    return compare


_TIDY_ADVICE = {
    "sentence_no": "one row for each sentence with a figure",
    "claimant": "use your answer to exercise 3",
    "metric": "use the measure names printed under Step 3",
    "value": "the figure as a whole number, without commas",
    "qualifier": "use your answers to exercise 4",
    "period_start": "use the periods worked out in Step 5",
    "period_end": "use the periods worked out in Step 5",
}


def compare_tidy(expected: pd.DataFrame) -> Compare:
    """Exercise 7: the tidy table, every cell as the curated dataset holds it (row order free)."""
    want = expected.sort_values("sentence_no").reset_index(drop=True)

    def compare(answer: Any) -> Feedback:
        if isinstance(answer, list | dict):
            return wrong(f"you gave {kind(answer)}", "make a table of it with pd.DataFrame(...)")
        if not isinstance(answer, pd.DataFrame):
            return wrong(f"you gave {kind(answer)}", "make a table with pd.DataFrame(rows)")
        missing = [c for c in TIDY_COLUMNS if c not in answer.columns]
        if missing:
            have = [str(c) for c in answer.columns if c not in TIDY_COLUMNS]
            extra = f" (you have {', '.join(have)})" if have else ""
            return wrong(f"column {missing[0]} is missing{extra}", "name the columns exactly as the task does")
        if len(answer) != len(want):
            return wrong(
                f"your table has {len(answer)} rows; the article makes {len(want)} claims",
                "one row per claim: one per figure that counts something (a year is not a claim)",
            )
        given = answer["sentence_no"].tolist()
        if not all(_is_int(n) for n in given):
            return wrong(
                "sentence_no holds something other than whole numbers", "write each sentence number as 2, not '2'"
            )
        if sorted(given) != want["sentence_no"].tolist():
            return wrong(f"your rows are for sentences {sorted(given)}", _TIDY_ADVICE["sentence_no"])
        got = answer[TIDY_COLUMNS].sort_values("sentence_no").reset_index(drop=True)
        for col in TIDY_COLUMNS[1:]:
            for i in range(len(want)):
                mine, theirs = got.at[i, col], want.at[i, col]
                if _same_cell(mine, theirs):
                    continue
                where = f"in the row for sentence {want['sentence_no'].tolist()[i]}, {col} is {_shown(mine)}"
                return wrong(where, _cell_advice(col, mine, theirs, want[col].tolist()))
        return right(f"{len(want)} claims, {len(TIDY_COLUMNS)} columns, every cell as in the curated dataset")

    return compare


def _shown(value: Any) -> str:
    """A cell as a student would write it: a date as 2025-01-31, text in quotes."""
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return str(value)
    day = _as_date(value)
    return str(day) if day is not None and not pd.isna(value) else repr(value)


def _cell_advice(col: str, mine: Any, theirs: Any, column: list[Any]) -> str:
    """What to try for one wrong cell of the tidy table."""
    if pd.isna(theirs):
        return "nobody gives that date: leave it as None"
    if mine is None or (not isinstance(mine, str) and pd.isna(mine)):
        return f"the text gives this one: {_TIDY_ADVICE[col]}"
    if col == "value" and isinstance(mine, str):
        return "that is text: write the figure as a number, without commas"
    if col == "value":
        return "copy the figure from that sentence, as a whole number without commas"
    if isinstance(theirs, pd.Timestamp) and _as_date(mine) is None:
        return "write a date as a date(...), not as text in another form"
    if col == "metric" and mine in column:
        return "that measure belongs to another figure: 'more' soldiers are a new contingent, last year's are a total"
    return _TIDY_ADVICE[col]


def _same_cell(got: Any, expected: Any) -> bool:
    if pd.isna(expected):
        return got is None or (not isinstance(got, str) and bool(pd.isna(got)))
    if isinstance(expected, pd.Timestamp):
        return _as_date(got) == expected.date()
    if isinstance(expected, numbers.Real):
        return isinstance(got, numbers.Real) and not isinstance(got, bool) and got == expected
    return str(got) == str(expected)


def compare_share(expected: float, killed_or_wounded: int, total_before: int, contingent: int) -> Compare:
    """Exercise 8: killed or wounded over everyone sent, as a fraction."""
    slips = {
        killed_or_wounded / total_before: (
            "you divided by last year's soldiers only",
            "the new contingent was sent too",
        ),
        killed_or_wounded / contingent: (
            "you divided by the new contingent only",
            "last year's soldiers were sent too",
        ),
        killed_or_wounded / (total_before + contingent + killed_or_wounded): (
            "you added the killed or wounded to the soldiers sent",
            "they are among those sent, not more of them: the whole is the soldiers sent alone",
        ),
        (total_before + contingent) / killed_or_wounded: (
            "your share is upside down",
            "a share is the part (killed or wounded) divided by the whole (everyone sent)",
        ),
    }

    def compare(answer: Any) -> Feedback:
        if isinstance(answer, str):
            return wrong(f"you gave {kind(answer)}", "compute the share as a number, with / in Python")
        if not isinstance(answer, numbers.Real) or isinstance(answer, bool) or math.isnan(answer):
            return wrong(f"you gave {kind(answer)}", "compute the share as a number, with / in Python")
        value = float(answer)
        if math.isclose(value, expected, abs_tol=0.001):
            return right(f"{value:.3f}, that is {expected:.0%} of the soldiers sent")
        if value == 0 and _is_int(answer):
            return wrong("0 is what whole-number division (//) gives", "use / to keep the fraction")
        if 1 < value <= 100 and abs(value / 100 - expected) < 0.01:
            return wrong("that is a percentage", "give the share as a fraction between 0 and 1: leave out the * 100")
        if abs(value - expected) < 0.01:
            return wrong("close, but rounded", "keep the value Python computes: don't round it")
        for slip, (said, next_step) in slips.items():
            if math.isclose(value, slip, rel_tol=0.002):
                return wrong(said, next_step)
        return wrong(
            f"{value:.3f} is not the killed or wounded divided by everyone sent",
            "find the part and the whole in sentences 2, 5 and 7, add up the whole first, then divide",
        )

    return compare


def compare_chart(values: list[int]) -> Compare:
    """Exercise 9: a figure with one bar per claim, a title, a unit on the y axis and a source line."""

    def compare(answer: Any) -> Feedback:
        from matplotlib.axes import Axes
        from matplotlib.container import BarContainer
        from matplotlib.figure import Figure
        from matplotlib.patches import Rectangle

        if isinstance(answer, Axes):
            return wrong("that is the chart's axes (ax)", "check the figure that holds it: fig")
        if isinstance(answer, BarContainer):
            return wrong("that is the bars (what ax.bar returns)", "check the figure that holds them: fig")
        if not isinstance(answer, Figure):
            return wrong(f"you gave {kind(answer)}", "make a Figure called fig, draw on it, and check fig")
        if not answer.axes:
            return wrong("the figure is empty", "add a chart to it with fig.add_subplot(), then draw the bars on it")
        ax = answer.axes[0]
        bars = [p for p in ax.patches if isinstance(p, Rectangle)]
        if not bars:
            return wrong("the chart has no bars yet", "draw one bar per claim with ax.bar(labels, heights)")
        heights = sorted(abs(b.get_height()) for b in bars)
        widths = sorted(abs(b.get_width()) for b in bars)
        if sorted(values) not in (heights, widths):
            return wrong(
                f"your {len(bars)} bars are not the figures of the table",
                "draw one bar per row of tidy_curated, its value column as the heights",
            )
        if not (ax.get_title(loc="left") or ax.get_title() or answer.get_suptitle()):
            return wrong(
                "the chart has no title", "say what it shows and whose figures they are, with ax.set_title(...)"
            )
        unit, setter = (ax.get_ylabel(), "set_ylabel") if heights == sorted(values) else (ax.get_xlabel(), "set_xlabel")
        if not unit:
            return wrong("the axis of the figures has no unit", f"say what the bars count, with ax.{setter}(...)")
        if not any(t.get_text().startswith("Source:") for t in answer.texts):
            return wrong(
                "the chart has no source line", "say where the figures come from: charts.add_source_line(fig, ...)"
            )
        return right(f"{len(bars)} bars, a title, a unit and a source line")

    return compare


# --- exercises -------------------------------------------------------------------------


@dataclass(eq=False, repr=False)
class Exercise:
    """One exercise: its task, a check, a ladder of hints shown on request, and a worked solution.

    ``repr`` (and a notebook's display) shows the task and how to check it, never the solution.
    """

    number: int
    topic: str
    task: str
    answer_name: str  # the name the student's answer goes into, and the check is given
    make_compare: Callable[[], Compare]  # built on first use: the references read the dataset
    hints: tuple[str, ...]
    solution_code: str
    shown: int = field(default=0, init=False)  # how far up the ladder the student has asked

    def __post_init__(self) -> None:
        if not 2 <= len(self.hints) <= 3:
            raise ValueError(f"exercise {self.number}: give two or three hints, not {len(self.hints)}")

    @property
    def name(self) -> str:
        """The exercise's name in the notebook (``q1``)."""
        return f"q{self.number}"

    def __repr__(self) -> str:
        return (
            f"Exercise {self.number} ({self.topic}): {self.task} Check your answer with "
            f"{self.name}.check({self.answer_name}); {self.name}.hint() gives a hint, asking again a more specific one."
        )

    def _repr_markdown_(self) -> str:
        return (
            f"**Exercise {self.number}: {self.topic}**\n\n{self.task}\n\n"
            f"Check your answer with `{self.name}.check({self.answer_name})`; `{self.name}.hint()` gives a hint "
            f"(up to {len(self.hints)}, each more specific); `{self.name}.solution()` shows a worked answer."
        )

    def verdict(self, answer: Any) -> Feedback:
        """What the check finds in ``answer`` (nothing printed); a placeholder ``...`` is never right."""
        if answer is Ellipsis:
            return wrong("not answered yet", "replace the ... with your code, then run the cell again")
        try:
            return self.make_compare()(answer)
        except Exception as exc:  # a student's odd answer must never crash the check
            return wrong(
                f"this answer could not be checked ({type(exc).__name__}: {exc})",
                "print it and its type(...) to see what it holds",
            )

    def is_correct(self, answer: Any) -> bool:
        """True when ``answer`` is right (no printing)."""
        return self.verdict(answer).ok

    def check(self, answer: Any = Ellipsis) -> None:
        """Print one line: ✔ and what is right, or ✘ with what is wrong, what to try next, where help is."""
        found = self.verdict(answer)
        head = f"Exercise {self.number} ({self.topic})"
        if found.ok:
            print(f"✔ {head}: correct: {found}")
        else:
            print(f"✘ {head}: {'' if answer is Ellipsis else 'not yet. '}{found} {self._help()}")

    def _help(self) -> str:
        if self.shown == 0:
            return f"Stuck? {self.name}.hint() gives a hint."
        if self.shown < len(self.hints):
            return f"{self.name}.hint() gives a more specific hint ({self.shown + 1} of {len(self.hints)})."
        return f"Still stuck? {self.name}.solution() shows a worked answer."

    def hint(self, number: int | None = None) -> None:
        """Print the next hint up the ladder (or hint ``number``); each is more specific than the last."""
        count = len(self.hints)
        if number is None:
            number = min(self.shown + 1, count)
        elif isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= count:
            print(
                f"Exercise {self.number} has hints 1 to {count}: {self.name}.hint() gives the next, "
                f"{self.name}.hint({count}) the last; you asked for {number!r}."
            )
            return
        self.shown = max(self.shown, number)
        after = (
            "Ask again for a more specific one."
            if number < count
            else f"That is the last hint; {self.name}.solution() shows a worked answer."
        )
        print(f"Hint {number} of {count} for exercise {self.number}: {self.hints[number - 1]} {after}")

    def solution(self) -> None:
        """Print a worked answer (one of the answers that pass the check)."""
        print(
            f"A worked answer for exercise {self.number} (others can be right too: "
            f"check yours with {self.name}.check({self.answer_name})):\n{self.solution_code.strip()}"
        )

    def reset(self) -> None:
        """Forget the hints shown, for a fresh start."""
        self.shown = 0


q1 = Exercise(
    1,
    "sentences with digits",
    "Make a list called `sentences_with_numbers` holding the numbers of the sentences (numbered as above) "
    "that contain at least one digit (0-9), in the order the sentences come.",
    "sentences_with_numbers",
    lambda: compare_sentence_numbers(seed_sentences(), sentences_with_digits()),
    (
        "Go through the sentences one at a time, keeping count from 1; note the count whenever the sentence "
        "has a digit in it.",
        "enumerate(sentences, start=1) gives each sentence together with its number; for one character c, "
        "c.isdigit() says whether it is a digit.",
        "Start from an empty list; for each sentence, ask whether any of its characters is a digit (any() over "
        "the characters answers that in one go) and, if one is, append the sentence's number, once.",
    ),
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
    "Make a list called `figures` of the numbers written in digits in the article that count something, "
    "each as a whole number (`int`), in the order they appear. Leave out years.",
    "figures",
    lambda: compare_figures(seed_sentences(), counted_figures()),
    (
        "A figure here is a run of characters that starts with a digit and goes on with digits or commas, "
        "such as '3,000'.",
        "re.findall(pattern, sentence) returns every match as text: a pattern for 'a digit, then any digits "
        "or commas' finds '3,000' whole. Remove the commas before int(...).",
        "Go through every sentence and every match in it, in order; append each value except a year (a "
        "number between 1900 and 2100 says when, not how many).",
    ),
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
    "Set `claimant` to the name of the organisation that produced the figures, spelled exactly as in the "
    "actors table (the `actor_id` column of `analysis.load_actors()`).",
    "claimant",
    lambda: compare_claimant(seed_claimant()),
    (
        "A news outlet passes on what others said: look for the words that say who said it.",
        "Sentence 2 only names a country; sentence 4 names the part of that country's military that made "
        "the assessment.",
        "Find that body in the actors table: the aliases column holds the names articles use for it "
        "(filter it with .str.contains(...)), the actor_id column the name to copy.",
    ),
    """
claimant = "South Korea JCS"  # the Joint Chiefs of Staff, named in sentence 4
""",
)

q4 = Exercise(
    4,
    "how sure",
    "Sentences 2, 5 and 7 each carry one figure. Make a dict called `hedges` mapping each of these sentence "
    "numbers to the qualifier its words call for, one of those listed above.",
    "hedges",
    lambda: compare_qualifiers(qualifiers(), cues(), qualifier_meanings()),
    (
        "In each of sentences 2, 5 and 7, find the words around the figure that say how firmly it is put.",
        "Compare those words with the descriptions of the qualifiers printed above: the examples in brackets "
        "are words of that kind.",
        "Each sentence's hedge words (or nearly the same words) are among the bracketed examples of exactly "
        "one description: that description's name is the qualifier. Keep the numbers as numbers: {2: '...'}.",
    ),
    """
hedges = {2: "suggested", 5: "reported", 7: "estimated"}
""",
)

q5 = Exercise(
    5,
    "'last year'",
    'Set `last_year` to a pair `(first_day, last_day)` of dates: the period "last year" covers in sentence 5.',
    "last_year",
    lambda: compare_period(last_year_period(), SEED_PUBLISHED),
    (
        "'Last year' is read against the day the article was published (PUBLISHED, printed above).",
        "It means the calendar year before the year of publication, not the twelve months before that day.",
        "A period in the dataset includes both of its ends, the first day of that year and its last; "
        "date(year, month, day) makes each, and PUBLISHED.year is the year of publication.",
    ),
    """
last_year = (date(PUBLISHED.year - 1, 1, 1), date(PUBLISHED.year - 1, 12, 31))
""",
)

q6 = Exercise(
    6,
    "'on Thursday'",
    'Set `thursday` to the date that "on Thursday" means in sentence 12.',
    "thursday",
    lambda: compare_day(thursday_date(), SEED_PUBLISHED),
    (
        "A weekday in a news report means the latest such day up to the day the article was published.",
        "The cell above printed the weekday the article was published on: compare it with Thursday.",
        "PUBLISHED.weekday() numbers the days from Monday (0) to Sunday (6), so Thursday is 3; step back from "
        "PUBLISHED with timedelta(days=...) to the nearest Thursday, by zero days if it is one.",
    ),
    """
thursday = PUBLISHED - timedelta(days=(PUBLISHED.weekday() - 3) % 7)
""",
)

q7 = Exercise(
    7,
    "the tidy table",
    "Make a table (a DataFrame) called `tidy` with one row per claim (the figures of sentences 2, 5 and 7) "
    f"and the columns {', '.join(f'`{c}`' for c in TIDY_COLUMNS[:-1])} and `{TIDY_COLUMNS[-1]}`. "
    "Leave a date nobody gave as `None`.",
    "tidy",
    lambda: compare_tidy(tidy_reference()),
    (
        "Write each claim as a dict whose keys are the task's column names, collect the dicts in a list, and "
        "make the table with pd.DataFrame(...) of that list.",
        "Reuse your answers: the claimant (exercise 3), the qualifiers (exercise 4) and last year's period "
        "(exercise 5); the measure names are printed under Step 3.",
        "Sentence 3 dates the new contingent, from the first day of its first month to the last day of its "
        "last; 'so far' in sentence 7 gives an end (the day of publication) and no start.",
    ),
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
    "From the article's figures alone, compute `share`: the soldiers killed or wounded divided by all the "
    "soldiers sent (last year's and the new contingent), as a fraction between 0 and 1.",
    "share",
    lambda: compare_share(
        loss_share(),
        seed_figure("casualties_killed_or_wounded"),
        seed_figure("troops_deployed"),
        seed_figure("troops_deployed_additional"),
    ),
    (
        "A share is a part divided by the whole: which figure is the part, and which figures make up the whole?",
        "The part is the killed or wounded (sentence 7); the whole is everyone sent, which the article gives "
        "in two groups (sentences 2 and 5).",
        "Add up the two groups first, in brackets, then divide with / (not //); leave the result as a "
        "fraction: 0.5 means half.",
    ),
    """
share = 4000 / (11000 + 3000)
""",
)

q9 = Exercise(
    9,
    "the first chart",
    "Draw the figures of `tidy_curated` as bars in a `Figure` called `fig`: give it a title, label the y axis "
    'with the unit (soldiers) and add a source line with `charts.add_source_line(fig, "...")`.',
    "fig",
    lambda: compare_chart([int(v) for v in tidy_reference()["value"]]),
    (
        "Make an empty Figure, add one chart area to it with fig.add_subplot(), and draw on that.",
        "ax.bar(labels, heights) draws the bars: the heights are the value column of tidy_curated, and "
        "label(metric) turns a measure's name into words for the labels.",
        "A reader needs three more things: a title (ax.set_title), the unit on the y axis (ax.set_ylabel) "
        "and where the figures come from (charts.add_source_line(fig, '...')).",
    ),
    """
fig = Figure(figsize=(7, 3.5))
ax = fig.add_subplot()
colour = charts.claimant_colours([claimant])[claimant]  # one colour per claimant, as in every chart
ax.bar(tidy_curated["metric"].map(label), tidy_curated["value"], color=colour)
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
