"""The public site: the briefs, the archive, a page per claim, measure and claimant, and the data to download.

From the command line: ``python -m analysis site`` (``make site``; ``make serve`` to preview).
From Python::

    from analysis.site import build_site

    result = build_site("site", start="2026-01-05", every="week")
    result.reran, result.reused, result.counts.written, result.counts.kept

Modules: ``build`` (``build_site``: the runs, then the pages), ``runs`` (the archive's runs as
the site reads them), ``archive`` (home, archive and run pages, the briefs copied in),
``claims`` (claim pages, JSON-LD, the search index), ``figures`` (measure and claimant pages
with their charts), ``downloads`` (data, codebook, versions, methods, licence, citation),
``history`` (the dataset's versions from git and the CHANGELOG), ``feeds`` (Atom, sitemap),
``records`` (the tables as the pages read them), ``render`` (templates, the content-security
policy), ``links`` (relative addresses), ``writer`` (writing only what changed), ``cli``.
The site layer sits above the reports layer: nothing imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.site.build import SiteResult


def build_site(*args: Any, **kwargs: Any) -> SiteResult:
    """Build the site (``analysis.site.build.build_site``; imported on first use)."""
    from analysis.site.build import build_site as build

    return build(*args, **kwargs)


__all__ = ["build_site"]
