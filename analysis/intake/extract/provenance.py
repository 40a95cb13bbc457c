"""Provenance: a later sentence saying where the figures before it came from.

"North Korea has dispatched an additional 3,500 soldiers, according to lawmaker Yu. This
information, provided by Kyrylo Budanov during Yu's trip to Kyiv, ..."; "The number provided
in the Defense Intelligence Agency document ...": the figures a wire or a lawmaker relayed are
the claims of the body the next sentences name as their origin; so are a news agency's when its
report's next sentence names whom it quotes ("..., according to a Bloomberg report. It cites Kyrylo
Budanov, ...").

Only figures that reached the copy through a relay are given the origin: a news outlet, a
lawmaker, a country's name, or no one. A figure an agency or an official gave in its own name
keeps them ("The HUR said 300 were killed. The figure provided by Seoul is lower." leaves the
300 the HUR's).

The lawmaker's figures after that ("Rep. Yu stated ...", "He further revealed ...") are the origin's
too, until a sentence names a source other than the lawmaker.

Data quirks:
- A lawmaker is a person whose ``role`` in ``actors.csv`` opens with "Lawmaker", or unnamed
  lawmakers of a country ("South Korean lawmakers", ``claimants`` reads them so).
"""

from __future__ import annotations

import dataclasses
import re

from analysis.intake.extract.claimants import Actor, ActorIndex, Mention, is_outlet, resolve_claimant
from analysis.intake.extract.fields import Candidate
from analysis.intake.extract.text import plain

# "This information, provided by", "The figures came from", "The number given in", "These data, obtained from"
_PROVENANCE = re.compile(
    r"^\W*(?:This|That|The|These|Those|Such)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:information|figures?|numbers?|estimates?|data|tally|count|toll|intelligence)\b,?\s+"
    r"(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:provided|given|supplied|informed|disclosed|obtained|shared|released|compiled|gathered|passed\s+on"
    r"|came|comes|come|originated|originates|stems|stemmed)\s+(?:by|in|from|through|to\s+\w+\s+by)\s+"
    # the report itself naming whom it quotes: "It cites Kyrylo Budanov, ...", "The report quoted ..."
    r"|^\W*(?:It|The\s+(?:report|outlet|agency|newspaper))\s+(?:cites|cited|quotes|quoted)\s+",
    re.IGNORECASE,
)
_REACH = 3  # sentences: the origin named up to three sentences after the figures


def origins(
    sentences: list[str], mentions: list[list[Mention]], index: ActorIndex, agencies: dict[str, set[str]]
) -> dict[int, str]:
    """The claimant each sentence names as the origin of the figures before it, by sentence index."""
    out: dict[int, str] = {}
    for i, (sentence, ms) in enumerate(zip(sentences, mentions, strict=True)):
        m = _PROVENANCE.match(plain(sentence))
        named = [x for x in ms if m and x.start >= m.end() and x.actor.kind != "country"]
        if m and named:
            out[i] = resolve_claimant(named[0].actor, index, agencies)
    return out


def with_origins(
    per_sentence: list[list[Candidate]], found: dict[int, str], mentions: list[list[Mention]], index: ActorIndex
) -> list[list[Candidate]]:
    """Each sentence's candidates, those relayed given the origin a later sentence names for them."""
    out = list(per_sentence)
    for i, origin in found.items():
        before = next((j for j in range(i - 1, max(-1, i - _REACH - 1), -1) if out[j]), None)
        if before is not None and all(_relayed(c, mentions[before], index) for c in out[before]):
            relayed = {c.claimant for c in out[before]}
            out[before] = [dataclasses.replace(c, claimant=origin) for c in out[before]]
            lawmakers = {m.actor.actor_id for m in mentions[before] if _lawmaker(m.actor)}
            _relay_on(out, mentions, i + 1, lawmakers, relayed, origin)
    return out


def _relay_on(
    out: list[list[Candidate]],
    mentions: list[list[Mention]],
    start: int,
    lawmakers: set[str],
    relayed: set[str | None],
    origin: str,
) -> None:
    """The figures the same lawmaker goes on relaying after the origin was named ("Rep. Yu stated
    ...", "He further revealed ...") are that origin's too, until a sentence names another source."""
    if not lawmakers:
        return
    for j in range(start, len(out)):
        sources = {m.actor.actor_id for m in mentions[j] if m.actor.kind != "country" and not is_outlet(m.actor)}
        if sources - lawmakers:
            return  # another source speaks
        if out[j] and all(c.claimant in relayed for c in out[j]):
            out[j] = [dataclasses.replace(c, claimant=origin) for c in out[j]]


def _relayed(c: Candidate, mentions: list[Mention], index: ActorIndex) -> bool:
    """Whether a candidate reached the copy through a relay: an outlet, a country, no one, or a
    sentence whose only source is a lawmaker ("according to South Korean lawmaker Yu")."""
    claimant = index.actors.get(c.claimant or "")
    if claimant is None or is_outlet(claimant) or claimant.kind == "country":
        return True
    sources = [m.actor for m in mentions if m.actor.kind != "country" and not is_outlet(m.actor)]
    return any(_lawmaker(a) for a in sources) and all(_lawmaker(a) for a in sources)


def _lawmaker(actor: Actor) -> bool:
    return actor.kind == "lawmakers" or (actor.kind == "person" and actor.role.lower().startswith("lawmaker"))
