"""Russian and Ukrainian: a count of troops sent whose sending the next sentences call a decision is a plan.

Copy gives a count as sent and says in a sentence after it that the sending is what was decided
("... заявила об отправке 12 тысяч северокорейских военных России ... Пхеньян уже принял такое
решение", "Пхеньян ухвалив таке рішення"): the troops are those a decision sends, still to come, the
plan the dataset records (as "decided to send" is).

Data quirks:
- The decision must point back ("такое решение", "это решение", "таке рішення", "це рішення"); a
  decision of its own ("принял решение о ...") is read in its own sentence.
- The two sentences after are read, since a credit line often comes between ("Об этом сообщает
  агентство «Рёнхап»").
- Only a sentence with one count of troops sent is read so.
"""

from __future__ import annotations

import re

from analysis.intake.extract.fields import Candidate
from analysis.intake.extract.slavic_work import one_counted_as

_DECIDED_SO = re.compile(
    r"(?<![\w'])(?:принял\w*|приняли|ухвалил\w*|ухвалив|прийнял\w*|прийняв)\s+(?:такое|это|таке|це)\s+"
    r"(?:решение|рішення)(?![\w'])",
    re.IGNORECASE,
)
_AFTER = 2  # sentences read after the count


def decided_after(per_sentence: list[list[Candidate]], plains: list[str]) -> list[list[Candidate]]:
    """The candidates of each sentence, its one count of troops sent counted as planned where one of the
    ``_AFTER`` sentences after it calls the sending a decision taken."""
    out = []
    for i, cands in enumerate(per_sentence):
        after = plains[i + 1 : i + 1 + _AFTER]
        decided = any(_DECIDED_SO.search(p) for p in after)
        out.append(one_counted_as(cands, {"troops_deployed"}, "troops_planned") if decided else cands)
    return out
