"""Agency names in the other word orders English copy writes them in.

``actors.csv`` lists an agency under a few names ("Ukraine's defence ministry", "Department of
Defense", "British defence ministry"); copy from other outlets writes the same name the other way
round ("Ukraine's Ministry of Defence", "the Defense Department") or with the country's name for
its adjective ("Britain's defence ministry"). Korean, Ukrainian and Russian names are left as written.
A country's national security adviser ("South Korea's national security adviser") is read here too, and
another country named before or after a generic name ("UK defence ministry", "the defence ministry of Japan"),
and an agency's parent ministry written after its name ("Главное управление разведки Министерства обороны").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

# "defence ministry" <-> "Ministry of Defence", "Defense Department" <-> "Department of Defense"
_BODY = r"ministry|department"
_SUBJECT = r"defen[cs]e|national defen[cs]e|foreign affairs|foreign|interior|state|justice|unification"
_SUBJECT_FIRST = re.compile(rf"^(?P<head>.*?)(?P<subject>\b(?:{_SUBJECT}))\s+(?P<body>{_BODY})$", re.I)
_BODY_FIRST = re.compile(rf"^(?P<head>.*?)(?P<body>\b(?:{_BODY}))\s+of\s+(?P<subject>(?:{_SUBJECT}))$", re.I)
_LATIN = re.compile(r"^[\x20-\x7e]+$")


def word_orders(name: str) -> list[str]:
    """``name`` and the same name in the other word order of "X ministry" / "Ministry of X"."""
    if not _LATIN.match(name):
        return [name]
    m = _SUBJECT_FIRST.match(name)
    if m:
        return [name, f"{m.group('head')}{m.group('body')} of {m.group('subject')}"]
    m = _BODY_FIRST.match(name)
    if m:
        return [name, f"{m.group('head')}{m.group('subject')} {m.group('body')}"]
    return [name]


def country_forms(name: str, demonyms: list[str], country_names: list[str]) -> list[str]:
    """``name`` with its country's adjective ("British defence ministry") written as each of the
    country's names in the possessive ("Britain's defence ministry", "UK's defence ministry")."""
    lower = name.lower()
    for demonym in demonyms:
        if lower.startswith(demonym + " "):
            rest = name[len(demonym) + 1 :]
            return [name, *(f"{country}'s {rest}" for country in country_names if _LATIN.match(country))]
    return [name]


# "South Korea's national security adviser", "Ukraine's deputy national security advisor": an
# adviser, after the country's name
_ADVISER = re.compile(r"(?:'s)?\s+(?:(?:deputy|top|chief|presidential)\s+)?(?:national\s+)?security\s+advis[eo]r\b")
# a name of a security office ("National Security Council", "Security Council of Russia")
_SECURITY_OFFICE = re.compile(r"security council|national security", re.I)


def is_security_office(name: str) -> bool:
    """Whether ``name`` names a country's security office (whose adviser speaks for it)."""
    return _SECURITY_OFFICE.search(name) is not None


def adviser_after(lower: str, end: int) -> bool:
    """Whether a security adviser's title follows a country's name ending at ``end``."""
    return _ADVISER.match(lower, end) is not None


# "the UK Defence Ministry", "Japan's defense ministry": a country named just before an agency's
# generic name ("defence ministry") that is not the agency's own country makes it another agency
_QUALIFIERS = {
    **dict.fromkeys(["south korean", "south korea", "seoul", "rok"], "South Korea"),
    **dict.fromkeys(["north korean", "north korea", "pyongyang", "dprk"], "North Korea"),
    **dict.fromkeys(["ukrainian", "ukraine", "kyiv", "kiev"], "Ukraine"),
    **dict.fromkeys(["russian", "russia", "moscow", "kremlin"], "Russia"),
    **dict.fromkeys(["american", "us", "u.s.", "united states", "washington"], "United States"),
    **dict.fromkeys(["british", "britain", "uk", "u.k.", "london"], "United Kingdom"),
    **dict.fromkeys(["japanese", "japan", "tokyo", "chinese", "china", "beijing", "german", "germany"], "other"),
    **dict.fromkeys(
        ["french", "france", "estonian", "estonia", "polish", "poland", "lithuanian", "taiwanese"], "other"
    ),
}
_QUALIFIER = re.compile(
    r"(?<![\w.-])(" + "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True)) + r")(?:'s)?\s+$"
)
# "the defence ministry of Japan", "Defence Intelligence of Estonia": the country named after the name
_QUALIFIER_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(" + "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True)) + r")(?![\w-])"
)


def another_country(lower: str, start: int, end: int, country: str) -> bool:
    """Whether a country other than ``country`` is named just before the agency's name at
    ``start:end`` of the lower-cased sentence ("uk defence ministry") or just after it ("the
    defence ministry of japan")."""
    before = _QUALIFIER.search(lower, max(0, start - 20), start)
    after = _QUALIFIER_AFTER.match(lower, end)
    return any(q is not None and _QUALIFIERS[q.group(1)] != country for q in (before, after))


class _Named(Protocol):
    """What ``parent_ministry`` reads of an actor (``claimants.Actor``, without importing it)."""

    @property
    def kind(self) -> str: ...
    @property
    def role(self) -> str: ...


# between an agency's name and its parent ministry: a space, "of (the)" or "under", after a bracketed short
# name ("the Defense Intelligence Agency (DIA) under South Korea's defense ministry")
_PARENT_GAP = re.compile(r"\)?\s+(?:(?:of|under)\s+(?:the\s+)?)?")
# an agency's role that names the ministry it belongs to ("... of the Ministry of Defence of Ukraine")
_UNDER_MINISTRY = re.compile(r"\b(?:of|under) the Ministry\b")


def parent_ministry(agency_role: str, named: Iterable[_Named], gap: str) -> bool:
    """Whether a name right after an agency's (``gap`` between them) only says whose body it is: one of
    the ministries it may name (``named``) is the parent the agency's role names ("Главное управление
    разведки Министерства обороны Украины", "ГУР Минобороны", "the Main Intelligence Agency (GUR) of the
    Ukrainian Ministry of Defense"), so it is part of the agency's name, not another source."""
    if not _UNDER_MINISTRY.search(agency_role) or not _PARENT_GAP.fullmatch(gap):
        return False
    return any(a.kind == "agency" and a.role.startswith("Ministry") for a in named)
