"""Korean: the words that bound a figure, before it ("약", "최소", "최대") and after it ("이상", "가량", "까지").

``BOUND_BEFORE`` and ``BOUND_AFTER`` find a cue next to a figure; ``BOUND_BEFORE_KIND`` and
``BOUND_AFTER_KIND`` say whether it is a floor (``low``), a ceiling (``high``) or about (``best``, the
default for a cue not listed).

Data quirks:
- A verb of exceeding denied ("넘지 않는다") is a ceiling, and "못 미치는", "채 안 되는" fall short.
- "2천 개가 넘어간" went across (to Russia): no bound.
- "N에 달하는 X", "N에 달하고" are as many as N (a ceiling); the predicate "N에 달한다" gives a level.
"""

from __future__ import annotations

import re

BOUND_BEFORE = re.compile(
    r"(?P<cue>약|대략|어림잡아|얼추|최소한?|적어도|적게는|적게\s?잡아도|줄잡아|족히|최대|최고|많게는|거의|무려|총"
    # "근 1만 명": close to (the prefix 근 alone, not the end of a word)
    r"|(?<![\uac00-\ud7a3])근)\s*$"
)
BOUND_BEFORE_KIND = {"약": "best", "대략": "best", "최소": "low", "최소한": "low", "적어도": "low", "최대": "high"}
BOUND_BEFORE_KIND |= {"거의": "high", "많게는": "high"}
# "어림잡아", "얼추": roughly; "적게는", "줄잡아", "족히": at the least; "최고": at the most
BOUND_BEFORE_KIND |= {"어림잡아": "best", "얼추": "best", "최고": "high"}
BOUND_BEFORE_KIND |= dict.fromkeys(["적게는", "줄잡아", "족히", "적게 잡아도", "적게잡아도"], "low")
BOUND_BEFORE_KIND |= {"근": "high"}
BOUND_AFTER = re.compile(
    r"(?:[이가을를은는의에도]|으로|로|에서|에도)?\s?"
    # "2천 개가 넘어간": went across (to Russia), no bound
    r"(?P<cue>이상|가량|정도|안팎|내외|남짓|쯤|넘게|넘는|넘어(?![가간갔갈오온왔])|넘었|넘은|넘긴|넘겼|넘을|웃도는|웃돌|초과|이하|미만|육박"
    r"|가까이|가깝|가까운|가까워|가까웠|근접|까지|에 달|에 이르|달해|달하[는고]|달하|넘지\s?않"
    r"|초과하지\s?않|웃돌지\s?않"
    # "6000명을 돌파했다", "1만 명을 상회하는": passed; "1천 명에 못 미치는", "100명이 안 되는": short of
    r"|돌파|상회|밑도|밑돌|밑돈|못\s?미[치친쳐칠]|미치지\s?못|(?:채\s?)?안\s?[되된돼될])"
)
BOUND_AFTER_KIND = {
    "이상": "low",
    "넘게": "low",
    "넘는": "low",
    "넘어": "low",
    "넘었": "low",
    "넘은": "low",
    "넘긴": "low",
    "넘겼": "low",
    "넘을": "low",
    "웃도는": "low",
    "웃돌": "low",
    "가까이": "high",
    "가깝": "high",
    # "1만 명에 가까운", "근접한": close to
    "가까운": "high",
    "가까워": "high",
    "가까웠": "high",
    "근접": "high",
    "초과": "low",
    "남짓": "low",
    "이하": "high",
    "미만": "high",
    "육박": "high",
    "까지": "high",
    "돌파": "low",
    "상회": "low",
    "밑도": "high",
    "밑돌": "high",
    "밑돈": "high",
}
# "100명에 못 미친다", "100명이 채 안 된다": short of
BOUND_AFTER_KIND |= dict.fromkeys(["미치지 못", "미치지못"], "high")
BOUND_AFTER_KIND |= {f"못{sp}미{c}": "high" for sp in ("", " ") for c in "치친쳐칠"}
BOUND_AFTER_KIND |= {f"{chae}안{sp}{c}": "high" for chae in ("", "채 ", "채") for sp in ("", " ") for c in "되된돼될"}
# "3천 명을 넘지 않는다": a verb of exceeding denied is a ceiling
BOUND_AFTER_KIND |= dict.fromkeys(["넘지 않", "넘지않", "초과하지 않", "초과하지않", "웃돌지 않", "웃돌지않"], "high")
BOUND_AFTER_KIND |= dict.fromkeys(["달하는", "달하고"], "high")  # "1만 명에 달하는 북한군": as many as
