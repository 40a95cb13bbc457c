"""A run's ``manifest.json``: what was run, on which data and code, and how it went.

The manifest is built from named fields (``Manifest``, one ``ReportEntry`` per report) and
written as JSON (``format`` 1, keys sorted); ``read`` gives back a ``Manifest`` from a run
folder, so a caller (a static site reusing runs whose inputs did not change) can compare
``dataset["digest"]``, ``git["commit"]`` and each report's ``parameters`` with what it would
run now; each report's ``fingerprint`` (``analysis.reports.fingerprint``) says in one digest
whether it would be made from the same rows, notebook, parameters, code and packages.

Quirk: a report kept from an earlier run of the same day (``carried_over``) keeps the entry
of that run, including its ``dataset_digest``, which may differ from the run's own.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from analysis.files import write_json

FORMAT = 1
FILE = "manifest.json"


@dataclass
class ReportEntry:
    """One report of a run: what it is, its parameters, its timings and its files (or its error)."""

    title: str
    description: str
    notebook: str  # as shown relative to the project
    parameters: dict[str, Any]  # every parameter's effective value
    status: str  # "ok" or "failed"
    started: str = ""
    finished: str = ""
    duration_s: float = 0.0
    timings_s: dict[str, float] = field(default_factory=dict)
    dataset_digest: str = ""
    html: str | None = None  # file names inside the run folder, when it succeeded
    ipynb: str | None = None
    md: str | None = None
    html_sha256: str | None = None
    error: str | None = None  # the one-line failure, when it failed
    carried_over: bool = False  # kept from an earlier run of the same day
    fingerprint: str = ""  # what it was made from (analysis.reports.fingerprint); equal: reused, not re-run

    def to_json(self) -> dict[str, Any]:
        """The entry as JSON data (fields that do not apply are left out)."""
        optional = ("carried_over", "fingerprint")
        return {k: v for k, v in asdict(self).items() if v is not None and (k not in optional or v)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReportEntry:
        """An entry read back (unknown keys ignored, missing ones at their defaults)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values.setdefault("title", "")
        values.setdefault("description", "")
        values.setdefault("notebook", "")
        values.setdefault("parameters", {})
        values.setdefault("status", "failed")
        return cls(**values)


@dataclass
class Manifest:
    """One run of one ``as_of``: when, how, on what data and code, and every report."""

    as_of: str
    status: str  # "ok" when every report succeeded
    started: str
    finished: str
    duration_s: float
    jobs: int
    timeout_s: float
    registry: str
    dataset: dict[str, Any]  # analysis.data.facts.fingerprint(): version, files and their sha256, digest
    git: dict[str, Any] | None
    versions: dict[str, str]
    reports: dict[str, ReportEntry]
    command: str | None = None  # the command line, when run from it
    format: int = FORMAT

    def to_json(self) -> dict[str, Any]:
        """The manifest as JSON data, as ``manifest.json`` holds it."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["reports"] = {name: entry.to_json() for name, entry in self.reports.items()}
        return data

    def write(self, folder: Path) -> None:
        """Write ``folder/manifest.json`` atomically."""
        write_json(folder / FILE, self.to_json())


def read_json(folder: Path) -> dict[str, Any] | None:
    """The manifest of a run folder as JSON data, or None if there is none (or it is unreadable)."""
    try:
        data = json.loads((folder / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def read(folder: Path) -> Manifest | None:
    """The manifest of a run folder, or None if there is none or it is not a manifest."""
    data = read_json(folder)
    try:
        reports = {str(n): ReportEntry.from_json(r) for n, r in (data or {}).get("reports", {}).items()}
        known = {f.name for f in fields(Manifest)}
        return Manifest(**{**{k: v for k, v in (data or {}).items() if k in known}, "reports": reports})
    except (TypeError, AttributeError):
        return None
