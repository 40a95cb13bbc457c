"""Problems found in data files, and the errors the package raises for them.

Every problem names a file and, where it can, a line and a column, so that a
person can open the file and fix it. ``str(problem)`` is the one-line message
that ``validate`` prints and that ``build`` refuses on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place: ``file:line: column: message`` (only the message when ``file`` is empty)."""

    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        what = f"{self.column} {self.message}" if self.column else self.message
        if not self.file:  # a problem with no place in a file: an option or a parameter
            return what
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {what}"

    @classmethod
    def of(cls, message: str) -> Problem:
        """A problem with no place in a file (an option, a parameter): its message alone."""
        return cls("", None, None, message)

    def sort_key(self) -> tuple[str, int, str, str]:
        """File, line, column, message: the order problems are printed in."""
        return (self.file, self.line or 0, self.column or "", self.message)


ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")  # terminal colour and cursor sequences


def one_line(text: object, limit: int = 400) -> str:
    """A message for a terminal or log: one line, no ANSI sequences or control characters, cut at ``limit``."""
    line = " ".join(ANSI.sub("", str(text)).split())
    line = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", lambda m: f"\\x{ord(m.group()):02x}", line)
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def os_error_text(exc: OSError) -> str:
    """``<path>[ -> <path2>]: <what the system said>`` for an error the operating system reported."""
    what = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return what
    also = f" -> {exc.filename2}" if getattr(exc, "filename2", None) else ""
    return f"{exc.filename}{also}: {what}"


def shorten(value: object, limit: int = 60) -> str:
    """A value as a message shows it: its repr (quoted, control characters escaped), cut when long."""
    text = value[:limit] if isinstance(value, str) else value  # a huge string is not repr'd whole
    shown = repr(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "\u2026"


def _as_problems(problems: Problem | str | Iterable[Problem | str]) -> list[Problem]:
    items = [problems] if isinstance(problems, Problem | str) else list(problems)
    return [p if isinstance(p, Problem) else Problem.of(p) for p in items]


class ProblemsError(Exception):
    """An error that carries ``problems``, each one line; the first is the message.

    The one way problems travel: functions raise (never append to a caller's list) and
    ``python -m analysis`` alone turns the problems into lines and an exit code.
    """

    def __init__(self, problems: Problem | str | Iterable[Problem | str], note: str = "") -> None:
        self.problems = _as_problems(problems)
        self.note = note  # a closing line for the command line ("nothing was written")
        first = str(self.problems[0]) if self.problems else self.empty
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem{'s' * (more > 1)})" if more > 0 else ""))

    empty = "invalid input"

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across processes, problems kept
        return (type(self), (self.problems, self.note))


class DataError(ProblemsError):
    """Data that cannot be used (a table, a review file, the schema, a registry): ``file:line`` problems."""

    empty = "invalid data"


class UsageError(ProblemsError, ValueError):
    """A bad option, parameter or argument given by the person running a command or calling a function."""

    empty = "invalid usage"


class ParameterError(UsageError):
    """A bad parameter: the message names the parameter, the bad value and what is allowed.

    ``str()`` is the one line ``parameter NAME=VALUE is not allowed: expected ALLOWED`` (the
    value shortened when long); ``problems`` holds it as a ``Problem``, or the ones given.
    """

    def __init__(self, name: str, value: object, allowed: str, problems: Iterable[Problem] | None = None) -> None:
        self.name, self.value, self.allowed = name, value, allowed
        line = f"parameter {name}={shorten(value)} is not allowed: expected {allowed}"
        super().__init__(list(problems or []) or [Problem.of(line)])
        self.args = (line,)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.name, self.value, self.allowed, self.problems))
