"""The home page, the archive and a page per run, with the briefs themselves copied in.

Every published run of the archive becomes ``runs/<as_of>/`` in the site: its briefs as the
runner wrote them (``<report>.html`` and the ``.md`` summary), and ``index.html``, which lists
them with the claims each shows, each linked to its page. ``archive.html`` lists every run,
newest first, with its headline figures (troops sent, killed or wounded, artillery rounds:
the newest claim of each known that day, with its claimant, date and claim id) and how many
claims were new that week. The home page leads with the newest situation report's bottom line
and links every report of that day.

The headline figures of a run are computed with the measures layer from the claims known on
its day, and kept in the cache with the digest of those rows, so an unchanged week is not
computed again.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from markupsafe import Markup

from analysis.measures import words
from analysis.site import runs as run_files
from analysis.site.links import claim_page, link_claims
from analysis.site.records import Records
from analysis.site.render import Renderer
from analysis.site.runs import LEAD, Run

HEADLINES = (
    ("troops", "Troops sent"),  # every contingent, as deployed_total adds them up
    ("casualties_killed_or_wounded", "Killed or wounded"),
    ("artillery_shells", "Artillery rounds supplied"),
)


def brief_page(as_of: str, name: str, ext: str = "html") -> str:
    """A brief's address in the site."""
    return f"runs/{as_of}/{name}.{ext}"


def run_page(as_of: str) -> str:
    """A run's page in the site."""
    return f"runs/{as_of}/index.html"


def described(text: str) -> Callable[[bytes], bytes]:
    """A change for a brief's copy: a ``<meta name="description">`` in its head, if it has none."""
    tag = f'<meta name="description" content="{html.escape(text, quote=True)}">\n'.encode()

    def change(page: bytes) -> bytes:
        head, found, rest = page.partition(b"</head>")
        if not found or b'name="description"' in head:
            return page
        return head + tag + found + rest

    return change


def headline_figures(claims: pd.DataFrame, as_of: str) -> list[dict[str, Any] | None]:
    """Per headline measure, the newest figure known on ``as_of`` (None before the first claim)."""
    import analysis

    known = claims[claims["reported_on"] <= pd.Timestamp(as_of)]
    found: list[dict[str, Any] | None] = []
    for metric, _ in HEADLINES:
        if metric == "troops":
            est = analysis.deployed_total(as_of, claims=known) if not known.empty else None
        elif (known["metric"] == metric).any():
            est = analysis.latest_estimate(metric, as_of=as_of, claims=known)
        else:
            est = None
        if est is None:
            found.append(None)
            continue
        found.append(
            {
                "figure": est.figure(),
                "who": words.listing(est.claimants),
                "date": words.day(est.reported_on) if est.reported_on else "",
                "claim_ids": list(est.claim_ids),
            }
        )
    return found


@dataclass
class ArchivePages:
    """Writes the runs' pages, the archive and the home page (see the module notes)."""

    render: Renderer
    write: Any
    records: Records
    runs: list[Run]
    shown: dict[tuple[str, str], list[str]]  # (as_of, report): claim ids the brief shows
    bottoms: dict[str, str]  # as_of: the Markdown of that day's situation report's bottom line
    extra_claims: frozenset[str] = frozenset()  # withdrawn claims, which keep their pages

    def copy_briefs(self) -> None:
        """Each run's briefs and summaries, as the runner wrote them."""
        for run in self.runs:
            for name, brief in run.briefs.items():
                about = f"{brief.title}, {words.day(run.as_of)}: {brief.description}"
                self.write.copy(
                    brief_page(run.as_of, name), brief.html, brief.sha256 or None, described(about), salt=about
                )
                if brief.md:
                    self.write.copy(brief_page(run.as_of, name, "md"), brief.md)

    def reports(self, run: Run) -> list[dict[str, Any]]:
        """The reports of a run, for a list of links."""
        return [
            {
                "name": name,
                "title": b.title,
                "description": b.description,
                "href": brief_page(run.as_of, name),
                "md_href": brief_page(run.as_of, name, "md") if b.md else "",
                "finished": b.finished,
                "claims": [c for c in self.shown.get((run.as_of, name), []) if self.known(c)],
            }
            for name, b in run.briefs.items()
        ]

    def known(self, claim_id: str) -> bool:
        """True if the site has a page for ``claim_id``."""
        return claim_id in self.records.claims or claim_id in self.extra_claims

    def run_pages(self) -> None:
        """``runs/<as_of>/index.html`` for every run."""
        for i, run in enumerate(self.runs):
            page = run_page(run.as_of)
            near = {
                "previous": self.runs[i - 1] if i else None,
                "next": self.runs[i + 1] if i + 1 < len(self.runs) else None,
            }
            reports = self.reports(run)
            ids = {c for r in reports for c in r["claims"]}
            titles = {c: self.records.title(self.records.claims[c]) for c in ids if c in self.records.claims}
            self.write.page(
                page,
                self.render.page(
                    page,
                    "run.html.j2",
                    title=f"Reports as of {words.day(run.as_of)}",
                    description=f"Every report of the run of {words.day(run.as_of)}, with the claims each one shows.",
                    run={
                        "as_of": run.as_of,
                        "day": words.day(run.as_of),
                        "version": run.version,
                        "reports": reports,
                        **{k: {"as_of": r.as_of, "href": run_page(r.as_of)} if r else None for k, r in near.items()},
                    },
                    titles=titles,
                ),
            )

    def archive_page(self, headlines: dict[str, list[dict[str, Any] | None]]) -> None:
        """``archive.html``: every run, newest first, with its headline figures."""
        days = [r.as_of for r in self.runs]
        reported = sorted(r["reported_on"][:10] for r in self.records.claims.values())
        rows = []
        for i, run in enumerate(self.runs):
            since = days[i - 1] if i else ""  # the first run counts every claim up to its day
            new = sum(1 for d in reported if since < d <= run.as_of)
            rows.append(
                {
                    "as_of": run.as_of,
                    "run_href": run_page(run.as_of),
                    "headlines": headlines.get(run.as_of, [None] * len(HEADLINES)),
                    "new": new,
                    "reports": self.reports(run),
                }
            )
        self.write.page(
            "archive.html",
            self.render.page(
                "archive.html",
                "archive.html.j2",
                title="Archive: what was known when",
                description=f"{len(rows)} runs of the briefs, newest first, with the headline figures known each day.",
                runs=rows[::-1],
                headings=[h for _, h in HEADLINES],
            ),
        )

    def lead(self, headlines: dict[str, list[dict[str, Any] | None]] | None = None) -> dict[str, Any] | None:
        """The newest run's situation report: its title, bottom line and every report of that day."""
        run = next((r for r in reversed(self.runs) if LEAD in r.briefs), None)
        if run is None:
            return None
        brief = run.briefs[LEAD]
        here = "index.html"
        bottom = run_files.markdown_html(self.bottoms.get(run.as_of, "")) or "<p>This brief has no bottom line.</p>"
        return {
            "title": f"{brief.title}, {words.day(run.as_of)}",
            "day": words.day(run.as_of),
            "bottom_line": Markup(link_claims(bottom, here, self.known)),
            "href": brief_page(run.as_of, LEAD),
            "run_href": run_page(run.as_of),
            "reports": self.reports(run),
            "headlines": [
                {"label": label, "value": value}
                for (_, label), value in zip(HEADLINES, (headlines or {}).get(run.as_of, []), strict=False)
            ],
        }

    def home(self, headlines: dict[str, list[dict[str, Any] | None]] | None = None) -> dict[str, Any] | None:
        """``index.html``: the newest situation report's bottom line and headline figures; returns the lead."""
        lead = self.lead(headlines)
        self.write.page(
            "index.html",
            self.render.page(
                "index.html",
                "home.html.j2",
                title=f"{self.render.site.name}: {lead['title']}" if lead else self.render.site.name,
                description=self.render.site.tagline,
                lead=lead,
                runs=len(self.runs),
                claims=len(self.records.claims),
            ),
        )
        return lead


__all__ = ["HEADLINES", "ArchivePages", "brief_page", "claim_page", "headline_figures", "run_page"]
