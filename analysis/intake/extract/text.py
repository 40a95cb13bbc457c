"""Text helpers shared by the extraction parts: plain quotes and dashes, number words, clause breaks.

Data quirks:
- News copy mixes curly and straight quotes and dashes; matching happens on a copy with
  straight ones (same length, so spans found in the copy point into the original sentence).
- Korean and Japanese copy may write digits, commas, tildes and percent signs full-width
  ("１만", "１～２월", "３０％"); the copy has ASCII ones. No-break, narrow and thin spaces
  (thousands separators in Russian and Ukrainian copy: "11 000") become plain spaces.
- Pages copied from the web carry invisible characters (zero-width spaces and joiners,
  bidirectional marks, soft hyphens); ``visible`` removes them before anything is matched.
"""

from __future__ import annotations

import re
from functools import lru_cache

# One character for one character, so that spans found in the copy fit the original.
_STRAIGHT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",  # the Ukrainian apostrophe as its orthography prints it: "дев\u02bcять"
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u2012": "-",
        "\u2010": "-",
        "\u2212": "-",
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201e": '"',
        "\u201a": "'",
        "\u301c": "~",
        "\u223c": "~",
        "\u02dc": "~",
        "\u2024": ".",
        **{chr(0xFF01 + i): chr(0x21 + i) for i in range(94)},  # full-width ASCII: "１万", "～", "％"
    }
)
# zero-width spaces and joiners, bidirectional marks and isolates, soft hyphen, word joiner, BOM
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    """``text`` without invisible characters (zero-width, bidirectional controls, soft hyphens)."""
    return INVISIBLE.sub("", text) if INVISIBLE.search(text) else text


@lru_cache(maxsize=512)
def plain(text: str) -> str:
    """``text`` with curly quotes, dashes and no-break spaces made plain, one character for one."""
    return text.translate(_STRAIGHT)


# --- numbers ---------------------------------------------------------------------------

SMALL = {
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
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = "|".join(sorted(SMALL, key=len, reverse=True))

# "2024-12-18", "2024.12.18", "18.12.2024", "12/18/2024", "10:16" and "10:16:00": dates and
# times written in digits, whose parts are no figures in any language
NUMERIC_DATE = re.compile(
    r"(?<![\d.,:/-])(?:(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?"
    r"|(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)\d\d|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/"
    r"(?:19|20)\d\d|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?![\d])"
)


def numeric_dates(s: str) -> list[tuple[int, int]]:
    """Spans of the dates and times written in digits in ``s`` (``NUMERIC_DATE``)."""
    return [(m.start(), m.end()) for m in NUMERIC_DATE.finditer(s)] if any(c in s for c in "-./:") else []


# a clause ends at , ; : ( ) but not at the comma of "11,000"
CLAUSE_BREAK = re.compile(r",(?!\d{3})|[;:()]")
# "the Main Intelligence Agency (GUR)": a short name in brackets after a source's name is the same source
_BRACKETED_NAME = re.compile(r"\(\s*[\w.-]{2,12}\s*\)")


def clause_break_after(s: str, at: int) -> re.Match[str] | None:
    """The first clause break after ``at``, passing over a bracketed short name ("(GUR)", "(NIS)")."""
    hit = CLAUSE_BREAK.search(s, at)
    while hit and hit.group() == "(" and (short := _BRACKETED_NAME.match(s, hit.start())):
        hit = CLAUSE_BREAK.search(s, short.end())
    return hit
