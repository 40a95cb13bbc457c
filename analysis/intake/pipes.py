"""Standard output read by a reader that may stop early (``... | head``).

When the reader closes the pipe, the next write raises ``BrokenPipeError``; the commands
stop writing, point standard output at the null device (so the interpreter's last flush
does not fail again and print a traceback) and end with the status they had, without a
word on standard error: the reader has what it wanted.
"""

from __future__ import annotations

import contextlib
import os
import sys


def reader_left() -> None:
    """Point standard output at the null device after the reader closed the pipe."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
