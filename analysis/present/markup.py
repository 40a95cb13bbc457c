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

import pandas as pd
from IPython.display import HTML, Markdown

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


NUM = ' class="num"'
HEADERS = {"reported_on": "Reported on", "claim_id": "Claim", "source_id": "Source id", "url": "Link"}


def header(column: object) -> str:
    """A column name as words: ``reported_on`` -> ``Reported on``."""
    text = str(column)
    return HEADERS.get(text, text.replace("_", " ")[:1].upper() + text.replace("_", " ")[1:])


def table(frame: pd.DataFrame, max_rows: int = 200, html_columns: tuple[str, ...] = ()) -> HTML:
    """A DataFrame as an HTML table with every cell escaped, ready to read and to print.

    Headers are words, text is left-aligned and numbers right-aligned (class ``num``), id
    columns come last; dates show as YYYY-MM-DD, missing values as blanks, whole numbers with
    thousands separators. ``html_columns`` hold HTML we built ourselves with ``link``. An
    empty frame shows a sentence instead of an empty table.
    """
    if frame.empty:
        return HTML("<p><em>Nothing to show for this selection.</em></p>")
    cols = [c for c in frame.columns if not str(c).endswith("_id")] + [
        c for c in frame.columns if str(c).endswith("_id")
    ]
    shown = frame[cols].head(max_rows)
    head, numeric, cells = [], [], []
    for col in cols:
        series = shown[col]
        num = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        numeric.append(num)
        head.append(f"<th{NUM if num else ''}>{html.escape(header(col))}</th>")
        if pd.api.types.is_datetime64_any_dtype(series):
            cells.append([html.escape(v) for v in series.dt.strftime("%Y-%m-%d").fillna("")])
        elif col in html_columns:
            cells.append([str(v) for v in series.fillna("")])
        elif pd.api.types.is_integer_dtype(series):
            cells.append(["" if pd.isna(v) else f"{int(v):,}" for v in series])
        else:
            cells.append([esc_cell(v) for v in series])
    rows = []
    for i in range(len(shown)):
        tds = "".join(f"<td{NUM if numeric[j] else ''}>{cells[j][i]}</td>" for j in range(len(cols)))
        rows.append(f"<tr>{tds}</tr>")
    body = f'<table class="nkr-table"><thead><tr>{"".join(head)}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
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
