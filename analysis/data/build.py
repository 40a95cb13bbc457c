"""``python -m analysis build``: data/raw + data/curated (+ accepted reviews) -> data/clean.

The same checks as ``validate`` run first; on any problem nothing is written. Output is
deterministic (rows sorted by key, fixed columns, LF line endings), so rebuilding from a
clean checkout yields byte-identical files.

How data/clean is replaced (a reader, a crash or a second build never sees half of it):
- one build at a time: a lock file ``data/.build.lock`` (filelock) next to what it
  guards; a second build waits for the first, then builds again;
- the new tables are written into a new folder ``data/.clean-new-XXXXXXXX`` the build
  creates (ordinary permissions: 0777/0666 less the umask, e.g. 755/644), each file
  flushed to disk;
- the new folder and data/clean are swapped in one step (Linux ``renameat2`` with
  ``RENAME_EXCHANGE``), so data/clean is at every moment either the old or the new
  tables; the old tables, now in the build's own folder, are then removed. Where the
  exchange is not available the old folder is first renamed into a folder the build
  created, then the new one renamed into place;
- the build removes only folders it created in this run; it never deletes anything else.

Derived columns: ``sentence`` (claims, events, transfers) is the exact sentence of the
shipped raw text that ``sentence_no`` points at; it passes the same text checks as the curated
cells (rule ``derived_text``) before anything is written.

Everything is read once: the curated tables, each shipped text (read, checksummed and split
into sentences once, ``checks.RawTexts``) and each review file (``reviews.ReviewFile``); the
checks and the composition share them (``Checked``). ``build DIR`` checks DIR against
``DIR/datapackage.json``.
"""

from __future__ import annotations

import argparse
import csv
import ctypes
import errno
import io
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from analysis import paths
from analysis.data import reviews, schema
from analysis.data.checks import Inputs, RawTexts, Tables, read_tables, run_rules
from analysis.errors import DataError, Problem, UsageError
from analysis.files import LockBusyError, display_path, locked, make_temp_dir

Rows = list[dict[str, str]]
LOCK_NAME = ".build.lock"
LOCK_TIMEOUT = 120.0  # seconds a build waits for another one to finish


@dataclass
class Checked:
    """Everything ``build`` reads, read once, and every problem found in it."""

    tables: Tables
    texts: RawTexts
    reviews: list[reviews.ReviewFile]
    problems: list[Problem]


def check_inputs(data_dir: Path) -> Checked:
    """Read and check everything ``build`` reads: curated tables, shipped texts, review files."""
    tables, problems = read_tables(paths.curated_dir(data_dir), curated=True)
    texts = RawTexts.read(data_dir, tables.get("sources"))
    problems += run_rules(Inputs(tables, texts), ("texts",))
    files = reviews.read_reviews(data_dir)
    problems += reviews.check_reviews(data_dir, tables, texts, files)
    return Checked(tables, texts, files, problems)


def _to_csv(columns: list[str], rows: Rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return buf.getvalue()


def compose(checked: Checked) -> dict[str, str]:
    """The text of every clean table, from inputs ``check_inputs`` found no problem in."""
    rows = {name: [dict(r) for r in t.rows] for name, t in checked.tables.items()}
    rows["claims"] += reviews.accepted_rows(checked.reviews)
    out = {}
    for name, table in schema.tables().items():
        for row in rows[name]:
            if "sentence" in table.columns:
                no, sentences = row.get("sentence_no", ""), checked.texts.sentences(row.get("source_id", ""))
                row["sentence"] = sentences[int(no) - 1] if no and sentences else ""
        rows[name].sort(key=lambda r, t=table: tuple(r.get(k, "") for k in t.primary_key))  # type: ignore[misc]
        out[name] = _to_csv(table.columns, rows[name])
    return out


# --- writing and swapping -----------------------------------------------------------------


def _write_file(path: Path, text: str) -> None:
    """One clean table, flushed to disk (ordinary permissions from ``open``)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _swap_in(new: Path, clean: Path, data_dir: Path) -> Path | None:
    """Put ``new`` in place of ``clean``; return the build's own folder now holding the old tables."""
    if not clean.exists():
        new.replace(clean)
        return None
    if _exchange(new, clean):
        return new
    old = make_temp_dir(data_dir, ".clean-old-")  # ours: the old tables move into it
    clean.replace(old)
    new.replace(clean)
    return old


def _remove_own(folder: Path | None) -> None:
    """Remove a folder this build created (its files are the build's or the old clean tables)."""
    if folder is not None and folder.exists():
        shutil.rmtree(folder)


def write_clean(data_dir: Path, texts: dict[str, str]) -> None:
    """Write the clean tables into a new folder and swap it in (see the module notes)."""
    clean = paths.clean_dir(data_dir)
    new: Path | None = make_temp_dir(data_dir, ".clean-new-")
    assert new is not None
    try:
        for name, text in texts.items():
            _write_file(new / f"{name}.csv", text)
        _fsync_dir(new)
        held = _swap_in(new, clean, data_dir)
        new = held  # after the swap our folder holds the old tables (or nothing is left)
        _fsync_dir(data_dir)
    finally:
        _remove_own(new)


def build(data_dir: Path | None = None) -> dict[str, int]:
    """Check inputs, then write every clean table at once. Returns row counts per table.

    Raises ``DataError`` (listing every problem) and writes nothing if a check fails;
    ``OSError`` (unwritable folder, full disk) leaves data/clean as it was.
    """
    data_dir = (data_dir or paths.DATA_DIR).resolve()
    with schema.using(data_dir), locked(data_dir / LOCK_NAME, LOCK_TIMEOUT):
        checked = check_inputs(data_dir)
        if checked.problems:
            ordered: list[Problem] = sorted(set(checked.problems), key=Problem.sort_key)
            raise DataError(ordered, note=f"build refused: {len(ordered)} problem(s); nothing was written")
        texts = compose(checked)
        write_clean(data_dir, texts)
    return {name: text.count("\n") - 1 for name, text in texts.items()}


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``build``."""
    parser.add_argument("data_dir", nargs="?", type=Path, default=None, help="data folder (default: data/)")


def data_folder(given: Path | None) -> Path:
    """The data folder a command was given (default data/), or ``UsageError`` if it is not one."""
    data_dir = (given or paths.DATA_DIR).resolve()
    if not data_dir.is_dir():
        raise UsageError(f"{display_path(data_dir)}: no such data folder (allowed: a folder holding curated/ and raw/)")
    return data_dir


def run(args: argparse.Namespace) -> int:
    """Build; bad data is a ``DataError`` (every problem, exit 2), nothing written."""
    data_dir = data_folder(args.data_dir)
    try:
        counts = build(data_dir)
    except LockBusyError as exc:
        where = display_path(data_dir / LOCK_NAME)
        print(
            f"error: {where}: another build ({exc.holder}) has held the lock for {LOCK_TIMEOUT:.0f} s", file=sys.stderr
        )
        return 1
    where = display_path(paths.clean_dir(data_dir))
    print(f"wrote {where}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0
