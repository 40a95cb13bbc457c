"""Russian and Ukrainian: one capacity read in two calibres ("3 млн снарядов калибра 152 мм или 500 тысяч
снарядов калибра 122 мм"), claimed once.

A load of containers is often put as what it holds if all were rounds of one calibre, "or" what it
holds if all were of another. The copy leads with the reading it stands by; the alternative after
"или"/"або"/"чи" is the same load counted otherwise, no claim of its own (as ``korean_alternatives``
reads "152㎜ 포탄이면 300만 발, 122㎜ 포탄이면 50만 발").

Data quirks:
- Only a figure after "or" whose rounds are given a calibre, following a figure whose rounds are given
  another one, is an alternative; "3 млн снарядов или ракет" (no calibres) and "1 млн снарядов и 500
  тысяч мин" (and, not or) are claims of their own.
"""

from __future__ import annotations

import re

from analysis.intake.extract.numbers import Figure

# a calibre a few words after a figure: "снарядов калибра 152 мм", "152-мм снарядів", "артснарядів 122-мм"
_CALIBRE = re.compile(r"^[^.;\d]{0,40}?(?:калибр\w*|калібр\w*)?\s*\d{2,3}\s?-?\s?мм(?![а-яё])", re.IGNORECASE)
# "or" right before the figure, a bound word perhaps between: "или 500 тысяч", "або близько 500 тисяч"
_OR_BEFORE = re.compile(r"(?<![\w'])(?:или|або|чи)\s+(?:[\w']+\s+)?$", re.IGNORECASE)


def later_alternatives(s: str, figs: list[Figure]) -> set[int]:
    """The indexes of the figures of ``figs`` that give another calibre's reading of the figure before them."""
    return {
        i
        for i in range(1, len(figs))
        if _OR_BEFORE.search(s, max(0, figs[i].start - 24), figs[i].start)
        and _calibred(s, figs[i])
        and _calibred(s, figs[i - 1])
    }


def _calibred(s: str, fig: Figure) -> bool:
    """Whether a calibre follows the figure within a few words ("3 млн снарядов калибра 152 мм")."""
    return bool(_CALIBRE.match(s[fig.end : fig.end + 60]))
