"""Korean: one count read in several ways ("152㎜ 포탄이면 300만 발, 122㎜ 포탄이면 50만 발"), claimed once.

A capacity is often given as alternatives, each a condition closed by ``-(이)면`` and followed by a
figure: what the containers hold if all were one kind of round, then if all were another. The copy
leads with the reading it stands by; the alternatives after it are the same count read otherwise,
no claim of their own.

Data quirks:
- Only a condition that stands right before its figure opens an alternative ("포탄이면 300만 발",
  "방사포탄이라면 약 50만 발"); a single condition ("넣었다면 20만 발에서 100만 발") is the claim itself.
"""

from __future__ import annotations

import re

from analysis.intake.extract.numbers import Figure

# a condition closed by 이면/면/(이)라면/일 경우, then (a bound word and) the figure: "122㎜ 방사포탄이면 50만발"
_CONDITION = re.compile(
    r"(?<=[\uac00-\ud7a3\w㎜)])(?:이라면|라면|이면|면|일\s?경우)\s?(?:(?:약|최대|최소|대략)\s?)?(?=\d)"
)


def later_alternatives(s: str, figs: list[Figure]) -> set[int]:
    """The indexes of the figures of ``figs`` that open the second and later alternatives of sentence ``s``."""
    starts = [m.end() for m in _CONDITION.finditer(s)]
    if len(starts) < 2:
        return set()
    return {i for i, f in enumerate(figs) if f.start in starts[1:]}
