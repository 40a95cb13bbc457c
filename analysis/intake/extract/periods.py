"""Dates and periods: the period a figure covers, with its precision (day, month, year).

Relative dates are resolved against the publication date ("last year", "in January and
February", "last week", "on Thursday", "since October", "so far"); absolute ones as written.

Data quirks:
- "said on Friday" dates the statement, not the figure: such dates are not periods.
- Dates at the calendar's edges: "last month" on 1 January of year 1, "next year" in 9999.
  A period that would fall outside the calendar is no period (never an error), whatever
  the expression; every date made here goes through ``safe_date`` or a guarded shift.
- Months without a year are in the publication year unless that would be after the
  publication date (then the year before); a deadline ("by November") lies ahead.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from analysis.intake.extract.text import NUMBER_WORDS, SMALL, plain

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
            rf"\b(?:past|last|previous)\s+(?P<n>\d+|{NUMBER_WORDS})\s+(?P<unit>days|weeks|months|years)\b",
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


def date_matches(s: str) -> list[tuple[int, int, re.Match[str]]]:
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


def safe_date(y: int, m: int, d: int) -> date | None:
    """``date(y, m, d)``, or None when it is not a day of the calendar (year 0, 30 February)."""
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def month_period(year: int | None, first: str, last: str | None, published: date | None = None) -> Period | None:
    """Months ``first`` to ``last`` (numbers as text) of ``year``; without a year, of the
    publication year unless that is after publication (then the year before). None when a
    month is not 1-12 or the period leaves the calendar."""
    m1 = int(first)
    m2 = int(last) if last else m1
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    if year is None:
        if published is None:
            return None
        year = _year_for(m2, None, published)
    y1 = year if m1 <= m2 else year - 1
    start, end = safe_date(y1, m1, 1), safe_date(year, m2, 1)
    if start is None or end is None:
        return None
    return start, _month_end(year, m2), "month"


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
    return int(word) if word.isdigit() else SMALL[word.lower()]


_KIND_OF = {pattern: kind for kind, pattern in _DATE_PATTERNS}


def periods_in(s: str, published: date) -> list[tuple[int, int, Period]]:
    """Every period expression of a (straight-quoted) sentence, resolved, in text order."""
    out = []
    for a, b, m in date_matches(s):
        if _REPORTING.search(s[max(0, a - 45) : a]):
            continue  # "said on Friday": when it was said, not what the figure covers
        kind = _KIND_OF[m.re]
        g = m.groupdict()
        period = _resolve(kind, g, published)
        if period is None:
            continue
        head = s[max(0, a - 20) : a]
        if _SINCE.search(head):
            period = (period[0], published, period[2])
        elif _BY.search(head):
            try:
                period = (None, _deadline(period, published), period[2])
            except (ValueError, OverflowError):
                continue
        out.append((a, b, period))
    return out


def _resolve(kind: str, g: dict[str, str], published: date) -> Period | None:
    """One expression resolved; None when the period would leave the calendar (see the notes)."""
    try:
        return _resolve_absolute(kind, g, published) or _resolve_relative(kind, g, published)
    except (ValueError, OverflowError):
        return None


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
    found = periods_in(plain(sentence), published)
    if not found:
        return None, None, None
    if near is not None:
        found.sort(key=lambda c: min(abs(c[0] - near), abs(c[1] - near)))
    return found[0][2]


def figure_period(
    found: list[tuple[int, int, Period]], lo: int, fig_start: int, fig_end: int, hi: int, opening: int
) -> Period:
    """The period of one figure: the first date after it (up to ``hi``, the next figure),
    else the last one before it (from ``lo``), else one opening the sentence (before
    ``opening``)."""
    # English puts the time after the figure ("sent 11,000 troops in 2024 and 3,000 more this
    # year"), or opens the sentence with it ("Over the past three months, ...")
    after = [p for a, b, p in found if fig_end <= a and b <= hi]
    if after:
        return after[0]
    before = [p for a, b, p in found if lo <= a and b <= fig_start]
    if before:
        return before[-1]
    opening_dates = [p for a, b, p in found if b <= opening]
    return opening_dates[0] if opening_dates else (None, None, None)
