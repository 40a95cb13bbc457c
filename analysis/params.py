"""Checking notebook parameters: one-line errors naming the parameter, the value and what is allowed.

Report notebooks call these in the cell right after their ``parameters`` cell, so a bad
value stops the run before any work, with a message a scheduler log can show as is.

Quirk: papermill passes ``-p`` lists as strings, so list parameters accept a Python
list, a comma-separated string, or empty (meaning "all").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from analysis.errors import ParameterError


def check_date(
    name: str, value: object, earliest: date | None = None, latest: date | None = None, default: date | None = None
) -> date:
    """A YYYY-MM-DD parameter as a date; empty means ``default``; optional bounds."""
    if value in (None, "") and default is not None:
        return default
    if isinstance(value, date):
        parsed = value
    else:
        try:
            parsed = date.fromisoformat(str(value).strip())
        except ValueError:
            raise ParameterError(name, value, "a date as YYYY-MM-DD") from None
    if (earliest and parsed < earliest) or (latest and parsed > latest):
        span = f"{earliest or '...'} to {latest or '...'}"
        raise ParameterError(name, value, f"a date within the dataset, {span}")
    return parsed


def check_as_of(value: object, first_day: date, last_day: date, today: date | None = None) -> date:
    """The report date: empty means ``last_day`` (the newest in the dataset); any day from
    ``first_day`` to today is allowed, so a brief can be dated after the newest claim."""
    return check_date("as_of", value, first_day, max(last_day, today or date.today()), default=last_day)


def check_choices(name: str, value: object, allowed: Iterable[str]) -> list[str]:
    """A list parameter whose items must all be allowed; empty means all of them."""
    allowed = list(allowed)
    if value in (None, "", []):
        return allowed
    items = [s.strip() for s in value.split(",")] if isinstance(value, str) else [str(v) for v in value]  # type: ignore[attr-defined]
    items = [s for s in items if s]
    for item in items:
        if item not in allowed:
            raise ParameterError(name, item, "one or more of: " + ", ".join(allowed))
    return items


def check_choice(name: str, value: object, allowed: Iterable[str]) -> str:
    """A single value from a fixed set."""
    allowed = list(allowed)
    if str(value) not in allowed:
        raise ParameterError(name, value, "one of: " + ", ".join(allowed))
    return str(value)
