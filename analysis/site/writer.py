"""Writing the site folder: a file is rewritten only when its bytes change, and what the build no longer makes goes.

``SiteWriter(out)`` checks ``out`` (not the root or home folder, a folder, empty or made by
this tool: it holds the ``MARKER`` file) and then writes pages (``page``), files (``file``) and
copies (``copy``). Each compares the new bytes with the file already there and leaves an
unchanged file alone, so its modification time stays and an ``rsync`` or a Pages upload of a
rebuilt site carries only what changed. ``finish`` deletes the files an earlier build wrote
that this one did not (a page of a run no longer in the archive, a chart under an old name),
only inside ``out`` and never the marker.

``Cache`` is a small JSON file beside the runs (not in the site) holding what is slow to
compute and cheap to key: a value is kept with the digest of its inputs and given back while
that digest is the same.

Quirks: pages are written through ``write_atomic`` (a reader never sees half a page); a copy
whose source has the same size and sha256 as the copy made before is not read again (its
digest is in the cache).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.errors import UsageError
from analysis.files import display_path, is_root_or_home, sha256_file, write_atomic, write_json

MARKER = ".nkr-site"


@dataclass
class Counts:
    """What a build did to the files of the site."""

    written: int = 0  # new or changed
    kept: int = 0  # same bytes as before: not touched
    removed: int = 0  # made by an earlier build, not by this one
    pages: int = 0  # HTML pages in the site
    bytes: int = 0  # size of the whole site


def check_out(out: Path) -> Path:
    """``out`` as an absolute path, or ``UsageError`` if it is not a folder this tool may write."""
    folder = out.expanduser().absolute()
    if is_root_or_home(folder):
        raise UsageError(f"--out {folder}: expected a folder for the site, not the root or home folder")
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--out {display_path(folder)}: not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MARKER).is_file():
        raise UsageError(f"--out {display_path(folder)}: holds files this tool did not write; give an empty folder")
    return folder


@dataclass
class SiteWriter:
    """Writes into one site folder, counting what changed (see the module notes)."""

    out: Path
    cache: Cache | None = None
    counts: Counts = field(default_factory=Counts)
    made: set[str] = field(default_factory=set)  # paths written or kept by this build, relative to out

    def __post_init__(self) -> None:
        self.out = check_out(self.out)
        self.out.mkdir(parents=True, exist_ok=True)
        if not (self.out / MARKER).is_file():
            write_json(self.out / MARKER, {"tool": "python -m analysis site"})

    def _claim(self, rel: str) -> Path:
        if rel in self.made:
            raise ValueError(f"{rel} written twice in one build")
        self.made.add(rel)
        return self.out / rel

    def file(self, rel: str, data: str | bytes) -> None:
        """Write ``out/rel`` unless it already holds exactly ``data``."""
        path = self._claim(rel)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        if path.is_file() and not path.is_symlink() and path.stat().st_size == len(raw) and path.read_bytes() == raw:
            self.counts.kept += 1
            return
        write_atomic(path, raw)
        self.counts.written += 1

    def page(self, rel: str, html: str) -> None:
        """An HTML page (counted as one)."""
        self.file(rel, html)
        self.counts.pages += 1

    def copy(
        self, rel: str, source: Path, sha256: str | None = None, change: Callable[[bytes], bytes] | None = None,
        salt: str = "",
    ) -> None:  # fmt: skip
        """Copy ``source`` to ``out/rel`` (through ``change``, if given) unless the copy there is what it would be.

        The cache remembers what each copy was made from (the source's ``sha256``, when known
        from a run's manifest, plus ``salt``, which names the change) with the copy's size and
        time: while they match, the copy is kept without reading either file.
        """
        path = self._claim(rel)
        self.counts.pages += rel.endswith(".html")
        made_from = (sha256 or sha256_file(source)) + salt
        known = (self.cache.get("copies", rel, made_from) if self.cache else None) or {}
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            if known.get("size") == stat.st_size and known.get("mtime_ns") == stat.st_mtime_ns:
                self.counts.kept += 1
                return
        data = source.read_bytes()
        data = change(data) if change else data
        if path.is_file() and not path.is_symlink() and path.stat().st_size == len(data) and path.read_bytes() == data:
            self.counts.kept += 1
        else:
            write_atomic(path, data)
            self.counts.written += 1
        self._remember(rel, path, made_from)

    def _remember(self, rel: str, path: Path, digest: str) -> None:
        if self.cache is not None:
            stat = path.stat()
            self.cache.put("copies", rel, digest, {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns})

    def exists(self, rel: str) -> bool:
        """True if ``out/rel`` is already there (a chart drawn by an earlier build, say)."""
        return (self.out / rel).is_file()

    def keep(self, rel: str) -> None:
        """Keep ``out/rel`` as it is (a file whose name says what it was made from)."""
        self._claim(rel)
        self.counts.kept += 1

    def finish(self) -> Counts:
        """Remove what earlier builds made and this one did not; total the site's size."""
        for path in sorted(self.out.rglob("*"), reverse=True):
            rel = path.relative_to(self.out).as_posix()
            if path.is_file() or path.is_symlink():
                if rel not in self.made and rel != MARKER:
                    path.unlink()
                    self.counts.removed += 1
                elif path.is_file():
                    self.counts.bytes += path.stat().st_size
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
        if self.cache is not None:
            self.cache.save()
        return self.counts


class Cache:
    """Values keyed by the digest of their inputs, in one JSON file (see the module notes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}
        self.data: dict[str, dict[str, Any]] = loaded if isinstance(loaded, dict) else {}
        self.used: dict[str, dict[str, Any]] = {}

    def get(self, kind: str, name: str, digest: str) -> Any:
        """The value kept for ``name`` if it was made from inputs with ``digest``, else None."""
        entry = self.data.get(kind, {}).get(name)
        if isinstance(entry, dict) and entry.get("digest") == digest:
            self.used.setdefault(kind, {})[name] = entry
            return entry.get("value")
        return None

    def put(self, kind: str, name: str, digest: str, value: Any) -> None:
        """Keep ``value`` for ``name``, made from inputs with ``digest``."""
        self.used.setdefault(kind, {})[name] = {"digest": digest, "value": value}

    def remember(self, kind: str, name: str, digest: str, make: Callable[[], Any]) -> Any:
        """What the cache kept for ``name`` made from ``digest``, else ``make()`` (kept, when there is a digest)."""
        found = self.get(kind, name, digest) if digest else None
        if found is None:
            found = make()
            if digest:
                self.put(kind, name, digest, found)
        return found

    def save(self) -> None:
        """Write what this build used (entries it did not use are dropped)."""
        if self.used != self.data:
            write_json(self.path, self.used)
