"""What a run of the reports says in one line of the archive: its headline figures and what changed.

A report shows ``run_summary(brief, since=...)`` once, in a cell tagged ``run-summary``; the page
leaves that cell out, and the archive index reads it from the executed notebook, so the index
gives each run's troops sent, newest casualty estimate and newest figure for artillery rounds,
and counts what changed exactly as the brief counted it (the same claims, since the same day).

The summary is plain JSON under ``MIME`` (``application/vnd.nkr.summary+json``): ``as_of``,
``since`` (or null), ``new_claims``, ``by_measure`` (label and count, most first) and ``figures``
(label, figure, claimant, reported_on, claim_ids), every figure as the brief words it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pandas as pd

from analysis.measures import words
from analysis.measures.brief import Brief
from analysis.measures.estimates import CASUALTY_METRIC, deployed_total, latest_estimate
from analysis.measures.headlines import WEAPONS_LEAD, changes_since

MIME = "application/vnd.nkr.summary+json"
FIGURES = (("troops", "Troops sent"), ("losses", "Killed or wounded, newest estimate"), ("shells", "Artillery rounds"))


class RunSummary:
    """The summary as a display: JSON for the archive, one plain line for a reader of the notebook."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, Any]:
        return {MIME: self.data, "text/plain": self.line()}

    def line(self) -> str:
        """'Troops sent: more than 14,000 (South Korea, 14 February 2026); ...; 1 new claim since ...'."""
        shown = [f"{f['label']}: {f['figure']} ({f['claimant']}, {f['said_on']})" for f in self.data["figures"]]
        return "; ".join([*shown, self.data["changed"]])


def _figure(key: str, label: str, est: Any) -> dict[str, Any]:
    return {
        "key": key,
        "label": label,
        "figure": est.figure(),
        "claimant": words.listing(est.claimants),
        "reported_on": est.reported_on.isoformat() if est.reported_on else None,
        "said_on": words.day(est.reported_on) if est.reported_on else "",
        "claim_ids": list(est.claim_ids),
    }


def changed_text(new: int, by_measure: list[tuple[str, int]], since: dt.date | None) -> str:
    """'3 new claims since 9 February 2026: troops in Russia now (2), killed' or 'no new claims since ...'."""
    if since is None:
        return f"{words.count(new, 'claim')} so far"
    when = words.day(since)
    if not new:
        return f"no new claims since {when}"
    named = [f"{m[:1].lower() + m[1:]}{f' ({n})' if n > 1 else ''}" for m, n in by_measure]
    return f"{words.count(new, 'new claim')} since {when}: {words.listing(named)}"


def run_summary(brief: Brief, since: dt.date | None = None) -> RunSummary:
    """The run's line in the archive, from the brief's claims up to its day (see the module notes)."""
    claims, who, day = brief.claims, brief.claimants, brief.as_of
    found = {
        "troops": deployed_total(day, claimants=who, claims=claims),
        "losses": latest_estimate(CASUALTY_METRIC, as_of=day, claimants=who, claims=claims),
        "shells": latest_estimate(WEAPONS_LEAD, as_of=day, claimants=who, claims=claims),
    }
    figures = [_figure(key, label, found[key]) for key, label in FIGURES if found[key] is not None]
    new = changes_since(since=since, as_of=day, claimants=who, claims=claims) if since else pd.DataFrame()
    counts = new["what"].value_counts(sort=True) if len(new) else pd.Series(dtype=int)
    by_measure = sorted(((str(m), int(n)) for m, n in counts.items()), key=lambda mn: (-mn[1], mn[0]))
    count = len(new) if since else len(brief.selected)
    data = {
        "as_of": day.isoformat(),
        "since": since.isoformat() if since else None,
        "new_claims": count,
        "by_measure": by_measure,
        "changed": changed_text(count, by_measure, since),
        "figures": figures,
    }
    json.dumps(data)  # plain JSON, or fail here rather than in the archive
    return RunSummary(data)


__all__ = ["FIGURES", "MIME", "RunSummary", "changed_text", "run_summary"]
