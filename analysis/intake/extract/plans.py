"""English cues of when a count of people stands: a toll named before it, a plan still to come, done.

"the losses ... have exceeded 200 troops" (a toll before the figure decides what it counts); "their
number will increase to 12,000", "a deployment plan of 6,000", "North Korea to send 30,000" (a
headline's infinitive), "..., sending an additional 25,000" after "is set to" (still to come); "and
that 1,000 had already arrived" (done, whatever plan the clause names); "adding to the 11,000 sent
in November" (what was sent before a new wave). ``measures`` asks these of each count of people.
"""

from __future__ import annotations

import re
from typing import Protocol

_BOUND_WORDS = (
    r"(?:(?:about|around|some|roughly|approximately|an estimated|estimated|more than|over|at least|up to"
    r"|as many as|nearly|almost|close to|approaching|upwards of|in excess of|well over|just over|under)\s+)?"
)
# "the North Korean army's losses in the Kursk region have already exceeded 200 troops", "the death
# toll has risen to 300", "casualties stand at 4,700 soldiers": a toll named before its figure
# decides what the figure counts, whatever noun follows it
_TOLL_BEFORE = re.compile(
    r"\b(?:(?P<ckow>losses|casualties|casualty (?:toll|count|figures?|estimates?|numbers?)"
    r"|(?:number|count|tally) of (?:the )?(?:casualties|losses|killed and wounded|dead and wounded))"
    r"|(?P<killed>death toll|(?:number|count|tally)"
    r" of (?:the )?(?:dead|deaths|killed|fatalities|war dead)|fatalities|deaths)|(?P<wounded>(?:number|count)"
    r" of (?:the )?(?:wounded|injured)))(?:\s+(?!(?:and|or)\b)[\w'-]+){0,6}?\s+(?:(?:has|have|had|is|are|was|were"
    r"|now|already|reportedly|likely|probably|could|may|might)\s+){0,3}(?:exceeded|exceeds|exceed|surpassed"
    r"|surpasses|passed|topped|tops|reached|reaches|reach|risen to|rose to|rises to|climbed to|climbs to|grown to"
    r"|grew to|jumped to|stands? at|stood at|at|totals?|totalled|totaled|amounts? to|amounted to|numbers?"
    r"|numbered|hit|hits|of|is|are|was|were|be|been|estimated at|put at|approaching|approached|nearing|neared"
    r"|surpassing|exceeding|topping|passing|reaching|totalling|totaling|numbering|standing at|rising to|climbing to)"
    rf"\s+{_BOUND_WORDS}$",
    re.I,
)
# "soon their number will increase to 12,000", "could rise to 100,000", "the dispatch is expected to
# grow to 30,000": a total still to come is a plan
_FUTURE_TOTAL = re.compile(
    r"\b(?:will|would|could|may|might|shall|(?:is|are)\s+(?:expected|likely|set|projected|forecast|poised)\s+to"
    r"|(?:is|are)\s+going\s+to|threatens?\s+to)\s+(?:soon\s+|eventually\s+|later\s+|also\s+|quickly\s+|further\s+)*"
    # "could be around 11,000": a guess at the number now, not a number to come
    r"(?:increase|rise|grow|climb|swell|jump|expand|reach|total|number|top|exceed|hit|double|triple|have"
    r"|(?<!could )(?<!may )(?<!might )be)"
    rf"(?:\s+(?:to|by))?\s+{_BOUND_WORDS}$",
    re.I,
)
# "the third deployment plan of 6,000 troops", "plans to dispatch another 6,000", "a pledge of 10,000":
# a plan named before its figure
_PLAN_BEFORE = re.compile(
    r"\b(?:plans?|planned|planning|pledge|pledged|promise|promised|proposal|offer|request|intention|intends)"
    r"\s+(?:of|for|to\s+(?:send|dispatch|deploy|supply|transfer|provide|add)(?:\s+(?:another|an additional|a further"
    rf"|additional|more|extra|up to|as many as))?)\s+{_BOUND_WORDS}$",
    re.I,
)
# "North Korea to send as many as 30,000 troops": a headline's infinitive is what is still to come
_HEADLINE_TO = re.compile(
    r"\s*[\"']?(?:[A-Z][\w'-]*\s+){1,4}(?:(?:also|now|soon)\s+)?to\s+(?i:send|dispatch|deploy|supply|provide|deliver"
    r"|transfer|ship)\b"
)
# "is set to triple its troops ..., sending an additional 25,000": a participle's clause goes on with
# the plan of the clause before it
_PARTICIPLE_OPENING = re.compile(
    r"\s*(?:and\s+)?(?:sending|dispatching|deploying|supplying|providing|bringing)\b", re.I
)
_MODAL = re.compile(
    r"\b(?:will|would|could|may|might|plans? to|planning to|intends? to|(?:is|are|was|were)\s+(?:set|expected|poised"
    r"|due|likely|going|preparing|planning|about)\s+to)\b",
    re.I,
)
# "... and that 1,000 had already arrived", "1,000 have been sent": a figure's own verb tells it is
# done, whatever plan its clause names before it
_DONE_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,4}?(?:(?:have|has|had)\s+(?:already\s+|now\s+|reportedly\s+)?(?:arrived|reached"
    r"|been\s+(?:sent|deployed|dispatched|stationed|spotted|seen)|entered|crossed|joined)|(?:are|were|is|was)"
    r"\s+already\s+(?:in|there|deployed|stationed|fighting)|already\s+(?:arrived|in|there))\b",
    re.I,
)
# "adding to the 11,000 sent in November", "on top of the 3,000": the figure a new wave or a plan
# adds to is what was sent before, not the wave
_EARLIER_BEFORE = re.compile(
    r"\b(?:adding to|add to|adds to|added to|on top of|in addition to|besides|joining|join|joined|beyond)"
    r"\s+(?:the\s+|its\s+|an?\s+)?(?:(?:initial|first|original|earlier|previous)\s+)?"
    r"(?:(?:about|around|some|roughly|approximately|estimated|more than|over|at least|nearly)\s+)?$",
    re.I,
)


# "is preparing for a third deployment of around 6,000 troops", "plans a new dispatch of 3,000": a
# deployment the sender is getting ready for is still to come, whatever its ordinal
_PREPARING_FOR = re.compile(
    r"\b(?:prepar(?:es|ed|ing)|plan(?:s|ned|ning)?|gear(?:s|ed|ing) up|get(?:s|ting)? ready|ready(?:ing)?)"
    r"\s+(?:for\s+)?(?:a|an|the|another|its|yet another)\s+(?:[\w-]+\s+){0,2}?(?:deployment|dispatch|rotation"
    rf"|wave|contingent|troop deployment)\s+of\s+{_BOUND_WORDS}$",
    re.I,
)


def toll_before(s: str, lo: int, hi: int) -> str | None:
    """The kind of toll ("ckow", "killed", "wounded") named in ``s[lo:hi]`` just before a figure at ``hi``."""
    m = _TOLL_BEFORE.search(s, lo, hi)
    return m.lastgroup if m else None


def plan_before(s: str, lo: int, hi: int) -> bool:
    """Whether ``s[lo:hi]``, just before a figure, names a total still to come or a plan of it."""
    return bool(_FUTURE_TOTAL.search(s, lo, hi) or _PLAN_BEFORE.search(s, lo, hi) or _PREPARING_FOR.search(s, lo, hi))


def headline_plan(s: str, start: int) -> bool:
    """Whether a headline's infinitive ("North Korea to send") comes before the figure at ``start``."""
    m = _HEADLINE_TO.match(s)
    return m is not None and m.end() <= start


# "..., possibly up to 6,000": an aside of the figure alone, going on with the clause before it
_ASIDE = re.compile(
    rf"\s*(?:possibly|perhaps|maybe|probably|likely|potentially|reportedly|or even|even)?\s*{_BOUND_WORDS}$", re.I
)


def participle_plan(s: str, clause_start: int, start: int | None = None) -> bool:
    """Whether the figure's clause opens with a participle ("sending") going on from a plan before it, or
    is an aside of the figure alone ("..., possibly up to 6,000") after one."""
    opening = _PARTICIPLE_OPENING.match(s, clause_start) is not None
    aside = start is not None and clause_start > 0 and _ASIDE.fullmatch(s, clause_start, start) is not None
    return (opening or aside) and bool(_MODAL.search(s, 0, clause_start))


def done_after(s: str, end: int) -> bool:
    """Whether the verb after a figure ending at ``end`` says it is done ("had already arrived")."""
    return _DONE_AFTER.match(s, end) is not None


def adds_to_earlier(before: str) -> bool:
    """Whether the words before a figure make it what a wave adds to ("adding to the 11,000")."""
    return _EARLIER_BEFORE.search(before) is not None


# "North Korea has roughly 11,000 troops in Russia", "has 11,000 troops deployed in Kursk": a country
# holds its soldiers in a place now; "the troops in Kursk number about 11,000": the same, told after
# "Russia has deployed some 8,000 North Koreans in the Kursk region": deployed in (not to) a place holds them there
_HAS_BEFORE = re.compile(
    rf"\b(?:has|have|now has|still has|currently has|maintains|keeps|(?:has|have) (?:now )?deployed)\s+{_BOUND_WORDS}$",
    re.I,
)
_IN_PLACE_AFTER = re.compile(
    r"\s*(?:(?:deployed|stationed|based|fighting|positioned)\s+)?(?:in|inside|on the ground in)\s+(?:the\s+)?"
    r"(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]"
    r"|front|border|war zone|combat zone)"
)
_IN_PLACE_NUMBER = re.compile(
    r"\b(?:troops|soldiers|forces|servicemen|personnel)\s+(?:in|inside)\s+(?:the\s+|Russia's\s+)?[A-Z][\w'-]*"
    rf"(?:\s+(?:region|Oblast|oblast|province))?\s+(?:now\s+)?(?:number|numbers|total|totals|is|are)\s+{_BOUND_WORDS}$"
)


class _Figure(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def clause_start(self) -> int: ...
    @property
    def verbs(self) -> str: ...


def held_in_place(s: str, ctx: _Figure) -> bool:
    """Whether a count of soldiers is of those a country holds in a place now ("has 11,000 troops in Russia",
    "the troops in Kursk number about 11,000")."""
    lo = max(ctx.clause_start, ctx.start - 120)
    if _IN_PLACE_NUMBER.search(s, lo, ctx.start):
        return True
    return bool(_HAS_BEFORE.search(s, lo, ctx.start) and _IN_PLACE_AFTER.match(ctx.verbs))
