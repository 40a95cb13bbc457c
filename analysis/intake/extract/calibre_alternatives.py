"""English, Russian and Ukrainian: one capacity read in two calibres ("3 million rounds of 152 mm
artillery shells or 500,000 rounds of 122 mm", "3 млн снарядов калибра 152 мм или 500 тысяч снарядов
калибра 122 мм"), claimed once.

A load of containers is often put as what it holds if all were rounds of one calibre, "or" what it
holds if all were of another. The copy leads with the reading it stands by; the alternative after
"or" / "или" / "або" / "чи" is the same load counted otherwise, no claim of its own (as
``korean_alternatives`` reads "152㎜ 포탄이면 300만 발, 122㎜ 포탄이면 50만 발").

Data quirks:
- Only a figure after "or" whose rounds are given a calibre, following a figure whose rounds are given
  another one, is an alternative; "1 million shells or rockets", "3 млн снарядов или ракет" (no
  calibres) and "3 million 152 mm shells and 500,000 122 mm shells", "1 млн снарядов и 500 тысяч мин"
  (and, not or) are claims of their own.
"""

from __future__ import annotations

import re
from typing import Literal

from analysis.intake.extract.numbers import Figure

# a calibre a few words after a figure: "rounds of 152 mm artillery shells", "152-millimeter shells";
# "снарядов калибра 152 мм", "152-мм снарядів", "артснарядів 122-мм"
_CALIBRE = {
    "en": re.compile(r"^[^.;\d]{0,30}?\d{2,3}\s?-?\s?(?:mm|millimet(?:er|re))\b", re.IGNORECASE),
    "slavic": re.compile(r"^[^.;\d]{0,40}?(?:калибр\w*|калібр\w*)?\s*\d{2,3}\s?-?\s?мм(?![а-яё])", re.IGNORECASE),
}
# "or" right before the figure, a bound word perhaps between: "or about 500,000", "або близько 500 тисяч"
_OR_BEFORE = {
    "en": re.compile(r"\bor\s+(?:(?:about|around|some|roughly|approximately|up to|over)\s+)?$", re.IGNORECASE),
    "slavic": re.compile(r"(?<![\w'])(?:или|або|чи)\s+(?:[\w']+\s+)?$", re.IGNORECASE),
}


def first_readings(s: str, figs: list[Figure], lang: Literal["en", "slavic"]) -> list[Figure]:
    """``figs`` of sentence ``s`` without those that give another calibre's reading of the figure before them."""
    calibre, or_before = _CALIBRE[lang], _OR_BEFORE[lang]

    def calibred(fig: Figure) -> bool:  # "3 million rounds of 152 mm", "3 млн снарядов калибра 152 мм"
        return bool(calibre.match(s[fig.end : fig.end + 60]))

    return [
        f
        for i, f in enumerate(figs)
        if not (i and or_before.search(s, max(0, f.start - 24), f.start) and calibred(f) and calibred(figs[i - 1]))
    ]
