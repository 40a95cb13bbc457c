"""The dataset's versions: which claims each one added, revised and withdrew, from git and the CHANGELOG.

A version is the ``version`` of ``data/datapackage.json``. Walking the project's own history
(``git log --first-parent``, the line of the main branch) over the commits that touched the
schema or ``data/curated/claims.csv``, each version's claims are those of its last commit; the
version now checked out ends with the claims of the working tree (the clean table). Two
versions side by side give the claims added (a new id), withdrawn (an id gone) and revised
(an id whose curated cells changed, with the columns that did). The CHANGELOG's "Dataset
(version X)" section says in words what each version did.

Data quirks: without git, or when the data folder is not the project's own (``NKR_DATA_DIR``
pointing elsewhere), there is one version, the current one, and no history; a commit whose
schema cannot be read is skipped. Dates are commit dates (UTC), the day a version reached
the main line.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from analysis import paths
from analysis.files import read_csv_rows

SCHEMA, CLAIMS = "data/datapackage.json", "data/curated/claims.csv"
DERIVED = ("sentence",)  # filled in by the build: not a curator's change


@dataclass
class Version:
    """One dataset version: when it reached the main line and what it did to the claims."""

    version: str
    date: str  # YYYY-MM-DD of its first commit on the main line ("" for one not committed)
    claims: int
    added: list[str] = field(default_factory=list)
    revised: dict[str, list[str]] = field(default_factory=dict)  # claim id: columns changed
    withdrawn: list[str] = field(default_factory=list)
    notes: str = ""  # the CHANGELOG's section, Markdown


@dataclass
class History:
    """Every version, oldest first, and per claim its story; ``from_git`` says whether git was read."""

    versions: list[Version]
    last_rows: dict[str, dict[str, str]]  # every claim id ever seen: its newest row (for withdrawn claims)
    from_git: bool

    def story(self, claim_id: str) -> list[tuple[str, str, str]]:
        """``(version, date, what)`` for one claim: added, revised (columns) or withdrawn."""
        found = []
        for v in self.versions:
            if claim_id in v.added:
                found.append((v.version, v.date, "added"))
            elif claim_id in v.revised:
                found.append((v.version, v.date, "revised: " + ", ".join(v.revised[claim_id])))
            elif claim_id in v.withdrawn:
                found.append((v.version, v.date, "withdrawn"))
        return found

    def first_seen(self, claim_id: str) -> str:
        """The date of the version that added the claim ("" if not known)."""
        return next((v.date for v in self.versions if claim_id in v.added), "")

    def last_changed(self, claim_id: str) -> str:
        """The date of the version that last added or revised the claim ("" if not known)."""
        dates = [v.date for v in self.versions if claim_id in v.added or claim_id in v.revised]
        return dates[-1] if dates else ""

    def withdrawn(self) -> dict[str, str]:
        """``{claim id: version}`` of every claim withdrawn and not added back."""
        gone: dict[str, str] = {}
        for v in self.versions:
            for cid in v.added:
                gone.pop(cid, None)
            gone.update(dict.fromkeys(v.withdrawn, v.version))
        return gone


def _git(root: Path, *args: str) -> str | None:
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    try:
        done = subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def commits(root: Path = paths.PROJECT_ROOT) -> list[tuple[str, str]]:
    """``(commit, date)`` of the main line's commits that touched the schema or the curated claims, oldest first."""
    log = _git(root, "log", "--first-parent", "--reverse", "--format=%H %cs", "--", SCHEMA, CLAIMS)
    return [tuple(line.split(" ", 1)) for line in (log or "").splitlines() if " " in line]  # type: ignore[misc]


def _rows(text: str) -> dict[str, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return {
        r["claim_id"].strip(): {k: (v or "").strip() for k, v in r.items() if k} for r in reader if r.get("claim_id")
    }


def _diff(
    old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]
) -> tuple[list[str], dict[str, list[str]], list[str]]:
    added = sorted(set(new) - set(old))
    withdrawn = sorted(set(old) - set(new))
    revised = {}
    for cid in sorted(set(old) & set(new)):
        columns = sorted((set(old[cid]) | set(new[cid])) - set(DERIVED))
        changed = [c for c in columns if old[cid].get(c, "") != new[cid].get(c, "") and c in old[cid] and c in new[cid]]
        if changed:
            revised[cid] = changed
    return added, revised, withdrawn


def changelog_sections(text: str) -> dict[str, str]:
    """``{version: Markdown}`` of the CHANGELOG's "### Dataset (version X)" sections."""
    found, current, lines = {}, None, list[str]()
    for line in [*text.splitlines(), "## end"]:
        heading = re.match(r"^#{2,3} ", line)
        if heading and current is not None:
            found[current] = "\n".join(lines).strip()
            current = None
        if match := re.match(r"^### Dataset \(version ([^)]+)\)", line):
            current, lines = match.group(1).strip(), []
        elif current is not None:
            lines.append(line)
    return found


def read_history(
    current_version: str, current_claims: list[dict[str, str]], data_dir: Path | None = None, root: Path | None = None
) -> History:
    """The dataset's versions (see the module notes), the current one ending on ``current_claims``."""
    root = root or paths.PROJECT_ROOT
    data_dir = (data_dir or paths.DATA_DIR).resolve()
    own = data_dir == (root / "data").resolve()
    states: list[tuple[str, str, dict[str, dict[str, str]]]] = []  # version, first date, claims of its last commit
    found = commits(root) if own else []
    for commit, day in found:
        try:
            version = str(json.loads(_git(root, "show", f"{commit}:{SCHEMA}") or "{}").get("version", ""))
        except ValueError:
            continue
        claims = _rows(_git(root, "show", f"{commit}:{CLAIMS}") or "")
        if not version or not claims:
            continue
        if states and states[-1][0] == version:
            states[-1] = (version, states[-1][1], claims)
        else:
            states.append((version, day, claims))
    now = {r["claim_id"]: r for r in current_claims if r.get("claim_id")}
    if states and states[-1][0] == current_version:
        states[-1] = (current_version, states[-1][1], now)
    else:
        states.append((current_version, "", now))
    notes = changelog_sections((root / "CHANGELOG.md").read_text(encoding="utf-8")) if own else {}
    versions, previous, last_rows = [], dict[str, dict[str, str]](), dict[str, dict[str, str]]()
    for version, day, claims in states:
        added, revised, withdrawn = _diff(previous, claims)
        versions.append(Version(version, day, len(claims), added, revised, withdrawn, notes.get(version, "")))
        last_rows.update(claims)
        previous = claims
    return History(versions, last_rows, from_git=bool(found))


def current_claim_rows(data_dir: Path | None = None) -> list[dict[str, str]]:
    """The clean claims as text rows (the working tree's version)."""
    return read_csv_rows(paths.clean_dir(data_dir or paths.DATA_DIR) / "claims.csv")
