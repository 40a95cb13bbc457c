"""Headers of remarks, statements and transcripts: the speaker of the first-person text under them.

Official pages and the outlets that repost them open with a line naming who speaks ("Remarks by
Ambassador Jane Doe, Deputy Representative to the United Nations, at a Security Council
briefing", "Statement by the Ministry of Foreign Affairs on ...", "Press briefing by the
spokesperson", "Transcript of an interview with General X"); the text under it is that
speaker's own, in the first person, and names them no more. The header line attributes itself
to its speaker, and the sentences after it that name no source of their own go on with them.

A page whose publisher line credits the remarks it reposts ("America Times (US Mission to the UN
remarks)") says so in its publisher: that speaker goes on for the sentences before any source is named.

Data quirks:
- The speaker is the first actor of ``actors.csv`` named after the header word, within the
  line's first clause of the occasion ("..., at a UN Security Council briefing on the DPRK"):
  the body or meeting the remarks are given at is not their speaker.
"""

from __future__ import annotations

import re

from analysis.intake.extract.claimants import ActorIndex, Attribution, Mention, is_outlet, resolve_claimant
from analysis.intake.extract.services import named_service
from analysis.intake.extract.text import plain

# "Remarks by", "Opening statement of", "Press briefing by", "Remarks as delivered by", "Transcript of an
# interview with", "Readout of ...'s call": the kinds of text a speaker's header announces
_KIND = (
    r"(?:remarks|statement|press\s+(?:briefing|conference|statement|remarks)|briefing|transcript|testimony"
    r"|speech|address|readout|comments|interview|op-ed)"
)
_HEADER = re.compile(
    r"^\W*(?:(?:opening|closing|prepared|keynote|joint|official|full|written)\s+)?"
    rf"{_KIND}(?:\s+as\s+(?:delivered|prepared(?:\s+for\s+delivery)?))?"
    r"\s+(?:(?:by|of|from)(?:\s+(?:an?|the)\s+interview\s+with)?|with)\s+",
    re.IGNORECASE,
)
# where the speaker's name ends and the occasion begins: ", at a briefing", " before the Council",
# " on the launch", " to the press"
_OCCASION = re.compile(r"\s+(?:at|before|on|to|during|in|for)\s+(?:an?|the)\b|\s+at\s+[A-Z]|[;:(]|\s-\s")


def header_speaker(line: str, mentions: list[Mention]) -> Mention | None:
    """The speaker a header of remarks, a statement or a transcript names ("Remarks by Ambassador
    Jane Doe, Deputy Representative to the United Nations, at ..."), if ``line`` is one."""
    s = plain(line)
    m = _HEADER.match(s)
    if m is None:
        return None
    stop = _OCCASION.search(s, m.end())
    end = stop.start() if stop else len(s)
    named = [x for x in mentions if m.end() <= x.start and x.end <= end]
    return named[0] if named else None


def header_attribution(
    line: str, mentions: list[Mention], index: ActorIndex, agencies: dict[str, set[str]]
) -> Attribution | None:
    """The attribution of a header of remarks or a statement: its speaker's claimant, and the
    speaker when a person; None if ``line`` is no such header or names no actor as its speaker."""
    speaker = header_speaker(line, mentions)
    if speaker is None:
        return None
    claimant = named_service(resolve_claimant(speaker.actor, index, agencies), index.actors, agencies)
    person = speaker.actor.actor_id if speaker.actor.kind == "person" else None
    return Attribution(claimant, person, True)


# "America Times (US Mission to the UN remarks)": a publisher crediting the remarks its page reposts
_CREDITED = re.compile(rf"\((?P<who>[^()]{{2,80}}?)\s+{_KIND}\)\s*$", re.IGNORECASE)


def publisher_speaker(publisher: str, index: ActorIndex) -> str | None:
    """The speaker a publisher line credits the reposted remarks to ("... (US Mission to the UN
    remarks)" -> US mission to the UN), if it names one among the actors and it is no news outlet."""
    m = _CREDITED.search(publisher)
    named = [x.actor for x in index.mentions(m.group("who"))] if m else []
    speakers = [a for a in named if a.kind != "person" and not is_outlet(a)]
    return speakers[0].actor_id if speakers else None
