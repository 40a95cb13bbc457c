"""Checking notebook parameters: one-line errors naming the parameter, the value and what is allowed.

Report notebooks call these in the cell right after their ``parameters`` cell, so a bad
value stops the run before any work, with a message a scheduler log can show as is.

Quirk: papermill passes ``-p`` lists as strings, so list parameters accept a Python
list, a comma-separated string, or empty (meaning "all").

``parse_value`` turns a command-line or YAML value into its type for the report runner, with
the same limits everywhere: integers of at most 18 digits, finite floats, text of at most
1,000 characters that UTF-8 can write, lists of at most 200 items.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from analysis.errors import ParameterError, Problem, UsageError, one_line, shorten


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


# --- values from the command line or a YAML file, before any kernel starts ---------------

TYPES = ("date", "str", "int", "float", "bool", "list[date]", "list[str]", "list[int]", "list[float]")
MAX_DIGITS, MAX_TEXT, MAX_ITEMS = 18, 1000, 200
_EXPECT = {
    "date": "a date as YYYY-MM-DD",
    "str": f"text of at most {MAX_TEXT} characters",
    "int": f"a whole number of at most {MAX_DIGITS} digits, e.g. 10",
    "float": "a finite number, e.g. 0.5",
    "bool": "true or false",
}


def expected(type_: str) -> str:
    """What a value of a parameter type (one of ``TYPES``) must look like, in words."""
    if type_.startswith("list["):
        return f"a comma-separated list (at most {MAX_ITEMS}) of {_EXPECT[type_[5:-1]].removeprefix('a ')}s"
    return _EXPECT[type_]


def parse_value(name: str, type_: str, value: object) -> object:
    """A CLI string or YAML value as the parameter's type, or ``ParameterError``.

    Dates stay ISO strings (what notebooks receive; empty means the notebook's default);
    lists accept a YAML list, ``[a, b]``, a comma-separated string, or empty ("all").
    """
    if not type_.startswith("list["):
        return _scalar(name, type_, value, value)
    items: object = value
    if value is None or value == "":
        return []
    if isinstance(value, str):
        text = value.strip()
        items = [s.strip() for s in text.split(",") if s.strip()]
        if text.startswith("[") and len(text) < 20000:
            import yaml

            try:
                items = yaml.safe_load(text)
            except yaml.YAMLError:
                raise ParameterError(name, value, expected(type_)) from None
    items = list(items) if isinstance(items, list | tuple) else [items]
    if len(items) > MAX_ITEMS:
        raise ParameterError(name, value, expected(type_))
    return [_scalar(name, type_[5:-1], v, value, listed=type_) for v in items]


def _scalar(name: str, type_: str, value: object, whole: object, listed: str = "") -> object:
    err = ParameterError(name, whole, expected(listed or type_))
    if type_ == "date":
        if isinstance(value, date) and not isinstance(value, datetime):  # a time of day is not a date
            return value.isoformat()
        if value in (None, "") and not listed:
            return ""
        text = value.strip() if isinstance(value, str) else ""
        with contextlib.suppress(ValueError):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                return date.fromisoformat(text).isoformat()
    elif type_ == "str" and not isinstance(value, dict | list):
        text = "" if value is None else str(value)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate cannot go into a notebook
            raise err from None
        if len(text) <= MAX_TEXT:
            return text
    elif type_ == "int" and not isinstance(value, bool | float):
        if re.fullmatch(rf"\s*-?\d{{1,{MAX_DIGITS}}}\s*", str(value)):
            return int(str(value))
    elif type_ == "float" and isinstance(value, int | float | str) and not isinstance(value, bool):
        with contextlib.suppress(ValueError, OverflowError):
            if len(str(value)) <= 40 and math.isfinite(number := float(value)):
                return number
    elif type_ == "bool":
        text = str(value).strip().lower()
        if isinstance(value, bool) or text in ("true", "yes", "1", "on", "false", "no", "0", "off"):
            return value if isinstance(value, bool) else text in ("true", "yes", "1", "on")
    raise err


PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
MAX_SCALAR = 10_000  # characters of one value in a params file (a text parameter holds at most MAX_TEXT)


def read_params_file(path: Path) -> dict[str, object]:
    """A parameters file (``--params-file``) as a mapping, or ``UsageError`` naming the file and line.

    It holds only ``NAME: VALUE`` and ``REPORT: {NAME: VALUE}``, each value plain (text,
    number, true/false, a date, empty) or a list of plain values: nothing deeper, no
    timestamps with a time of day, no tags. At most 1 MB and no YAML aliases: a few lines
    of aliases can expand to gigabytes.
    """
    import yaml

    where = f"--params-file {path}"
    try:
        if path.stat().st_size > 1_000_000:
            raise ValueError("larger than 1 MB; expected a short YAML mapping")
        text = path.read_text(encoding="utf-8")
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=yaml.SafeLoader)):
            raise ValueError("YAML aliases (*name) are not allowed; write each value out")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        if root is not None:
            _plain_mapping(root, where, depth=0)
        data = yaml.safe_load(text) if root is not None else {}
        return {str(k): v for k, v in (data or {}).items()}
    except UsageError:
        raise
    except OSError as exc:
        why = exc.strerror or str(exc)
    except UnicodeDecodeError as exc:
        why = f"not UTF-8 text (byte {exc.start})"
    except ValueError as exc:
        why = str(exc)
    except yaml.YAMLError as exc:
        why = f"not valid YAML: {shorten(' '.join(str(exc).split()), 200)}"
    raise UsageError(f"{where}: {why}")


def _plain_mapping(node: object, where: str, depth: int) -> None:
    """Check a params-file mapping: plain keys; plain values, lists of them, or (at the top) one mapping."""
    import yaml

    def refuse(at: yaml.Node, what: str) -> NoReturn:
        raise UsageError(Problem(where, at.start_mark.line + 1, None, what))

    if not isinstance(node, yaml.MappingNode):
        refuse(node, "expected a mapping of NAME: VALUE")  # type: ignore[arg-type]
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag not in PLAIN_TAGS:
            refuse(key, "a name must be plain text")
        name = one_line(key.value, 40)
        if isinstance(value, yaml.MappingNode):
            if depth > 0:
                refuse(
                    value, f"{name}: expected a plain value or a list, not a mapping (REPORT: {{NAME: VALUE}} at most)"
                )
            _plain_mapping(value, where, depth + 1)
            continue
        for item in value.value if isinstance(value, yaml.SequenceNode) else [value]:
            if not isinstance(item, yaml.ScalarNode):
                refuse(item, f"{name}: expected plain values in a list, not a nested list or mapping")
            _plain_scalar(item, name, refuse)


def _plain_scalar(node: Any, name: str, refuse: Callable[[Any, str], NoReturn]) -> None:
    if node.tag not in PLAIN_TAGS:
        refuse(node, f"{name}: the tag {shorten(node.tag, 40)} is not allowed: expected a plain value")
    if len(node.value) > MAX_SCALAR:
        refuse(node, f"{name}: a value of {len(node.value):,} characters; expected at most {MAX_SCALAR:,}")
    if node.tag.endswith(":timestamp") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", node.value.strip()):
        refuse(node, f"{name}: {shorten(node.value)} has a time of day: expected a date as YYYY-MM-DD (or quote it)")
