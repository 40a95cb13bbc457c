"""Korean, Ukrainian and Russian sentences: the parts each language supplies, composed into candidates.

A language (``korean.KOREAN``, ``slavic.RUSSIAN``, ``slavic.UKRAINIAN``) gives its figure
reader, its period resolver, its cue words (what is counted, in what state, in what mode),
its hedges and the way its sentences name a source. This module reads one sentence with
them, the same way for each language:

- the **segment** of a figure runs from the previous figure (or clause break) to the next
  one: the words that can say what it counts;
- **what is counted** is the nearest cue of a kind (``병력``, ``снарядов``, ``контейнерів``),
  on the side the language puts its nouns first (Korean before the figure, Russian and
  Ukrainian after it), narrowed by a counter when there is one (``명`` counts people);
- **the state** of counted people (killed, wounded, both, captured) is the nearest state
  cue in the segment, and the mode (planned, additional, present, sent home) any cue in it;
- **the source** (``foreign_sources``) is the actor named with a source cue (``по данным X``,
  ``X에 따르면``), else the subject of a statement verb, else the first agency named.

Data quirks:
- Figures for other armies (Russian or Ukrainian losses, ``потери ВСУ``, ``러시아군``) are
  not North Korean figures: a figure whose nearest force cue is another army's is left out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from analysis.intake.extract import countrywide
from analysis.intake.extract.claimants import Mention
from analysis.intake.extract.measures import METRIC_OF_KIND
from analysis.intake.extract.numbers import MAX_DIGITS, Figure
from analysis.intake.extract.periods import Period, safe_date
from analysis.intake.extract.wholes import part_after, share_of, state_of_whole, total_of_parts, wholes_of_parts

Lexicon = list[tuple[str, re.Pattern[str]]]
Hit = tuple[int, int, str]  # (start, end, name) of a cue in a sentence


def lexicon(table: dict[str, str]) -> Lexicon:
    """Compiled cue patterns (case-insensitive), in the order given: earlier names win ties."""
    return [(name, re.compile(words, re.IGNORECASE)) for name, words in table.items()]


def hits(s: str, lex: Lexicon) -> list[Hit]:
    """Every cue of ``lex`` in ``s``, a shorter one inside a longer one dropped, in text order."""
    found = [(m.start(), m.end(), name) for name, pattern in lex for m in pattern.finditer(s) if m.end() > m.start()]
    found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[Hit] = []
    for h in found:
        if out and h[0] < out[-1][1]:
            continue  # inside (or overlapping) the longer cue before it
        out.append(h)
    return out


@dataclass(frozen=True)
class Cues:
    """A language's cue words: kinds of thing counted, states of people, modes, percentages."""

    kinds: Lexicon
    states: Lexicon
    modes: Lexicon
    ammunition: re.Pattern[str]
    losses: re.Pattern[str]
    forces: Lexicon = field(default_factory=list)  # "nk" and "other" armies
    attack: re.Pattern[str] | None = None  # a strike as the cause of losses ("이 공격으로", "внаслідок удару")
    concessive: re.Pattern[str] | None = None  # a state in spite of: "які хоч і були поранені", not theirs now


@dataclass(frozen=True)
class Reading:
    """How a language puts words around a figure and names a source."""

    noun_first: bool  # the counted noun usually stands before the figure (Korean)
    source_before: re.Pattern[str] | None  # a cue just before the source: "по данным X"
    source_after: re.Pattern[str] | None  # a cue just after it: "X에 따르면"
    subject_after: re.Pattern[str] | None  # a subject marker after a name: "X은/는"
    speech: re.Pattern[str]  # statement verbs
    clause_break: re.Pattern[str]
    partitive: re.Pattern[str]  # "1만1000명 중", "из них"
    quoted: re.Pattern[str] | None = None  # the end of a quoted clause: "...했다고 밝혔다"
    background: re.Pattern[str] | None = None  # the copy's own background: "С октября прошлого года КНДР направила"


@dataclass(frozen=True)
class Language:
    """Everything extraction needs to know about one language besides the actors' names."""

    lang: str
    figures: Callable[[str], list[Figure]]
    periods: Callable[[str, date], list[tuple[int, int, Period]]]
    cues: Cues
    hedges: list[tuple[str, re.Pattern[str]]]
    reading: Reading


def whole_figure(
    s: str,
    start: int,
    end: int,
    low: Fraction | None,
    best: Fraction | None,
    high: Fraction | None,
    bound: str,
    cue: str,
    unit: str,
) -> Figure:
    """A ``Figure`` from exact values: skipped when a value is not whole or has more than
    ``MAX_DIGITS`` digits (figures are never rounded)."""
    values = [v for v in (low, best, high) if v is not None]
    if any(v.denominator != 1 for v in values):
        return Figure(s[start:end], start, end, None, None, None, "", skipped="not a whole number")
    if any(len(str(int(v))) > MAX_DIGITS for v in values):
        return Figure(s[start:end], start, end, None, None, None, "", skipped=f"more than {MAX_DIGITS} digits")

    def whole(v: Fraction | None) -> int | None:
        return None if v is None else int(v)

    return Figure(s[start:end], start, end, whole(low), whole(best), whole(high), bound, cue, unit)


def relative_period(unit: str, shift: int, published: date) -> Period | None:
    """ "last year" (``year``, -1), "this month" (``month``, 0), "last week" (``week``, -1) against
    ``published``; None when it falls outside the calendar."""
    try:
        if unit == "year":
            y = published.year + shift
            return safe_date(y, 1, 1), safe_date(y, 12, 31), "year"
        if unit == "month":
            y, m = divmod(published.year * 12 + published.month - 1 + shift, 12)
            first = safe_date(y, m + 1, 1)
            if first is None:
                return None
            return first, _month_end(first), "month"
        monday = published - timedelta(days=published.weekday())
        if shift == 0:
            return monday, published, "day"
        start = monday + timedelta(weeks=shift)
        return start, start + timedelta(days=6), "day"
    except (OverflowError, ValueError):
        return None


def _month_end(first: date) -> date:
    nxt = safe_date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return date(first.year, 12, 31) if nxt is None else nxt - timedelta(days=1)


# --- what a figure counts ---------------------------------------------------------------------

_KIND_METRIC = METRIC_OF_KIND  # the English lexicon's kinds, the same names in every language
_STATE_METRIC = {
    "casualties": "casualties_killed_or_wounded",
    "battle": "battle_casualties",
    "killed": "killed",
    "wounded": "wounded",
    "captured": "captured",
}
PEOPLE = frozenset({"people", "engineers", "workers"})
_COMBAT = re.compile(
    r"전투\s?(?:병력|병|부대)|боев\w* (?:войск|част|подраздел)\w*|бойов\w* (?:військ|частин|підрозділ)\w*"
)
# a count of units, groups or sites, however its adjective reads ("п'яти військових полігонах"); in Korean
# the counted noun after "개" ("92개 마을", "5개 기지")
_UNITS_AFTER = re.compile(
    r"\s*(?:개\s?)?(?:여단|사단|연대|대대|군단)|\s?개\s?(?:마을|도시|지역|기지|공장|시설|항구|항만|거점|지점|진지|국가|부대|중대|소대)"
    r"|\s*(?:[а-яёіїєґ']+(?:их|ых|ими|ыми)\s+)?(?:бригад|полк|батальон|дивизи"
    r"|дивізі|підрозділ|подразделени|корпус|груп(?!пировк)|хвил|волн|полігон|полигон|баз[аиіуеох]|табор|лагер)",
    re.IGNORECASE,
)
# what a counter allows the counted kind to be ("" allows any)
_NO_MEASURE = frozenset({"civilians", "ranks", "drones", "officials"})  # counted, but by no measure of the dataset
_COUNTER_KINDS = {
    "people": PEOPLE | {"civilians", "ranks", "officials"},
    "rounds": frozenset({"shells", "missiles"}),
    "missiles": frozenset({"missiles", "launchers", "guns", "systems"}),
    "guns": frozenset({"guns", "launchers", "systems"}),
    "pieces": frozenset(
        {"containers", "devices", "launchers", "guns", "missiles", "systems", "coffins", "portraits", "drones"}
    ),
    "hectares": frozenset({"hectares"}),
}


@dataclass(frozen=True)
class SentenceCues:
    """The cues of one sentence, found once."""

    kinds: list[Hit]
    states: list[Hit]
    modes: list[Hit]
    forces: list[Hit]
    breaks: list[int]
    north: list[int]  # where the sentence names North Korea or its forces
    wholes: dict[int, int] = field(default_factory=dict)  # figure -> where the words of its part begin


# ", як він стверджує,", ", как он утверждает,": an aside, not the end of the figure's clause
_ASIDE = re.compile(
    r",\s*(?:як|как|по его словам|за його словами|по словам|за словами)\s+[^,]{1,40},"
    r"|,\s*(?:ймовірно|імовірно|можливо|мабуть|очевидно|вочевидь|вероятно|возможно|по-видимому|видимо)\s*,"  # hedges
    # "11 тисяч солдатів з Північної Кореї (КНДР) нині проходять підготовку": a gloss in brackets
    r"|\([^()]{1,40}\)",
    re.IGNORECASE,
)
# ", які перебувають у Курській області", ", которые воевали на стороне России,": a relative clause
# says what the noun before it did or does (its state, its mode), so it belongs to that noun's clause
# (and so does a participle's, passive or active, present or past: "100 солдатів Північної Кореї, дислокованих
# у Росії, були вбиті", "число солдат, погибших в войне, составляет 600", ", служащих в Курской области,")
_RELATIVE = re.compile(
    r",\s*(?:як(?:і|их|им|ими)|котр(?:і|их|им|ими)|котор(?:ые|ых|ым|ыми|ая|ый|ое))\s[^,;:()]{1,120}(?:,|$)"
    r"|,\s*[а-яёіїєґ]+(?:н|ющ|ящ|ущ|ащ|ш|уч|юч|ач|яч)(?:их|ых)(?:ся)?\s[^,;:()]{1,80}(?:,|$)",
    re.IGNORECASE,
)
_ALLIED = re.compile(
    r"(?:на боці|на стороні|на стороне|на допомогу|на помощь|в складі|у складі|в составе|разом (?:з|із)|вместе с"
    r"|пліч-о-пліч (?:з|із)|плечом к плечу с|для підтримки|для поддержки|підтримки|поддержки|допомоги|помощи"
    r"|допомогти|помочь|підсилення|усиления|на підсилення|на усиление)\s+$",
    re.IGNORECASE,
)
_NORTH = frozenset({"North Korea", "North Korea state media", "Kim Jong-un"})
# "у боях із ЗСУ", "против ВСУ": the enemy named, not the force counted
AGAINST = re.compile(r"(?:^|\s)(?:з|із|зі|с|со|против|проти|проти|대한|에\s?맞서)\s*$", re.IGNORECASE)


_DASH = re.compile(r"\s[-–—]\s")
_ONE_WORD = re.compile(r"\s*(?:[\w.'’]+\s*)?")


def _joining_dash(s: str, start: int, end: int, figs: list[Figure]) -> bool:
    """Whether a dash joins a figure and what it is: "втрат — приблизно 4,7 тисячі", "ще 1 тис. — інженерні"
    (at most one word between the figure and the dash)."""
    return any(
        (f.start >= end and _ONE_WORD.fullmatch(s, end, f.start))
        or (f.end <= start and _ONE_WORD.fullmatch(s, f.end, start))
        for f in figs
    )


def sentence_cues(
    language: Language, s: str, mentions: list[Mention], figs: list[Figure] | None = None
) -> SentenceCues:
    """The cues of sentence ``s``; cues inside actors' names are left out. A dash next to one of
    the sentence's figures ``figs`` joins the figure to what it is, so it is no clause break."""

    def free(found: list[Hit]) -> list[Hit]:
        return [h for h in found if not any(m.start <= h[0] and h[1] <= m.end for m in mentions)]

    c = language.cues
    # "у боях із ЗСУ": the enemy named; "на боці російської армії": the ally helped; neither is the force
    # counted; "з Північної Кореї" is where the counted come from
    forces = (
        [
            h
            for h in hits(s, c.forces)
            if h[2] == "nk"
            or not (AGAINST.search(s, max(0, h[0] - 12), h[0]) or _ALLIED.search(s, max(0, h[0] - 24), h[0]))
        ]
        if c.forces
        else []
    )
    north = [h[0] for h in forces if h[2] == "nk"] + [m.start for m in mentions if m.actor.actor_id in _NORTH]
    aside = [(m.start(), m.end()) for pattern in (_ASIDE, _RELATIVE) for m in pattern.finditer(s)]
    states = [h for h in free(hits(s, c.states)) if not (c.concessive and c.concessive.search(s, 0, h[0]))]
    breaks = [
        m.start()
        for m in language.reading.clause_break.finditer(s)
        if not any(a <= m.start() < b for a, b in aside)
        and not any(f.start <= m.start() < f.end for f in figs or [])  # the comma of "1,1 тыс."
        and not any(a < m.start() < b for a, b, _ in states)  # "사망하고 부상했다": one state
        and not (figs and _DASH.fullmatch(m.group(0)) and _joining_dash(s, m.start(), m.end(), figs))
    ]
    return SentenceCues(
        free(hits(s, c.kinds)),
        states,
        free(hits(s, c.modes)),
        forces,
        breaks,
        sorted(north),
        wholes_of_parts(s, figs or [], language.reading.partitive, language.reading.noun_first),
    )


def segment(figs: list[Figure], i: int, cues: SentenceCues, length: int) -> tuple[int, int]:
    """The words that belong to figure ``i``: from the previous figure or clause break to the next
    (for the whole of a part, "1만1000여 명 중 약 4000명이 죽거나 다쳤다", up to the word of the part)."""
    fig = figs[i]
    lo = max([figs[i - 1].end if i else 0, *(b + 1 for b in cues.breaks if b < fig.start)])
    hi = min([figs[i + 1].start if i + 1 < len(figs) else length, *(b for b in cues.breaks if b >= fig.end)])
    if i in cues.wholes:
        hi = min(hi, cues.wholes[i])
    return lo, hi


def _nearest(
    found: list[Hit], fig: Figure, lo: int, hi: int, before_first: bool, allowed: frozenset[str] | None
) -> str:
    before = [h for h in found if lo <= h[0] and h[1] <= fig.start and (allowed is None or h[2] in allowed)]
    after = [h for h in found if fig.end <= h[0] and h[1] <= hi and (allowed is None or h[2] in allowed)]
    near_before = before[-1][2] if before else ""
    near_after = after[0][2] if after else ""
    if before_first:
        return near_before or near_after
    return near_after or near_before


def metric_of(
    language: Language,
    s: str,
    figs: list[Figure],
    i: int,
    cues: SentenceCues,
    previous: list[str | None],
    carried: str | None = None,
    inherited: frozenset[str] = frozenset(),
) -> str | None:
    """The metric figure ``i`` of sentence ``s`` counts, or None (see the module notes);
    ``inherited``: for a figure "it is about" ("йдеться про 10 тисяч"), whether the sentence before
    counted people and the plan, presence or addition it spoke of."""
    fig = figs[i]
    lo, hi = segment(figs, i, cues, len(s))
    if _UNITS_AFTER.match(s, fig.end):
        return None  # "две бригады «военных строителей»", "4개 여단": a count of units, not of people
    if fig.unit == "percent":  # a share: of the ammunition, of the force lost
        if language.cues.ammunition.search(s, lo, hi):
            return "ammunition_share_pct"
        if _other_force(cues, fig, *clause(fig, cues, len(s)), language.reading.noun_first):
            return None  # "우크라이나군이 입은 포병 피해의 약 60%": another army's losses
        return "casualty_rate_pct" if language.cues.losses.search(s, lo, hi) else None
    first = language.reading.noun_first
    allowed = _COUNTER_KINDS.get(fig.unit)
    kind = _nearest(cues.kinds, fig, lo, hi, first, allowed)
    # "потерь ... более половины от 11 000 военных": the losses are the share's, the figure the whole's
    state_lo = fig.start if share_of(s, fig.start, lo) else lo
    state = _nearest(cues.states, fig, state_lo, hi, first, None) if allowed is None or "people" in allowed else ""
    state = state or ("captured" if "captured" in inherited else "")  # "...взяли в полон... Це двоє солдатів"
    if kind == "ranks" and _with_people(s, cues.kinds, lo, hi):
        kind = "people"  # "북한 병사와 장교 약 3천 명": soldiers and officers together
    if kind == "ranks" and state and state != "missing":
        kind = "people"  # "шість північнокорейських офіцерів загинули": the dead are counted, whatever their rank
    if kind not in PEOPLE and state and not fig.unit and _COLLECTIVE.fullmatch(fig.text):
        kind = "people"  # "ще троє були поранені": a collective numeral counts people only
    if kind in _NO_MEASURE:
        return None  # "민간인 5명", "500 офіцерів", "드론 315대"
    if not kind and any(h[2] == "civilians" and h[1] <= fig.start for h in cues.kinds):
        return None  # "민간인 5명이 숨지고 55명이 다쳤다": the civilians' count goes on
    # "사상자 추정치 3,000여명은 ... 1,100여명보다 많은": with no word of its own, a figure in the clause of
    # a count of people before it counts the same
    if not kind and not state and first:
        state = state_of_whole(s, figs, i, cues.states, clause(fig, cues, len(s))[0])
    before = (previous[-1] or "") if i and previous else ""
    same = bool(before) and clause(figs[i - 1], cues, len(s)) == clause(fig, cues, len(s))
    if not kind and not state and fig.unit == "people" and first and same and before.startswith(_PEOPLE_METRICS):
        return _elliptic(language, s, fig, previous, cues, lo, hi, carried)
    if not kind and fig.unit == "people":
        kind = "people" if state or _kind_before(cues.kinds, fig, PEOPLE) else ""
    role = ""
    if (
        kind == "people"
        and not _COMBAT.search(s, lo, hi)
        and not any(_with_people(s, cues.kinds, lo, hi, other) for other in ("engineers", "workers"))
    ):  # "5 тисяч військовослужбовців під виглядом будівельних підрозділів", not "солдатів та інженерів"
        role = next((h[2] for h in cues.kinds if lo <= h[0] and h[1] <= hi and h[2] in ("engineers", "workers")), "")
    whole = _whole_before(language, s, figs, i, cues)
    if whole is not None and not kind:
        kind = _nearest(cues.kinds, figs[i - 1], 0, figs[i - 1].end + 40, first, allowed)
    if not kind and not state and "people" in inherited and fig.unit in (None, "", "people"):
        kind = "people"  # "...скільки солдатів наразі перебувають у Росії. Йдеться про 10 тисяч."
    if not kind and not state:
        return _elliptic(language, s, fig, previous, cues, lo, hi, carried)
    c_lo, c_hi = clause(fig, cues, len(s))
    goes_on = _CONTINUES.match(s, c_hi)
    if goes_on:  # "... вернулись в КНДР, но их могут повторно направить": the same people
        c_hi = min([len(s), *(b for b in cues.breaks if b >= goes_on.end())])
    if c_lo > 1 and s[c_lo - 1] == ":":  # "планує перекинути додаткові війська: близько 6000": the colon's clause
        c_lo = clause(Figure("", c_lo - 1, c_lo - 1, None, None, None, ""), cues, len(s))[0]
    if whole is not None:  # "93 ракети, щонайменше одна з них - північнокорейська": what was done to the whole,
        c_lo = min(c_lo, whole)  # and what the part is, after the dash
        if s[c_hi : c_hi + 2].strip() in ("-", "–", "—"):
            c_hi = clause(Figure("", c_hi + 1, c_hi + 1, None, None, None, ""), cues, len(s))[1]
    modes = _nearest_modes(cues, fig, c_lo, c_hi, hi)
    if not modes & INHERITED:
        modes |= inherited & INHERITED
    modes |= _modes(cues, lo, hi) & {"additional", "held"}
    modes |= _modes(cues, lo, fig.start) & {"total"}  # "총 3천여 명", not "1500여 명이 늘어 총 ..."
    part = part_after(s, figs, i, cues.wholes, language.reading.partitive)
    part_span = clause(figs[part], cues, len(s)) if part is not None and not state else None
    if part_span is not None and total_of_parts(s, clause(fig, cues, len(s)), part_span):
        modes -= {"present", "destination"}  # "у Росії 10 тисяч, ... до восьми тисяч із них у Курській області"
    if share_of(s, fig.start, lo):  # "частина з 10 тис. ... передислокувалася ближче до кордонів": the whole sent
        modes.discard("destination")  # (but "три четверти из 12 тысяч ... находятся": the whole is there too)
    if kind in PEOPLE or (not kind and state):
        if state == "missing" or _other_force(cues, fig, lo, hi, first):
            return None  # "실종", "потери ВСУ", "러시아군 사상자"
        if _HOUSED.search(s, c_lo, c_hi):
            return None  # "최대 4만1000 명을 수용할 수 있을", "рассчитан на 5000 человек": room, not people
        if state and _victims(language, s, cues, c_lo, c_hi):
            return None  # "이 공격으로 약 24명이 사망하고": a strike's victims, no North Korean named
        if _COMBAT.search(s, lo, hi):
            modes.discard("engineering")  # "전투 병력 1만2천명을 보낸 데 이어 ‘복구 인력’까지": combat troops
        if role and ("planned" not in modes or _names_them(s, cues.kinds, fig, (lo, hi), role, first)):
            kind = role  # soldiers to come are a plan whatever work they go for; "военных саперов" are sappers
        return countrywide.settled(_people_metric(kind or "people", state, modes), s, c_lo, c_hi)
    if kind == "containers" and "reverse" in modes:
        return None  # "러시아에서 북으로 간 컨테이너 9천 개": Russia's shipments to the North
    if kind == "missiles" and _ALSO.search(s, max(0, c_lo - 3), min(len(s), c_lo + 8)):
        c_lo = max([0, *(b + 1 for b in cues.breaks if b < c_lo - 3)])  # "..., а також понад 100 ракет": one subject
    if kind == "missiles" and _SUCH.search(s, fig.end, min(len(s), fig.end + 12)):
        return "ballistic_missiles_fired" if "fired" in modes else "ballistic_missiles"  # "50 таких ракет"
    if kind == "missiles" and not any(c_lo <= n < c_hi for n in cues.north):
        return None  # "93 ракети" of a Russian strike: no North Korean missile in the clause
    if kind == "missiles":
        return "ballistic_missiles_fired" if "fired" in modes and "supplied" not in modes else "ballistic_missiles"
    if kind in ("guns", "launchers") and _both_systems(cues.kinds, fig, lo, hi, first):
        return "artillery_systems_combined"  # "자주포와 방사포 250문": one total, split unknown
    return _KIND_METRIC.get(kind)


# "около 50 таких ракет", "цих ракет": the missiles named before, North Korea's
_SUCH = re.compile(r"\s(?:таких|этих|подобных|цих|подібних)\s+(?:\w+\s+)?ракет", re.IGNORECASE)
_ALSO = re.compile(r"(?<![\w])(?:а\s+)?(?:також|также)\s", re.IGNORECASE)
# beds, not people: a camp's, a dormitory's capacity
_HOUSED = re.compile(
    r"수용할\s?수|수용\s?가능|수용\s?규모|수용\s?능력"
    r"|рассчитан\w* на|вмещ\w*|вмест\w*|розрахован\w* на|вміщ\w*|вмісти\w*",
    re.IGNORECASE,
)
_AND = re.compile(r"\s?(?:와|과|및|·|,|та|і|й|и)\s?$")
# a clause that goes on about the counted, by a pronoun: ", но их могут повторно направить", ", але їх ..."
_CONTINUES = re.compile(r"[,;]?\s*(?:но|але|однак|однако|проте|и|і|та|а)\s+(?:их|їх|они|вони)(?![\w])", re.IGNORECASE)
_COLLECTIVE = re.compile(
    r"двое|двоих|двоє|трое|троих|троє|четверо|четверых|пятеро|пятерых|п'ятеро|шестеро|шестерых|семеро|семерых",
    re.IGNORECASE,
)


def _with_people(s: str, found: list[Hit], lo: int, hi: int, other: str = "ranks") -> bool:
    """Whether a rank (or ``other``) in a figure's words is joined to a people noun ("병사와 장교",
    "солдат и офицеров", "солдатів та інженерів")."""
    inside = [h for h in found if lo <= h[0] and h[1] <= hi]
    return any(  # not "공병 병력 1000명과 건설 인력 5000명": two counts, each with its noun
        {a[2], b[2]} == {"people", other} and _AND.search(s, a[1], b[0]) and not re.search(r"\d", s[a[1] : b[0]])
        for a, b in itertools.pairwise(inside)
    )


def _names_them(s: str, found: list[Hit], fig: Figure, span: tuple[int, int], role: str, noun_first: bool) -> bool:
    """Whether a role word names the counted rather than what they go as or for: side by side with a people
    noun, one name ("공병 병력", "военных саперов"), or, where nouns follow the figure, before it ("бригады
    военных строителей общей численностью 5 тысяч человек"; not "6 тис. військових під виглядом мігрантів")."""
    inside = [h for h in found if span[0] <= h[0] and h[1] <= span[1]]
    if not noun_first and any(h[2] == role and h[1] <= fig.start for h in inside):
        return True
    return any({a[2], b[2]} == {role, "people"} and not s[a[1] : b[0]].strip() for a, b in itertools.pairwise(inside))


def _kind_before(found: list[Hit], fig: Figure, allowed: frozenset[str]) -> bool:
    return any(h[1] <= fig.start and h[2] in allowed for h in found)


def _whole_before(language: Language, s: str, figs: list[Figure], i: int, cues: SentenceCues) -> int | None:
    """Where the clause of the whole begins, for a last figure that is a part "of them" of the figure
    before ("93 ракети, щонайменше одна з них - північнокорейська", "из них две"), else None."""
    if language.reading.noun_first or not i or i + 1 < len(figs):
        return None
    m = language.reading.partitive.match(s, figs[i].end)
    if not m or "них" not in m.group().lower():
        return None
    return clause(figs[i - 1], cues, len(s))[0]


def clause(fig: Figure, cues: SentenceCues, length: int) -> tuple[int, int]:
    """The clause of a figure: from the clause break before it to the one after it."""
    lo = max([0, *(b + 1 for b in cues.breaks if b < fig.start)])
    hi = min([length, *(b for b in cues.breaks if b >= fig.end)])
    return lo, hi


# modes a figure takes from its own segment only ("1500여 명이 늘어 총 3천여 명"); the others
# (a plan, a place, a way home) hold for the whole clause
_SEGMENT_MODES = frozenset({"additional", "total", "held"})


def _modes(cues: SentenceCues, lo: int, hi: int) -> set[str]:
    return {h[2] for h in cues.modes if lo <= h[0] and h[1] <= hi}


_STANCES = frozenset({"planned", "present"})
# what a figure "it is about" takes from the sentence before: "КНДР планирует отправить в РФ
# дополнительные ресурсы. Речь идет о около 6000 военнослужащих"
INHERITED = frozenset({"planned", "present", "additional"})


def _nearest_modes(cues: SentenceCues, fig: Figure, c_lo: int, c_hi: int, hi: int) -> set[str]:
    """The modes of a figure's clause, of a plan or a presence only the one nearest the figure
    ("вже перебуває близько 11 тисяч ... і очікується прибуття нових груп": present)."""
    found = [h for h in cues.modes if (c_lo <= h[0] and h[1] <= fig.start) or (fig.end <= h[0] and h[1] <= c_hi)]
    others = {h[2] for h in found if h[2] not in _STANCES and h[2] not in _SEGMENT_MODES}
    stances = [h for h in found if h[2] in _STANCES]
    if stances:
        near = min(stances, key=lambda h: fig.start - h[1] if h[1] <= fig.start else h[0] - fig.end)
        others.add(near[2])
    return others


def _both_systems(found: list[Hit], fig: Figure, lo: int, hi: int, before: bool) -> bool:
    # on the side the language puts its nouns: "자주포 및 방사포 220여문", "220 САУ и РСЗО"
    names = {h[2] for h in found if (lo <= h[0] and h[1] <= fig.start if before else fig.end <= h[0] and h[1] <= hi)}
    return {"guns", "launchers"} <= names


def _victims(language: Language, s: str, cues: SentenceCues, c_lo: int, c_hi: int) -> bool:
    """Whether losses in a clause are a strike's victims: the sentence names a strike as their cause
    and the clause names no North Korean (the "шість північнокорейських офіцерів загинули внаслідок
    удару" are North Korea's)."""
    attack = language.cues.attack
    return attack is not None and bool(attack.search(s)) and not any(c_lo <= n < c_hi for n in cues.north)


def _other_force(cues: SentenceCues, fig: Figure, lo: int, hi: int, before_first: bool) -> bool:
    return _nearest(cues.forces, fig, lo, hi, before_first, None) == "other"


def _people_metric(kind: str, state: str, modes: set[str]) -> str | None:
    if state:
        metric = _STATE_METRIC[state]
        return "wounded_repatriated" if metric == "wounded" and "homeward" in modes else metric
    if kind in ("engineers", "workers"):
        return _KIND_METRIC[kind]
    if "planned" in modes and not modes >= {"employed", "engineering"}:  # still to come, not put to work there
        return "troops_planned"
    if modes & {"homeward", "entered", "hypothetical", "held", "strength"}:  # "약 3천 명이 고국으로 돌아갔다"
        # "в Россию въехали 2508", "교체될 경우 ... 최대 10만명", "병력 120만 명을 보유", "армия КНДР насчитывает":
        return None  # no measure counts them
    if "engineering" in modes:  # "відправила 1000 військових для розмінування"
        return "engineers_deployed"
    if "additional" in modes and "total" not in modes:
        return "troops_deployed_additional"
    if "present" in modes or "destination" in modes:
        return "troops_present"
    return "troops_deployed"


_NOUN_AFTER = re.compile(r"\s*[\u0400-\u04ff]{3,}")


def _counts(unit: str, metric: str) -> bool:
    """Whether a figure with counter ``unit`` takes the metric of the figure before: one without
    a counter does, one counting people does when that metric counts people, any other counter
    ("120만 발 이상" after a count of containers, "2기는 격추됐다", "5개 기지") counts something new."""
    if not unit:
        return True
    return unit == "people" and metric.startswith(_PEOPLE_METRICS)


_PEOPLE_METRICS = ("troops", "killed", "wounded", "casualties", "battle", "captured")
_ARRIVED = re.compile(
    r"(?<![\w'])(?:приїха|приеха|заїха|заеха|прибул|прибыл|привез|привіз|прислал|прислат|прислать)\w*", re.IGNORECASE
)


def _elliptic(
    language: Language,
    s: str,
    fig: Figure,
    previous: list[str | None],
    cues: SentenceCues,
    lo: int,
    hi: int,
    carried: str | None,
) -> str | None:
    # "еще 3 тысячи", "3000명 더": a figure without a noun takes the metric of the one before;
    # "500 000 патронов" counts something of its own
    last = next((m for m in reversed(previous) if m), None)
    c_lo, c_hi = clause(fig, cues, len(s))
    noun = _NOUN_AFTER.match(s, fig.end) if not language.reading.noun_first else None
    arrived = _ARRIVED.match(s, noun.start() + 1) if noun is not None else _ARRIVED.search(s, c_lo, c_hi)
    if not cues.kinds and (last is None or last.startswith(_PEOPLE_METRICS)) and arrived:
        # "12 тисяч приїхало", "Вони можуть привезти ще 30-40 тисяч": who come or are brought are people
        # (but "3765 громадян КНДР приїхали" counts the noun after the figure)
        return _people_metric("people", "", _modes(cues, c_lo, c_hi))
    if noun is not None and not any(h[0] <= noun.end() - 1 < h[1] for h in cues.modes):
        return None  # but "до 12 тисяч найближчим часом": the words after say when, not what
    if last is None and not previous and not cues.kinds and carried and carried.startswith("troops"):
        last = carried  # "...вони матимуть 12 тисяч." after a sentence about troops
    if last is None or not _counts(fig.unit, last):
        return None  # "5개 기지" after a count of troops: bases, not troops
    if last.startswith("troops"):
        modes = _modes(cues, *clause(fig, cues, len(s)))
        return _people_metric("people", "", modes) if modes else last
    return last


def check_digits(value: int | None) -> bool:
    """Whether a value fits the dataset (at most ``MAX_DIGITS`` digits)."""
    return value is None or len(str(value)) <= MAX_DIGITS
