"""``python -m analysis extract``: propose candidate claims from article texts.

Every figure a news article states is a claim by someone, about some period, hedged in
some way. This package reads an article and proposes one ``Candidate`` per figure that
counts something in the ``claims.metric`` vocabulary; a person reviews each proposal
(``python -m analysis ingest`` writes them to ``data/review/``). It never invents or
rounds a figure: vague amounts ("several thousand", "tens of thousands") are left out.

The parts, each with its own tests:
- ``article``: reading a file (UTF-8, Windows-1252, UTF-16), its YAML front matter;
- ``analysis.sentences``: the project's one sentence splitter (linear time);
- ``numbers``: every number with its value, span and bound;
- ``periods``: relative and absolute dates to a period with its precision;
- ``hedges``: qualifier and cue ("appears to" -> suggested);
- ``measures``: the metric lexicon, what each figure counts;
- ``plans``: English cues of a count of people's state (a toll before it, a plan to come, done);
- ``claimants``: who says so, through ``data/curated/actors.csv`` aliases;
- ``second_names``: a person named in full found again by the family name ("Mr. Shin said");
- ``agency_names``: agency names in the other word order ("Ministry of Defence", "defence ministry");
- ``services``: the intelligence service a lawmaker relays, and the one an unnamed service stands for;
- ``clauses``: the clauses of a contrast that name sources of their own ("..., while Seoul's ...");
- ``provenance``: a relayed figure given the origin a later sentence names ("This information, provided by");
- ``candidates``: the parts composed, sentence by sentence;
- ``cli``: the command (``configure`` and ``run``, re-exported here).

- ``language``, ``korean``, ``slavic``, ``foreign``, ``foreign_sources``: Korean, Ukrainian and
  Russian (the language of each article, and each language's figures, cues and sources);
- ``wholes``: figures that are the whole of a part ("из них", "중") or of a share ("половины от");
- ``backgrounds``: the lines a page adds on its own outlet's account ("since October last year North Korea sent");
- ``restate``: one proposal per claim however often an article states it.

``ingest`` uses only ``article`` and ``candidates`` (``evaluate`` also ``claimants``, for silver
labels). The names below resolve on first use (PEP 562), so ``python -m analysis extract
--help`` compiles no extraction rule.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_PUBLIC: dict[str, str] = {
    "Article": "article",
    "ArticleError": "article",
    "read_article": "article",
    "COLUMNS": "fields",
    "Candidate": "fields",
    "Extraction": "candidates",
    "article_candidates": "candidates",
    "article_claims": "candidates",
    "candidate_record": "candidates",
    "candidates_frame": "candidates",
    "claims_from_text": "candidates",
    "counted_claims": "candidates",
    "claimant_of": "claimants",
    "configure": "cli",
    "run": "cli",
    "hedge": "hedges",
    "Figure": "numbers",
    "find_numbers": "numbers",
    "resolve_period": "periods",
}

__all__ = [
    "COLUMNS",
    "Article",
    "ArticleError",
    "Candidate",
    "Extraction",
    "Figure",
    "article_candidates",
    "article_claims",
    "candidate_record",
    "candidates_frame",
    "claimant_of",
    "claims_from_text",
    "configure",
    "counted_claims",
    "find_numbers",
    "hedge",
    "read_article",
    "resolve_period",
    "run",
]

if TYPE_CHECKING:  # for type checkers and editors; at run time the names resolve lazily
    from analysis.intake.extract.article import Article, ArticleError, read_article
    from analysis.intake.extract.candidates import (
        Extraction,
        article_candidates,
        article_claims,
        candidate_record,
        candidates_frame,
        claims_from_text,
        counted_claims,
    )
    from analysis.intake.extract.claimants import claimant_of
    from analysis.intake.extract.cli import configure, run
    from analysis.intake.extract.fields import COLUMNS, Candidate
    from analysis.intake.extract.hedges import hedge
    from analysis.intake.extract.numbers import Figure, find_numbers
    from analysis.intake.extract.periods import resolve_period


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        value = getattr(importlib.import_module(f"{__name__}.{_PUBLIC[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
