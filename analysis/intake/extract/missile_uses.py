"""What English copy says was done with missiles: fired, supplied, or launched in a test of North
Korea's own.

"the missiles Russia fired at Kyiv" were fired; "missiles supplied to Russia" are held; "North
Korea fired five short-range missiles off its east coast" is a test of its own, which no measure of
the dataset counts; "more than 200 missiles and drones were launched" is an attack's whole, of any make.
``measures`` asks these of the words of a count of missiles' clause.
"""

from __future__ import annotations

import re

METRICS = ("ballistic_missiles", "ballistic_missiles_fired")

# "fired", "unleashed", "used against", "shot down", "intercepted": missiles that flew (a missile shot
# down was fired); "Russians had deployed at least 24 North Korean ballistic missiles" is their use
_FIRED = re.compile(
    r"\b(?:fired|fires|fire|firing|launched|launches|launching|used|using|struck|hit|employed|unleashed|shot"
    r"|intercepted|downed|expended|rained|lobbed|(?:Russia|Russians|Russian forces|Moscow)\s+(?:has\s+|have\s+"
    r"|had\s+)?deployed)\b",
    re.I,
)
# the verb of supply, not a participle of origin after the noun ("missiles provided by North Korea",
# "North Korean-supplied missiles" were still fired)
_SUPPLIED = re.compile(
    r"(?<!-)\b(?P<verb>supplied|supplies|supply|delivered|deliver|sent|send|shipped|provided|provide"
    r"|transferred|received|handed)\b(?!\s+(?:(?P=verb)\s+)?(?:by|from)\b)",
    re.I,
)
# "fired five short-range missiles off its east coast", "test-fired two missiles into the sea"
_TEST_LAUNCH = re.compile(
    r"\b(?:test[- ](?:fired|fires|fire|firing|launched|launches|launch|launching)|missile tests?|test launch(?:es)?"
    r"|off (?:its|the|North Korea's) (?:east|west)(?:ern)? coast|into the (?:sea|East Sea|Sea of Japan|Yellow Sea"
    r"|West Sea|waters))\b",
    re.I,
)


def fired(clause: str) -> bool:
    """Whether a clause about missiles says they were fired (and not that they were supplied)."""
    return _FIRED.search(clause) is not None and _SUPPLIED.search(clause) is None


def a_test(clause: str) -> bool:
    """Whether a clause about missiles tells of North Korea's own test launch."""
    return _TEST_LAUNCH.search(clause) is not None


# "200 missiles and drones", "150 drones and missiles", "40 missiles and attack UAVs": one total of both
_WITH_DRONES = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,2}?missiles?\s+(?:and|or|&)\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|Shaheds?)"
    r"|(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|Shaheds?)\s+(?:and|or|&)\s+(?:[\w-]+\s+)?missiles?)\b",
    re.I,
)


def with_drones(s: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts missiles and drones together (an attack's whole)."""
    return _WITH_DRONES.match(s, end) is not None
