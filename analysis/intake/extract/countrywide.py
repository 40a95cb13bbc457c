"""Troops "in Russia" as a whole: the count sent, not a strength at a place.

A count of North Korean soldiers that copy places in Russia as a whole ("10,000 soldiers in
Russia", "уже на території Росії", "러시아 영토에 있다") is the running total sent
(``troops_deployed``); a count at a place inside Russia or at the front, or one said to be the
strength there now, is ``troops_present``. The label conventions of the benchmark articles say the
same.

Data quirks:
- "in Russia's Kursk region", "на сході Росії", "в Курській області Росії", "러시아 극동" name a
  place inside the country: those soldiers are there, whatever the country is also called.
- "still", "remain", "наразі", "остаются", "남아 있는" make a count in the country the strength
  there now (after losses or rotation), which is what troops present counts; so do words of what
  the soldiers are doing there ("training in Russia", "заканчивают подготовку в РФ").
"""

from __future__ import annotations

import re
from typing import overload

_RUSSIA = re.compile(
    r"\b(?:in|inside) Russia\b(?!['’]s)|\bon Russian (?:territory|soil)\b|\bin the Russian Federation\b"
    r"|(?<![\w])(?:в|у) (?:России|Росії|РФ)(?![\w])"
    r"|(?<![\w])на (?:территории|території) (?:России|Росії|РФ)(?![\w])"
    r"|(?<![\w])на (?:российской|російській) (?:территории|території|земле|землі)(?![\w])"
    r"|러시아(?:에|\s?(?:영토|땅|본토|내)|\s?현지)",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"Kursk|\bfront\b|front[- ]?lines?|\bborder|Far East|\beast(?:ern)?\b|Vladivostok|Primorye|Khabarovsk"
    r"|\bbases?\b|\branges?\b|training (?:grounds?|camps?)|\bregion\b|\bcombat\b|\bfighting\b|\bbattle"
    r"|Курск|Курськ|Курщин|фронт|границ|кордон|Дальн|Далек|восток|сход|Примор|Владивосток|Хабаровск|полігон|полигон"
    r"|(?<![\w])баз[аиеуі]|Сибір|Сибир|област|регіон|регион|боях|бойов|боев"
    r"|쿠르스크|전선|전방|국경|극동|동부|블라디보스토크|연해주|기지|훈련장|전투|교전",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\b(?:now|still|currently|presently|at present|remain\w*|left)\b"
    r"|сейчас|наразі|зараз|нині|в настоящее время|на данный момент|на даний момент|на сьогодні|на сегодня"
    r"|настоящий момент|на даний час|на данный час|численност|чисельн"
    # held there, the strength a country keeps: "has 11,000 troops in Russia", "удерживает", "тримає"
    r"|\b(?:has|have|keeps?|holds?|maintains?)\b(?!\s+(?:been|already|sent|moved|arrived|deployed|dispatched))"
    r"|удержива|держит|трима|утриму"
    r"|оста[её]т|остают|залиша|вс[её] (?:ещ[её]|ще)|досі|до сих пор"
    r"|현재|남아|아직|지금|여전히|잔류",
    re.IGNORECASE,
)
# doing something there now: "are training in Russia", "заканчивают подготовку в РФ", "러시아에서 훈련 중"
_ACTIVE = re.compile(
    r"\btrain(?:ing|ed)?\b|\bprepar\w*|подготовк|підготовк|готов[яи]т|готуют|навчан|тренув|тренир|обучени|вишкіл|훈련|교육|적응",
    re.IGNORECASE,
)


@overload
def settled(metric: str, s: str, lo: int, hi: int) -> str: ...
@overload
def settled(metric: None, s: str, lo: int, hi: int) -> None: ...
def settled(metric: str | None, s: str, lo: int, hi: int) -> str | None:
    """``metric`` for a count of people whose clause is ``s[lo:hi]``, with troops present in Russia
    as a whole (no place inside it, no word of now) read as the troops sent."""
    if metric != "troops_present" or not _RUSSIA.search(s, lo, hi):
        return metric
    if any(p.search(s, lo, hi) for p in (_PLACE, _NOW, _ACTIVE)):
        return metric
    return "troops_deployed"
