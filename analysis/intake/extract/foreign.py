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
- **the source** is the actor named with a source cue (``по данным X``, ``X에 따르면``), else the
  subject of a statement verb, else the first agency named; news outlets credited for the
  copy (``передает ТАСС``, ``연합뉴스가 보도했다``) yield to anyone else named.

Data quirks:
- Figures for other armies (Russian or Ukrainian losses, ``потери ВСУ``, ``러시아군``) are
  not North Korean figures: a figure whose nearest force cue is another army's is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from analysis.intake.extract.claimants import (
    PRIORITY,
    ActorIndex,
    Attribution,
    Mention,
    is_outlet,
    resolve_claimant,
)
from analysis.intake.extract.measures import METRIC_OF_KIND
from analysis.intake.extract.numbers import MAX_DIGITS, Figure
from analysis.intake.extract.periods import Period, safe_date
from analysis.intake.extract.text import numeric_dates

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
_PEOPLE = frozenset({"people", "engineers", "workers"})
_UNITS_AFTER = re.compile(
    r"\s*(?:개\s?)?(?:여단|사단|연대|대대|군단)|\s*(?:бригад|полк|батальон|дивизи|дивізі|підрозділ|подразделени|корпус)",
    re.IGNORECASE,
)
# what a counter allows the counted kind to be ("" allows any)
_COUNTER_KINDS = {
    "people": _PEOPLE,
    "rounds": frozenset({"shells", "missiles"}),
    "missiles": frozenset({"missiles", "launchers", "guns", "systems"}),
    "guns": frozenset({"guns", "launchers", "systems"}),
    "pieces": frozenset({"containers", "devices", "launchers", "guns", "missiles", "systems", "coffins", "portraits"}),
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


# ", як він стверджує,", ", как он утверждает,": an aside, not the end of the figure's clause
_ASIDE = re.compile(r",\s*(?:як|как|по его словам|за його словами|по словам|за словами)\s+[^,]{1,40},", re.IGNORECASE)
_NORTH = frozenset({"North Korea", "North Korea state media", "Kim Jong-un"})
# "у боях із ЗСУ", "против ВСУ": the enemy named, not the force counted
_AGAINST = re.compile(r"(?:^|\s)(?:з|із|зі|с|со|против|проти|проти|대한|에\s?맞서)\s*$", re.IGNORECASE)


def sentence_cues(language: Language, s: str, mentions: list[Mention]) -> SentenceCues:
    """The cues of sentence ``s``; cues inside actors' names are left out."""

    def free(found: list[Hit]) -> list[Hit]:
        return [h for h in found if not any(m.start <= h[0] and h[1] <= m.end for m in mentions)]

    c = language.cues
    forces = [h for h in hits(s, c.forces) if not _AGAINST.search(s, max(0, h[0] - 12), h[0])] if c.forces else []
    north = [h[0] for h in forces if h[2] == "nk"] + [m.start for m in mentions if m.actor.actor_id in _NORTH]
    aside = [(m.start(), m.end()) for m in _ASIDE.finditer(s)]
    breaks = [
        m.start() for m in language.reading.clause_break.finditer(s) if not any(a <= m.start() < b for a, b in aside)
    ]
    return SentenceCues(
        free(hits(s, c.kinds)),
        free(hits(s, c.states)),
        free(hits(s, c.modes)),
        forces,
        breaks,
        sorted(north),
    )


def segment(figs: list[Figure], i: int, cues: SentenceCues, length: int) -> tuple[int, int]:
    """The words that belong to figure ``i``: from the previous figure or clause break to the next."""
    fig = figs[i]
    lo = max([figs[i - 1].end if i else 0, *(b + 1 for b in cues.breaks if b < fig.start)])
    hi = min([figs[i + 1].start if i + 1 < len(figs) else length, *(b for b in cues.breaks if b >= fig.end)])
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
) -> str | None:
    """The metric figure ``i`` of sentence ``s`` counts, or None (see the module notes)."""
    fig = figs[i]
    lo, hi = segment(figs, i, cues, len(s))
    if _UNITS_AFTER.match(s, fig.end):
        return None  # "две бригады «военных строителей»", "4개 여단": a count of units, not of people
    if fig.unit == "percent":  # a share: of the ammunition, of the force lost
        if language.cues.ammunition.search(s, lo, hi):
            return "ammunition_share_pct"
        return "casualty_rate_pct" if language.cues.losses.search(s, lo, hi) else None
    first = language.reading.noun_first
    allowed = _COUNTER_KINDS.get(fig.unit)
    kind = _nearest(cues.kinds, fig, lo, hi, first, allowed)
    state = _nearest(cues.states, fig, lo, hi, first, None) if allowed is None or "people" in allowed else ""
    if not kind and fig.unit == "people":
        kind = "people" if state or _kind_before(cues.kinds, fig, _PEOPLE) else ""
    if kind == "people":  # "5 тисяч військовослужбовців під виглядом будівельних підрозділів"
        kind = next((h[2] for h in cues.kinds if lo <= h[0] and h[1] <= hi and h[2] in ("engineers", "workers")), kind)
    if not kind and not state:
        return _elliptic(language, s, fig, previous, cues, lo, hi, carried)
    c_lo, c_hi = clause(fig, cues, len(s))
    if c_lo > 1 and s[c_lo - 1] == ":":  # "планує перекинути додаткові війська: близько 6000": the colon's clause
        c_lo = clause(Figure("", c_lo - 1, c_lo - 1, None, None, None, ""), cues, len(s))[0]
    modes = _nearest_modes(cues, fig, c_lo, c_hi, hi)
    modes |= _modes(cues, lo, hi) & {"additional"}
    modes |= _modes(cues, lo, fig.start) & {"total"}  # "총 3천여 명", not "1500여 명이 늘어 총 ..."
    if kind in _PEOPLE or (not kind and state):
        if state == "missing" or _other_force(cues, fig, lo, hi, first):
            return None  # "실종", "потери ВСУ", "러시아군 사상자"
        return _people_metric(kind or "people", state, modes)
    if kind == "missiles" and not any(c_lo <= n < c_hi for n in cues.north):
        return None  # "93 ракети" of a Russian strike: no North Korean missile in the clause
    if kind == "missiles":
        return "ballistic_missiles_fired" if "fired" in modes and "supplied" not in modes else "ballistic_missiles"
    if kind in ("guns", "launchers") and _both_systems(cues.kinds, fig, lo, hi, first):
        return "artillery_systems_combined"  # "자주포와 방사포 250문": one total, split unknown
    return _KIND_METRIC.get(kind)


def _kind_before(found: list[Hit], fig: Figure, allowed: frozenset[str]) -> bool:
    return any(h[1] <= fig.start and h[2] in allowed for h in found)


def clause(fig: Figure, cues: SentenceCues, length: int) -> tuple[int, int]:
    """The clause of a figure: from the clause break before it to the one after it."""
    lo = max([0, *(b + 1 for b in cues.breaks if b < fig.start)])
    hi = min([length, *(b for b in cues.breaks if b >= fig.end)])
    return lo, hi


# modes a figure takes from its own segment only ("1500여 명이 늘어 총 3천여 명"); the others
# (a plan, a place, a way home) hold for the whole clause
_SEGMENT_MODES = frozenset({"additional", "total"})


def _modes(cues: SentenceCues, lo: int, hi: int) -> set[str]:
    return {h[2] for h in cues.modes if lo <= h[0] and h[1] <= hi}


_STANCES = frozenset({"planned", "present"})


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


def _other_force(cues: SentenceCues, fig: Figure, lo: int, hi: int, before_first: bool) -> bool:
    return _nearest(cues.forces, fig, lo, hi, before_first, None) == "other"


def _people_metric(kind: str, state: str, modes: set[str]) -> str:
    if state:
        metric = _STATE_METRIC[state]
        return "wounded_repatriated" if metric == "wounded" and "homeward" in modes else metric
    if kind in ("engineers", "workers"):
        return _KIND_METRIC[kind]
    if "planned" in modes:  # a whole contingent still to come, whatever its work, is a plan
        return "troops_planned"
    if "engineering" in modes:  # "відправила 1000 військових для розмінування"
        return "engineers_deployed"
    if "additional" in modes and "total" not in modes:
        return "troops_deployed_additional"
    if "present" in modes:
        return "troops_present"
    return "troops_deployed"


_NOUN_AFTER = re.compile(r"\s*[\u0400-\u04ff]{3,}")


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
    if not language.reading.noun_first and _NOUN_AFTER.match(s, fig.end):
        return None
    last = next((m for m in reversed(previous) if m), None)
    if last is None and not previous and not cues.kinds and carried and carried.startswith("troops"):
        last = carried  # "...вони матимуть 12 тисяч." after a sentence about troops
    if last is None or (fig.unit and fig.unit != "people" and not last.startswith(("troops", "killed", "wounded"))):
        return None
    if last.startswith("troops"):
        modes = _modes(cues, *clause(fig, cues, len(s)))
        return _people_metric("people", "", modes) if modes else last
    return last


# --- hedges -----------------------------------------------------------------------------------


def figure_hedge(language: Language, s: str, lo: int, hi: int) -> tuple[str, str]:
    """(qualifier, cue) of a figure: a plan in its own segment, else the sentence's first hedge
    (in the order suggested, reported, estimated, planned, confirmed)."""
    planned = dict(language.hedges)["planned"]
    m = planned.search(s, lo, hi)
    if m:
        return "planned", m.group(0)
    for qualifier, pattern in language.hedges:
        if qualifier == "planned":
            continue
        m = pattern.search(s)
        if m:
            return qualifier, m.group(0)
    return "confirmed", ""


# --- periods ----------------------------------------------------------------------------------


def figure_period(found: list[tuple[int, int, Period]], fig: Figure, lo: int, hi: int, before_first: bool) -> Period:
    """The period of a figure: the nearest period expression in its segment (on the side the
    language puts it first), else the nearest one in the sentence before it, else after it."""
    inside_before = [p for a, b, p in found if lo <= a and b <= fig.start]
    inside_after = [p for a, b, p in found if fig.end <= a and b <= hi]
    ordered = inside_before[-1:] + inside_after[:1] if before_first else inside_after[:1] + inside_before[-1:]
    if ordered:
        return ordered[0]
    before = [p for a, b, p in found if b <= fig.start]
    after = [p for a, b, p in found if a >= fig.end]
    if before:
        return before[-1]
    return after[0] if after else (None, None, None)


def check_digits(value: int | None) -> bool:
    """Whether a value fits the dataset (at most ``MAX_DIGITS`` digits)."""
    return value is None or len(str(value)) <= MAX_DIGITS


# --- sources ----------------------------------------------------------------------------------

_NEAR = 40  # characters between a name and its statement verb
_PREPOSITION = re.compile(
    r"(?:^|[\s(])(?:в|во|у|из|от|до|на|к|ко|с|со|для|про|об|о|при|між|між|від|із|зі|з|до|для|проти|через)\s+$",
    re.IGNORECASE,
)
_AT = re.compile(r"(?:^|[\s(])(?:в|во|у)\s+$", re.IGNORECASE)
_ARMED_FORCES = re.compile(r"\bArmed Forces\b")
# "по словам" and its long apposition before the name (no other name between)
_WORDS_OF: re.Pattern[str] | None = re.compile(r"(?:по словам|за словами)\s[^.;!?]*$", re.IGNORECASE)


def _adjacent_verb(reading: Reading, s: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a statement verb stands next to a name, with no clause break or other name between."""
    for verb in (
        reading.speech.search(s, max(0, m.start - _NEAR), m.start),
        reading.speech.search(s, m.end, m.end + _NEAR),
    ):
        if verb is None:
            continue
        a, b = (verb.end(), m.start) if verb.start() < m.start else (m.end, verb.start())
        between = [x for x in mentions if x is not m and a <= x.start and x.end <= b]
        if reading.clause_break.search(s, a, b) or any(
            not _PREPOSITION.search(s, max(0, x.start - 8), x.start) for x in between
        ):
            continue  # another name between, unless a place ("Шойгу по итогам визита в КНДР сообщил")
        return True
    return False


def _source_score(reading: Reading, s: str, m: Mention, mentions: list[Mention]) -> float:
    """How surely a name stands as the source of the sentence's figures (0: not at all)."""
    score = 1.0
    if _AGAINST.search(s, max(0, m.start - 12), m.start):
        return 0.0  # "у боях із ЗСУ": the enemy, not a source
    if reading.source_before is not None and reading.source_before.search(s, max(0, m.start - 60), m.start):
        score = 3.0  # "по данным ГУР", "за словами Буданова"
    elif _WORDS_OF is not None and (words := _WORDS_OF.search(s, max(0, m.start - 150), m.start)):
        if not any(words.start() <= x.start and x.end <= m.start for x in mentions if x is not m):
            score = 3.0  # "По словам члена ... комитета по вопросам разведки, Ю Сан Бума", not "По словам Шойгу, КНДР"
    elif _PREPOSITION.search(s, max(0, m.start - 8), m.start):
        # "по итогам визита в КНДР сообщил", "после освобождения от ВСУ": a place or an object, not who
        # says it; "У ГУР повідомили", "в Минобороны заявили" name a source
        at = _AT.search(s, max(0, m.start - 4), m.start) and reading.speech.match(s, m.end + 1)
        return 2.0 if at else 0.0
    elif reading.source_after is not None and reading.source_after.match(s, m.end):
        score = 3.0  # "국정원에 따르면", "국정원 관계자는"
    elif reading.subject_after is not None:
        subject = reading.subject_after.match(s, m.end)
        verb = reading.speech.search(s, m.end) if subject else None
        topic = bool(subject and "topic" in subject.groupdict() and subject.group("topic"))
        quoted = reading.quoted.search(s, m.end, verb.start()) if verb and reading.quoted and not topic else None
        if verb and not quoted:
            score = 2.0  # "국정원은 ... 밝혔다", not "북한이 ... 파병했다고 밝혔다"
    elif _adjacent_verb(reading, s, m, mentions):
        score = 2.0  # "заявил Буданов", "ГУР сообщило"
    if score == 1.0 and _ARMED_FORCES.search(m.actor.role):
        return 0.0  # "де Збройні сили України ведуть операцію": an army named is a combatant, not a source
    if score == 2.0 and m.actor.kind == "person":
        score = 3.5  # "За даними розвідки, заявив Зеленський": the person who says it
    if is_outlet(m.actor):
        score -= 1.5  # "передает ТАСС", "연합뉴스가 보도했다": the copy's credit, not its source
    return score


def _usable(language: Language, s: str, mentions: list[Mention]) -> list[tuple[float, Mention]]:
    scored = [(_source_score(language.reading, s, m, mentions), m) for m in mentions]
    usable = [(sc, m) for sc, m in scored if sc >= 2 or (sc >= 1 and m.actor.kind in ("agency", "organisation"))]
    return usable or [(sc, m) for sc, m in scored if sc > 0 and is_outlet(m.actor)]


def _chosen(usable: list[tuple[float, Mention]], index: ActorIndex, agencies: dict[str, set[str]]) -> Attribution:
    if not usable:
        return Attribution(None, None, False)
    best = max(usable, key=lambda p: (p[0], -PRIORITY.get(p[1].actor.kind, 3), -p[1].start))[1]
    person = next((m.actor.actor_id for sc, m in usable if m.actor.kind == "person" and sc >= 2), None)
    return Attribution(_named_agency(resolve_claimant(best.actor, index, agencies), index, agencies), person, True)


def _named_agency(claimant: str, index: ActorIndex, agencies: dict[str, set[str]]) -> str:
    """ "украинская разведка" in an article that names the HUR (its deputy head speaking): the HUR.
    An agency "not named" stands for the one intelligence agency of its country the article names."""
    actor = index.actors.get(claimant)
    if actor is None or "not named" not in actor.role:
        return claimant
    named = {
        a for a in agencies.get(actor.country, set()) - {claimant} if "intelligence" in index.actors[a].role.lower()
    }
    return next(iter(named)) if len(named) == 1 else claimant


def figure_sources(
    language: Language,
    s: str,
    mentions: list[Mention],
    figs: list[Figure],
    cues: SentenceCues,
    index: ActorIndex,
    agencies: dict[str, set[str]],
) -> list[Attribution | None]:
    """A source of each figure's own, where its sentence gives one: the nearest subject before
    it whose statement verb comes after it ("북한이 350명 정도의 전사자를 공개한 것과 관련해 국정원은
    ..." gives the 350 to the North), else the source its clause names; None otherwise."""
    usable = _usable(language, s, mentions)
    stated = [(sc, m) for sc, m in usable if sc >= 2]
    out: list[Attribution | None] = []
    for fig in figs:
        own: Attribution | None = None
        if language.reading.subject_after is not None:
            before = [(sc, m) for sc, m in stated if m.end <= fig.start]
            if before:
                sc, m = before[-1]
                verb = language.reading.speech.search(s, m.end)
                between = [x for x in mentions if fig.end <= x.start and verb is not None and x.end <= verb.start()]
                if verb is not None and verb.start() >= fig.end and not between:
                    own = _chosen([(sc, m)], index, agencies)
        if own is None:
            lo, hi = clause(fig, cues, len(s))
            inside = [(sc, m) for sc, m in stated if lo <= m.start and m.end <= hi]
            if inside and len(inside) < len(stated):
                own = _chosen(inside, index, agencies)
        out.append(own)
    return out


def attribute(
    language: Language, s: str, mentions: list[Mention], index: ActorIndex, agencies: dict[str, set[str]]
) -> Attribution:
    """Claimant and speaker a (plain) sentence names itself; ``explicit=False`` if none.

    A name with a source cue beats the subject of a statement verb, which beats a name
    alone; at equal footing an agency beats a person, a person a country. A country or a
    person named without any cue is the subject of the figure ("КНДР направила ..."), not
    its source.
    """
    return _chosen(_usable(language, s, mentions), index, agencies)


# --- one sentence -----------------------------------------------------------------------------

# metric, figure, (qualifier, cue), period, the figure's own source (None: the sentence's)
Proposal = tuple[str, Figure, tuple[str, str], Period, Attribution | None]


def sentence_claims(
    language: Language,
    s: str,
    mentions: list[Mention],
    published: date,
    index: ActorIndex,
    agencies: dict[str, set[str]],
    carried: str | None = None,
) -> list[Proposal]:
    """What each figure of a (plain) sentence counts, how firmly, over which period and, where
    the sentence says so, from whom; figures that count nothing in the metric vocabulary are
    left out."""
    found = language.periods(s, published)
    dated = [(a, b) for a, b, _ in found] + numeric_dates(s)  # "13 січня", "2025-09-02", "10:16"
    figs = [f for f in language.figures(s) if not any(a <= f.start < b for a, b in dated)]
    if not figs:
        return []
    cues = sentence_cues(language, s, mentions)
    out: list[Proposal] = []
    previous: list[str | None] = []
    sources = figure_sources(language, s, mentions, figs, cues, index, agencies)
    for i, fig in enumerate(figs):
        metric = metric_of(language, s, figs, i, cues, previous, carried)
        previous.append(metric)
        if metric is None:
            continue
        lo, hi = segment(figs, i, cues, len(s))
        hedged = figure_hedge(language, s, *clause(fig, cues, len(s)))
        period = figure_period(found, fig, lo, hi, language.reading.noun_first)
        out.append((metric, fig, hedged, period, sources[i]))
    return out
