"""A brief's page: every claim id links to its entry in "Claims behind this brief"; sources read as a reader expects."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from nbconvert.filters.markdown_mistune import markdown2html_mistune

import analysis
from analysis.measures import headlines, words
from analysis.measures.brief import preamble
from analysis.present import markup

from .conftest import property_settings

SEED = "euronews-2025-03-27-nk-3000-more-troops"


class Links(HTMLParser):
    """Every ``href`` and every ``id`` of some HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("href"):
            self.hrefs.append(str(found["href"]))
        if found.get("id"):
            self.ids.append(str(found["id"]))


def links(html: str) -> Links:
    parsed = Links()
    parsed.feed(html)
    return parsed


@pytest.fixture(scope="module")
def brief() -> object:
    return preamble("2025-03-27")


def _page(brief: object, prefix: str = "") -> markup.Page:
    return markup.Page.of(brief, prefix)  # type: ignore[arg-type]


@property_settings(30)
@given(data=st.data())
def test_every_claim_id_shown_resolves_to_its_anchor(brief: object, data: st.DataObject) -> None:
    page = _page(brief)
    known = sorted(page.claims.index)
    ids = data.draw(st.lists(st.sampled_from(known), min_size=1, max_size=6))
    shown = page.table(pd.DataFrame({"what": ["x"] * len(ids), "claim_id": ids})).data
    shown += markdown2html_mistune(page.bullets([f"A figure [{i}]" for i in ids]).data)
    appendix = page.claims_appendix().data
    found, anchors = links(shown), set(links(appendix).ids)
    targets = {h.removeprefix("#") for h in found.hrefs if h.startswith("#")}
    assert targets == {f"claim-{i}" for i in ids}
    assert targets <= anchors, "every link on the page lands on an entry of the appendix"
    assert anchors == {f"claim-{i}" for i in page.cited}, "one entry per claim cited, no more"


def test_only_known_ids_are_linked_and_links_stay_as_they_are(brief: object) -> None:
    page = _page(brief)
    text = page.linked('C9999 and C0001 and <a href="https://example.org/C0002">C0002</a> and XC0003 and C0004-2')
    assert text.count('href="#claim-') == 1 and '"#claim-C0001"' in text
    assert list(page.cited) == ["C0001"]


def test_the_appendix_gives_every_field_of_each_claim(brief: object) -> None:
    page = _page(brief)
    page.cite(["C0063"])  # the JCS's about 4,000 killed or wounded of the seed article
    row = page.claim_rows().iloc[0]
    claim = analysis.load_claims().set_index("claim_id").loc["C0063"]
    assert row["claim"] == "C0063" and row["claimant"] == claim["claimant"]
    assert row["figure"].startswith("Killed or wounded: ") and "4,000" in row["figure"]
    assert row["hedge"] == words.hedge(claim["qualifier"], claim["cue"])
    assert row["date"] == "27 Mar 2025"
    assert "shipped with the dataset as data/raw/" in row["source"], "the founding article has no address, and says so"
    html = page.claims_appendix().data
    assert 'id="claim-C0063"' in html
    further = analysis.load()["claim_sources"]
    assert ("C0063" in set(further["claim_id"])) == ("Also carried by" in html)


def test_claim_pages_are_linked_when_a_prefix_is_given(brief: object) -> None:
    page = _page(brief, "../claims/")
    page.cite(["C0063", "C0062"])
    hrefs = links(page.claims_appendix().data).hrefs
    assert "../claims/C0063.html" in hrefs and "../claims/C0062.html" in hrefs
    plain = _page(brief)
    plain.cite(["C0063"])
    assert not any(h.endswith(".html") for h in links(plain.claims_appendix().data).hrefs)


@property_settings(60)
@given(prefix=st.text(max_size=30))
def test_any_claim_pages_prefix_is_accepted_and_stays_an_address(brief: object, prefix: str) -> None:
    """Whatever the parameter holds, the link is an http(s) address or a path on the same site."""
    page = _page(brief, prefix)
    page.cite(["C0063"])
    hrefs = [h for h in links(page.claims_appendix().data).hrefs if h.endswith("C0063.html")]
    if not prefix:
        assert hrefs == []
        return
    (href,) = hrefs
    assert re.match(r"https?://", href) or ":" not in href.split("/", 1)[0], href
    assert not re.search(r"[\s\"'<>`]", href), href


# --- sources ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("publisher", "credits", "shown"),
    [
        ("TruthLens (CNN text)", "CNN", "CNN, via TruthLens"),
        ("AM1 News (republishing Euromaidan Press)", "Euromaidan Press", "Euromaidan Press, via AM1 News"),
        ("Herald Business (copy at heraldk.com)", "Herald Business; LIGA.net", "LIGA.net, via Herald Business"),
        ("Maeil Ilbo (copy at terradarcobaleno.com)", "Maeil Ilbo", "Maeil Ilbo (copy at terradarcobaleno.com)"),
        ("aNews (Anadolu, citing Yonhap)", "Anadolu Agency; Yonhap", "Anadolu Agency and Yonhap, via aNews"),
        ("Newspim", None, "Newspim"),
        ("Some Site", "unknown (page not read)", "Some Site"),
    ],
)
def test_the_original_outlet_comes_first(publisher: str, credits: str | None, shown: str) -> None:
    assert words.outlet(publisher, credits) == shown


def test_a_source_reads_by_its_own_title_with_a_gloss_never_the_publisher_twice() -> None:
    sources = analysis.load()["sources"]
    untitled = sources[sources["title"].isna() & sources["url"].notna()].iloc[0]
    text = markup.source_text(untitled)
    assert text.count(str(untitled["publisher"]).split(" (")[0]) == 1, text
    assert "page at " in text
    glossed = sources[sources["title_en"].notna() & sources["title"].notna()].iloc[0]
    text = markup.source_text(glossed)
    assert markup.esc(glossed["title_en"]) in text and markup.esc(glossed["title"]) in text
    assert text.index(markup.esc(glossed["title"])) < text.index(markup.esc(glossed["title_en"]))
    every = [markup.source_text(r) for _, r in sources.iterrows()]
    assert not [t for t in every if re.search(r"(\b[\w .]+) \| \1", t)], "no 'KBS World | KBS World'"


def test_headline_sources_name_the_original_outlet() -> None:
    figures = headlines.headline_figures(as_of="2026-03-16")
    assert not figures["source"].str.contains(r"\(republishing|\(CNN text\)|\(citing", regex=True).any()
    assert "Euromaidan Press, via AM1 News" in set(figures["source"])


def test_events_carry_their_source_link_and_no_slug(brief: object) -> None:
    page = _page(brief)
    events = analysis.timeline(start="2024-01-01", as_of="2025-03-27")
    table = markup.events_table(events, page)
    assert set(table.columns) == {"when", "category", "what happened", "actors", "source", "event_id"}
    assert all(cell.startswith("<a href=\"http") or "not in the dataset" in cell or "<" not in cell
               for cell in table["source"])  # fmt: skip
    shown = page.table(table, html_columns=("source",)).data
    assert not re.search(r"\b[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}-[a-z0-9-]+", re.sub(r'href="[^"]*"', "", shown))
    assert "January 2025" in set(table["when"]) and "2024" in set(table["when"]), "dates at their precision"
    pact = table[table["event_id"] == "E0003"]["what happened"].iloc[0]
    assert "the same as the event of 19 June 2024" in pact


def test_tables_write_dates_at_their_precision() -> None:
    frame = pd.DataFrame(
        {"date": pd.to_datetime(["2025-01-01", "2024-01-01", "2025-03-27"]), "date_precision": ["month", "year", "day"]}
    )
    html = markup.table(frame).data
    assert "January 2025" in html and ">2024<" in html and "27 Mar 2025" in html
    assert "2025-01-01" not in html


def test_cited_key_points_and_bottom_line_carry_their_claims() -> None:
    points = headlines.key_points(as_of="2025-03-27", since="2025-03-20", cite=True)
    assert any("[C0063]" in p for p in points), points
    line = headlines.bottom_line("2025-03-27", cite=True)
    assert all(re.search(r"\[C\d{4}(, C\d{4})*\]", s) for s in line[:3]), line
    assert headlines.key_points(as_of="2025-03-27") == [
        re.sub(r" \[C\d{4}(, C\d{4})*\]", "", p) for p in headlines.key_points(as_of="2025-03-27", cite=True)
    ], "citing adds the ids and changes nothing else"


def test_what_changed_is_counted_once_for_a_brief() -> None:
    """The bottom line, the key points and the table count the same claims: every measure."""
    day, since = "2024-10-31", "2024-10-01"  # containers (not a headline measure) among them
    table = headlines.changes_since(since=since, as_of=day)
    sentence = f"{words.count(len(table), 'new claim')}, on "
    assert any(sentence in p for p in headlines.key_points(as_of=day, since=since))
    assert any(sentence in s for s in headlines.bottom_line(day, since=since))
