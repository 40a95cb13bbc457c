"""Addresses inside the site: every link relative, every page's address fixed by what it shows.

A page's address is a path from the site's root (``claims/C0102.html``); a link from one page
to another is the relative path between them (``../claims/C0102.html``), so the site works
from any folder of a server and from ``file://``. Folders are never linked bare: a link names
``index.html``, which ``file://`` needs.

Claim pages are ``claims/<claim id>.html`` forever; measure pages ``measures/<metric>.html``;
claimant pages ``claimants/<slug>.html``, the slug made from the name (``South Korea NIS`` ->
``south-korea-nis``), so an address changes only if the claimant is renamed.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterable

CLAIM_ID = re.compile(r"\bC\d{4}\b")


@functools.lru_cache(maxsize=65536)
def rel(from_page: str, to: str) -> str:
    """The relative link from the page at ``from_page`` to ``to`` (both from the site root, no '..')."""
    path, hash_, anchor = to.partition("#")
    if not path:
        return posixpath.basename(from_page) + hash_ + anchor
    here, there = from_page.split("/")[:-1], path.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:]) + hash_ + anchor


def root_of(page: str) -> str:
    """The prefix that leads from ``page`` to the site root: '' or '../' or '../../'."""
    return "../" * page.count("/")


def slug(name: str) -> str:
    """A stable ASCII file name for a name: lower case, words joined by hyphens."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text or "x"


def slugs(names: Iterable[str]) -> dict[str, str]:
    """A slug per name, unique: a second name with the same slug gets '-2', and so on (in sorted order)."""
    found: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(set(names)):
        base = candidate = slug(name)
        n = 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        found[name] = candidate
    return found


def claim_page(claim_id: str) -> str:
    """The address of a claim's page."""
    return f"claims/{claim_id}.html"


def link_claims(escaped_html: str, here: str, known: Callable[[str], bool]) -> str:
    """HTML text with every claim id that has a page made a link to it (text inside tags left alone).

    ``escaped_html`` is already safe HTML; only ids in its text (not inside a tag or an existing
    link) are wrapped.
    """
    out, inside_link = [], 0
    for part in re.split(r"(<[^>]*>)", escaped_html):
        if part.startswith("<"):
            inside_link += 1 if re.match(r"<a[\s>]", part) else -1 if part.startswith("</a") else 0
            out.append(part)
        elif inside_link:
            out.append(part)
        else:
            out.append(
                CLAIM_ID.sub(
                    lambda m: (
                        f'<a href="{html.escape(rel(here, claim_page(m.group())))}">{m.group()}</a>'
                        if known(m.group())
                        else m.group()
                    ),
                    part,
                )
            )
    return "".join(out)
