"""Claimants: who a sentence says its figures come from, through ``actors.csv`` aliases.

"X said/told/estimates", "according to X", "citing X", an agency opening the sentence;
a country ("Seoul") becomes the one agency of that country the article names, a person
the agency of their role. A sentence naming nobody continues the claimant before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis import paths
from analysis.errors import DataError, Problem
from analysis.files import display_path, read_csv_rows
from analysis.intake.extract.agency_names import (
    adviser_after,
    another_country,
    country_forms,
    is_security_office,
    parent_ministry,
    word_orders,
)
from analysis.intake.extract.foreign_names import foreign_name_pattern, lead
from analysis.intake.extract.services import named_service, national_service
from analysis.intake.extract.text import clause_break_after, plain
from analysis.sentences import split_sentences


@dataclass(frozen=True)
class Actor:
    """One row of ``data/curated/actors.csv``."""

    actor_id: str
    kind: str
    country: str
    role: str


@dataclass(frozen=True)
class Mention:
    """An actor named in a sentence, at ``start:end``."""

    start: int
    end: int
    actor: Actor


# British and American spellings of the same words in agency names, and common variants
_SPELLINGS = [
    ("defence", "defense"),
    ("programme", "program"),
    ("organisation", "organization"),
    ("centre", "center"),
    ("u.s.", "us"),
    ("u.k.", "uk"),
    ("u.n.", "un"),
]
_SPELLING = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(w) for pair in _SPELLINGS for w in pair) + r")(?![\w])", re.I
)
_OTHER = {a: b for pair in _SPELLINGS for a, b in (pair, pair[::-1])}


def spelling_variants(name: str) -> set[str]:
    """``name`` with each British or American spelling swapped ("Defence" <-> "Defense",
    "U.S." <-> "US"), every combination (names hold at most a few such words)."""
    out = {name}
    for m in reversed(list(_SPELLING.finditer(name))[:4]):  # right to left: earlier spans stay put
        word = m.group(0)
        other = _OTHER[word.lower()]
        other = other.upper() if word.isupper() else other.capitalize() if word[:1].isupper() else other
        out |= {v[: m.start()] + other + v[m.end() :] for v in out if v[m.start() : m.end()] == word}
    return out


_FOREIGN_SCRIPT = re.compile(r"[\uac00-\ud7a3\u0400-\u04ff]")
_WORD_START = re.compile(r"(?<![\w-])[\w\u00c0-\u04ff]")


# "a South Korean lawmaker says": a country's official speaks for the country
_DEMONYMS = {
    "South Korea": ["south korean"],
    "North Korea": ["north korean"],
    "Ukraine": ["ukrainian"],
    "Russia": ["russian"],
    "United States": ["american"],
    "United Kingdom": ["british"],
    "Japan": ["japanese"],
    "China": ["chinese"],
}
_OFFICIALS = (
    r"(?:(?:senior|top|military|defen[cs]e|intelligence|government|ruling[- ]party|opposition)\s+)*"
    r"(?:lawmakers?|officials?|ministers?|ministry|government|authorities|spokes(?:man|woman|person)"
    r"|envoys?|diplomats?|legislators?|sources?|intelligence officials?)\b"
)


_LAWMAKERS = re.compile(
    r"[^.;]*?(?:\blawmakers?\b|\blegislators?\b|\bmps?\b|\bparliamentarians?\b|депутат|законодав|законодател"
    r"|парламентар|의원)",
    re.IGNORECASE,
)
_SEVERAL = re.compile(
    r"\s+(?:and|or|&)\s+(?:intelligence|military|defen[cs]e|government|security|diplomatic)\s+"
    r"(?:officials?|sources?|authorities|officers)\b"
)
# the lawmakers named before their country: "законодавці з Південної Кореї", "Парламентський комітет Південної Кореї"
_LAWMAKERS_BEFORE = re.compile(
    r"(?<![\w-])(?:депутат\w*|законодав\w*|законодател\w*|парламентар\w*|парламентськ\w* комітет\w*"
    r"|парламентск\w* комитет\w*|lawmakers?|legislators?)\s+(?:з|із|від|из|от|from|of|in)?\s*$",
    re.IGNORECASE,
)


# "посол України в Південній Кореї", "постійний представник України при ООН", "постпреда США", "постоянный
# представитель России": a country's envoy, his title just before the country's name
_ENVOY = re.compile(
    r"(?<![\w'-])(?:посол|посл(?:а|у|ом|ові)|послы|посли|постпред\w*"
    r"|(?:постійн|постоянн)\w*\s+(?:представник|представител)\w*)\s+$"
)


def _envoy_before(lower: str, start: int) -> bool:
    """Whether an envoy's title (ambassador, permanent representative) comes just before a country's name
    starting at ``start`` in lower-cased text."""
    return _ENVOY.search(lower, max(0, start - 40), start) is not None


def _possessor(lower: str, m: Mention, nxt: Mention | None) -> bool:
    """Whether a country only owns the name after it, one of its own bodies ("South Korea's Yonhap")."""
    return (
        m.actor.kind == "country"
        and nxt is not None
        and nxt.actor.country == m.actor.actor_id
        and (lower[m.end : nxt.start] in ("'s ", "' "))
    )


# "Seoul's top military officials", "Ukraine's own military intelligence": a word of rank between a
# country's possessive and the name of its agency
_ADJECTIVE = re.compile(r"'s (?:top|senior|own) ")
_ADJECTIVE_ROOM = re.compile(r"'s\\ ")
_ADJECTIVE_SLOT = r"'s\\ (?:(?:top|senior|own)\\ )?"


class ActorIndex:
    """Names and aliases of the actors, matched case-insensitively, longest first.

    Short all-capital aliases ("US", "NIS") match only in capitals, so "us" the pronoun is
    not the United States. Agency aliases written with a possessive country ("Seoul's spy
    agency") also match with the country's other names ("South Korea's spy agency").
    """

    def __init__(self, actors: list[Actor], aliases: dict[str, list[str]]) -> None:
        self.actors = {a.actor_id: a for a in actors}
        self.names: dict[str, list[Actor]] = {}
        self.exact: set[str] = set()
        for actor in actors:
            for name in self._variants(actor, aliases):
                key = name.lower()
                if actor not in self.names.setdefault(key, []):
                    self.names[key].append(actor)
                if len(name) <= 4 and name.isupper():
                    self.exact.add(key)
        ordered = sorted(self.names, key=len, reverse=True)
        latin = [n for n in ordered if not _FOREIGN_SCRIPT.search(n)]
        body = "|".join(re.escape(n) for n in latin)
        # matched on a lower-cased copy: a case-insensitive alternation is much slower; a Korean particle
        # may follow a Latin name ("MSMT는", "BBC가")
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?![A-Za-z0-9_-])") if latin else None
        ranked = "|".join(_ADJECTIVE_ROOM.sub(_ADJECTIVE_SLOT, re.escape(n)) for n in latin)
        # the same with room for a word of rank after a possessive, used only on a sentence that holds
        # one (the room slows every match)
        self.ranked = re.compile(rf"(?<![\w-])(?:{ranked})(?![A-Za-z0-9_-])") if latin else None
        # Korean, Ukrainian and Russian names: particles and case endings after them, one
        # named group per name (which name matched is not the matched text)
        # (a pattern per name, looked up by the first letter of a word: one alternation of
        # hundreds of patterns would be tried at every character of every sentence)
        self._foreign_names = [n for n in ordered if _FOREIGN_SCRIPT.search(n)]
        self._foreign: dict[str, list[tuple[re.Pattern[str], str]]] | None = None
        self.demonyms = {d: c for c, names in _DEMONYMS.items() if c in self.actors for d in names}
        self._offices = {a.country for k, named in self.names.items() if is_security_office(k) for a in named}
        words = "|".join(sorted(map(re.escape, self.demonyms), key=len, reverse=True))
        self.demonym_pattern = re.compile(rf"(?<![\w-])({words})\s+(?={_OFFICIALS})") if words else None

    @property
    def foreign(self) -> dict[str, list[tuple[re.Pattern[str], str]]]:
        """Korean and Cyrillic names by their first two letters (spaces skipped), compiled when a
        text first needs them."""
        if self._foreign is None:
            self._foreign = {}
            for n in self._foreign_names:
                person = all(a.kind == "person" for a in self.names[n])
                self._foreign.setdefault(lead(n, 0), []).append((re.compile(foreign_name_pattern(n, person)), n))
        return self._foreign

    def _variants(self, actor: Actor, aliases: dict[str, list[str]]) -> list[str]:
        return sorted({v for name in self._country_variants(actor, aliases) for v in spelling_variants(name)})

    def _country_variants(self, actor: Actor, aliases: dict[str, list[str]]) -> list[str]:
        names = [actor.actor_id, *aliases.get(actor.actor_id, [])]
        if actor.kind != "agency" or not actor.country:
            return [plain(n) for n in names]
        country_names = [actor.country, *aliases.get(actor.country, [])]
        demonyms = _DEMONYMS.get(actor.country, [])
        out = []
        for name in map(plain, names):
            for form in (w for c in country_forms(name, demonyms, country_names) for w in word_orders(c)):
                out.append(form)
                for cname in country_names:
                    if form.lower().startswith(cname.lower() + "'s "):
                        rest = form[len(cname) + 3 :]
                        out += [f"{other}'s {rest}" for other in country_names]
        return out

    def mentions(self, sentence: str) -> list[Mention]:
        """Actors named in ``sentence``, left to right (ambiguous names resolved by country)."""
        flat = plain(sentence)
        lower = flat.lower()
        if len(lower) != len(flat):  # a character whose lower case is longer: keep spans right
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in flat)
        found: list[tuple[int, int, str]] = []
        if self.pattern is not None:
            pattern = self.ranked if self.ranked is not None and _ADJECTIVE.search(lower) else self.pattern
            for m in pattern.finditer(lower):
                key = _ADJECTIVE.sub("'s ", m.group(0))  # "seoul's top military" is "seoul's military"
                if key in self.exact and flat[m.start() : m.end()] != key.upper():
                    continue  # "us" is not the US
                found.append((m.start(), m.end(), key))
        if self._foreign_names and _FOREIGN_SCRIPT.search(lower):
            end = 0
            for word in _WORD_START.finditer(lower):
                at = word.start()
                if at < end:
                    continue
                best: tuple[int, str] | None = None
                for pattern, key in self.foreign.get(lead(lower, at), ()):
                    hit = pattern.match(lower, at)
                    if hit and (best is None or hit.end() > best[0]):
                        if key in self.exact and flat[at : at + len(key)] != key.upper():
                            continue  # "гур" in a word is not the ГУР
                        best = (hit.end(), key)
                if best is not None and not any(a < best[0] and at < b for a, b, _ in found):
                    found.append((at, best[0], best[1]))
                    end = best[0]
            found.sort()
        out: list[Mention] = []
        parents: list[tuple[int, int]] = []
        for start, end, key in found:
            if (
                out
                and out[-1].actor.kind == "agency"
                and parent_ministry(out[-1].actor.role, self.names[key], lower[out[-1].end : start])
            ):
                parents.append((start, end))
                continue
            out.append(Mention(start, end, self._pick(self.names[key], out, start)))
        if self.demonym_pattern is not None:  # "a South Korean lawmaker", "Ukrainian officials"
            for m in self.demonym_pattern.finditer(lower):
                taken = [(x.start, x.end) for x in out] + parents
                if not any(a < m.end(1) and m.start() < b for a, b in taken):
                    out.append(Mention(m.start(), m.end(1), self.actors[self.demonyms[m.group(1)]]))
            out.sort(key=lambda x: x.start)
        kept = [m for m in out if not self._qualified_away(lower, m)]
        kept = [m for i, m in enumerate(kept) if not _possessor(lower, m, kept[i + 1] if i + 1 < len(kept) else None)]
        return [self._several(lower, self._lawmakers(lower, m)) for m in kept]

    def _several(self, lower: str, m: Mention) -> Mention:
        """Officials of several bodies of a country ("South Korean military and intelligence officials") or its
        security adviser, its security office no actor, speak for the country, not for one agency it names."""
        if m.actor.kind == "country" and m.actor.actor_id not in self._offices and adviser_after(lower, m.end):
            return Mention(m.start, m.end, Actor(m.actor.actor_id, "bodies", m.actor.actor_id, "security adviser"))
        if m.actor.kind == "country" and _envoy_before(lower, m.start):
            # "постійний представник України при ООН": an envoy speaks for his state, not for an agency of it
            return Mention(m.start, m.end, Actor(m.actor.actor_id, "bodies", m.actor.actor_id, "envoy"))
        if m.actor.kind != "agency" or m.actor.country not in self.actors or not _SEVERAL.match(lower, m.end):
            return m
        return Mention(m.start, m.end, Actor(m.actor.country, "bodies", m.actor.country, "officials of several bodies"))

    @staticmethod
    def _lawmakers(lower: str, m: Mention) -> Mention:
        """ "South Korean lawmakers said", "южнокорейские депутаты", "законодавці з Південної Кореї":
        unnamed lawmakers of a country relay a briefing (``resolve_claimant`` reads them as the
        intelligence committee's)."""
        if m.actor.kind != "country":
            return m
        after = _LAWMAKERS.match(lower, m.start, min(len(lower), m.end + 24))
        if not after and not _LAWMAKERS_BEFORE.search(lower, max(0, m.start - 40), m.start):
            return m
        return Mention(m.start, m.end, Actor(m.actor.actor_id, "lawmakers", m.actor.actor_id, "lawmakers"))

    @staticmethod
    def _qualified_away(lower: str, m: Mention) -> bool:
        """Whether another country's name just before or after an agency's name makes it another agency
        ("UK defence ministry", "the defence ministry of Japan" are not South Korea's)."""
        if m.actor.kind != "agency" or not m.actor.country or _FOREIGN_SCRIPT.search(lower[m.start : m.end]):
            return False
        return another_country(lower, m.start, m.end, m.actor.country)

    def _pick(self, candidates: list[Actor], before: list[Mention], at: int) -> Actor:
        if len(candidates) == 1:
            return candidates[0]
        # "South Korea's defence ministry": the country named just before decides
        if before and at - before[-1].end <= 3:
            country = before[-1].actor.actor_id
            for actor in candidates:
                if actor.country == country:
                    return actor
        return candidates[0]

    def role_agency(self, person: Actor) -> Actor | None:
        """The agency a person's role names ("head of the HUR" -> Ukraine HUR; "Secretary of State" heads State)."""
        if not person.role:
            return None
        for m in [*self.mentions(person.role), *self.mentions(person.role.replace("Secretary of", "Department of"))]:
            if m.actor.kind in ("agency", "organisation") and m.actor != person:
                return m.actor
        return None


@lru_cache(maxsize=8)
def _load_index(path: Path, mtime_ns: int) -> ActorIndex:
    actors, aliases = [], {}
    for row in read_csv_rows(path):
        actor = Actor(
            row["actor_id"].strip(),
            row.get("kind", "").strip(),
            row.get("country", "").strip(),
            row.get("role", "").strip(),
        )
        actors.append(actor)
        aliases[actor.actor_id] = [a.strip() for a in row.get("aliases", "").split(";") if a.strip()]
    return ActorIndex(actors, aliases)


def actor_index(data_dir: Path | None = None) -> ActorIndex:
    """The actor names of ``data/curated/actors.csv`` (cached until the file changes)."""
    path = paths.curated_dir(data_dir or paths.DATA_DIR) / "actors.csv"
    if not path.exists():
        raise DataError(Problem(display_path(path), None, None, "is missing: claimant names are read from it"))
    return _load_index(path.resolve(), path.stat().st_mtime_ns)


# --- claimants -------------------------------------------------------------------------

_ATTRIBUTION = re.compile(
    r"\b(?P<verb>said|says|say|told|tells|estimates|estimated|estimate|believes|believe|believed"
    r"|assessed|assesses|judged|judges|announced|confirmed|confirms|claimed|claims|reported"
    r"|added|adds|warned|warns|stated|found|finds|revealed|concluded|expects|put|puts|noted"
    r"|counted|detected|acknowledged|admitted|wrote|posted|spoke|speaks|recognizing|recognising|recognized"
    r"|recognised|acknowledging"
    # "Kim ..., noting that", "the minister stressed", "Budanov explained": other verbs of saying
    r"|noting|adding(?! to\b)|stating|warning(?! of\b)|stressed|stressing|emphasi[sz]ed|emphasi[sz]ing"
    r"|insisted|explained|clarified|mentioned|indicated|asserted|declared|testified|alleged|alleges|informed|remarked"
    r"|pointed out|pointing out|reckons|reckoned|calculated|briefed|announcing|confirming|revealing"
    # the present tense of the verbs above ("Ukrainian intelligence indicates", "the NIS states")
    r"|reports|states|reveals|notes|indicates|writes|announces|concludes|declares|asserts|explains|discloses"
    r"|shares)\b",
    re.I,
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|an|the|a)\s+(?:\w+ly\s+)?$", re.I)
_SOURCE_AFTER = re.compile(
    r"\b(?:according to|citing|cites|cited|briefed by|briefing by|briefing from|quoted by|said by|per|based on"
    r"|quoting|as reported by|(?:as )?estimated by|in the words of|(?:figures|data|estimates) (?:from|by))\s+",
    re.I,  # "per Ukrainian intelligence", "based on NIS data", "quoting the NIS", "figures from the HUR"
)
# "This was stated by President Zelenskyy", "This was reported in an interview with Ukrinform by Skibitsky":
# the agent of a passive verb of saying is the source
_PASSIVE_SOURCE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:stated|said|reported|announced|declared|noted"
    r"|claimed|confirmed|disclosed|revealed|written|told)\s+(?:[\w'-]+\s+){0,6}?by\s+",
    re.I,
)
_SOURCE_END = re.compile(r"\b(?:as\s+saying|as\s+having\s+said|that|who|which|saying)\b", re.I)
_EMPTY_CHUNK = re.compile(
    r"^\s*(?:(?:has|have|had|also|later|earlier|previously|now|then|separately|repeatedly|on|this|last|week)\s*)*$",
    re.I,
)
# "Ukraine's figure was 3,500", "By Seoul's count": a possessive names the source
_POSSESSIVE_SOURCE = re.compile(
    r"'s?\s+(?:own\s+)?(?:(?:latest|new|recent|updated|earlier)\s+)?(?:figure|figures|estimate|estimates|count"
    r"|tally|number|numbers|assessment|assessments|data|report|reports|analysis|findings|calculations?|reckoning"
    r"|was|is|stood)\b",
    re.I,
)
# "..., the ministry spokesperson said, AFP reported.": a wire credit closing the sentence
_TRAILING_CREDIT = re.compile(
    r",\s*(?P<who>[^,]{1,60}?)\s+(?:reported|reports|said|says|wrote)(?:\s+on\s+\w+)?[.\"']*\s*$", re.I
)
PRIORITY = {"agency": 0, "organisation": 0, "group": 0, "person": 1, "lawmakers": 1, "country": 2, "bodies": 2}


@dataclass(frozen=True)
class Attribution:
    """Who a sentence says its figures come from; ``explicit`` when the sentence names them."""

    claimant: str | None
    speaker: str | None
    explicit: bool


def _cue_mentions(s: str, mentions: list[Mention]) -> tuple[list[Mention], bool]:
    """Mentions standing as the source of a statement, and whether a statement cue exists."""
    found: list[Mention] = []
    has_cue = False
    for m in _ATTRIBUTION.finditer(s):
        if _PASSIVE.search(s[max(0, m.start() - 25) : m.start()]):
            continue  # "is thought to", "an estimated": a hedge, not a source
        has_cue = True
        found += _subject_mentions(s, m.start(), mentions)
    for x in mentions:
        if _POSSESSIVE_SOURCE.match(s, x.end):
            found.append(x)
            has_cue = True
    credit = _TRAILING_CREDIT.search(s)
    if credit:
        inside = [x for x in found if credit.start("who") <= x.start]
        if len(inside) < len(found):  # a speaker named before the credit: the credit only carries it
            found = [x for x in found if x.start < credit.start("who")]
    for m in [*_SOURCE_AFTER.finditer(s), *_PASSIVE_SOURCE.finditer(s)]:
        # "citing X", "according to X": X, not what X is quoted as saying ("Park cited Cho as
        # saying that North Korea plans to send 10,000 troops to Russia")
        stops = [x for x in (clause_break_after(s, m.end()), _SOURCE_END.search(s, m.end())) if x]
        end = min((x.start() for x in stops), default=len(s))
        found += [x for x in mentions if m.end() <= x.start < end]
        has_cue = True
    return found, has_cue


# " – a U.N.-member group that includes the U.S., ... and South Korea – ": an aside between dashes
_DASH_ASIDE = re.compile(r"\s-\s.{1,200}?\s-\s")
# "..., says South Korea", "..., said Serhii Bolvinov, the head of the Kharkiv Oblast police.":
# the verb before its subject, at the end of a sentence
_INVERTED_TAIL = re.compile(r"(?:\s+on\s+\w+)?\s+(?:the\s+)?[A-Z][^\d]*$")


_RELATIVE_SUBJECT = re.compile(r"^\s*(?:which|who)\s+(?:(?:has|have|had|also|later|earlier|then)\s+)*$", re.I)


def _subject_mentions(s: str, cue: int, mentions: list[Mention]) -> list[Mention]:
    asides = [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(s, 0, cue)]
    head = s[:cue]
    for a, b in asides:
        head = head[:a] + " " * (b - a) + head[b:]
    chunks = head.split(",")
    if len(chunks) > 1 and not chunks[-1].strip(" \"'") and _INVERTED_TAIL.match(s, _verb_end(s, cue)):
        tail = [x for x in mentions if x.start >= cue]
        if tail:
            return tail
    # "a briefing by South Korea's spy agency, which reported about 100 deaths": a relative
    # pronoun's antecedent, the name closing the chunk before it, is the subject
    if len(chunks) > 1 and _RELATIVE_SUBJECT.match(chunks[-1]):
        end = cue - len(chunks[-1]) - 1
        before = [x for x in mentions if end - len(chunks[-2]) <= x.start and x.end <= end]
        if before:
            return [max(before, key=lambda x: x.end)]
    # "Lee Seong-kweun, briefed by the NIS, said": the subject spans the apposition
    apposition = len(chunks) > 1 and _EMPTY_CHUNK.match(chunks[-1])
    start = 0 if apposition else cue - len(chunks[-1])
    return [x for x in mentions if start <= x.start and x.end <= cue and not any(a <= x.start < b for a, b in asides)]


def _verb_end(s: str, cue: int) -> int:
    m = re.match(r"\w+", s[cue:])
    return cue + (m.end() if m else 0)


def _best(mentions: list[Mention]) -> Mention | None:
    if not mentions:
        return None
    return min(mentions, key=lambda m: (PRIORITY.get(m.actor.kind, 3), -m.start))


_HEAD_OF_STATE = re.compile(r"(?:Leader|President|Prime Minister|Supreme Leader) of\b", re.I)


def resolve_claimant(actor: Actor, index: ActorIndex, agencies: dict[str, set[str]]) -> str:
    """A claimant id for a named actor: a country becomes its one agency named in the article."""
    if actor.kind == "bodies":  # "military and intelligence officials": the country, whatever agency it names
        return actor.country
    if actor.kind == "lawmakers":  # unnamed lawmakers: the agency the article names, else the intelligence service
        named = agencies.get(actor.country, set())
        if len(named) == 1:
            return next(iter(named))
        return national_service(actor.country, index.actors) or actor.country
    if actor.kind == "person":
        agency = index.role_agency(actor)
        if agency is not None:
            return agency.actor_id
        if not actor.country:
            return actor.actor_id
        if _HEAD_OF_STATE.match(actor.role):
            return actor.country  # a leader speaks for the state, not for an agency the article names
        if "intelligence committee" in actor.role.lower() and len(agencies.get(actor.country, set())) != 1:
            # a lawmaker of the intelligence committee relays the national intelligence service's briefing
            service = national_service(actor.country, index.actors)
            if service is not None:
                return service
        actor = index.actors.get(actor.country, Actor(actor.country, "country", "", ""))
    if actor.kind == "country":
        named = agencies.get(actor.actor_id, set())
        if len(named) == 1:
            return next(iter(named))
    return actor.actor_id


def article_agencies(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """Agencies named anywhere in an article, by country, leaving out its state media: they carry the
    state's word ("North Korea said", as its news agency reported) but do not speak for it."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.actor.kind == "agency" and m.actor.country and not is_outlet(m.actor):
            out.setdefault(m.actor.country, set()).add(m.actor.actor_id)
    return out


_MEDIA_ROLE = re.compile(r"\b(?:news|newspaper|media|broadcaster)\b", re.IGNORECASE)
# "the lawmaker said", "officials told": someone unnamed gives the figure, a wire only carries it
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:the|a|an|one|two|senior|top|several)\s+(?:[\w-]+\s+){0,3}?(?:lawmakers?|officials?|ministers?|ministry"
    r"|spokes(?:man|woman|person)|sources?|prosecutors?|officers?|analysts?|diplomats?|legislators?|MPs?)"
    r"(?:\s*,[^,]{0,60},)?\s+(?:said|says|told|tells|added|noted|estimated)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')


# "Russia's state news agency Sputnik": a few words of description between the possessive and the name
_OWNER_GAP = re.compile(r"'s?\s+(?:[\w-]+\s+){0,4}$")


def _owns_outlet(s: str, m: Mention, found: list[Mention]) -> bool:
    """Whether a country's name only describes its own outlet named just after it ("Russia's state news
    agency Sputnik"), so it is not another source the outlet yields to."""
    if m.actor.kind != "country":
        return False
    return any(
        is_outlet(x.actor) and x.actor.country == m.actor.actor_id and _OWNER_GAP.match(s[m.end : x.start])
        for x in found
        if x.start >= m.end
    )


def is_outlet(actor: Actor) -> bool:
    """Whether an actor is a news outlet (a wire agency, a newspaper, state media)."""
    return actor.kind in ("organisation", "agency") and bool(_MEDIA_ROLE.search(actor.role))


def attribute(sentence: str, mentions: list[Mention], index: ActorIndex, agencies: dict[str, set[str]]) -> Attribution:
    """Claimant and speaker a sentence names itself (``explicit=False`` if it names none).

    Names inside a quotation are what the speaker talks about, not who speaks ("... deployed
    to Russia," Park told reporters); a news outlet credited for the copy (", Yonhap
    reported", "according to a Bloomberg report") yields to anyone else the sentence names
    as a source, and to an unnamed speaker ("the lawmaker said"), whose claimant is then the
    one before.
    """
    s = plain(sentence)
    found, has_cue = _cue_mentions(s, mentions)
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(s)]
    found = [m for m in found if not any(a < m.start and m.end < b for a, b in quoted)]
    found = [m for m in found if not _owns_outlet(s, m, found)]
    if any(not is_outlet(m.actor) for m in found):
        found = [m for m in found if not is_outlet(m.actor)]
    elif found and _UNNAMED_SPEAKER.search(s):
        return Attribution(None, None, False)
    if not found and not has_cue:
        # no statement verb: an agency opening the sentence is its subject ("The JCS ...")
        found = [m for m in mentions if m.start < 40 and PRIORITY.get(m.actor.kind) == 0]
    best = _best(found)
    if best is None:
        return Attribution(None, None, False)
    person = next((m.actor.actor_id for m in found if m.actor.kind == "person"), None)
    return Attribution(
        named_service(resolve_claimant(best.actor, index, agencies), index.actors, agencies), person, True
    )


def claimant_of(
    sentence: str, previous: str | None = None, article: str = "", data_dir: Path | None = None
) -> tuple[str | None, str | None]:
    """(claimant, speaker) of a sentence: who produced its figures and who voiced them.

    The claimant comes from "X said/told/estimates", "according to X", "citing X" or an
    agency opening the sentence; names are matched through ``actors.csv`` aliases. A
    country ("Seoul") becomes the one agency of that country named in ``article`` (the
    whole text, if given), a person becomes their agency. A sentence naming nobody
    continues ``previous`` (the claimant of the sentence before).
    """
    index = actor_index(data_dir)
    agencies = article_agencies(m for line in split_sentences(article) for m in index.mentions(line))
    agencies = agencies or article_agencies(index.mentions(sentence))
    attr = attribute(sentence, index.mentions(sentence), index, agencies)
    return (attr.claimant, attr.speaker) if attr.explicit else (previous, None)
