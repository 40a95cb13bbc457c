"""The one formatter for words in reports: measure labels, counts with their plurals, figures and dates.

Every sentence a brief prints goes through here, so "1 claim" never reads "1 claim(s)", a
measure is always called by the schema's label ("Killed or wounded", never
``casualties_killed_or_wounded``), and a range whose ends agree reads "15,000", never
"15,000-15,000".

Data quirks: a metric without an entry in the schema's ``x-labels`` is named by its code
name in words ("Area demined hectares"), so a new metric still reads as words.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.data import schema
from analysis.measures.dates import DateLike, day_text

# nouns whose plural is not noun + "s"
_PLURALS = {
    "category": "categories",
    "casualty": "casualties",
    "person": "people",
    "country": "countries",
    "agency": "agencies",
    "day": "days",
    "time": "times",
}


def label(metric: object) -> str:
    """A reader's name for a metric: the schema's ``x-labels`` entry ('Killed or wounded')."""
    return schema.label(str(metric))


def lower_label(metric: object) -> str:
    """``label`` for the middle of a sentence: 'killed or wounded', 'troops sent (cumulative)'."""
    text = label(metric)
    return text[:1].lower() + text[1:]


def plural(noun: str) -> str:
    """'claim' -> 'claims', 'category' -> 'categories'; the last word of a phrase is the one changed."""
    head, _, last = noun.rpartition(" ")
    word = _PLURALS.get(last) or (
        last[:-1] + "ies" if last.endswith("y") and last[-2:-1] not in "aeiou" else last + "s"
    )
    return f"{head} {word}" if head else word


def count(n: int, noun: str) -> str:
    """'1 claim', '2 claims', '1,200 claims', 'no claims'."""
    if n == 0:
        return f"no {plural(noun)}"
    return f"{n:,} {noun if n == 1 else plural(noun)}"


def number(value: object) -> str:
    """A whole number with thousands separators: '12,000,000'."""
    return f"{int(str(value)):,}"


def range_text(low: object, high: object) -> str:
    """'15,000' when both ends agree, else '1,000 to 3,000'; 'no figure' when an end is missing."""
    if low is None or high is None or pd.isna(low) or pd.isna(high):  # type: ignore[call-overload]
        return "no figure"
    lo, hi = int(str(low)), int(str(high))
    return f"{lo:,}" if lo == hi else f"{lo:,} to {hi:,}"


def listing(items: Iterable[str], last: str = "and") -> str:
    """'A', 'A and B', 'A, B and C'."""
    words = [str(i) for i in items]
    if len(words) <= 2:
        return f" {last} ".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def day(value: DateLike) -> str:
    """A date in a sentence: '2 September 2025'."""
    return day_text(value)


def hedge(qualifier: object, cue: object) -> str:
    """'estimated (estimates)': the qualifier with the source's own words, unless they are the same."""
    qual = "" if qualifier is None or pd.isna(qualifier) else str(qualifier)  # type: ignore[call-overload]
    words = "" if cue is None or pd.isna(cue) else str(cue).strip()  # type: ignore[call-overload]
    return f"{qual} ({words})" if words and words.lower() != qual else qual


UNKNOWN_CREDIT = "unknown (page not read)"


def outlet(publisher: object, credits: object = None) -> str:
    """Who reported it, the original outlet first: 'CNN, via TruthLens' for a page of TruthLens
    ("TruthLens (CNN text)") whose ``credits`` name CNN; the publisher as given when the page
    reports first-hand or its credit is unknown.

    A bracket in ``publisher`` ("(CNN text)", "(republishing Euromaidan Press)") describes the
    credit, so it is dropped when the credit itself is shown; an outlet credited with its own
    page ("Herald Business (copy at heraldk.com)") is not named twice.
    """
    name = "" if publisher is None or pd.isna(publisher) else str(publisher).strip()  # type: ignore[call-overload]
    text = "" if credits is None or pd.isna(credits) else str(credits)  # type: ignore[call-overload]
    base = name.split(" (", 1)[0].strip() if name.endswith(")") and " (" in name else name
    credited = [c.strip() for c in text.split(";") if c.strip() and c.strip() != UNKNOWN_CREDIT]
    credited = [c for c in credited if c.split(" (", 1)[0] != base]
    if not credited:
        return name
    return f"{listing(credited)}, via {base}"
