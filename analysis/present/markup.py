"""Showing results in notebooks and their HTML reports, safely.

Curated strings and source sentences end up in HTML and Markdown. Everything that comes from
data is escaped here: a sentence containing ``<script>`` shows as text and runs nothing, and
no data string becomes a link except a URL column shown through ``link``. Notebooks display
tables and prose through these helpers only.

Data quirks: Markdown renderers turn bare addresses into links (``https://...`` in nbconvert's
mistune and JupyterLab, ``www.`` and e-mail addresses in JupyterLab), so ``esc`` writes the
``:``, the ``@`` and the dot after ``www`` as entities, which show as the same characters but
start no link; so are leading spaces and a leading ``1.``, ``-``, ``+`` or ``=``, which would
start a code block, a list or a heading, and a line break is a space (as Markdown shows it).
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import quote

import pandas as pd
from IPython.display import HTML, Markdown

from analysis.data import schema
from analysis.measures import words
from analysis.measures.brief import Brief
from analysis.present.charts import Chart

# HTML's five, then every character Markdown gives a meaning to (emphasis, links, code, headings, tables)
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "[": "&#91;", "]": "&#93;", "*": "&#42;"}
    | {"_": "&#95;", "`": "&#96;", "\\": "&#92;", "~": "&#126;", "|": "&#124;", "#": "&#35;", "!": "&#33;"}
    | {":": "&#58;", "@": "&#64;"}  # no link from a bare address (see the module notes)
)
_WWW_DOT = re.compile(r"(?i)(?<=www)\.")
_BLOCK_START = re.compile(r"^([ \t]*)(?:(\d{1,9})([.)])|([-+=]))?")  # a list item or an underline at the start


def esc(value: object) -> str:
    """Text from data made safe for HTML and Markdown: no tags, no emphasis, no links, no blocks (see the notes)."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text  # Markdown shows a break as a space
    text = _WWW_DOT.sub("&#46;", text.translate(_ESCAPES))
    return _BLOCK_START.sub(_block_start, text, count=1)


def _block_start(m: re.Match[str]) -> str:
    """Leading spaces and a leading ``1.``, ``-``, ``+`` or ``=`` as entities: text, not indentation or a list."""
    spaces = "".join(f"&#{ord(c)};" for c in m.group(1))
    mark = m.group(3) or m.group(4)
    return f"{spaces}{m.group(2) or ''}{f'&#{ord(mark)};' if mark else ''}"


def md(template: str, **values: Any) -> Markdown:
    """Markdown prose with ``{name}`` placeholders filled by escaped values.

    The template is ours (it may use Markdown); the values come from data and are escaped.
    Numbers are formatted with thousands separators.
    """
    safe = {k: (f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else esc(v)) for k, v in values.items()}
    return Markdown(template.format(**safe))


NUM = ' class="num" style="text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums"'
TEXT = ' style="text-align:left"'  # inline, so JupyterLab (which right-aligns every cell) shows what the page shows
DATE = ' class="date" style="text-align:left;white-space:nowrap"'
HEADERS = {"reported_on": "Reported on", "claim_id": "Claim", "source_id": "Source id", "url": "Link"}
PRECISION_OF = {"date": "date_precision", "period_start": "date_precision", "period_end": "date_precision"}


def header(column: object) -> str:
    """A column name as words: ``reported_on`` -> ``Reported on``."""
    text = str(column)
    return HEADERS.get(text, text.replace("_", " ")[:1].upper() + text.replace("_", " ")[1:])


def when(value: object, precision: object = "day") -> str:
    """A date in a table, only as precise as it is known: '14 Feb 2026', 'January 2025', '2024'."""
    if _missing(value):
        return ""
    day = pd.Timestamp(str(value)) if not isinstance(value, pd.Timestamp) else value
    prec = "day" if _missing(precision) else str(precision)
    if prec == "year":
        return f"{day:%Y}"
    if prec == "month":
        return f"{day:%B %Y}"
    return f"{day.day} {day:%b %Y}"


def when_span(value: object, precision: object = "day", end: object = None) -> str:
    """``when``, and the last day when the event spans several: '25 Mar 2025 to 27 Mar 2025'; an end
    inside the same month (or year) of a month- (or year-) precise date adds nothing."""
    text = when(value, precision)
    if _missing(end) or _missing(value) or pd.Timestamp(str(end)) <= pd.Timestamp(str(value)):
        return text
    last = when(end, precision)
    return text if last == text else f"{text} to {last}"


def _dates(frame: pd.DataFrame, col: str) -> list[str]:
    precision = PRECISION_OF.get(col)
    levels = frame[precision] if precision in frame else pd.Series("day", index=frame.index)
    return [html.escape(when(v, p)) for v, p in zip(frame[col], levels, strict=True)]


def _is_dates(series: pd.Series) -> bool:
    """A column of dates: datetime64, or objects that are all timestamps (a concatenation of frames)."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return True
    values = series.dropna()
    return series.dtype == object and len(values) > 0 and all(isinstance(v, pd.Timestamp) for v in values)


def table(frame: pd.DataFrame, max_rows: int = 200, html_columns: tuple[str, ...] = (), stack: bool = True) -> HTML:
    """A DataFrame as an HTML table with every cell escaped, ready to read, to print and to stack on a phone.

    Headers are words, text is left-aligned and numbers right-aligned (class ``num``, set inline
    too, so JupyterLab shows them as the pages do), id columns come last; dates show as
    '14 Feb 2026', or as 'January 2025' when the row's ``date_precision`` says the month;
    missing values as blanks, whole numbers with thousands separators. Each cell carries its
    header in ``data-label``, which the pages show beside it when a narrow screen stacks a row;
    a table of counts (``stack=False``) keeps its grid and scrolls inside its own box instead.
    ``html_columns`` hold HTML we built ourselves with ``link``. An empty frame shows a sentence
    instead of an empty table.
    """
    if frame.empty:
        return HTML("<p><em>Nothing to show for this selection.</em></p>")
    cols = [c for c in frame.columns if not str(c).endswith("_id")] + [
        c for c in frame.columns if str(c).endswith("_id")
    ]
    shown = frame.head(max_rows)
    head, kinds, cells = [], [], []
    for col in cols:
        series = shown[col]
        num = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        dated = _is_dates(series)
        kinds.append(NUM if num else DATE if dated else TEXT)
        head.append(f"<th{NUM if num else TEXT}>{html.escape(header(col))}</th>")
        if dated:
            cells.append(_dates(shown, col))
        elif col in html_columns:
            cells.append([str(v) for v in series.fillna("")])
        elif pd.api.types.is_integer_dtype(series):
            cells.append(["" if pd.isna(v) else f"{int(v):,}" for v in series])
        else:
            cells.append([esc_cell(v) for v in series])
    labels = [html.escape(header(c), quote=True) for c in cols]
    rows = []
    for i in range(len(shown)):
        tds = "".join(f'<td{kinds[j]} data-label="{labels[j]}">{cells[j][i]}</td>' for j in range(len(cols)))
        rows.append(f"<tr>{tds}</tr>")
    kind = "nkr-table" if stack else "nkr-table nkr-grid"
    body = f'<table class="{kind}"><thead><tr>{"".join(head)}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    body = body if stack else f'<div class="nkr-scroll">{body}</div>'
    more = f"<p><em>{len(frame) - max_rows} more rows not shown.</em></p>" if len(frame) > max_rows else ""
    return HTML(body + more)


def esc_cell(value: object) -> str:
    """One table cell from data: escaped, control characters shown as ``\\xNN``."""
    text = "" if _missing(value) else str(value)
    text = "".join(c if c.isprintable() or c in "\n\t" else f"\\x{ord(c):02x}" for c in text)
    return html.escape(text)


def bullets(items: list[str]) -> Markdown:
    """Sentences from data as a Markdown bullet list, each escaped."""
    return Markdown("\n".join(f"- {esc(item)}" for item in items) or "_Nothing to report._")


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and pd.isna(value))


def link(text: object, url: object) -> str:
    """An escaped HTML link (or just the escaped text when there is no http(s) URL)."""
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}">{esc(text)}</a>'
    return esc(text)


# --- sources, as a reader expects them ---------------------------------------------------------


def source_text(row: pd.Series | dict[str, Any]) -> str:
    """How a source reads in a list: the page's own title (its English gloss in brackets when the
    title is in another language), the original outlet first, the day; escaped HTML, the title
    linked when the page has an http(s) address.

    A page whose title was not recorded is named by its site, never by its publisher twice; a
    text shipped with the dataset and no address says so.
    """
    get = row.get
    title, gloss, url = get("title"), get("title_en"), get("url")
    has_url = isinstance(url, str) and url.startswith(("http://", "https://"))
    if not _missing(title) and str(title).strip():
        shown = link(title, url)
    elif has_url:
        shown = link(f"page at {_host(str(url))}", url)
    else:
        shown = esc("untitled page")
    if not has_url:  # the founding article: its text travels with the dataset
        raw = get("raw_file")
        kept = f"its text is shipped with the dataset as data/raw/{raw}" if not _missing(raw) else "no address recorded"
        shown += f" ({esc(kept)})"
    if not _missing(gloss) and str(gloss).strip():
        shown += f' <span class="nkr-gloss">({esc(gloss)})</span>'
    who = words.outlet(get("publisher"), get("credits"))
    day = when(get("published")) if not _missing(get("published")) else ""
    return ", ".join(t for t in (esc(who), esc(day)) if t) + f": {shown}"


def outlet_link(row: pd.Series | dict[str, Any]) -> str:
    """The outlet (original first, ``words.outlet``) linked to the page: for a table's source column."""
    return link(words.outlet(row.get("publisher"), row.get("credits")), row.get("url"))


def _host(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


# --- a brief's page: every claim id linked, and the claims behind it ------------------------------

ANCHOR = "claim-{}"
_SCHEME = re.compile(r"(?i)^(https?)://")


def claim_prefix(value: object) -> str:
    """The ``claim_pages`` parameter as a safe address prefix, to which a claim's id and ``.html``
    are appended. Any text is accepted: an http(s) address keeps its scheme, anything else is a
    relative path (``../claims/``); each is percent-encoded, so a space, a quote or a colon can
    neither break out of the ``href`` nor make it another scheme (``javascript:`` stays a path)."""
    text = "" if value is None else str(value)
    if not text:
        return ""
    if found := _SCHEME.match(text):
        return f"{found.group(1).lower()}://" + quote(text[found.end() :], safe="/._~-%:@!$&()*+,;=?#")
    return quote(text, safe="/._~-%")


class Page:
    """One brief as it is shown: claim ids link to their entry in "Claims behind this brief".

    ``md``, ``table`` and ``bullets`` work as the module's functions do and also turn every id
    of a known claim in what they show into a link to ``#claim-<id>``, remembering it; the
    appendix (``claims_appendix``) then lists each claim remembered, with its anchor, so every
    id on the page resolves. ``claim_pages``, when set, is the address prefix of one page per
    claim (``{claim_pages}C0102.html``); the appendix links each id there too.

    Data quirks: only ids of claims in ``claims`` are linked, so a figure such as "C0102" in a
    source's title is linked only if it is a claim's id; text already inside a link stays as it is.
    """

    def __init__(
        self,
        claims: pd.DataFrame,
        sources: pd.DataFrame,
        claim_sources: pd.DataFrame | None = None,
        claim_pages: str = "",
    ) -> None:
        self.claims = claims.set_index("claim_id", drop=False).rename_axis(None)
        self.sources = sources.set_index("source_id", drop=False).rename_axis(None)
        self.claim_sources = claim_sources
        self.claim_pages = claim_pages
        self.cited: dict[str, None] = {}
        known = sorted(map(str, self.claims.index), key=len, reverse=True)
        self._ids = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, known)) + r")(?![\w-])") if known else None

    @classmethod
    def of(cls, brief: Brief, claim_pages: object = "") -> Page:
        """The page of a brief: its claims and sources, the dataset's further outlets, and the
        ``claim_pages`` parameter (an address prefix, or empty)."""
        from analysis.data.tables import given

        return cls(brief.claims, brief.sources, given(None, "claim_sources"), claim_prefix(claim_pages))

    def heading(self, brief: Brief, name: str, about: str = "North Korea's military support to Russia") -> Markdown:
        """The brief's dated title ('# Situation report, 16 March 2026') and one line on the record it reads."""
        newest = brief.selected["reported_on"].max()
        newest_text = f", the newest of {words.day(newest)}" if not pd.isna(newest) else ""
        return md(
            '# {title}\n\n<p class="nkr-meta">{about}: the public record as it stood on {day}, {claims} by '
            "{claimants}{newest}. Dataset version {version}.</p>",
            title=brief.title(name),
            about=about,
            day=words.day(brief.as_of),
            claims=words.count(len(brief.selected), "claim"),
            claimants=words.count(int(brief.selected["claimant"].nunique()), "claimant"),
            newest=newest_text,
            version=schema.version(),
        )

    def chart(self, chart: Chart, claims: pd.DataFrame | None = None) -> Chart:
        """Show ``chart`` (it brings its alt text and phone drawing) and remember the claims it draws."""
        if claims is not None and "claim_id" in claims:
            self.cite(claims["claim_id"].astype(str))
        return chart

    # linking ---------------------------------------------------------------------------------

    def cite(self, ids: object) -> None:
        """Remember claims behind what the page shows without showing their ids (a chart's claims)."""
        for claim in [ids] if isinstance(ids, str) else list(ids):  # type: ignore[call-overload]
            if str(claim) in self.claims.index:
                self.cited.setdefault(str(claim), None)

    def _link(self, match: re.Match[str], markdown: bool) -> str:
        claim = match.group(1)
        self.cited.setdefault(claim, None)
        if markdown:  # a Markdown link: a renderer may not keep raw HTML next to escaped brackets
            return f"[{claim}](#{ANCHOR.format(claim)})"
        return f'<a class="nkr-ref" href="#{ANCHOR.format(claim)}">{claim}</a>'

    def linked(self, markup_text: str, markdown: bool = False) -> str:
        """HTML (or, with ``markdown``, Markdown) with every known claim id outside tags and links linked."""
        if self._ids is None:
            return markup_text
        ids, out, inside_link = self._ids, [], 0
        for part in re.split(r"(<[^>]*>)", markup_text):
            if part.startswith("<"):
                inside_link += 1 if re.match(r"<a[\s>]", part) else -1 if part.startswith("</a") else 0
                out.append(part)
            else:
                out.append(part if inside_link > 0 else ids.sub(lambda m: self._link(m, markdown), part))
        return "".join(out)

    def md(self, template: str, **values: Any) -> Markdown:
        """``md``, with claim ids linked."""
        return Markdown(self.linked(md(template, **values).data, markdown=True))

    def bullets(self, items: list[str]) -> Markdown:
        """``bullets``, with claim ids linked."""
        return Markdown(self.linked(bullets(items).data, markdown=True))

    def table(
        self, frame: pd.DataFrame, max_rows: int = 200, html_columns: tuple[str, ...] = (), stack: bool = True
    ) -> HTML:
        """``table``, with claim ids linked."""
        return HTML(self.linked(table(frame, max_rows, html_columns, stack).data))

    # the appendix ----------------------------------------------------------------------------

    def claim_rows(self) -> pd.DataFrame:
        """One row per claim remembered, in id order: what the appendix shows (plain text and our links)."""
        ids = sorted(self.cited)
        rows = []
        further = self._further()
        for claim in ids:
            c = self.claims.loc[claim]
            assert isinstance(c, pd.Series)  # ids are unique (the schema's key)
            src = self._source(c["source_id"])
            rows.append(
                {
                    "claim": claim,
                    "figure": f"{words.label(c['metric'])}: {_figure(c)}",
                    "claimant": str(c["claimant"]),
                    "speaker": "" if _missing(c.get("speaker")) else str(c["speaker"]),
                    "hedge": words.hedge(c["qualifier"], c.get("cue")),
                    "date": when(c["reported_on"]),
                    "source": source_text(src) if src is not None else esc(c["source_id"]),
                    "further outlets": further.get(claim, ""),
                }
            )
        return pd.DataFrame(rows, columns=list(APPENDIX_COLUMNS))

    def _further(self) -> dict[str, str]:
        """Each claim's further outlets (``claim_sources``), as escaped links, outlet first."""
        if self.claim_sources is None or self.claim_sources.empty:
            return {}
        found: dict[str, list[str]] = {}
        for row in self.claim_sources.itertuples():
            if str(row.claim_id) in self.cited and (src := self._source(row.source_id)) is not None:
                found.setdefault(str(row.claim_id), []).append(outlet_link(src))
        return {k: "; ".join(v) for k, v in found.items()}

    def claims_appendix(self) -> HTML:
        """ "Claims behind this brief": every claim whose id the page shows, each with its anchor
        (``id="claim-C0102"``): id, figure, claimant, speaker, hedge with its cue, date, source link,
        further outlets, and the claim's own page when ``claim_pages`` is set."""
        rows = self.claim_rows()
        if rows.empty:
            return HTML("<p><em>No claim is cited on this page.</em></p>")
        items = []
        for r in rows.itertuples(index=False):
            claim = str(r.claim)
            own = (
                f' <a class="nkr-permalink" href="{html.escape(self.claim_pages + claim + ".html", quote=True)}">'
                "its own page</a>"
                if self.claim_pages
                else ""
            )
            said = f"{esc(r.claimant)}{f' ({esc(r.speaker)})' if r.speaker else ''}"
            more = f'<br><span class="nkr-further">Also carried by: {r[7]}</span>' if r[7] else ""
            items.append(
                f'<tr id="{ANCHOR.format(claim)}"><td data-label="Claim"{TEXT}><strong>{esc(claim)}</strong>{own}</td>'
                f'<td data-label="Figure"{TEXT}>{esc(r.figure)}</td><td data-label="Claimant"{TEXT}>{said}</td>'
                f'<td data-label="Hedge"{TEXT}>{esc(r.hedge)}</td><td data-label="Date"{DATE}>{esc(r.date)}</td>'
                f'<td data-label="Source"{TEXT}>{r.source}{more}</td></tr>'
            )
        head = "".join(
            f"<th{TEXT}>{h}</th>" for h in ("Claim", "Figure", "Claimant (speaker)", "Hedge", "Date", "Source")
        )
        return HTML(
            f'<table class="nkr-table nkr-claims"><thead><tr>{head}</tr></thead><tbody>{"".join(items)}</tbody></table>'
        )

    def sources_appendix(self) -> HTML:
        """The sources of the claims remembered, newest first, one line each (``source_text``),
        with the claims each one carries (linked)."""
        used: dict[str, list[str]] = {}
        for claim in sorted(self.cited):
            used.setdefault(str(self.claims.loc[claim, "source_id"]), []).append(claim)
        found = self.sources[self.sources.index.isin(used)]
        found = found.sort_values(["published", "source_id"], ascending=[False, True])
        if found.empty:
            return HTML("<p><em>No sources for this selection.</em></p>")
        items = [
            f'<li>{source_text(r)} <span class="nkr-carries">(claims {", ".join(self._ref(c) for c in used[sid])})'
            "</span></li>"
            for sid, r in zip(found.index.astype(str), (row for _, row in found.iterrows()), strict=True)
        ]
        return HTML(f'<ul class="nkr-sources">{"".join(items)}</ul>')

    def _source(self, source_id: object) -> pd.Series | None:
        if source_id not in self.sources.index:
            return None
        row = self.sources.loc[str(source_id)]
        return row if isinstance(row, pd.Series) else None

    def source_link(self, source_id: object) -> str:
        """A source as a table cell: its outlet (original first) linked to the page."""
        src = self._source(source_id)
        return outlet_link(src) if src is not None else esc("source not in the dataset")

    def _ref(self, claim: str) -> str:
        return f'<a class="nkr-ref" href="#{ANCHOR.format(claim)}">{esc(claim)}</a>'


APPENDIX_COLUMNS = ("claim", "figure", "claimant", "speaker", "hedge", "date", "source", "further outlets")


def _figure(claim: pd.Series) -> str:
    from analysis.measures.bounds import Bounds

    text = Bounds.of_claim(claim["value_low"], claim["value_best"], claim["value_high"]).words()
    if not _missing(claim.get("value_best")) and not (
        _missing(claim.get("value_low")) and _missing(claim.get("value_high"))
    ):
        text += f" (central figure {int(claim['value_best']):,})"
    unit = "" if _missing(claim.get("unit")) else f" {claim['unit']}"
    return f"{text}{unit}"


def events_table(events: pd.DataFrame, page: Page) -> pd.DataFrame:
    """Events (``timeline.timeline`` output) as a reading table: when (at its precision), category,
    what happened, who took part, the source (outlet linked, for ``html_columns=("source",)``) and
    the event id. An event known only to the month or year that a day-precise event tells more
    precisely (``charts.covered``) says so, instead of reading as a second event."""
    from analysis.present.charts import covered

    same = covered(events) if len(events) else pd.Series([], dtype=object)
    days = dict(zip(events["event_id"].astype(str), events["date"], strict=True)) if len(events) else {}
    what = [
        str(d) if s is None else f"{d} (the same as the event of {words.day(days[s])}, told by its year or month)"
        for d, s in zip(events["description"], same, strict=True)
    ]
    return pd.DataFrame(
        {
            "when": [
                when_span(d, p, e)
                for d, p, e in zip(events["date"], events["date_precision"], events["date_end"], strict=True)
            ],
            "category": events["category"].astype(str),
            "what happened": what,
            "actors": events["actors"].astype(str),
            "source": [page.source_link(s) for s in events["source_id"]],
            "event_id": events["event_id"].astype(str),
        }
    )
