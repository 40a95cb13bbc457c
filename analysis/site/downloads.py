"""The data pages: every clean table to download, the codebook, the versions, the methods, the licence and how to cite.

Downloads: each clean table as it is (``data/<table>.csv``), all of them in one SQLite file
(``data/nk-russia.sqlite``, from the standard library: one table per resource, columns typed
as the schema types them, empty cells as NULL, primary keys declared), and the schema as
``data/datapackage.json`` with each resource's ``path`` pointing at the CSV beside it, so the
folder is a data package a Frictionless tool reads as it is. Parquet is not written: it
would need pyarrow, which the project does not install.

The methods page and the codebook are written from the schema, the one place the rules are
worded: ``x-methods`` (also printed at the end of every brief), the claims table's notes on
parts and wholes, as-of dates, claimants and bound words, the value columns' conventions and
the sources' ``credits`` rule for first-hand reporting. "Cite as" comes from
``CITATION.cff`` with the dataset's version.

Data quirks: SQLite is written to a temporary file and compared with the one already there,
so an unchanged dataset leaves the file (and its time) alone; SQLite writes no timestamp, so
the same rows give the same bytes.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import yaml
from markupsafe import Markup

from analysis import paths
from analysis.data import codebook, schema
from analysis.site.history import History
from analysis.site.records import Records
from analysis.site.render import Renderer

SQLITE = "data/nk-russia.sqlite"
SQL_TYPES = {"integer": "INTEGER", "number": "REAL", "date": "TEXT", "string": "TEXT"}


def markdown(text: str) -> Markup:
    """Our own Markdown (the CHANGELOG, the codebook) as HTML; any raw HTML in it is shown as text."""
    import mistune

    return Markup(str(mistune.create_markdown(escape=True, plugins=["table"])(text)))


def size_text(n: int) -> str:
    """'12 KB', '1.4 MB'."""
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} KB"


def sqlite_bytes(records_: Records) -> bytes:
    """Every clean table in one SQLite database (see the module notes)."""
    fd, tmp = tempfile.mkstemp(suffix=".sqlite")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        with db:
            for name, table in schema.tables(records_.package).items():
                columns = ", ".join(f'"{f.name}" {SQL_TYPES.get(f.type, "TEXT")}' for f in table.fields)
                key = (
                    f", PRIMARY KEY ({', '.join(chr(34) + k + chr(34) for k in table.primary_key)})"
                    if table.primary_key
                    else ""
                )
                db.execute(f'CREATE TABLE "{name}" ({columns}{key})')
                marks = ", ".join("?" for _ in table.fields)
                rows = [
                    [_typed(r.get(f.name, ""), f.type) for f in table.fields] for r in records_.tables.get(name, [])
                ]
                db.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        db.execute("VACUUM")
        db.close()
        return Path(tmp).read_bytes()
    finally:
        Path(tmp).unlink(missing_ok=True)


def _typed(text: str, kind: str) -> object:
    if text == "":
        return None
    if kind == "integer" and re.fullmatch(r"\d{1,18}", text):
        return int(text)
    return text


def datapackage(records_: Records) -> str:
    """The schema with each resource's ``path`` pointing at the CSV beside it."""
    package = json.loads(records_.package.read_text(encoding="utf-8"))
    for resource in package.get("resources", []):
        resource["path"] = f"{resource['name']}.csv"
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"


def citation(version: str, root: Path | None = None) -> dict[str, str]:
    """'Cite as' from ``CITATION.cff`` (the dataset's reference in it), with ``version``."""
    path = (root or paths.PROJECT_ROOT) / "CITATION.cff"
    try:
        cff = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        cff = {}
    data: dict[str, Any] = next((r for r in cff.get("references", []) if r.get("type") == "data"), cff)
    authors = "; ".join(
        str(a.get("name") or f"{a.get('family-names', '')}, {a.get('given-names', '')}")
        for a in data.get("authors", [])
    )
    authors = authors or "The nk-russia-analysis contributors"
    title = str(data.get("title") or "North Korea's military support to Russia: claims, events and transfers")
    year = str(cff.get("date-released", ""))[:4]
    text = f"{authors}{f' ({year})' if year else ''}. {title} (version {version}) [Data set]. Licence CC BY 4.0."
    fields = {
        "author": authors,
        "title": title,
        "version": version,
        "year": year,
        "note": "Data set, licence CC BY 4.0",
    }
    bibtex = "@misc{nk_russia_dataset,\n" + "".join(f"  {k} = {{{v}}},\n" for k, v in fields.items() if v) + "}"
    return {"text": text, "short": f"{authors}, {title}, version {version}", "bibtex": bibtex}


def write_data(render: Renderer, write: Any, records_: Records, history: History) -> None:
    """``data/``: the tables, SQLite, the data package, and the page that lists them."""
    tables = []
    for name, table in schema.tables(records_.package).items():
        source = paths.clean_dir(records_.data_dir) / f"{name}.csv"
        rel = f"data/{name}.csv"
        write.copy(rel, source)
        tables.append(
            {
                "name": name,
                "description": table.description.split("\n")[0],
                "rows": len(records_.tables.get(name, [])),
                "href": rel,
                "file": f"{name}.csv",
                "size": size_text(source.stat().st_size),
            }
        )
    blob = sqlite_bytes(records_)
    write.file(SQLITE, blob)
    write.file("data/datapackage.json", datapackage(records_))
    counts = ", ".join(f"{t['rows']:,} {str(t['name']).replace('_', ' ')}" for t in tables)
    versions = history.versions
    line = (
        f"{len(versions)} version{'s' * (len(versions) != 1)}, from {versions[0].version} to {versions[-1].version}."
        if history.from_git
        else f"Version {records_.version}; the history of earlier versions is read from git, which was not available."
    )
    write.page(
        "data/index.html",
        render.page(
            "data/index.html",
            "data.html.j2",
            title="Data: download the dataset",
            description=f"The dataset, version {records_.version}, as CSV and SQLite, with its schema, codebook, "
            "versions, licence and citation.",
            tables=tables,
            counts=counts,
            sqlite={"href": SQLITE, "file": Path(SQLITE).name, "size": size_text(len(blob))},
            parquet_note="Parquet files are not offered: they would need pyarrow, which this project does not install.",
            history_line=line,
            cite=citation(records_.version),
        ),
    )
    write.page(
        "data/codebook.html",
        render.page(
            "data/codebook.html",
            "text.html.j2",
            title=f"Codebook, dataset version {records_.version}",
            description="Every table, column and vocabulary of the dataset, and how the figures are compared.",
            heading="Codebook",
            crumb={"href": "data/index.html", "title": "Data"},
            body=markdown(_without_first_heading(codebook.render())),
        ),
    )
    write.page(
        "data/versions.html",
        render.page(
            "data/versions.html",
            "versions.html.j2",
            title="Versions of the dataset",
            description="Every version of the dataset, with the claims it added, revised and withdrew.",
            intro=(
                "Newest first. Each version's claims are compared with the version before: a new id is added, an id "
                "gone is withdrawn, an id whose cells changed is revised (with the columns that did). Dates are the "
                "day a version reached the main line of the project's history. A claim counts in the version the "
                "schema carried when it was committed, so where a version number was raised after some of its "
                "claims were added, the CHANGELOG's words may count them in the next version."
                if history.from_git
                else "Only the current version is known here: the history is read from git, which was not available."
            ),
            versions=[{**v.__dict__, "notes_html": markdown(v.notes) if v.notes else ""} for v in reversed(versions)],
        ),
    )


def _without_first_heading(text: str) -> str:
    return re.sub(r"\A# [^\n]*\n", "", text)


def methods_sections(records_: Records) -> list[tuple[str, str, Markup]]:
    """(anchor, heading, HTML) of each part of the methods page, every word from the schema."""
    claims = schema.table("claims", records_.package)
    sources = schema.table("sources", records_.package)
    values = "".join(
        f"<li><code>{f.name}</code>: {Markup.escape(f.description)}</li>"
        for f in claims.fields
        if f.name in ("value_low", "value_best", "value_high", "value_cue")
    )
    parts: list[tuple[str, str, Markup]] = [
        (
            "values",
            "How a figure is recorded",
            Markup(
                "<p>Every figure is a claim by someone, recorded as a range whose ends keep their kind.</p>"
                f"<ul>{values}</ul>"
            ),
        )
    ]
    for key, column in (("qualifier", "qualifier"), ("basis", "basis"), ("confidence", "confidence")):
        f = claims.field(column)
        items = "".join(f"<li><code>{k}</code>: {Markup.escape(v)}</li>" for k, v in f.vocabulary.items())
        parts.append((key, f.description, Markup(f"<ul>{items}</ul>")))
    for paragraph in claims.description.split("\n\n")[1:]:
        match = re.match(r"\*\*(.+?)\.?\*\*\s*(.*)", paragraph, re.S)
        if match:
            parts.append((_anchor(match.group(1)), match.group(1), markdown(match.group(2))))
    parts.append(("first-hand", "First-hand sources", markdown(sources.field("credits").description + ".")))
    for key, title, text in codebook.methods(records_.package):
        parts.append((key, title, markdown(text)))
    return parts


def _anchor(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def write_methods(render: Renderer, write: Any, records_: Records) -> None:
    """``methods.html``: how we count, written once in the schema and shown here, in the codebook and the briefs."""
    sections = methods_sections(records_)
    toc = "".join(f'<li><a href="#{a}">{Markup.escape(t)}</a></li>' for a, t, _ in sections)
    body = Markup(
        "<p>The rules by which figures are recorded and compared. They are written once, in the dataset's schema, "
        'and the same words appear in the <a href="data/codebook.html">codebook</a> and at the end of every brief.</p>'
        f"<ul>{toc}</ul>"
    ) + Markup("").join(Markup(f'<h2 id="{a}">{Markup.escape(t)}</h2>') + html for a, t, html in sections)
    write.page(
        "methods.html",
        render.page(
            "methods.html",
            "text.html.j2",
            title="Methods: how we count",
            description="How figures are recorded (bounds, hedges, periods), compared (like with like) and sourced.",
            heading="Methods: how we count",
            crumb=None,
            body=body,
        ),
    )
