"""``python -m analysis extract``: propose candidate claims from article texts.

Every figure a news article states is a claim by someone, about some period, hedged in
some way. This module reads an article and proposes one ``Candidate`` per figure that
counts something in the ``claims.metric`` vocabulary; a person reviews each proposal
(``python -m analysis ingest`` writes them to ``data/review/``). It never invents or
rounds a figure: vague amounts ("several thousand", "dozens") are left out.

Pipeline, sentence by sentence (``split_sentences`` numbering):
1. ``find_numbers``: every number with its value, span and bound ("around" -> best,
   "at least" -> low, "up to" -> high, "between X and Y" -> low and high); years, dates,
   calibres, distances, money, ages and "11-nation"-style compounds are marked skipped.
2. what each figure counts: the noun after it ("soldiers", "containers"), the verbs
   around it ("have been killed", "will send", "currently") or, for "2,700 had been
   wounded", the figure before it.
3. ``claimant_of``: who says so ("X said", "according to X", "citing X"), names resolved
   through ``data/curated/actors.csv`` aliases, longest first.
4. ``hedge``: qualifier and cue ("appears to" -> suggested, "estimates" -> estimated).
5. ``resolve_period``: "last year", "in January and February", "so far" against the
   publication date.

Data quirks:
- News copy mixes curly and straight quotes and dashes; matching happens on a copy with
  straight ones (same length, so spans point into the original sentence).
- A figure's attribution is often in another sentence: "South Korea has said" in one,
  "the JCS" in the next. A country-level claimant ("Seoul") is resolved to the one agency
  of that country the article names; a sentence without attribution ("Pyongyang is
  thought to have dispatched ...") continues the previous sentence's claimant.
- The period of a figure can sit in the next sentence ("The troops were deployed in
  January and February"); it is borrowed when that sentence has no figure of its own.
- "said on Friday" dates the statement, not the figure: such dates are not periods.
- Months without a year are in the publication year unless that would be after the
  publication date (then the year before).
"""

from __future__ import annotations

import argparse
import calendar
import csv
import dataclasses
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from analysis import paths
from analysis.data import schema
from analysis.errors import DataError, Problem
from analysis.files import display_path
from analysis.sentences import split_sentences

# --- articles --------------------------------------------------------------------------


class ArticleError(ValueError):
    """An article that cannot be read; ``str()`` is the one-line message naming the file."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class Article:
    """An article's body text (one paragraph or sentence per line) and its front matter."""

    path: Path
    text: str
    meta: dict[str, str]
    has_front_matter: bool

    @property
    def published(self) -> date | None:
        """The front matter's publication date, if any."""
        return parse_day(self.meta.get("published", ""))


def parse_day(value: object) -> date | None:
    """A date from YAML (already a date) or ISO text; None when absent or not a date."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()) if str(value).strip() else None
    except ValueError:
        return None


def decode_article(path: Path, data: bytes) -> str:
    """The text of an article file, refusing empty, binary and non-UTF-8 files."""
    if b"\x00" in data:
        raise ArticleError(path, "is a binary file (NUL bytes): expected UTF-8 plain text or Markdown")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise ArticleError(path, "is empty: expected an article text")
    return text


def split_front_matter(path: Path, text: str) -> tuple[dict[str, str], str, bool]:
    """Split ``---`` YAML front matter from the body; returns (meta, body, had front matter)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text, False
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise ArticleError(path, "front matter opened with '---' is never closed")
    try:
        loaded = yaml.safe_load("".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(loaded, dict):
        raise ArticleError(path, "front matter must be key: value lines")
    meta = {str(k): ("" if v is None else v.isoformat() if isinstance(v, date) else str(v)) for k, v in loaded.items()}
    return meta, "".join(lines[end + 1 :]), True


def read_article(path: Path) -> Article:
    """Read a plain-text or Markdown (YAML front matter) article; ``ArticleError`` if unusable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    meta, body, has_fm = split_front_matter(path, decode_article(path, data))
    if not body.strip():
        raise ArticleError(path, "has front matter but no article text")
    return Article(path=path, text=body, meta=meta, has_front_matter=has_fm)


# --- sentences -------------------------------------------------------------------------

_INNER_STOP = re.compile(r"[.!?\u2026]")
_TRAILING = re.compile(r"[.!?\u2026\"'\u201d\u2019)\]]+$")


def sentences_of(text: str) -> list[str]:
    """``split_sentences(text)``, faster: a line with no inner stop is one sentence.

    pysbd only splits at ``.``, ``!``, ``?`` or ``…``; a line whose only such characters
    are at its end cannot split, so it skips pysbd. Other lines go through
    ``split_sentences`` itself; the tests check both give the same numbering.
    """
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if _INNER_STOP.search(_TRAILING.sub("", line)):
            out.extend(split_sentences(line))
        else:
            out.append(line)
    return out


# --- normalisation ---------------------------------------------------------------------

# One character for one character, so that spans found in the copy fit the original.
_STRAIGHT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u00a0": " ",
    }
)


@lru_cache(maxsize=512)
def _plain(text: str) -> str:
    return text.translate(_STRAIGHT)


# --- numbers ---------------------------------------------------------------------------

_SMALL = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORDS = "|".join(sorted(_SMALL, key=len, reverse=True))
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SCALE = "hundred|thousand|million|billion"

_NUMBER = re.compile(
    r"(?<![\w.,$\u20ac\u00a3])(?:"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>[a-zA-Z]+\b)?"
    rf"|(?P<words>(?:{_WORDS})(?:-(?:{_UNITS}))?)\b"
    rf"|(?P<article>an?)\s+(?=(?:{_SCALE}|dozen)\b)"
    r")"
    rf"(?:\s*(?P<scale>{_SCALE})\b|\s*(?P<dozen>dozen)\b)?",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:(?:several|a few|a couple of|many|some)\s+(?:hundred|thousand|million|dozen)s?"
    r"|(?:hundreds|thousands|millions|tens|dozens)(?:\s+(?:of\s+)?(?:thousands|millions))?)\b",
    re.IGNORECASE,
)
_PRE_BOUND = re.compile(
    r"\b(?P<cue>(?P<bound>no fewer than|no less than|at least|more than|upwards of|in excess of"
    r"|just over|well over|over|exceeding|exceeded|exceeds|exceed|topped|tops|surpassed|above"
    r"|as many as|as much as|up to|nearly|almost|approaching|close to|fewer than|less than|under"
    r"|at most|no more than|around|about|some|roughly|approximately|an estimated|estimated|circa)"
    r"(?:\s+(?:about|around|some|roughly|approximately))?)\s+$",
    re.IGNORECASE,
)
_BOUND_OF = {
    **dict.fromkeys(
        [
            "no fewer than",
            "no less than",
            "at least",
            "more than",
            "upwards of",
            "in excess of",
            "just over",
            "well over",
            "over",
            "exceeding",
            "exceeded",
            "exceeds",
            "exceed",
            "topped",
            "tops",
            "surpassed",
            "above",
        ],
        "low",
    ),
    **dict.fromkeys(
        [
            "as many as",
            "as much as",
            "up to",
            "nearly",
            "almost",
            "approaching",
            "close to",
            "fewer than",
            "less than",
            "under",
            "at most",
            "no more than",
        ],
        "high",
    ),
    **dict.fromkeys(
        [
            "around",
            "about",
            "some",
            "roughly",
            "approximately",
            "an estimated",
            "estimated",
            "circa",
        ],
        "best",
    ),
}
_POST_BOUND = re.compile(r"^(?:\s+or more\b|\s+or so\b|-?plus\b)", re.IGNORECASE)
_RANGE_TO = re.compile(r"^\s*(?:-|to)\s*", re.IGNORECASE)
_RANGE_AND = re.compile(r"^\s+and\s+", re.IGNORECASE)
_PERCENT = re.compile(r"^\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_CALIBRE = re.compile(r"^\s*(?:mm|millimet(?:re|er)s?)\b", re.IGNORECASE)
_DISTANCE = re.compile(r"^\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|square\s+\w+|sq\b|km2)\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:[$\u20ac\u00a3\u00a5\u20a9]|\b(?:US|USD|EUR|KRW|RUB)\s*\$?)\s*$")
_MONEY_AFTER = re.compile(
    r"^(?:\s*(?:hundred|thousand|million|billion|trillion))?\s*"
    r"(?:dollars|euros|won|roubles|rubles|pounds|yuan|yen)\b",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"^-(?!strong\b)[a-z]", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age of|turned|turns|turning)\s+$", re.IGNORECASE)
_AGE_COMMAS = re.compile(r"[A-Z][\w'-]+,\s*$")
_TIME = re.compile(r"^:\d\d")
_SUFFIX_REASON = {
    "mm": "calibre",
    "cm": "calibre",
    "km": "distance",
    "m": "distance",
    "st": "ordinal",
    "nd": "ordinal",
    "rd": "ordinal",
    "th": "ordinal",
}


@dataclass(frozen=True)
class Figure:
    """A number in a sentence, with the bound its wording sets.

    ``start``/``end`` span the number (both ends of a range); ``value_cue`` holds the words
    that set the bound ("around", "at least", "between"). ``skipped`` says why a number is
    not a claim figure (year, date, calibre, ...); it is empty for figures that count.
    """

    text: str
    start: int
    end: int
    value_low: int | None
    value_best: int | None
    value_high: int | None
    bound: str
    value_cue: str = ""
    unit: str = ""
    skipped: str = ""

    @property
    def value(self) -> int | None:
        """The figure's main value: best, else low, else high."""
        for v in (self.value_best, self.value_low, self.value_high):
            if v is not None:
                return v
        return None

    @property
    def span(self) -> tuple[int, int]:
        """(start, end) of the number in the sentence."""
        return self.start, self.end


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    value: float
    digits: bool
    suffix: str
    scale: int  # 1 when no scale word follows


def _token_value(m: re.Match[str]) -> float:
    if m.group("digits"):
        base = float(m.group("digits").replace(",", ""))
    elif m.group("words"):
        parts = m.group("words").lower().split("-")
        base = float(sum(_SMALL[p] for p in parts))
    else:
        base = 1.0
    if m.group("dozen"):
        return base * 12
    if m.group("scale"):
        return base * _SCALES[m.group("scale").lower()]
    return base


def _tokens(s: str) -> list[_Token]:
    out = []
    for m in _NUMBER.finditer(s):
        word = (m.group("words") or "").lower()
        if word == "one" and not m.group("scale"):
            continue  # "one of the", "no one": hardly ever a count in news copy
        if m.group("article") and not (m.group("scale") or m.group("dozen")):
            continue
        scale = _SCALES[m.group("scale").lower()] if m.group("scale") else 1
        out.append(
            _Token(
                m.start(),
                m.end(),
                _token_value(m),
                bool(m.group("digits")),
                (m.group("suffix") or "").lower(),
                scale,
            )
        )
    return out


def _skip_reason(s: str, tok: _Token, date_spans: list[tuple[int, int]]) -> str:
    before, after = s[max(0, tok.start - 30) : tok.start], s[tok.end : tok.end + 30]
    if tok.digits and tok.scale == 1 and re.fullmatch(r"\d{4}", s[tok.start : tok.end]) and 1900 <= tok.value <= 2100:
        return "year"
    if any(a <= tok.start < b for a, b in date_spans):
        return "date"
    if tok.suffix:
        return _SUFFIX_REASON.get(tok.suffix, "designation")
    if re.search(r"[A-Za-z]-$", before):
        return "designation"  # "KN-23", "Hwasong-11"
    if re.search(r"\b(?:19|20)\d\d-$", before):
        return "year"  # "the 1950-53 Korean War"
    if _TIME.match(after):
        return "time"
    if _CALIBRE.match(after):
        return "calibre"
    if _DISTANCE.match(after):
        return "distance"
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return "money"
    if _COMPOUND.match(after):
        return "compound"  # "11-nation", "three-day", "25-year-old", "two-thirds"
    if _AGE_BEFORE.search(before) or (_AGE_COMMAS.search(before) and after.startswith(",") and tok.value < 120):
        return "age"
    return ""


def _low_value(low: _Token, high: _Token) -> float:
    # "1.5 to 2 million": the scale written once applies to both ends
    if low.scale == 1 and high.scale > 1:
        return low.value * high.scale
    return low.value


def _is_range(s: str, tok: _Token, nxt: _Token | None, between: bool) -> bool:
    if nxt is None or nxt.value <= _low_value(tok, nxt):
        return False
    gap = s[tok.end : nxt.start]
    if between:
        return re.fullmatch(r"\s+and\s+", gap) is not None
    if _RANGE_TO.fullmatch(gap):
        # "from 600 to 2,000" is a change between two figures, not a range
        return not re.search(r"\bfrom\s+(?:\w+\s+)?$", s[max(0, tok.start - 20) : tok.start], re.I)
    return False


def find_numbers(sentence: str, include_skipped: bool = False) -> list[Figure]:
    """Every number in ``sentence`` with its value, span and bound, in order.

    Bounds: "around/about/some/roughly/approximately X" -> best; "at least/more than/over X"
    -> low; "up to/as many as/nearly X" -> high; "between X and Y", "X to Y", "X-Y" -> low
    and high; a plain figure -> best. Vague amounts ("several thousand", "dozens") get no
    value. Years, dates, calibres ("170mm"), distances, money, ages, "11-nation"-style
    compounds and non-whole numbers are skipped; ``include_skipped=True`` returns them too,
    with ``skipped`` saying why (handy to see what the extractor ignores).
    """
    s = _plain(sentence)
    return _find_numbers(sentence, s, [(a, b) for a, b, _ in _date_matches(s)], include_skipped)


def _find_numbers(sentence: str, s: str, date_spans: list[tuple[int, int]], include_skipped: bool) -> list[Figure]:
    toks = _tokens(s)
    vague = [(m.start(), m.end()) for m in _VAGUE.finditer(s)]
    out: list[Figure] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        reason = "vague" if any(a <= tok.start < b for a, b in vague) else _skip_reason(s, tok, date_spans)
        if reason:
            out.append(_skipped(sentence, tok.start, tok.end, reason))
            i += 1
            continue
        if nxt is not None and _skip_reason(s, nxt, date_spans):
            nxt = None
        fig, used = _figure(sentence, s, tok, nxt)
        out.append(fig)
        i += used
    if include_skipped:
        out += [_skipped(sentence, a, b, "vague") for a, b in vague if not any(a <= f.start < b for f in out)]
        return sorted(out, key=lambda f: f.start)
    return [f for f in out if not f.skipped]


def _skipped(sentence: str, start: int, end: int, reason: str) -> Figure:
    return Figure(sentence[start:end], start, end, None, None, None, "", skipped=reason)


def _figure(sentence: str, s: str, tok: _Token, nxt: _Token | None) -> tuple[Figure, int]:
    before = s[max(0, tok.start - 30) : tok.start]
    pre = _PRE_BOUND.search(before)
    between = re.search(r"\bbetween\s+$", before, re.I) is not None
    if nxt is not None and _is_range(s, tok, nxt, between):
        low = _low_value(tok, nxt)
        cue = "between" if between else s[tok.end : nxt.start].strip()
        if pre:
            cue = f"{pre.group('cue')} {cue}"
        unit = "percent" if _PERCENT.match(s[nxt.end :]) else ""
        fig = Figure(
            sentence[tok.start : nxt.end],
            tok.start,
            nxt.end,
            int(low),
            None,
            int(nxt.value),
            "range",
            cue,
            unit,
        )
        return _whole(fig, low, nxt.value), 2
    post = _POST_BOUND.match(s[tok.end :])
    if pre:  # "up to about 9 million": the first words set the bound
        cue, bound = pre.group("cue"), _BOUND_OF[pre.group("bound").lower()]
    elif post:
        cue = post.group(0).strip()
        bound = "best" if cue.lower() == "or so" else "low"
    else:
        cue, bound = "", "best"
    v = int(tok.value)
    unit = "percent" if _PERCENT.match(s[tok.end :]) else ""
    fig = Figure(
        sentence[tok.start : tok.end],
        tok.start,
        tok.end,
        v if bound == "low" else None,
        v if bound == "best" else None,
        v if bound == "high" else None,
        bound,
        cue,
        unit,
    )
    return _whole(fig, tok.value), 1


def _whole(fig: Figure, *values: float) -> Figure:
    if all(v == int(v) for v in values):
        return fig
    return Figure(fig.text, fig.start, fig.end, None, None, None, "", skipped="not a whole number")


# --- dates and periods -----------------------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
# month names are matched case-sensitively: "may" the verb is not May
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "month_range",
        re.compile(
            rf"\b(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s*(?:and|to|-|through)\s*"
            rf"(?P<m2>{_MONTH})(?!\s+{_DAY}\b)(?:\s+(?P<y2>{_YEAR}))?\b"
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY})(?:\s*(?:-|and|to)\s*(?P<d2>{_DAY}))?\b"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?P<d1>{_DAY})(?:\s*(?:-|and|to)\s*(?P<d2>{_DAY}))?\s+(?P<m>{_MONTH})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "month",
        re.compile(rf"\b(?:(?:early|mid|late)[\s-])?(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b"),
    ),
    ("relative_year", re.compile(r"\b(?P<which>last|this|next|past)\s+year\b", re.I)),
    ("relative_month", re.compile(r"\b(?P<which>last|this|next|past)\s+month\b", re.I)),
    ("relative_week", re.compile(r"\b(?P<which>last|this|next|past)\s+week\b", re.I)),
    (
        "past_n",
        re.compile(
            rf"\b(?:past|last|previous)\s+(?P<n>\d+|{_WORDS})\s+(?P<unit>days|weeks|months|years)\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(r"\b(?:on|last)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ),
    ("yesterday", re.compile(r"\b(?P<word>yesterday|today)\b", re.I)),
    ("year", re.compile(rf"(?<![\w,.-])(?P<y>{_YEAR})(?![\w-])")),
    ("so_far", re.compile(r"\b(?:so far|to date|as of now|until now|thus far)\b", re.I)),
]
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|announced|released|published|added|estimated|reported|stated|"
    r"confirmed|warned|claimed|revealed|posted|wrote)(?:\s+(?!that\b)[\w'-]+){0,2}"
    r"\s+(?:on|in|earlier|last|this|late|early)?\s*$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:since|from)\s+(?:(?:early|mid|late)[\s-])?$", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|as of|until|through)\s+(?:(?:early|mid|late)[\s-])?$", re.IGNORECASE)

Period = tuple[date | None, date | None, str | None]


_ANY_MONTH = re.compile(_MONTH)
# a cheap test of whether a date pattern can match at all (most sentences have no dates)
_PRECHECK: dict[str, re.Pattern[str]] = {
    "month_range": _ANY_MONTH,
    "month_day": _ANY_MONTH,
    "day_month": _ANY_MONTH,
    "month": _ANY_MONTH,
    "relative_year": re.compile(r"year", re.I),
    "relative_month": re.compile(r"month", re.I),
    "relative_week": re.compile(r"week", re.I),
    "past_n": re.compile(r"past|last|previous", re.I),
    "weekday": re.compile(r"day\b"),
    "yesterday": re.compile(r"yesterday|today", re.I),
    "year": re.compile(r"(?:19|20)\d\d"),
    "so_far": re.compile(r"far|date|now", re.I),
}


def _date_matches(s: str) -> list[tuple[int, int, re.Match[str]]]:
    """Date expressions in ``s``, not overlapping (earlier patterns win), in text order."""
    taken: list[tuple[int, int, re.Match[str]]] = []
    for kind, pattern in _DATE_PATTERNS:
        if not _PRECHECK[kind].search(s):
            continue
        for m in pattern.finditer(s):
            a, b = m.start(), m.end()
            if not any(a < tb and ta < b for ta, tb, _ in taken):
                taken.append((a, b, m))
    return sorted(taken, key=lambda t: t[0])


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year_for(month: int, day: int | None, published: date) -> int:
    """The publication year, unless month (and day) would fall after publication."""
    later = month > published.month or (month == published.month and day is not None and day > published.day)
    return published.year - 1 if later else published.year


def _month_no(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _day_no(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _resolve_absolute(kind: str, g: dict[str, str], published: date) -> Period | None:
    if kind == "month_range":
        m1, m2 = _month_no(g["m1"]), _month_no(g["m2"])
        y2 = int(g["y2"] or g["y1"] or _year_for(m2, None, published))
        y1 = int(g["y1"]) if g["y1"] else (y2 if m1 <= m2 else y2 - 1)
        return date(y1, m1, 1), _month_end(y2, m2), "month"
    if kind in ("month_day", "day_month"):
        mo, d1 = _month_no(g["m"]), _day_no(g["d1"])
        d2 = _day_no(g["d2"]) if g["d2"] else d1
        y = int(g["y"]) if g["y"] else _year_for(mo, d2, published)
        try:
            return date(y, mo, d1), date(y, mo, d2), "day"
        except ValueError:
            return None  # "February 30"
    if kind == "month":
        mo = _month_no(g["m"])
        y = int(g["y"]) if g["y"] else _year_for(mo, None, published)
        return date(y, mo, 1), _month_end(y, mo), "month"
    if kind == "year":
        y = int(g["y"])
        return date(y, 1, 1), date(y, 12, 31), "year"
    return None


def _resolve_relative(kind: str, g: dict[str, str], published: date) -> Period | None:
    shift = {"last": -1, "past": -1, "this": 0, "next": 1}.get((g.get("which") or "").lower(), 0)
    if kind == "relative_year":
        y = published.year + shift
        return date(y, 1, 1), date(y, 12, 31), "year"
    if kind == "relative_month":
        y, mo = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return date(y, mo + 1, 1), _month_end(y, mo + 1), "month"
    if kind == "relative_week":
        monday = published - timedelta(days=published.weekday())
        if shift == 0:
            return monday, published, "day"
        start = monday + timedelta(weeks=shift)
        return start, start + timedelta(days=6), "day"
    if kind == "past_n":
        n, unit = _num(g["n"]), g["unit"].lower()
        days = {"days": 1, "weeks": 7, "months": 30, "years": 365}[unit] * n
        return published - timedelta(days=days), published, "day"
    if kind == "weekday":
        day = published - timedelta(days=(published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7)
        return day, day, "day"
    if kind == "yesterday":
        day = published - timedelta(days=1 if g["word"].lower() == "yesterday" else 0)
        return day, day, "day"
    if kind == "so_far":
        return None, published, "day"
    return None


def _num(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL[word.lower()]


_KIND_OF = {pattern: kind for kind, pattern in _DATE_PATTERNS}


def _periods(s: str, published: date) -> list[tuple[int, int, Period]]:
    """Every period expression of a (straight-quoted) sentence, resolved, in text order."""
    out = []
    for a, b, m in _date_matches(s):
        if _REPORTING.search(s[max(0, a - 45) : a]):
            continue  # "said on Friday": when it was said, not what the figure covers
        kind = _KIND_OF[m.re]
        g = m.groupdict()
        period = _resolve_absolute(kind, g, published) or _resolve_relative(kind, g, published)
        if period is None:
            continue
        head = s[max(0, a - 20) : a]
        if _SINCE.search(head):
            period = (period[0], published, period[2])
        elif _BY.search(head):
            period = (None, _deadline(period, published), period[2])
        out.append((a, b, period))
    return out


def _deadline(period: Period, published: date) -> date | None:
    # "by November": a deadline lies ahead, so no shift back to last year
    end = period[1]
    if end is not None and end.year == published.year - 1 and period[2] in ("month", "day"):
        try:
            return end.replace(year=published.year)
        except ValueError:  # 29 February
            return end.replace(year=published.year, day=28)
    return end


def resolve_period(sentence: str, published: date, near: int | None = None) -> Period:
    """The period a sentence's figure covers: (start, end, precision), each None if unknown.

    Relative dates are resolved against ``published``: "last year" -> that calendar year;
    "in January and February" -> 1 Jan to end of Feb (of the publication year unless that
    is after publication); "last week", "on Thursday", "earlier this week", "last month";
    "since October" -> 1 Oct to ``published``; "so far" -> ends on ``published``. Dates
    attached to a statement ("said on Friday", "told reporters last week") are not periods.
    With ``near`` (a character offset, e.g. of a figure), the expression closest to it wins;
    otherwise the first one.
    """
    found = _periods(_plain(sentence), published)
    if not found:
        return None, None, None
    if near is not None:
        found.sort(key=lambda c: min(abs(c[0] - near), abs(c[1] - near)))
    return found[0][2]


def _figure_period(found: list[tuple[int, int, Period]], lo: int, fig: Figure, hi: int, opening: int) -> Period:
    """The period of one figure: the first date after it (up to ``hi``, the next figure),
    else the last one before it (from ``lo``), else one opening the sentence (before
    ``opening``)."""
    # English puts the time after the figure ("sent 11,000 troops in 2024 and 3,000 more this
    # year"), or opens the sentence with it ("Over the past three months, ...")
    after = [p for a, b, p in found if fig.end <= a and b <= hi]
    if after:
        return after[0]
    before = [p for a, b, p in found if lo <= a and b <= fig.start]
    if before:
        return before[-1]
    opening_dates = [p for a, b, p in found if b <= opening]
    return opening_dates[0] if opening_dates else (None, None, None)


# --- hedges ----------------------------------------------------------------------------

_HEDGES: list[tuple[str, re.Pattern[str]]] = [
    (
        "suggested",
        re.compile(
            r"\b(?:appears? to|appeared to|apparently|seems? to|seemed to"
            r"|reports? (?:later )?suggested|suggest(?:s|ed)? that|(?<!highly )likely|probably"
            r"|may have|might have)\b",
            re.I,
        ),
    ),
    (
        "reported",
        re.compile(
            r"\b(?:(?:is|are|was|were) (?:also )?(?:thought|said|reported|understood) to|reportedly"
            r"|according to (?:media )?reports|reports say|it is understood)\b",
            re.I,
        ),
    ),
    (
        "estimated",
        re.compile(
            r"\b(?:estimates?|estimated|assess(?:es|ed)?|assessment|believes?|believed|judged?|judges"
            r"|highly likely|calculated|calculates)\b",
            re.I,
        ),
    ),
    (
        "planned",
        re.compile(
            r"\b(?:(?:will|would|could|may|might|plans? to|planning to|planned to|preparing to"
            r"|prepares to|decided to|expected to|set to|intends? to|ready to|pledged to"
            r"|promised to|agreed to)(?:\s+[\w-]+){0,2}?\s+(?:send|dispatch|deploy|supply|provide"
            r"|deliver|transfer|ship|bring)|expect(?:s|ed)?\s+(?:[\w-]+\s+){0,2}to\s+(?:have\s+)?"
            r"(?:sent|send|dispatched|deployed|deploy)|(?:preparing|plans?|planning|planned)"
            r"\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:deployment|dispatch)|planned (?:deployment|dispatch)"
            r"|(?:is|are) preparing(?=\s+(?:[\w-]+\s+){0,2}\d))\b",
            re.I,
        ),
    ),
    (
        "confirmed",
        re.compile(
            r"\b(?:said|says|told|announced|confirmed|stated|added|claimed|reported|found|counted)\b",
            re.I,
        ),
    ),
]
_PLANNED = dict(_HEDGES)["planned"]


@lru_cache(maxsize=256)
def hedge(sentence: str) -> tuple[str, str]:
    """How firmly a sentence puts its figures: (qualifier, cue words from the sentence).

    "appears to", "reports suggested", "likely" -> suggested; "is thought to", "are said
    to", "reportedly" -> reported; "estimates", "assessed", "believed" -> estimated; "plans
    to", "will send", "expected to send" -> planned; plain "said" -> confirmed. The first
    of these that matches wins (in that order); with none, ("confirmed", "").
    """
    s = _plain(sentence)
    for qualifier, pattern in _HEDGES:
        m = pattern.search(s)
        if m:
            return qualifier, sentence[m.start() : m.end()]
    return "confirmed", ""


def _figure_hedge(sentence: str, clause_start: int, fig_end: int) -> tuple[str, str]:
    # a plan in the figure's own clause beats the sentence's hedge ("supplied 148 ... and
    # is expected to send about 150 more": only the 150 is planned)
    m = _PLANNED.search(_plain(sentence), clause_start, fig_end)
    if m:
        return "planned", sentence[m.start() : m.end()]
    qualifier, cue = hedge(sentence)
    if qualifier != "planned":
        return qualifier, cue
    # the sentence's plan belongs to another of its figures: take the next hedge down
    s = _plain(sentence)
    for q, pattern in _HEDGES:
        found = pattern.search(s) if q != "planned" else None
        if found:
            return q, sentence[found.start() : found.end()]
    return "confirmed", ""


# --- what a figure counts --------------------------------------------------------------

_LEXICON: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(rf"\b(?:{words})\b", re.I))
    for kind, words in [
        ("battle_casualties", r"battle casualties"),
        ("casualties", r"casualties|losses"),
        ("killed", r"deaths|dead|fatalities|killed|died"),
        ("wounded", r"wounded|injured"),
        ("captured", r"prisoners of war|prisoners|POWs|captives|captured"),
        (
            "engineers",
            r"sappers|deminers|mine[- ]clearance (?:specialists|experts|troops|personnel)"
            r"|(?:combat |military )?engineers|(?:military )?builders"
            r"|(?:military )?construction (?:troops|soldiers|workers|personnel)",
        ),
        ("workers", r"workers|labou?rers"),
        (
            "personnel",
            r"(?:North )?Koreans|soldiers|troops|personnel|servicemen|service ?members|fighters"
            r"|infantrymen"
            r"|infantry|special forces|commandos|marines|paratroopers|officers|recruits|men"
            r"|reinforcements|replacements|strong",
        ),
        ("shells", r"artillery shells|shells|rounds|projectiles|ammunition|munitions"),
        ("missiles", r"(?:short-range )?ballistic missiles|missiles|KN-2[34]s"),
        ("guns", r"self-propelled (?:guns|howitzers)|howitzers|guns|artillery pieces"),
        ("launchers", r"(?:multiple )?rocket launchers|launchers|MLRS|rocket systems"),
        ("systems", r"artillery systems|weapons systems|systems|pieces"),
        ("containers", r"containers"),
        ("coffins", r"coffins|caskets"),
        ("portraits", r"portraits"),
        ("hectares", r"hectares"),
        (
            "devices",
            r"explosive (?:devices|objects)|unexploded (?:ordnance|munitions)|landmines|mines",
        ),
    ]
]


def _words(text: str) -> frozenset[str]:
    """The words of a text, as a set (word lists are written as one string)."""
    return frozenset(text.split())


_PEOPLE_KINDS = 9  # the first kinds above count people (a noun before an elliptic figure)
_MODIFIERS = _words(
    "more additional extra further fresh new other of its their the these those his her a "
    "an north korean north-korean korean-made special elite military combat regular active "
    "ballistic short-range long-range self-propelled multiple rocket artillery heavy "
    "tactical civilian construction mine-clearance total estimated wounded injured dead "
    "killed fallen own and or strong well-trained trained infantry army navy air naval ground"
)
_STOP_WORDS = _words(
    "to in at on from since by for into near with across between during over under who "
    "which that have has had were was are is will would could be been being as after "
    "before while last this earlier later including early late mid so when where whereas "
    "because although if but than according now it he she they we"
)
_STATE = re.compile(
    r"\b(?:(?P<ckow>killed (?:or|and) wounded|killed (?:or|and) injured|wounded (?:or|and) killed"
    r"|casualties)|(?P<battle>killed, wounded,? (?:missing|captured))|(?P<killed>killed|died|dead"
    r"|lost(?! (?:contact|track|touch|ground))"
    r"|perished|lost their lives)|(?P<wounded>wounded|injured)|(?P<captured>captured"
    r"|taken prisoner|taken captive))\b",
    re.I,
)
_STATE_BEFORE = re.compile(
    r"\b(?:(?P<ckow>killed (?:or|and) wounded|wounded (?:or|and) killed)|(?P<captured>captured"
    r"|took prisoner)|(?P<killed>killed)|(?P<wounded>wounded))(?:\s+[\w'-]+){0,2}\s+$",
    re.I,
)
_FUTURE_AFTER = re.compile(
    r"\s*(?:will|would|are to|is to|are set to|are due to)\s+(?:soon\s+|also\s+)?(?:be\s+)?"
    r"(?:go|sent|deployed|dispatched|arrive|head|travel|join|move|leave)\b",
    re.I,
)
_TOTAL = re.compile(r"\b(?:total|totals|totalling|totaling|overall|cumulative|altogether)\b", re.I)
_BACK_REFERENCE = re.compile(r"\b(?:from|than|with|to|the)\s+(?:[\w-]+\s+)?$", re.I)
_PRESENT = re.compile(
    r"\b(?:currently|at present|now (?:in|stationed|deployed|based)|already in|(?:are|were|is|was"
    r"|remain|remained) (?:still )?(?:in|inside|stationed|based)|remain(?:s|ed|ing)?|stationed"
    r"|training in|(?:are|were) training)\b",
    re.I,
)
_ADDITIONAL_BEFORE = re.compile(
    r"\b(?:another|an additional|additional|a further|further|extra|fresh|a new batch of"
    r"|a new contingent of|a second wave of|a new wave of)\s+(?:(?:about|around|some|roughly"
    r"|approximately|estimated)\s+)?$",
    re.I,
)
_ADDITIONAL_WORDS = _words("more additional extra further fresh new reinforcements replacements")
_FIRED = re.compile(r"\b(?:fired|launched|launches|used|struck|hit)\b", re.I)
_SUPPLIED = re.compile(
    r"\b(?:supplied|supplies|supply|delivered|deliver|sent|send|shipped|provided|provide"
    r"|transferred|received|handed)\b",
    re.I,
)
_AMMUNITION = re.compile(r"\b(?:ammunition|shells|munitions|rounds)\b", re.I)
_LOSSES = re.compile(r"\b(?:killed|wounded|injured|casualties|losses|dead)\b", re.I)
_HOMEWARD = re.compile(
    r"\b(?:repatriated|(?:flown|sent|taken|brought|returned|evacuated)\b.*\b(?:back|home"
    r"|to North Korea))\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r",(?!\d{3})|[;:()]")  # not the comma of "11,000"
_WORD = re.compile(r"[\w'-]+")

_METRIC_OF_KIND = {
    "battle_casualties": "battle_casualties",
    "casualties": "casualties_killed_or_wounded",
    "killed": "killed",
    "wounded": "wounded",
    "captured": "captured",
    "engineers": "engineers_deployed",
    "workers": "workers_deployed",
    "shells": "artillery_shells",
    "guns": "self_propelled_guns",
    "launchers": "rocket_launchers",
    "systems": "artillery_systems_combined",
    "containers": "containers_shipped",
    "coffins": "coffins_repatriated",
    "portraits": "fallen_portraits_displayed",
    "hectares": "area_demined_hectares",
    "devices": "explosive_devices_destroyed",
}
_STATE_METRIC = {
    "ckow": "casualties_killed_or_wounded",
    "battle": "battle_casualties",
    "killed": "killed",
    "wounded": "wounded",
    "captured": "captured",
}


@dataclass(frozen=True)
class _Context:
    """The text around one figure of a sentence (offsets into the sentence)."""

    start: int  # the figure
    end: int
    clause_start: int  # after the last , ; : ( before the figure, or 0
    window: str  # words after the figure up to a stop word, punctuation or the next figure
    verbs: str  # the rest of the figure's clause after those words ("have been killed")
    near_before: str  # the words between the previous figure (or clause start) and this one


def _context(s: str, figs: list[Figure], i: int) -> _Context:
    fig = figs[i]
    nxt = figs[i + 1].start if i + 1 < len(figs) else len(s)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s, 0, fig.start)]
    clause_start = breaks[-1] if breaks else 0
    pos = fig.end
    for pattern in (_POST_BOUND, _PERCENT):
        m = pattern.match(s, pos, nxt)
        pos = m.end() if m else pos
    stop = _CLAUSE_BREAK.search(s, pos, nxt)
    clause_end = stop.start() if stop else nxt
    window_end = pos
    for m in _WORD.finditer(s, pos, clause_end):
        if m.group(0).lower() in _STOP_WORDS:
            break
        window_end = m.end()
    prev_end = figs[i - 1].end if i else 0
    near_from = max(prev_end, clause_start, fig.start - 40)
    return _Context(
        fig.start,
        fig.end,
        clause_start,
        s[pos:window_end].strip(),
        s[window_end:clause_end],
        s[near_from : fig.start],
    )


def _is_modifier(token: str) -> bool:
    t = token.strip("'\"")
    if (t.lower().endswith("ed") and len(t) > 4) or "-" in t.strip("-"):
        return True  # "upgraded", "mixed", "engineer-regiment": modifiers, not what is counted
    return (
        t.lower() in _MODIFIERS
        or t[:1].isupper()
        or any(c.isdigit() for c in t)
        or t.lower().endswith("'s")
        or t.lower().endswith("s'")
    )


_COMBINED = re.compile(r"^combined\b|\b(?:guns|howitzers)\b.*\blaunchers\b|\blaunchers\b.*\b(?:guns|howitzers)\b", re.I)


def _noun_kind(window: str) -> tuple[str | None, bool, int]:
    """(kind of the head noun after a figure, whether the words are only modifiers, where
    the head noun ends in ``window``)."""
    best: tuple[int, int, str] | None = None
    for kind, pattern in _LEXICON:
        m = pattern.search(window)
        if m and (best is None or (m.start(), -m.end()) < (best[0], -best[1])):
            best = (m.start(), m.end(), kind)
    if best is None:
        return None, all(_is_modifier(t) for t in window.split()), 0
    if not all(_is_modifier(t) for t in window[: best[0]].split()):
        return None, False, 0  # "ten shipments of shells" counts shipments, not shells
    if best[2] in ("guns", "launchers") and _COMBINED.search(window):
        return "systems", False, best[1]  # "220 guns and launchers": one total, split unknown
    return best[2], False, best[1]


def _personnel_metric(s: str, ctx: _Context, kind: str) -> str:
    """What a count of people is: a state ("have been killed"), a plan, a new contingent, ..."""
    state = _STATE.search(ctx.verbs) or _STATE_BEFORE.search(ctx.near_before)
    if state:
        return _homeward(_STATE_METRIC[state.lastgroup or ""], ctx)
    if kind in ("killed", "wounded"):
        return _homeward(kind, ctx)  # "2,000 wounded soldiers"
    if _PLANNED.search(s, ctx.clause_start, ctx.end) or _FUTURE_AFTER.match(ctx.verbs):
        return "troops_planned"
    if _TOTAL.search(ctx.near_before):
        return "troops_deployed"  # "bringing the total to around 3,000"
    first = ctx.window.split()[0].lower() if ctx.window else ""
    if (
        first in _ADDITIONAL_WORDS
        or _ADDITIONAL_BEFORE.search(s, 0, ctx.start)
        or re.search(r"\b(?:reinforcements|replacements)\b", ctx.window, re.I)
    ):
        return "troops_deployed_additional"
    if _PRESENT.search(ctx.verbs) or _PRESENT.search(s, ctx.clause_start, ctx.start):
        return "troops_present"
    return "troops_deployed"


def _homeward(metric: str, ctx: _Context) -> str:
    # "2,000 wounded soldiers were flown back to North Korea"
    return "wounded_repatriated" if metric == "wounded" and _HOMEWARD.search(ctx.verbs) else metric


def _kind_metric(kind: str, s: str, ctx: _Context) -> str | None:
    people = re.search(r"\b(?:soldiers|troops|men|personnel|fighters)\b", ctx.window, re.I)
    if kind == "personnel" or (kind in ("wounded", "killed") and people):
        return _personnel_metric(s, ctx, kind)
    if kind == "casualties" and re.search(r"\b(?:missing|captured)\b", ctx.verbs, re.I):
        return "battle_casualties"
    if kind == "missiles":
        clause = s[ctx.clause_start : ctx.start] + ctx.window + ctx.verbs
        fired = _FIRED.search(clause) and not _SUPPLIED.search(clause)
        return "ballistic_missiles_fired" if fired else "ballistic_missiles"
    return _METRIC_OF_KIND.get(kind)


_PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|an?|roughly|about|some|around|approximately|nearly|almost"
    r"|estimated|first|initial|original|total|[A-Z][\w-]*'s)\s+)*"
)
_CONTAINER_OF = re.compile(r"\b(?P<noun>portraits|coffins|caskets|containers)\s+of\s+(?:the\s+)?$", re.I)


def _is_partitive(s: str, part: Figure, whole: Figure) -> bool:
    # "4,000 of the first 11,000 troops were killed": the state is the part's
    return _PARTITIVE.fullmatch(s, part.end, whole.start) is not None


def _metric_of(
    s: str, figs: list[Figure], i: int, previous: list[str | None], carried: str | None = None
) -> str | None:
    """The metric figure ``i`` counts; ``previous`` holds the metrics of the figures before,
    ``carried`` the last metric of the sentence before."""
    fig = figs[i]
    ctx = _context(s, figs, i)
    if fig.unit == "percent":
        if _AMMUNITION.search(s):
            return "ammunition_share_pct"
        return "casualty_rate_pct" if _LOSSES.search(s) else None
    if i + 1 < len(figs) and _is_partitive(s, fig, figs[i + 1]):
        whole = _context(s, figs, i + 1)
        kind, _, head = _noun_kind(whole.window)
        if kind is not None:
            verbs = whole.window[head:] + " " + whole.verbs
            return _kind_metric(kind, s, dataclasses.replace(ctx, window=whole.window, verbs=verbs))
    container = _CONTAINER_OF.search(ctx.near_before)
    if container:  # "portraits of 101 fallen soldiers" counts portraits
        return _noun_metric(container.group("noun"), s, ctx)
    window = "strong" if s.startswith("-strong", fig.end) else ctx.window
    kind, elliptic, head = _noun_kind(window)
    if kind is not None:
        if i > 0 and _is_partitive(s, figs[i - 1], fig):
            ctx = dataclasses.replace(ctx, verbs="")  # the state was the part's
        else:  # "300 troops killed fighting": a participle right after the noun
            ctx = dataclasses.replace(ctx, verbs=window[head:] + " " + ctx.verbs)
        return _kind_metric(kind, s, ctx)
    if elliptic:
        return _elliptic_metric(s, ctx, previous, carried)
    return None  # counts something else: "two countries", "three months"


def _noun_metric(noun: str, s: str, ctx: _Context) -> str | None:
    kind, _, _ = _noun_kind(noun)
    return _kind_metric(kind, s, ctx) if kind else None


def _elliptic_metric(s: str, ctx: _Context, previous: list[str | None], carried: str | None) -> str | None:
    # "2,700 had been wounded", "about 3,000 more", "up from about 600", "wounded ... 1,000"
    state = _STATE.search(ctx.verbs)
    if state:
        return _STATE_METRIC[state.lastgroup or ""]
    last = next((m for m in reversed(previous) if m), None)
    if last is None and carried and _BACK_REFERENCE.search(ctx.near_before):
        last = carried  # "That is up from the 3,000 ..." after a sentence about troops
    if last is not None:
        if last.startswith("troops"):
            metric = _personnel_metric(s, ctx, "personnel")
            return last if metric == "troops_deployed" and not _TOTAL.search(ctx.near_before) else metric
        return last
    # "the troops, estimated at 11,000": the nearest noun before it
    nouns = [(m.start(), kind) for kind, pattern in _LEXICON[:_PEOPLE_KINDS] for m in pattern.finditer(s, 0, ctx.start)]
    if not nouns:
        return None
    # "the number of injured soldiers was approaching 1,000": the state word decides
    states = [n for n in nouns if n[1] not in ("personnel", "engineers", "workers")]
    kind = max(states or nouns)[1]
    return _kind_metric(kind, s, ctx)


# --- actors ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """One row of ``data/curated/actors.csv``."""

    actor_id: str
    kind: str
    country: str
    role: str


@dataclass(frozen=True)
class Mention:
    """An actor named in a sentence, at ``start:end``."""

    start: int
    end: int
    actor: Actor


class ActorIndex:
    """Names and aliases of the actors, matched case-insensitively, longest first.

    Short all-capital aliases ("US", "NIS") match only in capitals, so "us" the pronoun is
    not the United States. Agency aliases written with a possessive country ("Seoul's spy
    agency") also match with the country's other names ("South Korea's spy agency").
    """

    def __init__(self, actors: list[Actor], aliases: dict[str, list[str]]) -> None:
        self.actors = {a.actor_id: a for a in actors}
        self.names: dict[str, list[Actor]] = {}
        self.exact: set[str] = set()
        for actor in actors:
            for name in self._variants(actor, aliases):
                key = name.lower()
                if actor not in self.names.setdefault(key, []):
                    self.names[key].append(actor)
                if len(name) <= 4 and name.isupper():
                    self.exact.add(key)
        ordered = sorted(self.names, key=len, reverse=True)
        body = "|".join(re.escape(n) for n in ordered)
        # matched on a lower-cased copy: a case-insensitive alternation is much slower
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])") if ordered else None

    def _variants(self, actor: Actor, aliases: dict[str, list[str]]) -> list[str]:
        names = [actor.actor_id, *aliases.get(actor.actor_id, [])]
        if actor.kind != "agency" or not actor.country:
            return [_plain(n) for n in names]
        country_names = [actor.country, *aliases.get(actor.country, [])]
        out = []
        for name in map(_plain, names):
            out.append(name)
            for cname in country_names:
                if name.lower().startswith(cname.lower() + "'s "):
                    rest = name[len(cname) + 3 :]
                    out += [f"{other}'s {rest}" for other in country_names]
        return out

    def mentions(self, sentence: str) -> list[Mention]:
        """Actors named in ``sentence``, left to right (ambiguous names resolved by country)."""
        if self.pattern is None:
            return []
        plain = _plain(sentence)
        lower = plain.lower()
        if len(lower) != len(plain):  # a character whose lower case is longer: keep spans right
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in plain)
        out: list[Mention] = []
        for m in self.pattern.finditer(lower):
            key = m.group(0)
            if key in self.exact and plain[m.start() : m.end()] != key.upper():
                continue  # "us" is not the US
            out.append(Mention(m.start(), m.end(), self._pick(self.names[key], out, m.start())))
        return out

    def _pick(self, candidates: list[Actor], before: list[Mention], at: int) -> Actor:
        if len(candidates) == 1:
            return candidates[0]
        # "South Korea's defence ministry": the country named just before decides
        if before and at - before[-1].end <= 3:
            country = before[-1].actor.actor_id
            for actor in candidates:
                if actor.country == country:
                    return actor
        return candidates[0]

    def role_agency(self, person: Actor) -> Actor | None:
        """The agency a person's role names ("head of the HUR" -> Ukraine HUR), if any."""
        if not person.role:
            return None
        for m in self.mentions(person.role):
            if m.actor.kind in ("agency", "organisation") and m.actor != person:
                return m.actor
        return None


@lru_cache(maxsize=8)
def _load_index(path: Path, mtime_ns: int) -> ActorIndex:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    actors, aliases = [], {}
    for row in frame.to_dict(orient="records"):
        actor = Actor(
            row["actor_id"].strip(),
            row.get("kind", "").strip(),
            row.get("country", "").strip(),
            row.get("role", "").strip(),
        )
        actors.append(actor)
        aliases[actor.actor_id] = [a.strip() for a in row.get("aliases", "").split(";") if a.strip()]
    return ActorIndex(actors, aliases)


def actor_index(data_dir: Path | None = None) -> ActorIndex:
    """The actor names of ``data/curated/actors.csv`` (cached until the file changes)."""
    path = paths.curated_dir(data_dir or paths.DATA_DIR) / "actors.csv"
    if not path.exists():
        raise DataError(Problem(display_path(path), None, None, "is missing: claimant names are read from it"))
    return _load_index(path.resolve(), path.stat().st_mtime_ns)


# --- claimants -------------------------------------------------------------------------

_ATTRIBUTION = re.compile(
    r"\b(?P<verb>said|says|say|told|tells|estimates|estimated|estimate|believes|believe|believed"
    r"|assessed|assesses|judged|judges|announced|confirmed|confirms|claimed|claims|reported"
    r"|added|adds|warned|warns|stated|found|finds|revealed|concluded|expects|put|puts|noted"
    r"|counted|detected|acknowledged|admitted|wrote|posted)\b",
    re.I,
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|an|the)\s+(?:\w+ly\s+)?$", re.I)
_SOURCE_AFTER = re.compile(r"\b(?:according to|citing|briefed by|briefing by|briefing from|quoted by|said by)\s+", re.I)
_EMPTY_CHUNK = re.compile(
    r"^\s*(?:(?:has|have|had|also|later|earlier|previously|now|then|"
    r"separately|repeatedly|on|this|last|week)\s*)*$",
    re.I,
)
_PRIORITY = {"agency": 0, "organisation": 0, "group": 0, "person": 1, "country": 2}


@dataclass(frozen=True)
class Attribution:
    """Who a sentence says its figures come from; ``explicit`` when the sentence names them."""

    claimant: str | None
    speaker: str | None
    explicit: bool


def _cue_mentions(s: str, mentions: list[Mention]) -> tuple[list[Mention], bool]:
    """Mentions standing as the source of a statement, and whether a statement cue exists."""
    found: list[Mention] = []
    has_cue = False
    for m in _ATTRIBUTION.finditer(s):
        if _PASSIVE.search(s[max(0, m.start() - 25) : m.start()]):
            continue  # "is thought to", "an estimated": a hedge, not a source
        has_cue = True
        found += _subject_mentions(s, m.start(), mentions)
    for m in _SOURCE_AFTER.finditer(s):
        stop = _CLAUSE_BREAK.search(s, m.end())
        end = stop.start() if stop else len(s)
        found += [x for x in mentions if m.end() <= x.start < end]
        has_cue = True
    return found, has_cue


def _subject_mentions(s: str, cue: int, mentions: list[Mention]) -> list[Mention]:
    chunks = s[:cue].split(",")
    # "Lee Seong-kweun, briefed by the NIS, said": the subject spans the apposition
    apposition = len(chunks) > 1 and _EMPTY_CHUNK.match(chunks[-1])
    start = 0 if apposition else cue - len(chunks[-1])
    return [x for x in mentions if start <= x.start and x.end <= cue]


def _best(mentions: list[Mention]) -> Mention | None:
    if not mentions:
        return None
    return min(mentions, key=lambda m: (_PRIORITY.get(m.actor.kind, 3), -m.start))


def _resolve(actor: Actor, index: ActorIndex, agencies: dict[str, set[str]]) -> str:
    """A claimant id for a named actor: a country becomes its one agency named in the article."""
    if actor.kind == "person":
        agency = index.role_agency(actor)
        if agency is not None:
            return agency.actor_id
        if not actor.country:
            return actor.actor_id
        actor = index.actors.get(actor.country, Actor(actor.country, "country", "", ""))
    if actor.kind == "country":
        named = agencies.get(actor.actor_id, set())
        if len(named) == 1:
            return next(iter(named))
    return actor.actor_id


def article_agencies(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """Agencies named anywhere in an article, by country."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.actor.kind == "agency" and m.actor.country:
            out.setdefault(m.actor.country, set()).add(m.actor.actor_id)
    return out


def attribute(sentence: str, mentions: list[Mention], index: ActorIndex, agencies: dict[str, set[str]]) -> Attribution:
    """Claimant and speaker a sentence names itself (``explicit=False`` if it names none)."""
    s = _plain(sentence)
    found, has_cue = _cue_mentions(s, mentions)
    if not found and not has_cue:
        # no statement verb: an agency opening the sentence is its subject ("The JCS ...")
        found = [m for m in mentions if m.start < 40 and _PRIORITY.get(m.actor.kind) == 0]
    best = _best(found)
    if best is None:
        return Attribution(None, None, False)
    person = next((m.actor.actor_id for m in found if m.actor.kind == "person"), None)
    return Attribution(_resolve(best.actor, index, agencies), person, True)


def claimant_of(
    sentence: str, previous: str | None = None, article: str = "", data_dir: Path | None = None
) -> tuple[str | None, str | None]:
    """(claimant, speaker) of a sentence: who produced its figures and who voiced them.

    The claimant comes from "X said/told/estimates", "according to X", "citing X" or an
    agency opening the sentence; names are matched through ``actors.csv`` aliases. A
    country ("Seoul") becomes the one agency of that country named in ``article`` (the
    whole text, if given), a person becomes their agency. A sentence naming nobody
    continues ``previous`` (the claimant of the sentence before).
    """
    index = actor_index(data_dir)
    agencies = article_agencies(m for line in sentences_of(article) for m in index.mentions(line))
    agencies = agencies or article_agencies(index.mentions(sentence))
    attr = attribute(sentence, index.mentions(sentence), index, agencies)
    return (attr.claimant, attr.speaker) if attr.explicit else (previous, None)


# --- candidates ------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """One proposed claim: a figure, what it counts, who claims it, when and how firmly."""

    metric: str
    value_low: int | None
    value_best: int | None
    value_high: int | None
    unit: str
    claimant: str | None
    speaker: str | None
    qualifier: str
    cue: str
    period_start: date | None
    period_end: date | None
    date_precision: str | None
    sentence_no: int
    sentence: str
    source: str
    value_cue: str = ""


COLUMNS = [f.name for f in fields(Candidate)]
_ANAPHOR = re.compile(r"^(?:The|These|Those|They|Such)\b(?:\s+\w+){0,2}\s+(?:were|was|are|had|have)\b")


def _sentence_candidates(
    no: int,
    sentence: str,
    published: date,
    source: str,
    attr: tuple[str | None, str | None],
    units: dict[str, str],
    carried: str | None = None,
) -> list[Candidate]:
    s = _plain(sentence)
    dates = _date_matches(s)
    figs = _find_numbers(sentence, s, [(a, b) for a, b, _ in dates], include_skipped=False)
    if not figs:
        return []
    periods = _periods(s, published)
    first_break = _CLAUSE_BREAK.search(s, 0, figs[0].start)
    opening = first_break.start() if first_break else 0
    out: list[Candidate] = []
    metrics: list[str | None] = []
    for i, fig in enumerate(figs):
        metric = _metric_of(s, figs, i, metrics, carried)
        metrics.append(metric)
        if metric is None or metric not in units:
            continue
        ctx = _context(s, figs, i)
        qualifier, cue = _figure_hedge(sentence, ctx.clause_start, fig.end)
        lo = max(figs[i - 1].end if i else 0, ctx.clause_start)
        hi = figs[i + 1].start if i + 1 < len(figs) else len(s)
        start, end, precision = _figure_period(periods, lo, fig, hi, opening)
        out.append(
            Candidate(
                metric,
                fig.value_low,
                fig.value_best,
                fig.value_high,
                units[metric],
                attr[0],
                attr[1],
                qualifier,
                cue,
                start,
                end,
                precision,
                no,
                sentence,
                source,
                fig.value_cue,
            )
        )
    return out


def claims_from_text(text: str, published: date, source: str = "", data_dir: Path | None = None) -> list[Candidate]:
    """Candidate claims in an article's text (one paragraph or sentence per line).

    ``published`` anchors relative dates; ``source`` is copied into each candidate (the
    file name). Figures that count nothing in the metric vocabulary are left out. Names
    are resolved through ``data_dir``'s ``curated/actors.csv``.
    """
    index = actor_index(data_dir)
    units = schema.metric_units()
    sentences = sentences_of(text)
    mentions = [index.mentions(s) for s in sentences]
    agencies = article_agencies(m for ms in mentions for m in ms)
    carried: tuple[str | None, str | None] = (None, None)
    per_sentence: list[list[Candidate]] = []
    for no, (sentence, ms) in enumerate(zip(sentences, mentions, strict=True), start=1):
        attr = attribute(sentence, ms, index, agencies)
        if attr.explicit:
            carried = (attr.claimant, attr.speaker)
        last = next((c.metric for cands in reversed(per_sentence[-1:]) for c in reversed(cands)), None)
        per_sentence.append(_sentence_candidates(no, sentence, published, source, carried, units, last))
    return _borrow_periods(per_sentence, sentences, published)


def _borrow_periods(per_sentence: list[list[Candidate]], sentences: list[str], published: date) -> list[Candidate]:
    # "... sent 3,000 more soldiers. The troops were deployed in January and February."
    out: list[Candidate] = []
    for i, cands in enumerate(per_sentence):
        nxt = i + 1
        if (
            cands
            and all(c.period_start is None and c.period_end is None for c in cands)
            and nxt < len(sentences)
            and not per_sentence[nxt]
            and _ANAPHOR.match(_plain(sentences[nxt]))
            and not find_numbers(sentences[nxt])
        ):
            start, end, precision = resolve_period(sentences[nxt], published)
            if start or end:
                cands = [_replace(c, period_start=start, period_end=end, date_precision=precision) for c in cands]
        out += cands
    return out


def _replace(c: Candidate, **changes: object) -> Candidate:
    return dataclasses.replace(c, **changes)  # type: ignore[arg-type]


def candidates_frame(candidates: Iterable[Candidate]) -> pd.DataFrame:
    """Candidates as a DataFrame in ``COLUMNS`` order (values nullable Int64, dates as text)."""
    rows = [asdict(c) for c in candidates]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("value_low", "value_best", "value_high", "sentence_no"):
        frame[col] = pd.array(frame[col].tolist(), dtype="Int64")
    for col in ("period_start", "period_end"):
        frame[col] = [d.isoformat() if isinstance(d, date) else None for d in frame[col]]
    return frame


def candidate_record(c: Candidate) -> dict[str, str]:
    """A candidate as text cells ("" for missing), for CSV and review files."""
    out = {}
    for key, value in asdict(c).items():
        out[key] = "" if value is None else value.isoformat() if isinstance(value, date) else str(value)
    return out


# --- command line ----------------------------------------------------------------------


def article_candidates(path: Path, published: date | None = None, data_dir: Path | None = None) -> list[Candidate]:
    """Read an article file and extract its candidates; ``ArticleError`` if it has no date."""
    article = read_article(path)
    when = published or article.published
    if when is None:
        raise ArticleError(
            path,
            "no publication date: give --published YYYY-MM-DD or a 'published:' line in the front matter",
        )
    return claims_from_text(article.text, when, source=display_path(path), data_dir=data_dir)


def _write(found: list[Candidate], fmt: str) -> None:
    if fmt == "jsonl":
        for c in found:
            record = {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(c).items()}
            print(json.dumps(record, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(candidate_record(c) for c in found)


def add_article_arguments(parser: argparse.ArgumentParser, dest: str, many: bool) -> None:
    """The article PATH(s) and ``--published``, shared by ``extract`` and ``ingest``."""
    parser.add_argument(
        dest,
        nargs="+" if many else None,
        type=Path,
        metavar="PATH",
        help="article: plain text (one paragraph per line) or Markdown with YAML front matter",
    )
    parser.add_argument(
        "--published",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="publication date (overrides the front matter's 'published')",
    )


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``extract``."""
    add_article_arguments(parser, "paths", many=True)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="output format")
    parser.add_argument("--data-dir", type=Path, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Print the candidates of every article; a bad article is a one-line error, exit 2."""
    try:
        found = [c for p in args.paths for c in article_candidates(p, args.published, args.data_dir)]
    except (ArticleError, DataError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _write(found, args.format)
    return 0
