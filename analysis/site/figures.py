"""A page per measure and per claimant: every claim over time as a chart of ranges, and the table.

Charts are drawn by ``analysis.present.charts`` (one style, ranges drawn as ranges, a floor
as a floor) from ``analysis.measures.estimates.history_rows``, as PNG files beside the page.
A chart's file name ends with a digest of what it is drawn from (the columns of its rows it
draws, ``DRAWN``; its titles; the code and matplotlib's version), so a chart whose inputs did
not change is not drawn again, and a browser or a cache never shows an old chart under a new
page. The alt text is written from
the same rows: how many claims by how many claimants over which days, the newest and the
highest figure.

Data quirks: figures about part of the whole (``scope`` part, e.g. one week) and plans are
listed in the table but left out of the chart, as in the briefs; a measure or claimant with
nothing to draw gets no chart, and says so.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis.measures import words
from analysis.measures.estimates import history_rows
from analysis.site import claims as claim_pages
from analysis.site import records
from analysis.site.records import Records, Row
from analysis.site.render import Renderer

PANEL_COLUMNS = 2  # claimant pages: measures side by side
# what a chart of ranges is drawn from (the rest of a claim, its words and sources, is not on it)
DRAWN = ("claim_id", "claimant", "metric", "reported_on", "period_start", "period_end", "value_low", "value_best",
         "value_high", "span_low", "span_high", "point", "kind", "basis", "qualifier", "unit")  # fmt: skip
EMPTY = pd.DataFrame(columns=["claimant", "reported_on", "claim_id", "span_high", "point"])


def _charts() -> Any:
    """``analysis.present.charts``, imported only when a chart is drawn (matplotlib takes a second to start)."""
    from analysis.present import charts

    return charts


def histories(claims: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every measure's history (``history_rows``: one row per claim, with the ends a chart draws).

    Each row's span depends on that row alone, so a claimant's history is its rows of these:
    computed once for every page.
    """
    every = history_rows(claims, None, None, None)
    return {str(m): part.reset_index(drop=True) for m, part in every.groupby("metric", observed=True)}


@dataclass(frozen=True)
class Chart:
    """A chart on a page: its file, its size and its words."""

    src: str
    alt: str
    caption: str
    width: int
    height: int


def _digest(history: pd.DataFrame, *words_: str, code: str) -> str:
    import matplotlib

    rows = history[[c for c in DRAWN if c in history.columns]].to_csv(index=False)
    key = {"rows": rows, "words": words_, "code": code, "matplotlib": matplotlib.__version__}
    return hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()[:16]


def alt_text(history: pd.DataFrame, what: str) -> str:
    """The chart in words: its claims, claimants and days, the newest and the highest figure."""
    if history.empty:
        return f"No figures to draw for {what}."
    first, last = history["reported_on"].min(), history["reported_on"].max()
    newest = history.sort_values(["reported_on", "claim_id"]).iloc[-1]
    tops = history["span_high"].astype(float).fillna(history["point"].astype(float))
    high = history.iloc[int(tops.to_numpy().argmax())]

    def said(r: pd.Series) -> str:
        return f"{records.figure(_text_row(r))} by {r['claimant']} on {words.day(r['reported_on'])} ({r['claim_id']})"

    return (
        f"Chart of {words.count(len(history), 'claim')} about {what} by "
        f"{words.count(history['claimant'].nunique(), 'claimant')}, from {words.day(first)} to {words.day(last)}, "
        f"each drawn as its range. Newest: {said(newest)}. Highest: {said(high)}."
    )


def _text_row(r: pd.Series) -> Row:
    return {k: "" if pd.isna(r[k]) else str(int(r[k])) for k in ("value_low", "value_best", "value_high")}


def _save(write: Any, rel: str, fig: Any) -> tuple[int, int]:
    from analysis.present.charts import png_bytes

    width, height = (round(v) for v in fig.get_size_inches() * fig.dpi)
    write.file(rel, png_bytes(fig))
    return width, height


def chart_file(
    write: Any, stem: str, history: pd.DataFrame, draw: Any, words_: tuple[str, ...], code: str
) -> tuple[str, int, int]:
    """The chart's file (drawn only if no file of that digest exists); its address and pixel size."""
    rel = f"{stem}-{_digest(history, *words_, code=code)}.png"
    if write.exists(rel):
        head = (write.out / rel).read_bytes()[:24]
        if head[:8] == b"\x89PNG\r\n\x1a\n":  # the IHDR chunk holds width and height
            write.keep(rel)
            return rel, int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    width, height = _save(write, rel, draw())
    return rel, width, height


def source_line(records_: Records) -> str:
    """What every chart cites: the dataset and its version.

    Not the day of the newest claim, as a brief's charts say: a site's chart shows every claim
    of its measure, and a new claim of another measure must not redraw it (the page's text
    gives the dates of its claims).
    """
    return f"nk-russia dataset v{records_.version}"


def write_measure_pages(
    render: Renderer, write: Any, records_: Records, drawn: dict[str, pd.DataFrame], code: str
) -> list[dict[str, Any]]:
    """``measures/<metric>.html`` for every measure; returns the index's items."""
    items, line = [], source_line(records_)
    for metric in records_.metrics:
        rows = records_.claims_of(metric=metric)
        label, page = records_.labels[metric], f"measures/{metric}.html"
        unit = rows[0].get("unit", "") if rows else ""
        history = drawn.get(metric, EMPTY)
        title = f"{label}, as claimed"
        found = []
        if not history.empty:
            src, w, h = chart_file(
                write,
                f"measures/{metric}",
                history,
                lambda h=history, t=title, u=unit: _charts().estimate_chart(h, t, u, line),
                (title, unit, line),
                code,
            )
            caption = (
                "Each claim drawn as the range it supports: a bar for a range, ▲ more than, ▼ up to, a dot a figure."
            )
            found.append(Chart(src, alt_text(history, label.lower()), caption + _left_out(rows, history), w, h))
        summary = _summary(rows, records_, f"about {label.lower()}")
        heading = f"{label}: every claim over time"
        about = f"Every claim about {label.lower()} over time, by claimant, as ranges, with its sources."
        _figure_page(render, write, page, heading, about, summary, found, rows, records_, "measures")
        items.append(_item(label, page, rows))
    return items


def write_claimant_pages(
    render: Renderer, write: Any, records_: Records, drawn: dict[str, pd.DataFrame], code: str
) -> list[dict[str, Any]]:
    """``claimants/<slug>.html`` for everyone who gave a claim; returns the index's items."""
    items, line = [], source_line(records_)
    split = {
        (metric, str(who)): part.reset_index(drop=True)
        for metric, history in drawn.items()
        for who, part in history.groupby(history["claimant"].astype(str))
    }
    for name in records_.claimants:
        rows = records_.claims_of(claimant=name)
        slug = records_.claimant_slugs[name]
        page = f"claimants/{slug}.html"
        panels = []
        for metric in records_.metrics:
            history = split.get((metric, name), EMPTY)
            if not history.empty:
                unit = next((r.get("unit", "") for r in rows if r["metric"] == metric), "")
                panels.append((records_.labels[metric], unit, history))
        found = []
        if panels:
            title = f"Figures given by {name}, by measure"
            every = pd.concat([h for _, _, h in panels], ignore_index=True)
            src, w, h = chart_file(
                write,
                f"claimants/{slug}",
                every,
                lambda p=panels, t=title, n=name: _charts().estimate_panels(
                    p, t, line, claimants=[n], columns=PANEL_COLUMNS
                ),
                (title, line, *(f"{t}|{u}" for t, u, _ in panels)),
                code,
            )
            caption = f"One panel per measure ({len(panels)}), each claim drawn as the range it supports."
            found.append(Chart(src, alt_text(every, f"{len(panels)} measures"), caption + _left_out(rows, every), w, h))
        about = f"Every figure {name} gave on North Korea's support to Russia, with its sources."
        summary = _summary(rows, records_, f"by {name}")
        _figure_page(render, write, page, f"{name}: every claim", about, summary, found, rows, records_, "claimants")
        items.append(_item(name, page, rows))
    return items


def _figure_page(
    render: Renderer,
    write: Any,
    page: str,
    heading: str,
    about: str,
    summary: str,
    found: list[Chart],
    rows: list[Row],
    records_: Records,
    kind: str,
) -> None:
    """A measure's or a claimant's page (``kind``: measures or claimants) and the CSV of its claims."""
    csv_href = page.removesuffix(".html") + ".csv"
    write.page(
        page,
        render.page(
            page,
            "measure.html.j2",
            title=heading,
            description=about,
            heading=heading,
            summary=summary,
            charts=found,
            rows=claim_pages.table_rows(records_, list(reversed(rows))),
            show_metric=kind == "claimants",
            show_claimant=kind == "measures",
            csv_href=csv_href,
            index_href=f"{kind}/index.html",
            index_title=kind.capitalize(),
        ),
    )
    write.file(csv_href, _csv(rows))


def _left_out(rows: list[Row], drawn: pd.DataFrame) -> str:
    """' 2 claims about part of the whole (one week, one unit) are in the table, not drawn.' or ''."""
    left = len(rows) - len(drawn)
    return (
        f" {words.count(left, 'claim').capitalize()} about part of the whole (one week, one unit): in the table only."
        if left
        else ""
    )


def _summary(rows: list[Row], records_: Records, what: str) -> str:
    if not rows:
        return f"No claims {what}."
    first, newest = rows[0], rows[-1]
    who = {r["claimant"] for r in rows}
    return (
        f"{words.count(len(rows), 'claim').capitalize()} {what} from {words.count(len(who), 'claimant')}, "
        f"reported from {first['reported_on'][:10]} to {newest['reported_on'][:10]}. The newest: "
        f"{records_.title(newest)} [{newest['claim_id']}]. Newest first below."
    )


def _item(name: str, page: str, rows: list[Row]) -> dict[str, Any]:
    newest = rows[-1] if rows else {}
    return {
        "name": name,
        "href": page,
        "count": len(rows),
        "first": rows[0]["reported_on"][:10] if rows else "",
        "newest": f"{newest.get('reported_on', '')[:10]} ({records.figure(newest)})" if rows else "",
    }


def _csv(rows: list[Row]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def write_index(
    render: Renderer, write: Any, page: str, heading: str, intro: str, first: str, items: list[Any]
) -> None:
    """``measures/index.html`` or ``claimants/index.html``."""
    write.page(
        page,
        render.page(
            page,
            "index_list.html.j2",
            title=heading,
            description=intro,
            heading=heading,
            intro=intro,
            first_column=first,
            items=items,
        ),
    )
