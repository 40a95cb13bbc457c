"""Figures that are a whole something is taken from, for ``foreign``.

A figure followed by a part "of them" ("1만1000여 명 중 약 4000명", "из 11 тысяч ... 600") is the whole
of the next figure (``wholes_of_parts``). A share of a Ukrainian or Russian figure ("более половины от
11 000 военных", "третина з 12 тисяч") says what happened to the share: the losses before it are the
share's, and the figure still counts the whole (``share_of``). A Korean whole after its part "포함"
(including: "사상자가 전사자 약 600명 포함 4700여 명") counts what the clause named before the part
(``state_of_whole``).

Data quirks:
- A share is vague ("более половины", "більшість"): it is never a figure of its own, so the
  words of loss before it ("общее количество потерь составляет более половины от ...") would
  otherwise be read as the state of the whole.
"""

from __future__ import annotations

import re

from analysis.intake.extract.numbers import Figure

# the share word and its preposition right before the figure, a bound word between:
# "половины от примерно 11 000", "третина з 12 тисяч", "часть из 10 тыс.", "більшість із 11 тисяч"
_SHARE_OF = re.compile(
    r"(?<![\w'])(?:половин\w*|трет(?:ь|и|ью|ина|ини|ину|иною|ій)|четверт(?:ь|и|ью)|чверт(?:ь|і|ю)"
    r"|част(?:ь|и|ью)|частин(?:а|и|у|ою)|частк(?:а|и|у|ою)|дол(?:я|и|ю|ей)|большинств\w*|більшіст\w*)"
    r"\s+(?:от|из|с|з|із|зі|від)\s+(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)


def share_of(s: str, start: int, lo: int = 0) -> bool:
    """Whether the figure starting at ``start`` is the whole a share is taken from (the share's
    words within ``s[lo:start]``)."""
    return _SHARE_OF.search(s, max(lo, start - 40), start) is not None


_COUNTER_WORD = re.compile(r"\s?(?:여\s?)?[명발개문기]")  # the Korean counter between a whole and "중"


def wholes_of_parts(s: str, figs: list[Figure], partitive: re.Pattern[str], noun_first: bool) -> dict[int, int]:
    """Figures of ``s`` that are the whole of the next one: where the ``partitive`` word after them begins
    (after the counter, in a language that puts its nouns first)."""
    out = {}
    for i, fig in enumerate(figs[:-1]):
        at = fig.end
        counter = _COUNTER_WORD.match(s, at) if noun_first else None
        if counter:
            at = counter.end()
        m = partitive.match(s, at)
        if m and m.end() <= figs[i + 1].start:
            out[i] = m.start()
    return out


# "у Росії", "в России", "на территории РФ": the country as a whole; "в Курской области", "на Курщині", "у
# прикордонні", "на фронті": a place inside it
_IN_COUNTRY = re.compile(r"(?<![\w'])(?:в|у|на территории|на території)\s+(?:России|Росії|РФ)(?![\w'])", re.IGNORECASE)
_IN_REGION = re.compile(
    r"(?<![\w'])(?:област\w*|регион\w*|регіон\w*|Курщин\w*|Курск\w*|Курськ\w*|Бєлгород\w*|Белгород\w*"
    r"|пригранич\w*|прикордон\w*|фронт\w*|границ\w*|кордон\w*)",
    re.IGNORECASE,
)


_OF_THEM = re.compile("них|яких|которых", re.IGNORECASE)
# "из которых 9 тысяч", "з них близько 8 тисяч": "of them" before the part
_PART_BEFORE = re.compile(r"(?<![\w'])(?:из|з|із)\s+(?:них|которых|яких)\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)


def part_after(s: str, figs: list[Figure], i: int, wholes: dict[int, int], partitive: re.Pattern[str]) -> int | None:
    """The figure that is a part of figure ``i``, if the next one is: "11-12 тисяч, з яких 10 тисяч",
    "12 тысяч ..., из которых 9 тысяч", "10 тысяч ..., и до 8000 из них"."""
    if i + 1 >= len(figs):
        return None
    if i in wholes:
        return i + 1
    m = partitive.match(s, figs[i + 1].end)
    before = _PART_BEFORE.search(s, figs[i].end, figs[i + 1].start)
    return i + 1 if before or (m and _OF_THEM.search(m.group())) else None


def total_of_parts(s: str, whole: tuple[int, int], part: tuple[int, int]) -> bool:
    """Whether a whole counted in the country has a part placed inside it ("у Росії перебувають 10 тисяч, і
    до восьми тисяч із них перекинуто до Курської області"): the whole is the total sent, not a presence."""
    return bool(_IN_COUNTRY.search(s, *whole) and _IN_REGION.search(s, *part) and not _IN_REGION.search(s, *whole))


# a part, then "포함" (including), then the whole: "사상자가 전사자 약 600명 포함 4700여 명", "600명을 포함한 4700명"
_INCLUDING = re.compile(r"\s?(?:여\s?)?[명발개문기]?\s?(?:을|를)?\s?포함(?:해|하여|한|된|해서)?\s?(?:총\s?)?$")

Hit = tuple[int, int, str]


def state_of_whole(s: str, figs: list[Figure], i: int, states: list[Hit], lo: int) -> str:
    """For figure ``i``, the whole after a part "포함" (including), the state named before the part's own
    ("사상자가 전사자 약 600명 포함 4700여 명": casualties, not the dead); "" for any other figure."""
    if not i or not _INCLUDING.search(s, figs[i - 1].end, figs[i].start):
        return ""
    before = [h for h in states if lo <= h[0] and h[1] <= figs[i - 1].start]
    return before[-2][2] if len(before) >= 2 else ""
