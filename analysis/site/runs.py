"""The archive's runs as the site reads them: each day's briefs, the claims they show, the bottom line.

A run is a folder ``<runs>/<as_of>/`` the report runner published (its ``manifest.json``
says ``ok``); each report of it is a ``Brief`` with its page, its summary and the sha256 the
manifest recorded. Which claims a brief shows is read from its page: every claim id in it that
the dataset knows (``claim_ids``); the bottom line of a situation report from its executed
notebook (the output of the cell tagged ``bottom-line``).

Data quirks: the pages embed their charts as ``data:`` URIs, whose base64 text can hold
``/C0123/`` by chance, so URIs are cut out before ids are looked for. A notebook's Markdown
escapes every character from the data as an HTML entity; ``markdown_html`` turns it into HTML
without turning an entity back into markup. A brief's bottom line links its claim ids to its own
appendix (``[C0102](#claim-C0102)``), an anchor no other page has, so the site shows them as
plain ids, which it links to the claims' pages.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from analysis.reports import manifest
from analysis.reports.manifest import Manifest
from analysis.site.links import CLAIM_ID

QUOTE = re.compile(r"^ {0,3}> ?", re.M)
BRIEF_ANCHOR = re.compile(r"\[(C\d{4,})\]\(#claim-\1\)")
DATA_URI = re.compile(rb"data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]*")
LEAD = "situation_report"  # the brief the home page and the feed of briefs show


@dataclass(frozen=True)
class Brief:
    """One report of one run, as published."""

    name: str
    title: str
    description: str
    html: Path
    md: Path | None
    ipynb: Path | None
    sha256: str
    finished: str  # when it was made (UTC, ISO 8601): kept while it is reused


@dataclass(frozen=True)
class Run:
    """One published day of the archive."""

    as_of: str
    folder: Path
    manifest: Manifest
    briefs: dict[str, Brief]

    @property
    def version(self) -> str:
        """The dataset version the run's newest report was made from."""
        return str((self.manifest.dataset or {}).get("version", "unknown"))


def published(runs_dir: Path, days: list[str]) -> list[Run]:
    """The runs of ``days`` that ``runs_dir`` holds, published and whole, oldest first."""
    found = []
    for day in sorted(days):
        folder = runs_dir / day
        run = manifest.read(folder)
        if run is None or run.status != "ok":
            continue
        briefs = {}
        for name, entry in run.reports.items():
            if entry.status == "ok" and entry.html and (folder / entry.html).is_file():
                briefs[name] = Brief(
                    name=name,
                    title=entry.title,
                    description=entry.description,
                    html=folder / entry.html,
                    md=folder / entry.md if entry.md and (folder / entry.md).is_file() else None,
                    ipynb=folder / entry.ipynb if entry.ipynb else None,
                    sha256=entry.html_sha256 or "",
                    finished=entry.finished,
                )
        found.append(Run(day, folder, run, briefs))
    return found


def claim_ids(page: Path) -> list[str]:
    """Every claim id a brief's page shows, in order of first appearance (embedded images left out)."""
    text = DATA_URI.sub(b"", page.read_bytes()).decode("utf-8", "replace")
    return list(dict.fromkeys(CLAIM_ID.findall(text)))


def bottom_line(brief: Brief) -> str:
    """The Markdown of a brief's bottom line (the cell tagged ``bottom-line``), or its first key point."""
    cells = []
    if brief.ipynb and brief.ipynb.is_file():
        cells = json.loads(brief.ipynb.read_text(encoding="utf-8")).get("cells", [])
    for tag in ("bottom-line", "key-points"):
        for cell in cells:
            if tag in cell.get("metadata", {}).get("tags", []):
                for out in cell.get("outputs", []):
                    text = out.get("data", {}).get("text/markdown")
                    if text:
                        return "".join(text).strip()
    return ""


def markdown_html(markdown: str) -> str:
    """A notebook's Markdown (data already entity-escaped) as HTML: no raw tag survives, entities stay."""
    import mistune

    # a quoted line ("> **Bottom line.** ...") is the brief's own box; the site draws its own
    unquoted = QUOTE.sub("", markdown)
    safe = BRIEF_ANCHOR.sub(r"\1", unquoted).replace("<", "&lt;").replace(">", "&gt;")
    return str(mistune.create_markdown(escape=False, plugins=["table"])(safe)).strip()
