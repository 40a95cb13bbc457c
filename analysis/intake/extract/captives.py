"""The captured in the words English copy uses for them.

``measures`` reads a figure's state from the words after it ("were captured") or before it ("took
2 soldiers prisoner"); this module holds the English words for soldiers in the enemy's hands, so
other outlets' words ("were detained by Ukrainian forces", "held as prisoners of war", "in
Ukrainian captivity") count as captured too, and the counts that take the missing and captured in
with the dead and wounded ("killed, wounded, missing or captured", a gloss of "casualties" naming the
missing): battle casualties. Korean, Ukrainian and Russian words are elsewhere.
"""

from __future__ import annotations

import re

# after the figure: "were captured", "taken prisoner", and other outlets' words for the same
# ("were detained by Ukrainian forces", "were apprehended", "taken alive", "held as prisoners of
# war", "in Ukrainian captivity"); a regex body for the ``captured`` group of ``measures._STATE``
CAPTURED_AFTER = (
    r"captured|taken prisoner|taken captive|taken into captivity|surrendered to Ukrain\w*"
    r"|detained|apprehended|taken alive|held (?:captive|prisoner|as prisoners|by Ukrain\w*)"
    r"|in (?:Ukrainian )?captivity"
)
# "took 2 soldiers prisoner", "is holding 2 soldiers captive": a verb of taking or holding before
# the figure, with ``CAPTIVE_AFTER`` after its noun
TAKEN_BEFORE = re.compile(r"\b(?:took|taken|take|takes|taking|holds|holding|held)\s+$", re.I)
CAPTIVE_AFTER = re.compile(r"\s*(?:captive|prisoner|prisoners|into captivity)\b", re.I)
# "4,000 have been killed, wounded, missing or captured": the list runs over its commas
BATTLE_LIST = re.compile(
    r"(?:\s+[\w'-]+){0,6}?\s+(?:killed|dead), (?:wounded|injured),? (?:(?:or|and) )?(?:missing|captured)\b", re.I
)
# "3,000 Soldiers Killed, Wounded In Kursk": headlinese's comma for "and", a pair with no missing or
# captured after it (``BATTLE_LIST`` is asked first), counts the killed and wounded together
_KILLED_WOUNDED_PAIR = re.compile(r"(?:\s+[A-Za-z'-]+){0,6}?\s+(?:killed|dead), (?:wounded|injured)\b", re.I)


def listed_toll(s: str, end: int) -> str | None:
    """The metric of a list of states right after a count of people ending at ``end``: "killed, wounded,
    missing or captured" (battle casualties), "Killed, Wounded" (both together); ``None`` for no list."""
    if BATTLE_LIST.match(s, end):
        return "battle_casualties"
    return "casualties_killed_or_wounded" if _KILLED_WOUNDED_PAIR.match(s, end) else None


# "4,000 casualties — meaning those killed, wounded, missing or captured", "casualties (including the
# missing)": a gloss of the noun that counts the missing or captured too
_GLOSS = r"(?:meaning|including|which (?:includes?|covers?)|that is|i\.e\.,?)"
BATTLE_GLOSS = re.compile(
    rf"(?:\s+[\w'-]+){{0,3}}?\s*(?:[(:]\s*(?:{_GLOSS})?|(?:(?<=\s)-+|,)\s*{_GLOSS})[^.;)\d]{{0,60}}?"
    r"\b(?:missing|captured|taken prisoner|prisoners)\b",
    re.I,
)
