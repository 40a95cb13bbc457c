"""Ukrainian and Russian figures that are a whole something is taken from, for ``foreign.metric_of``.

A share of a figure ("более половины от 11 000 военных", "третина з 12 тисяч") says what happened to
the share: the losses before it are the share's, and the figure still counts the whole.

Data quirks:
- A share is vague ("более половины", "більшість"): it is never a figure of its own, so the
  words of loss before it ("общее количество потерь составляет более половины от ...") would
  otherwise be read as the state of the whole.
"""

from __future__ import annotations

import re

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
