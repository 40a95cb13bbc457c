"""Displays: figures counted in what North Korea's own media showed, and whose they are.

"State TV aired footage of Kim receiving 20 flag-draped coffins", "a ceremony depicting the faces
of 100 soldiers", "an outlet counted portraits of 101 dead in state media photographs": coffins
and portraits are counted in images North Korea published, so the figure is North Korean state
media's, whoever counted or retold it.

Data quirks:
- Only the display metrics (``fallen_portraits_displayed``, ``coffins_repatriated``), and only in
  a sentence that tells of something shown (footage, photographs, "aired", "showed", "depicting";
  in Korean 공개, 게재, 방영): "the NIS said 20 coffins were flown back" stays the NIS's.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.intake.extract.fields import Candidate
from analysis.intake.extract.text import plain

STATE_MEDIA = "North Korea state media"
DISPLAY_METRICS = frozenset({"fallen_portraits_displayed", "coffins_repatriated"})
# what a sentence says was shown: the images, or the verbs that show them
_SHOWN = re.compile(
    r"\b(?:footage|photo(?:graph)?s?|images?|pictures?|broadcasts?|aired|airing|televised|showed|shown|showing"
    r"|depict(?:ed|ing|s)?|displayed|displaying)\b",
    re.IGNORECASE,
)


# in Korean, what North Korea made public: "초상화를 공개했다", "사진을 게재했다", "방영했다"
_SHOWN_KO = re.compile(r"공개(?:했|한|된|됐|하|돼)|게재(?:했|한|된|됐|하|돼)|방영(?:했|한|된|됐|하|돼)")
_SHOWN_IN = {"en": _SHOWN, "ko": _SHOWN_KO}


def shown_by_state_media(c: Candidate, lang: str = "en") -> Candidate:
    """A display figure in a sentence telling what was shown (in English or Korean), given to North
    Korean state media."""
    shown = _SHOWN_IN.get(lang)
    if shown is None or c.metric not in DISPLAY_METRICS or c.claimant == STATE_MEDIA:
        return c
    if shown.search(plain(c.sentence)):
        return dataclasses.replace(c, claimant=STATE_MEDIA, speaker=None)
    return c
