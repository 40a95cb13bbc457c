"""Text helpers shared by the extraction parts: plain quotes and dashes, number words, clause breaks.

Data quirks:
- News copy mixes curly and straight quotes and dashes; matching happens on a copy with
  straight ones (same length, so spans found in the copy point into the original sentence).
"""

from __future__ import annotations

import re
from functools import lru_cache

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

# a clause ends at , ; : ( ) but not at the comma of "11,000"
CLAUSE_BREAK = re.compile(r",(?!\d{3})|[;:()]")
