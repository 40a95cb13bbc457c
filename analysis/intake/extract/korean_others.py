"""Korean: figures that are not North Korea's alone, or count what no measure of the dataset records.

A count of people can include Russia's own ("러시아 공병부대와 ... 북한 전문가를 포함해 최대 2천 명"): a
Russian or mixed total, which the dataset does not record. An area cleared of mines with no North
Korean named in its clause ("그 결과 지금까지 15만 헥타르 이상의 영토에서 제거 작업이 완료됐다") is the
region's whole clearance, not what the North's sappers cleared. Arms or rounds in a clause whose subject is
Russia's army, with no North Korean named ("러시아군은 전쟁 동안 다연장로켓포 400문 이상을 잃으면서"), are
Russia's own. The base of a share the copy works out in a sentence of its own ("이는 파병된 1만 1000명 규모 병력의
약 절반에 해당한다") is the copy's arithmetic, no one's claim. Towed guns and mortars ("D-74 122mm
견인포 94문", "박격포 44문") are neither self-propelled guns nor rocket launchers: no measure counts them.

Data quirks:
- A share worked out inside someone's quotation ("국방정보국은 ″이는 ... 1만 1천 명의 절반이 넘는 것″이라고") is
  theirs: only a sentence opened by "이는" is the copy's own.
- Russia as a place ("러시아에 도착한 1천500명을 포함한 1만2천 명") is no Russian part of a total.
- A clause ends where Korean copy breaks it (``CLAUSE_BREAK``, shared with the sentence reader): a
  comma after a count with no particle does not.
"""

from __future__ import annotations

import re

from analysis.intake.extract.numbers import Figure

# a total that includes Russia's own ("러시아 공병부대와 ... 북한 전문가를 포함해 최대 2천 명", "러시아군과 북한군을
# 합쳐 5만 명"): a Russian or mixed count, none of North Korea's alone (not Russia as a place: "러시아에 도착한
# 1천500명을 포함한 1만2천 명")
_MIXED_TOTAL = re.compile(
    r"러시아(?!에|로|에서|로부터|까지)[^.;:\"\u201c\u201d]{0,60}?(?:을|를|과|와)?\s?(?:포함해|포함하여|포함한|포함하면|합쳐|합해|합한)"
    r"\s?(?:(?:총|모두|약|최대|최소|대략)\s?)*$"
)


def mixed_total(s: str, fig: Figure) -> bool:
    """Whether figure ``fig`` is a total that includes Russia's own (``_MIXED_TOTAL`` just before it)."""
    return _MIXED_TOTAL.search(s[max(0, fig.start - 90) : fig.start]) is not None


# three dots end a headline's clause as "…" does ("1천500명 러 파견...총 1만2천 병력 파견 결정");
# "파병했고", "달하며" join clauses; "했다고", "라며" quote one, and do not break it
# (nor does the comma after "...때", when: "152㎜ 고폭탄이라고 가정할 때, 약 600여만 발"; nor the comma after a
# count with no particle: "북한군 2600명, 내달 투입될 듯", "전투병 1만 명,
# 공병 1000명 등이 배치돼 있고": the count is the subject of the verb after)
CLAUSE_BREAK = re.compile(
    r"(?<![\d천만백여]명)(?<![\d천만백여] 명)(?<!때),|[;:()\u2026]|\.{2,}"
    r"|(?<=[^다라]고)\s|(?<=[^다라]며)\s|(?<=는데)\s|(?<=지만)\s"
)
# who clear the ground, North Korean: "북한 공병", "北 전문가", "파병군", "인민군"
_NORTH_NAMED = re.compile(r"북한|北|조선|인민군|파병군")


def area_of_others(s: str, fig: Figure) -> bool:
    """Whether an area cleared (hectares) is the region's whole, no North Korean named in its clause
    ("그 결과 지금까지 15만 헥타르 이상의 영토에서 제거 작업이 완료됐다"): not what North Korea's sappers cleared."""
    if fig.unit != "hectares":
        return False
    lo = max([0, *(m.end() for m in CLAUSE_BREAK.finditer(s, 0, fig.start))])
    hi = min([len(s), *(m.start() for m in CLAUSE_BREAK.finditer(s, fig.end))])
    return _NORTH_NAMED.search(s, lo, hi) is None


# towed guns and mortars named right before or after the figure: "122mm 견인포 94문", "박격포 약 40문",
# "94문의 견인포"
_TOWED_BEFORE = re.compile(r"(?:견인포|견인\s?곡사포|박격포)\s?(?:(?:약|총|최소|최대)\s?)?$")
_TOWED_AFTER = re.compile(r"\s?(?:여\s?)?[문대]의\s?(?:견인포|견인\s?곡사포|박격포)")


def towed(s: str, fig: Figure) -> bool:
    """Whether figure ``fig`` counts towed guns or mortars (named right before or after it)."""
    return bool(_TOWED_BEFORE.search(s[max(0, fig.start - 14) : fig.start]) or _TOWED_AFTER.match(s, fig.end))


# Russia's army as the subject of a clause: "러시아군은", "러군이"
_RUSSIAN_ARMY = re.compile(r"(?:러시아군|러군|러시아\s?군대)(?:은|는|이|가)\s")
_ARMS = frozenset({"rounds", "missiles", "guns", "pieces"})


def russian_arms(s: str, fig: Figure) -> bool:
    """Whether figure ``fig`` counts arms or rounds in a clause about Russia's army that names no North Korean."""
    if fig.unit not in _ARMS:
        return False
    lo = max([0, *(m.end() for m in CLAUSE_BREAK.finditer(s, 0, fig.start))])
    hi = min([len(s), *(m.start() for m in CLAUSE_BREAK.finditer(s, fig.end))])
    return bool(_RUSSIAN_ARMY.search(s, lo, fig.start)) and _NORTH_NAMED.search(s, lo, hi) is None


# the copy's own sentence of arithmetic, opened by "이는" ("this is ..."), with no source of its own
_COPY_REMARK = re.compile(r"\s*(?:이는|이것은|이\s?수치는|이\s?규모는)\s")
# a share of the figure right after it, its noun between: "1만 1000명 규모 병력의 약 절반", "1만1000여 명의 3분의 1",
# "병력의 40%"
_SHARE_OF = re.compile(
    r"(?:\s?여)?\s?[명개발기문](?:\s?(?:규모|가량|정도))?(?:\s?[\uac00-\ud7a3]{1,4}){0,2}의\s(?:약\s|거의\s|최소\s)?"
    r"(?:절반|반|\d+\s?분의\s?\d+|\d+(?:\.\d+)?\s?(?:%|퍼센트)|\d+\s?배)"
)


def share_base(s: str, fig: Figure) -> bool:
    """Whether figure ``fig`` is the base of a share the copy works out in a sentence of its own ("이는 파병된
    1만 1000명 규모 병력의 약 절반에 해당한다"): arithmetic, not a claim."""
    return _COPY_REMARK.match(s) is not None and _SHARE_OF.match(s, fig.end) is not None


def no_count_of_its_own(s: str, fig: Figure) -> bool:
    """Whether figure ``fig`` is none of North Korea's own counts by any measure: a mixed total, a region's
    whole area, towed guns or mortars, Russia's own arms, or the base of the copy's arithmetic."""
    return any(rule(s, fig) for rule in (mixed_total, area_of_others, towed, russian_arms, share_base))
