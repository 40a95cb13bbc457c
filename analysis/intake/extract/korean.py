"""Korean: figures, their bounds, what they count, periods, hedges and attribution cues.

Figures are digits with Korean units (``1만1000명``, ``1만 1천 명``, ``850여만 발``, ``만여 명``,
``1.5만``), with a counter after them that says what kind of thing is counted (``명``
people, ``발`` rounds, ``기`` missiles or launchers, ``문`` guns, ``개`` containers or
devices). Bounds come from the words around a figure: ``약``/``가량``/``정도`` about;
``이상``/``최소``/``-여``/``넘게`` a floor; ``최대``/``까지``/``육박`` a ceiling; ``1만~1만2000명``
a range.

Data quirks:
- The noun usually stands before the figure (``사상자 4700명``, ``사상자는 약 4700명으로``) and the
  verb after it (``1만1000명을 파병했다``), so both sides are read.
- ``N일`` without a month dates the statement ("국정원은 13일 ..."), never the figure's period.
- Rounds of a deployment (``1·2차``), missile names (``화성-20형``, ``KN-23``), calibres,
  money, ages, percentages and durations are not claim figures (percentages can be shares
  of ammunition; not a rate, 가동률, nor how much more, 30% 더 많다).
- Some clauses state no claim whatever their figures: the writer's arithmetic (``...셈이다``), what
  fits (``들어간다``, ``실을 수 있다``), the topic a speaker answers (``2명과 관련해``, ``...다는 보도는``).
- An area cleared with no North Korean named in its clause is the region's whole, not the sappers' part,
  and a total that includes Russia's own ("러시아 공병부대와 ... 북한 전문가를 포함해 최대 2천 명") is no North
  Korean figure, nor are arms in a clause about Russia's army naming no North Korean; towed guns and
  mortars count by no measure (``korean_others``).
- A count read in several ways ("152㎜ 포탄이면 300만 발, 122㎜ 포탄이면 50만 발") is claimed by its first
  reading only (``korean_alternatives``).
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction

from analysis.intake.extract.foreign import (
    Cues,
    Language,
    Reading,
    lexicon,
    relative_period,
    whole_figure,
)
from analysis.intake.extract.korean_alternatives import later_alternatives
from analysis.intake.extract.korean_bounds import BOUND_AFTER, BOUND_AFTER_KIND, BOUND_BEFORE, BOUND_BEFORE_KIND
from analysis.intake.extract.korean_each import for_each
from analysis.intake.extract.korean_others import CLAUSE_BREAK, no_count_of_its_own
from analysis.intake.extract.numbers import Figure
from analysis.intake.extract.periods import Period, month_period, safe_date

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = "조억만천백십"
_UNIT_VALUE = {"십": 10, "백": 100, "천": 1000, "만": 10**4, "억": 10**8, "조": 10**12}
# native numerals before "명": "북한군 두 명을 생포했다" ("한 명도" is "not one", so 한 is left out)
_NATIVE_VALUE = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20}
_NATIVE = "|".join(sorted(_NATIVE_VALUE, key=len, reverse=True))
# digits with units, units after digits, or a unit word alone before a counter ("만여 명", "천 개가 넘는")
_FIGURE = re.compile(
    rf"(?<![\d.,A-Za-z\uac00-\ud7a3-])(?:(?:{_NUM})\s?(?:여\s?)?[{_UNIT}](?:여[만억조]?)?"
    rf"(?:\s?(?:{_NUM})\s?(?:여\s?)?[{_UNIT}](?:여)?)*(?:\s?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:(?![\s{_UNIT}\d,])|(?=\s(?:여\s?)?[명발기문개])))?"
    rf"|[백천만]여?(?=\s?(?:여\s?)?[명발개기문])|(?:{_NATIVE})(?=\s?명)|(?:{_NUM}))"
)
_FIGURE_AFTER_HANGUL = re.compile(rf"(?<=[\uac00-\ud7a3])(?:{_NUM})(?:\s?(?:여\s?)?[{_UNIT}]여?)*")
_TOKEN = re.compile(rf"{_NUM}|[{_UNIT}]")

# counters: the word after a figure says what it counts
_COUNTERS: list[tuple[str, str]] = [
    (
        "skip",
        r"개월|개국|개소|개사|년|월|일|주일|주|시간|시|분|초|세|살|차례|차|회|번|배|형|호|위|곳|건|쪽|편|층|도|표|석|척",
    ),
    ("skip", r"원|달러|유로|엔|위안|루블|파운드|km|㎞|킬로|mm|㎜|밀리|cm|미터|m\b|kg|톤|t\b|군단|사단|여단|연대|대대"),
    ("percent", r"%|퍼센트|프로"),
    ("people", r"여\s?명|명"),
    ("rounds", r"발"),
    ("missiles", r"기"),
    ("guns", r"문"),
    ("pieces", r"개|대|점|량"),
    ("hectares", r"헥타르|㏊|ha\b"),
]
_COUNTER = re.compile("|".join(f"(?P<c{i}>{words})" for i, (_, words) in enumerate(_COUNTERS)))
_COUNTER_KIND = {f"c{i}": kind for i, (kind, _) in enumerate(_COUNTERS)}

# "1만~1만2000명", "1천여 명에서 많게는 약 3천 명", "2만5000명에서 최대 3만 명", "2만5000명~3만 명"
# "1만 내지 1만2000명": to; "1만 명과 1만2000명 사이": between (과/와 only with 사이 after the second figure,
# else two counts joined)
_RANGE = re.compile(
    r"\s?(?:[명발개문기]\s?)?(?:~|-|에서|\s?내지|(?P<between>과|와))\s?(?:(?:많게는|최대|최대한|약|무려)\s?)*"
)
_BETWEEN_AFTER = re.compile(r"\s?사이")
# "20만 발 후반대", "3000명대에 이른다": somewhere in a span of numbers, not one figure
_VAGUE_AFTER = re.compile(
    r"\s?(?:[명발개]\s?)?(?:후반|초반|중반|대\s?후반|대\s?초반)|\s?[명발개]대(?=[에의로를가이는인였다]|\s|$)"
)
# "수천 명", "몇 천 명", "수 만 명": several thousand, never a figure
_VAGUE = re.compile(rf"(?:수|몇)\s?[{_UNIT}]|수십|수백|수천|수만|수억|수십만|수백만|수천만")
_SKIP_BEFORE = re.compile(r"(?:[A-Za-z\uac00-\ud7a3]-|제|\d[.·,]\s?|No\.\s?)$")
_DATE = re.compile(
    r"(?:19|20)\d\d\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}\.?|(?:(?:19|20)\d\d년\s?)?\d{1,2}\s?(?:~\s?\d{1,2}\s?)?월"
    r"(?:\s?\d{1,2}\s?(?:~\s?\d{1,2}\s?)?일)?|\d{1,2}\s?일"
)


# a percentage of a rate ("공장 가동률이 30%", "명중률은 약 80%"), not a share of ammunition nor of a force
# lost ("사상률", "손실률", "사망률", "피해율" are)
_RATE_BEFORE = re.compile(r"(?<!사상)(?<!손실)(?<!사망)(?<!피해)[률율](?:이|은|는|을|를|도)?\s?(?:약\s?|대략\s?)?$")
# "30% 이상 많다", "30% 더 많은", "20% 높아졌다": how much more one amount is than another
_MORE_BY = re.compile(r"\s?(?:이상|가량|정도|쯤|남짓)?\s?(?:더\s?)?(?:많|적|높|낮|크|작|늘|줄|증가|감소)")


def _value(text: str) -> Fraction | None:
    """The value of a Korean figure: "1만1000" -> 11000, "850여만" -> 8500000, "1.5만" -> 15000, "두" -> 2."""
    if text in _NATIVE_VALUE:
        return Fraction(_NATIVE_VALUE[text])
    total, group, current = Fraction(0), Fraction(0), None
    for tok in _TOKEN.findall(text.replace("여", "")):
        if tok in _UNIT_VALUE:
            unit = _UNIT_VALUE[tok]
            if unit < 10**4:
                group += (current if current is not None else 1) * unit
            else:
                g = group + (current or 0)
                total += (g if g else 1) * unit
                group = Fraction(0)
            current = None
        else:
            if current is not None:
                return None  # two plain numbers in a row: not one figure
            current = Fraction(tok.replace(",", ""))
    return total + group + (current or 0)


def _last_unit(text: str) -> int:
    units = [_UNIT_VALUE[c] for c in text if c in _UNIT_VALUE]
    return units[-1] if units else 1


# the likenesses of the counted: "병사 101명의 초상화", "북한군 2명의 사진" count pictures, not people
_LIKENESS_AFTER = re.compile(r"\s?의\s?(?:[\uac00-\ud7a3]{1,4}\s)?(?:초상화|영정|사진)")


def _counter(s: str, end: int) -> tuple[str, int]:
    """(kind of the counter after a figure, where it ends); ("", end) when there is none."""
    m = _COUNTER.match(s, end + (1 if s[end : end + 1] == " " else 0))
    if not m:
        return "", end
    kind = _COUNTER_KIND[m.lastgroup or ""]
    if kind == "people" and _LIKENESS_AFTER.match(s, m.end()):
        return "pieces", m.end()  # "101명의 초상화": pictures of the people, counted as pieces
    return kind, m.end()


# clauses that state no claim, each with the words that begin its clause:
# - "...2000명이 증원된 셈이다": the writer's arithmetic ("it works out to"), back to the last comma or
#   joined clause before "셈";
# - "컨테이너 2천 개에는 ... 포탄이라면 20만 발 이상, ... 100만 발 이상 들어갑니다", "한 척에 500발을 실을
#   수 있다", "묘지에 400여 구의 시신이 안장될 수 있다": what fits (a capacity, its alternatives joined by
#   commas), not what was sent or who died ("들어간 포탄", went in, is);
# - "생포된 북한군 2명과 관련해", "200여 명으로 추정한 외신 보도와 관련해", "'...40명이 발생했다'는 보도는": the
#   counted themselves, or an unnamed report, as the topic a speaker answers, not the speaker's claim
#   ("북한이 350명의 전사자를 공개한 것과 관련해" names who gives the figure, and stays)
_NO_CLAIM = [
    (
        re.compile(r"(?<![\uac00-\ud7a3])셈(?:이다|이었다|입니다|이며|이고|이 된다|이 됐다|이라)"),
        re.compile(r"[,;:]|(?:는데|지만|으나)\s"),
    ),
    (
        re.compile(
            r"들어갑|들어간다|들어갈\s?수|담을\s?수|담기는|실을\s?수|적재할\s?수|적재\s?(?:가능|능력|용량)"
            # the room of a burial ground: "400여 구의 시신이 안장될 수 있다", "412구를 안치할 수"
            r"|(?:안장|안치|매장)(?:할|될|시킬)\s?수|묻힐\s?수"
        ),
        re.compile(r"[;:]|(?:는데|지만|으나|으며)\s"),
    ),
    (
        re.compile(
            r"\d\s?(?:여\s?)?[명발기문개](?:과|와|에)\s?관련(?:해|하여)"
            r"|(?:외신|언론)?\s?보도(?:와|에)\s?관련(?:해|하여)|(?:다|라)[\"'\u2019\u201d]?(?:는|던)\s?"
            # whose report it is may stand between: "...전사했다는 관계자의 말을 인용한 한 언론의 보도에 대해서는"
            r"(?:[^,.;:\"]{0,40}\s)?(?:외신\s?|언론\s?)?보도(?:는|에\s?대해)"
        ),
        re.compile(r"[,;:]|(?:는데|지만|으나)\s"),
    ),
]


def _no_claim(s: str) -> list[tuple[int, int]]:
    """The spans of the clauses of a sentence that state no claim (``_NO_CLAIM``)."""
    out = []
    for verb, breaks in _NO_CLAIM:
        for m in verb.finditer(s):
            starts = [b.end() for b in breaks.finditer(s, 0, m.start())]
            out.append((max(starts, default=0), m.end()))
    return out


def figures(s: str) -> list[Figure]:
    """The claim figures of a (plain) Korean sentence, with bounds and what their counter
    counts (``unit``: people, rounds, missiles, guns, pieces, hectares, percent)."""
    none = _no_claim(s)
    found = _figures(s)
    other_readings = later_alternatives(s, found)  # "122㎜ 포탄이면 50만 발" after "152㎜ 포탄이면 300만 발"
    return [
        f
        for i, f in enumerate(found)
        if not any(a <= f.start < b for a, b in none)
        and not for_each(s, f)
        and i not in other_readings
        and not no_count_of_its_own(s, f)
    ]


def _figures(s: str) -> list[Figure]:
    skip = [(m.start(), m.end()) for m in _DATE.finditer(s)] + [(m.start(), m.end()) for m in _VAGUE.finditer(s)]
    raw = [m for m in _FIGURE.finditer(s) if not any(a <= m.start() < b for a, b in skip)]
    spans = [(m.start(), m.end()) for m in raw]
    raw += [
        m
        for m in _FIGURE_AFTER_HANGUL.finditer(s)
        if not any(a <= m.start() < b for a, b in skip + spans)  # not the "5천" inside "2만5천"
    ]
    raw.sort(key=lambda m: m.start())
    out: list[Figure] = []
    i = 0
    while i < len(raw):
        m = raw[i]
        if out and m.start() < out[-1].end:
            i += 1
            continue
        figure, used = _figure(s, raw, i)
        if figure is not None and not figure.skipped:
            out.append(figure)
        i += used
    return out


def _figure(s: str, raw: list[re.Match[str]], i: int) -> tuple[Figure | None, int]:
    m = raw[i]
    text = m.group(0).strip()
    if _SKIP_BEFORE.search(s[max(0, m.start() - 4) : m.start()]):
        return None, 1  # "화성-20형", "KN-23", "제11군단", "1·2차"
    value = _value(text)
    if value is None:
        return None, 1
    end = m.start() + len(m.group(0).rstrip())
    low_cue = "여" if "여" in text and text not in _NATIVE_VALUE else ""  # not the 여 of "여섯"
    if s.startswith("여", end) and not low_cue:  # "11,000여명", "220여문": more than
        low_cue, end = "여", end + 1
    if _VAGUE_AFTER.match(s, end):
        return None, 1  # "20만 발 후반대": somewhere in the upper 200,000s
    nxt = raw[i + 1] if i + 1 < len(raw) else None
    gap = _RANGE.match(s, end)
    if nxt is not None and gap and gap.end() == nxt.start():
        top = _value(nxt.group(0).strip())
        if top is not None:
            bottom = value
            unit = _last_unit(nxt.group(0))
            if _last_unit(text) == 1 and unit > 1 and value * unit <= top:
                bottom = value * unit  # "1~2만 명": the unit written once applies to both ends
            elif top < value and unit == 1 and value >= 10**4 and top < 10**4:
                top = value - value % 10**4 + top  # "1만 1000~2000여 명": 11,000 to 12,000
            end2 = nxt.start() + len(nxt.group(0).rstrip())
            counter, after = _counter(s, end2)
            change = "에서" in gap.group(0) and re.match(
                r"\s?(?:으로|로)(?![\uac00-\ud7a3]{0,1}\s?(?:추정|보인))", s[after:]
            )
            joined = gap.group("between") and not _BETWEEN_AFTER.match(s, after)
            if bottom < top and not change and not joined:  # "600명에서 2000명으로 늘었다" is a change, not a range
                if counter == "skip":
                    return None, 2
                cue = re.sub(r"^[명발개문기]\s?", "", s[end : nxt.start()].strip()) or "~"
                return whole_figure(s, m.start(), end2, bottom, None, top, "range", cue, counter), 2
    counter, after = _counter(s, end)
    if counter == "skip" or (counter == "" and not re.match(r"\s?[\uac00-\ud7a3]", s[end : end + 2])):
        return None, 1
    if counter == "percent" and (_RATE_BEFORE.search(s, max(0, m.start() - 12), m.start()) or _MORE_BY.match(s, after)):
        return None, 1  # "가동률이 30% 수준", "30% 더 많다": a rate of something else, a difference
    if counter == "" and value < 100:
        return None, 1  # a bare small number ("20 대 1"): not a count
    bound, cue = "best", ""
    before = BOUND_BEFORE.search(s[max(0, m.start() - 8) : m.start()])
    after_bound = BOUND_AFTER.match(s, after) if counter else None
    if low_cue:  # "약 4,000여명": the floor of 여 wins over 약
        bound, cue = "low", "여"
    elif after_bound and BOUND_AFTER_KIND.get(after_bound.group("cue")) == "low":
        bound, cue = "low", after_bound.group("cue")  # "약 3천 명 이상": the floor after wins, as 여 does
    elif before and before.group("cue") in BOUND_BEFORE_KIND:
        bound, cue = BOUND_BEFORE_KIND[before.group("cue")], before.group("cue")
    elif after_bound:
        cue = after_bound.group("cue")
        bound = BOUND_AFTER_KIND.get(cue, "best")
    low, best, high = (value if bound == k else None for k in ("low", "best", "high"))
    return whole_figure(s, m.start(), end, low, best, high, bound, cue, counter), 1


# --- what a figure counts ---------------------------------------------------------------------


def _syllables(final: int) -> str:
    """Every Hangul syllable whose final consonant has index ``final`` (8 is ㄹ, 20 is ㅆ)."""
    return "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == final)


# a verb's future adnominal ("될", "보낼", "이를"), not the past conjecture "했을", "숨졌을"
# (nor the copula's "일": "1만 명일 것이다" is a guess at a number)
_FUTURE = rf"(?<![{_syllables(20)}])[{_syllables(8).replace('일', '')}]"

# the soldiers counted after a wound, then taken: "부상 북한군 2명 생포", "부상당한 병사 두 명을 생포했다", "부상자
# 2명이 생포됐다" (captured, however hurt)
_TAKEN_AFTER = (
    r"(?!\s?(?:당한\s|한\s|을\s?입은\s)?(?:(?:북한군|북한\s?병사|북한\s?군인|병사|군인)(?:\s?포로)?\s?)?"
    r"(?:\d+|두|세|네)\s?명(?:을|이|은)?\s?(?:생포|포로로|붙잡|사로잡))"
)
# the titles of an army's heads and voices, which name who speaks, not the force counted
_FORCE_TITLES = r"참모총장|총참모장|총사령관|사령관|참모본부|총참모부|대변인|소식통|관계자|당국|지휘부"

CUES = Cues(
    kinds=lexicon(
        {
            "engineers": r"공병|전투\s?공병|군인\s?건설자|건설자|지뢰\s?제거|지뢰\s?해체|건설\s?(?:인력|"
            "병력|병|부대|노동)"
            r"|군사\s?건설|복구\s?인력|재건\s?인력",
            "workers": r"노동자|근로자|노동\s?인력|노동력|인부",
            "people": r"병력|군인|장병|병사|북한군|북한\s?병사|특수\s?부대|특작\s?부대|폭풍\s?군단|파병군|"
            "전투병"
            # (not "파병 전사자", "파병 사상자": the dispatched named by what befell them, a state, not the kind)
            r"|(?:파병|파견)(?!\s?(?:전사자|사망자|부상자|사상자|희생자|포로))"
            r"|인원|증원|투입"
            # soldiers by arm or role: "보병", "부대원", "선발대", "전투원", "특수전 병력", "인민군", "군대"
            r"|보병|부대원|대원|선발대|본대|전투원|용병|정예병|특전사|특수\s?전\s?(?:부대|병력|요원)|특수\s?작전\s?군"
            r"|인민군|군대|지상군|군\s?병력|(?:군|군사|전투)\s?인력"
            # by arm: gunners, snipers, scouts, assault troops, marines, airborne and commandos
            r"|포병|저격수|저격병|정찰병|돌격병|돌격대|해병|공수\s?부대|특공대|전투\s?요원|군\s?요원",
            # "152㎜ 단일 탄종으로 가정할 경우 약 1000만 발": a kind of round, in rounds; "고폭탄": high-explosive
            "shells": r"포탄|탄약|포탄류|砲彈|탄(?=\s?\d)|탄종|탄환|곡사포탄|고폭탄",
            "missiles": r"탄도\s?미사일|미사일|탄도탄|KN-2[345]|화성",  # "탄도탄": the short form
            "guns": r"자주포|곡사포|견인포|야포",
            "launchers": r"방사포|다연장\s?로켓|다연장|로켓\s?발사대",
            # artillery by no type: "장사정포" (long-range), "중포" (heavy, not "집중포격"), "포병 체계"
            "systems": r"장사정포|(?<![\uac00-\ud7a3])중포|포병\s?체계|(?<![\uac00-\ud7a3])포\s?체계",
            "containers": r"컨테이너|콘테이너",  # "콘테이너": the older spelling
            "hectares": r"헥타르|㏊",
            # "폭발 장치", "폭발 위험 물체", "부비트랩": explosive devices by other names
            "devices": r"폭발물|지뢰|불발탄|폭발성\s?물체|폭발\s?장치|(?:폭발\s?)?위험\s?물체|부비\s?트랩|급조\s?폭발",
            # counted, but by no measure: civilians, ranks within a force, drones
            "civilians": r"민간인|주민|시민|어린이",
            "ranks": r"장교|장성|장군|지휘관",
            # who speak, counted next to the figure: "2명의 서방 정보 당국자를 인용해", "관계자 3명은" (not the
            # speaker of a count: "정부 관계자는 1만 명이 파병됐다고")
            "officials": r"(?<=명의\s)(?:[\uac00-\ud7a3]{1,4}\s){0,2}(?:당국자|관계자|소식통|관리)"
            r"|(?:당국자|관계자|소식통|관리)(?:들)?(?=\s?\d{1,2}\s?명)",
            "drones": r"드론|무인기|샤헤드",
            "portraits": r"초상화|초상|영정",  # the likenesses of the dead: "전사자 초상 101개", "영정 20점"
        }
    ),
    states=lexicon(
        {
            # the missing joined to the dead and wounded: "사상 또는 실종", "사망·부상·실종자"
            "battle": r"사상\s?(?:및|과|·|또는|혹은|이나)\s?실종|실종자\s?포함"
            r"|(?:사망|전사)자?\s?[·,]\s?부상자?\s?(?:[·,]|및|과|와)\s?(?:실종|포로)"
            # the wounded (or dead) and the missing summed, with the loss they make: "부상자와 실종자 등을 합한
            # 병력 손실", "부상ㆍ실종 합하면" (one word, "북한군", may stand before the loss)
            r"|(?:부상|사망|전사)자?\s?(?:와|과|및|·|ㆍ|,)\s?실종자?(?:\s?등을?)?"
            r"(?:\s?(?:합한|포함한|더한|합하면|포함하면|합치면)(?:\s?(?:[\uac00-\ud7a3]{1,4}\s)?(?:병력\s?)?(?:손실|피해|사상자))?)?",
            # a word of killing and one of wounding joined, in either order: "죽거나 다쳤다", "전사하거나 부상을 입은",
            # "사망하고 부상했다", "부상을 입거나 전사했다"
            # the dead and the wounded named together: "사망 또는 부상", "사망자와 부상자", "전사 혹은 부상"
            "casualties": r"사상자|사상|死傷|인명\s?피해"
            r"|(?:사망|전사)자?\s?(?:또는|혹은|및|과|와|·|이나|이거나)\s?(?:부상|중상)"
            r"|부상자?\s?(?:또는|혹은|및|과|와|·)\s?(?:사망|전사)"
            r"|(?:사망|전사|숨지|죽)(?:하거나|하고|거나|고)\s?(?:다친|다쳤|다치|부상)"
            r"|(?:부상|다치)(?:을\s?입|당하|를\s?당하)?(?:거나|고)\s?(?:전사|사망|숨|죽)"
            r"|전사\s?(?:또는|및|·)\s?부상|손실",
            # "목숨을 잃었다", "숨져": the dead in other words
            "killed": r"사망자|사망|전사자|전사|숨졌|숨진|숨지|숨져|죽었|죽은|죽어|희생|목숨을\s?잃|생명을\s?잃|사살"
            r"|숨을\s?거[두둔뒀둬]"
            # killed by a blast, slain: "폭사했다", "피살된", "살해됐다"
            r"|폭사|피살|살해",
            # "중경상": badly or lightly hurt; not the wounded who were taken ("부상 북한군 2명 생포")
            "wounded": rf"(?:부상자|부상(?![자병])|다친){_TAKEN_AFTER}|다쳤|다치|다쳐|중상|경상자|중경상|부상병",
            "captured": r"포로|생포|붙잡|사로잡|억류|체포",  # "억류된", "체포한": held
            # "투항", "항복": gave themselves up, as "went missing", counted by no measure
            "missing": r"실종|이탈|탈영|탈주|도주|행방불명|투항|항복",
        }
    ),
    modes=lexicon(
        {
            # "파견하기로 한 것으로": decided to send
            "planned": r"계획|예정|방침|파병할|파견할|보낼|보내기로|기로\s?(?:\S+\s)?(?:한|했|하고|결정|합의)"
            r"|추가\s?파병할|검토|준비\s?중|"
            r"할\s?것으로|전망|하겠|겠다|될\s?것|될\s?전망|날\s?것으로\s?예상|갈\s?것"
            # a verb in the future adnominal before "듯", "것이다", "것이라": "투입될 듯", "보내질 것이라고"
            # (the spoken "거" for 것, "might be": "배치될 거라는", "다시 파견될 가능성"; a quotation may close
            # before 이라: "데려올 것"이라고")
            rf"|{_FUTURE}\s?(?:듯|것[\"']?이|것입|것임|거(?:라|다|예|야|이|란)|가능성)"
            # expected or forecast, not guessed at ("예상보다 많은" compares with a forecast); a headline's
            # noun alone ("15,000명 배치 예상")
            r"|예상(?:했|한|된|되|하|이다|이라|(?=[\s.…\"'\u201d\u2019]|$))|예측|내다봤|내다보|내다본"
            # a time still to come: "내달", "다음 달", "내년", "조만간"
            r"|내달|다음\s?달|내년|조만간|머지않아|향후|앞으로"
            # the headline contraction "파병키로", an intent ("보내려", "파병하려고"), preparing or pushing
            # ahead ("준비하고 있다", "파병을 추진")
            r"|(?:파병|파견|투입|배치|증파|보내)키로|(?:보내|파병하|파견하|투입하|배치하|증파하)려"
            r"|준비(?:하고|하는|에\s?착수|\s?작업)|추진(?:\s?중|하고|한다|할|키로|하기로)"
            # imminent, or ahead of it: "파병이 임박했다", "파병을 앞두고", "보낼 채비"
            r"|임박|앞두고|앞둔|채비"
            # a decision to send, in a headline's nouns: "1만2천 병력 파견 결정", "추가 파병 결정"
            r"|(?:파병|파견|투입|배치|증파)\s?(?:을\s?|를\s?)?결정"
            # still to go, as it must: "1만2천명이 이동해야 하는", "더 보내야 할"
            r"|(?:(?:이동|파병|파견|투입|배치|증파|전개|합류)해야|보내야|가야)(?=\s?(?:하|할|한|된|될))",
            # "증파", "보충", "충원", "후속 부대", "새로 파병": more of them
            # "더" as a word of its own ("3000명 더"), not the end of a name ("라이더 대변인")
            "additional": r"추가|증원|(?<![\uac00-\ud7a3])더\s|교대|순환|늘어|늘었|늘린|증가|증파|보충|충원|후속"
            r"|재파병|또\s?다시"
            # reinforced: "병력을 증강", "보강 병력"
            r"|증강|보강"
            r"|새로\s?(?:파병|파견|투입|보낸|보냈)"
            # a later wave: "2차 파병", "3차 파견 병력", "두 번째 파병", "2진"
            r"|(?<![\d·,.~-])[2-9]\s?차\s?(?:파병|파견|수송|병력|인원)|(?:두|세|네)\s?번째\s?(?:파병|파견)|[2-9]진",
            # the whole force of those sent, not an army at home ("held"): "러시아에 있는 북한군의 총 병력",
            # "파병된 북한군 전체 병력"
            "total": r"(?:파병된|파견된|러시아에\s?있는|러시아\s?내)\s?(?:북한군\s?)?(?:의\s?)?(?:총|전체)\s?병력"
            r"|총|누적|모두|합쳐|전체",
            # "첫 배치된 1만1000명": the first sent, not those there now
            # (posted still to come, "배치될 거라는", "배치 예상", "주둔할", is a plan)
            "present": r"주둔(?![할될]|\s?예[정상])|(?<!첫\s)(?<!첫)배치(?![할될]|\s?예[정상])"
            r"|배속|머물|머무르|머무는|머문|남아\s?있|잔류|영토에\s?있|지역에\s?있"
            r"|전선에\s?있"
            r"|(?:북한군|병력|군인|병사)(?:이|가)\s?있"  # "쿠르스크 지역에 이미 1만 1,000명의 북한군이 있다"
            # the noun before the figure: "쿠르스크주에 북한군 8000명이 있다"
            r"|(?<=[\d십백천만여 ])명(?:이|가)\s?(?:이미\s|현재\s|아직\s)?있(?:는|다|으며|고|어|음|습|을)"
            # in a place now: "쿠르스크에 있는", "전방에 이미 있다"; those in Russia as a whole
            # ("러시아 땅에 있다", "러시아에 가 있는") are recorded as sent
            r"|(?<!러시아)(?<!러)(?<!땅)(?<!연방)(?<!국내)에(?:는)?\s?(?:이미\s|현재\s|아직\s)?있(?:는|다|으며|고|어|음|습|을)"
            # training there now: "훈련받고 있다", "훈련 중", "훈련받는 보병"
            # ("받고" ends a clause, so the cue stops before "있다")
            r"|훈련\s?(?:을\s?)?(?:받고(?=\s?있)|받는|받으며|하고(?=\s?있)|하는\s?중|중)"
            # gone to the front, and in the fighting there: "쿠르스크로 간", "전투에 투입된", "싸우고 있다"
            r"|(?:쿠르스크|전선|최전선|최전방|전장|격전지|접경\s?지역)(?:주|州|\s?지역|\s?일대)?(?:으로|로|에)\s?(?:이미\s)?"
            r"(?:간|갔|가\s?있|이동한|이동했|이동해|진입|도착|투입된|투입됐|투입돼|투입되어)"
            # the troops of the front, operating there: "쿠르스크 전선의 북한군", "현지에서 작전 중"
            r"|(?:쿠르스크|최전선|최전방|격전지)(?:주|州|\s?지역|\s?일대|\s?전선)?의\s|작전\s?중|작전을\s?(?:수행하|펼치)(?:고(?=\s?있)|는)"
            r"|전투에\s?(?:투입된|투입됐|투입돼|참여하고|참가하고)|싸우고(?=\s?있)|싸우는|교전\s?중|전투\s?중|참전\s?중"
            r"|전투를\s?벌이"
            # active or posted there: "활동 중인", "활동하고 있다", "포진한", "상주하는"
            r"|활동\s?(?:중|하고(?=\s?있)|하는)|포진|상주"
            # serving there, deployed forward to a place (not to Russia as a whole): "복무 중인", "쿠르스크에 전개된"
            r"|복무\s?(?:중|하고(?=\s?있)|하는)"
            r"|(?<!러시아)(?<!러)(?<!땅)(?<!연방)(?<!국내)에\s?전개(?:된|됐|돼|되어)",
            "engineering": r"재건|복구\s?작업|복구를|복구에|복구\s?인력|지뢰\s?(?:제거|없애|해체|탐지)|인프라\s?복구",
            "homeward": r"후송|송환|귀국|본국으로|고국으로|돌아갔|돌아온|복귀|귀환|철수|돌려보",
            "entered": r"입국",
            # "순환 교체될 경우 ... 최대 10만명", "만약 ... 보낸다면": people in a case supposed, not reported
            # ("했다면서", "보인다면서도" quote a statement)
            "hypothetical": rf"{_FUTURE}\s?경우|(?:다면|라면)(?!서)|만약|만일|가정(?:하면|할|해)",
            # a whole army's strength at home: "병력 120만 명을 보유", "상비군 128만 명", "총병력"; what could yet be
            # sent: "4만 명 규모로 추가 파병 여력이 있다"
            "held": r"보유(?:하고|한|하는|했|중)|(?:파병|파견|투입)\s?여력|상비\s?(?:병력|군)|총\s?병력|전체\s?병력",
            "reverse": r"러시아에서\s?북(?:한)?으로|러시아(?:가|도|는|측은|측이)\s?북(?:한)?에|러시아로부터",
            # "우크라이나를 강타한 탄도미사일", "쏘아 올린": fired at a target
            "fired": r"발사|쏜|쐈|사용|강타|쏘아|타격(?:한|했|하는|에\s?(?:쓰|사용|동원))",
            "supplied": r"지원|제공|공급|보낸|보냈|넘긴|이전",
        }
    ),
    ammunition=re.compile(r"탄약|포탄"),
    losses=re.compile(r"사상|손실|피해"),
    attack=re.compile(r"(?:공격|공습|폭격|타격|포격|미사일\s?공격)(?:으로|에\s?의해|은|에서|을\s?받)|공습\s?현장"),
    forces=lexicon(
        {
            # not an army named in a speaker's title or as a source: "우크라이나군 참모총장은", "우크라이나군 소식통은"
            "other": r"(?:北\s?포함|북한군이?\s?포함된|러시아군|러시아\s?(?:전투\s?)?부대|러시아\s?군인|러군"
            r"|우크라이나군|우크라군|한국군"
            r"|우크라이나\s?군대|러시아\s?군대|우크라\s?군대"
            rf"|러시아\s?병사)(?!\s?(?:{_FORCE_TITLES}))",
            "nk": r"북한군|북한\s?병사|北\s?병력|북한\s?병력|파병군|북한\s?군대|인민군",
        }
    ),
)


# --- periods ----------------------------------------------------------------------------------

_PERIODS = re.compile(
    r"(?P<ym>(?P<y1>(?:19|20)\d\d)년\s?(?:(?P<m1>\d{1,2})\s?(?:~\s?(?P<m2>\d{1,2})\s?)?월)?)"
    r"|(?P<rel>지난해|작년|올해|금년|올\s|지난달|이달|이번\s?달|지난주|"
    r"이번\s?주)\s?(?:(?P<rm1>\d{1,2})\s?(?:~\s?(?P<rm2>\d{1,2})\s?)?월)?"
    r"|(?<!\d)(?P<m>\d{1,2})\s?(?:~\s?(?P<mm2>\d{1,2})\s?)?월(?!\s?\d{1,2}\s?일)"
    r"|(?P<sofar>지금까지|현재까지|이제까지|그동안|누적|개전\s?이후|파병\s?이후)"
)
_SINCE_AFTER = re.compile(r"\s?(?:부터|이후|이래)")
_BY_AFTER = re.compile(r"\s?(?:말까지|까지)")
_REL = {"지난해": ("year", -1), "작년": ("year", -1), "올해": ("year", 0), "금년": ("year", 0), "올": ("year", 0)}
_REL.update({"지난달": ("month", -1), "이달": ("month", 0), "이번달": ("month", 0), "이번 달": ("month", 0)})
_REL.update({"지난주": ("week", -1), "이번주": ("week", 0), "이번 주": ("week", 0)})


def periods(s: str, published: date) -> list[tuple[int, int, Period]]:
    """Period expressions of a (plain) Korean sentence, resolved against ``published``."""
    out = []
    for m in _PERIODS.finditer(s):
        period = _period(m, published)
        if period is None:
            continue
        tail = s[m.end() : m.end() + 5]
        if _SINCE_AFTER.match(tail):
            period = (period[0], published, period[2])
        elif _BY_AFTER.match(tail):
            period = (None, period[1], period[2])
        out.append((m.start(), m.end(), period))
    return out


def _period(m: re.Match[str], published: date) -> Period | None:
    g = m.groupdict()
    if g["ym"]:
        y = int(g["y1"])
        return month_period(y, g["m1"], g["m2"]) if g["m1"] else (safe_date(y, 1, 1), safe_date(y, 12, 31), "year")
    if g["rel"]:
        unit, shift = _REL[g["rel"].strip()]
        if g["rm1"] and unit == "year":
            return month_period(published.year + shift, g["rm1"], g["rm2"])
        return relative_period(unit, shift, published)
    if g["m"]:
        return month_period(None, g["m"], g["mm2"], published)
    if g["sofar"]:
        return None, published, "day"
    return None


# --- hedges and attribution ------------------------------------------------------------------

HEDGES: list[tuple[str, re.Pattern[str]]] = [
    ("suggested", re.compile(r"것으로\s?보인다|것으로\s?보여|관측된다|관측되|관측했|가능성|듯|것\s?같다")),
    ("reported", re.compile(r"알려졌|알려진|전해졌|전해진|전언|보도됐|것으로\s?전했")),
    ("estimated", re.compile(r"추정|추산|파악됐|파악했|파악된|파악하고|분석했|분석된|판단|평가했|평가된|예상")),
    ("planned", re.compile(r"계획|예정|방침|할\s?것|될\s?것|보낼|파병할|파견할|준비\s?중|전망|하겠|겠다")),
    ("confirmed", re.compile(r"밝혔|말했|발표했|확인했|확인됐|보고했|설명했|전했|주장했|집계")),
]

_PAREN = r"(?:\s?\([^)]{1,30}\))?"  # "국방정보국(DIU)은"
_TITLES = (
    r"관계자|당국자|대변인|소식통|측|의원|장관|차관|국장|원장|차장|대통령|총장|실장|사령관|본부장|위원장|서기|총리|청장"
    r"|간사|정보위원장|국방위원장|특사"
    # an envoy, a deputy, a chief of staff, an aide: "우크라이나 대사는", "군사정보국(HUR) 부국장은"
    r"|대사|공사|부국장|부장관|부대변인|참모총장|총참모장|합참의장|보좌관|고문|관리"
    # a region's head, an acting one, a coordinator or senior secretary: "힌시테인 쿠르스크 주지사가",
    # "주지사 대행은", "전략소통조정관은", "안보수석은"
    r"|주지사|도지사|지사|권한\s?대행|대행|조정관|수석|담당관|의장|부의장"
    r"|검찰총장|검사"  # "코스틴 검찰총장은", "최고 검사는": a prosecutor
)
# a deputy by rank before the title: "국정원 1차장은", "3차장에 따르면" (the first, second, third deputy)
_RANKED = r"(?:[1-3]\s?)?"
# "X에 따르면", "X 관계자는": X is the source; "X은/는/이/가 ... 밝혔다": X said
SOURCE_AFTER = re.compile(
    rf"{_PAREN}\s?(?:의\s)?(?:{_RANKED}(?:{_TITLES})\s?)*(?:에\s?따르면|에\s?의하면|에\s?따라|발표에\s?따르면|측은|측이"
    r"|\s?(?:의\s)?(?:분석|추정치?|평가|판단|추산|집계|발표|보고서?)(?:이|가|에|\s?결과)"
    # what X counted, with the thing counted between: "정보본부의 컨테이너 추산량은", "국정원의 사상자 추정치는"
    r"|의\s(?:[\uac00-\ud7a3]{1,6}\s?)?(?:추산량|추산치|추정치|집계|추산)(?:은|는|이|가)"
    # the cited, however the citing outlet is named: "당국자들을 인용해", "서기의 말을 인용해 보도했다"
    r"|들?\s?(?:의\s?(?:말|발언|주장|분석|발표)\s?)?(?:을|를)\s?인용(?:해|하여|하며|한|했))"
)
# "힌시테인 쿠르스크 주지사가": the place a title heads may stand between the name and the title, and the
# office may be joined to it ("우메로프 우크라이나 국방장관은", "국무위원장은")
_TITLED_PLACE = rf"(?:(?:\s?[\uac00-\ud7a3]{{2,8}}){{1,2}}\s?(?=(?:{_TITLES})))?"
# "정보총국도 ...고 밝힌": X too (도) stands as a topic does, the one who says it
SUBJECT_AFTER = re.compile(
    rf"{_PAREN}{_TITLED_PLACE}\s?(?:{_RANKED}(?:{_TITLES})\s?)*(?:(?P<topic>은|는|도)|이|가)(?=\s)"
)
# "이성권 의원은 북한이 ... 파병했다고 전했다": a subject (이/가, not the topic 은/는) before a quoted
# clause is the clause's, not the speaker's
QUOTED = re.compile(r"(?:다|라|이라)[\"'\u201d\u2019]?(?:고|며|면서)\s|것으로\s")
SPEECH = re.compile(
    r"밝혔|밝힌|말했|발표했|발표한|전했|보고했|설명했|주장했|추정했|추산했|파악했|파악하고|분석했|집계했|확인했|언급했"
    r"|브리핑|공개|평가했|판단했|판단하고|전망했|보도했"
    r"|예측했|예측을\s?했|예측한|예상했"  # "국정원은 ... 예측을 했지만": a forecast stated
    # added, stressed, warned, answered, wrote or posted: "...라고 덧붙였다", "엑스에 ...라고 적었다"
    # (not "썼다", "올렸다": also "used", "raised")
    r"|덧붙였|강조했|지적했|경고했|우려했|답했|알렸|시사했|관측했|내다봤|적었|게시했"
    # admitted, revealed, testified, remarked, diagnosed: "...고 인정했다", "...고 폭로했다"
    r"|인정했|시인했|폭로했|증언했|발언했|진단했|언급한|설명한|주장한|말한"
    r"|(?:라|다)고\s?했"  # "...이라고 했다": said
)

KOREAN = Language(
    lang="ko",
    figures=figures,
    periods=periods,
    cues=CUES,
    hedges=HEDGES,
    reading=Reading(
        noun_first=True,
        source_before=None,
        source_after=SOURCE_AFTER,
        subject_after=SUBJECT_AFTER,
        quoted=QUOTED,
        speech=SPEECH,
        clause_break=CLAUSE_BREAK,
        partitive=re.compile(r"\s?(?:중|가운데|중에서)(?![\uac00-\ud7a3])"),
    ),
)
