"""Losses an article defines in a sentence of their own: a toll of "casualties" or "втрати" that the
sentence before or after says takes in the missing or the captured ("More than half ... have been killed,
wounded, or gone missing. ... over 6,000 ... have become casualties"; "... близько 4 тисяч втрат. Втратами
вважаються вбиті, поранені, які зникли безвісти або потрапили в полон") counts battle casualties, not the
killed and wounded alone. And the losses North Korea says it suffered ("North Korea itself has said it
lost about 350 soldiers", "полк понес «девять трагических потерь», заявил лидер КНДР") are its dead:
Pyongyang honours its fallen and gives no count of its wounded.

Data quirks:
- Only the sentence itself and the two either side of it are read: a definition further off may be of
  another count.
- Only a list naming the dead and the wounded before the missing or captured is a definition; the
  missing alone ("three went missing near the village") are a count of their own.
- Korean copy glosses its tolls inside the figure's own sentence ("사상 및 실종"), read where the
  figure is read; this pass is for English, Ukrainian and Russian.
- A North Korean toll is read as its dead only where the copy words it as a loss ("lost", "losses",
  "потери", "втратила"): a page that writes "casualties" of it ("claimed to have suffered only 350
  casualties") keeps the word it chose.
- ... and only where the sentence has North Korea say so ("said", "повідомила", "заявил"): a sentence
  that only makes North Korea the one that lost them ("Северная Корея потеряла 101 солдата") may give
  anyone's estimate, Kyiv's or Seoul's, of its killed and wounded.
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
# North Korea and the media it speaks through: the claimants of its own account
_OWN = frozenset({"North Korea", "North Korea state media"})
# a toll worded as a loss, not as casualties: "lost", "losses", "потеряла", "потерь", "втратила", "втрат"
_LOST = re.compile(r"\b(?:lost|loss(?:es)?)\b|(?<![\w'])(?:потер[яеь]|втрат)\w*", re.IGNORECASE)
# North Korea (or its leader) saying so: "has said", "acknowledged", "повідомила", "заявил", "признал"
_SAID = re.compile(
    r"\b(?:said|says|claimed|claims|acknowledged|admitted|announced|reported|disclosed)\b"
    r"|(?<![\w'])(?:повідоми|сообщи|сообща|заяви|визна|призна|оголоси|объяви|раскры|розкри)\w*",
    re.IGNORECASE,
)
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


def own_dead(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each toll of the killed and wounded that North Korea says it suffered, worded as a
    loss, counted as its dead."""
    return [dataclasses.replace(c, metric="killed") if _own_loss(c) else c for c in cands]


def _own_loss(c: Candidate) -> bool:
    """Whether a toll of the killed and wounded is North Korea's own, told as a loss it says it suffered."""
    return c.metric == _TOLL and c.claimant in _OWN and bool(_LOST.search(c.sentence) and _SAID.search(c.sentence))


def _near(c: Candidate, defining: set[int]) -> bool:
    """Whether a defining sentence is the candidate's own or one of its neighbours."""
    return any(abs(c.sentence_no - no) <= _REACH for no in defining)
