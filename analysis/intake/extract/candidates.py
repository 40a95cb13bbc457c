"""Candidate claims: the parts composed, sentence by sentence, into one proposal per figure.

For each sentence (``analysis.sentences`` numbering): its figures (``numbers``), what each
counts (``measures``), who claims it (``claimants``), how firmly (``hedges``) and about
which period (``periods``). Figures that count nothing in the metric vocabulary are left
out; nothing is invented or rounded.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.data import schema
from analysis.files import display_path
from analysis.intake.extract import calibre_alternatives, foreign_sources
from analysis.intake.extract.armies import foreign_labour
from analysis.intake.extract.article import read_article
from analysis.intake.extract.backgrounds import (
    copy_outlet,
    is_background,
    is_english_background,
    is_hearsay,
    is_recalled_known,
    is_reference_note,
)
from analysis.intake.extract.claimants import (
    ActorIndex,
    Attribution,
    Mention,
    actor_index,
    article_agencies,
    attribute,
    is_outlet,
    resolve_claimant,
)
from analysis.intake.extract.clauses import clause_attributions
from analysis.intake.extract.displays import shown_by_state_media
from analysis.intake.extract.fields import COLUMNS, Candidate
from analysis.intake.extract.foreign import Language
from analysis.intake.extract.headers import header_attribution, publisher_speaker
from analysis.intake.extract.hedges import figure_hedge
from analysis.intake.extract.joints import goes_on, is_joint_source
from analysis.intake.extract.language import language_of
from analysis.intake.extract.measures import each_metrics, figure_context, metric_of
from analysis.intake.extract.numbers import MAX_DIGITS, Figure, find_numbers, find_numbers_in
from analysis.intake.extract.periods import Period, date_matches, figure_period, periods_in, resolve_period
from analysis.intake.extract.provenance import origins, with_origins
from analysis.intake.extract.reports_named import FROM_REPORT, REPORT_SAID, REPORT_SAYS, report_owner, reported_agencies
from analysis.intake.extract.restate import (
    collapse,
    deferred,
    headline_states,
    quoted_sentences,
    ranges_restated,
    restatements,
    rounded_restated,
)
from analysis.intake.extract.second_names import SOUTH_KOREA, other_bearers, second_references, the_south
from analysis.intake.extract.slavic_decisions import decided_after
from analysis.intake.extract.slavic_work import told_around
from analysis.intake.extract.text import CLAUSE_BREAK, plain, visible
from analysis.intake.extract.tolls_defined import defined_tolls, own_dead
from analysis.sentences import paragraphs, split_line

if TYPE_CHECKING:
    import pandas as pd


_FOREIGN = {"ko": ("korean", "KOREAN"), "ru": ("slavic", "RUSSIAN"), "uk": ("slavic", "UKRAINIAN")}


def foreign_language(lang: str) -> Language:
    """The rules of Korean, Russian or Ukrainian, compiled on first use (English copy never needs them)."""
    module, name = _FOREIGN[lang]
    rules: Language = getattr(importlib.import_module(f"analysis.intake.extract.{module}"), name)
    return rules


_ANAPHOR = re.compile(r"^(?:The|These|Those|They|Such)\b(?:\s+\w+){0,2}\s+(?:were|was|are|had|have)\b")


def _sentence_candidates(
    no: int,
    sentence: str,
    published: date,
    source: str,
    attr: tuple[str | None, str | None],
    units: dict[str, str],
    carried: str | None = None,
    clauses: list[tuple[int, int, tuple[str | None, str | None]]] | None = None,
) -> list[Candidate]:
    s = plain(sentence)
    dates = date_matches(s)
    figs = calibre_alternatives.first_readings(s, find_numbers_in(sentence, s, [d[:2] for d in dates], False), "en")
    if not figs:
        return []
    periods = periods_in(s, published)
    first_break = CLAUSE_BREAK.search(s, 0, figs[0].start)
    opening = first_break.start() if first_break else 0
    out: list[Candidate] = []
    metrics: list[str | None] = []
    for i, fig in enumerate(figs):
        metric = metric_of(s, figs, i, metrics, carried)
        metrics.append(metric)
        own = next((c for a, b, c in clauses or [] if a <= fig.start < b), attr)
        for each in each_metrics(s, fig.start, fig.end) or ([metric] if metric else []):
            if each in units:
                out.append(_candidate(no, sentence, s, figs, i, each, units[each], own, periods, opening, source))
    return out


def _candidate(
    no: int,
    sentence: str,
    s: str,
    figs: list[Figure],
    i: int,
    metric: str,
    unit: str,
    attr: tuple[str | None, str | None],
    periods: list[tuple[int, int, Period]],
    opening: int,
    source: str,
) -> Candidate:
    fig = figs[i]
    ctx = figure_context(s, figs, i)
    lo = max(figs[i - 1].end if i else 0, ctx.clause_start)
    hi = figs[i + 1].start if i + 1 < len(figs) else len(s)
    # the figure's own verb phrase: up to a clause break, an "and" or the next figure
    ends = [m.start() for m in (CLAUSE_BREAK.search(s, fig.end, hi), _AND.search(s, fig.end, hi)) if m]
    qualifier, cue = figure_hedge(sentence, ctx.clause_start, fig.end, min(ends, default=hi))
    period = figure_period(periods, lo, fig.start, fig.end, hi, opening)
    return make_candidate(metric, fig, unit, attr, (qualifier, cue), period, no, sentence, source)


def make_candidate(
    metric: str,
    fig: Figure,
    unit: str,
    attr: tuple[str | None, str | None],
    hedged: tuple[str, str],
    period: Period,
    no: int,
    sentence: str,
    source: str,
) -> Candidate:
    """A candidate from its parts: the figure, who claims it, how firmly, when, where."""
    return Candidate(
        metric,
        fig.value_low,
        fig.value_best,
        fig.value_high,
        unit,
        attr[0],
        attr[1],
        hedged[0],
        hedged[1],
        period[0],
        period[1],
        period[2],
        no,
        sentence,
        source,
        fig.value_cue,
    )


_AND = re.compile(r"\s(?:and|but)\s")

# "MR. KIRBY:", "GEN. SMITH:", "Q:", "REPORTER (V/O):": a transcript's speaker label
_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.' -]{0,40}?(?:\s*\([^)]{1,20}\))?):\s+")
_NEUTRAL_LABELS = frozenset(
    {"Q", "QUESTION", "ANCHOR", "REPORTER", "HOST", "PRESENTER", "CORRESPONDENT", "NARRATOR"}
    | {"MODERATOR", "INTERVIEWER", "AUDIENCE", "OPERATOR", "VOICE", "CAPTION"}
)
_TITLES = re.compile(r"^(?:(?:MR|MRS|MS|DR|GEN|ADM|AMB|SEC|SECRETARY|COL|LT|MAJ|CAPT|SEN|REP|GOV|PRESIDENT)\.?\s+)+")


def speaker_label(line: str) -> tuple[int, str | None]:
    """(length of a transcript speaker label opening ``line``, the speaker's name or None
    for a neutral label such as "Q:" or "ANCHOR:"); (0, None) when there is none."""
    m = _LABEL.match(line)
    if not m or any(c.islower() for c in m.group("label")):
        return 0, None
    label = re.sub(r"\s*\(.*\)$", "", m.group("label")).strip()
    if label.split()[0].rstrip(".") in _NEUTRAL_LABELS or len(label) < 2:
        return m.end(), None
    name = _TITLES.sub("", label).strip()
    return m.end(), (name.title() if name else None)


def _masked(sentence: str, length: int) -> str:
    return " " * length + sentence[length:] if length else sentence


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one article: counted candidates, the language it was read
    in, and notes on what was left out or how the text was read (one line each)."""

    candidates: list[tuple[Candidate, int]]
    lang: str
    notes: tuple[str, ...] = ()


def article_claims(
    text: str, published: date, source: str = "", data_dir: Path | None = None, lang: str = "", outlet: str = ""
) -> Extraction:
    """Candidate claims of an article's text in any of the four languages, with notes.

    ``lang`` (``en``, ``ko``, ``uk``, ``ru``; front matter ``lang:``) overrides the language
    found in the text; a text in none of the four is read as English, with a note. Each
    candidate keeps its sentence as written; invisible characters (zero-width spaces,
    bidirectional marks) are ignored when reading it. ``outlet`` (the publisher, "Korea
    JoongAng Daily (Yonhap)") is the claimant of the background lines an outlet among the
    actors adds on its own account.
    """
    found = language_of(text, lang)
    index = actor_index(data_dir)
    units = schema.metric_units()
    lines = [(line, split_line(line)) for line in paragraphs(text)]
    notes = [found.warning] if found.warning else []
    numbered = [s for _, ss in lines for s in ss]
    notes += [note for no, s in enumerate(numbered, start=1) for note in _long_figures(no, s)]
    if found.lang == "en":
        english = _english(
            lines, published, source, index, units, own_outlet(outlet, index), publisher_speaker(outlet, index)
        )
        cands = _borrow_periods(english, numbered, published)
    else:
        paragraph = [i for i, (_, ss) in enumerate(lines) for _ in ss]
        cands = [
            c
            for cs in _foreign(
                foreign_language(found.lang),
                numbered,
                paragraph,
                published,
                source,
                index,
                units,
                own_outlet(outlet, index),
            )
            for c in cs
        ]
    cands = own_dead(defined_tolls(cands, numbered, found.lang))  # "...or gone missing. ... 6,000 casualties"
    counted = restatements(collapse([_as_of(c, published) for c in cands]), quoted_sentences(lines), found.lang == "en")
    countries = {a.actor_id: a.country for a in index.actors.values() if a.kind == "agency" and a.country}
    if found.lang == "en":
        counted = headline_states(rounded_restated(ranges_restated(counted), countries))
    elif found.lang in ("ru", "uk"):  # "почти 5 млн" in the headline, "до 4,8 млн" in the body
        counted = rounded_restated(counted, countries)
    return Extraction(counted, found.lang, tuple(notes))


def counted_claims(
    text: str, published: date, source: str = "", data_dir: Path | None = None, lang: str = ""
) -> list[tuple[Candidate, int]]:
    """Candidate claims in an article's text, each with how many times the text states it.

    The same figure for the same metric, claimant and period stated again (a headline
    and its body, a paragraph repeated by a scraper) is proposed once, at its first
    statement; an unattributed restatement joins the attributed one.
    """
    return article_claims(text, published, source, data_dir, lang).candidates


def own_outlet(outlet: str, index: ActorIndex) -> str | None:
    """The news outlet among the actors that a publisher's name holds ("Korea JoongAng Daily
    (Yonhap)" -> Yonhap, "Sputnik International" -> Russia state media), if any."""
    found = [m.actor.actor_id for m in index.mentions(outlet) if is_outlet(m.actor)] if outlet else []
    return found[-1] if found else None


def _english(
    lines: list[tuple[str, list[str]]],
    published: date,
    source: str,
    index: ActorIndex,
    units: dict[str, str],
    outlet: str | None = None,
    reposted: str | None = None,
) -> list[list[Candidate]]:
    """Each sentence's candidates of an English text; ``reposted`` is the speaker of remarks the
    publisher credits (the source until a sentence names another)."""
    sentences = [visible(s) for _, ss in lines for s in ss]
    mentions = second_references(sentences, [other_bearers(s, index.mentions(s)) for s in sentences])
    mentions = the_south(sentences, mentions, index.actors.get(SOUTH_KOREA))
    agencies = reported_agencies(sentences, mentions, _named_agencies(mentions, index))
    carried: tuple[str | None, str | None] = (reposted, None)
    header: tuple[str | None, str | None] = (reposted, None)
    report: tuple[str | None, str | None] | None = None  # who wrote the report the article is about
    seen_label = False
    per_sentence: list[list[Candidate]] = []
    attributions: list[Attribution] = []
    no = 0
    for line, line_sentences in lines:
        labour = False  # the paragraph so far last named foreign labour at large
        joint = False  # the sentence before, in this paragraph, was several governments' recap
        label_len, name = speaker_label(visible(line).strip())
        seen_label = seen_label or bool(label_len)
        speaker: tuple[str | None, str | None] | None = None
        if name is not None:
            speaker = _speaker_claimant(name, index, agencies) or header
        for k, shown in enumerate(line_sentences):
            no += 1
            sentence = sentences[no - 1]
            ms = mentions[no - 1]
            if k == 0 and label_len:
                sentence_for_attr = _masked(sentence, label_len)
                ms = [m for m in ms if m.start >= label_len]
            else:
                sentence_for_attr = sentence
            attr = attribute(sentence_for_attr, ms, index, agencies)
            if k == 0 and not attr.explicit:  # "Remarks by Ambassador ...": the speaker of the text below
                attr = header_attribution(sentence_for_attr, ms, index, agencies) or attr
            attributions.append(attr)
            owner = report_owner(sentence_for_attr, ms)
            if owner is not None:
                report = (resolve_claimant(owner.actor, index, agencies), None)
            flat = plain(sentence_for_attr)
            # "The report said", "It found" speak for the report named earlier; "This, from the first
            # report by the MSMT" names it as the source of what follows
            speaks = REPORT_SAYS.search(flat) or (owner is not None and FROM_REPORT.search(flat))
            if report is not None and ((not attr.explicit and speaks) or REPORT_SAID.search(flat)):
                current = report  # "..., said the assessment": the figures before the verb are the report's
            elif attr.explicit:
                current = (attr.claimant, attr.speaker)
                if not seen_label:
                    header = current
            elif speaker is not None:
                current = speaker
            elif outlet is not None and is_english_background(sentence_for_attr):
                current = (outlet, None)  # the outlet's own background ("they had cleared ..." goes on with it)
            else:
                current = carried
            carried = current
            last = next((c.metric for cands in reversed(per_sentence[-1:]) for c in reversed(cands)), None)
            clauses = clause_attributions(sentence_for_attr, ms, index, agencies)
            cands = _sentence_candidates(no, sentence, published, source, current, units, last, clauses)
            # several governments' recap, or a sentence going on with it ("... has also sent"): no one
            # body's claim
            joint = is_joint_source(sentence_for_attr) or (joint and not attr.explicit and goes_on(sentence_for_attr))
            if joint:
                cands = []
            labour = foreign_labour(labour, plain(sentence_for_attr))
            if labour:  # "their plan is to have 40,000 workers" of foreign labour at large
                cands = [c for c in cands if c.metric != "workers_deployed"]
            per_sentence.append([_replace(c, sentence=shown) for c in cands] if shown != sentence else cands)
    found = deferred(
        with_origins(per_sentence, origins(sentences, mentions, index, agencies), mentions, index), attributions
    )
    return [[shown_by_state_media(c) for c in cs] for cs in found]


def _named_agencies(mentions: list[list[Mention]], index: ActorIndex) -> dict[str, set[str]]:
    """The agencies an article names, by country, with those of the officials it names ("US Deputy
    Permanent Representative Robert Wood" names the US mission to the UN): "the US says" is theirs."""
    named = [m for ms in mentions for m in ms]
    agencies = article_agencies(named)
    for m in named:
        agency = index.role_agency(m.actor) if m.actor.kind == "person" else None
        if agency is not None and agency.kind == "agency" and agency.country == m.actor.country:
            agencies.setdefault(agency.country, set()).add(agency.actor_id)
    return agencies


def _foreign(
    language: Language,
    numbered: list[str],
    paragraph: list[int],
    published: date,
    source: str,
    index: ActorIndex,
    units: dict[str, str],
    publisher: str | None = None,
) -> list[list[Candidate]]:
    plains = [plain(visible(s)) for s in numbered]
    mentions = [index.mentions(s) for s in plains]
    agencies = article_agencies(m for ms in mentions for m in ms)
    for country, by_officials in _named_agencies(mentions, index).items():
        # "сообщает Южная Корея ... министр Шин Вон Сик": a country whose agency the article names only through
        # its official (his ministry); where it names an agency itself, that one alone answers for it
        agencies.setdefault(country, by_officials)
    outlet = copy_outlet(publisher, mentions)
    attributions = [
        foreign_sources.attribute(language, s, ms, index, agencies) for s, ms in zip(plains, mentions, strict=True)
    ]
    carried = Attribution(None, None, False)
    out: list[list[Candidate]] = []
    for no, (shown, s, ms) in enumerate(zip(numbered, plains, mentions, strict=True), start=1):
        attr = attributions[no - 1]
        if no > 1 and (his := foreign_sources.pronoun_source(s, mentions[no - 2], index, agencies)) is not None:
            attr = his  # the person the sentence before names, not a name after the pronoun
        if no > 1 and (
            envoy := foreign_sources.diplomat_source(language.reading, s, ms, mentions[no - 2], index, agencies)
        ):
            attr = envoy  # "дипломат наголосив": the envoy the sentence before names
        if (bare := foreign_sources.bare_intelligence(s, attr, index, agencies)) is not None:
            attr = bare  # "..., за даними розвідки": the one intelligence agency the article names
        nxt = attributions[no] if no < len(attributions) and paragraph[no] == paragraph[no - 1] else None
        if attr.explicit and attr.speaker is None:
            attr = _said_next(no - 1, plains, mentions, paragraph, attributions) or attr
        if attr.explicit and not _credit_only(attr, carried, index):
            carried = attr
        elif not ms and nxt is not None and nxt.explicit and carried.explicit:
            # "Двое ... взяты в плен. Президент Украины ... опубликовал ...": a sentence naming no one
            # takes the source the next sentence of its paragraph names
            attr = nxt
        elif not attr.explicit and nxt is not None and nxt.explicit and is_recalled_known(s):
            # "Ранее стало известно, что 600 ... пали. Согласно данным разведки ...": the next sentence's source
            attr = nxt
        if (
            not attr.explicit
            and outlet is not None
            and (
                is_background(language.reading.background, s, _said(no, plains))
                or (no > 1 and is_reference_note(plains[no - 2]))
            )
        ):
            attr = Attribution(outlet, None, True)  # the copy's own background, not the source before
        if language.lang in ("ru", "uk") and is_hearsay(s, ms):
            out.append([])  # "Відомо, що Москві надали близько 12 тисяч": no one's claim
            continue
        # "Оно напоминает, что КНДР отправила около 13 тысяч, и, по оценкам разведки, ...": a
        # background line whose source is named only after its first figures leaves those the outlet's
        told = (
            _source_after(s, ms)
            if attr.explicit and outlet is not None and is_background(language.reading.background, s, False)
            else 0
        )
        cands = []
        last = next((c.metric for cands in reversed(out[-1:]) for c in reversed(cands)), None)
        # the sentence before, in this paragraph or closing the one before (a quotation is a paragraph of its
        # own: 'Вони продовжують перебувати в Курській області.' then 'Це близько 11 тисяч')
        before = plains[no - 2] if no > 1 else ""
        for metric, fig, hedged, period, own in foreign_sources.sentence_claims(
            language, s, ms, published, index, agencies, last, before
        ):
            if own is None and fig.end <= told:
                own = Attribution(outlet, None, True)
            source_of = own or (attr if attr.explicit else carried)
            if metric in units:
                who = (source_of.claimant, source_of.speaker)
                cands.append(make_candidate(metric, fig, units[metric], who, hedged, period, no, shown, source))
        out.append(cands)
    if language.lang in ("ru", "uk"):
        out = decided_after(out, plains)  # "...12 тысяч ... Пхеньян уже принял такое решение": a plan
        out = told_around(out, plains)  # the troops' work: engineers, workers at engineering, deminers
    return [[shown_by_state_media(c, language.lang) for c in cs] for cs in deferred(out, attributions)]


def _source_after(s: str, mentions: list[Mention]) -> int:
    """Where a background line names its first source other than a country (0 if it names none)."""
    return next((m.start for m in mentions if m.actor.kind != "country"), 0)


def _said(no: int, plains: list[str]) -> bool:
    """Whether the sentence after sentence ``no`` (numbered from 1) says who stated it ("this was reported by")."""
    return no < len(plains) and foreign_sources.THIS_WAS_SAID.match(plains[no]) is not None


def _credit_only(attr: Attribution, carried: Attribution, index: ActorIndex) -> bool:
    """Whether a sentence only credits the outlet that carries the copy ("Про це інформує Yonhap") after
    a source of its own was named: the sentences after it keep that source."""

    def outlet(claimant: str | None) -> bool:
        actor = index.actors.get(claimant or "")
        return actor is not None and is_outlet(actor)

    return carried.explicit and outlet(attr.claimant) and not outlet(carried.claimant)


def _said_next(
    i: int, plains: list[str], mentions: list[list[Mention]], paragraph: list[int], attributions: list[Attribution]
) -> Attribution | None:
    """ "Українська розвідка зафіксувала ... 11 тисяч. Їх число збільшується. Про це повідомив президент
    ... Зеленський": the person who says so, within the next two sentences of the paragraph (those between
    naming no one), gives the figure, not the agency the sentence is about."""
    for j in range(i + 1, min(len(plains), i + 3)):
        if paragraph[j] != paragraph[i]:
            return None
        if mentions[j]:
            said = foreign_sources.THIS_WAS_SAID.match(plains[j]) and attributions[j].speaker is not None
            return attributions[j] if said else None
    return None


_LONG_FIGURE = re.compile(r"(?<![\d,.])(?<!\d )\d(?:[\d,.\u00a0 ]?\d){15,}")


def _long_figures(no: int, sentence: str) -> list[str]:
    """Notes on figures of more than ``MAX_DIGITS`` digits, which are left out (never rounded)."""
    out = []
    for m in _LONG_FIGURE.finditer(sentence):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) > MAX_DIGITS:
            out.append(
                f"sentence {no}: figure {m.group(0)[:30]!r} has {len(digits)} digits, more than the "
                f"{MAX_DIGITS} a claim holds: left out"
            )
    return out


def _as_of(c: Candidate, published: date) -> Candidate:
    """A candidate ``build`` accepts as proposed: an as-of figure (anything not planned) never
    counts days after it was reported, so a period ending later ("this year") ends on the
    publication day, and a period that starts later is dropped."""
    if c.qualifier == "planned":
        return c
    if c.period_start is not None and c.period_start > published:
        return _replace(c, period_start=None, period_end=None, date_precision=None)
    if c.period_end is not None and c.period_end > published:
        return _replace(c, period_end=published)
    return c


def _speaker_claimant(name: str, index: ActorIndex, agencies: dict[str, set[str]]) -> tuple[str, str] | None:
    found = index.mentions(name)
    if not found:
        return None
    actor = found[-1].actor
    return resolve_claimant(actor, index, agencies), actor.actor_id


def claims_from_text(text: str, published: date, source: str = "", data_dir: Path | None = None) -> list[Candidate]:
    """Candidate claims in an article's text (one paragraph or sentence per line).

    ``published`` anchors relative dates; ``source`` is copied into each candidate (the
    file name). Figures that count nothing in the metric vocabulary are left out, and a
    figure stated again is proposed once (``counted_claims`` gives the counts). Names
    are resolved through ``data_dir``'s ``curated/actors.csv``.
    """
    return [c for c, _ in counted_claims(text, published, source, data_dir)]


def _borrow_periods(per_sentence: list[list[Candidate]], sentences: list[str], published: date) -> list[Candidate]:
    # "... sent 3,000 more soldiers. The troops were deployed in January and February."
    out: list[Candidate] = []
    for i, cands in enumerate(per_sentence):
        nxt = i + 1
        if (
            cands
            and all(c.period_start is None and c.period_end is None for c in cands)
            and nxt < len(sentences)
            and not per_sentence[nxt]
            and _ANAPHOR.match(plain(sentences[nxt]))
            and not find_numbers(sentences[nxt])
        ):
            start, end, precision = resolve_period(sentences[nxt], published)
            if start or end:
                cands = [_replace(c, period_start=start, period_end=end, date_precision=precision) for c in cands]
        out += cands
    return out


def _replace(c: Candidate, **changes: object) -> Candidate:
    return dataclasses.replace(c, **changes)  # type: ignore[arg-type]


def candidates_frame(candidates: Iterable[Candidate]) -> pd.DataFrame:
    """Candidates as a DataFrame in ``COLUMNS`` order (values nullable Int64, dates as text).

    pandas is imported here, not at the top: ``extract`` itself never needs it.
    """
    import pandas as pd

    rows = [asdict(c) for c in candidates]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("value_low", "value_best", "value_high", "sentence_no"):
        frame[col] = pd.array(frame[col].tolist(), dtype="Int64")
    for col in ("period_start", "period_end"):
        frame[col] = [d.isoformat() if isinstance(d, date) else None for d in frame[col]]
    return frame


def candidate_record(c: Candidate) -> dict[str, str]:
    """A candidate as text cells ("" for missing), for CSV and review files."""
    out = {}
    for key, value in asdict(c).items():
        out[key] = "" if value is None else value.isoformat() if isinstance(value, date) else str(value)
    return out


# --- command line ----------------------------------------------------------------------


def article_candidates(path: Path, published: date | None = None, data_dir: Path | None = None) -> list[Candidate]:
    """Read an article file and extract its candidates; ``ArticleError`` if it has no date."""
    article = read_article(path)
    return claims_from_text(
        article.text, article.publication_date(published), source=display_path(path), data_dir=data_dir
    )
