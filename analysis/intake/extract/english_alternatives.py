"""English: one capacity read in two calibres ("3 million rounds of 152 mm artillery shells or 500,000
rounds of 122 mm"), claimed once.

A load of containers is often put as what it holds if all were rounds of one calibre, "or" what it
holds if all were of another. The copy leads with the reading it stands by; the alternative after
"or" is the same load counted otherwise, no claim of its own (as ``slavic_alternatives`` reads "или
500 тысяч снарядов калибра 122 мм" and ``korean_alternatives`` "122㎜ 포탄이면 50만 발").

Data quirks:
- Only a figure after "or" whose rounds are given a calibre, following a figure whose rounds are given
  another one, is an alternative; "1 million shells or rockets" (no calibres) and "3 million 152 mm
  shells and 500,000 122 mm shells" (and, not or) are claims of their own.
"""

from __future__ import annotations

import re

from analysis.intake.extract.numbers import Figure

# a calibre a few words after a figure: "rounds of 152 mm artillery shells", "152-millimeter shells"
_CALIBRE = re.compile(r"^[^.;\d]{0,30}?\d{2,3}\s?-?\s?(?:mm|millimet(?:er|re))\b", re.IGNORECASE)
# "or" right before the figure, a bound word perhaps between: "or 500,000", "or about 500,000"
_OR_BEFORE = re.compile(r"\bor\s+(?:(?:about|around|some|roughly|approximately|up to|over)\s+)?$", re.IGNORECASE)


def first_readings(s: str, figs: list[Figure]) -> list[Figure]:
    """``figs`` without those that give another calibre's reading of the figure before them."""
    return [
        f
        for i, f in enumerate(figs)
        if not (
            i and _OR_BEFORE.search(s, max(0, f.start - 24), f.start) and _calibred(s, f) and _calibred(s, figs[i - 1])
        )
    ]


def _calibred(s: str, fig: Figure) -> bool:
    """Whether a calibre follows the figure within a few words ("3 million rounds of 152 mm")."""
    return bool(_CALIBRE.match(s[fig.end : fig.end + 50]))
