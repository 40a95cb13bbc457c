"""Korean: a figure counted for each of several ("3천 명씩", "120문씩"), not a total.

The particle ``씩`` after a counter distributes a figure over units, days or shipments ("부대마다
약 3천 명씩", "하루 200발씩"): each gets that many, and the figure is no claim of its own.

Data quirks:
- ``씩`` may follow the counter with a space or a floor ("3천여 명씩", "3천 명 씩").
"""

from __future__ import annotations

import re

from analysis.intake.extract.numbers import Figure

# the counter (with 여, a space), then 씩: "3천 명씩", "200여 발씩", "120문 씩"
_EACH = re.compile(r"\s?(?:여\s?)?[명발기문개대]\s?씩")


def for_each(s: str, fig: Figure) -> bool:
    """Whether figure ``fig`` of sentence ``s`` is counted for each of several (``씩`` after its counter)."""
    return _EACH.match(s, fig.end) is not None
