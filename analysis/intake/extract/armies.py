"""Other armies: counts of people that are not North Korea's.

"45,000 Russian troops are massing", "300 Ukrainian soldiers were exchanged", "700 servicemen from
the Russian military were captured", "Russia has lost over 38,000 troops": copy about North Korea's
troops also counts the soldiers of the armies they fight beside or against, which are no figure of
North Korea's support.

Data quirks:
- Foreign labour at large ("the recruitment of foreign nationals to work at Russian plants ... their
  plan is to have 40,000 workers") is no count of North Korea's workers either: a paragraph that
  last named foreign labour, and no North Korean since, counts other workforces (``foreign_labour``).
- The army is named before the noun (its adjective or possessive), after it ("of the Russian army"),
  as the one that lost them ("Russia has lost", "Kyiv had lost"), or as the one whose losses a share
  is of ("60 percent of the losses suffered by Ukrainian units").
"""

from __future__ import annotations

import re

# "45,000 Russian troops", "300 Ukrainian soldiers": the people of another army, not North Korea's
_OTHER_ARMY = re.compile(
    r"^(?:(?:more|additional|extra|other|of|the|their|its|elite|regular|combat|active)\s+)*(?:Russian|Ukrainian"
    r"|Russia's|Ukraine's|American|U\.?S\.|Chechen|Belarusian)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|forces"
    r"|servicemen|personnel|fighters|conscripts|marines|paratroopers|infantry|men|reinforcements|POWs"
    r"|prisoners(?: of war)?|casualties)\b",
    re.I,
)
# "700 servicemen from the Russian military": another army's people named after the noun
_OF_OTHER_ARMY = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicemen|personnel|fighters|men)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:Russian|Ukrainian|Russia's|Ukraine's)\s+(?:military|army|armed\s+forces|forces|side)\b",
    re.I,
)
# "60 percent of the losses suffered by Ukrainian units": a share of another army's losses
_SHARE_OF_OTHER_ARMY = re.compile(
    r"\s*(?:percent|per\s+cent|%)?\s*of\s+(?:the\s+|all\s+|their\s+)?(?:losses|casualties|deaths)\s+"
    r"(?:suffered\s+by|of|among|sustained\s+by|inflicted\s+on)\s+(?:the\s+)?(?:Russian|Ukrainian|Russia's|Ukraine's)\b",
    re.I,
)
# "Russia has lost over 38,000 troops": the losses of the army that lost them, not North Korea's
# (the army is the verb's subject: "troops fighting for Russia have suffered 3,000 casualties" are North Korea's)
_ARMY_LOST = re.compile(
    r"(?<!\bfor )(?<!\bwith )(?<!\bin )(?<!\bto )(?<!\bbeside )(?<!\balongside )"
    r"\b(?:Russia|Ukraine|Moscow|Kyiv|the\s+(?:Russian|Ukrainian)\s+(?:army|military|side))\s+"
    r"(?:(?:has|have|had|already|reportedly)\s+){0,2}(?:lost|suffered)\s+"
    r"(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least|up\s+to|roughly|approximately)\s+)?$",
    re.I,
)


def another_army(s: str, end: int, window: str, before: str) -> bool:
    """Whether a count of people ending at ``end`` of ``s`` is of another army: by the words after it
    (``window``: "45,000 Russian troops"; "700 servicemen from the Russian military") or before it
    (``before``: "Russia has lost over 38,000 troops")."""
    return bool(
        _OTHER_ARMY.match(window)
        or _OF_OTHER_ARMY.match(s, end)
        or _SHARE_OF_OTHER_ARMY.match(s, end)
        or _ARMY_LOST.search(before)
    )


# "foreign nationals", "citizens from other countries", "migrant workers": labour of any nationality
_FOREIGN_LABOUR = re.compile(
    r"\b(?:(?:foreign|migrant)\s+(?:nationals|citizens|workers|labou?r|workforce|employees|personnel)"
    r"|citizens\s+(?:of|from)\s+(?:other|third|various|many|several)\s+countries|migrants)\b",
    re.I,
)
_NORTH_KOREAN = re.compile(r"\b(?:North\s+Kore\w*|Pyongyang|DPRK|N\.\s?Kore\w*)", re.I)


def foreign_labour(before: bool, sentence: str) -> bool:
    """Whether the paragraph, up to the end of ``sentence``, last named foreign labour at large, with no
    North Korean named after it (``before``: whether it had, up to the sentence before): the sentence's
    workers are not North Korea's. Read sentence by sentence, so a long paragraph costs linear time."""
    foreign = [m.start() for m in _FOREIGN_LABOUR.finditer(sentence)]
    korean = [m.start() for m in _NORTH_KOREAN.finditer(sentence)]
    if not foreign and not korean:
        return before
    return bool(foreign) and foreign[-1] > max(korean, default=-1)
