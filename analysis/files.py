"""Small file helpers shared by every layer: atomic writes, checksums, CSV rows, display paths, locks.

Why these exist:
- A file written "whole or not at all" goes to a temporary file in the same folder and is
  renamed over the target (``os.replace`` is atomic on one file system). ``mkstemp`` and
  ``mkdtemp`` create private (0600/0700) entries; the result is given the permissions an
  ordinary write would have (``0666``/``0777`` less the umask), so a scheduler or a web
  server running as another user can read what the tool wrote.
- CSV files people edit by hand are read as UTF-8 (a BOM is allowed); a byte that is not
  UTF-8 is reported with the file and the byte offset instead of a traceback.
- Locks live inside the project (next to what they guard), never under a fixed name in a
  shared folder such as /tmp that another local user could create first.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from analysis.errors import DataError, Problem


def display_path(path: Path, root: Path | None = None) -> str:
    """A path as the user should see it: relative to ``root`` (or cwd) when inside it.

    Symbolic links in ``path`` are kept (``reports/2025-03-27/x.html``, not the run folder the
    link points at); they are resolved only when that is the way to find it under ``root``.
    """
    for base in (root, Path.cwd()):
        if base is None:
            continue
        try:
            pairs = [(path.absolute(), base.absolute()), (path.resolve(), base.resolve())]
        except (OSError, RuntimeError):  # a symlink loop: show the path as given
            break
        for shown, under in pairs:
            if shown.is_relative_to(under):
                return str(shown.relative_to(under))
    return str(path)


def is_root_or_home(path: Path) -> bool:
    """True if ``path`` is the file system's root or the home folder, however it is spelt.

    Compared by identity (device and inode), not by text: ``//``, ``/./``, ``/tmp/..``, ``~``,
    ``$HOME/x/..`` and a symlink to either are all caught. A path that does not exist is neither.
    """
    try:
        found = path.expanduser().stat()
    except (OSError, RuntimeError, ValueError):
        return False
    for special in (Path("/"), Path.home()):
        try:
            known = special.stat()
        except (OSError, RuntimeError):
            continue
        if (found.st_dev, found.st_ino) == (known.st_dev, known.st_ino):
            return True
    return False


def current_umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def normal_mode(directory: bool = False) -> int:
    """The permissions an ordinary ``open``/``mkdir`` would give under the current umask."""
    return (0o777 if directory else 0o666) & ~current_umask()


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file whole or not at all, with ordinary permissions (see the module notes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        Path(tmp).chmod(normal_mode())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: object) -> None:
    """Write JSON atomically (sorted keys, UTF-8, trailing newline)."""
    write_atomic(path, json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def utc_now() -> str:
    """Now, UTC, ISO 8601 to the second."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def make_temp_dir(parent: Path, prefix: str) -> Path:
    """A new empty folder inside ``parent`` with ordinary permissions (``mkdtemp`` gives 0700)."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    tmp.chmod(normal_mode(directory=True))
    return tmp


def sha256_bytes(data: bytes) -> str:
    """Hex sha256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in blocks."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def decode_utf8(data: bytes, shown: str) -> str:
    """UTF-8 text (a leading BOM dropped); a bad byte raises ``DataError`` naming its offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise DataError(
            [Problem(shown, None, None, f"is not UTF-8: byte 0x{bad} at offset {exc.start}; save it as UTF-8")]
        ) from None


def read_text(path: Path, shown: str | None = None) -> str:
    """A UTF-8 text file; unreadable or undecodable files raise ``DataError`` naming the path."""
    shown = shown or display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(shown, None, None, f"cannot be read: {exc.strerror or exc}")]) from None
    return decode_utf8(data, shown)


def read_csv_rows(path: Path, shown: str | None = None) -> list[dict[str, str]]:
    """Rows of a CSV file as dicts of stripped text; a missing file has no rows."""
    if not path.exists():
        return []
    text = read_text(path, shown)
    return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(io.StringIO(text, newline=""))]


class LockBusyError(Exception):
    """Another process holds the lock (``holder`` says which, as far as it is known)."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


@contextlib.contextmanager
def locked(lock_file: Path, timeout: float | None, waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold ``lock_file`` (filelock) for the ``with`` block; ``lock_file.owner`` says who holds it.

    ``timeout`` 0 raises ``LockBusyError`` at once if the lock is held, None waits as long as it
    takes, a number waits that many seconds; ``waiting(holder)`` is called before a wait.
    """
    from filelock import FileLock, Timeout

    owner = lock_file.with_name(lock_file.name + ".owner")
    for path in (lock_file, owner):
        if path.is_symlink():
            raise OSError(f"{display_path(path)} is a symlink; not writing through it")
    lock = FileLock(lock_file)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if timeout == 0:
            raise LockBusyError(_holder(owner)) from None
        if waiting is not None:
            waiting(_holder(owner))
        try:
            lock.acquire(timeout=-1 if timeout is None else timeout)
        except Timeout:
            raise LockBusyError(_holder(owner)) from None
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
