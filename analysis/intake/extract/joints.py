"""Joint sources: a figure that several governments give together has no one claimant.

"South Korea, Kyiv and the United States have all said that North Korea sent more than 10,000
troops", "according to US and South Korean officials", "Ukrainian and allied assessments",
"intelligence estimates from the US, Ukraine and South Korea": a recap credited to several
governments at once is the copy's summary of what they said, not one body's claim, and is not
proposed.

Data quirks:
- A joint source is two or more governments (a country, its capital or its adjective, or
  "Western", "allied") joined by "and", standing as the source: after "according to", "from" or
  "by", or before the officials, agencies, intelligence or assessments of them, or before a verb
  of saying ("have all said").
- North Korea and Russia are what such figures are about, never the joint source.
- The recap often runs on into the next sentence of its paragraph with "also" ("Pyongyang has also
  sent ...") and no source of its own: that sentence is the same several governments' recap.
"""

from __future__ import annotations

import re

from analysis.intake.extract.text import plain

# a government as a recap names it: the country, its capital, its adjective, or the West and allies
_GOVERNMENT = (
    r"(?:the\s+)?(?:U\.?S\.?|United\s+States|American|Washington|South\s+Korean?|Seoul|Ukrain(?:e|ian)|Kyiv|Kiev"
    r"|Western|allied|NATO|British|U\.?K\.?|Britain|Japan(?:ese)?|Tokyo|European|EU|Polish|Poland|German|Germany"
    r"|French|France)(?:'s)?"
)
_JOINT = rf"{_GOVERNMENT}(?:\s*,\s*{_GOVERNMENT})*,?\s+and\s+{_GOVERNMENT}"
_SOURCE_NOUN = (
    r"(?:officials|intelligence|agencies|assessments?|estimates?|governments|authorities|militaries|sources"
    r"|services|data|figures)"
)
_SAYING = (
    r"(?:(?:have|has|had|also|all|both|previously|earlier|repeatedly)\s+){0,3}"
    r"(?:said|say|says|estimated|estimate|believe|assessed|reported)"
)
_JOINT_SOURCE = re.compile(
    rf"\b(?:according\s+to|from|by|citing)\s+{_JOINT}"
    rf"|\b{_JOINT}\s+(?:(?:military|intelligence|defen[cs]e|government)\s+)?(?:{_SOURCE_NOUN}\s+)?{_SAYING}\b"
    rf"|\b{_JOINT}\s+(?:(?:military|intelligence|defen[cs]e|government)\s+)?{_SOURCE_NOUN}\b",
    re.IGNORECASE,
)


def is_joint_source(sentence: str) -> bool:
    """Whether a sentence credits its figures to several governments at once."""
    return _JOINT_SOURCE.search(plain(sentence)) is not None


# "Pyongyang has also sent ...", "It also shipped ...", "In addition, ...": a sentence that goes on
# with the one before it, its "also" early in the clause (not "also said" of a new source)
_GOES_ON = re.compile(
    r"^\W*(?:(?:in\s+addition|moreover|besides|furthermore)\b|(?:[\w'-]+\s+){1,4}?(?:has|have|had|is|are|was"
    r"|were)?\s*also\s+(?!said|says|say|told|reported|noted|stated|estimated)\w)",
    re.IGNORECASE,
)


def goes_on(sentence: str) -> bool:
    """Whether a sentence goes on with the one before it ("Pyongyang has also sent ...")."""
    return _GOES_ON.search(plain(sentence)) is not None
