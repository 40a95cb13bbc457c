"""Weapons and munitions: figures over time by how they were obtained, and the transfers table.

Data quirks:
- ``claims.basis`` says how a figure was obtained: ``counted`` (items seen or tallied),
  ``capacity`` (worked out from what containers or trains could hold), ``assessment``
  (an agency's judgement), ``acknowledged`` (the supplier or recipient says so) or
  ``unspecified``. Capacity-based shell figures run far above counted ones, so the two
  are kept apart wherever they are shown.
- A transfer may be named without a figure ("a considerable amount"): ``amount_text``
  keeps the source's words, and the table shows them instead of a number.
- Figures about a shorter period or one unit (``scope`` part: "120 launchers in the past
  three months", "9 million rounds in 2024") and plans ("150 more missiles expected") are
  not totals of what was supplied: they are kept out of the over-time view and listed
  apart (``side_figures``).
"""

from __future__ import annotations

import pandas as pd

from analysis.data import schema
from analysis.data.tables import given
from analysis.measures import names, words
from analysis.measures.bounds import Bounds
from analysis.measures.by_claimant import figure_text, hedge_text
from analysis.measures.dates import DateLike, in_data, stamp
from analysis.measures.estimates import asked, history_rows

WEAPON_METRICS = (
    "artillery_shells",
    "ballistic_missiles",
    "ballistic_missiles_fired",
    "self_propelled_guns",
    "rocket_launchers",
    "artillery_systems_combined",
    "containers_shipped",
)
BASIS_GROUPS = {"counted": "counted", "capacity": "capacity-based"}


def basis_group(basis: object) -> str:
    """'counted', 'capacity-based' or 'assessment or other' for a ``claims.basis`` value."""
    return BASIS_GROUPS.get(str(basis), "assessment or other")


def _described(history: pd.DataFrame) -> pd.DataFrame:
    return history.assign(
        figure=[figure_text(r) for _, r in history.iterrows()],
        hedge=[hedge_text(r) for _, r in history.iterrows()],
        basis_group=history["basis"].map(basis_group).astype(str),
    )


def weapons_history(
    items: str | list[str] | tuple[str, ...] = WEAPON_METRICS,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Claims of totals supplied for the given weapons metrics: range, figure text, basis group.

    ``estimate_history`` columns plus ``figure``, ``hedge`` and ``basis_group``; partial
    figures and plans are left out (see ``side_figures``). Oldest first.
    """
    q = asked(list(items) if not isinstance(items, str) else items, as_of, claimants, claims)
    history = history_rows(q.claims, q.metrics, q.cutoff, q.claimants)
    return _described(history[history["qualifier"].astype(str) != "planned"].reset_index(drop=True))


def side_figures(
    items: str | list[str] | tuple[str, ...] = WEAPON_METRICS,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Weapons claims that are not totals: figures for part of the period or one unit, and plans.

    ``weapons_history`` columns plus ``why`` ('part of the period or one unit' or 'a plan,
    not a delivery'). Oldest first.
    """
    q = asked(list(items) if not isinstance(items, str) else items, as_of, claimants, claims)
    every = history_rows(q.claims, q.metrics, q.cutoff, q.claimants, include_partial=True)
    planned = every["qualifier"].astype(str) == "planned"
    side = every[planned | (every["scope"].astype(str) == "part")].reset_index(drop=True)
    why = [
        "a plan, not a delivery" if qual == "planned" else "part of the period or one unit"
        for qual in side["qualifier"].astype(str)
    ]
    return _described(side).assign(why=why)


def _claim_text(row: pd.Series) -> str:
    return f"{row['figure']} ({row['claimant']}, {words.day(row['reported_on'])})"


def latest_text(history: pd.DataFrame, metric: str) -> str:
    """The newest claim on ``metric`` in a ``weapons_history`` table, as words with claimant,
    date and how it was obtained; 'no claim' when there is none."""
    part = history[history["metric"].astype(str) == metric]
    if part.empty:
        return "no claim"
    row = part.iloc[-1]
    return f"{row['figure']} ({row['claimant']}, {words.day(row['reported_on'])}, {row['basis_group']})"


def by_basis(history: pd.DataFrame) -> pd.DataFrame:
    """Per metric and basis group: how many claims, the lowest, highest and latest of them.

    Columns: metric, basis_group, claims, lowest, highest, latest (each a figure in words
    with its claimant and date: 'more than 6,000,000 (South Korea DIA, 27 August 2024)'),
    claim_id (of the latest). A figure keeps its own wording, so a lower bound stays
    'more than ...' even when it is the highest claimed.
    """
    rows = []
    for (metric, group), part in history.groupby([history["metric"].astype(str), "basis_group"], sort=True):
        ordered = part.sort_values(["reported_on", "claim_id"])
        by_size = part.assign(_lo=part["span_low"].astype(float), _hi=part["span_high"].astype(float))
        rows.append(
            {
                "metric": metric,
                "basis_group": group,
                "claims": len(part),
                "lowest": _claim_text(by_size.sort_values(["_lo", "claim_id"]).iloc[0]),
                "highest": _claim_text(by_size.sort_values(["_hi", "claim_id"], ascending=[False, True]).iloc[0]),
                "latest": _claim_text(ordered.iloc[-1]),
                "claim_id": ordered.iloc[-1]["claim_id"],
            }
        )
    return pd.DataFrame(rows, columns=["metric", "basis_group", "claims", "lowest", "highest", "latest", "claim_id"])


def basis_lines(summary: pd.DataFrame) -> list[tuple[str, str, str]]:
    """``by_basis`` as one line a measure: (its label, each basis with its count of claims and
    highest figure, a note when no figure of it was counted)."""
    lines = []
    for metric, part in summary.groupby("metric", sort=False):
        groups = "; ".join(
            f"{r.basis_group}: {words.count(int(str(r.claims)), 'claim')}, highest {r.highest}"
            for r in part.itertuples()
        )
        no_count = "" if "counted" in set(part["basis_group"]) else " No counted figure."
        lines.append((words.label(str(metric)), groups, no_count))
    return lines


def amount_text(row: pd.Series) -> str:
    """A transfer's amount: its figure ('up to 9,000,000') or the source's words in quotes."""
    found = Bounds.of_claim(row["quantity_low"], row["quantity_best"], row["quantity_high"])
    if found.kind == "none":
        words_given = row["amount_text"]
        return f"“{words_given}” (no figure)" if pd.notna(words_given) and str(words_given) else "not quantified"
    return found.words()


def transfers_table(
    items: str | list[str] | tuple[str, ...] | None = None,
    *,
    as_of: DateLike = None,
    claimants: names.Names = None,
    transfers: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Transfers reported up to ``as_of``, quantified or not, newest first.

    ``items`` are ``transfers.item`` names or their labels (None: every item). Columns:
    reported_on, item, designation, amount (figure or the source's words), quantified (bool),
    claimant, qualifier, supplier, recipient, claim_id, source_id, transfer_id.
    """
    df = given(transfers, "transfers")
    wanted = names.items(items) if items is not None else None
    who = names.claimants(claimants, df)
    cutoff = stamp(in_data("as_of", as_of, df["reported_on"]))
    if cutoff is not None:
        df = df[df["reported_on"] <= cutoff]
    if wanted is not None:
        df = df[df["item"].isin(wanted)]
    if who:
        df = df[df["claimant"].isin(who)]
    quantified = df[["quantity_low", "quantity_best", "quantity_high"]].notna().any(axis=1)
    out = df.assign(amount=[amount_text(r) for _, r in df.iterrows()], quantified=quantified.astype(bool))
    cols = [
        "reported_on",
        "item",
        "designation",
        "amount",
        "quantified",
        "claimant",
        "qualifier",
        "supplier",
        "recipient",
        "claim_id",
        "source_id",
        "transfer_id",
    ]
    return out.sort_values(["reported_on", "transfer_id"], ascending=[False, True])[cols].reset_index(drop=True)


def unit_of(metric: str) -> str:
    """The unit a metric is counted in (from the schema), e.g. 'rounds' for artillery_shells."""
    return schema.metric_units().get(metric, "")


__all__ = [
    "BASIS_GROUPS",
    "WEAPON_METRICS",
    "amount_text",
    "basis_group",
    "basis_lines",
    "by_basis",
    "latest_text",
    "side_figures",
    "transfers_table",
    "unit_of",
    "weapons_history",
]
