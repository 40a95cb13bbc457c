"""How an ``Estimate`` or a ``Ratio`` shows itself: a sentence in the console, a small table in JupyterLab.

The sentence names the figure, its hedge, the claimant, the claim's own date and the outlet
(``str(estimate)``, ``repr`` and IPython's pretty printer); the table (``_repr_html_``) has one
row per claim behind the figure, each with its date and a link to its source. Every string
from the data is escaped; only ``http(s)`` URLs become links.

Data quirks: the outlet is looked up in the sources table when the figure is shown (the
cached loader); a claim whose source is not there shows its source id instead.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Protocol

from analysis.errors import DataError
from analysis.measures import words


class Estimate(Protocol):
    """What a display reads of an ``estimates.Estimate`` (a protocol, so this module imports no measure)."""

    @property
    def metric(self) -> str: ...
    @property
    def claim_ids(self) -> tuple[str, ...]: ...
    @property
    def claimants(self) -> tuple[str, ...]: ...
    @property
    def reported_on(self) -> date | None: ...
    @property
    def qualifier(self) -> str | None: ...
    @property
    def cue(self) -> str | None: ...
    @property
    def source_id(self) -> str | None: ...
    @property
    def note(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def parts(self) -> Sequence[Estimate]: ...
    def figure(self) -> str: ...


class Ratio(Protocol):
    """What a display reads of an ``estimates.Ratio``."""

    @property
    def title(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def numerator(self) -> Estimate: ...
    @property
    def denominator(self) -> Estimate: ...
    def describe(self) -> str: ...


def source(source_id: str | None) -> tuple[str, str | None]:
    """(outlet, url) of a source, the original outlet first (``words.outlet``); (the id, None) when the
    sources table does not have it."""
    if not source_id:
        return "", None
    from analysis.data.tables import given

    try:
        sources = given(None, "sources").set_index("source_id")
    except (DataError, OSError):
        return source_id, None
    if source_id not in sources.index:
        return source_id, None
    row = sources.loc[source_id]
    url = row["url"]
    return words.outlet(row["publisher"], row.get("credits")), (str(url) if isinstance(url, str) and url else None)


def _claim_sentence(est: Estimate) -> str:
    hedge = words.hedge(est.qualifier, est.cue)
    who = words.listing(est.claimants)
    outlet = source(est.source_id)[0]
    said = f"said by {who} on {words.day(est.reported_on)}" if est.reported_on else f"said by {who}"
    parts = [p for p in (est.figure(), hedge, said) if p]
    ids = " + ".join(est.claim_ids)
    return ", ".join(parts) + (f" ({outlet})" if outlet else "") + (f" [{ids}]" if ids else "")


def sentence(est: Estimate) -> str:
    """'Killed: 2,000, estimated (are believed to), said by South Korea NIS on 2 September 2025
    (The Kyiv Independent) [C0089]'; a combined figure names each claim it rests on."""
    head = f"{est.title or words.label(est.metric)}: "
    if not est.parts:
        return head + _claim_sentence(est)
    newest = f", the newest of {words.day(est.reported_on)}" if est.reported_on and len(est.claim_ids) > 1 else ""
    listed = "; ".join(f"{p.role + ', ' if p.role else ''}{_claim_sentence(p)}" for p in est.parts)
    return f"{head}{est.figure()}, from {words.count(len(est.claim_ids), 'claim')}{newest}: {listed}"


def ratio_sentence(ratio: Ratio) -> str:
    """'Share of the troops sent killed or wounded: about 40% (6,000 killed or wounded (South Korea
    NIS, 12 February 2026) over 15,000 troops sent (South Korea, 3 September 2025))'."""
    return f"{ratio.title}: {ratio.describe()}" + (f" ({ratio.note})" if ratio.note else "")


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _rows(est: Estimate, prefix: str = "") -> list[str]:
    """One row per claim; the first cell says the claim's part in the figure (``role``)."""
    if est.parts:
        return [row for p in est.parts for row in _rows(p, prefix)]
    publisher, url = source(est.source_id)
    where = (
        f'<a href="{_e(url)}">{_e(publisher)}</a>' if url and url.startswith(("http://", "https://")) else _e(publisher)
    )
    role = "; ".join(r for r in (prefix, est.role) if r)
    cells = [
        _e(role),
        _e(est.figure()),
        _e(words.listing(est.claimants)),
        _e(est.reported_on.isoformat() if est.reported_on else ""),
        _e(words.hedge(est.qualifier, est.cue)),
        where,
        _e(" + ".join(est.claim_ids)),
    ]
    return ["<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"]


_HEAD = "".join(f"<th>{h}</th>" for h in ("", "Figure", "Claimant", "Reported on", "Hedge", "Source", "Claim"))


def _table(caption: str, note: str, rows: list[str]) -> str:
    small = f"<br><small>{_e(note)}</small>" if note else ""
    return (
        f'<table class="nkr-table"><caption>{_e(caption)}{small}</caption>'
        f"<thead><tr>{_HEAD}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def table(est: Estimate) -> str:
    """An HTML table: a caption with the figure, one row per claim behind it."""
    return _table(f"{est.title or words.label(est.metric)}: {est.figure()}", est.note, _rows(est))


def ratio_table(ratio: Ratio) -> str:
    """An HTML table: the ratio in the caption, the numerator's claims and then the denominator's."""
    rows = _rows(ratio.numerator, words.label(ratio.numerator.metric))
    rows += _rows(ratio.denominator, f"over: {words.lower_label(ratio.denominator.metric)}")
    return _table(f"{ratio.title}: {ratio.describe()}", ratio.note, rows)
