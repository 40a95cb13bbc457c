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
shipped raw text that ``sentence_no`` points at.
"""

from __future__ import annotations

import argparse
import csv
import ctypes
import errno
import io
import os
import shutil
from pathlib import Path

from analysis import paths
from analysis.data import reviews, schema
from analysis.data.checks import Tables, raw_problems, raw_sentences, read_tables
from analysis.errors import DataError, Problem
from analysis.files import LockBusyError, display_path, locked, make_temp_dir

Rows = list[dict[str, str]]
LOCK_NAME = ".build.lock"
LOCK_TIMEOUT = 120.0  # seconds a build waits for another one to finish


def check_inputs(data_dir: Path) -> tuple[Tables, list[Problem]]:
    """Everything ``build`` reads: curated tables, raw files, sentences, review files."""
    tables, problems = read_tables(paths.curated_dir(data_dir), curated=True)
    problems += raw_problems(data_dir, tables)
    problems += reviews.check_reviews(data_dir, tables)
    return tables, problems


def _to_csv(columns: list[str], rows: Rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return buf.getvalue()


def compose(data_dir: Path, tables: Tables) -> dict[str, str]:
    """The text of every clean table, from already-checked curated tables."""
    rows = {name: [dict(r) for r in t.rows] for name, t in tables.items()}
    rows["claims"] += reviews.accepted_rows(data_dir)
    sentences = raw_sentences(data_dir, tables["sources"])
    out = {}
    for name, table in schema.tables().items():
        for row in rows[name]:
            if "sentence" in table.columns:
                no, sid = row.get("sentence_no", ""), row.get("source_id", "")
                row["sentence"] = sentences[sid][int(no) - 1] if no and sid in sentences else ""
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
    with locked(data_dir / LOCK_NAME, LOCK_TIMEOUT):
        tables, problems = check_inputs(data_dir)
        if problems:
            ordered: list[Problem] = sorted(set(problems), key=Problem.sort_key)
            raise DataError(ordered)
        texts = compose(data_dir, tables)
        write_clean(data_dir, texts)
    return {name: text.count("\n") - 1 for name, text in texts.items()}


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``build``."""
    parser.add_argument("data_dir", nargs="?", type=Path, default=None, help="data folder (default: data/)")


def run(args: argparse.Namespace) -> int:
    """Build, or print every problem and exit 1 without writing; exit 2 for a missing folder."""
    data_dir = (args.data_dir or paths.DATA_DIR).resolve()
    if not data_dir.is_dir():
        print(f"error: {display_path(data_dir)}: no such data folder (allowed: a folder holding curated/ and raw/)")
        return 2
    try:
        counts = build(data_dir)
    except DataError as exc:
        for p in exc.problems:
            print(p)
        print(f"build refused: {len(exc.problems)} problem(s); nothing was written")
        return 1
    except LockBusyError as exc:
        where = display_path(data_dir / LOCK_NAME)
        print(f"error: {where}: another build ({exc.holder}) has held the lock for {LOCK_TIMEOUT:.0f} s")
        return 1
    where = display_path(paths.clean_dir(data_dir))
    print(f"wrote {where}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0
