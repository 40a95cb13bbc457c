"""Atom feeds (new briefs, new claims) and the sitemap, as XML from the standard library.

Each entry's ``id`` is a ``tag:`` URI that never changes (``tag:nk-russia-analysis,2026:claim/C0102``),
so a reader sees an entry once, and again only when its ``updated`` moves: a brief's when it
was made anew (a re-run is a new version of that week's brief), a claim's when the dataset
version that added or last revised it reached the main line (its report date when the history
is not known). A feed's ``updated`` is its newest entry's, never the time of the build, so an
unchanged site writes the same feed. Links are relative to the feed (``../claims/C0102.html``)
unless the site has a base URL, which makes them absolute, as the sitemap protocol requires
for the sitemap (without a base URL its locations are relative to the site's root).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.site.links import rel

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
TAG = "tag:nk-russia-analysis,2026:"
AUTHOR = "The nk-russia-analysis contributors"
MAX_ENTRIES = 60
# characters XML 1.0 cannot hold, and the C1 controls it discourages (feed readers take them for Windows-1252)
NOT_XML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def text(value: str) -> str:
    """``value`` with the characters XML cannot carry removed (control characters, lone surrogates)."""
    return NOT_XML.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))  # a parser reads a CR as LF


@dataclass(frozen=True)
class Entry:
    """One entry of a feed."""

    key: str  # the end of its tag URI: 'brief/2026-03-16', 'claim/C0102'
    title: str
    updated: str  # ISO 8601, UTC (a day is read as its midnight)
    page: str  # the page it links to, from the site root
    summary: str
    published: str = ""


def _stamp(value: str) -> str:
    if len(value) == 10:
        return f"{value}T00:00:00Z"
    return value if value.endswith("Z") else value + "Z"


def atom(path: str, title: str, subtitle: str, entries: Iterable[Entry], base_url: str = "") -> bytes:
    """An Atom 1.0 feed at ``path`` (from the site root), newest entries first."""

    def link(page: str) -> str:
        return base_url + page if base_url else rel(path, page)

    ET.register_namespace("", ATOM)
    chosen = sorted(entries, key=lambda e: (e.updated, e.key), reverse=True)[:MAX_ENTRIES]
    feed = ET.Element(f"{{{ATOM}}}feed")
    for tag, value in (("id", TAG + path), ("title", title), ("subtitle", subtitle)):
        ET.SubElement(feed, f"{{{ATOM}}}{tag}").text = text(value)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(chosen[0].updated) if chosen else "2026-01-01T00:00:00Z"
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = AUTHOR
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type="application/atom+xml", href=link(path))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=link("index.html"))
    ET.SubElement(feed, f"{{{ATOM}}}rights").text = "Data: CC BY 4.0"
    for e in chosen:
        item = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(item, f"{{{ATOM}}}id").text = text(TAG + e.key)
        ET.SubElement(item, f"{{{ATOM}}}title").text = text(e.title)
        ET.SubElement(item, f"{{{ATOM}}}updated").text = _stamp(e.updated)
        if e.published:
            ET.SubElement(item, f"{{{ATOM}}}published").text = _stamp(e.published)
        ET.SubElement(item, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=link(e.page))
        ET.SubElement(item, f"{{{ATOM}}}summary", type="text").text = text(e.summary)
    ET.indent(feed)
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True)) + b"\n"


def sitemap(pages: Iterable[str], base_url: str = "") -> bytes:
    """``sitemap.xml`` listing ``pages`` (absolute with a base URL, else relative to the site root)."""
    ET.register_namespace("", SITEMAP)
    urlset = ET.Element(f"{{{SITEMAP}}}urlset")
    for page in sorted(set(pages)):
        ET.SubElement(ET.SubElement(urlset, f"{{{SITEMAP}}}url"), f"{{{SITEMAP}}}loc").text = text(base_url + page)
    ET.indent(urlset)
    return bytes(ET.tostring(urlset, encoding="utf-8", xml_declaration=True)) + b"\n"
