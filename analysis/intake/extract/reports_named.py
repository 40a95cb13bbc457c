"""Reports named as a source: "the MSMT report", "a report by the NIS", "citing a South Korean
military intelligence report", and the later sentences that speak for one ("The report said",
"It found", "..., said the assessment").

Data quirks:
- A report is named by the words report, study, assessment, review, analysis, document or
  findings next to its owner ("the monitoring team's report", "the MSMT released a report");
  a country is never a report's owner here (its agencies are).
- An article about one agency's report gives that country's other mentions ("Seoul said") to
  that agency alone, whatever else of the country the article names.
"""

from __future__ import annotations

import re

from analysis.intake.extract.claimants import Mention
from analysis.intake.extract.text import plain

_REPORT_WORDS = r"(?:report|study|assessment|review|analysis|document|findings)"
# "the MSMT report", "the monitoring team's report", "a report by the MSMT", "the MSMT released a report"
_REPORT_AFTER = re.compile(
    rf"(?:'s?\s+(?:[\w-]+\s+){{0,3}}?|\s+){_REPORT_WORDS}\b|\s+(?:released|published|issued|presented)\s+"
    rf"(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,3}}?{_REPORT_WORDS}\b",
    re.IGNORECASE,
)
_REPORT_BEFORE = re.compile(rf"\b{_REPORT_WORDS}\s+(?:by|from|of)\s+(?:the\s+)?$", re.IGNORECASE)
# a report named as the source of the piece: "This, from the first report by", "based on the NIS's assessment"
FROM_REPORT = re.compile(
    rf"\b(?:from|according to|citing|based on|per|drawn from|taken from)\s+(?:(?:a|an|the|its|their|this)\s+)?"
    rf"(?:[\w'-]+\s+){{0,4}}?{_REPORT_WORDS}s?\b",
    re.IGNORECASE,
)
# a later sentence speaking for that report
REPORT_SAYS = re.compile(
    rf"^(?:[\"']?\s*)(?:The|This|That|Its|The\s+\w+)\s+{_REPORT_WORDS}\s+(?:also\s+)?"
    r"(?:said|says|found|finds|estimated|estimates|showed|shows|noted|notes|added|adds|concluded|stated|states|cited)\b"
    rf"|\b(?:the|this)\s+{_REPORT_WORDS}\s+(?:also\s+)?(?:said|says|found|finds|estimated|estimates|showed|shows|noted"
    r"|notes|added|adds|concluded|stated|states)\b|^It\s+(?:also\s+)?(?:found|finds|estimated|estimates|noted|notes"
    r"|concluded|showed|shows|said|says|added|adds|documented|cited)\b|\baccording to the\s+(?:[\w-]+\s+)?"
    rf"{_REPORT_WORDS}\b",
    re.IGNORECASE,
)

# "..., said the assessment, which was shared with": the report named earlier speaks, after its words
REPORT_SAID = re.compile(
    r",\s*(?:said|says|found|finds|estimated|estimates|noted|notes|added|adds|concluded|stated|states)\s+"
    rf"(?:the|this|that|its)\s+(?:[\w-]+\s+)?{_REPORT_WORDS}\b",
    re.IGNORECASE,
)


def reported_agencies(
    sentences: list[str], mentions: list[list[Mention]], agencies: dict[str, set[str]]
) -> dict[str, set[str]]:
    """The agencies an article names, by country, where the article is about one agency's report
    ("citing a South Korean military intelligence report") that agency alone for its country: "Seoul
    said", "according to the agency" are that report's, whatever else of Seoul the article names."""
    owners: dict[str, set[str]] = {}
    for sentence, ms in zip(sentences, mentions, strict=True):
        owner = report_owner(sentence, ms)
        if owner is not None and owner.actor.kind == "agency" and owner.actor.country:
            owners.setdefault(owner.actor.country, set()).add(owner.actor.actor_id)
    return {**agencies, **{country: ids for country, ids in owners.items() if len(ids) == 1}}


def report_owner(sentence: str, mentions: list[Mention]) -> Mention | None:
    """The actor whose report a sentence names ("the MSMT report", "a report by the NIS"), if any."""
    s = plain(sentence)
    for m in mentions:
        if m.actor.kind == "country":
            continue
        if _REPORT_AFTER.match(s, m.end) or _REPORT_BEFORE.search(s, max(0, m.start - 30), m.start):
            return m
    return None
