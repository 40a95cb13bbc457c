"""The dataset as the site's pages read it: text rows of the clean tables, indexed, with the words a reader sees.

Pages show what the tables say, cell for cell; the few things worded here (a figure with its
bounds, a hedge, a date at its precision) come from the measures layer, so a claim reads the
same on its page as in a brief.

Data quirks: ``events.actors`` lists several names separated by ``;``; a claim's further
outlets are the ``claim_sources`` rows; ``supersedes`` points back, so "superseded by" is the
reverse index built here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from analysis import paths
from analysis.data import schema
from analysis.files import read_csv_rows
from analysis.measures import words
from analysis.measures.bounds import Bounds
from analysis.site.links import slugs

Row = dict[str, str]


def _number(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def bounds(row: Row) -> Bounds:
    """A claim's (or a transfer's) figure as a range whose ends keep their kind."""
    low, best, high = (row.get(f"value_{k}") or row.get(f"quantity_{k}") or "" for k in ("low", "best", "high"))
    return Bounds.of_claim(_number(low), _number(best), _number(high))


def figure(row: Row) -> str:
    """'6,000', 'more than 14,000', 'up to 7,000', '11,000 to 12,000'."""
    return bounds(row).words()


def at_precision(day: str, precision: str) -> str:
    """A date as precisely as it is known: '12 February 2026', 'February 2026', '2026'."""
    if not day:
        return ""
    found = date.fromisoformat(day[:10])
    if precision == "year":
        return f"{found:%Y}"
    if precision == "month":
        return f"{found:%B %Y}"
    return words.day(found)


def period(row: Row) -> str:
    """The period a claim's figure covers, at its precision: 'September 2023 to 13 October 2023'."""
    start, end, prec = row.get("period_start", ""), row.get("period_end", ""), row.get("date_precision", "") or "day"
    first, last = at_precision(start, prec), at_precision(end, prec)
    if first and last and first != last:
        return f"{first} to {last}"
    return first or last


@dataclass
class Records:
    """Every clean table as text rows, with the indexes the pages need."""

    data_dir: Path = field(default_factory=lambda: paths.DATA_DIR)

    def __post_init__(self) -> None:
        clean = paths.clean_dir(self.data_dir)
        self.tables = {p.stem: read_csv_rows(p) for p in sorted(clean.glob("*.csv"))}
        self.package = paths.datapackage_path(self.data_dir)
        self.claims = {r["claim_id"]: r for r in sorted(self.tables.get("claims", []), key=lambda r: r["claim_id"])}
        self.sources = {r["source_id"]: r for r in self.tables.get("sources", [])}
        self.actors = {r["actor_id"]: r for r in self.tables.get("actors", [])}
        self.outlets: dict[str, list[Row]] = defaultdict(list)
        for r in self.tables.get("claim_sources", []):
            self.outlets[r["claim_id"]].append(r)
        self.superseded_by: dict[str, list[str]] = defaultdict(list)
        for cid, r in self.claims.items():
            if r.get("supersedes"):
                self.superseded_by[r["supersedes"]].append(cid)

    @cached_property
    def version(self) -> str:
        """The dataset version (``datapackage.json``)."""
        return schema.version(self.package)

    @cached_property
    def labels(self) -> dict[str, str]:
        """A reader's name for every measure."""
        return {m: schema.label(m, self.package) for m in self.metrics}

    @cached_property
    def metrics(self) -> list[str]:
        """The measures claims are about, in the schema's order."""
        used = {r["metric"] for r in self.claims.values()}
        return [m for m in schema.vocabulary("claims", "metric", self.package) if m in used]

    @cached_property
    def claimants(self) -> list[str]:
        """Everyone who gave a claim, by name."""
        return sorted({r["claimant"] for r in self.claims.values()})

    @cached_property
    def claimant_slugs(self) -> dict[str, str]:
        """The file name of each claimant's page."""
        return slugs(self.claimants)

    def source(self, source_id: str) -> Row:
        """A source row (an empty one for an unknown id)."""
        return self.sources.get(source_id, {"source_id": source_id})

    def claims_of(self, *, metric: str | None = None, claimant: str | None = None) -> list[Row]:
        """Claims about one measure or by one claimant, oldest first."""
        rows = [
            r
            for r in self.claims.values()
            if (metric is None or r["metric"] == metric) and (claimant is None or r["claimant"] == claimant)
        ]
        return sorted(rows, key=lambda r: (r["reported_on"], r["claim_id"]))

    def title(self, row: Row) -> str:
        """'Killed or wounded: 6,000 (South Korea NIS, 12 February 2026)'."""
        when = words.day(date.fromisoformat(row["reported_on"][:10])) if row.get("reported_on") else ""
        who = ", ".join(p for p in (row.get("claimant", ""), when) if p)
        return f"{self.labels.get(row['metric'], row['metric'])}: {figure(row)} ({who})"
