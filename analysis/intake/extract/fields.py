"""The fields of a candidate claim: what ``extract`` prints and review files hold (no rules here)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date


@dataclass(frozen=True)
class Candidate:
    """One proposed claim: a figure, what it counts, who claims it, when and how firmly."""

    metric: str
    value_low: int | None
    value_best: int | None
    value_high: int | None
    unit: str
    claimant: str | None
    speaker: str | None
    qualifier: str
    cue: str
    period_start: date | None
    period_end: date | None
    date_precision: str | None
    sentence_no: int
    sentence: str
    source: str
    value_cue: str = ""


COLUMNS = [f.name for f in fields(Candidate)]
