"""Second references: a person an article named in full, found again by the family name alone.

Journalists name a person in full once ("Defense Minister Shin Won-sik", "U.S. Defense Secretary
Lloyd Austin") and then by the family name ("Mr. Shin said", "Austin said"). The family name alone
is no alias in ``actors.csv`` (many are words or places: "Shin", "Austin", "Wood"); it names the
person only in an article that names them in full. A Korean name puts the family name first.

A country is named again the same way: Korean copy that has named South Korea or one of its
agencies calls it "the South" ("..., South says", "the South's Joint Chiefs of Staff").
"""

from __future__ import annotations

import re

from analysis.intake.extract.claimants import Actor, Mention
from analysis.intake.extract.text import plain

_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+|\s+[A-Z][a-z]+)$")  # "Won-sik", "Jong Un"
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Adm|Lt|Col|Maj|Sen|Rep|Secretary|Minister|President|General)\.?\s+)?"


def family_name(actor: Actor) -> str | None:
    """The name a person goes by on second reference: the family name, first in a Korean name
    ("Shin Won-sik" -> Shin), last in a Western one ("Lloyd Austin" -> Austin); None for a name
    of one word or a name that is not a person's."""
    words = actor.actor_id.split()
    if actor.kind != "person" or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    korean = actor.country in ("South Korea", "North Korea") and _KOREAN_GIVEN.match(" ".join(words[1:]))
    return words[0] if korean else words[-1]


# "Defense Minister Kim Yong-hyun", "Kim Yo Jong": a family name alone ("Kim") followed by a given name
# is someone else of that family name, not the person the short name stands for
_GIVEN_NAME_AFTER = re.compile(
    r"[ -](?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|On|In|At|As|And|But|The|This|That|Said|Says|Told)\b)[A-Z][a-z]+"
    r"(?:[- ][A-Za-z][a-z]+)?\b"
)


def other_bearers(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a person's one-word short name that opens another person's full name."""
    flat = plain(sentence)
    return [
        m
        for m in mentions
        if not (m.actor.kind == "person" and " " not in flat[m.start : m.end] and _GIVEN_NAME_AFTER.match(flat, m.end))
    ]


def second_references(sentences: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Each sentence's mentions with the people an article named in full found again by their
    family name alone ("Mr. Shin said", "Austin said"), as journalists refer to them after the
    first mention; a family name two people named in the article share is left alone."""
    people: dict[str, list[Actor]] = {}
    for ms in mentions:
        for m in ms:
            name = family_name(m.actor)
            if name and m.actor not in people.setdefault(name, []):
                people[name].append(m.actor)
    single = {name: actors[0] for name, actors in people.items() if len(actors) == 1}
    if not single:
        return mentions
    pattern = re.compile(rf"(?<![\w-]){_HONORIFIC}({'|'.join(map(re.escape, single))})(?![\w-])")
    out = []
    for sentence, ms in zip(sentences, mentions, strict=True):
        found = [
            Mention(m.start(), m.end(), single[m.group(1)])
            for m in pattern.finditer(plain(sentence))
            if not any(x.start < m.end() and m.start() < x.end for x in ms)
        ]
        out.append(sorted([*ms, *found], key=lambda x: x.start) if found else ms)
    return out


# "South says", "the South's military": South Korea named again in Korean copy (a capital S, before a
# verb of saying or a possessive; "the south of Ukraine" and "South Africa" are other places)
_THE_SOUTH = re.compile(
    r"(?<![\w-])(?:the\s+)?South(?=\s+(?:says|said|say|estimates|estimated|believes|reports|reported|told|claims"
    r"|assesses|assessed)\b|'s\s)"
)
SOUTH_KOREA = "South Korea"


def the_south(sentences: list[str], mentions: list[list[Mention]], south: Actor | None) -> list[list[Mention]]:
    """Each sentence's mentions with "the South" read as ``south`` (South Korea), in an article that
    names South Korea or one of its bodies elsewhere."""
    if south is None or not any(
        m.actor.actor_id == south.actor_id or m.actor.country == south.actor_id for ms in mentions for m in ms
    ):
        return mentions
    out = []
    for sentence, ms in zip(sentences, mentions, strict=True):
        found = [
            Mention(m.start(), m.end(), south)
            for m in _THE_SOUTH.finditer(plain(sentence))
            if not any(x.start < m.end() and m.start() < x.end for x in ms)
        ]
        out.append(sorted([*ms, *found], key=lambda x: x.start) if found else ms)
    return out
