"""Losses an article defines in a sentence of their own: a toll of "casualties" or "втрати" that the
sentence before or after says takes in the missing or the captured ("More than half ... have been killed,
wounded, or gone missing. ... over 6,000 ... have become casualties"; "... близько 4 тисяч втрат. Втратами
вважаються вбиті, поранені, які зникли безвісти або потрапили в полон") counts battle casualties, not the
killed and wounded alone.

Data quirks:
- Only the sentence itself and the two either side of it are read: a definition further off may be of
  another count.
- Only a list naming the dead and the wounded before the missing or captured is a definition; the
  missing alone ("three went missing near the village") are a count of their own.
- Korean copy glosses its tolls inside the figure's own sentence ("사상 및 실종"), read where the
  figure is read; this pass is for English, Ukrainian and Russian.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.intake.extract.fields import Candidate

# the dead, the wounded, then the missing or the captured, in one list: "killed, wounded, or gone missing",
# "вбиті, поранені, які зникли безвісти або потрапили в полон", "убитые, раненые, пропавшие без вести и пленные"
_DEFINED = re.compile(
    r"\b(?:killed|dead),\s+(?:wounded|injured),?\s+(?:(?:or|and)\s+)?(?:(?:gone|went|been)\s+)?"
    r"(?:missing|captured|taken prisoner)\b"
    r"|(?<![\w'])(?:вбит|убит|загибл|погибш)\w*,\s+(?:поранен|ранен)\w*,?\s+[^.;]{0,40}?"
    r"(?:безвісти|без вести|полон|плен)\w*",
    re.IGNORECASE,
)
_TOLL = "casualties_killed_or_wounded"
_REACH = 2  # sentences either side (a name with a dot, "Caliber.Az", splits one sentence in two)


def defined_tolls(cands: list[Candidate], sentences: list[str], lang: str) -> list[Candidate]:
    """``cands`` with each toll of the killed and wounded that a sentence at most ``_REACH`` away
    defines as taking in the missing or captured counted as battle casualties (Korean copy, ``lang``
    "ko", glosses its tolls in their own sentence)."""
    if lang == "ko":
        return cands
    defining = {no for no, s in enumerate(sentences, start=1) if _DEFINED.search(s)}
    if not defining:
        return cands
    return [
        dataclasses.replace(c, metric="battle_casualties") if c.metric == _TOLL and _near(c, defining) else c
        for c in cands
    ]


def _near(c: Candidate, defining: set[int]) -> bool:
    """Whether a defining sentence is the candidate's own or one of its neighbours."""
    return any(abs(c.sentence_no - no) <= _REACH for no in defining)
