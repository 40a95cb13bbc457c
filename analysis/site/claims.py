"""Claim pages (``claims/C0102.html``), the list of claims, and the claims' search index.

A claim's page shows everything the dataset holds about it: the figure with its bounds, the
claimant and speaker, the hedge and its cue, the period at its precision, the day it was
reported, the source it was first published in (first-hand or a retelling) and the further
outlets, the exact sentence for shipped texts, what it supersedes and what superseded it, the
briefs of the archive that show it and its story across the dataset's versions. The page
carries the same as schema.org ``Claim`` JSON-LD, for fact-checking tools.

A claim withdrawn from the dataset keeps its page: its last recorded row, marked withdrawn,
so a link to it never breaks.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from analysis.data import schema
from analysis.measures import words
from analysis.site import records
from analysis.site.history import History
from analysis.site.links import claim_page
from analysis.site.records import Records, Row
from analysis.site.render import Renderer, json_ld

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class Shown:
    """One brief that shows a claim."""

    report: str
    title: str
    as_of: str
    href: str  # the brief's address in the site


def shown_by_claim(shown: list[tuple[str, Shown]]) -> dict[str, list[dict[str, Any]]]:
    """``{claim id: groups}``: per report, the briefs showing the claim, oldest first."""
    by_claim: dict[str, dict[str, list[Shown]]] = defaultdict(lambda: defaultdict(list))
    for claim_id, brief in shown:
        by_claim[claim_id][brief.report].append(brief)
    groups = {}
    for claim_id, reports in by_claim.items():
        groups[claim_id] = [
            {"title": items[0].title, "count": len(items), "first": items[0], "last": items[-1], "briefs": items}
            for items in (sorted(v, key=lambda b: b.as_of) for v in reports.values())
        ]
    return groups


def vocabulary_meaning(records_: Records, column: str, value: str) -> str:
    """What a vocabulary value means, from the schema ('estimated' -> 'the claimant gives it as ...')."""
    field = next((f for f in schema.table("claims", records_.package).fields if f.name == column), None)
    return (field.vocabulary or {}).get(value, "") if field else ""


def context(records_: Records, row: Row) -> dict[str, Any]:
    """The values a claim's page shows, worded."""
    b = records.bounds(row)
    reported = row.get("reported_on", "")[:10]
    return {
        **row,
        "figure": b.words(),
        "kind_words": {"floor": "a floor", "ceiling": "a ceiling", "range": "a range", "point": ""}.get(b.kind, ""),
        "low": _grouped(row.get("value_low", "")),
        "best": _grouped(row.get("value_best", "")),
        "high": _grouped(row.get("value_high", "")),
        "hedge": words.hedge(row.get("qualifier") or None, row.get("cue") or None),
        "period": records.period(row),
        "reported_day": records.at_precision(reported, "day"),
        "source": records_.source(row.get("source_id", "")),
        "qualifier_meaning": vocabulary_meaning(records_, "qualifier", row.get("qualifier", "")),
        "basis_meaning": vocabulary_meaning(records_, "basis", row.get("basis", "")),
        "confidence_meaning": vocabulary_meaning(records_, "confidence", row.get("confidence", "")),
    }


def _grouped(text: str) -> str:
    return f"{int(text):,}" if text.strip().isdigit() else ""


def claim_json_ld(records_: Records, row: Row, base_url: str, page: str) -> dict[str, Any]:
    """schema.org ``Claim`` for one claim: its text, author, date, first appearance and appearances."""

    def work(source: Row) -> dict[str, Any]:
        found: dict[str, Any] = {"@type": "CreativeWork", "name": source.get("title") or source.get("publisher", "")}
        if source.get("url"):
            found["url"] = source["url"]
        if source.get("publisher"):
            found["publisher"] = {"@type": "Organization", "name": source["publisher"]}
        if source.get("published"):
            found["datePublished"] = source["published"]
        if source.get("language"):
            found["inLanguage"] = source["language"]
        return found

    source = records_.source(row.get("source_id", ""))
    further = [work(records_.source(o["source_id"])) for o in records_.outlets.get(row["claim_id"], [])]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "identifier": row["claim_id"],
        "name": records_.title(row),
        "text": row.get("paraphrase") or row.get("sentence") or records_.title(row),
        "author": {"@type": "Organization", "name": row.get("claimant", "")},
        "dateCreated": row.get("reported_on", "")[:10],
        "about": records_.labels.get(row["metric"], row["metric"]),
        "firstAppearance": work(source),
        "appearance": [work(source), *further],
        "isPartOf": {"@type": "Dataset", "name": "nk-russia-analysis dataset", "version": records_.version},
        "license": LICENCE_URL,
    }
    if row.get("speaker"):
        data["contributor"] = {"@type": "Person", "name": row["speaker"]}
    if row.get("period_start") and row.get("period_end"):
        data["temporalCoverage"] = f"{row['period_start'][:10]}/{row['period_end'][:10]}"
    if base_url:
        data["url"] = data["@id"] = base_url + page
    return data


def write_claim_pages(
    render: Renderer, write: Any, records_: Records, history: History, shown: dict[str, list[dict[str, Any]]]
) -> list[str]:
    """Every claim's page, the withdrawn ones too; returns their addresses."""
    pages = []
    withdrawn = {cid: v for cid, v in history.withdrawn().items() if cid not in records_.claims}
    blank = dict.fromkeys(schema.table("claims", records_.package).columns, "")  # an old row may lack newer columns
    old = {cid: {**blank, **history.last_rows[cid]} for cid in withdrawn if cid in history.last_rows}
    rows = {**old, **records_.claims}
    for cid, row in sorted(rows.items()):
        page = claim_page(cid)
        later = records_.superseded_by.get(cid, [])
        earlier = records_.claims.get(row.get("supersedes", ""))
        html = render.page(
            page,
            "claim.html.j2",
            title=f"Claim {cid}: {records_.title(row)}",
            description=f"{records_.title(row)}: who said it, when, how firmly and where it was published.",
            c=context(records_, row),
            withdrawn=withdrawn.get(cid),
            outlets=[{**o, "source": records_.source(o["source_id"])} for o in records_.outlets.get(cid, [])],
            supersedes_title=records_.title(earlier) if earlier else "",
            superseded_by=[{"id": s, "title": records_.title(records_.claims[s])} for s in later],
            story=history.story(cid),
            shown=shown.get(cid, []),
            jsonld=json_ld(claim_json_ld(records_, row, render.site.base_url, page)),
        )
        write.page(page, html)
        pages.append(page)
    return pages


def table_rows(records_: Records, rows: list[Row]) -> list[dict[str, Any]]:
    """Claims as the rows of a claims table."""
    return [
        {
            **r,
            "figure": records.figure(r),
            "hedge": words.hedge(r.get("qualifier") or None, r.get("cue") or None),
            "source": records_.source(r.get("source_id", "")),
        }
        for r in rows
    ]


def write_claims_index(render: Renderer, write: Any, records_: Records, history: History) -> None:
    """``claims/index.html``: every claim, by measure."""
    groups = [
        {"metric": m, "label": records_.labels[m], "rows": table_rows(records_, records_.claims_of(metric=m))}
        for m in records_.metrics
    ]
    withdrawn = [{"id": c, "version": v} for c, v in sorted(history.withdrawn().items()) if c not in records_.claims]
    write.page(
        "claims/index.html",
        render.page(
            "claims/index.html",
            "claims.html.j2",
            title="Every claim, by measure",
            description=f"All {len(records_.claims)} claims of the dataset, by measure, each linked to its own page.",
            groups=groups,
            total=len(records_.claims),
            withdrawn=withdrawn,
        ),
    )


def search_index(records_: Records) -> list[dict[str, str]]:
    """The search page's index: per claim its id, title, one line and every searchable word."""
    entries = []
    for cid, r in records_.claims.items():
        source = records_.source(r.get("source_id", ""))
        numbers = " ".join(r.get(f"value_{k}", "") for k in ("low", "best", "high"))
        text = " ".join(
            [
                cid,
                records.figure(r),
                numbers,
                records_.labels.get(r["metric"], r["metric"]),
                r["metric"].replace("_", " "),
                r.get("claimant", ""),
                r.get("speaker", ""),
                r.get("qualifier", ""),
                r.get("cue", ""),
                r.get("value_cue", ""),
                r.get("paraphrase", ""),
                r.get("sentence", ""),
                source.get("publisher", ""),
                r.get("reported_on", ""),
            ]
        )
        hedge = words.hedge(r.get("qualifier") or None, r.get("cue") or None)
        line = "; ".join(p for p in (hedge, r.get("speaker", ""), source.get("publisher", "")) if p)
        entries.append({"id": cid, "title": records_.title(r), "line": line, "url": claim_page(cid), "text": text})
    return entries
