"""Korean: whose a figure is when the copy relays it from another inside its own sentence.

A figure right after another's statement verb in the adnominal form ("합참이 밝힌 1100명보다") or inside the claim
of another that the sentence's speaker answers ("우크라이나군이 '북한군 3000여 명이 ... 훈련 중'이라고 주장한
것에 관해 국정원은 ...") is the other's; ``nearest_name`` finds that other before the figure, ``claim_reported``
the subject of an answered claim.

Data quirks:
- A body's abbreviation stands in brackets right after its name ("한국 합동참모본부(JCS)가"): one name, whose
  subject marker follows the brackets.
- The force a figure counts is named right before it ("북한군 3000여 명", the name "북한" and "군"): what is
  counted, not who counts it.
"""

from __future__ import annotations

import re

from analysis.intake.extract.claimants import Mention
from analysis.intake.extract.foreign import Reading
from analysis.intake.extract.numbers import Figure

_NEAR = 60  # characters between a relaying source's name and the figure

# a name's abbreviation in brackets right after it: "합동참모본부(JCS)가" names one body once
_ABBREVIATION = re.compile(r"\s?\($")
# "북한군 3000여 명": the force counted, named right before its figure (not a source)
_COUNTED = re.compile(r"(?:군|군인|병력|병사)?\s?(?:약\s|총\s)?$")


def nearest_name(s: str, fig: Figure, mentions: list[Mention]) -> Mention | None:
    """The nearest name before a figure (within ``_NEAR`` characters), the name itself rather than its
    abbreviation in brackets after it, and not the force the figure counts ("북한군 3000여 명")."""
    before = [
        x
        for x in mentions
        if x.end <= fig.start
        and fig.start - x.end <= _NEAR
        and not (x.actor.actor_id == "North Korea" and _COUNTED.fullmatch(s, x.end, fig.start))
    ]
    while len(before) > 1 and _ABBREVIATION.fullmatch(s, before[-2].end, before[-1].start):
        before.pop()
    return before[-1] if before else None


# the claim a subject made, reported as a noun after the figure: "우크라이나군이 '북한군 3000여 명이 ... 훈련
# 중'이라고 주장한 것에 관해" (what the sentence's speaker answers is the subject's claim)
_CLAIM_REPORTED = re.compile(
    r"[^.?!\d]{0,40}?(?:이라고|라고|다고)\s?(?:주장|발표|공개)한\s?(?:것|내용|사실)(?:에|과|와|을|를|은|이)"
)


def claim_reported(reading: Reading, s: str, fig: Figure, mentions: list[Mention]) -> Mention | None:
    """The subject (이/가) of a claim another answers, the figure inside it ("우크라이나군이 '북한군 3000여
    명이 ... 훈련 중'이라고 주장한 것에 관해 국정원은 ..."): the subject's; None otherwise."""
    m = nearest_name(s, fig, mentions)
    if m is None or reading.subject_after is None:
        return None
    marker = reading.subject_after.match(s, m.end)
    if marker is None or marker.groupdict().get("topic") or not _CLAIM_REPORTED.match(s, fig.end):
        return None
    return m
