"""What a user may type for a measure, a claimant or a category, and the closest names when it is wrong.

Every helper resolves its ``metric``, ``claimants`` and ``categories`` here, so
``latest_estimate("Killed or wounded")`` (the label the reports print) and
``claimants="Seoul"`` (an alias in ``actors.csv``) work, and ``latest_estimate("killd")``
raises ``ParameterError`` saying "did you mean 'killed'?" instead of returning nothing.

Matching ignores case, spaces, underscores and hyphens ("troops deployed" is
``troops_deployed``). Claimants are the actors of ``actors.csv`` that are not persons, and
whoever appears as claimant in the claims given (so made-up test tables work); an alias
names the actor the data gives it to ("Seoul" is South Korea, "NIS" South Korea NIS).

Data quirks: an alias given to two actors is refused with both names; a person (a speaker,
"Zelenskyy") is not a claimant, and the message says so.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

import pandas as pd

from analysis.data import schema
from analysis.data.tables import given, split_list
from analysis.errors import DataError, ParameterError

Names = str | Iterable[str] | None


def key(text: object) -> str:
    """The form names are matched in: lower case, words separated by one space."""
    return " ".join(re.sub(r"[\s_\-]+", " ", str(text)).lower().split())


def _items(value: Names) -> list[str]:
    """A comma-separated string or a list as its items (empty items dropped)."""
    if value is None:
        return []
    parts = value.split(",") if isinstance(value, str) else [str(v) for v in value]
    return [p.strip() for p in parts if p.strip()]


def suggest(value: str, known: Mapping[str, str], limit: int = 3) -> list[str]:
    """The canonical names whose spellings (``known``: matching form -> name) are closest to ``value``:
    the closest one, and others only when they are about as close (within 0.05 of its score)."""
    typed = key(value)
    scored = []
    for spelling, canonical in known.items():
        matcher = difflib.SequenceMatcher(None, typed, spelling)
        if matcher.real_quick_ratio() >= 0.6 and matcher.quick_ratio() >= 0.6 and (score := matcher.ratio()) >= 0.6:
            scored.append((-score, canonical))
    scored.sort()
    if not scored:
        return []
    best = -scored[0][0]
    return list(dict.fromkeys(name for score, name in scored if -score >= best - 0.05))[:limit]


def _allowed(what: str, value: str, known: Mapping[str, str], every: Iterable[str]) -> str:
    """What a ParameterError says is allowed: the closest names, else every name."""
    close = suggest(value, known)
    if close:
        return f"{what}; did you mean {' or '.join(repr(c) for c in close)}?"
    return f"{what}: one of {', '.join(every)}"


def resolve(name: str, value: str, known: Mapping[str, str], what: str, every: Iterable[str]) -> str:
    """The canonical name ``value`` stands for, or ``ParameterError`` with the closest names."""
    found = known.get(key(value))
    if found is None:
        raise ParameterError(name, value, _allowed(what, value, known, every))
    return found


# --- measures, items, categories -------------------------------------------------------------

METRIC_WHAT = "a measure (claims.metric) or its label"


def _choose(value: Names, every: Iterable[str], what: str, name: str) -> list[str]:
    """Each item of ``value`` as one of ``every``, matched by name or by its label (``x-labels``)."""
    allowed = list(every)
    labels = schema.labels()
    known = {key(labels[v]): v for v in allowed if v in labels} | {key(v): v for v in allowed}
    return list(dict.fromkeys(resolve(name, v, known, what, allowed) for v in _items(value)))


def metric(value: object, name: str = "metric") -> str:
    """One measure: its code name (``killed``) or label ("Killed or wounded"), as the code name."""
    return _choose([str(value)], schema.vocabulary("claims", "metric"), METRIC_WHAT, name)[0]


def metrics(value: Names, name: str = "metric") -> list[str]:
    """Several measures (a list or a comma-separated string) as code names; empty for none."""
    return _choose(value, schema.vocabulary("claims", "metric"), METRIC_WHAT, name)


def among(value: Names, allowed: Iterable[str], name: str = "metrics") -> list[str]:
    """Several measures from a fixed list (a report's ``metrics`` or ``items``), code names or labels;
    empty for none. A measure outside the list is refused with the closest names in it."""
    return _choose(value, allowed, "one of the measures this report shows", name)


def items(value: Names, name: str = "items") -> list[str]:
    """Transfer items (``transfers.item``): code names or the metric labels they share."""
    return _choose(value, schema.vocabulary("transfers", "item"), "an item (transfers.item) or its label", name)


def categories(value: Names, name: str = "categories") -> list[str]:
    """Event categories (``events.category``), as the schema spells them; empty for none."""
    return _choose(value, schema.vocabulary("events", "category"), "an event category", name)


# --- claimants ----------------------------------------------------------------------------

CLAIMANT_WHAT = "a claimant (an actor of actors.csv that is not a person) or one of its aliases"


def _actors() -> pd.DataFrame | None:
    try:
        return given(None, "actors")
    except (DataError, OSError):  # no dataset: only the claimants of the claims given
        return None


def claimant_names(claims: pd.DataFrame | None = None) -> tuple[dict[str, str], dict[str, list[str]], list[str]]:
    """(spelling -> claimant, spelling -> the actors it names when it is not one claimant, every claimant).

    Spellings are each claimant's name and aliases, and the claimants of ``claims``. An actor's
    own name wins over another actor's alias; an alias of two actors, or of a person, names no
    claimant and is listed in the second mapping.
    """
    owners: dict[str, set[str]] = {}
    every: set[str] = set()
    own: dict[str, str] = {}
    actors = _actors()
    for row in actors.itertuples() if actors is not None else ():
        actor, person = str(row.actor_id), str(row.kind) == "person"
        if not person:
            every.add(actor)
            own[key(actor)] = actor
        aliases = row.aliases if isinstance(row.aliases, str) else ""
        for spelling in [actor, *split_list(aliases)]:
            owners.setdefault(key(spelling), set()).add(f"{actor} (a person)" if person else actor)
    for actor in claims["claimant"].dropna().astype(str).unique() if claims is not None else ():
        every.add(actor)
        own[key(actor)] = actor
    known, unclear = dict(own), {}
    for spelling, names in owners.items():
        if spelling in own:
            continue
        if len(names) == 1 and not next(iter(names)).endswith(" (a person)"):
            known[spelling] = next(iter(names))
        else:
            unclear[spelling] = sorted(names)
    return known, unclear, sorted(every)


def claimants(value: Names, claims: pd.DataFrame | None = None, name: str = "claimants") -> list[str] | None:
    """Claimants as the data names them (aliases resolved); None for "every claimant".

    ``ParameterError`` for a name that is no claimant, with the closest names; for an alias
    two actors share, naming both; for a person, saying so (a person may be a speaker).
    """
    asked = _items(value)
    if not asked:
        return None
    known, unclear, every = claimant_names(claims)
    out = []
    for item in asked:
        if key(item) in unclear:
            raise ParameterError(name, item, f"{CLAIMANT_WHAT}; this name is {' and '.join(unclear[key(item)])}")
        out.append(resolve(name, item, known, CLAIMANT_WHAT, every))
    return list(dict.fromkeys(out))
