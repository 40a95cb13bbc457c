"""Intelligence services an article's words stand for.

- A lawmaker relaying a briefing, no agency of theirs named, relays the country's national
  intelligence service (``national_service``).
- An intelligence agency "not named" (``actors.csv``: "Ukrainian intelligence, agency not
  named") stands for the one intelligence agency of its country the article names: "Ukrainian
  intelligence indicates ..." in an article quoting the HUR's chief is the HUR
  (``named_service``).
- Intelligence named by no country ("за даними розвідки, ...") stands for the one intelligence
  agency the article names, of any country (``only_service``).

Data quirks:
- Which agency is an intelligence service is read from its ``role`` in ``actors.csv`` (the word
  "intelligence"; "national intelligence" for a country's main service), and which is unnamed
  from the words "not named" there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class _Actor(Protocol):
    @property
    def actor_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def role(self) -> str: ...


def national_service(country: str, actors: Mapping[str, _Actor]) -> str | None:
    """The national intelligence service of a country, if the actors hold exactly one."""
    service = [
        a.actor_id
        for a in actors.values()
        if a.country == country and a.kind == "agency" and "national intelligence" in a.role.lower()
    ]
    return service[0] if len(service) == 1 else None


def named_service(claimant: str, actors: Mapping[str, _Actor], agencies: Mapping[str, set[str]]) -> str:
    """``claimant``, or for an intelligence agency "not named" the one intelligence agency of its
    country that ``agencies`` (those the article names, by country) holds, if exactly one."""
    actor = actors.get(claimant)
    if actor is None or "not named" not in actor.role:
        return claimant
    named = {
        a for a in agencies.get(actor.country, set()) - {claimant} if a in actors and _intelligence(actors[a].role)
    }
    return next(iter(named)) if len(named) == 1 else claimant


def _intelligence(role: str) -> bool:
    return "intelligence" in role.lower()


def only_service(actors: Mapping[str, _Actor], agencies: Mapping[str, set[str]]) -> str | None:
    """The one intelligence agency the article names (``agencies``, by country), counting an unnamed one
    as the named agency of its country it stands for; None if it names none or several."""
    named = {
        named_service(a, actors, agencies)
        for ids in agencies.values()
        for a in ids
        if a in actors and _intelligence(actors[a].role)
    }
    return next(iter(named)) if len(named) == 1 else None
