"""The site's pieces without a browser: addresses, writing only what changed, feeds, versions, downloads, options.

Pages are built from the tiny fixture dataset (no report is run: the archive is empty), so a
whole build takes a second; the browser test (tests/test_site_browser.py) crawls a site built
from the real data and a short archive.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import paths
from analysis.errors import UsageError
from analysis.site import downloads, feeds, history, links, runs
from analysis.site.build import CLAIM_PAGES, check_base_url, claim_page_params, favicon_ico, write_pages
from analysis.site.records import Records
from analysis.site.writer import MARKER, SiteWriter
from tests.conftest import property_settings, run_cli
from tests.test_reports import fixture_data


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture dataset, with the package pointed at it."""
    folder = fixture_data.write_dataset(tmp_path / "data", hostile=False)
    monkeypatch.setattr(paths, "DATA_DIR", folder)
    return folder


def times(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


# --- addresses --------------------------------------------------------------------------------


def test_links_are_relative_between_any_two_pages() -> None:
    assert links.rel("index.html", "claims/C0102.html") == "claims/C0102.html"
    assert links.rel("claims/C0102.html", "claims/C0103.html") == "C0103.html"
    assert links.rel("runs/2026-03-16/situation_report.html", "claims/C0102.html") == "../../claims/C0102.html"
    assert links.rel("data/index.html", "methods.html#bounds") == "../methods.html#bounds"
    assert links.rel("methods.html", "#bounds") == "methods.html#bounds"


PART = st.sampled_from(["a", "b", "claims", "runs", "2026-03-16", "x.y"])


@property_settings(200)
@given(here=st.lists(PART, min_size=1, max_size=4), there=st.lists(PART, min_size=1, max_size=4))
def test_a_relative_link_is_what_posixpath_would_make(here: list[str], there: list[str]) -> None:
    import posixpath

    source, target = "/".join(here) + ".html", "/".join(there) + ".html"
    expected = posixpath.relpath(target, posixpath.dirname(source) or ".")
    assert links.rel(source, target) == expected
    assert posixpath.normpath(posixpath.join(posixpath.dirname(source), links.rel(source, target))) == target


def test_claimant_slugs_are_stable_and_unique() -> None:
    assert links.slug("South Korea NIS") == "south-korea-nis"
    found = links.slugs(["A-B", "A B", "a b", "Ünal"])
    assert len(set(found.values())) == 4 and found["Ünal"] == "unal"
    assert links.slugs(["A B", "A-B"]) == links.slugs(["A-B", "A B"]), "the order given does not matter"


def test_claim_ids_become_links_only_in_text() -> None:
    html = '<p title="C0001">C0001 and C0002, <a href="x">C0001</a>, C9999</p>'
    out = links.link_claims(html, "index.html", lambda c: c in {"C0001", "C0002"})
    assert out == (
        '<p title="C0001"><a href="claims/C0001.html">C0001</a> and <a href="claims/C0002.html">C0002</a>, '
        '<a href="x">C0001</a>, C9999</p>'
    )


def test_claim_ids_in_a_brief_skip_embedded_images(tmp_path: Path) -> None:
    page = tmp_path / "b.html"
    page.write_bytes(b'<p>C0102 and C0007</p><img src="data:image/png;base64,AAAA/C0999/BBBB"><td>C0102</td>')
    assert runs.claim_ids(page) == ["C0102", "C0007"]


def test_notebook_markdown_keeps_escaped_data_as_text() -> None:
    html = runs.markdown_html("**Bottom.** &lt;script&gt; says <b>x</b> &amp; C0001")
    assert "<strong>Bottom.</strong>" in html and "&lt;script&gt;" in html and "<b>" not in html


def test_a_bottom_lines_links_to_its_briefs_appendix_become_links_to_claim_pages() -> None:
    """The brief cites ``[C0102](#claim-C0102)``, an anchor only the brief has; on the site the id
    links to the claim's own page, and a link elsewhere is left as it is."""
    bottom = (
        "> **Bottom line.** 6,000 killed or wounded &#91;[C0102](#claim-C0102)&#93;; see [the method](methods.html)."
    )
    shown = links.link_claims(runs.markdown_html(bottom), "index.html", lambda claim: claim == "C0102")
    assert "#claim-" not in shown
    assert '<a href="claims/C0102.html">C0102</a>' in shown
    assert '<a href="methods.html">the method</a>' in shown
    assert shown.startswith("<p><strong>Bottom line.</strong>"), "the quote marker is not shown as text"


# --- writing only what changed ---------------------------------------------------------------


def test_the_writer_leaves_unchanged_files_alone_and_removes_what_it_no_longer_makes(tmp_path: Path) -> None:
    out = tmp_path / "site"
    first = SiteWriter(out)
    first.page("a.html", "<p>a</p>")
    first.file("b/c.txt", "c")
    assert first.finish().written == 2
    stamp = times(out)
    os.utime(out / "a.html", ns=(1, 1))
    second = SiteWriter(out)
    second.page("a.html", "<p>a</p>")
    counts = second.finish()
    assert counts.kept == 1 and counts.written == 0 and counts.removed == 1
    assert (out / "a.html").stat().st_mtime_ns == 1, "same bytes: not rewritten"
    assert not (out / "b").exists() and (out / MARKER).is_file()
    assert set(stamp) >= {"a.html", "b/c.txt"}


def test_the_writer_refuses_a_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("mine")
    with pytest.raises(UsageError, match="holds files this tool did not write"):
        SiteWriter(tmp_path)
    with pytest.raises(UsageError, match="not the root or home"):
        SiteWriter(Path.home())
    assert (tmp_path / "mine.txt").read_text() == "mine" and not (tmp_path / MARKER).exists()


def test_a_second_build_writes_nothing_and_an_edit_rewrites_only_what_shows_it(data: Path, tmp_path: Path) -> None:
    out, work = tmp_path / "site", tmp_path / "runs"
    work.mkdir()
    first = write_pages(out, work, [])
    assert first.written > 20 and first.pages > 10
    before = times(out)
    again = write_pages(out, work, [])
    assert again.written == 0 and again.removed == 0 and times(out) == before
    path = paths.clean_dir(data) / "claims.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    rows[1]["paraphrase"] = "more troops, corrected"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    write_pages(out, work, [])
    changed = {p for p, t in times(out).items() if before.get(p) != t}
    assert "claims/C0002.html" in changed and "data/claims.csv" in changed
    assert "claims/C0001.html" not in changed and "methods.html" not in changed and "data/codebook.html" not in changed
    assert changed <= {
        "claims/C0002.html", "data/claims.csv", "data/nk-russia.sqlite", "feeds/claims.xml", "search.html",
        "measures/troops_deployed.csv", "claimants/south-korea-nis.csv",
    }, changed  # fmt: skip


# --- pages of the fixture site -----------------------------------------------------------------


def test_every_page_has_lang_title_description_and_the_policy(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    (tmp_path / "runs").mkdir()
    write_pages(out, tmp_path / "runs", [])
    pages = sorted(out.rglob("*.html"))
    assert {"index.html", "archive.html", "claims/C0001.html", "search.html", "404.html", "methods.html"} <= {
        p.relative_to(out).as_posix() for p in pages
    }
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert '<html lang="en">' in html and "<title>" in html and '<meta name="description" content="' in html
        assert "Content-Security-Policy" in html and "default-src 'none'" in html
        scripts = html.count("<script")
        if page.name == "search.html":
            assert "script-src 'self'" in html and '<script src="search.js">' in html
        else:
            assert "script-src" not in html and scripts == html.count('<script type="application/ld+json">')
    claim = (out / "claims" / "C0002.html").read_text(encoding="utf-8")
    block = claim.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    ld = json.loads(block)
    assert ld["@type"] == "Claim" and ld["identifier"] == "C0002" and ld["author"]["name"] == "South Korea NIS"
    assert ld["dateCreated"] == fixture_data.LAST_DAY and ld["firstAppearance"]["publisher"]["name"] == "Other Wire"
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>claims/C0001.html</loc>" in sitemap and "404.html" not in sitemap


def test_a_withdrawn_claim_keeps_its_page(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gone = {**fixture_data.rows(False)["claims"][0], "claim_id": "C0009", "paraphrase": "an old figure"}
    versions = [
        history.Version("0.1.0", "2025-01-01", 2, added=["C0001", "C0009"]),
        history.Version("0.2.0", "2025-02-01", 2, added=["C0002"], withdrawn=["C0009"]),
    ]
    found = history.History(versions, {"C0009": gone}, from_git=True)
    monkeypatch.setattr(history, "read_history", lambda *a, **k: found)
    (tmp_path / "runs").mkdir()
    write_pages(tmp_path / "site", tmp_path / "runs", [])
    page = (tmp_path / "site" / "claims" / "C0009.html").read_text(encoding="utf-8")
    assert "<strong>Withdrawn</strong> in dataset version 0.2.0" in page and "an old figure" in page
    assert (
        'href="C0009.html">C0009</a>: withdrawn in version 0.2.0'
        in (tmp_path / "site" / "claims" / "index.html").read_text()
    )
    assert "Version 0.2.0 (2025-02-01): withdrawn" in page


def test_downloads_are_a_data_package_and_one_sqlite_file(data: Path) -> None:
    records = Records()
    package = json.loads(downloads.datapackage(records))
    assert [r["path"] for r in package["resources"]] == [f"{r['name']}.csv" for r in package["resources"]]
    blob = downloads.sqlite_bytes(records)
    assert blob == downloads.sqlite_bytes(records), "the same rows give the same bytes"
    path = paths.clean_dir(data).parent / "x.sqlite"
    path.write_bytes(blob)
    db = sqlite3.connect(path)
    assert db.execute("SELECT claim_id, value_best, value_low FROM claims ORDER BY claim_id").fetchall() == [
        ("C0001", 100, None),
        ("C0002", None, 100),
    ]
    assert db.execute("SELECT count(*) FROM sources").fetchone() == (2,)
    db.close()


def test_cite_as_comes_from_citation_cff_with_the_version() -> None:
    cite = downloads.citation("9.9.9")
    assert "(version 9.9.9)" in cite["text"] and "version = {9.9.9}" in cite["bibtex"]
    assert "claims, events and transfers" in cite["text"]


def test_methods_are_the_schema_s_words(data: Path) -> None:
    from analysis.data import codebook

    sections = downloads.methods_sections(Records())
    titles = [t for _, t, _ in sections]
    assert titles[0] == "How a figure is recorded" and "First-hand sources" in titles
    for _, title, text in codebook.methods():
        assert title in titles
        html = str(next(h for _, t, h in sections if t == title))
        assert text.split(".")[0].replace('"', "&quot;") in html


def test_the_favicon_is_a_16_pixel_icon() -> None:
    ico = favicon_ico()
    assert ico[:4] == b"\x00\x00\x01\x00" and ico[22:30] == b"\x89PNG\r\n\x1a\n"


# --- feeds ---------------------------------------------------------------------------------------


def test_feeds_are_atom_a_feed_parser_reads() -> None:
    entries = [
        feeds.Entry(
            "claim/C0001", "C0001: troops <sent> & more", "2025-01-10", "claims/C0001.html", "100", "2025-01-10"
        ),
        feeds.Entry("claim/C0002", "C0002", "2025-02-01T10:00:00Z", "claims/C0002.html", "100 to 200"),
    ]
    parsed = feedparser.parse(feeds.atom("feeds/claims.xml", "New claims", "sub", entries))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10" and parsed.feed.title == "New claims"
    assert [e.id for e in parsed.entries] == [
        "tag:nk-russia-analysis,2026:claim/C0002",
        "tag:nk-russia-analysis,2026:claim/C0001",
    ]
    assert parsed.entries[1].title == "C0001: troops <sent> & more"
    assert parsed.entries[0].link.endswith("claims/C0002.html") and parsed.feed.updated == "2025-02-01T10:00:00Z"
    absolute = feedparser.parse(feeds.atom("feeds/claims.xml", "t", "s", entries, "https://example.org/nk/"))
    assert absolute.entries[0].link == "https://example.org/nk/claims/C0002.html"


@property_settings(60)
@given(title=st.text(max_size=40), summary=st.text(max_size=80))
def test_any_text_makes_a_valid_feed(title: str, summary: str) -> None:
    parsed = feedparser.parse(
        feeds.atom("f.xml", title or "t", "s", [feeds.Entry("k", title, "2025-01-01", "p.html", summary)])
    )
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.entries[0].get("title", "") == feeds.text(title).strip() or not feeds.text(title).strip()


# --- versions --------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2025-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2025-01-01T00:00:00Z"}
    subprocess.run(["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args], cwd=repo, env=env, check=True,
                   capture_output=True)  # fmt: skip


def test_versions_say_what_each_added_revised_and_withdrew(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "data" / "curated").mkdir(parents=True)
    git(repo, "init", "-q")

    def commit(version: str, rows: list[tuple[str, str]]) -> None:
        (repo / "data" / "datapackage.json").write_text(json.dumps({"version": version}))
        lines = ["claim_id,value_best", *(f"{c},{v}" for c, v in rows)]
        (repo / "data" / "curated" / "claims.csv").write_text("\n".join(lines) + "\n")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", version)

    commit("0.1.0", [("C0001", "1"), ("C0002", "2")])
    commit("0.1.0", [("C0001", "1"), ("C0002", "2"), ("C0003", "3")])  # the same version goes on
    commit("0.2.0", [("C0002", "20"), ("C0003", "3"), ("C0004", "4")])
    (repo / "CHANGELOG.md").write_text(
        "# Changelog\n\n### Dataset (version 0.2.0)\n- Corrected C0002.\n\n### Code\n- x\n"
    )
    now = [{"claim_id": "C0002", "value_best": "20"}, {"claim_id": "C0003", "value_best": "3"},
           {"claim_id": "C0004", "value_best": "4"}, {"claim_id": "C0005", "value_best": "5"}]  # fmt: skip
    found = history.read_history("0.3.0", now, data_dir=repo / "data", root=repo)
    assert found.from_git and [v.version for v in found.versions] == ["0.1.0", "0.2.0", "0.3.0"]
    first, second, third = found.versions
    assert first.added == ["C0001", "C0002", "C0003"] and first.date == "2025-01-01"
    assert second.added == ["C0004"] and second.withdrawn == ["C0001"] and second.revised == {"C0002": ["value_best"]}
    assert second.notes == "- Corrected C0002."
    assert third.added == ["C0005"] and third.date == "" and third.claims == 4
    assert found.withdrawn() == {"C0001": "0.2.0"} and found.last_rows["C0001"]["value_best"] == "1"
    assert found.story("C0002") == [("0.1.0", "2025-01-01", "added"), ("0.2.0", "2025-01-01", "revised: value_best")]


def test_without_git_there_is_only_the_current_version(tmp_path: Path) -> None:
    found = history.read_history("1.0.0", [{"claim_id": "C0001"}], data_dir=tmp_path, root=tmp_path)
    assert not found.from_git and [(v.version, v.added) for v in found.versions] == [("1.0.0", ["C0001"])]


def test_claim_pages_is_passed_to_the_notebooks_that_declare_it(tmp_path: Path) -> None:
    """A report whose parameters cell has ``claim_pages`` gets the address of the site's claim pages."""
    import nbformat

    from analysis.reports import plan_reports
    from analysis.reports.registry import load_registry

    for name, cell in (
        ("with", 'as_of: str = ""\nclaim_pages: str = ""  # prefix of claim pages'),
        ("without", 'as_of: str = ""'),
    ):
        kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb = nbformat.v4.new_notebook(metadata={"kernelspec": kernel, "language_info": {"name": "python"}})
        nb.cells.append(nbformat.v4.new_code_cell(cell, metadata={"tags": ["parameters"]}))
        nbformat.write(nb, tmp_path / f"{name}.ipynb")
    (tmp_path / "reports.yaml").write_text(
        "reports:\n  with: {notebook: with.ipynb}\n  without: {notebook: without.ipynb}\n"
    )
    registry = load_registry(tmp_path / "reports.yaml")
    params = claim_page_params(registry)
    assert params == {"with.claim_pages": CLAIM_PAGES} and CLAIM_PAGES == "../../claims/"
    [plan] = plan_reports(all_reports=True, as_of="2025-03-27", params=params, registry=registry)
    given = {p.report.name: dict(p.given) for p in plan.runs}
    assert given == {"with": {"claim_pages": CLAIM_PAGES, "as_of": "2025-03-27"}, "without": {"as_of": "2025-03-27"}}
    assert links.rel("runs/2025-03-27/with.html", "claims/C0102.html") == CLAIM_PAGES + "C0102.html"


# --- options -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.org/nk", "https://example.org/nk/"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/"),
        ("", ""),
    ],
)
def test_base_url_ends_with_a_slash(value: str, expected: str) -> None:
    assert check_base_url(value) == expected


@pytest.mark.parametrize(
    "value", ["ftp://example.org/", "example.org", "https://", "https://x.org/?a=1", "https://x.org/#a"]
)
def test_a_bad_base_url_is_refused(value: str) -> None:
    with pytest.raises(UsageError, match="--base-url"):
        check_base_url(value)


@property_settings(60)
@given(st.text(max_size=30))
def test_an_accepted_base_url_is_an_address_ending_in_a_slash(value: str) -> None:
    try:
        found = check_base_url(value)
    except UsageError:
        return
    assert found == "" or (found.startswith(("http://", "https://")) and found.endswith("/"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "/"], "error: --out /: expected a folder for the site, not the root or home folder"),
        (["--base-url", "ftp://x"], "error: --base-url 'ftp://x': expected the site's address"),
        (["--jobs", "0"], "error: --jobs '0': expected a whole number from 1 to 64"),
        (["--every", "day"], "error: argument --every: invalid choice"),
        (["--from", "2026-13-01"], "error: --from '2026-13-01': expected a date as YYYY-MM-DD"),
    ],
)
def test_bad_options_are_one_line_and_run_nothing(args: list[str], message: str, tmp_path: Path) -> None:
    code, _, err = run_cli(["site", "--runs", str(tmp_path / "runs"), *args])
    assert code == 2 and err.splitlines()[0].startswith(message), err
    assert not (tmp_path / "runs").exists(), "nothing was run"


def test_a_folder_of_someone_else_s_files_is_not_touched(tmp_path: Path) -> None:
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "index.html").write_text("theirs")
    code, _, err = run_cli(["site", "--out", str(tmp_path / "www"), "--runs", str(tmp_path / "runs")])
    assert code == 2 and "holds files this tool did not write" in err
    assert (tmp_path / "www" / "index.html").read_text() == "theirs" and not (tmp_path / "runs").exists()


def test_a_runs_folder_that_is_a_file_is_named_by_its_option(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    runs.write_text("a file")
    code, _, err = run_cli(["site", "--out", str(tmp_path / "www"), "--runs", str(runs)])
    assert code == 2 and err.splitlines()[0].startswith("error: --runs "), err
    assert err.splitlines()[0].endswith(": not a folder") and runs.read_text() == "a file"


def test_the_command_is_listed() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "site", "--help"], capture_output=True, text=True, check=True
    )
    assert "--base-url" in done.stdout and "--from" in done.stdout and "--rerun" in done.stdout
