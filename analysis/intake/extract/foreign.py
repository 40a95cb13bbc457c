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

from analysis.intake.extract.claimants import _PRIORITY, Actor, ActorIndex, Attribution, Mention, resolve_claimant
from analysis.intake.extract.numbers import MAX_DIGITS, Figure
from analysis.intake.extract.periods import Period, safe_date

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

_KIND_METRIC = {
    "shells": "artillery_shells",
    "guns": "self_propelled_guns",
    "launchers": "rocket_launchers",
    "systems": "artillery_systems_combined",
    "containers": "containers_shipped",
    "coffins": "coffins_repatriated",
    "portraits": "fallen_portraits_displayed",
    "hectares": "area_demined_hectares",
    "devices": "explosive_devices_destroyed",
    "engineers": "engineers_deployed",
    "workers": "workers_deployed",
}
_STATE_METRIC = {
    "casualties": "casualties_killed_or_wounded",
    "battle": "battle_casualties",
    "killed": "killed",
    "wounded": "wounded",
    "captured": "captured",
}
_PEOPLE = frozenset({"people", "engineers", "workers"})
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


def sentence_cues(language: Language, s: str, taken: list[tuple[int, int]]) -> SentenceCues:
    """The cues of sentence ``s``; cues inside ``taken`` spans (actor names) are left out."""

    def free(found: list[Hit]) -> list[Hit]:
        return [h for h in found if not any(a <= h[0] and h[1] <= b for a, b in taken)]

    c = language.cues
    return SentenceCues(
        free(hits(s, c.kinds)),
        free(hits(s, c.states)),
        free(hits(s, c.modes)),
        hits(s, c.forces) if c.forces else [],
        [m.start() for m in language.reading.clause_break.finditer(s)],
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
    language: Language, s: str, figs: list[Figure], i: int, cues: SentenceCues, previous: list[str | None]
) -> str | None:
    """The metric figure ``i`` of sentence ``s`` counts, or None (see the module notes)."""
    fig = figs[i]
    if fig.unit == "percent":
        if language.cues.ammunition.search(s):
            return "ammunition_share_pct"
        return "casualty_rate_pct" if language.cues.losses.search(s) else None
    lo, hi = segment(figs, i, cues, len(s))
    first = language.reading.noun_first
    allowed = _COUNTER_KINDS.get(fig.unit)
    kind = _nearest(cues.kinds, fig, lo, hi, first, allowed)
    state = _nearest(cues.states, fig, lo, hi, first, None) if allowed is None or "people" in allowed else ""
    if not kind and fig.unit == "people":
        kind = "people" if state or _kind_before(cues.kinds, fig, _PEOPLE) else ""
    if not kind and not state:
        return _elliptic(language, s, fig, previous, cues, lo, hi)
    modes = _modes(cues, *clause(fig, cues, len(s)))
    if kind in _PEOPLE or (not kind and state):
        if _other_force(cues, fig, lo, hi, first):
            return None  # "потери ВСУ", "러시아군 사상자"
        return _people_metric(kind or "people", state, modes)
    if kind == "missiles":
        return "ballistic_missiles_fired" if "fired" in modes and "supplied" not in modes else "ballistic_missiles"
    if kind in ("guns", "launchers") and _both_systems(cues.kinds, lo, hi):
        return "artillery_systems_combined"  # "자주포와 방사포 250문": one total, split unknown
    return _KIND_METRIC.get(kind)


def _kind_before(found: list[Hit], fig: Figure, allowed: frozenset[str]) -> bool:
    return any(h[1] <= fig.start and h[2] in allowed for h in found)


def clause(fig: Figure, cues: SentenceCues, length: int) -> tuple[int, int]:
    """The clause of a figure: from the clause break before it to the one after it."""
    lo = max([0, *(b + 1 for b in cues.breaks if b < fig.start)])
    hi = min([length, *(b for b in cues.breaks if b >= fig.end)])
    return lo, hi


def _modes(cues: SentenceCues, lo: int, hi: int) -> set[str]:
    return {h[2] for h in cues.modes if lo <= h[0] and h[1] <= hi}


def _both_systems(found: list[Hit], lo: int, hi: int) -> bool:
    names = {h[2] for h in found if lo <= h[0] and h[1] <= hi}
    return {"guns", "launchers"} <= names


def _other_force(cues: SentenceCues, fig: Figure, lo: int, hi: int, before_first: bool) -> bool:
    return _nearest(cues.forces, fig, lo, hi, before_first, None) == "other"


def _people_metric(kind: str, state: str, modes: set[str]) -> str:
    if state:
        metric = _STATE_METRIC[state]
        return "wounded_repatriated" if metric == "wounded" and "homeward" in modes else metric
    if kind in ("engineers", "workers"):
        return _KIND_METRIC[kind]
    if "planned" in modes:
        return "troops_planned"
    if "additional" in modes:
        return "troops_deployed_additional"
    if "present" in modes:
        return "troops_present"
    return "troops_deployed"


def _elliptic(
    language: Language, s: str, fig: Figure, previous: list[str | None], cues: SentenceCues, lo: int, hi: int
) -> str | None:
    # "еще 3 тысячи", "3000명 더": a figure without a noun takes the metric of the one before
    last = next((m for m in reversed(previous) if m), None)
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
    if before_first:
        ordered = inside_before[-1:] + inside_after[:1]
    else:
        ordered = inside_after[:1] + inside_before[-1:]
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

_MEDIA_ROLE = re.compile(r"\b(?:news|newspaper|media|broadcaster|agency of record)\b", re.IGNORECASE)
_NEAR = 30  # characters between a name and its statement verb


def is_outlet(actor: Actor) -> bool:
    """Whether an actor is a news outlet (a wire agency, a newspaper, state media)."""
    return actor.kind in ("organisation", "agency") and bool(_MEDIA_ROLE.search(actor.role))


def _source_score(reading: Reading, s: str, m: Mention) -> float:
    """How surely a name stands as the source of the sentence's figures (0: not at all)."""
    score = 1.0
    if reading.source_before is not None and reading.source_before.search(s, max(0, m.start - 60), m.start):
        score = 3.0  # "по данным ГУР", "за словами Буданова"
    elif reading.source_after is not None and reading.source_after.match(s, m.end):
        score = 3.0  # "국정원에 따르면", "국정원 관계자는"
    elif reading.subject_after is not None and (subject := reading.subject_after.match(s, m.end)):
        verb = reading.speech.search(s, m.end)
        topic = "topic" in subject.groupdict() and subject.group("topic")
        quoted = reading.quoted.search(s, m.end, verb.start()) if verb and reading.quoted and not topic else None
        if verb and not quoted:
            score = 2.0  # "국정원은 ... 밝혔다", not "북한이 ... 파병했다고 밝혔다"
    elif reading.speech.search(s, max(0, m.start - _NEAR), m.start) or reading.speech.search(s, m.end, m.end + _NEAR):
        score = 2.0  # "заявил Буданов", "ГУР сообщило"
    if is_outlet(m.actor):
        score -= 1.5  # "передает ТАСС", "연합뉴스가 보도했다": the copy's credit, not its source
    return score


def attribute(
    language: Language, s: str, mentions: list[Mention], index: ActorIndex, agencies: dict[str, set[str]]
) -> Attribution:
    """Claimant and speaker a (plain) sentence names itself; ``explicit=False`` if none.

    A name with a source cue beats the subject of a statement verb, which beats a name
    alone; at equal footing an agency beats a person, a person a country. A country or a
    person named without any cue is the subject of the figure ("КНДР направила ..."), not
    its source.
    """
    scored = [(_source_score(language.reading, s, m), m) for m in mentions]
    usable = [(sc, m) for sc, m in scored if sc >= 2 or (sc >= 1 and m.actor.kind in ("agency", "organisation"))]
    if not usable:
        usable = [(sc, m) for sc, m in scored if sc > 0 and is_outlet(m.actor)]
    if not usable:
        return Attribution(None, None, False)
    best = max(usable, key=lambda p: (p[0], -_PRIORITY.get(p[1].actor.kind, 3), -p[1].start))[1]
    person = next((m.actor.actor_id for sc, m in usable if m.actor.kind == "person" and sc >= 2), None)
    return Attribution(resolve_claimant(best.actor, index, agencies), person, True)


# --- one sentence -----------------------------------------------------------------------------

Proposal = tuple[str, Figure, tuple[str, str], Period]  # metric, figure, (qualifier, cue), period


def sentence_claims(language: Language, s: str, mentions: list[Mention], published: date) -> list[Proposal]:
    """What each figure of a (plain) sentence counts, how firmly and over which period; figures
    that count nothing in the metric vocabulary are left out."""
    found = language.periods(s, published)
    figs = [f for f in language.figures(s) if not any(a <= f.start < b for a, b, _ in found)]
    if not figs:
        return []
    cues = sentence_cues(language, s, [(m.start, m.end) for m in mentions])
    out: list[Proposal] = []
    previous: list[str | None] = []
    for i, fig in enumerate(figs):
        metric = metric_of(language, s, figs, i, cues, previous)
        previous.append(metric)
        if metric is None:
            continue
        lo, hi = segment(figs, i, cues, len(s))
        hedged = figure_hedge(language, s, *clause(fig, cues, len(s)))
        out.append((metric, fig, hedged, figure_period(found, fig, lo, hi, language.reading.noun_first)))
    return out
