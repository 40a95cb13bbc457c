"""build replaces data/clean whole, with ordinary permissions, under a lock, touching nothing it did not make."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from analysis import paths
from analysis.__main__ import main
from analysis.data import build

from .conftest import edit_cell


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def change_a_claim(data: Path) -> None:
    """Make the next build write different clean tables."""
    path = data / "curated" / "claims.csv"
    with path.open(encoding="utf-8") as fh:
        next(fh)
        cid = next(fh).split(",", 1)[0]
    edit_cell(path, cid, "notes", "changed for the test")


def strays(data: Path) -> list[str]:
    return sorted(p.name for p in data.iterdir() if p.name.startswith(".clean-"))


def test_clean_has_ordinary_permissions(data_copy: Path) -> None:
    old = os.umask(0o022)
    try:
        build.build(data_copy)
    finally:
        os.umask(old)
    clean = data_copy / "clean"
    assert stat.S_IMODE(clean.stat().st_mode) == 0o755
    assert {stat.S_IMODE(p.stat().st_mode) for p in clean.iterdir()} == {0o644}


def test_a_held_lock_stops_a_build_and_names_its_holder(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from analysis.files import locked

    monkeypatch.setattr(build, "LOCK_TIMEOUT", 0.2)
    before = sorted(p.name for p in (data_copy / "clean").iterdir())
    with locked(data_copy / build.LOCK_NAME, 0):  # the lock lives in the data folder it guards
        assert f'"pid": {os.getpid()}' in (data_copy / ".build.lock.owner").read_text(encoding="utf-8")
        assert main(["build", str(data_copy)]) == 1
    out = capsys.readouterr().err
    assert f"another build (pid {os.getpid()} on " in out and "has held the lock for 0 s" in out
    assert sorted(p.name for p in (data_copy / "clean").iterdir()) == before
    assert not (data_copy / ".build.lock.owner").exists()


def test_build_never_deletes_folders_it_did_not_make(data_copy: Path) -> None:
    theirs = [data_copy / ".clean-old-12345", data_copy / ".clean-new-someone", data_copy / ".clean-x"]
    for folder in theirs:
        folder.mkdir()
        (folder / "keep.txt").write_text("mine", encoding="utf-8")
    build.build(data_copy)
    assert all((f / "keep.txt").read_text(encoding="utf-8") == "mine" for f in theirs)
    assert strays(data_copy) == sorted(f.name for f in theirs)


# --- a crash between any two file operations ---------------------------------------------


class CrashError(Exception):
    """A simulated crash."""


STEPS = ["make_temp_dir", "_write_file", "_fsync_dir", "_exchange", "_remove_own"]


def crash_at(monkeypatch: pytest.MonkeyPatch, k: int) -> list[str]:
    """Count every file operation of build; raise CrashError before the k-th (0-based)."""
    calls: list[str] = []
    for name in STEPS:
        real: Callable[..., Any] = getattr(build, name)

        def wrapped(*args: Any, _real: Callable[..., Any] = real, _name: str = name, **kw: Any) -> Any:
            if len(calls) == k:
                calls.append(_name + "!")
                raise CrashError(_name)
            calls.append(_name)
            return _real(*args, **kw)

        monkeypatch.setattr(build, name, wrapped)
    return calls


def test_crash_between_any_two_operations_leaves_clean_complete(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = snapshot(data_copy / "clean")
    change_a_claim(data_copy)
    probe = data_copy.parent / "probe"
    shutil.copytree(data_copy, probe)
    build.build(probe)
    new = snapshot(probe / "clean")
    assert new != old
    with monkeypatch.context() as m:
        total = crash_at(m, 10_000)
        build.build(probe)
    steps = len(total)
    assert steps >= 8  # temp dir, 6 tables, fsync, exchange, fsync, cleanup
    for k in range(steps):
        with monkeypatch.context() as m:
            calls = crash_at(m, k)
            with pytest.raises(CrashError):
                build.build(data_copy)
        now = snapshot(data_copy / "clean")
        assert now in (old, new), f"a crash before {calls[-1]} left a mixed data/clean"
        assert now == (new if "_exchange" in calls else old), calls
        # back to the old tables for the next crash (a real crash leaves the build's own folder)
        for name in strays(data_copy):
            shutil.rmtree(data_copy / name)
        shutil.rmtree(data_copy / "clean")
        (data_copy / "clean").mkdir()
        for name, data in old.items():
            (data_copy / "clean" / name).write_bytes(data)


def test_exception_inside_build_removes_only_its_own_folder(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(data_copy / "clean")
    change_a_claim(data_copy)
    monkeypatch.setattr(build, "_exchange", lambda a, b: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error", str(b))))
    with pytest.raises(OSError):
        build.build(data_copy)
    assert snapshot(data_copy / "clean") == before
    assert strays(data_copy) == []


def test_fallback_without_exchange(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    change_a_claim(data_copy)
    monkeypatch.setattr(build, "_exchange", lambda a, b: False)
    build.build(data_copy)
    assert "changed for the test" in (data_copy / "clean" / "claims.csv").read_text(encoding="utf-8")
    assert strays(data_copy) == []


# --- bad environments: one line, nothing half-written ------------------------------------------


def test_full_disk_is_one_line(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(data_copy / "clean")
    change_a_claim(data_copy)

    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(build, "_write_file", full)
    assert main(["build", str(data_copy)]) == 1
    out = capsys.readouterr().err.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("error: ") and out[0].endswith(": No space left on device"), out
    assert ".clean-new-" in out[0]
    assert snapshot(data_copy / "clean") == before and strays(data_copy) == []


def test_read_only_data_folder_is_one_line(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(data_copy / "clean")
    if os.geteuid() == 0:  # root writes anywhere: simulate what the kernel would say

        def refuse(parent: Path, prefix: str) -> Path:
            raise PermissionError(errno.EACCES, "Permission denied", str(parent / prefix))

        monkeypatch.setattr(build, "make_temp_dir", refuse)
        assert main(["build", str(data_copy)]) == 1
    else:
        data_copy.chmod(0o555)
        try:
            assert main(["build", str(data_copy)]) == 1
        finally:
            data_copy.chmod(0o755)
    out = capsys.readouterr().err.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("error: ") and "Permission denied" in out[0], out
    assert snapshot(data_copy / "clean") == before


def test_six_concurrent_builds(data_copy: Path) -> None:
    change_a_claim(data_copy)
    env = {**os.environ, "PYTHONPATH": str(paths.PROJECT_ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "analysis", "build", str(data_copy)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        for _ in range(6)
    ]
    outs = [(p.wait(timeout=120), p.stdout.read() if p.stdout else "") for p in procs]
    assert all(code == 0 for code, _ in outs), outs
    assert not any("Traceback" in out for _, out in outs)
    assert strays(data_copy) == []
    assert "changed for the test" in (data_copy / "clean" / "claims.csv").read_text(encoding="utf-8")
