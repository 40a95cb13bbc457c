"""The site in a real browser: every page, link and anchor, served from a subfolder on 127.0.0.1 and from file://.

A site is built from the real dataset and a short archive (two monthly runs of three reports),
put in a subfolder (``/sub/site/``) of a folder served by Python's own HTTP server on
127.0.0.1, and crawled from its home page in headless chromium (the DevTools protocol on a
pipe, as in tests/test_browser.py). Every page must load without a console error and without
a request to any other host; every link and anchor must resolve; every page is reached; every
claim id a brief shows links to an existing claim page, directly or through the run page's
list of that brief's claims; every claim page's JSON-LD parses as a schema.org ``Claim``; the
search page finds a claim by its figure; the home page (and a few others) do not scroll
sideways at 1280 and 390 pixels; the feeds parse as Atom; the pages work from ``file://``.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

import feedparser
import pytest

from analysis import paths
from tests.test_browser import Browser, _describe, _is_error
from tests.test_browser import browser as browser  # the module's one chromium (a fixture)

FROM, TO = "2026-02-16", "2026-03-16"  # two monthly runs
REPORTS = ("situation_report", "timeline", "weapons")  # three of the five (the two slowest left out, for time)
PREFIX = "/sub/site/"
PROBE = """JSON.stringify({
    title: document.title,
    lang: document.documentElement.lang,
    description: (document.querySelector('meta[name=description]') || {}).content || "",
    links: [...document.querySelectorAll('a[href]')].map(a => a.href),
    assets: [...document.querySelectorAll('link[href], img[src], script[src]')].map(e => e.href || e.src),
    ids: [...document.querySelectorAll('[id]')].map(e => e.id),
    jsonld: [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => s.textContent),
    scripts: [...document.scripts].filter(s => !s.type || s.type.includes('javascript')).length,
    images: [...document.images].map(i => i.naturalWidth),
    text: document.body ? document.body.innerText : "",
    styled: getComputedStyle(document.body).fontFamily,
    lists: Object.fromEntries([...document.querySelectorAll('details[id^="claims-"]')]
        .map(d => [d.id.slice(7), [...d.querySelectorAll('a[href]')].map(a => a.href)])),
})"""
WIDTH = "JSON.stringify([document.documentElement.scrollWidth, document.documentElement.clientWidth])"


class Tab:
    """One browser tab, kept open for a whole crawl: what each page showed, logged and requested."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = browser.send("Target.attachToTarget", targetId=self.target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", self.session)

    def run(self, expression: str) -> Any:
        result = self.browser.send("Runtime.evaluate", self.session, expression=expression, returnByValue=True)
        return json.loads(result["result"]["value"])

    def open(self, url: str, probe: str = PROBE) -> dict[str, Any]:
        """Load ``url`` and return the probe's findings, with the page's console errors and requests."""
        self.browser.events.clear()
        self.browser.send("Page.navigate", self.session, url=url)
        self.browser.wait_for("Page.loadEventFired", self.session)
        page = dict(self.run(probe))
        self.run("'1'")  # flush late events
        mine = [e for e in self.browser.events if e.get("sessionId") == self.session]
        page["errors"] = [_describe(e) for e in mine if _is_error(e)]
        page["requests"] = [
            e["params"]["request"]["url"] for e in mine if e.get("method") == "Network.requestWillBeSent"
        ]
        return page

    def size(self, width: int) -> None:
        self.browser.send("Emulation.setDeviceMetricsOverride", self.session, width=width, height=900,
                          deviceScaleFactor=1, mobile=width < 600)  # fmt: skip

    def close(self) -> None:
        self.browser.send("Target.closeTarget", targetId=self.target)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def registry(folder: Path) -> Path:
    """The project's registry cut to ``REPORTS`` (the notebooks themselves, by absolute path)."""
    import yaml

    doc = yaml.safe_load((paths.NOTEBOOKS_DIR / "reports.yaml").read_text(encoding="utf-8"))
    doc["reports"] = {name: doc["reports"][name] for name in REPORTS}
    for entry in doc["reports"].values():
        entry["notebook"] = str(paths.NOTEBOOKS_DIR / entry["notebook"])
    (folder / "reports.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    return folder / "reports.yaml"


def build(out: Path, runs: Path) -> subprocess.CompletedProcess[str]:
    """``python -m analysis site`` for the two monthly runs of ``REPORTS``, on the project's own data."""
    args = ["--from", FROM, "--to", TO, "--every", "month", "--jobs", "2", "--out", str(out), "--runs", str(runs)]
    env = {k: v for k, v in os.environ.items() if k != "NKR_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "analysis", "site", *args],
        cwd=paths.PROJECT_ROOT,
        env={**env, "NKR_REPORT_REGISTRY": str(registry(runs.parent))},
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A site of two monthly runs, built by the command line into www/sub/site; its runs."""
    work = tmp_path_factory.mktemp("work")
    out, runs = work / "www" / "sub" / "site", work / "runs"
    done = build(out, runs)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "6 reports run, 0 reused" in done.stdout, done.stdout
    return out, runs


@pytest.fixture(scope="module")
def site(built: tuple[Path, Path]) -> Path:
    return built[0]


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """The folder above the site served on 127.0.0.1 (a free port); the site's address."""
    handler = functools.partial(Quiet, directory=str(site.parent.parent))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{PREFIX}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def crawl(browser: Browser, server: str, site: Path) -> dict[str, dict[str, Any]]:
    """Every page reachable from the home page (and the 404 page), by its address in the site."""
    tab, seen, queue = Tab(browser), dict[str, dict[str, Any]](), ["index.html", "404.html"]
    try:
        while queue:
            page = queue.pop()
            if page in seen:
                continue
            seen[page] = found = tab.open(server + page)
            for link in found["links"]:
                target = urldefrag(link)[0]
                if target.startswith(server) and target.endswith(".html"):
                    queue.append(unquote(target[len(server) :]))
    finally:
        tab.close()
    return seen


def inside(server: str, url: str) -> str | None:
    """The address in the site of a link into it (None for any other address)."""
    target = urldefrag(url)[0]
    return unquote(target[len(server) :]) if target.startswith(server) else None


@pytest.mark.browser
def test_every_page_loads_cleanly_from_127_0_0_1_only(crawl: dict[str, dict[str, Any]], server: str) -> None:
    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(server))
    for page, found in crawl.items():
        assert not found["errors"], (page, found["errors"])
        away = [u for u in found["requests"] if not u.startswith((origin, "data:"))]
        assert not away, (page, away)
        assert found["lang"] == "en" and found["title"] and found["description"], page
        assert all(width > 0 for width in found["images"]), (page, "an image did not load")
        if not page.startswith("runs/") or page.endswith("index.html"):
            assert "system-ui" in found["styled"], (page, "the stylesheet applies")
        if page != "search.html":
            assert found["scripts"] == 0, (page, "no script runs on any page but search")


@pytest.mark.browser
def test_every_link_and_anchor_resolves_and_every_page_is_reached(
    crawl: dict[str, dict[str, Any]], server: str, site: Path
) -> None:
    for page, found in crawl.items():
        for url in [*found["links"], *found["assets"]]:
            target = inside(server, url)
            if target is None:
                assert not url.startswith("http://127.0.0.1"), (page, url, "outside the site")
                continue
            path = site / target
            assert path.is_file(), (page, url)
            fragment = urldefrag(url)[1]
            if fragment:
                assert target in crawl and fragment in crawl[target]["ids"], (page, url, "no such anchor")
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert pages == set(crawl), sorted(pages ^ set(crawl))[:10]
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert set(re.findall(r"<loc>([^<]+)</loc>", sitemap)) == pages - {"404.html"}


@pytest.mark.browser
def test_every_claim_id_in_every_brief_links_to_its_page(crawl: dict[str, dict[str, Any]], server: str) -> None:
    briefs = [
        p for p in crawl if re.fullmatch(r"runs/\d{4}-\d{2}-\d{2}/\w+\.html", p) and not p.endswith("/index.html")
    ]
    assert len(briefs) == 2 * len(REPORTS), briefs
    checked = 0
    for page in briefs:
        found = crawl[page]
        ids = set(re.findall(r"\bC\d{4}\b", found["text"]))
        direct = {inside(server, u) for u in found["links"]}
        run_page = crawl[page.rsplit("/", 1)[0] + "/index.html"]
        listed = {inside(server, u) for u in run_page["lists"].get(page.rsplit("/", 1)[1][:-5], [])}
        for claim_id in ids:
            target = f"claims/{claim_id}.html"
            assert target in direct or target in listed, (page, claim_id, "not linked")
            assert target in crawl and crawl[target]["title"].startswith(f"Claim {claim_id}:"), (page, claim_id)
            checked += 1
    assert checked > 50, "the briefs show claims"


@pytest.mark.browser
def test_every_claim_page_carries_schema_org_claim(crawl: dict[str, dict[str, Any]]) -> None:
    claims = [p for p in crawl if re.fullmatch(r"claims/C\d{4}\.html", p)]
    assert len(claims) >= 150
    for page in claims:
        [block] = crawl[page]["jsonld"]
        data = json.loads(block)
        assert data["@context"] == "https://schema.org" and data["@type"] == "Claim", page
        assert data["identifier"] == page[7:-5] and data["author"]["name"] and data["dateCreated"], page
        assert data["firstAppearance"]["@type"] == "CreativeWork" and data["appearance"], page


@pytest.mark.browser
def test_search_finds_a_claim_by_its_figure(browser: Browser, server: str) -> None:
    tab = Tab(browser)
    try:
        found = tab.open(server + "search.html?q=6%2C000")
        assert not found["errors"], found["errors"]
        hits = {inside(server, u) for u in found["links"]}
        assert "claims/C0102.html" in hits, "6,000 killed or wounded (South Korea NIS, 12 February 2026)"
        typed = tab.run(
            "const q = document.getElementById('q'); q.value = '6.5 million HUR';"
            "q.dispatchEvent(new Event('input')); JSON.stringify([...document.querySelectorAll('#results a')]"
            ".map(a => a.textContent))"
        )
        assert typed and all("6,500,000" in t and "HUR" in t for t in typed), typed
        nothing = tab.run(
            "const box = document.getElementById('q'); box.value = 'zzzz'; box.dispatchEvent(new Event('input'));"
            "JSON.stringify(document.getElementById('count').textContent)"
        )
        assert nothing.startswith("0 of ")
    finally:
        tab.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_pages_do_not_scroll_sideways(browser: Browser, server: str, width: int) -> None:
    tab = Tab(browser)
    try:
        tab.size(width)
        for page in ("index.html", "archive.html", "claims/C0102.html", "measures/troops_deployed.html",
                     "data/index.html", "data/codebook.html", f"runs/{TO}/index.html", "search.html"):  # fmt: skip
            tab.open(server + page, "'{}'")
            scroll, client = tab.run(WIDTH)
            assert scroll <= client + 1, (page, width, scroll, client)
    finally:
        tab.close()


@pytest.mark.browser
def test_print_hides_the_navigation(browser: Browser, server: str) -> None:
    tab = Tab(browser)
    try:
        tab.open(server + "index.html", "'{}'")
        browser.send("Emulation.setEmulatedMedia", tab.session, media="print")
        shown = tab.run("JSON.stringify(getComputedStyle(document.querySelector('nav.site')).display)")
        assert shown == "none"
    finally:
        tab.close()


@pytest.mark.browser
def test_the_site_works_from_file_urls(browser: Browser, site: Path) -> None:
    tab = Tab(browser)
    try:
        for page in ("index.html", "claims/C0102.html", "measures/troops_deployed.html", "search.html"):
            found = tab.open((site / page).as_uri() + ("?q=6000" if page == "search.html" else ""))
            assert not found["errors"], (page, found["errors"])
            assert "system-ui" in found["styled"] and all(w > 0 for w in found["images"]), page
            for link in found["links"]:
                if link.startswith("file://"):
                    assert Path(unquote(urldefrag(link)[0][7:].split("?")[0])).is_file(), (page, link)
        assert any(link.endswith("claims/C0102.html") for link in found["links"]), "search works offline"
    finally:
        tab.close()


def test_the_feeds_are_atom_and_link_into_the_site(site: Path) -> None:
    for name, least in (("briefs", 2), ("claims", 50)):
        parsed = feedparser.parse((site / "feeds" / f"{name}.xml").read_bytes())
        assert not parsed.bozo and parsed.version == "atom10", parsed.get("bozo_exception")
        assert len(parsed.entries) >= least and parsed.feed.updated
        for entry in parsed.entries:
            assert entry.id.startswith("tag:nk-russia-analysis,2026:") and entry.title and entry.updated
            assert (site / "feeds" / entry.link).resolve().is_file(), entry.link


def test_a_second_build_starts_no_kernel_and_writes_nothing(built: tuple[Path, Path]) -> None:
    site, runs = built
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    done = build(site, runs)
    assert done.returncode == 0, done.stderr
    assert "0 reports run, 6 reused" in done.stdout and " 0 files written" in done.stdout, done.stdout
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == before
