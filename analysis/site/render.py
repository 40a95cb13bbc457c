"""Pages from Jinja2 templates: one layout, relative links, a content-security policy on every page.

``Renderer.page(path, template, title=..., description=..., **values)`` renders a template
for the page at ``path`` (from the site root); inside it ``url(to)`` is the relative link to
any other page. Every value is escaped (autoescape) unless it is ``Markup`` built here.

Every page carries ``CSP``: nothing loads from any other host, no script runs. The search
page alone adds ``script-src 'self'`` for its one script file. A JSON-LD block is data, not
script: it is written with ``<`` escaped, so no text can close it.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from analysis.site.links import rel

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
GENERATOR = "nk-russia-analysis site"
CSP = "default-src 'none'; img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'none'"
SEARCH_CSP = (
    "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'self'"
)


@functools.cache
def environment() -> Environment:
    """The one Jinja2 environment (autoescaped; an undefined name is an error)."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        trim_blocks=False,
    )


def json_ld(data: object, compact: bool = False) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` (or JSON) block: ``<``, ``>``, ``&`` as escapes."""
    if compact:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    else:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@dataclass
class Common:
    """What every page shows: the site's name, the dataset version, how to cite, where claimants live."""

    name: str
    tagline: str
    version: str
    cite_short: str
    labels: dict[str, str]
    claimant_pages: dict[str, str]
    base_url: str = ""
    generator: str = GENERATOR
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Renderer:
    """Renders the site's pages (see the module notes)."""

    site: Common

    def page(self, path: str, template: str, *, title: str, description: str, **values: Any) -> str:
        """The HTML of the page at ``path``."""
        absolute = values.pop("absolute_links", False) and self.site.base_url

        def url(to: str) -> str:
            return f"{self.site.base_url}{to}" if absolute else rel(path, to)

        csp = Markup(SEARCH_CSP if values.pop("script", False) else CSP)  # our own constant: quotes stay quotes
        values.setdefault("jsonld", None)
        return (
            environment()
            .get_template(template)
            .render(site=self.site, path=path, url=url, title=title, description=description, csp=csp, **values)
        )
