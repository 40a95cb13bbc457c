"""Agency names in the other word orders English copy writes them in.

``actors.csv`` lists an agency under a few names ("Ukraine's defence ministry", "Department of
Defense", "British defence ministry"); copy from other outlets writes the same name the other way
round ("Ukraine's Ministry of Defence", "the Defense Department") or with the country's name for
its adjective ("Britain's defence ministry"). Korean, Ukrainian and Russian names are left as written.
A country's national security adviser ("South Korea's national security adviser") is read here too.
"""

from __future__ import annotations

import re

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
