"""Every string from the data is escaped for each output it reaches: HTML tables, Markdown prose (as
nbconvert renders it for the pages and as a second renderer does), the ``.md`` summary, and chart
text. No data string becomes a tag, an emphasis, a list or a link, except a URL column through
``markup.link``. Inputs are generated (Hypothesis) around hostile fragments.
"""

from __future__ import annotations

import html
import os
from html.parser import HTMLParser

import markdown_it
import mistune
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from analysis.present import markup
from analysis.reports.output import md_summary

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
SETTINGS = settings(max_examples=1500 if LONG else 150, deadline=None, derandomize=not LONG)

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "[click me](https://evil.example)",
    "https://evil.example/path?q=1",
    "www.evil.example",
    "someone@evil.example",
    "<https://evil.example>",
    "*bold* _it_ `code` ~~gone~~",
    "![img](x.png)",
    "1. ",
    "- ",
    "    ",
    "# ",
    "| a | b |",
    "&amp; &lt; &#58;",
    "\\",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "\u202e",
]
# what curated text may hold: printable characters and spaces (validation refuses control characters)
TEXT = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)),
    max_size=5,
).map("".join)

RENDERERS = {
    "nbconvert (the HTML pages)": markdown2html_mistune,
    "mistune with bare-URL links": mistune.create_markdown(escape=False, plugins=["url", "strikethrough", "table"]),
    "CommonMark (markdown-it)": markdown_it.MarkdownIt("commonmark").render,
}


class Tags(HTMLParser):
    """The tags and attributes of an HTML fragment, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(fragment: str) -> Tags:
    found = Tags()
    found.feed(fragment)
    found.close()
    return found


def squeezed(text: str) -> str:
    return "".join(text.split())


@SETTINGS
@given(value=TEXT)
def test_data_in_markdown_prose_stays_text(value: str) -> None:
    prose = markup.md("**Said**: {v} (end).", v=value).data
    items = markup.bullets([value, f"then {value}"]).data
    for name, render in RENDERERS.items():
        page = parse(render(prose))
        assert [t for t, _ in page.tags] == ["p", "strong"], (name, value, render(prose))
        assert squeezed("".join(page.text)) == squeezed(f"Said: {value} (end)."), (name, value, render(prose))
        listed = parse(render(items))
        assert [t for t, _ in listed.tags] == ["ul", "li", "li"], (name, value, render(items))
        assert squeezed("".join(listed.text)) == squeezed(f"{value}then {value}"), (name, value)


@SETTINGS
@given(value=TEXT)
def test_data_in_the_md_summary_stays_text(value: str) -> None:
    """The ``.md`` summary beside each page, rendered by a mail or chat client, shows the data as typed."""
    summary = md_summary(markup.bullets([f"Publisher {value} said"]).data)
    for name, render in RENDERERS.items():
        page = parse(render(summary))
        assert [t for t, _ in page.tags] == ["ul", "li"], (name, value, render(summary))
        assert squeezed("".join(page.text)) == squeezed(f"Publisher {value} said"), (name, value)


@SETTINGS
@given(value=TEXT, url=st.one_of(TEXT, st.just("https://example.org/a?b=1&c=<2>")))
def test_only_a_url_column_becomes_a_link(value: str, url: str) -> None:
    found = parse(markup.link(value, url))
    links = [attrs for tag, attrs in found.tags if tag == "a"]
    if url.startswith(("http://", "https://")):
        assert links == [[("href", url)]], (value, url)
    else:
        assert links == [], (value, url)
    assert [t for t, _ in found.tags if t != "a"] == [] and "".join(found.text) == value


@SETTINGS
@given(values=st.lists(TEXT, min_size=1, max_size=4))
def test_table_cells_are_text(values: list[str]) -> None:
    frame = pd.DataFrame({"title": values, "source_id": values})
    found = parse(markup.table(frame).data)
    assert {t for t, _ in found.tags} <= {"table", "thead", "tbody", "tr", "th", "td"}
    shown = [html.unescape(markup.esc_cell(v)) for v in values]  # unprintable characters shown as \\xNN
    assert "".join(found.text) == "TitleSource id" + "".join(v + v for v in shown)
    assert all(s == v for s, v in zip(shown, values, strict=True) if v.isprintable())


def test_the_issue_examples() -> None:
    """A publisher with a tag and a Markdown link, and a bare URL, as the reports print them."""
    publisher = "<img src=x onerror=alert(1)> [click me](https://evil.example)"
    page = markdown2html_mistune(markup.bullets([f"{publisher} reported it; see https://evil.example/x"]).data)
    assert "<img" not in page and "<a " not in page and "&lt;img src=x" in page
    summary = md_summary(markup.bullets([publisher]).data)
    assert summary == "- \\<img src=x onerror=alert(1)\\> \\[click me\\](https\\://evil.example)"


@pytest.mark.parametrize("text", ["$x^$", "a_b^c $$ \\frac", "<b>bold</b>", "\u202eright to left", "x" * 300])
def test_chart_text_is_drawn_as_typed(text: str) -> None:
    """Chart titles and labels from data are not read as mathtext or markup (the style sets text.parse_math)."""
    from analysis.present import charts

    with charts.style():
        fig = charts._new_figure()
        ax = fig.subplots()
        ax.set_title(text[:80])  # a title is one line; the source line below is wrapped
        charts.add_source_line(fig, text)
        charts.png_bytes(fig)  # draws: broken mathtext would raise here
        assert ax.get_title("left") == text[:80]
        shown = [t.get_text() for t in fig.texts]
        assert shown and "".join(shown[-1].split()) == "".join(f"Source: {text}".split()), "wrapped, not changed"
