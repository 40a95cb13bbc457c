"""Writing a run: HTML export, ``index.html``, ``manifest.json``, publishing and the lock.

A run writes into ``DIR/.tmp-<as_of>-<pid>`` and is published only when every report
succeeded: the old ``DIR/<as_of>`` is renamed aside, the new one renamed in, the old one
deleted; ``DIR/latest`` is a relative symlink replaced with ``os.replace``. A failed run is
moved to ``DIR/_failed/<timestamp>/`` and touches nothing else. ``DIR/.lock`` (filelock)
keeps two runs from writing the same folder; ``DIR/.lock.owner`` says who holds it.

Determinism: the HTML of a report depends only on the executed notebook's outputs. The
injected-parameters cell gets a fixed id (papermill draws a random one), code and prompts
are excluded, and the page carries no dates. Safety: the page has a Content-Security-Policy
that allows no script and no remote resource (images are data URIs), so a mailed report
is one self-contained file; ``index.html`` escapes every value it shows.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.data import schema
from analysis.files import sha256_file

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'"
)
META = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n<meta name="referrer" content="no-referrer">\n'
# The lab template without the scripts it loads from CDNs (require.js, MathJax, mermaid):
# reports are static pages and must render offline, from one mailed file.
_TEMPLATE = (
    "{%- extends 'index.html.j2' -%}\n"
    "{%- block html_head -%}" + META + "{{ super() }}{%- endblock html_head -%}\n"
    "{%- block html_head_js -%}{%- endblock html_head_js -%}\n"
    "{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}\n"
    "{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}\n"
)
INJECTED_ID = "injected-parameters"
PACKAGES = ("pandas", "matplotlib", "papermill", "nbconvert", "nbclient", "nbformat", "ipykernel", "jupyter_client")
_AS_OF_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_exporter_lock = threading.Lock()
_exporter: Any = None


def exporter() -> Any:
    """The process's one ``HTMLExporter`` (created on first use; building it reads templates)."""
    global _exporter
    with _exporter_lock:
        if _exporter is None:
            from jinja2 import DictLoader
            from nbconvert import HTMLExporter

            _exporter = HTMLExporter(
                template_name="lab",
                extra_loaders=[DictLoader({"nkr_report.html.j2": _TEMPLATE})],
                template_file="nkr_report.html.j2",
                exclude_input=True,
                exclude_input_prompt=True,
                exclude_output_prompt=True,
                embed_images=True,
            )
        return _exporter


def fix_injected_cell_id(nb: Any) -> None:
    """Give papermill's injected-parameters cell a fixed id (it draws a random one)."""
    for cell in nb.cells:
        if INJECTED_ID in cell.get("metadata", {}).get("tags", []):
            cell["id"] = INJECTED_ID


def write_html(nb: Any, title: str, target: Path) -> None:
    """Export an executed notebook to a self-contained HTML page without code."""
    import copy

    nb = copy.deepcopy(nb)
    fix_injected_cell_id(nb)
    for cell in nb.cells:
        # No script outputs: the page allows none, and widget ids are random.
        for out in cell.get("outputs", []):
            data = out.get("data")
            if data:
                for key in [k for k in data if "javascript" in k or "widget" in k]:
                    del data[key]
    exp = exporter()
    with _exporter_lock:
        body, _ = exp.from_notebook_node(nb, resources={"metadata": {"name": title}})
    target.write_text(body, encoding="utf-8")


# --- manifest ----------------------------------------------------------------------------


def dataset_files(data_dir: Path) -> dict[str, str]:
    """sha256 of every dataset file a report reads: ``clean/*.csv`` and ``datapackage.json``."""
    files = [*sorted(paths.clean_dir(data_dir).glob("*.csv")), paths.datapackage_path(data_dir)]
    return {f.relative_to(data_dir).as_posix(): sha256_file(f) for f in files if f.exists()}


def dataset_info(data_dir: Path) -> dict[str, Any]:
    """Dataset version, folder, file checksums and one digest over them all."""
    files = dataset_files(data_dir)
    digest = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()
    try:
        version = schema.version(paths.datapackage_path(data_dir))
    except (OSError, ValueError):
        version = "unknown"
    return {"version": version, "dir": str(data_dir), "files": files, "digest": digest}


def package_versions() -> dict[str, str]:
    """Versions of Python and the packages that shape a report."""
    out = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def git_state(root: Path = paths.PROJECT_ROOT) -> dict[str, Any] | None:
    """The commit of the code and whether the tree has changes, or None outside git."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}  # read only: never take the index lock

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, timeout=20, check=True)
        return done.stdout.strip()

    try:
        commit = git("rev-parse", "HEAD")
        dirty = bool(git("status", "--porcelain", "--untracked-files=no"))
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": commit, "dirty": dirty}


def utc_now() -> str:
    """Now, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_json(path: Path, data: Any) -> None:
    """Write JSON (sorted keys, UTF-8, trailing newline)."""
    path.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The manifest of a published run, or None if there is none (or it is unreadable)."""
    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


# --- index.html ----------------------------------------------------------------------------

_INDEX_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em;
       color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4em .6em; border-bottom: 1px solid #ddd; }
code { font-size: .9em; }
.ok { color: #2e7d32; } .failed { color: #c62828; }
.meta { color: #555; }
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _params_html(params: dict[str, Any]) -> str:
    if not params:
        return "<span class=meta>none</span>"
    items = []
    for name, value in params.items():
        shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
        items.append(f"<code>{_e(name)}={_e(shown)}</code>")
    return "<br>".join(items)


def write_index(folder: Path, manifest: dict[str, Any]) -> None:
    """Write ``index.html``: every report with its title, parameters, run time and status."""
    rows = []
    for name, rep in manifest["reports"].items():
        link = f'<a href="{_e(rep["html"])}">{_e(rep["title"])}</a>' if rep.get("html") else _e(rep["title"])
        nb = f' <a class=meta href="{_e(rep["ipynb"])}">(notebook)</a>' if rep.get("ipynb") else ""
        desc = f"<br><span class=meta>{_e(rep['description'])}</span>" if rep.get("description") else ""
        status = rep.get("status", "unknown")
        note = ""
        if rep.get("carried_over"):
            other = rep.get("dataset_digest") != manifest.get("dataset", {}).get("digest")
            note = f"<br><span class=meta>from an earlier run{' on other data' if other else ''}</span>"
        rows.append(
            "<tr>"
            f"<td>{link}{nb}<br><code>{_e(name)}</code>{desc}</td>"
            f"<td>{_params_html(rep.get('parameters', {}))}</td>"
            f"<td>{_e(rep.get('started', ''))}<br><span class=meta>{_e(rep.get('duration_s', ''))} s</span></td>"
            f'<td class="{_e(status)}">{_e(status)}{note}</td>'
            "</tr>"
        )
    ds = manifest.get("dataset", {})
    git = manifest.get("git") or {}
    code = f"{git.get('commit', '')[:12]}{' (uncommitted changes)' if git.get('dirty') else ''}" if git else "n/a"
    title = f"Reports as of {manifest['as_of']}"
    page = (
        "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n"
        + META
        + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        + f"<title>{_e(title)}</title>\n<style>{_INDEX_CSS}</style>\n</head>\n<body>\n"
        + f"<h1>{_e(title)}</h1>\n"
        + f"<p class=meta>Dataset version {_e(ds.get('version', 'unknown'))} &middot; "
        + f"run {_e(manifest.get('started', ''))} to {_e(manifest.get('finished', ''))} &middot; "
        + f'code {_e(code)} &middot; status <span class="{_e(manifest.get("status", ""))}">'
        + f"{_e(manifest.get('status', ''))}</span> &middot; "
        + '<a href="manifest.json">manifest.json</a></p>\n'
        + "<table>\n<thead><tr><th>Report</th><th>Parameters</th><th>Run</th><th>Status</th></tr></thead>\n"
        + "<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )
    (folder / "index.html").write_text(page, encoding="utf-8")


# --- publishing -----------------------------------------------------------------------------


def carry_over(previous: Path, tmp: Path, manifest: dict[str, Any]) -> list[str]:
    """Keep the reports of an earlier run of the same as_of that this run did not redo.

    Running one report must not delete the others of that day: their files are hard-linked
    (or copied) into the new folder and their manifest entries kept, marked ``carried_over``.
    """
    old = read_manifest(previous)
    if not old:
        return []
    kept = []
    for name, rep in old.get("reports", {}).items():
        if name in manifest["reports"] or rep.get("status") != "ok":
            continue
        files = [rep.get("html"), rep.get("ipynb")]
        if not all(f and (previous / f).is_file() for f in files):
            continue
        for f in files:
            src, dst = previous / str(f), tmp / str(f)
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)
        rep = dict(rep)
        rep.setdefault("carried_over", True)
        manifest["reports"][name] = rep
        kept.append(name)
    return kept


def publish(tmp: Path, target: Path) -> None:
    """Move a finished run into place, replacing ``target`` (old aside, new in, old deleted)."""
    aside = target.parent / f".old-{target.name}-{os.getpid()}"
    if target.exists():
        target.rename(aside)
    try:
        tmp.rename(target)
    except OSError:
        if aside.exists():
            aside.rename(target)
        raise
    if aside.exists():
        shutil.rmtree(aside, ignore_errors=True)


def complete_runs(out: Path) -> list[str]:
    """The as_of folders under ``out`` that hold a complete run, oldest first."""
    found = []
    for child in out.iterdir() if out.exists() else []:
        if _AS_OF_DIR.match(child.name) and child.is_dir() and not child.is_symlink():
            m = read_manifest(child)
            if m and m.get("status") == "ok":
                found.append(child.name)
    return sorted(found)


def update_latest(out: Path) -> str | None:
    """Point ``out/latest`` at the newest complete run (highest as_of); atomic replace."""
    runs = complete_runs(out)
    if not runs:
        return None
    link = out / "latest"
    tmp = out / f".latest-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    tmp.symlink_to(runs[-1], target_is_directory=True)
    tmp.replace(link)
    return runs[-1]


def failed_dir(out: Path) -> Path:
    """A new, unique ``out/_failed/<timestamp>`` path (not created)."""
    base = out / "_failed" / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def clean_stale(out: Path) -> None:
    """Remove what a killed run left (only called while holding the lock).

    ``.tmp-*`` folders are unfinished runs. A ``.old-<as_of>-<pid>`` folder is a published run
    set aside during a replace that never finished: it goes back in place if the new one is
    missing, else it is deleted.
    """
    for child in out.iterdir() if out.exists() else []:
        if child.name.startswith(".tmp-") and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(".old-") and child.is_dir():
            as_of = child.name[len(".old-") :].rsplit("-", 1)[0]
            target = out / as_of
            if _AS_OF_DIR.match(as_of) and not target.exists():
                child.rename(target)
            else:
                shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(".latest-") and child.is_symlink():
            child.unlink()


# --- the lock -----------------------------------------------------------------------------


class BusyError(Exception):
    """Another run holds the lock and we were told not to wait."""


@contextlib.contextmanager
def locked(out: Path, wait: bool, say: Any) -> Iterator[None]:
    """Hold ``out/.lock`` for the ``with`` block; ``say(message)`` reports a wait.

    With ``wait=False`` a held lock raises ``BusyError`` (its message names the holder).
    """
    from filelock import FileLock, Timeout

    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(out / ".lock")
    owner = out / ".lock.owner"
    try:
        lock.acquire(timeout=0)
    except Timeout:
        holder = _holder(owner)
        if not wait:
            raise BusyError(
                f"another report run is writing to {_shown(out)} ({holder}); not waiting (--no-wait)"
            ) from None
        say(f"waiting for another report run on {_shown(out)} ({holder})")
        lock.acquire()
    try:
        write_json(owner, {"pid": os.getpid(), "host": socket.gethostname(), "since": utc_now()})
        yield
    finally:
        with contextlib.suppress(OSError):
            owner.unlink()
        lock.release()


def _holder(owner: Path) -> str:
    for _ in range(10):  # the owner file is written just after the lock is taken
        try:
            data = json.loads(owner.read_text(encoding="utf-8"))
            return f"pid {data.get('pid')} on {data.get('host')}, since {data.get('since')}"
        except (OSError, ValueError):
            time.sleep(0.05)
    return "pid unknown"


def _shown(path: Path) -> str:
    from analysis.files import display_path

    return display_path(path)
