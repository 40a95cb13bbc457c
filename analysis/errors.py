"""Problems found in data files, and the errors the package raises for them.

Every problem names a file and, where it can, a line and a column, so that a
person can open the file and fix it. ``str(problem)`` is the one-line message
that ``validate`` prints and that ``build`` refuses on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place: ``file:line: column: message``."""

    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = f"{self.column} {self.message}" if self.column else self.message
        return f"{where}: {what}"

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


class DataError(Exception):
    """Raised when data cannot be used; carries the problems (first one in the message)."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        first = str(self.problems[0]) if self.problems else "invalid data"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem{'s' * (more > 1)})" if more > 0 else ""))


class ParameterError(ValueError):
    """A bad parameter: the message names the parameter, the bad value and what is allowed."""

    def __init__(self, name: str, value: object, allowed: str) -> None:
        self.name, self.value, self.allowed = name, value, allowed
        shown = shorten(value, 80) if isinstance(value, str) else repr(value)
        super().__init__(f"parameter {name}={shown} is not allowed: expected {allowed}")
