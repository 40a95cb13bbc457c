"""Restatements: one proposal per claim however often, and in whatever words, an article states it.

- ``collapse``: the same figure for the same metric, claimant and period stated again (a
  headline and its body, a paragraph repeated by a scraper) is proposed once, at its first
  statement, with how many times it was stated; an unattributed restatement joins the
  attributed one.
- ``restatements``: the same number for the same measure from the same claimant, whatever
  the bound word or a period one statement leaves out, is one claim (the claimant's own
  quoted words decide its bound); English troop states stay apart.
- ``ranges_restated``: a headline's one end of a range the body gives ("as many as 30,000" over
  "25,000 to 30,000") is that range (English).
- ``rounded_restated``: a figure rounded at its last significant digit under its bound ("over six
  thousand", "более 42 тысяч") that the same claimant gives exactly ("6,700", "около 42,4 тысячи") is
  the exact one (English, Russian and Ukrainian).
- ``headline_states``: a headline's troops in one state ("10,000 troops thought to be in Russia")
  that the body gives, from the same claimant, in another ("has sent around 10,000") are the body's
  statement: a headline's verb is the desk's shorthand (English).
- ``deferred``: a figure stated before any source is named (a headline, a lede) takes the
  first source named just after it.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.intake.extract.claimants import Attribution
    from analysis.intake.extract.fields import Candidate


def _replace(c: Candidate, **changes: object) -> Candidate:
    return dataclasses.replace(c, **changes)  # type: ignore[arg-type]


_OPEN = frozenset('"\u201c\u00ab\u201e\u300c')
_CLOSE = frozenset('"\u201d\u00bb\u300d')


_SHORT_QUOTE = 20  # characters: a shorter quotation ("relatively") is a scare quote, not someone's words
_FEW_WORDS = 3  # words: a quoted term of fewer ("комплексного аналізу", "rear front") names, it does not state


def quoted_sentences(lines: list[tuple[str, list[str]]]) -> frozenset[int]:
    """Numbers of the sentences that quote someone's own words: a quotation of at least
    ``_SHORT_QUOTE`` characters and ``_FEW_WORDS`` words runs in them, or is still open when they
    start (a quote of several sentences)."""
    out: set[int] = set()
    no = 0
    for _, sentences in lines:
        inside = False
        for sentence in sentences:
            no += 1
            quoted, run, words = inside, 0, 1
            for ch in sentence:
                if ch == '"' or ch in _OPEN or ch in _CLOSE:
                    opening = (ch != '"' and ch in _OPEN) or (ch == '"' and not inside)
                    if not opening and _stated(run, words):
                        quoted = True
                    inside, run, words = opening, 0, 1
                elif inside:
                    run += 1
                    words += ch.isspace()
            if inside and _stated(run, words):
                quoted = True
            if quoted:
                out.add(no)
    return frozenset(out)


def _stated(run: int, words: int) -> bool:
    """Whether a quotation of ``run`` characters and ``words`` words is someone's statement, not a term."""
    return run >= _SHORT_QUOTE and words >= _FEW_WORDS


def collapse(found: list[Candidate]) -> list[tuple[Candidate, int]]:
    groups: dict[tuple[object, ...], list[Candidate]] = {}
    for c in found:
        key = (c.metric, c.value_low, c.value_best, c.value_high, c.period_start, c.period_end)
        groups.setdefault(key, []).append(c)
    out: list[tuple[Candidate, int]] = []
    for group in groups.values():
        claimants = {c.claimant for c in group if c.claimant}
        options: list[str | None] = [*sorted(claimants)] or [None]
        for claimant in options:
            mine = [c for c in group if c.claimant == claimant or (c.claimant is None and len(claimants) == 1)]
            attributed = [c for c in mine if c.claimant == claimant]  # the attributed statements
            # the body's over a headline's, whose restatement below keeps what the body's words say
            first = next((c for c in attributed if not is_headline(c.sentence)), attributed[0])
            out.append((first, len(mine)))
    return sorted(out, key=lambda pair: pair[0].sentence_no)


def _number(c: Candidate) -> tuple[int | None, ...]:
    if c.value_low is not None and c.value_high is not None:
        return (c.value_low, c.value_high)
    return (c.value_best if c.value_best is not None else c.value_low if c.value_low is not None else c.value_high,)


def _span(c: Candidate) -> int:
    start, end = c.period_start or date.min, c.period_end or date.max
    return (end - start).days


def _within(inner: Candidate | None, outer: Candidate) -> bool:
    """Whether ``inner``'s period lies inside ``outer``'s ("in January and February" in "this year")."""
    if inner is None:
        return True
    return (outer.period_start or date.min) <= (inner.period_start or date.min) and (inner.period_end or date.max) <= (
        outer.period_end or date.max
    )


_GENERAL = "troops_deployed"
# people sent in any state: troops, or the engineers a headline calls troops ("6000명 파병" over the
# body's "공병 ... 6000명")
_SENT = ("troops", "engineers_deployed")
# a sentence that ends a statement: a full stop, Korean 다/요, a question or exclamation mark,
# before any closing quotes or brackets
_STATEMENT_END = re.compile("(?:[.!?\u3002]|[\ub2e4\uc694])[\\s\"'\u201d\u2019\u00bb)\\]]*$")


def is_headline(sentence: str) -> bool:
    """Whether a sentence is a headline or a caption rather than a statement: it ends in no full
    stop (국정원 "北병력 3000여명 러 이동", "North Korea Sends 7,000 Containers to Russia"); a
    headline's quotation marks are the desk's shorthand, not the claimant's words."""
    return not _STATEMENT_END.search(sentence.strip())


def restatements(
    found: list[tuple[Candidate, int]], quoted: frozenset[int], english: bool = False
) -> list[tuple[Candidate, int]]:
    """Restatements of one figure in an article proposed once: the same number for the same
    measure (troops in any state) from the same claimant (or from no one, when only one
    claimant gives it), whatever the bound word ("1,000개 이상" in the lede, "1,000개 분량" in
    the body) or a period one of them leaves out or holds within the other's.

    Kept: the figure as the claimant's own quoted words give it, else as the first
    statement with a bound word, else the first; the body's statement before a headline's
    (whose quotation marks are the desk's shorthand); the narrowest period; the most specific
    troop state any statement gives ("already in Russia" over "sent").

    English copy (``english``) keeps its rules' reading of troop states ("8,000 arrived",
    "most of the 8,000 are now in Kursk" are two claims); other restatements are one claim, as
    in the other languages ("at least 24" in the headline, "the 24 missiles" in the body; "more
    than a million shells" in the headline, "... since August" in the body)."""
    groups: dict[tuple[object, ...], list[tuple[Candidate, int]]] = {}
    for pair in found:
        family = "troops" if pair[0].metric.startswith(_SENT) and not english else pair[0].metric
        groups.setdefault((family, _number(pair[0])), []).append(pair)
    out: list[tuple[Candidate, int]] = []
    for group in groups.values():
        claimants = {c.claimant for c, _ in group if c.claimant}
        options: list[str | None] = [*sorted(claimants)] or [None]
        for claimant in options:
            mine = [(c, n) for c, n in group if c.claimant == claimant or (c.claimant is None and len(claimants) == 1)]
            dated = [c for c, _ in mine if c.period_start or c.period_end]
            narrowest = min(dated, key=_span, default=None)
            if any(not _within(narrowest, c) for c in dated):
                out += mine  # two periods apart: two claims
                continue
            attributed = [c for c, _ in mine if c.claimant == claimant]
            body = [c for c in attributed if not is_headline(c.sentence)] or attributed
            first = next(
                (c for c in body if c.sentence_no in quoted),
                next((c for c in body if c.value_cue), next((c for c in attributed if c.value_cue), body[0])),
            )
            metric = first.metric
            if any(c.metric == "engineers_deployed" for c in attributed):
                metric = "engineers_deployed"  # the noun that says who was sent beats a state of troops
            elif metric == _GENERAL:
                metric = next((c.metric for c in attributed if c.metric != _GENERAL), metric)
            first = _replace(first, metric=metric)
            dated_first = narrowest or first
            first = _replace(
                first,
                period_start=dated_first.period_start,
                period_end=dated_first.period_end,
                date_precision=dated_first.date_precision,
            )
            out.append((first, sum(n for _, n in mine)))
    return sorted(out, key=lambda pair: pair[0].sentence_no)


_DEFERRED = 3  # sentences: a headline's figure, the lede, then "Про це повідомив ..."


def deferred(per_sentence: list[list[Candidate]], attributions: list[Attribution]) -> list[list[Candidate]]:
    """Figures stated before any source is named (a headline, a lede) take the first source
    named within the next ``_DEFERRED`` sentences."""
    first = next((i for i, a in enumerate(attributions) if a.explicit), None)
    if first is None:
        return per_sentence
    attr = attributions[first]
    # a figure the article states again later, with its source, joins that statement instead
    later = {(c.metric, _number(c)) for cands in per_sentence[first:] for c in cands if c.claimant}
    out = []
    for i, cands in enumerate(per_sentence):
        if i < first and first - i <= _DEFERRED:
            cands = [
                _replace(c, claimant=attr.claimant, speaker=attr.speaker)
                if c.claimant is None and (c.metric, _number(c)) not in later
                else c
                for c in cands
            ]
        out.append(cands)
    return out


def ranges_restated(found: list[tuple[Candidate, int]]) -> list[tuple[Candidate, int]]:
    """A headline's one end of a range the body gives ("as many as 30,000" over "an additional 25,000 to
    30,000", "more than 25,000" over the same) joins the body's range: the desk cut the range short."""
    ranges = [c for c, _ in found if c.value_low is not None and c.value_high is not None]
    return _joined(
        found, lambda c: next((r for r in ranges if r is not c and is_headline(c.sentence) and _one_end_of(c, r)), None)
    )


def _joined(
    found: list[tuple[Candidate, int]], target: Callable[[Candidate], Candidate | None]
) -> list[tuple[Candidate, int]]:
    """``found`` with each statement that ``target`` joins to another left out and counted in that one."""
    joined: dict[int, int] = {}  # id of the statement joined to -> statements joined to it
    out: list[tuple[Candidate, int]] = []
    for c, n in found:
        into = target(c)
        if into is None:
            out.append((c, n))
        else:
            joined[id(into)] = joined.get(id(into), 0) + n
    return [(c, n + joined.get(id(c), 0)) for c, n in out]


def headline_states(found: list[tuple[Candidate, int]]) -> list[tuple[Candidate, int]]:
    """A headline's troops that the body states as the same number of troops from the same claimant, in
    another state, join the body's statement (its first): the body's verb says what the troops did."""

    def body(c: Candidate) -> Candidate | None:
        if not (c.metric.startswith("troops") and is_headline(c.sentence)):
            return None
        return next((b for b, _ in found if b is not c and _same_troops(c, b) and not is_headline(b.sentence)), None)

    return _joined(found, body)


def _same_troops(c: Candidate, other: Candidate) -> bool:
    """Whether ``other`` counts the same number of troops as ``c`` in another state, from its claimant."""
    return (
        other.metric.startswith("troops")
        and other.metric != c.metric
        and _number(other) == _number(c)
        and c.claimant == other.claimant
    )


def _one_end_of(c: Candidate, whole: Candidate) -> bool:
    """Whether ``c`` states one end of ``whole``'s range alone, for the same measure and claimant."""
    if c.metric != whole.metric or (c.claimant is not None and c.claimant != whole.claimant):
        return False
    high = (
        c.value_high is not None and c.value_low is None and c.value_best is None and c.value_high == whole.value_high
    )
    low = c.value_low is not None and c.value_high is None and c.value_best is None and c.value_low == whole.value_low
    return high or low


def rounded_restated(
    found: list[tuple[Candidate, int]], countries: dict[str, str] | None = None
) -> list[tuple[Candidate, int]]:
    """A figure rounded to round thousands with a bound ("over six thousand containers", "more than
    5 million shells", "более 42 тысяч") that the same claimant gives exactly for the same measure
    ("6,700", "some 5.2 million", "около 42,4 тысячи") joins the exact one: a lede's or headline's
    shorthand, not a second claim. A headline
    may name the claimant by its country ("..., Seoul says"; ``countries``: claimant -> its country)."""
    return _joined(found, lambda c: next((e for e, _ in found if e is not c and _rounds(c, e, countries or {})), None))


def _rounds(c: Candidate, exact: Candidate, countries: dict[str, str]) -> bool:
    """Whether ``c`` is ``exact``'s figure rounded at ``c``'s last significant digit (a thousand or more)
    the way its bound reads: down under "more than", up under "up to"."""
    country = is_headline(c.sentence) and c.claimant is not None and c.claimant == countries.get(exact.claimant or "")
    if c.metric != exact.metric or (c.claimant != exact.claimant and not country) or c.value_best is not None:
        return False
    if exact.value_low is not None and exact.value_high is not None:
        return False  # a range is no exact figure ("at least 10,000" is not "11,000 to 12,000" rounded)
    value = exact.value_best if exact.value_best is not None else exact.value_low or exact.value_high
    if value is None or (c.value_low is None) == (c.value_high is None):
        return False
    shown = c.value_low if c.value_low is not None else c.value_high
    assert shown is not None
    # its last significant digit: "more than 5 million" (5,2 million), "more than 42 thousand" (42,400)
    unit = int(10 ** (len(str(shown)) - len(str(shown).rstrip("0"))))
    if unit < 1000 or not value % unit or len(str(value)) != len(str(shown)):
        return False  # no round thousands, the exact figure as round, or of another magnitude
    rounded = value // unit * unit if c.value_low is not None else -(-value // unit) * unit
    return rounded == shown
