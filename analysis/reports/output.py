"""Writing a run: HTML and ``.md`` pages, ``index.html`` pages, and the folder operations of publishing.

Layout of an output folder ``DIR``: ``.runs/<as_of>-<id>/`` a complete run (pages, index.html,
manifest.json, the ``.nkr-run`` marker); ``<as_of>`` a symlink to the current run of that day;
``latest`` a symlink to the newest ``<as_of>``; ``index.html`` the archive, newest first (with
the days whose only runs failed); ``_failed/<timestamp>-*/`` the notebooks and manifest of a
failed run; ``.lock`` held while a run writes (``analysis.files.locked``). The runner
(``analysis.reports.runner``) calls these in order.

A run is written into ``DIR/.tmp-<as_of>-*`` (with the marker), renamed into ``.runs/``, and
``<as_of>`` switched to it with one ``os.replace`` of a symlink, so ``<as_of>`` and ``latest``
always name a complete run. Clean-up removes only folders carrying the marker. A page depends
only on the executed notebook's outputs (no code, prompts or dates), and its
Content-Security-Policy allows no script and no remote resource. Pages made here carry
``GENERATOR`` in a ``<meta name="generator">``, so an ``index.html`` someone else put in ``DIR``
is recognised and never overwritten.

The ``.md`` summary is Markdown whose every character from the data is backslash-escaped
(``md_summary``): the notebook's Markdown escapes such characters as HTML entities, which a
mail or chat client would show as they are, so each entity becomes the character with a
backslash, which every Markdown renderer shows as text (no tag, no link, no emphasis).
"""

from __future__ import annotations

import functools
import html
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import UTC, date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.files import display_path, make_temp_dir, write_atomic, write_json
from analysis.reports import manifest
from analysis.reports.manifest import Manifest

MARKER = ".nkr-run"
GENERATOR = "nk-russia-analysis report"
OLD_ARCHIVE_TITLE = b"<title>Report archive: what was known when</title>"  # archives written before GENERATOR
TEMPLATES = Path(__file__).parent / "templates"  # Jinja2, shipped as package data
INJECTED_ID = "injected-parameters"
PACKAGES = ("pandas", "matplotlib", "papermill", "nbconvert", "nbclient", "nbformat", "ipykernel", "jupyter_client")
AS_OF_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")


PAGE_ONLY_OUT = ("notebook-only", "run-summary")  # cell tags the page leaves out (JupyterLab keeps them)
SUMMARY_TAG = "run-summary"
SUMMARY_MIME = "application/vnd.nkr.summary+json"  # analysis.present.summary.MIME (reports reads it, never imports it)
_REF = re.compile(r'<a class="nkr-ref" href="#(claim-[^"]+)">([^<]*)</a>')


@functools.cache
def exporter() -> Any:
    """The process's one ``HTMLExporter`` (built on first use; it reads templates).

    nbconvert's classic cells in our own page (``report.html.j2`` and ``report.css``): a few
    kilobytes of style instead of JupyterLab's 260 kB theme, and the cells tagged in
    ``PAGE_ONLY_OUT`` left out.
    """
    from jinja2 import FileSystemLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    html_exporter = HTMLExporter(
        template_name="classic",
        extra_loaders=[FileSystemLoader(TEMPLATES)],
        template_file="report.html.j2",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    html_exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags=set(PAGE_ONLY_OUT)), enabled=True)
    return html_exporter


def title_day(title: str, as_of: str) -> str:
    """A brief's dated title: 'Situation report, 16 March 2026'."""
    day = date.fromisoformat(as_of)
    return f"{title}, {day.day} {day:%B %Y}"


def write_pages(ipynb: Path, title: str, as_of: str, stem: Path) -> None:
    """From an executed notebook: fix its injected cell id, write ``stem.html`` and ``stem.md``.

    The ``.md`` summary holds the dated title, the bottom line and the key points (the Markdown
    shown by the cells tagged ``key-points``), each claim id linked to its entry on the page,
    and links to the page, the day's index and the archive, for mail or chat.
    """
    import nbformat

    nb = nbformat.read(ipynb, as_version=4)
    points = []
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if INJECTED_ID in tags:
            cell["id"] = INJECTED_ID  # papermill draws a random one
        if "key-points" in tags:
            points += [t for o in cell.outputs if (t := "".join(o.get("data", {}).get("text/markdown", "")))]
    write_atomic(ipynb, nbformat.writes(nb) + "\n")
    for cell in nb.cells:  # no script outputs: the page allows none, and widget ids are random
        for out in cell.get("outputs", []):
            for key in [k for k in out.get("data", {}) if "javascript" in k or "widget" in k]:
                del out["data"][key]
        if "outputs" in cell:  # a warning is for whoever runs the notebook (the .ipynb keeps it), not the reader
            cell["outputs"] = [
                o for o in cell["outputs"] if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
    dated = title_day(title, as_of)
    body, _ = exporter().from_notebook_node(nb, resources={"metadata": {"name": dated}, "generator": GENERATOR})
    write_atomic(stem.with_suffix(".html"), body)
    page = f"{stem.name}.html"
    linked = _REF.sub(lambda m: f"[{m.group(2)}]({page}#{m.group(1)})", "\n".join(points).strip())
    linked = linked.replace("](#claim-", f"]({page}#claim-")  # the page's anchors, from a mail or a chat
    text = md_summary(linked) or "This report has no key points."
    links = {"Report": page, "All reports of this day": "index.html", "Archive": "../index.html"}
    more = "".join(f"- {label}: {url}\n" for label, url in links.items())
    write_atomic(stem.with_suffix(".md"), f"# {md_text(dated)}\n\n{text}\n\n{more}")


def read_summary(ipynb: Path) -> dict[str, Any] | None:
    """The run summary an executed notebook shows (cell tagged ``run-summary``), or None."""
    try:
        nb = json.loads(ipynb.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for cell in nb.get("cells", []) if isinstance(nb, dict) else []:
        if SUMMARY_TAG in cell.get("metadata", {}).get("tags", []):
            for out in cell.get("outputs", []):
                data = out.get("data", {}).get(SUMMARY_MIME)
                if isinstance(data, dict):
                    return data
    return None


_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


_MARKUP = frozenset("\\`*_[]<>~|#")  # characters that start or end Markdown markup wherever they stand


def md_summary(markdown: str) -> str:
    """Notebook Markdown for a plain ``.md`` file: each HTML entity (escaped data) as plain text that stays text.

    A character that makes Markdown markup gets a backslash (``&lt;img&gt;`` becomes ``\\<img\\>``,
    ``&#91;`` ``\\[``); so do the ``:`` of ``://``, the dot of ``www.``, an ``@`` and an ``&`` before
    a letter or ``#``, which would make a link or an entity. Everything else (an apostrophe, the colon of
    "Note:") is written as it is, so the summary reads as plain text too.
    """

    def plain(match: re.Match[str]) -> str:
        char = html.unescape(match.group())
        if char == match.group() or len(char) != 1:
            return char
        after = html.unescape(markdown[match.end() : match.end() + 16])[:2]  # the text around, entities read
        before = html.unescape(markdown[max(0, match.start() - 24) : match.start()])[-3:]
        linking = (char == ":" and after == "//") or char == "@" or (char == "." and before.lower() == "www")
        linking = linking or (char == "&" and re.match(r"[#A-Za-z]", after) is not None)
        return "\\" + char if char in _MARKUP or linking else char

    return _ENTITY.sub(plain, markdown)


def md_text(text: str) -> str:
    """Plain text (a title from the registry) as Markdown that shows it as typed, on one line."""
    punctuation = "".join(f"&#{ord(c)};" if c.isascii() and not c.isalnum() else c for c in " ".join(text.split()))
    return md_summary(punctuation.replace("&#32;", " "))


# --- manifest ----------------------------------------------------------------------------


def package_versions() -> dict[str, str]:
    """Versions of Python and the packages that shape a report."""
    found = {d.metadata["Name"].lower().replace("-", "_"): d.version for d in metadata.distributions()}
    return {"python": platform.python_version(), **{n: found.get(n, "not installed") for n in PACKAGES}}


def git_state(root: Path = paths.PROJECT_ROOT) -> dict[str, Any] | None:
    """The commit of the code and whether the tree has changes, or None outside git."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    try:
        commit, dirty = (
            subprocess.check_output(["git", *a], cwd=root, env=env, text=True, timeout=20, stderr=subprocess.DEVNULL)
            for a in (["rev-parse", "HEAD"], ["status", "--porcelain", "--untracked-files=no"])
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": commit.strip(), "dirty": bool(dirty.strip())}


# --- index pages (Jinja2, autoescaped) ---------------------------------------------------


def _render(template: str, **values: Any) -> str:
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True)
    env.filters["shown"] = shown_value
    env.filters["words"] = lambda name: str(name).replace("_", " ").capitalize()
    env.filters["day"] = lambda v: title_day("", str(v))[2:] if AS_OF_DIR.match(str(v)) else str(v)
    return env.get_template(f"{template}.html.j2").render(generator=GENERATOR, **values)


def shown_value(value: object) -> str:
    """A parameter's value for a reader: a date as '16 February 2026', a list joined, empty as "all" or "not set"."""
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value)) if value else "all"
    if value is None or value == "":
        return "not set"
    text = str(value)
    return title_day("", text)[2:] if AS_OF_DIR.match(text) else text if isinstance(value, str) else json.dumps(value)


def write_index(folder: Path, manifest: Manifest) -> None:
    """Write a run's ``index.html``: every report with its title, parameters, run time and status."""
    write_atomic(folder / "index.html", _render("run", m=manifest.to_json()))


def index_is_ours(path: Path) -> bool:
    """True if ``path`` does not exist, or is an index page this tool wrote (it carries ``GENERATOR``)."""
    if not (path.exists() or path.is_symlink()):
        return True
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as fh:
        head = fh.read(4096)
    return f'<meta name="generator" content="{GENERATOR}">'.encode() in head or OLD_ARCHIVE_TITLE in head


def write_archive(out: Path, claims: list[tuple[str, str]]) -> None:
    """Write ``out/index.html``: every run, newest first, with its headline figures and what changed.

    A day whose runs all failed is listed too, as failed, with the folder its notebooks were
    kept in, so that no day of an archive drops out silently. A run's figures and "what changed"
    are the ones its briefs showed (``read_summary``: troops sent, the newest casualty estimate,
    artillery rounds, and the claims new since the day its brief counted from). A run without a
    summary (no report of it shows one, or it failed) counts ``claims``, ``(reported_on, metric)``
    pairs of the dataset, reported after the run before it and up to its date, by measure.
    """
    found = {name: (name, manifest.read_json(out / name) or {}) for name in complete_runs(out)}
    for day, folder in failed_runs(out).items():
        found.setdefault(day, (f"_failed/{folder.name}", manifest.read_json(folder) or {}))
    names = sorted(found)
    runs = []
    for previous, name in zip([None, *names], names, strict=False):
        href, m = found[name]
        summary = _run_summary(out / href, m) if href == name else None
        changed = summary["changed"] if summary else what_changed(claims, previous, name)
        figures = {f["key"]: f for f in (summary or {}).get("figures", [])}
        runs.append({"as_of": name, "day": title_day("", name)[2:], "href": href, "m": m, "changed": changed,
                     "figures": figures})  # fmt: skip
    latest = next((r["as_of"] for r in runs[::-1] if r["href"] == r["as_of"]), None)
    columns = [
        ("troops", "Troops sent"),
        ("losses", "Killed or wounded, newest estimate"),
        ("shells", "Artillery rounds"),
    ]
    write_atomic(out / "index.html", _render("archive", runs=runs[::-1], latest=latest, columns=columns))


def _run_summary(folder: Path, m: dict[str, Any]) -> dict[str, Any] | None:
    """The first summary shown by a report of the run in ``folder`` (see ``read_summary``)."""
    for rep in (m.get("reports") or {}).values():
        ok = isinstance(rep, dict) and rep.get("status") == "ok" and rep.get("ipynb")
        if ok and (summary := read_summary(folder / str(rep["ipynb"]))) is not None:
            return summary
    return None


def failed_runs(out: Path) -> dict[str, Path]:
    """The newest failed run kept in ``out/_failed`` for each ``as_of``."""
    base, newest = out / "_failed", dict[str, Path]()
    if not base.is_dir() or base.is_symlink():
        return newest
    for folder in sorted(base.iterdir()):  # named by time: later ones win
        as_of = str((manifest.read_json(folder) or {}).get("as_of", ""))
        if AS_OF_DIR.match(as_of) and folder.is_dir() and not folder.is_symlink():
            newest[as_of] = folder
    return newest


def what_changed(claims: list[tuple[str, str]], since: str | None, as_of: str) -> str:
    """One line: the claims reported after ``since`` up to ``as_of``, by measure (the schema's labels), most first."""
    from analysis.data.schema import label

    counts = Counter(m for day, m in claims if (since is None or day > since) and day <= as_of)
    total = counts.total()
    if since is None:
        return f"{total:,} claim{'s' * (total != 1)} so far" if total else "no claims yet"
    when = title_day("", since)[2:]
    if not counts:
        return f"no new claims since {when}"
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], label(kv[0])))
    named = [f"{label(m)[:1].lower()}{label(m)[1:]}{f' ({n})' if n > 1 else ''}" for m, n in ranked]
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    return f"{total:,} new claim{'s' * (total != 1)} since {when}: {listed}"


def previous_days(out: Path, days: list[str]) -> dict[str, str]:
    """For each of ``days``, the run before it: the latest earlier day among ``days`` and the
    complete runs already in ``out`` (what a weekly brief counts "what changed" from)."""
    known = sorted({*complete_runs(out), *days}) if out.is_dir() else sorted(set(days))
    found = {}
    for day in days:
        earlier = [d for d in known if d < day]
        if earlier:
            found[day] = earlier[-1]
    return found


# --- publishing -----------------------------------------------------------------------------


def is_ours(folder: Path) -> bool:
    """True if ``folder`` is a real folder this tool made (it holds the run marker)."""
    marker = folder / MARKER
    return folder.is_dir() and not folder.is_symlink() and marker.is_file() and not marker.is_symlink()


def new_run_dir(out: Path, as_of: str) -> Path:
    """A fresh ``out/.tmp-<as_of>-*`` holding the marker that names the run."""
    tmp = make_temp_dir(out, f".tmp-{as_of}-")
    write_json(tmp / MARKER, {"tool": "python -m analysis report", "as_of": as_of, "pid": os.getpid()})
    return tmp


def target_is_ours(out: Path, as_of: str) -> bool:
    """True if ``out/<as_of>`` does not exist or is this tool's symlink to one of its runs."""
    target, home = out / as_of, (out / as_of).resolve()
    ours = home.parent == (out / ".runs").resolve() and is_ours(home)  # the symlink to a run of ours
    return ours or not (target.exists() or target.is_symlink())


def publish(tmp: Path, out: Path, as_of: str) -> None:
    """Make ``tmp`` the run of ``out/<as_of>`` in one atomic switch; delete the run it replaces."""
    runs = out / ".runs"
    runs.mkdir(exist_ok=True)
    if runs.is_symlink():
        raise OSError(f"{display_path(runs)} is a symlink; not writing through it")
    home = runs / f"{as_of}-{tmp.name.rsplit('-', 1)[-1]}"
    tmp.rename(home)
    target = out / as_of
    old = target.resolve() if target.is_symlink() else None
    _switch(target, Path(".runs") / home.name)
    if old is not None and old != home and is_ours(old):
        shutil.rmtree(old, ignore_errors=True)


def carry_over(previous: Path, tmp: Path, run: Manifest) -> None:
    """Keep the reports of an earlier run of the same day that this run did not redo.

    Running one report must not drop the others of that day: their files are hard-linked (or
    copied) into the new run and their manifest entries kept, marked ``carried_over``.
    """
    earlier = manifest.read(previous)
    for name, rep in (earlier.reports if earlier else {}).items():
        files = [str(f) for f in (rep.html, rep.ipynb, rep.md)]
        if name in run.reports or rep.status != "ok" or None in (rep.html, rep.ipynb, rep.md):
            continue
        if all((previous / f).is_file() for f in files):
            for f in files:
                try:
                    os.link(previous / f, tmp / f)
                except OSError:
                    shutil.copy2(previous / f, tmp / f)
            rep.carried_over = True
            run.reports[name] = rep


def _switch(link: Path, to: Path) -> None:
    tmp = link.parent / f".link-{link.name}-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(to, target_is_directory=True)
    tmp.replace(link)


def complete_runs(out: Path) -> list[str]:
    """The ``<as_of>`` names under ``out`` that hold a complete run, oldest first."""
    return sorted(
        c.name for c in out.iterdir() if AS_OF_DIR.match(c.name) and (manifest.read_json(c) or {}).get("status") == "ok"
    )


def update_latest(out: Path) -> str | None:
    """Point ``out/latest`` at the newest complete run; leave a ``latest`` we did not make alone."""
    runs, link = complete_runs(out), out / "latest"
    if not runs:
        return None
    if link.exists() and not link.is_symlink():
        print(f"warning: {display_path(link)} is not a symlink made by this tool; left as it is", file=sys.stderr)
        return None
    _switch(link, Path(runs[-1]))
    return runs[-1]


def failed_dir(out: Path) -> Path:
    """A new, empty ``out/_failed/<timestamp>-<random>`` folder; refuses a symlinked ``_failed``."""
    base = out / "_failed"
    if base.is_symlink():
        raise OSError(f"{display_path(base)} is a symlink; not writing through it")
    base.mkdir(exist_ok=True)
    return make_temp_dir(base, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-"))


def clean_stale(out: Path) -> None:
    """Remove what a killed run left (called while holding the lock); only folders with the marker.

    ``.tmp-*`` are unfinished runs; ``.runs/*`` no ``<as_of>`` link points at are runs whose
    switch never happened (or that were replaced); ``.link-*`` are our symlinks being switched.
    """
    for child in out.iterdir():
        if child.name.startswith(".tmp-") and is_ours(child):
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(".link-") and child.is_symlink():
            child.unlink()
    runs = out / ".runs"
    if runs.is_dir() and not runs.is_symlink():
        used = {n.resolve() for n in out.iterdir() if AS_OF_DIR.match(n.name) and n.is_symlink()}
        for child in runs.iterdir():
            if child.resolve() not in used and is_ours(child):
                shutil.rmtree(child, ignore_errors=True)
