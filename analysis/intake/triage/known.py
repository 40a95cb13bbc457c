"""What the dataset already holds: each candidate is ``known``, a ``revision`` or ``new``.

- ``known``: ``data/curated/claims.csv`` holds the same figure from the same claimant for
  the same measure, reported no more than ``WINDOW_DAYS`` after the article (a later
  article that recalls an older figure names that figure's claim); ``claim_id`` names it,
  the nearest in time when several match.
- ``revision``: the same claimant and measure, another figure, and the dataset's claim it
  would supersede (the latest one reported by then) in ``claim_id``.
- ``new``: anything else, a candidate without a claimant included.

"The same figure" is the same number or range whatever the bound word: the dataset may
hold "3,000" where an article writes "3,000명 이상" (curators record the wording in
``value_cue``). "The same claimant" is the candidate's; when the article names none, or
only a country ("Seoul says"), a claim of that country's agencies (or anyone's, for none)
with the same figure for the same measure is what the dataset knows. A figure of people
sent that the dataset files under a neighbouring measure (1,200 troops of the HUR that it
holds as 1,200 engineers) is known too, when the same claimant gives it and no claim of the
measure itself matches. And a copy that credits the figure to another agency of the same
government ("citing South Korean intelligence" for the JCS's 1,100) is known when the
dataset's claim was reported within ``WINDOW_DAYS`` of the article.

Data quirks:
- An article without a publication date is compared with every claim, whenever reported.
- Planned figures are compared with planned ones only, as every metric is with itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from analysis import paths
from analysis.files import read_csv_rows
from analysis.intake.extract.article import parse_day

WINDOW_DAYS = 7  # "reported within a few days"

Number = tuple[int, ...]


# measures of people sent: a copy may call the same contingent troops, engineers or workers
_PEOPLE_SENT = frozenset(
    {
        "troops_deployed",
        "troops_deployed_additional",
        "troops_planned",
        "troops_present",
        "engineers_deployed",
        "workers_deployed",
    }
)


@dataclass(frozen=True)
class Claim:
    """The parts of a curated claim triage compares with."""

    claim_id: str
    claimant: str
    metric: str
    number: Number
    reported_on: date | None


def number(low: int | None, best: int | None, high: int | None) -> Number:
    """The figure as numbers, whatever its bound: a range is both ends, else its one value."""
    if low is not None and high is not None:
        return (low, high)
    value = best if best is not None else low if low is not None else high
    return () if value is None else (value,)


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


@dataclass(frozen=True)
class Dataset:
    """The curated claims by (claimant, metric), oldest first, and each actor's country."""

    claims: dict[tuple[str, str], list[Claim]]
    country: dict[str, str]

    def get(self, key: tuple[str, str], default: list[Claim]) -> list[Claim]:
        """The claims of one (claimant, metric)."""
        return self.claims.get(key, default)


def load_claims(data_dir: Path | None = None) -> Dataset:
    """The curated claims by (claimant, metric), oldest first, with the actors' countries."""
    curated = paths.curated_dir(data_dir or paths.DATA_DIR)
    rows = read_csv_rows(curated / "claims.csv")
    countries = {r.get("actor_id", ""): r.get("country", "") for r in read_csv_rows(curated / "actors.csv")}
    out: dict[tuple[str, str], list[Claim]] = {}
    for r in rows:
        claim = Claim(
            r.get("claim_id", ""),
            r.get("claimant", ""),
            r.get("metric", ""),
            number(_int(r.get("value_low", "")), _int(r.get("value_best", "")), _int(r.get("value_high", ""))),
            parse_day(r.get("reported_on", "")),
        )
        out.setdefault((claim.claimant, claim.metric), []).append(claim)
    for claims in out.values():
        claims.sort(key=lambda c: (c.reported_on or date.min, c.claim_id))
    return Dataset(out, countries)


def _by(claims: list[Claim], published: date | None) -> list[Claim]:
    """The claims reported by the article's day (and a few days after)."""
    if published is None:
        return claims
    try:
        latest = published + timedelta(days=WINDOW_DAYS)
    except OverflowError:
        latest = date.max
    return [c for c in claims if c.reported_on is None or c.reported_on <= latest]


def _nearest(same: list[Claim], published: date | None) -> str:
    when = published or date.max
    return min(same, key=lambda c: abs(((c.reported_on or when) - when).days)).claim_id


def _siblings(dataset: Dataset, claimant: str, metric: str, figure: Number, published: date | None) -> list[Claim]:
    """Claims of that figure by another agency of the claimant's government, within the window."""
    country = dataset.country.get(claimant, "")
    if not country or published is None:
        return []
    return [
        c
        for (who, m), claims in dataset.claims.items()
        if m == metric and who != claimant and dataset.country.get(who) == country
        for c in claims
        if c.number == figure and c.reported_on is not None and abs((c.reported_on - published).days) <= WINDOW_DAYS
    ]


def status(dataset: Dataset, claimant: str, metric: str, figure: Number, published: date | None) -> tuple[str, str]:
    """(status, claim_id) of a candidate (see the module notes)."""
    series = _by(dataset.get((claimant, metric), []), published) if claimant else []
    same = [c for c in series if c.number == figure]
    if same:
        # a sibling agency's claim of that very figure nearer the article's day is the statement it
        # carries ("citing South Korean intelligence" on the day of the JCS's 1,100)
        nearest = _nearest(same + _siblings(dataset, claimant, metric, figure, published), published)
        return "known", nearest
    if not claimant or dataset.country.get(claimant, "x") == "":
        # no claimant, or a country: the dataset's claim of the same figure by it or its agencies
        others = [
            c
            for (who, m), claims in dataset.claims.items()
            if m == metric and (not claimant or who == claimant or dataset.country.get(who) == claimant)
            for c in _by(claims, published)
            if c.number == figure
        ]
        if others:
            return "known", _nearest(others, published)
    if claimant and metric in _PEOPLE_SENT:
        related = [
            c
            for m in _PEOPLE_SENT - {metric}
            for c in _by(dataset.get((claimant, m), []), published)
            if c.number == figure
        ]
        if related:
            return "known", _nearest(related, published)
    siblings = _siblings(dataset, claimant, metric, figure, published)
    if siblings:
        return "known", _nearest(siblings, published)
    if series:
        return "revision", series[-1].claim_id
    return "new", ""
