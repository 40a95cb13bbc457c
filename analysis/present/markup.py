"""Showing results in notebooks and their HTML reports, safely.

Curated strings and source sentences end up in HTML. Everything that comes from data is
escaped here: a sentence containing ``<script>`` shows as text and runs nothing.
Notebooks display tables and prose through these helpers only.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd
from IPython.display import HTML, Markdown


def esc(value: object) -> str:
    """Text from data made safe for HTML and Markdown (no tags, no Markdown links)."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return (
        html.escape(text, quote=True)
        .replace("[", "&#91;")
        .replace("]", "&#93;")
        .replace("*", "&#42;")
        .replace("_", "&#95;")
    )


def md(template: str, **values: Any) -> Markdown:
    """Markdown prose with ``{name}`` placeholders filled by escaped values.

    The template is ours (it may use Markdown); the values come from data and are escaped.
    Numbers are formatted with thousands separators.
    """
    safe = {k: (f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else esc(v)) for k, v in values.items()}
    return Markdown(template.format(**safe))


def table(frame: pd.DataFrame, max_rows: int = 200, html_columns: tuple[str, ...] = ()) -> HTML:
    """A DataFrame as an HTML table with every cell escaped.

    Dates show as YYYY-MM-DD, missing values as blanks, whole numbers with thousands
    separators. ``html_columns`` hold HTML we built ourselves with ``link`` (already escaped).
    """
    shown = frame.head(max_rows).copy()
    for col in shown.columns:
        series = shown[col]
        if pd.api.types.is_datetime64_any_dtype(series):
            shown[col] = series.dt.strftime("%Y-%m-%d").fillna("")
        elif col in html_columns:
            shown[col] = series.fillna("").astype(str)
        elif pd.api.types.is_integer_dtype(series):
            shown[col] = [("" if pd.isna(v) else f"{int(v):,}") for v in series]
        else:
            shown[col] = [html.escape("" if _missing(v) else str(v)) for v in series]
    body = shown.to_html(index=False, escape=False, na_rep="", border=0, classes="nkr-table")
    more = f"<p><em>{len(frame) - max_rows} more rows not shown.</em></p>" if len(frame) > max_rows else ""
    return HTML(body + more)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and pd.isna(value))


def link(text: object, url: object) -> str:
    """An escaped HTML link (or just the escaped text when there is no http(s) URL)."""
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}">{esc(text)}</a>'
    return esc(text)
