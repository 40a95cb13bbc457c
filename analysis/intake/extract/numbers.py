"""Numbers in a sentence: value, span and the bound the wording sets.

"around X" -> best; "at least / more than X" -> low; "up to / as many as X" -> high;
"between X and Y", "X to Y", "X-Y" -> low and high. Figures written as digits, with scale
words ("9 million"), as words ("two", "a dozen") or in broadcast style ("five-thousand",
"some 14-hundred", "30-thousand") are read; vague amounts ("several thousand", "tens of
thousands") get no value. Years, dates, calibres, distances, money, ages, designations
("KN-23"), "11-nation"-style compounds and a number word standing alone for things named before
("a mix of the two,") are marked skipped, with the reason.

Values are exact (fractions of the digits as written, never floats), and a figure of more
than ``MAX_DIGITS`` digits is skipped: the dataset holds at most that many, and a float
would have rounded it ("999999999999999983222784").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from analysis.intake.extract.periods import date_matches
from analysis.intake.extract.text import NUMBER_WORDS, SCALES, SMALL, numeric_dates, plain

_SCALE = "hundred|thousand|million|billion"
_WORD_PART = rf"(?:{NUMBER_WORDS}|{_SCALE}|dozen)"

_NUMBER = re.compile(
    r"(?<![\w.,$\u20ac\u00a3])(?:"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.]|\s?(?:mm|cm|km|kg|m)\b|-)|\d+(?:\.\d+)?)"
    # "10k troops", "3.5mn shells", "5 mln", "1.2bn": a scale abbreviated (not "m", which is metres)
    rf"(?:(?:\s*|-)(?P<scale>{_SCALE}|dozen)\b|(?P<abbr>k|K|(?:\s?(?:mn|mln|bn)))\b|(?P<suffix>[a-zA-Z]+\b))?"
    # words, broadcast style too: "fifteen-hundred", "a hundred and twenty", "thirty-eight-hundred"
    rf"|(?P<words>(?:{NUMBER_WORDS}|an?(?=[\s-]+(?:{_SCALE}|dozen)\b))\b"
    rf"(?:(?:\s+and\s+|\s+|-){_WORD_PART}\b)*)"
    r")",
    re.IGNORECASE,
)
_NUMBER_WORD = re.compile(r"[a-z]+")
_ABBREVIATED = {"k": "thousand", "mn": "million", "mln": "million", "bn": "billion"}
MAX_DIGITS = 15  # figures in the dataset have at most this many digits
_MULTIPLIER = {**SCALES, "dozen": 12}


def words_value(phrase: str) -> tuple[int, int, int]:
    """(value, characters used, scale of the last word) of a number written in words.

    "fifteen-hundred" -> 1500, "a hundred and twenty" -> 120, "two thousand five hundred"
    -> 2500, "thirty-eight-hundred" -> 3800, "a dozen" -> 12. Reading stops where the words
    stop making one number ("two three" is two; a trailing "and" is not used).
    """
    total, current, used, scale = 0, 0, 0, 1
    last = ""  # kind of the last word used: "small", "tens", "scale", "article"
    after_and = False
    for m in _NUMBER_WORD.finditer(phrase.lower()):
        word = m.group(0)
        if word == "and":
            if last != "scale" or after_and:
                break
            after_and = True
            continue
        if word in ("a", "an"):
            if last:
                break
            current, last = 1, "article"
        elif word in SMALL:
            value = SMALL[word]
            if last in ("small", "article") or (last == "tens" and not (value < 10)):
                break
            current += value
            last = "tens" if value >= 20 and value % 10 == 0 else "small"
        else:  # hundred, thousand, million, billion, dozen
            mult = _MULTIPLIER[word]
            if last == "" or (last == "scale" and not after_and and mult <= scale):
                break
            if mult >= 1000:
                total += max(current, 1) * mult
                current = 0
            else:
                current = max(current, 1) * mult
            last, scale = "scale", mult
        after_and = False
        used = m.end()
    if last != "scale":
        scale = 1
    return total + current, used, scale


_VAGUE = re.compile(
    r"\b(?:(?:several|a few|a couple of|many|some)\s+(?:hundred|thousand|million|dozen)s?"
    r"|(?:hundreds|thousands|millions|tens|dozens)(?:\s+(?:of\s+)?(?:thousands|millions))?)\b",
    re.IGNORECASE,
)
_PRE_BOUND = re.compile(
    r"\b(?P<cue>(?P<bound>no fewer than|no less than|at least|more than|upwards of|in excess of"
    r"|just over|well over|over|exceeding|exceeded|exceeds|exceed|topped|tops|surpassed|above"
    # other ways English copy says a floor, a ceiling or an approximation
    r"|a minimum of|greater than|north of|upward of|surpassing|topping|a maximum of|as high as|in the region of"
    r"|on the order of|approx\.|an approximate|approximate"
    r"|as many as|as much as|up to|nearly|almost|approaching|nearing|close to|fewer than|less than|under"
    r"|at most|no more than|around|about|some|roughly|approximately|an estimated|estimated|circa)"
    r"(?:\s+(?:about|around|some|roughly|approximately))?)\s+$",
    re.IGNORECASE,
)
# "handed over 120 guns", "turned over 50": "over" as the particle of a verb of handing is no floor
# ("sent over 10,000 troops" stays a floor: copy means "more than" there)
_PARTICLE_OVER = re.compile(r"\b(?:hand|turn|pass|sign)(?:s|ed|ing)?\s+(?P<over>over)\b", re.I)
_DENIED = re.compile(r"\b(?:not|never|n't)\s+$", re.IGNORECASE)
_EXCEEDING = re.compile(r"exceed(?:s|ed|ing)?|topped|tops|surpassed|more than|over|above", re.IGNORECASE)
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
            "a minimum of",
            "greater than",
            "north of",
            "upward of",
            "surpassing",
            "topping",
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
            "nearing",
            "close to",
            "fewer than",
            "less than",
            "under",
            "at most",
            "no more than",
            "a maximum of",
            "as high as",
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
            "in the region of",
            "on the order of",
            "approx.",
            "an approximate",
            "approximate",
        ],
        "best",
    ),
}
# "3,000 or more" (a floor), "3,000 or so" (about), "3,000 or fewer" (a ceiling)
# "10,000 or more", "10,000-plus", "10,000+ troops": a floor written after the figure
POST_BOUND = re.compile(r"(?:\s+or more\b|\s+or so\b|-?plus\b|\+(?![\d+])|\s+or (?:fewer|less)\b)", re.IGNORECASE)
_RANGE_TO = re.compile(r"^\s*(?:-|to)\s*", re.IGNORECASE)
_RANGE_AND = re.compile(r"^\s+and\s+", re.IGNORECASE)
PERCENT = re.compile(r"\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_CALIBRE = re.compile(r"^\s*(?:mm|millimet(?:re|er)s?)\b", re.IGNORECASE)
_DISTANCE = re.compile(r"^\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|square\s+\w+|sq\b|km2)\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:[$\u20ac\u00a3\u00a5\u20a9]|\b(?:US|USD|EUR|KRW|RUB)\s*\$?)\s*$")
_MONEY_AFTER = re.compile(
    r"^(?:\s*(?:hundred|thousand|million|billion|trillion))?\s*"
    r"(?:dollars|euros|won|roubles|rubles|pounds|yuan|yen)\b",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"^-(?!strong\b|plus\b)[a-z]", re.IGNORECASE)  # "10,000-plus" is a floor, no compound
_AGE_BEFORE = re.compile(r"\b(?:aged|age of|turned|turns|turning)\s+$", re.IGNORECASE)
_AGE_COMMAS = re.compile(r"[A-Z][\w'-]+,\s*$")
_LABEL_BEFORE = re.compile(
    r"\b(?:resolutions?|articles?|laws?|decrees?|orders?|no\.|nos\.|paragraphs?|sections?|chapters?|flights?"
    r"|units?|routes?|highway|hill|brigade|division|regiment|corps)\s+(?:No\.\s*)?$",
    re.IGNORECASE,
)
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
    value: Fraction
    digits: bool
    suffix: str
    scale: int  # 1 when no scale word follows


# "four-thousand-100", "3-thousand-500": broadcast style writes the hundreds after a thousands word in digits
_BROADCAST_REST = re.compile(rf"-(\d{{1,3}})(?![\d,.]|-?[a-zA-Z]|\s*(?:{_SCALE}|dozen)\b)", re.IGNORECASE)


def _broadcast_rest(s: str, tok: _Token) -> _Token:
    """``tok`` with the digits broadcast style writes after its thousands word ("four-thousand-100")."""
    m = _BROADCAST_REST.match(s, tok.end)
    if tok.scale < 1000 or not m or int(m.group(1)) >= tok.scale:
        return tok
    value = tok.value + int(m.group(1))
    if tok.value == 2000 and 1900 <= value <= 2100:
        return tok  # "two-thousand-24" is a year
    return _Token(tok.start, m.end(), value, tok.digits, tok.suffix, 1)


def _tokens(s: str) -> list[_Token]:
    out = []
    pos = 0
    while (m := _NUMBER.search(s, pos)) is not None:
        pos = m.end()
        if m.group("words") is not None:
            value, used, scale = words_value(m.group("words"))
            pos = m.start() + max(used, 1)  # words after those used are read again ("two and three")
            if used == 0 or m.group("words")[:used].lower() == "one":
                continue  # "one of the", "no one": hardly ever a count in news copy
            tok = _broadcast_rest(s, _Token(m.start(), m.start() + used, Fraction(value), False, "", scale))
            pos = max(pos, tok.end)
            out.append(tok)
            continue
        base = Fraction(m.group("digits").replace(",", "").replace(" ", ""))
        word = (m.group("scale") or _ABBREVIATED.get((m.group("abbr") or "").strip().lower(), "")).lower()
        scale = _MULTIPLIER[word] if word else 1
        tok = _Token(m.start(), m.end(), base * scale, True, (m.group("suffix") or "").lower(), scale)
        tok = _broadcast_rest(s, tok) if not tok.suffix else tok
        pos = max(pos, tok.end)
        out.append(tok)
    return out


def _skip_reason(s: str, tok: _Token, date_spans: list[tuple[int, int]]) -> str:
    before, after = s[max(0, tok.start - 30) : tok.start], s[tok.end : tok.end + 30]
    if tok.digits and tok.scale == 1 and re.fullmatch(r"\d{4}", s[tok.start : tok.end]) and 1900 <= tok.value <= 2100:
        return "year"
    if any(a <= tok.start < b for a, b in date_spans):
        return "date"
    if _LABEL_BEFORE.search(before):
        return "designation"  # "Resolution 2270", "Article 4", "No. 11"
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
    if not tok.digits and _THE_BEFORE.search(before) and _NO_NOUN_AFTER.match(after):
        return "pronoun"  # "a mix of the two,", "either of the three.": the things named before, not a count
    return ""


# "the two", "these three", "both of the two" standing alone for things named before
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$)")


def _low_value(low: _Token, high: _Token, gap: str = "") -> Fraction:
    # "1.5 to 2 million": the scale written once applies to both ends
    if low.scale == 1 and high.scale > 1:
        return low.value * high.scale
    # "10-12,000 troops", "11 to 12,000": the thousands written once, on the upper end
    thousands = high.digits and high.value % 1000 == 0 and low.value * 1000 < high.value
    if gap.lower() in ("-", "to") and low.digits and low.value < 1000 and thousands:
        return low.value * 1000
    return low.value


def _is_range(s: str, tok: _Token, nxt: _Token | None, between: bool) -> bool:
    if nxt is None:
        return False
    gap = s[tok.end : nxt.start]
    if nxt.value <= _low_value(tok, nxt, gap.strip()):
        return False
    if between:
        return re.fullmatch(r"\s+and\s+", gap) is not None
    if _RANGE_TO.fullmatch(gap):
        # "from 600 to 2,000" is a change between two figures, not a range; "anywhere from 10,000 to
        # 12,000", "ranging from" is a range
        change = re.search(
            r"(?<!anywhere )(?<!ranging )\bfrom\s+(?:\w+\s+)?$", s[max(0, tok.start - 30) : tok.start], re.I
        )
        return not change
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
    s = plain(sentence)
    return find_numbers_in(sentence, s, [(a, b) for a, b, _ in date_matches(s)], include_skipped)


def find_numbers_in(sentence: str, s: str, date_spans: list[tuple[int, int]], include_skipped: bool) -> list[Figure]:
    toks = _tokens(s)
    date_spans = date_spans + numeric_dates(s)  # "2024-12-18", "10:16:00"
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
    before = _without_particle_over(s[max(0, tok.start - 30) : tok.start])
    pre = _PRE_BOUND.search(before)
    between = re.search(r"\bbetween\s+$", before, re.I) is not None
    if nxt is not None and _is_range(s, tok, nxt, between):
        low = _low_value(tok, nxt, s[tok.end : nxt.start].strip())
        cue = "between" if between else s[tok.end : nxt.start].strip()
        if pre:
            cue = f"{pre.group('cue')} {cue}"
        unit = "percent" if PERCENT.match(s[nxt.end :]) else ""
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
    post = POST_BOUND.match(s[tok.end :])
    if pre:  # "up to about 9 million": the first words set the bound
        cue, bound = pre.group("cue"), _BOUND_OF[pre.group("bound").lower()]
        if _DENIED.search(before, 0, pre.start()) and _EXCEEDING.fullmatch(pre.group("bound")):
            bound = "high"  # "have not exceeded 3,000", "not more than 3,000": a ceiling
    if post and (not pre or bound == "best"):  # "some 3,000 or more": the floor after it beats "some"
        cue = post.group(0).strip()
        bound = {"or so": "best", "or fewer": "high", "or less": "high"}.get(" ".join(cue.lower().split()), "low")
    elif not pre:
        cue, bound = "", "best"
    v = int(tok.value)
    unit = "percent" if PERCENT.match(s[tok.end :]) else ""
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


def _without_particle_over(before: str) -> str:
    """``before`` with the particle "over" of a verb of giving blanked (same length, so spans hold)."""
    return _PARTICLE_OVER.sub(lambda m: m.group(0)[: m.start("over") - m.start()] + "    ", before)


def _whole(fig: Figure, *values: Fraction) -> Figure:
    if any(v.denominator != 1 for v in values):
        return Figure(fig.text, fig.start, fig.end, None, None, None, "", skipped="not a whole number")
    if any(len(str(int(v))) > MAX_DIGITS for v in values):
        return Figure(fig.text, fig.start, fig.end, None, None, None, "", skipped=f"more than {MAX_DIGITS} digits")
    return fig
