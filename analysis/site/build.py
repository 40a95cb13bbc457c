"""Building the site: run (or reuse) the archive's reports, then write every page that changed.

``build_site(out, runs=..., start=..., end=..., every=...)`` plans every report of the
registry for every week (or month) of the archive, passes ``claim_pages`` to the notebooks
that declare it (so a brief links each claim id to its page in the site), and runs them with
``analysis.reports.run_plans`` into the runs folder (default ``reports/site``): a report whose
fingerprint is unchanged is reused, so a second build starts no kernel. It then writes the
site into ``out`` (default ``site/``) through ``SiteWriter``, which leaves every file whose
bytes did not change alone.

Layout of the site: ``index.html`` (the newest situation report's bottom line, every report
of that day), ``archive.html``, ``runs/<as_of>/`` (each run's briefs and its page),
``claims/<id>.html`` and ``claims/index.html``, ``measures/``, ``claimants/``, ``data/``
(CSV, SQLite, ``datapackage.json``, the codebook, the versions), ``methods.html``,
``search.html``, ``feeds/briefs.xml`` and ``feeds/claims.xml``, ``sitemap.xml``, ``404.html``,
``robots.txt``, the favicon and one stylesheet.

A failed report leaves the site with what was published before for that day (or without that
day); the result says which failed.
"""

from __future__ import annotations

import functools
import hashlib
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from analysis import paths
from analysis.data.facts import DatasetFacts
from analysis.errors import UsageError, shorten
from analysis.files import locked, sha256_file
from analysis.measures import words
from analysis.reports import fingerprint, plan_reports, run_plans
from analysis.reports.pool import Result, Task
from analysis.reports.registry import Registry, load_registry
from analysis.reports.runner import DEFAULT_TIMEOUT, RunResult, check_options
from analysis.site import archive, claims, downloads, feeds, figures, history, runs
from analysis.site.records import Records
from analysis.site.render import STATIC, Common, Renderer, json_ld
from analysis.site.writer import Cache, Counts, SiteWriter, check_out

NAME = "North Korea's military support to Russia"
TAGLINE = (
    "A cited record of what governments, intelligence services and officials have said about North Korean troops, "
    "losses and weapons in Russia's war against Ukraine: every figure a claim by someone, with its date and source."
)
CLAIM_PAGES = "../../claims/"  # from a brief at runs/<as_of>/<report>.html to claims/<id>.html
CACHE = ".site-cache.json"


@dataclass
class SiteResult:
    """What a build did: the runs (re-run or reused), the files written or kept, the time taken."""

    out: Path
    runs: list[RunResult]
    counts: Counts
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def reran(self) -> int:
        """Reports run by this build."""
        return sum(len(r.manifest.reports) - len(r.reused) for r in self.runs if r.ok) + sum(
            len(r.failures) for r in self.runs if not r.ok
        )

    @property
    def reused(self) -> int:
        """Reports kept from an earlier run: made from what they would be made from now."""
        return sum(len(r.reused) for r in self.runs)

    @property
    def failed(self) -> list[RunResult]:
        """The days whose run failed (the site keeps what was published before)."""
        return [r for r in self.runs if not r.ok]


def check_base_url(value: str | None) -> str:
    """``--base-url`` as ``https://host/path/`` (ending with '/'), '' for none, or ``UsageError``."""
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment or " " in value:
        raise UsageError(
            f"--base-url {shorten(value)}: expected the site's address, e.g. https://example.org/nk-russia/"
        )
    return value if value.endswith("/") else value + "/"


def claim_page_params(registry: Registry) -> dict[str, str]:
    """``claim_pages`` for every report whose notebook declares it (papermill reads its parameters cell).

    A brief then links each claim id to ``claims/<id>.html`` in the site; a notebook without the
    parameter is run as it is, and its claim ids are linked from its run's page.
    """
    return {f"{n}.claim_pages": CLAIM_PAGES for n, r in registry.reports.items() if "claim_pages" in r.parameters}


def site_code() -> str:
    """A digest of every file of the package (the site layer too): what pages and charts are made by."""
    site = sorted(p for p in Path(__file__).parent.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    own = hashlib.sha256("".join(sha256_file(p) for p in site).encode()).hexdigest()
    return hashlib.sha256((fingerprint.code_digest() + own).encode()).hexdigest()


def build_site(
    out: Path | str | None = None,
    *,
    runs_dir: Path | str | None = None,
    start: str | None = None,
    end: str | None = None,
    every: str | None = None,
    jobs: int | str | None = None,
    timeout: float | str = DEFAULT_TIMEOUT,
    base_url: str | None = None,
    rerun: bool = False,
    wait: bool = True,
    progress: Callable[[Task, Result], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> SiteResult:
    """Build the site (see the module notes); ``UsageError`` for a bad option, before anything runs."""
    t0 = time.monotonic()
    problems = []
    for check in (
        lambda: check_out(Path(out or paths.PROJECT_ROOT / "site")),
        lambda: check_base_url(base_url),
        lambda: check_options(runs_dir or paths.REPORTS_DIR / "site", jobs, timeout, "--runs"),
    ):
        try:
            check()
        except UsageError as exc:
            problems += exc.problems
    if problems:
        raise UsageError(problems)
    site_dir = check_out(Path(out or paths.PROJECT_ROOT / "site"))
    work, checked_jobs, checked_timeout = check_options(runs_dir or paths.REPORTS_DIR / "site", jobs, timeout, "--runs")
    base = check_base_url(base_url)
    registry, facts = load_registry(), DatasetFacts()
    params = claim_page_params(registry)
    plans = plan_reports(
        all_reports=True, start=start, end=end, every=every or "week", params=params, registry=registry, facts=facts
    )
    seconds = {"plan": time.monotonic() - t0}
    t1 = time.monotonic()
    results = run_plans(
        plans,
        out=work,
        jobs=checked_jobs,
        timeout=checked_timeout,
        wait=wait,
        progress=progress,
        on_wait=on_wait,
        facts=facts,
        reuse=not rerun,
        option="--runs",
    )
    seconds["runs"] = time.monotonic() - t1
    t2 = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    with locked(work / ".site.lock", None if wait else 0, on_wait):
        counts = write_pages(site_dir, work, [p.as_of for p in plans], base)
    seconds["pages"] = time.monotonic() - t2
    seconds["total"] = time.monotonic() - t0
    return SiteResult(site_dir, results, counts, seconds)


def write_pages(out: Path, work: Path, days: list[str], base_url: str = "") -> Counts:
    """Every page of the site from the published runs of ``days`` in ``work`` and the dataset."""
    from analysis.data.tables import load

    records_ = Records()
    story = history.read_history(records_.version, history.current_claim_rows(records_.data_dir))
    cache = Cache(work / CACHE)
    write = SiteWriter(out, cache)
    cite = downloads.citation(records_.version)
    pages_of = {n: f"claimants/{s}.html" for n, s in records_.claimant_slugs.items()}
    common = Common(NAME, TAGLINE, records_.version, cite["short"], records_.labels, pages_of, base_url)
    render = Renderer(common)
    published = runs.published(work, days)
    ever = set(records_.claims) | set(story.last_rows)
    shown = {
        (run.as_of, name): [
            c
            for c in cache.remember("briefs", b.sha256, b.sha256, functools.partial(runs.claim_ids, b.html))
            if c in ever
        ]
        for run in published
        for name, b in run.briefs.items()
    }
    bottoms = {
        run.as_of: str(
            cache.remember("bottom-lines", lead.sha256, lead.sha256, functools.partial(runs.bottom_line, lead))
        )
        for run in published
        if (lead := run.briefs.get(runs.LEAD)) is not None
    }
    code = site_code()
    data = load()
    rows = fingerprint.Dataset()
    headlines = {
        run.as_of: cache.remember(
            "headlines",
            run.as_of,
            hashlib.sha256((rows.rows_digest(run.as_of) + code).encode()).hexdigest(),
            functools.partial(archive.headline_figures, data["claims"], run.as_of),
        )
        for run in published
    }

    withdrawn = frozenset(c for c in story.withdrawn() if c not in records_.claims)
    pages = archive.ArchivePages(render, write, records_, published, shown, bottoms, withdrawn)
    pages.copy_briefs()
    pages.run_pages()
    pages.archive_page(headlines)
    pages.home(headlines)

    appears = [
        (cid, claims.Shown(name, brief.title, run.as_of, archive.brief_page(run.as_of, name)))
        for run in published
        for name, brief in run.briefs.items()
        for cid in shown[(run.as_of, name)]
    ]
    claims.write_claim_pages(render, write, records_, story, claims.shown_by_claim(appears))
    claims.write_claims_index(render, write, records_, story)
    drawn = figures.histories(data["claims"])
    measure_items = figures.write_measure_pages(render, write, records_, drawn, code)
    claimant_items = figures.write_claimant_pages(render, write, records_, drawn, code)
    about = "Every measure the claims are about, with its claims over time."
    figures.write_index(render, write, "measures/index.html", "Measures", about, "Measure", measure_items)
    about = "Everyone who gave a figure: governments, their agencies, intelligence services, officials and outlets."
    figures.write_index(render, write, "claimants/index.html", "Claimants", about, "Claimant", claimant_items)
    downloads.write_data(render, write, records_, story)
    downloads.write_methods(render, write, records_)
    write.page(
        "search.html",
        render.page(
            "search.html",
            "search.html.j2",
            title="Search the claims",
            description="Find a claim by its figure, claimant, speaker or words; works offline.",
            index=json_ld(claims.search_index(records_), compact=True),
            script=True,
        ),
    )
    write.page(
        "404.html",
        render.page(
            "404.html",
            "notfound.html.j2",
            title="Page not found",
            description="There is no page at this address.",
            absolute_links=True,
        ),
    )
    write_feeds(write, records_, story, published, bottoms, base_url)
    for name in ("site.css", "search.js", "favicon.svg"):
        write.file(name, (STATIC / name).read_bytes())
    write.file("favicon.ico", favicon_ico())
    robots = "User-agent: *\nAllow: /\n" + (f"Sitemap: {base_url}sitemap.xml\n" if base_url else "")
    write.file("robots.txt", robots)
    listed = sorted(p for p in write.made if p.endswith(".html") and p != "404.html")
    write.file("sitemap.xml", feeds.sitemap(listed, base_url))
    return write.finish()


def write_feeds(
    write: Any,
    records_: Records,
    story: history.History,
    published: list[runs.Run],
    bottoms: dict[str, str],
    base_url: str,
) -> None:
    """``feeds/briefs.xml`` (each week's situation report) and ``feeds/claims.xml`` (claims as they were added)."""
    briefs = []
    for run in published:
        brief = run.briefs.get(runs.LEAD)
        if brief is not None:
            text = bottoms.get(run.as_of, "")
            briefs.append(
                feeds.Entry(
                    key=f"brief/{run.as_of}",
                    title=f"{brief.title}, {words.day(run.as_of)}",
                    updated=brief.finished or run.as_of,
                    published=run.as_of,
                    page=archive.brief_page(run.as_of, runs.LEAD),
                    summary=_plain(text) or brief.description,
                )
            )
    write.file(
        "feeds/briefs.xml",
        feeds.atom("feeds/briefs.xml", f"{NAME}: new briefs", "Each week's situation report.", briefs, base_url),
    )
    entries = []
    for cid, row in records_.claims.items():
        added = story.first_seen(cid) or row["reported_on"][:10]
        entries.append(
            feeds.Entry(
                key=f"claim/{cid}",
                title=f"{cid}: {records_.title(row)}",
                updated=story.last_changed(cid) or added,
                published=added,
                page=f"claims/{cid}.html",
                summary=row.get("paraphrase") or records_.title(row),
            )
        )
    write.file(
        "feeds/claims.xml",
        feeds.atom(
            "feeds/claims.xml", f"{NAME}: new claims", "Claims as the dataset adds or revises them.", entries, base_url
        ),
    )


def _plain(markdown: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"[*_`]", "", markdown)).strip()


def favicon_ico() -> bytes:
    """A 16-pixel icon (blue square, white bar) as a PNG inside an ICO file, for browsers that ask for /favicon.ico."""
    size = 16
    blue, white = b"\x1b\x5e\x96\xff", b"\xff\xff\xff\xff"
    rows = b"".join(
        b"\x00" + b"".join(white if 4 <= x < 12 and 7 <= y < 10 else blue for x in range(size)) for y in range(size)
    )

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(png), 22) + png
