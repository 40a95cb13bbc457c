"""The progress display: one line per report with its state and elapsed time.

On a terminal the lines are redrawn in place (plain ANSI; ``NO_COLOR`` turns colours off).
Anywhere else (a log file, cron, CI) each report prints a plain line when it starts running
and when it ends, so a log reads top to bottom.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from analysis.reports.runner import Job

LABELS = {
    "queued": "waiting",
    "starting": "starting kernel",
    "ready": "kernel ready",
    "running": "running",
    "html": "writing HTML",
    "done": "done",
    "failed": "FAILED",
    "cancelled": "cancelled",
}
_COLOURS = {"done": "32", "failed": "31", "running": "33", "html": "33"}


class Progress:
    """Draws the state of every job; call ``update()`` often and ``finish()`` once."""

    def __init__(self, jobs: list[Job], stream: TextIO | None = None, live: bool | None = None) -> None:
        self.jobs = jobs
        self.stream = stream or sys.stdout
        self.live = self.stream.isatty() if live is None else live
        self.colour = self.live and not os.environ.get("NO_COLOR")
        self.width = max([len(j.name) for j in jobs] + [8])
        self.started = time.monotonic()
        self._drawn = 0
        self._printed: dict[int, str] = {}

    def _elapsed(self, job: Job) -> float:
        if job.state in ("done", "failed") and job.duration_s:
            return job.duration_s
        if job.exec_started is not None:
            return time.monotonic() - job.exec_started
        return time.monotonic() - self.started

    def _line(self, job: Job) -> str:
        label = LABELS.get(job.state, job.state)
        if job.state == "failed" and job.failure is not None and job.failure.kind == "timeout":
            label = "TIMED OUT"
        text = f"{label:<15}"
        if self.colour and job.state in _COLOURS:
            text = f"\x1b[{_COLOURS[job.state]}m{text}\x1b[0m"
        return f"  {job.name:<{self.width}}  {text} {self._elapsed(job):6.1f} s"

    def update(self) -> None:
        """Redraw (terminal) or print the lines of reports that started or ended."""
        if self.live:
            out = "".join(f"\x1b[2K{self._line(j)}\n" for j in self.jobs)
            up = f"\x1b[{self._drawn}F" if self._drawn else ""
            self.stream.write(up + out)
            self._drawn = len(self.jobs)
        else:
            for job in self.jobs:
                if job.state in ("running", "done", "failed") and self._printed.get(job.index) != job.state:
                    self._printed[job.index] = job.state
                    line = self._line(job)
                    if job.state == "running":  # no time yet: the report has just started
                        line = line.rsplit(" ", 2)[0]
                    self.stream.write(line.strip() + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """Final redraw."""
        self.update()
