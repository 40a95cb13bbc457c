"""Triage many articles at once: extract each, compare with the dataset, cluster the copies.

Each article goes through ``extract`` in its own language; each candidate gets its
``status`` against the dataset (``known``), and the same figure carried by several
articles becomes one ``cluster``, with its ``outlets`` earliest first and its ``original``:
the outlet the copies credit, otherwise the earliest one.

A cluster is one claimant's figure for one measure (the same number or range, whatever
the bound word) reported by articles no more than ``CLUSTER_DAYS`` apart from the one
before; a candidate without a claimant joins the one cluster of its figure, if there is
exactly one. The queue lists new clusters first, then revisions, then what is known,
each by its earliest report.

Data quirks:
- Articles are extracted in worker processes (``jobs``) a batch at a time, with a bounded
  number of batches in flight, so memory stays flat however large the corpus; candidates
  wait in a temporary file, not in memory, until the clusters are known.
- An article without a publication date has no periods (nothing to resolve relative dates
  against) and comes after the dated copies of its cluster.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from analysis.intake.extract.article import parse_day
from analysis.intake.extract.candidates import article_claims, candidate_record
from analysis.intake.triage import known, outlets
from analysis.intake.triage.inputs import Item, Unreadable

CLUSTER_DAYS = 14
BATCH = 16  # articles per task sent to a worker
_UNDATED = date(2000, 1, 1)  # extraction needs a day; an undated article's periods are dropped
_PERIODS = ("period_start", "period_end", "date_precision")


@dataclass(frozen=True)
class Triaged:
    """One article extracted: its candidates as text cells, and what triage needs to know."""

    source: str
    outlet: str
    published: date | None
    lang: str
    credited: str  # the outlet its text credits, "" when none
    rows: list[dict[str, str]]
    notes: tuple[str, ...] = ()


def outlet_of(item: Item) -> str:
    """The outlet an article came from: its publisher, else its URL's host, else its source."""
    if item.outlet:
        return outlets.outlet_name(item.outlet)
    host = urlsplit(item.url).hostname if item.url else None
    return host.removeprefix("www.") if host else item.source


def triage_item(item: Item, data_dir: Path | None = None) -> Triaged:
    """Extract one article (in a worker process or here)."""
    found = article_claims(item.text, item.published or _UNDATED, item.source, data_dir, item.lang, item.outlet)
    rows = []
    for c, count in found.candidates:
        row = {**candidate_record(c), "count": str(count)}
        if item.published is None:
            row.update(dict.fromkeys(_PERIODS, ""))
        rows.append(row)
    own = outlet_of(item)
    credit = outlets.credited(item.text, own) or outlets.bracket_credit(item.outlet)
    return Triaged(item.source, own, item.published, found.lang, credit, rows, found.notes)


def _batch(batch: list[Item], data_dir: Path | None) -> list[Triaged | Unreadable]:
    out: list[Triaged | Unreadable] = []
    for item in batch:
        try:
            out.append(triage_item(item, data_dir))
        except (ValueError, RecursionError) as exc:  # an article the extractor cannot read: named, not fatal
            out.append(Unreadable(f"{item.source}: cannot be read ({type(exc).__name__}: {str(exc)[:120]})"))
    return out


def _batches(found: Iterable[Item | Unreadable]) -> Iterator[list[Item] | Unreadable]:
    batch: list[Item] = []
    for x in found:
        if isinstance(x, Unreadable):
            yield x
            continue
        batch.append(x)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def extracted(
    found: Iterable[Item | Unreadable], jobs: int = 1, data_dir: Path | None = None
) -> Iterator[Triaged | Unreadable]:
    """Every article extracted, in input order; ``jobs`` worker processes (1: in this one)."""
    if jobs <= 1:
        for x in _batches(found):
            yield from [x] if isinstance(x, Unreadable) else _batch(x, data_dir)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: list[Future[list[Triaged | Unreadable]] | Unreadable] = []
        try:
            for x in _batches(found):
                pending.append(x if isinstance(x, Unreadable) else pool.submit(_batch, x, data_dir))
                while len(pending) > 4 * jobs:  # a bounded number of batches in flight
                    yield from _done(pending.pop(0))
            while pending:
                yield from _done(pending.pop(0))
        except BaseException:
            for p in pending:
                if isinstance(p, Future):
                    p.cancel()
            raise


def _done(p: Future[list[Triaged | Unreadable]] | Unreadable) -> list[Triaged | Unreadable]:
    return [p] if isinstance(p, Unreadable) else p.result()


# --- the queue ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    offset: int  # where its cells wait in the spool
    article: int
    published: date | None
    key: tuple[str, str, known.Number]  # claimant, metric, figure
    status: str
    claim_id: str
    outlet: str
    credited: str
    cluster: int = -1


@dataclass
class Summary:
    """What a triage run found (the one-line summary)."""

    articles: int = 0
    unreadable: int = 0
    candidates: int = 0
    known: int = 0
    revisions: int = 0
    new_clusters: int = 0
    clusters: int = 0

    def line(self) -> str:
        """ "triage: 120 articles, 310 candidates, 95 known, 12 revisions, 40 new clusters"."""
        bad = f" ({self.unreadable} unreadable)" if self.unreadable else ""
        return (
            f"triage: {self.articles} articles{bad}, {self.candidates} candidates, {self.known} known, "
            f"{self.revisions} revisions, {self.new_clusters} new clusters (of {self.clusters})"
        )


@dataclass
class Queue:
    """The review queue being built: rows in a spool file, clusters in memory."""

    claims: known.Dataset
    spool: IO[str] = field(default_factory=lambda: _spool())
    rows: list[_Row] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)

    def add(self, article: Triaged) -> None:
        """Add one article's candidates."""
        self.summary.articles += 1
        for cells in article.rows:
            claimant, metric = cells["claimant"], cells["metric"]
            values = [int(cells[k]) if cells[k] else None for k in ("value_low", "value_best", "value_high")]
            figure = known.number(*values)
            state, claim_id = known.status(
                self.claims,
                claimant,
                metric,
                figure,
                article.published,
                cells.get("speaker", ""),
                parse_day(cells.get("period_end", "")),
                parse_day(cells.get("period_start", "")),
            )
            cells = {**cells, "lang": article.lang, "published": _iso(article.published), "outlet": article.outlet}
            offset = self.spool.tell()
            self.spool.write(json.dumps(cells, ensure_ascii=False) + "\n")
            key = (sys.intern(claimant), sys.intern(metric), figure)  # shared strings: memory stays small
            self.rows.append(
                _Row(
                    offset,
                    self.summary.articles,
                    article.published,
                    key,
                    sys.intern(state),
                    sys.intern(claim_id),
                    sys.intern(article.outlet),
                    sys.intern(article.credited),
                )
            )
            self.summary.candidates += 1
            self.summary.known += state == "known"
            self.summary.revisions += state == "revision"

    def finish(self) -> Iterator[dict[str, str]]:
        """The queue's rows, new clusters first, each with its cluster's columns."""
        clusters = _clusters(self.rows)
        info = [_cluster_info(rows) for rows in clusters]
        rank = {"new": 0, "revision": 1, "known": 2}
        order = sorted(range(len(clusters)), key=lambda i: (info[i][0], info[i][1], i))
        self.summary.clusters = len(clusters)
        self.summary.new_clusters = sum(1 for i in order if info[i][0] == rank["new"])
        for number, i in enumerate(order, start=1):
            _, _, listed, original = info[i]
            for row in sorted(clusters[i], key=lambda r: (r.published or date.max, r.article)):
                self.spool.seek(row.offset)
                cells = json.loads(self.spool.readline())
                cells.update(
                    status=row.status,
                    claim_id=row.claim_id,
                    cluster=f"K{number:04d}",
                    outlets=listed,
                    original=original,
                )
                yield cells
        self.spool.close()


def _spool() -> IO[str]:
    """The temporary file the queue's rows wait in (closed by ``Queue.finish``)."""
    return tempfile.TemporaryFile("w+", encoding="utf-8")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _clusters(rows: list[_Row]) -> list[list[_Row]]:
    by_key: dict[tuple[str, str, known.Number], list[_Row]] = {}
    for row in rows:
        by_key.setdefault(row.key, []).append(row)
    # a figure without a claimant joins the one claimant who gives it, if there is one
    claimed: dict[tuple[str, known.Number], list[tuple[str, str, known.Number]]] = {}
    for key in by_key:
        if key[0]:
            claimed.setdefault((key[1], key[2]), []).append(key)
    for key in [k for k in by_key if not k[0]]:
        owners = claimed.get((key[1], key[2]), [])
        if len(owners) == 1:
            by_key[owners[0]] += by_key.pop(key)
    out: list[list[_Row]] = []
    for group in by_key.values():
        group.sort(key=lambda r: (r.published or date.max, r.article))
        current: list[_Row] = []
        last: date | None = None
        for row in group:
            if (
                current
                and row.published is not None
                and last is not None
                and (row.published - last).days > CLUSTER_DAYS
            ):
                out.append(current)
                current = []
            current.append(row)
            last = row.published or last
        out.append(current)
    return out


def _cluster_info(rows: list[_Row]) -> tuple[int, date, str, str]:
    """(rank by status, earliest report, outlets earliest first, the original outlet)."""
    states = {r.status for r in rows}
    rank = 0 if "new" in states else 1 if "revision" in states else 2
    earliest = min((r.published for r in rows if r.published), default=date.max)
    ordered = sorted(rows, key=lambda r: (r.published or date.max, r.article))
    listed = list(dict.fromkeys(r.outlet for r in ordered if r.outlet))
    credits = Counter(r.credited for r in ordered if r.credited)
    if credits:
        top = max(credits.values())
        original = next(r.credited for r in ordered if credits.get(r.credited) == top)
    else:
        original = listed[0] if listed else ""
    return rank, earliest, "; ".join(listed), original
