"""Splitting shipped source texts into numbered sentences.

The numbering defined here is the one every table uses: ``sentence_no`` in the
curated claims, events and transfers points at ``split_sentences(text)[n - 1]``.

Data quirks:
- Raw files hold one paragraph per line; a line never continues the previous one.
- The first line of a news text is often a photo caption. It still counts as
  sentence 1 (captions carry claims too: "are said to have suffered heavy losses").
- Curly quotes and apostrophes are kept as they are: sentences are exact text.
"""

from __future__ import annotations

from functools import lru_cache

import pysbd


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # pysbd is rule-based (no model download) and handles "U.S." and "Mr." abbreviations.
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences: each non-empty line separately, in order.

    Returns the sentences stripped of surrounding white space. The result is the
    numbering used by ``sentence_no`` (1-based).
    """
    sentences: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [s.strip() for s in _segmenter().segment(line)]
        sentences.extend(p for p in parts if p)
    return sentences
