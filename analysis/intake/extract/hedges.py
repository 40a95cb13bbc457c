"""Hedges: how firmly a sentence puts its figures (qualifier and the cue words).

"appears to", "reports suggested", "likely" -> suggested; "is thought to", "reportedly" ->
reported; "estimates", "assessed", "believed" -> estimated; "plans to", "will send",
"are expected to arrive" -> planned; a plain "said" -> confirmed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.intake.extract.text import plain

_HEDGES: list[tuple[str, re.Pattern[str]]] = [
    (
        "suggested",
        re.compile(
            r"\b(?:appears? to|appeared to|apparently|seems? to|seemed to"
            r"|reports? (?:later )?suggested|suggest(?:s|ed)? that|(?<!highly )likely|probably"
            r"|may have|might have)\b",
            re.I,
        ),
    ),
    (
        "reported",
        re.compile(
            r"\b(?:(?:is|are|was|were) (?:also )?(?:thought|said|reported|understood) to|reportedly"
            r"|according to (?:media )?reports|reports say|it is understood)\b",
            re.I,
        ),
    ),
    (
        "estimated",
        re.compile(
            r"\b(?:estimates?|estimated|assess(?:es|ed)?|assessment|believes?|believed|judged?|judges"
            r"|highly likely|calculated|calculates)\b",
            re.I,
        ),
    ),
    (
        "planned",
        re.compile(
            r"\b(?:(?:will|would|could|may|might|plans? to|planning to|planned to|preparing to"
            r"|prepares to|decided to|expected to|set to|intends? to|ready to|pledged to"
            r"|promised to|agreed to|due to"
            # "poised to", "about to", "considering sending", "gearing up to": other words of a plan
            r"|poised to|about to|scheduled to|slated to|looking to|gearing up to|getting ready to|(?:is|are) to"
            r"|likely to"
            # "aims to send", "seeks to deploy", "vowed to send": other verbs of a purpose still to be met
            r"|aim(?:s|ed|ing)? to|want(?:s|ed|ing)? to|seek(?:s|ing)? to|sought to|hop(?:es|ed|ing) to|hope to"
            r"|vow(?:s|ed|ing)? to|pledg(?:es|ing) to|pledge to|promis(?:es|ing) to|promise to|offer(?:s|ed|ing)? to"
            r"|intend(?:ed|ing) to"
            r"|considering|weighing|mulling|contemplating)(?:\s+[\w-]+){0,2}?\s+(?:send|dispatch|deploy|supply|provide"
            r"|rotate|rotating|redeploy|station|commit"  # "will rotate 5,000 troops into Kursk": other verbs of sending
            r"|deliver|transfer|ship|bring|arrive|reach|sending|dispatching|deploying|supplying|providing"
            r"|(?:the\s+)?(?:deployment|dispatch)\s+of)|expect(?:s|ed)?\s+(?:[\w-]+\s+){0,3}to\s+(?:have\s+)?"
            r"(?:sent|send|dispatched|deployed|deploy|arrive|reach|rise to|grow to|climb to)"
            r"|(?:preparing|plans?|planning|planned)"
            r"\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:deployment|dispatch)|planned (?:deployment|dispatch)"
            r"|(?:is|are|was|were) preparing(?=\s+(?:[\w-]+\s+){0,2}(?:\d|[a-z]+-(?:hundred|thousand)\b))"
            # "has pledged up to 30,000 troops", "promised 6,000 more": a figure promised is still to come
            r"|(?:pledg|promis|offer)(?:ed|es|s|ing)(?=\s+(?:[\w-]+\s+){0,3}?(?:\d|[a-z]+-(?:hundred|thousand)\b)))\b",
            re.I,
        ),
    ),
    (
        "confirmed",
        re.compile(
            r"\b(?:said|says|told|announced|confirmed|stated|added|claimed|reported|found|counted)\b",
            re.I,
        ),
    ),
]
PLANNED = dict(_HEDGES)["planned"]


@lru_cache(maxsize=256)
def hedge(sentence: str) -> tuple[str, str]:
    """How firmly a sentence puts its figures: (qualifier, cue words from the sentence).

    "appears to", "reports suggested", "likely" -> suggested; "is thought to", "are said
    to", "reportedly" -> reported; "estimates", "assessed", "believed" -> estimated; "plans
    to", "will send", "expected to send" -> planned; plain "said" -> confirmed. The first
    of these that matches wins (in that order); with none, ("confirmed", "").
    """
    s = plain(sentence)
    for qualifier, pattern in _HEDGES:
        m = pattern.search(s)
        if m:
            return qualifier, sentence[m.start() : m.end()]
    return "confirmed", ""


def figure_hedge(sentence: str, clause_start: int, fig_end: int, clause_end: int | None = None) -> tuple[str, str]:
    """The hedge of one figure: a plan in its own clause (from ``clause_start`` up to the
    figure, or to ``clause_end`` when given) beats the sentence's hedge ("supplied 148 ...
    and is expected to send about 150 more": only the 150 is planned; "3,000 troops are
    expected to arrive by spring": planned)."""
    m = PLANNED.search(plain(sentence), clause_start, fig_end if clause_end is None else clause_end)
    if m:
        return "planned", sentence[m.start() : m.end()]
    qualifier, cue = hedge(sentence)
    if qualifier != "planned":
        return qualifier, cue
    # the sentence's plan belongs to another of its figures: take the next hedge down
    s = plain(sentence)
    for q, pattern in _HEDGES:
        found = pattern.search(s) if q != "planned" else None
        if found:
            return q, sentence[found.start() : found.end()]
    return "confirmed", ""
