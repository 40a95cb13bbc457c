"""Reports in a real browser: hostile text from the data shows as text and runs nothing.

The situation report runs on a copy of the dataset whose source titles and claim notes carry
``<script>document.title='pwned'</script>`` and ``<img src=x onerror="document.title='pwned'">``;
the fixture report ``hostile`` shows such strings through ``analysis.present.markup``. Each page and
its ``index.html`` is opened in headless chromium, driven over the DevTools protocol on a pipe
(``--remote-debugging-pipe``: the standard library only, no driver binary, no selenium), and
checked: the title is untouched, no element came from the data, every image loaded
(``naturalWidth > 0``), and the console logged no error.

Without chromium these tests are skipped, unless ``NKR_REQUIRE_BROWSER=1`` (CI), which makes a
missing browser a failure. Install: ``apt-get install -y chromium``.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import html as html_module
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from analysis import paths
from analysis.measures import headlines
from analysis.present.charts import DEFAULT_ALT
from analysis.present.colours import contrast

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
sys.path.insert(0, str(FIXTURES))
import fixture_data  # noqa: E402

SCRIPT, IMG = fixture_data.SCRIPT, fixture_data.IMG


def find_chromium() -> str | None:
    """The chromium binary, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> str:
    """Chromium's path; skip (or fail, with NKR_REQUIRE_BROWSER=1) when it is missing."""
    found = find_chromium()
    if found:
        return found
    reason = "chromium is not installed (apt-get install -y chromium); the browser test needs it"
    if os.environ.get("NKR_REQUIRE_BROWSER") == "1":
        pytest.fail(f"NKR_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


# Every element that shows text: its colour against the background it is drawn on, by the WCAG formula.
CONTRAST_JS = """
function rgb(text) { const m = text.match(/[\\d.]+/g) || []; return m.map(Number); }
function lum(c) { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; }
function ratio(a, b) { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
function background(e) { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c; } return [255, 255, 255]; }
function lowContrast() {
    const found = [];
    for (const e of document.querySelectorAll('body *')) {
        const own = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
        if (!own || !e.getClientRects().length) continue;
        const r = ratio(rgb(getComputedStyle(e).color), background(e));
        if (r < 4.5) found.push({tag: e.tagName, text: e.textContent.trim().slice(0, 40), ratio: r});
    }
    return found;
}
"""


class Browser:
    """Headless chromium driven over the DevTools protocol on a pipe (fds 3 and 4)."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def fds() -> None:  # in the child: the protocol's fixed descriptors 3 and 4
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)  # above 4, so dup2 cannot clash
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.proc = subprocess.Popen(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=fds,
            close_fds=False,  # preexec_fn: this test process starts no threads
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return dict(json.loads(raw))

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send a command and return its result (events meanwhile are kept in ``events``)."""
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            self.events.append(reply)

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        """Read until the event ``method`` arrives for ``session``."""
        while True:
            msg = self._read()
            self.events.append(msg)
            if msg.get("method") == method and msg.get("sessionId") == session:
                return msg

    def open(self, url: str, width: int = 1280) -> dict[str, Any]:
        """Load ``url`` in a new tab ``width`` CSS pixels wide (a phone's under 600, at twice the
        pixels); return what the page shows, how it is laid out and what it logged."""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session)
        phone = width < 600
        self.send("Emulation.setDeviceMetricsOverride", session, width=width, height=900 if phone else 1000,
                  deviceScaleFactor=2 if phone else 1, mobile=phone)  # fmt: skip
        self.events.clear()
        self.send("Page.navigate", session, url=url)
        self.wait_for("Page.loadEventFired", session)
        probe = """JSON.stringify({
            title: document.title,
            width: document.documentElement.clientWidth,
            scroll_width: document.documentElement.scrollWidth,
            alts: Array.from(document.images).map(i => i.getAttribute('alt')),
            pictures: Array.from(document.querySelectorAll('figure.nkr-chart img')).map(i => ({
                natural: i.naturalWidth, shown: i.getBoundingClientRect().width,
                phone: i.currentSrc !== i.src})),
            internal: Array.from(document.querySelectorAll('a[href^="#"]')).map(a => a.getAttribute('href').slice(1)),
            anchors: Array.from(document.querySelectorAll('[id]')).map(e => e.id),
            claimants: Array.from(document.querySelectorAll('figure.nkr-chart'))
                .map(f => JSON.parse(f.dataset.claimants || '{}')),
            background: getComputedStyle(document.body).backgroundColor,
            low_contrast: lowContrast(),
            text: document.body ? document.body.innerText : "",
            images: Array.from(document.images).map(i => ({src: i.src.slice(0, 60), width: i.naturalWidth})),
            injected: document.querySelectorAll('img[src="x"], script:not([type])').length,
            scripts: document.scripts.length,
            aligned: {
                text: [...new Set([...document.querySelectorAll('table.nkr-table td:not(.num)')]
                    .map(e => getComputedStyle(e).textAlign))],
                numbers: [...new Set([...document.querySelectorAll('table.nkr-table td.num')]
                    .map(e => getComputedStyle(e).textAlign))],
            },
        })"""
        result = self.send("Runtime.evaluate", session, expression=CONTRAST_JS + probe, returnByValue=True)
        page = json.loads(result["result"]["value"])
        self.send("Runtime.evaluate", session, expression="1", returnByValue=True)  # flush late events
        page["errors"] = [_describe(e) for e in self.events if _is_error(e) and e.get("sessionId") == session]
        self.send("Target.closeTarget", targetId=target)
        return dict(page)

    def print_layout(self, url: str, paper: tuple[float, float]) -> dict[str, Any]:
        """Print ``url`` to PDF on ``paper`` (inches) and measure its print layout.

        Returns the PDF's page count, and from the print-media layout at the paper's printable
        width: tables or images wider than the page (cut at the right edge), and table rows,
        images or headings whose computed ``break-inside`` lets a page break cut through them.
        """
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.send("Page.enable", session)
        self.send("Page.navigate", session, url=url)
        self.wait_for("Page.loadEventFired", session)
        pdf = base64.b64decode(
            self.send("Page.printToPDF", session, paperWidth=paper[0], paperHeight=paper[1], preferCSSPageSize=True)[
                "data"
            ]
        )
        width_px = round((paper[0] - 2 * 14 / 25.4) * 96)  # @page margin 14 mm
        self.send("Emulation.setEmulatedMedia", session, media="print")
        self.send("Emulation.setDeviceMetricsOverride", session, width=width_px, height=1100, deviceScaleFactor=1,
                  mobile=False)  # fmt: skip
        probe = """JSON.stringify((() => {
            const page = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('table, img')]
                .filter(e => e.getBoundingClientRect().right > page + 1).map(e => e.tagName);
            const cuttable = [...document.querySelectorAll('table.nkr-table tr, img, h2, h3')]
                .filter(e => getComputedStyle(e).breakInside !== 'avoid').map(e => e.tagName);
            const heads = [...document.querySelectorAll('table.nkr-table thead')]
                .filter(e => getComputedStyle(e).display !== 'table-header-group').length;
            return {page, wide, cuttable, heads, tables: document.querySelectorAll('table.nkr-table').length};
        })())"""
        layout = json.loads(
            self.send("Runtime.evaluate", session, expression=probe, returnByValue=True)["result"]["value"]
        )
        self.send("Target.closeTarget", targetId=target)
        return {**layout, "pdf": pdf, "pages": len(re.findall(rb"/Type\s*/Page(?!s)", pdf))}

    def close(self) -> None:
        """Quit chromium."""
        with contextlib.suppress(Exception):
            self.send("Browser.close")
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


def _is_error(event: dict[str, Any]) -> bool:
    method, params = event.get("method"), event.get("params", {})
    if method == "Runtime.exceptionThrown":
        return True
    if method == "Runtime.consoleAPICalled":
        return params.get("type") in ("error", "assert")
    if method == "Log.entryAdded":
        return params.get("entry", {}).get("level") == "error"
    return False


def _describe(event: dict[str, Any]) -> str:
    params = event.get("params", {})
    if "entry" in params:
        return f"{params['entry'].get('source')}: {params['entry'].get('text')} {params['entry'].get('url', '')}"
    return json.dumps(params)[:300]


# --- fixtures --------------------------------------------------------------------------------


def _run(data: Path, out: Path, *args: str, registry: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NKR_DATA_DIR": str(data)}
    if registry:
        env["NKR_REPORT_REGISTRY"] = str(registry)
    else:
        env.pop("NKR_REPORT_REGISTRY", None)
    return subprocess.run(
        [sys.executable, "-m", "analysis", "report", *args, "--out", str(out)],
        cwd=paths.PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def hostile_copy_of_the_dataset(target: Path) -> Path:
    """data/ copied, with payloads in every source title and claim note, then built."""
    shutil.copytree(paths.PROJECT_ROOT / "data", target, ignore=shutil.ignore_patterns("clean", ".clean-*"))
    curated = paths.curated_dir(target)
    _edit_column(curated / "sources.csv", "title", lambda v: f"{v} {SCRIPT} {IMG}")
    _edit_column(curated / "claims.csv", "notes", lambda v: f"{SCRIPT} {IMG} {v}".strip())
    env = {**os.environ, "NKR_DATA_DIR": str(target)}
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "build"],
        cwd=paths.PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"building the hostile copy failed:\n{done.stdout}{done.stderr}"
    return target


def _edit_column(path: Path, column: str, change: Any) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fields = list(rows[0]) if rows else []
    for row in rows:
        row[column] = change(row[column])
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture reports ``hostile`` and ``ok`` on the tiny hostile dataset."""
    data = fixture_data.write_dataset(tmp_path_factory.mktemp("data"), hostile=True)
    out = tmp_path_factory.mktemp("reports")
    done = _run(data, out, "hostile", "ok", registry=FIXTURES / "reports.yaml")
    assert done.returncode == 0, done.stderr
    return out / fixture_data.LAST_DAY


@pytest.fixture(scope="module")
def real_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every report, one run, on a hostile copy of the real dataset."""
    data = hostile_copy_of_the_dataset(tmp_path_factory.mktemp("hostile") / "data")
    out = tmp_path_factory.mktemp("reports")
    done = _run(data, out, "--all", "--jobs", "2")
    assert done.returncode == 0, done.stderr
    return out / (out / "latest").readlink()  # out/<as_of>, a symlink to the run


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless chromium for the module."""
    binary = require_chromium()
    with tempfile.TemporaryDirectory(prefix="nkr-chromium-") as profile:
        b = Browser(binary, Path(profile))
        try:
            yield b
        finally:
            b.close()


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def check_page(page: dict[str, Any], title: str) -> None:
    """Nothing from the data ran or became markup, every image loaded, no console error."""
    assert page["title"] == title, f"the title was changed to {page['title']!r}"
    assert "pwned" not in page["title"]
    assert page["injected"] == 0, "an element from the data was created"
    assert page["scripts"] == 0, "the page has no scripts at all"
    broken = [i for i in page["images"] if i["width"] == 0]
    assert not broken, f"images that did not load: {broken}"
    assert not page["errors"], f"console errors: {page['errors']}"


# --- tests -------------------------------------------------------------------------------------


@pytest.mark.browser
def test_fixture_report_shows_hostile_text_as_text(browser: Browser, fixture_run: Path) -> None:
    page = browser.open((fixture_run / "hostile.html").as_uri())
    check_page(page, 'Hostile <script>text</script> & "quotes", 1 February 2025')
    assert SCRIPT in page["text"] and IMG in page["text"], "the payloads are visible, as text"
    assert len(page["images"]) >= 1


@pytest.mark.browser
def test_fixture_report_images_load(browser: Browser, fixture_run: Path) -> None:
    page = browser.open((fixture_run / "ok.html").as_uri())
    check_page(page, "Fixture report, 1 February 2025")
    kinds = {i["src"].split(";")[0] for i in page["images"]}
    assert kinds == {"data:image/png", "data:image/svg+xml"}, kinds


@pytest.mark.browser
def test_fixture_index_escapes(browser: Browser, fixture_run: Path) -> None:
    page = browser.open((fixture_run / "index.html").as_uri())
    check_page(page, "Reports as of 1 February 2025")
    assert "Hostile <script>text</script>" in page["text"]


@pytest.mark.browser
def test_situation_report_on_hostile_data(browser: Browser, real_run: Path) -> None:
    page = browser.open((real_run / "situation_report.html").as_uri())
    check_page(page, f"Situation report, {_day(real_run.name)}")
    assert page["images"], "the report has charts"
    assert "pwned" in page["text"], "the hostile source titles are shown, as text"
    # text columns read left, numbers right (JupyterLab's CSS right-aligns every cell otherwise)
    assert page["aligned"] == {"text": ["left"], "numbers": ["right"]}, page["aligned"]


@pytest.mark.browser
@pytest.mark.parametrize("paper", [(8.27, 11.69), (8.5, 11.0)], ids=["A4", "Letter"])
def test_situation_report_prints_without_cut_tables_or_charts(
    browser: Browser, real_run: Path, paper: tuple[float, float]
) -> None:
    """The page prints to PDF; no table or chart is wider than the paper; no row or chart can be split."""
    layout = browser.print_layout((real_run / "situation_report.html").as_uri(), paper)
    assert layout["pdf"].startswith(b"%PDF") and layout["pages"] >= 2, layout["pages"]
    assert layout["tables"] >= 3, "the report has its tables"
    assert not layout["wide"], f"cut at the right edge of the paper: {layout['wide']}"
    assert not layout["cuttable"], f"a page break may cut through: {sorted(set(layout['cuttable']))}"
    assert layout["heads"] == 0, "table headers repeat on every page"


@pytest.mark.browser
def test_situation_report_index(browser: Browser, real_run: Path) -> None:
    page = browser.open((real_run / "index.html").as_uri())
    check_page(page, f"Reports as of {_day(real_run.name)}")


def png_text_keys(png: bytes) -> list[str]:
    """The keys of a PNG's tEXt/iTXt/zTXt chunks (its metadata)."""
    keys, pos = [], 8
    while pos + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        if kind in (b"tEXt", b"iTXt", b"zTXt"):
            keys.append(png[pos + 8 : pos + 8 + length].split(b"\0", 1)[0].decode("latin-1"))
        pos += 12 + length
    return keys


def test_situation_report_charts_carry_no_software_or_date_metadata(real_run: Path) -> None:
    html = (real_run / "situation_report.html").read_text()
    pngs = [base64.b64decode(m) for m in re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", html)]
    assert pngs, "the report embeds its charts as PNG data URIs"
    for png in pngs:
        keys = png_text_keys(png)
        assert not {"Software", "Creation Time", "date:create"} & set(keys), keys


# --- briefs a reader can use: at 1280 px, at 390 px, on paper ------------------------------------

REPORTS = ["situation_report", "deployments_losses", "timeline", "source_comparison", "weapons"]
WIDTHS = [1280, 390]


@pytest.fixture(scope="module")
def pages(browser: Browser, real_run: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """Every report of the run, as the browser lays it out at each width."""
    return {(name, w): browser.open((real_run / f"{name}.html").as_uri(), w) for name in REPORTS for w in WIDTHS}


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", REPORTS)
def test_a_brief_reads_at_any_width(pages: dict[tuple[str, int], dict[str, Any]], name: str, width: int) -> None:
    page = pages[(name, width)]
    check_page(page, page["title"])
    assert re.fullmatch(r".+, \d{1,2} [A-Z][a-z]+ \d{4}", page["title"]), f"a dated title: {page['title']!r}"
    assert page["scroll_width"] <= page["width"], f"{name} scrolls sideways at {width} px"
    assert page["alts"] and all(a and a != DEFAULT_ALT for a in page["alts"]), "every chart has alt text of its own"
    missing = sorted(set(page["internal"]) - set(page["anchors"]))
    assert not missing, f"links to nothing: {missing[:5]}"
    claims = [i for i in page["internal"] if i.startswith("claim-")]
    assert claims, "the page links its claims"
    assert not page["low_contrast"], f"text under 4.5:1: {page['low_contrast'][:3]}"
    for picture in page["pictures"]:
        assert picture["shown"] <= page["width"]
        if width < 600:  # the phone drawing (twice the pixels), shown at about its drawn size: text as drawn
            assert picture["phone"] and picture["shown"] >= 0.9 * picture["natural"], picture


@pytest.mark.browser
def test_a_claimant_has_one_style_in_every_chart_of_a_run(pages: dict[tuple[str, int], dict[str, Any]]) -> None:
    seen: dict[str, set[str]] = {}
    for (_name, width), page in pages.items():
        if width != 1280:
            continue
        for key in page["claimants"]:
            for claimant, style in key.items():
                seen.setdefault(claimant, set()).add(f"{style['colour']} {style['marker']}")
    assert len(seen) >= 10, "the run's charts carry their claimants"
    assert {c: s for c, s in seen.items() if len(s) > 1} == {}, "a claimant changed style between charts"
    page_bg = pages[("situation_report", 1280)]["background"]
    assert page_bg in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
    for claimant, styles in seen.items():
        (style,) = styles
        assert contrast(style.split()[0]) >= 4.5, f"{claimant}'s colour is too light for text"


def _pdftotext() -> str:
    found = shutil.which("pdftotext")
    if found:
        return found
    reason = "pdftotext is not installed (apt-get install -y poppler-utils); the print test reads the PDF's text"
    if os.environ.get("NKR_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _pdf_text(pdf: bytes, tmp_path: Path, first: int | None = None, last: int | None = None) -> str:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return subprocess.run([_pdftotext(), *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout


NUMBER = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")


@pytest.mark.browser
@pytest.mark.parametrize("name", REPORTS)
def test_on_paper_no_figure_is_split_and_page_one_leads(
    browser: Browser, real_run: Path, tmp_path: Path, name: str
) -> None:
    layout = browser.print_layout((real_run / f"{name}.html").as_uri(), (8.27, 11.69))
    text = _pdf_text(layout["pdf"], tmp_path)
    html = (real_run / f"{name}.html").read_text()
    body = re.sub(r"<style.*?</style>|<[^>]+>|data:[^\"]+", " ", html, flags=re.S)
    wanted = Counter(NUMBER.findall(html_module.unescape(body)))
    printed = Counter(NUMBER.findall(text))
    split = {n: c for n, c in wanted.items() if printed[n] < c}
    assert not split, f"figures broken across lines in the PDF: {sorted(split)[:8]}"
    assert not re.search(r"\d,\s*\n\s*\d{3}\b", text), "a figure broken after its thousands comma"
    first = _pdf_text(layout["pdf"], tmp_path, 1, 1)
    assert "Bottom line." in first and "Key points" in first, "page 1 leads with the bottom line"
    appendix = text.split("Appendix", 1)[-1]
    assert "https://" in appendix, "the appendix prints the address of every page it links"
    if name == "situation_report":
        figures = headlines.headline_figures(as_of=real_run.name)
        ids = {i for cell in figures["claim_id"] for i in str(cell).split(" + ")}
        assert {i for i in ids if i not in first} == set(), "every headline figure (its claim) on page 1"
