"""Clauses of a contrast that name sources of their own ("Ukraine's figure was 3,500, while Seoul's
was closer to 2,000").

A news outlet credited at the end of such a sentence ("..., while another 1,000 are demining,
according to Yonhap") credits the copy of the whole sentence, not the last clause's figures:
the clause keeps the source the sentence names.
"""

from __future__ import annotations

import itertools
import re

from analysis.intake.extract.claimants import ActorIndex, Mention, attribute, is_outlet
from analysis.intake.extract.text import plain

_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|,\s+but\s+|;\s+", re.I)


def clause_attributions(
    sentence: str, mentions: list[Mention], index: ActorIndex, agencies: dict[str, set[str]]
) -> list[tuple[int, int, tuple[str | None, str | None]]]:
    """(start, end, (claimant, speaker)) of each clause of a contrast ("X ..., while Y ...")
    that names its own source; empty when the sentence has no such clauses."""
    s = plain(sentence)
    cuts = [0, *(m.end() for m in _CONTRAST.finditer(s)), len(s)]
    if len(cuts) < 3:
        return []
    out = []
    for a, b in itertools.pairwise(cuts):
        clause = " " * a + s[a:b] + " " * (len(s) - b)
        attr = attribute(clause, [m for m in mentions if a <= m.start and m.end <= b], index, agencies)
        if attr.explicit:
            out.append((a, b, (attr.claimant, attr.speaker)))
    if any(not _outlet(c, index) for _, _, (c, _) in out):
        out = [clause for clause in out if not _outlet(clause[2][0], index)]  # a wire's credit yields
    return out if len({c for _, _, c in out}) > 1 else []


def _outlet(claimant: str | None, index: ActorIndex) -> bool:
    actor = index.actors.get(claimant or "")
    return actor is not None and is_outlet(actor)
