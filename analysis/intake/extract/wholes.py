"""Figures that are a whole something is taken from, for ``foreign``.

A figure followed by a part "of them" ("1만1000여 명 중 약 4000명", "из 11 тысяч ... 600") is the whole
of the next figure (``wholes_of_parts``). A share of a Ukrainian or Russian figure ("более половины от
11 000 военных", "третина з 12 тисяч") says what happened to the share: the losses before it are the
share's, and the figure still counts the whole (``share_of``).

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
