"""What one report of one day is made from, as one digest: a run whose digest is unchanged is reused.

A report run on ``as_of`` is made from:

- the dataset rows visible on that day (``visible_rows``): the claims and transfers reported
  up to ``as_of``, the events dated up to it, the further outlets (``claim_sources``) of those
  claims, the sources any of them cite and the actors they name (with each actor's country);
  and the schema (``datapackage.json``: labels, vocabularies, the methods text) whole;
- the notebook file, its parameters (every effective value) and its title in the registry;
- the code: every file of the ``analysis`` package except the site layer (``analysis/site``),
  which sits above the reports and shapes none of them;
- the versions of Python and of the packages that shape a page (``output.package_versions``).

So a claim added after ``as_of`` leaves that day's digest as it was, one added before changes
it, and an edit to a notebook, a helper or a template changes every digest.

Data quirks: a row is compared as the text of its cells (``data/clean`` as ``build`` wrote it);
rows are taken in key order, so re-sorting a file changes nothing. A table in ``data/clean``
that this module has no rule for counts whole (safe: any change to it re-runs everything).
Nothing here imports pandas: the runner decides before any kernel starts.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.files import read_csv_rows, sha256_file
from analysis.reports import manifest
from analysis.reports.manifest import ReportEntry
from analysis.reports.plan import Plan

DATED = {"claims": "reported_on", "events": "date", "transfers": "reported_on"}  # table: the day a row is known
CITING = ("claims", "events", "transfers", "claim_sources")  # tables whose source_id makes a source visible
NAMING = {"claims": ("claimant", "speaker"), "transfers": ("claimant", "supplier", "recipient"), "events": ("actors",)}
KEYS = {
    "claims": ("claim_id",),
    "events": ("event_id",),
    "transfers": ("transfer_id",),
    "claim_sources": ("claim_id", "source_id"),
    "sources": ("source_id",),
    "actors": ("actor_id",),
}
SKIPPED_CODE = ("site",)  # subpackages of analysis that no report imports
LIST_SEP = ";"  # events.actors holds several names


def _digest(data: object) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _names(value: str) -> list[str]:
    return [part.strip() for part in value.split(LIST_SEP) if part.strip()]


@dataclass
class Dataset:
    """The clean tables as text rows (read once) and the schema's checksum, for many ``as_of`` days."""

    data_dir: Path = field(default_factory=lambda: paths.DATA_DIR)

    def __post_init__(self) -> None:
        clean = paths.clean_dir(self.data_dir)
        self.tables = {p.stem: read_csv_rows(p) for p in sorted(clean.glob("*.csv"))}
        schema = paths.datapackage_path(self.data_dir)
        self.schema_sha256 = sha256_file(schema) if schema.is_file() else ""

    def visible_rows(self, as_of: str) -> dict[str, list[dict[str, str]]]:
        """Every table cut to what was known on ``as_of`` (see the module notes), rows in key order."""
        seen = {n: [r for r in self.tables.get(n, []) if r.get(col, "")[:10] <= as_of] for n, col in DATED.items()}
        claim_ids = {r.get("claim_id", "") for r in seen["claims"]}
        seen["claim_sources"] = [r for r in self.tables.get("claim_sources", []) if r.get("claim_id") in claim_ids]
        cited = {r.get("source_id", "") for name in CITING for r in seen[name]}
        seen["sources"] = [r for r in self.tables.get("sources", []) if r.get("source_id") in cited]
        named = {n for table, cols in NAMING.items() for r in seen[table] for c in cols for n in _names(r.get(c, ""))}
        actors = self.tables.get("actors", [])
        named |= {r.get("country", "") for r in actors if r.get("actor_id") in named}
        seen["actors"] = [r for r in actors if r.get("actor_id") in named]
        for name, rows in self.tables.items():
            seen.setdefault(name, rows)  # a table without a rule counts whole
        return {name: sorted(rows, key=functools.partial(_key, name)) for name, rows in sorted(seen.items())}

    def rows_digest(self, as_of: str) -> str:
        """One digest of the rows visible on ``as_of`` and of the schema."""
        return _digest({"rows": self.visible_rows(as_of), "schema": self.schema_sha256})


def _key(table: str, row: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(row.get(c, "") for c in KEYS[table]) if table in KEYS else tuple(v for _, v in sorted(row.items()))


def code_digest(root: Path | None = None) -> str:
    """One digest of every file of the ``analysis`` package but the site layer (caches left out)."""
    root = root or Path(__file__).resolve().parent.parent
    files = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and rel.parts[0] not in SKIPPED_CODE and "__pycache__" not in rel.parts:
            files[rel.as_posix()] = sha256_file(path)
    return _digest(files)


def report_digest(
    *,
    rows: str,
    notebook: Path,
    title: str,
    parameters: Mapping[str, Any],
    code: str,
    versions: Mapping[str, str],
) -> str:
    """The fingerprint of one report of one day, from what it is made of (see the module notes)."""
    notebook_sha = sha256_file(notebook) if notebook.is_file() else ""
    return _digest(
        {
            "rows": rows,
            "notebook": notebook_sha,
            "title": title,
            "parameters": dict(parameters),
            "code": code,
            "versions": dict(versions),
        }
    )


def fingerprints(
    plans: Iterable[Plan], versions: Mapping[str, str], data_dir: Path | None = None
) -> dict[tuple[str, str], str]:
    """``{(as_of, report): fingerprint}`` for every report of every plan (``versions``: of the packages)."""
    dataset, code = Dataset(data_dir or paths.DATA_DIR), code_digest()
    found = {}
    for plan in plans:
        rows = dataset.rows_digest(plan.as_of)
        for p in plan.runs:
            found[(plan.as_of, p.report.name)] = report_digest(
                rows=rows,
                notebook=p.report.notebook,
                title=p.report.title,
                parameters=p.effective,
                code=code,
                versions={**versions, "nk-russia-analysis": own_version()},
            )
    return found


def own_version() -> str:
    """This package's version, as installed."""
    from importlib import metadata

    try:
        return metadata.version("nk-russia-analysis")
    except metadata.PackageNotFoundError:
        return "not installed"


def reusable(folder: Path, plan: Plan, prints: Mapping[tuple[str, str], str]) -> dict[str, ReportEntry]:
    """The reports of ``plan`` whose published run in ``folder`` (``out/<as_of>``) has today's fingerprint.

    A report is reused only if it succeeded there, its fingerprint is the one it would have now,
    and its page, notebook and summary are all still there, the page with its recorded sha256.
    """
    earlier = manifest.read(folder)
    found = {}
    for p in plan.runs if earlier else ():
        entry = earlier.reports.get(p.report.name) if earlier else None
        if entry is None or entry.status != "ok" or not entry.fingerprint:
            continue
        files = [folder / f for f in (entry.html, entry.ipynb, entry.md) if f]
        same = entry.fingerprint == prints.get((plan.as_of, p.report.name)) and len(files) == 3
        if same and all(f.is_file() for f in files) and sha256_file(files[0]) == entry.html_sha256:
            found[p.report.name] = entry
    return found
