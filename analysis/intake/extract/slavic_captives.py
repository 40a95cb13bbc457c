"""Russian and Ukrainian: one soldier taken prisoner, told with no numeral.

Copy tells of a single prisoner by the singular noun alone ("ВСУ взяли в плен солдата армии КНДР",
"підтвердило захоплення пораненого північнокорейського солдата", "Раненый солдат КНДР, взятый в
плен, ..."): the count is one, as "a soldier" is in English. ``lone_captives`` gives the span of
that noun, which ``slavic.figures`` reads as the figure 1 with the unit ``CAPTIVE``: a count of the
captured, whatever wound or fate the sentence tells of him.

Data quirks:
- Only the singular forms that cannot be a plural are read after the capture ("солдата",
  "військового", "военнослужащего"); "солдат" (also the genitive plural: "двох солдат") counts
  one only as the subject of a singular participle of capture ("солдат КНДР, захоплений у полон").
- A numeral before the noun ("двох солдатів", "одного солдата") is a figure of its own: the noun
  is not read again.
- Between the capture and the noun only his own adjectives are read ("захоплення пораненого
  північнокорейського солдата"); a capturer named between ("захоплення Україною ...") tells the
  capturer's account, whose source is another matter.
- Only a North Korean soldier: one named with the state's name or adjective.
"""

from __future__ import annotations

import re

CAPTIVE = "captive"  # the unit of such a figure: a count of the captured, whatever else the sentence says of him
_L = "а-яёіїєґ'"
# taking prisoner, as a noun or a verb: "захват", "захоплення", "взяли в плен", "полонили"
_TAKING = (
    r"(?:захват\w*|захоплен\w*|захопил\w*|захопив|полонил\w*|полонив|пленил\w*|пленени\w*|полоненн\w*"
    r"|взят\w* в плен|взял\w* в плен|взяли в полон|взяв в полон|взяття в полон|взятие в плен)"
)
# the singular noun for a soldier, in a form no plural shares (genitive or accusative)
_ONE_SOLDIER = (
    r"(?:солдата|военнослужащего|військовослужбовця|военного|військового|бойца|бійця|вояка|пехотинца|піхотинця)"
)
# only his own attributes between, adjectives in his case ("пораненого північнокорейського", "раненого"): a
# capturer named between ("захоплення Україною ...") makes the line the capturer's account
_AFTER_TAKING = re.compile(
    rf"(?<![{_L}]){_TAKING}(?:\s+[{_L}]+(?:ого|его|ього)){{0,3}}\s+(?P<noun>{_ONE_SOLDIER})(?![{_L}])", re.IGNORECASE
)
# the noun as the subject of a singular participle of capture: "солдат КНДР, захоплений у полон", "взятый в плен"
_TAKEN_SUBJECT = re.compile(
    rf"(?<![{_L}])(?P<noun>солдат|военнослужащий|військовослужбовець|боец|боєць)(?:\s+[{_L}A-ZА-ЯІЇЄҐ()-]+){{0,2}}?,?"
    rf"\s+(?:захоплений у полон|захоплений в полон|взятий у полон|взятий в полон|взятый в плен|захваченный в плен"
    rf"|попавший в плен|потрапив у полон|потрапивший у полон)(?![{_L}])",
    re.IGNORECASE,
)


def lone_captives(s: str) -> list[tuple[int, int]]:
    """The span of a singular North Korean soldier noun told as taken prisoner with no numeral, at most one a
    sentence."""
    for pattern in (_AFTER_TAKING, _TAKEN_SUBJECT):
        m = pattern.search(s)
        if m and not _numbered(s, m.start("noun")) and _NORTH.search(s, m.start(), m.end() + 30):
            return [(m.start("noun"), m.end("noun"))]
    return []


# a North Korean named with him: "северокорейского солдата", "солдата армии КНДР", "солдат КНДР"
_NORTH = re.compile(r"северокорейск|північнокорейськ|КНДР|Северной Кореи|Північної Кореї", re.IGNORECASE)


def _numbered(s: str, start: int) -> bool:
    """Whether a number word or digits stand right before the noun ("одного солдата", "2 солдата")."""
    return bool(_NUMBER_BEFORE.search(s[max(0, start - 24) : start]))


# digits or a number word, an adjective perhaps between: "2 солдата", "одного пораненого солдата"
_NUMBER_BEFORE = re.compile(
    rf"(?:\d|(?<![{_L}])(?:одного|одну|один|одна|двох|двух|трьох|трех|трёх|двоє|двое|обох|обоих))\s+(?:[{_L}]+\s+)?$",
    re.IGNORECASE,
)
