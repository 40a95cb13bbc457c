"""Korean: a figure counted for each of several ("3천 명씩", "120문씩", "하루에 1만 발"), not a total.

The particle ``씩`` after a counter distributes a figure over units, days or shipments ("부대마다
약 3천 명씩", "하루 200발씩"): each gets that many, and the figure is no claim of its own. A rate
named before the figure does the same ("하루에 포탄 약 1만 발을 소모", "매달 2천 명", "월평균 300발"):
a figure per day or month, however many days the copy has in mind.

Data quirks:
- ``씩`` may follow the counter with a space or a floor ("3천여 명씩", "3천 명 씩").
- "하루 만에" is "within a day" (a date, not a rate), and "한 달 동안" a period the figure sums over:
  neither makes a rate.
"""

from __future__ import annotations

import re

from analysis.intake.extract.numbers import Figure

# the counter (with 여, a space), then 씩: "3천 명씩", "200여 발씩", "120문 씩"
_EACH = re.compile(r"\s?(?:여\s?)?[명발기문개대]\s?씩")
# a rate before the figure, at most two words (the counted noun) and a bound word between:
# "하루에 포탄 약 1만 발", "하루 평균 300발", "매일 북한군 100명", "월평균 2천 명", "한 달에 50만 발"
_RATE_BEFORE = re.compile(
    r"(?<![\uac00-\ud7a3])(?:하루(?:에|\s?평균)|매일|일평균|일일\s?평균|월평균|매달|매월|한\s?달(?:에|\s?평균)|주당)"
    r"\s(?:[\uac00-\ud7a3A-Za-z]+\s){0,2}(?:(?:약|최대|최소|대략|평균)\s?)?$"
)


def for_each(s: str, fig: Figure) -> bool:
    """Whether figure ``fig`` of sentence ``s`` is counted for each of several (``씩`` after its counter,
    a rate per day or month before it)."""
    return _EACH.match(s, fig.end) is not None or _RATE_BEFORE.search(s[max(0, fig.start - 30) : fig.start]) is not None
