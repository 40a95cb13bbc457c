"""Korean, Ukrainian and Russian sentences: who gives their figures, and each sentence's proposals.

The source of a sentence's figures is the actor named with a source cue (``по данным X``,
``X에 따르면``), else the subject of a statement verb, else the first agency named; news
outlets credited for the copy (``передает ТАСС``, ``연합뉴스가 보도했다``) yield to anyone else
named. ``sentence_claims`` composes it with what ``foreign`` reads of each figure.

Data quirks:
- A name after a preposition is a place or an object ("по итогам визита в КНДР", "после
  освобождения от ВСУ"), not the subject of the verb near it; "У ГУР повідомили" still names a
  source.
- An army named without a source cue is a combatant in the story, not its source.
- Korean copy relays another's figure inside its own sentence (``korean_relayed``); a quoted speaker's own
  restatement of it (국정원은 "북한이 ... 밝힌 6000명 가운데 ...") stays the speaker's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from analysis.intake.extract.claimants import (
    PRIORITY,
    ActorIndex,
    Attribution,
    Mention,
    is_outlet,
    resolve_claimant,
)
from analysis.intake.extract.foreign import (
    AGAINST,
    INHERITED,
    PEOPLE,
    Language,
    Reading,
    SentenceCues,
    clause,
    metric_of,
    segment,
    sentence_cues,
)
from analysis.intake.extract.korean_relayed import claim_reported, nearest_name
from analysis.intake.extract.numbers import Figure
from analysis.intake.extract.periods import Period
from analysis.intake.extract.services import named_service, only_service
from analysis.intake.extract.slavic_captives import CAPTIVE
from analysis.intake.extract.text import numeric_dates

_NEAR = 40  # characters between a name and its statement verb
# a comma or a dash between words ends a title's phrase ("за словами міністра оборони Південної Кореї Шин Вон Сіка")
_TITLE_END = re.compile(r"[,;:()]|\s[-–—]\s")
_PREPOSITION = re.compile(
    r"(?:^|[\s(])(?:в|во|у|из|от|до|на|к|ко|с|со|для|про|об|о|при|між|між|від|із|зі|з|до|для|проти|через)\s+$",
    re.IGNORECASE,
)
_AT = re.compile(r"(?:^|[\s(])(?:в|во|у)\s+$", re.IGNORECASE)
_ARMED_FORCES = re.compile(r"\bArmed Forces\b")
# "по словам" and its long apposition before the name (no other name between)
_WORDS_OF: re.Pattern[str] | None = re.compile(r"(?:по словам|за словами)\s[^.;!?]*$", re.IGNORECASE)


_QUOTATION = re.compile(r'"[^"]{1,400}"')


# a quotation closed in this sentence but opened in the one before: '...против Украины", - сказал Зеленский',
# and in Korean before a quotative ending: '...전멸했다"며 "북한은 ..."이라고 강조했다'
_CLOSING = re.compile(r'[^"]{1,400}"(?=\s*[,.]?\s*[-–—]|\s?(?:이라|라)?(?:고|며|면서)\s)')


@lru_cache(maxsize=256)
def _quotations(s: str) -> list[tuple[int, int]]:
    if '"' not in s:
        return []
    closing = _CLOSING.match(s)
    at = closing.end() if closing else 0
    return [(0, at)] * bool(closing) + [(at + m.start(), at + m.end()) for m in _QUOTATION.finditer(s[at:])]


# a person's title and office before the name ("говорил секретарь Совета безопасности Сергей Шойгу"):
# part of the name's phrase, however long
_TITLE = re.compile(
    r"(?<![\w'-])(?:секретар\w*|міністр\w*|министр\w*|глав[аиуеою]\w*|голов[аиуеою]\w*|начальник\w*|заступник\w*"
    r"|заместител\w*|представник\w*|представител\w*|президент\w*|лідер\w*|лидер\w*|речни\w*|пресс-секретар\w*"
    r"|прес-секретар\w*|директор\w*|командувач\w*|командующ\w*|посол|посл[аоу]\w*|координатор\w*"
    # other heads and officials: "очільник ГУР", "керівник", "руководитель", "советник", "госсекретарь", "спікер"
    r"|очільник\w*|очільниц\w*|керівник\w*|керівниц\w*|руководител\w*|радник\w*|советник\w*|командир\w*"
    r"|госсекретар\w*|держсекретар\w*|спікер\w*|спикер\w*|прем'єр\w*|премьер\w*|посадов\w*|чиновник\w*"
    # lawmakers and members of a body: "депутат партии Южной Кореи", "член комитета по разведке", "нардеп"
    r"|депутат\w*|нардеп\w*|законодав\w*|законодател\w*|парламентар\w*|член\w*|сенатор\w*|конгрес\w*|постпред\w*)"
    # the words of the title, an apposition after a comma among them ("представник США ..., посол Роберт Вуд")
    r"(?:,?\s+[\w'’-]+){0,8}?\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _citing_then_verb(speech: re.Pattern[str]) -> re.Pattern[str]:
    """ "законодавці ... (з) посиланням на розвідувальне відомство заявили": a name, whom it cites, its verb."""
    return re.compile(
        rf"\s*,?\s*(?:з\s+|із\s+)?(?:посиланням\s+на|со\s+ссылкой\s+на|ссылаясь\s+на|посилаючись\s+на)"
        rf"(?:\s+[^\s,;.]+){{1,6}}?,?\s+(?:{speech.pattern})",
        speech.flags,
    )


def _adjacent_verb(reading: Reading, s: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a statement verb stands next to a name (or the title before it), with no clause
    break or other name between, or after whom the name cites."""
    if _citing_then_verb(reading.speech).match(s, m.end):
        return True
    title = _TITLE.search(s, max(0, m.start - 110), m.start) if m.actor.kind == "person" else None
    start = title.start() if title else m.start
    # the nearest verb before the name ("Як передає Цензор.НЕТ, про це інформує NHK": "інформує", not "передає")
    before = [*reading.speech.finditer(s, max(0, start - _NEAR), start)][-1:]
    for verb in (
        before[0] if before else None,
        reading.speech.search(s, m.end, m.end + _NEAR),
    ):
        if verb is None:
            continue
        a, b = (verb.end(), start) if verb.start() < m.start else (m.end, verb.start())
        between = [x for x in mentions if x is not m and a <= x.start and x.end <= b]
        if reading.clause_break.search(s, a, b) or any(
            not _PREPOSITION.search(s, max(0, x.start - 8), x.start) for x in between
        ):
            continue  # another name between, unless a place ("Шойгу по итогам визита в КНДР сообщил")
        return True
    return False


def _words_owner(s: str, words: int, m: Mention, mentions: list[Mention]) -> bool:
    """Whether ``m`` is whose words "по словам"/"за словами" at ``words`` names: the first name after it, or the
    person its title leads to past the title's country ("По словам главы оборонного ведомства Южной Кореи Шина Вон
    Сика": Shin, not South Korea); never a country opening the clause told ("За словами дипломата, Північна
    Корея вже передала": the diplomat's words are about the North)."""
    between = [x for x in mentions if x is not m and words <= x.start and x.end <= m.start]
    if m.actor.kind == "country":
        nxt = next((x for x in mentions if x.start >= m.end), None)
        in_title = nxt is not None and nxt.actor.kind == "person" and not _TITLE_END.search(s, m.end, nxt.start)
        return not between and not in_title and "," not in s[words : m.start]
    if m.actor.kind == "person" and between:
        return all(x.actor.kind == "country" for x in between) and not _TITLE_END.search(s, between[0].start, m.start)
    return not between


def _source_score(reading: Reading, s: str, m: Mention, mentions: list[Mention]) -> float:
    """How surely a name stands as the source of the sentence's figures (0: not at all)."""
    score = 1.0
    lawmakers = m.actor.kind == "lawmakers"  # "законодавці з Південної Кореї": named before their country
    if AGAINST.search(s, max(0, m.start - 12), m.start) and not lawmakers:
        return 0.0  # "у боях із ЗСУ": the enemy, not a source
    quote = next(((a, b) for a, b in _quotations(s) if a < m.start and m.end < b), None)
    if quote and _cited(reading, s, m, quote[1]):
        return 2.0  # 대변인은 "국정원은 ... 1만2000명 정도 파병 예측을 했지만": the agency the speaker cites
    if quote:
        return 0.0  # 국정원은 "북한이 ... 파악하고 있다"고: a name inside a quotation is what it is about
    if reading.source_before is not None and reading.source_before.search(s, max(0, m.start - 60), m.start):
        score = 3.0  # "по данным ГУР", "за словами Буданова"
    elif _WORDS_OF is not None and (words := _WORDS_OF.search(s, max(0, m.start - 150), m.start)):
        if _words_owner(s, words.start(), m, mentions):
            score = 3.0  # "По словам члена ... комитета по вопросам разведки, Ю Сан Бума", not "По словам Шойгу, КНДР"
    elif _PREPOSITION.search(s, max(0, m.start - 8), m.start) and not lawmakers:
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
        if topic and _sender(s, m, verb):
            return 0.0  # "북한은 ... 148기를 보냈으며 ...고 주장했다": the sender the figures are about
        # the quoting ending may be the verb's own ("...다고 했다": said) or follow it ("다고 ", "다”고 "), the verb
        # then being the quoted clause's ("우크라이나군이 ... 생포한 사실을 확인했다고 밝혔다")
        upto = min(len(s), verb.end() + 4) if verb else 0
        quoted = reading.quoted.search(s, m.end, upto) if verb and reading.quoted and not topic else None
        if quoted and m.actor.kind == "person" and re.search(r"[\"']", s[max(0, quoted.start() - 2) : quoted.end()]):
            quoted = None  # "김정은 위원장이 “...”이라고 밝혔다": a person's own words in quotation marks
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


# North Korea's sending in Korean: "보냈으며", "이전했는데", "제공한", "파병했다" (the speaker of such a sentence is
# elided or named before; the North does not count its own shipments)
_SENDS = re.compile(r"(?:보내|보냈|보낸|넘겼|넘긴|(?:이전|제공|공급|파견|파병|수출|지원)(?:했|한|하고|하며|해))")
_SAYS_IT_SENDS = re.compile(r"다고\s*(?:밝혔|밝힌|발표했|발표한|말했|전했|언급했|공개했)")


def _sender(s: str, m: Mention, verb: re.Match[str] | None) -> bool:
    """Whether North Korea, the topic of a Korean sentence, is the one who sends what it counts (a verb of
    sending up to its statement verb, or the sentence's end): the figures are about it, not from it."""
    if m.actor.actor_id != "North Korea":
        return False
    sends = _SENDS.search(s, m.end, verb.end() if verb else len(s))
    # "북한은 ... 6000명을 파견한다고 밝혔다": the North saying what it sends is its own claim
    return sends is not None and _SAYS_IT_SENDS.match(s, sends.end()) is None


def _cited(reading: Reading, s: str, m: Mention, end: int) -> bool:
    """Whether an agency inside a quotation is the topic (X은/는) of a statement verb of its own there."""
    subject = reading.subject_after.match(s, m.end) if reading.subject_after is not None else None
    if m.actor.kind != "agency" or not (subject and subject.groupdict().get("topic")):
        return False
    return reading.speech.search(s, m.end, end) is not None


def _usable(language: Language, s: str, mentions: list[Mention]) -> list[tuple[float, Mention]]:
    scored = [(_source_score(language.reading, s, m, mentions), m) for m in mentions]
    usable = [(sc, m) for sc, m in scored if sc >= 2 or (sc >= 1 and m.actor.kind in ("agency", "organisation"))]
    return usable or [(sc, m) for sc, m in scored if sc > 0 and is_outlet(m.actor)]


def _chosen(usable: list[tuple[float, Mention]], index: ActorIndex, agencies: dict[str, set[str]]) -> Attribution:
    if not usable:
        return Attribution(None, None, False)
    best = max(usable, key=lambda p: (p[0], -PRIORITY.get(p[1].actor.kind, 3), -p[1].start))[1]
    person = next((m.actor.actor_id for sc, m in usable if m.actor.kind == "person" and sc >= 2), None)
    return Attribution(
        named_service(resolve_claimant(best.actor, index, agencies), index.actors, agencies), person, True
    )


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
        named = _named_for(language.reading, s, fig, mentions, stated)
        if named is not None:
            out.append(_chosen([(2.0, named)], index, agencies))
            continue
        lo, hi = clause(fig, cues, len(s))
        inside = [(sc, m) for sc, m in stated if lo <= m.start and m.end <= hi]
        out.append(_chosen(inside, index, agencies) if inside and len(inside) < len(stated) else None)
    return out


def _named_for(
    reading: Reading, s: str, fig: Figure, mentions: list[Mention], stated: list[tuple[float, Mention]]
) -> Mention | None:
    """The one name a figure's own source is, by the first reading that finds one: an estimate named by whose
    it is, then (in Korean) another's claim the speaker answers, the subject whose statement verb follows the
    figure, the subject of an adnominal statement verb, then the name a quoted speaker gives; None otherwise."""
    found = _estimate_of(s, fig, mentions)
    if found is None and reading.subject_after is not None:
        found = claim_reported(reading, s, fig, mentions)
        if found is None:
            found = _subject_stated(reading, s, fig, mentions, stated)
        if found is None:
            found = _disclosed_by(reading, s, fig, mentions)
    return found if found is not None else _quoted_source(reading, s, fig, mentions)


def _subject_stated(
    reading: Reading, s: str, fig: Figure, mentions: list[Mention], stated: list[tuple[float, Mention]]
) -> Mention | None:
    """The nearest stated subject before a figure whose statement verb comes after it with no other name
    between (the topic before it when the verb is the topic's too: "정보본부는 북한이 ... 반출한 컨테이너를 ...
    추정했다"); None otherwise."""
    before = [(sc, m) for sc, m in stated if m.end <= fig.start]
    if not before:
        return None
    verb = reading.speech.search(s, before[-1][1].end)
    if verb is None or verb.start() < fig.end:
        return None
    if any(fig.end <= x.start and x.end <= verb.start() for x in mentions):
        return None
    topic = _topic_of_same_verb(reading, s, before, verb)
    return (topic or before[-1])[1]


def _quoted_source(reading: Reading, s: str, fig: Figure, mentions: list[Mention]) -> Mention | None:
    """The source a quoted speaker names for a figure, the nearest name before it, its verb right after it
    ('"Північна Корея повідомила, що загинуло близько 350 осіб, тоді як ...", - зазначив Лі': the North's
    350, not Lee's); None otherwise."""
    quote = next(((a, b) for a, b in _quotations(s) if a <= fig.start and fig.end <= b), None)
    named = [x for x in mentions if quote and quote[0] <= x.start and x.end <= fig.start]
    if not named:
        return None
    m = named[-1]  # the nearest name before the figure, in its quotation
    return m if s[m.end : m.end + 1].isspace() and reading.speech.match(s, m.end + 1) else None


# "북한이 ... 공개한 전사자는 350명": a statement verb in the adnominal form, the noun it heads, then the figure
# (the subject's own count, however the sentence's speaker relays it)
_DISCLOSED = re.compile(r"(?:공개|발표|집계|주장|보고|추산|추정|인정|시인)한\s|밝힌\s")
# the noun the adnominal verb heads, up to the figure: "전사자는 ", "사망자 수는 약 "; or none, the figure right
# after the verb ("합참이 밝힌 1100명보다")
_HEADED = re.compile(r"(?P<noun>(?:[\uac00-\ud7a3]{1,6}\s?){1,2}(?:은|는|이|가)\s)?(?:약\s|모두\s|총\s)?$")


def _disclosed_by(reading: Reading, s: str, fig: Figure, mentions: list[Mention]) -> Mention | None:
    """The subject of an adnominal statement verb whose noun the figure counts ("북한이 표창 수여식에서 공개한
    전사자는 350명": the North's 350, even inside another's quotation); None otherwise."""
    if reading.subject_after is None:
        return None
    m = nearest_name(s, fig, mentions)  # the nearest name before the figure, with no other between
    if m is None:
        return None
    marker = reading.subject_after.match(s, m.end)
    if marker is None or marker.groupdict().get("topic"):
        return None  # "국정원은 ...": the topic says the sentence, not one clause's figure
    verb = _DISCLOSED.search(s, marker.end(), fig.start)
    headed = _HEADED.fullmatch(s, verb.end(), fig.start) if verb is not None else None
    if headed is None:
        return None
    if headed.group("noun") is None and any(a < fig.start < b for a, b in _quotations(s)):
        return None  # 국정원은 "북한이 ... 밝힌 6000명 가운데 ...": the quoted speaker's own account of it
    return m


# "попередня оцінка Білого дому в 3 000", "оценка Пентагона — около 10 тысяч": an estimate named by whose it is,
# its figure right after the name
_ESTIMATE_NOUN = re.compile(
    r"(?<![\w'])(?:оценк|оцінк|прогноз|подсчет|підрахун|данн(?:ые|ых|ым)|дан(?:і|их|им))\w*\s+$", re.IGNORECASE
)
_ESTIMATE_GAP = re.compile(r"\s*(?:[—–:-]\s*)?(?:(?:в|у|во)\s+)?(?:[^\W\d]+\s+)?$", re.IGNORECASE)


def _estimate_of(s: str, fig: Figure, mentions: list[Mention]) -> Mention | None:
    """The source of a figure given as someone's estimate just before it ("оцінка Білого дому в 3 000"),
    whoever says the sentence; None otherwise."""
    for m in reversed([x for x in mentions if x.end <= fig.start and fig.start - x.end <= 20]):
        if _ESTIMATE_GAP.fullmatch(s, m.end, fig.start) and _ESTIMATE_NOUN.search(s, max(0, m.start - 30), m.start):
            return m
    return None


def _topic_of_same_verb(
    reading: Reading, s: str, before: list[tuple[float, Mention]], verb: re.Match[str] | None
) -> tuple[float, Mention] | None:
    """The topic (X은/는) before a subject whose statement verb is the topic's too, if any."""
    if verb is None or reading.subject_after is None:
        return None
    for sc, m in reversed(before[:-1]):
        marker = reading.subject_after.match(s, m.end)
        if marker and marker.groupdict().get("topic"):
            if any(m.end < a < verb.start() < b for a, b in _quotations(s)):
                return None  # 대변인은 "국정원은 ... 예측을 했지만": the verb is the cited agency's, in the quotation
            own = reading.speech.search(s, m.end)
            return (sc, m) if own is not None and own.start() == verb.start() else None
    return None


# "По его словам, ...", "За її словами, ...", "По их данным": a pronoun for who said it, named the sentence before
_PRONOUN_SOURCE = re.compile(
    r"^\W*(?:по|за)\s+(?:его|ее|её|их|його|її|їх|їхніми|ихним)\s+(?:словам|словами|данным|даними|оценкам|оцінками)\b",
    re.IGNORECASE,
)


def pronoun_source(
    s: str, before: list[Mention], index: ActorIndex, agencies: dict[str, set[str]]
) -> Attribution | None:
    """The person a sentence opened by "По его словам" means: the last one the sentence before names
    ("В церемонии участвовал Ким Чен Ын. По его словам, ... погибли девять"), if any."""
    if not _PRONOUN_SOURCE.match(s):
        return None
    person = next((m for m in reversed(before) if m.actor.kind == "person"), None)
    return _chosen([(2.0, person)], index, agencies) if person is not None else None


# "дипломат наголосив", "Дипломат додав", "посол также заявил": an envoy named again by his title alone
_DIPLOMAT = re.compile(
    r"(?<![\w'-])(?:дипломат|дипломатка|посол|постпред)\s+(?:(?:також|также|тоже|ще|еще|ещё|зокрема|в частности)\s+)?",
    re.IGNORECASE,
)


def diplomat_source(
    reading: Reading,
    s: str,
    mentions: list[Mention],
    before: list[Mention],
    index: ActorIndex,
    agencies: dict[str, set[str]],
) -> Attribution | None:
    """The envoy a sentence means by "дипломат наголосив" (his title alone, the subject of a statement verb, no one
    named before it): the last envoy the sentence before names, a diplomat or a country's envoy; None otherwise."""
    m = _DIPLOMAT.search(s)
    if m is None or not reading.speech.match(s, m.end()):
        return None
    if any(x.start < m.start() and x.actor.kind != "country" for x in mentions):
        return None
    official = next((x for x in reversed(before) if _diplomat(x)), None)
    return _chosen([(2.0, official)], index, agencies) if official is not None else None


def _diplomat(m: Mention) -> bool:
    """Whether a name is an envoy's: a country's envoy ("посол України") or a person whose role is a diplomat's."""
    return m.actor.role == "envoy" or (
        m.actor.kind == "person"
        and re.search(r"ambassador|diplomat|envoy|representative", m.actor.role, re.I) is not None
    )


# "за даними розвідки, ...", "По данным разведки, ...": intelligence named by no country (a comma or the end after it)
_BARE_INTELLIGENCE = re.compile(
    r"(?<![\w'])(?:за\s+даними|за\s+інформацією|за\s+оцінками|по\s+данным|по\s+информации|по\s+оценкам)\s+"
    r"(?:розвідки|разведки|спецслужб)(?=\s*[,.;:)]|\s*$)",
    re.IGNORECASE,
)


def bare_intelligence(
    s: str, attr: Attribution, index: ActorIndex, agencies: dict[str, set[str]]
) -> Attribution | None:
    """The source of a sentence citing intelligence by no country ("..., за даними розвідки"): the one
    intelligence agency the article names, unless the sentence names a person or an intelligence agency
    as its source itself; None otherwise."""
    if not _BARE_INTELLIGENCE.search(s) or attr.speaker is not None:
        return None
    own = index.actors.get(attr.claimant or "")
    if own is not None and "intelligence" in own.role.lower():
        return None
    service = only_service(index.actors, agencies)
    return Attribution(service, None, True) if service is not None else None


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

# "КНДР планирует отправить в РФ дополнительные ресурсы. Речь идет о около 6000 военнослужащих":
# a figure "it is about" names the contingent the sentence before spoke of (only the sentence
# before, in its paragraph or closing the one before, and only its plan, presence or addition and its people)
IT_IS_ABOUT = re.compile(
    r"(?:речь\s+ид[её]т|идет\s+речь|йдеться|ідеться|мова\s+йде|йдеться\s+мова"
    # the past and other words for it: "речь шла о", "йшлося про", "говорится о", "известно о 10 тысяч"
    r"|речь\s+шла|шла\s+речь|йшлося|ішлося|мова\s+йшла|говорится|говориться|известно|відомо)"
    r"\s+(?:\w+\s+)?(?:о|об|обо|про)\s+(?:\w+\s+){0,2}$"
    # a sentence that opens "This is" on the figure: "Це близько 11 тисяч військовослужбовців", "Это около 11 тысяч"
    r"|^[\s«\"'–—-]*(?:це|это)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "Про це повідомив X", "Об этом заявил X": a sentence that says who stated the sentence before; the figures
# named as such, and who gave them: "Такие данные привел X", "Ці дані навів X", "Такі цифри озвучив X"
THIS_WAS_SAID = re.compile(
    r"\s*[«\"]?(?:про це|об этом|о том|про що|про таке|об этом же"
    r"|(?:такие|эти|ці|такі)\s+(?:данные|цифры|сведения|дані|цифри|відомості))\s+(?:[^\s,.;]+\s+){0,6}?"
    r"(?:повідоми|заяви|сказа|розпові|розказа|наголоси|зазначи|сообщи|рассказа|говори|написа|доповів|доложи"
    r"|привел|привёл|привела|привели|навів|навела|навели|озвучи|оприлюдни|обнародова|приводит|наводить)",
    re.IGNORECASE,
)


def inherited_cues(language: Language, before: str, s: str, fig: Figure) -> frozenset[str]:
    """What a figure of ``s`` introduced by "it is about" takes from ``before``, the sentence
    before it: "people" when that sentence counts people, its plan, presence or
    addition (see ``metric_of``) and "captured" when it tells of prisoners taken; nothing for any other figure."""
    if not before or not IT_IS_ABOUT.search(s, max(0, fig.start - 60), fig.start):
        return frozenset()
    prior = sentence_cues(language, before, [])
    found = {h[2] for h in prior.modes} & INHERITED
    if any(h[2] in PEOPLE for h in prior.kinds):
        found.add("people")
    if any(h[2] == "captured" for h in prior.states):
        found.add("captured")  # "...взяли в полон військових КНДР. Це двоє солдатів"
    return frozenset(found)


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
    before: str = "",
) -> list[Proposal]:
    """What each figure of a (plain) sentence counts, how firmly, over which period and, where
    the sentence says so, from whom; figures that count nothing in the metric vocabulary are
    left out."""
    found = language.periods(s, published)
    dated = [(a, b) for a, b, _ in found] + numeric_dates(s)  # "13 січня", "2025-09-02", "10:16"
    figs = [f for f in language.figures(s) if not any(a <= f.start < b for a, b in dated)]
    if not figs:
        return []
    cues = sentence_cues(language, s, mentions, figs)
    out: list[Proposal] = []
    previous: list[str | None] = []
    sources = figure_sources(language, s, mentions, figs, cues, index, agencies)
    for i, fig in enumerate(figs):
        # "взяли в плен солдата армии КНДР": one soldier taken, named by the noun alone
        metric = (
            "captured"
            if fig.unit == CAPTIVE
            else metric_of(language, s, figs, i, cues, previous, carried, inherited_cues(language, before, s, fig))
        )
        previous.append(metric)
        if metric is None or _a_squad(metric, fig):
            continue
        lo, hi = segment(figs, i, cues, len(s))
        hedged = figure_hedge(language, s, *clause(fig, cues, len(s)))
        period = figure_period(found, fig, lo, hi, language.reading.noun_first)
        out.append((metric, fig, hedged, period, sources[i]))
    return out


# a contingent is hundreds at least: "група ... чисельністю 40 осіб", "двох військових", "5 генералів" are a
# squad, a pair of captives or officers by rank, counted by no troop measure
_CONTINGENT = 100


def _a_squad(metric: str, fig: Figure) -> bool:
    """Whether a count of troops is too small to be a contingent (every value under ``_CONTINGENT``)."""
    values = [v for v in (fig.value_low, fig.value_best, fig.value_high) if v is not None]
    return metric.startswith("troops_") and bool(values) and max(values) < _CONTINGENT


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
