"""``python -m analysis build``: data/raw + data/curated (+ accepted reviews) -> data/clean.

The same checks as ``validate`` run first; on any problem nothing is written. Output is
deterministic (rows sorted by key, fixed columns, LF line endings), so rebuilding from a
clean checkout yields byte-identical files. The folder is swapped in whole: a reader
never sees a mix of old and new tables.

Derived columns: ``sentence`` (claims, events, transfers) is the exact sentence of the
shipped raw text that ``sentence_no`` points at.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
from pathlib import Path

from analysis import paths
from analysis.data import reviews, schema
from analysis.data.checks import (
    Tables,
    check_claimant_vocabulary,
    check_raw_files,
    check_sentences,
    read_tables,
)
from analysis.data.tables import Rows
from analysis.errors import DataError, Problem
from analysis.files import display_path, make_temp_dir
from analysis.sentences import split_sentences


def check_inputs(data_dir: Path) -> tuple[Tables, list[Problem]]:
    """Everything ``build`` reads: curated tables, raw checksums, sentences, review files."""
    tables, problems = read_tables(paths.curated_dir(data_dir), curated=True)
    problems += check_claimant_vocabulary(tables)
    if "sources" in tables:
        shown, rows, lines = tables["sources"]
        problems += check_raw_files(data_dir, rows, lines, shown)
    problems += check_sentences(data_dir, tables)
    problems += reviews.check_reviews(data_dir)
    return tables, problems


def _accepted_review_rows(data_dir: Path) -> Rows:
    frame = reviews.accepted_claims(data_dir)
    return [
        {str(k): ("" if v is None or v != v else str(v)) for k, v in rec.items()}
        for rec in frame.to_dict(orient="records")
    ]


def _sentences(data_dir: Path, sources: Rows) -> dict[str, list[str]]:
    out = {}
    for row in sources:
        if row.get("raw_file"):
            text = (paths.raw_dir(data_dir) / row["raw_file"]).read_text(encoding="utf-8")
            out[row["source_id"]] = split_sentences(text)
    return out


def _to_csv(columns: list[str], rows: Rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return buf.getvalue()


def compose(data_dir: Path, tables: Tables) -> dict[str, str]:
    """The text of every clean table, from already-checked curated tables."""
    rows = {name: [dict(r) for r in t[1]] for name, t in tables.items()}
    rows["claims"] += _accepted_review_rows(data_dir)
    sentences = _sentences(data_dir, rows["sources"])
    out = {}
    for name, table in schema.tables().items():
        for row in rows[name]:
            if "sentence" in table.columns:
                no, sid = row.get("sentence_no", ""), row.get("source_id", "")
                row["sentence"] = sentences[sid][int(no) - 1] if no and sid in sentences else ""
        rows[name].sort(key=lambda r, t=table: tuple(r.get(k, "") for k in t.primary_key))  # type: ignore[misc]
        out[name] = _to_csv(table.columns, rows[name])
    return out


def build(data_dir: Path | None = None) -> dict[str, int]:
    """Check inputs, then write every clean table at once. Returns row counts per table.

    Raises ``DataError`` (listing every problem) and writes nothing if a check fails.
    """
    data_dir = (data_dir or paths.DATA_DIR).resolve()
    tables, problems = check_inputs(data_dir)
    if problems:
        raise DataError(sorted(set(problems)))
    texts = compose(data_dir, tables)
    clean = paths.clean_dir(data_dir)
    tmp = make_temp_dir(data_dir, ".clean-")
    try:
        for name, text in texts.items():
            with (tmp / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        old = data_dir / f".clean-old-{os.getpid()}"
        if clean.exists():
            clean.replace(old)
        tmp.replace(clean)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {name: text.count("\n") - 1 for name, text in texts.items()}


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``build``."""
    parser.add_argument("data_dir", nargs="?", type=Path, default=None, help="data folder (default: data/)")


def run(args: argparse.Namespace) -> int:
    """Build, or print every problem and exit 1 without writing."""
    try:
        counts = build(args.data_dir)
    except DataError as exc:
        for p in exc.problems:
            print(p)
        print(f"build refused: {len(exc.problems)} problem(s); nothing was written")
        return 1
    where = display_path(paths.clean_dir((args.data_dir or paths.DATA_DIR).resolve()))
    print(f"wrote {where}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0
