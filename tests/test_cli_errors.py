"""Every failure of ``python -m analysis`` ends in one line and an exit code; --debug shows the traceback."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from analysis import __main__ as cli
from analysis import paths
from analysis.errors import DataError, ParameterError, Problem


def fake_command(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    """Make ``validate`` raise ``exc`` (the dispatcher's handler is what is tested)."""
    module = types.ModuleType("fake_command")

    def configure(parser: object) -> None:
        return None

    def run(args: object) -> int:
        raise exc

    module.configure = configure  # type: ignore[attr-defined]
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_command", module)
    monkeypatch.setitem(cli.COMMANDS, "validate", ("fake_command", "test"))


@pytest.mark.parametrize(
    ("exc", "code", "line"),
    [
        (RuntimeError("boom " + "x" * 300), 1, "error: RuntimeError: boom xxxx"),
        (KeyError("k"), 1, "error: KeyError: 'k' (run with --debug for the traceback)"),
        (
            DataError(Problem("data/curated/claims.csv", 3, "metric", "'x' is not allowed")),
            2,
            "data/curated/claims.csv:3: metric 'x' is not allowed",
        ),
        (
            ParameterError("as_of", "soon", "a date as YYYY-MM-DD"),
            2,
            "error: parameter as_of='soon' is not allowed: expected a date as YYYY-MM-DD",
        ),
        (
            OSError(errno.ENOSPC, "No space left on device", "data/clean/claims.csv"),
            1,
            "error: data/clean/claims.csv: No space left on device",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "data/x", None, "data/y"),
            1,
            "error: data/x -> data/y: Permission denied",
        ),
    ],
)
def test_one_line_per_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], exc: BaseException, code: int, line: str
) -> None:
    fake_command(monkeypatch, exc)
    assert cli.main(["validate"]) == code
    out = capsys.readouterr()
    # bad data is the command's output (standard output); every error: line goes to standard error
    shown, other = (out.out, out.err) if isinstance(exc, DataError) else (out.err, out.out)
    lines = shown.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(line) and not other, (lines, other)
    assert "Traceback" not in out.out + out.err
    if isinstance(exc, RuntimeError):
        assert lines[0].endswith("(run with --debug for the traceback)") and len(lines[0]) < 300


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_command(monkeypatch, RuntimeError("boom"))
    with pytest.raises(RuntimeError, match="boom"):
        cli.main(["--debug", "validate"])


def test_interrupt(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake_command(monkeypatch, KeyboardInterrupt())
    assert cli.main(["validate"]) == 130
    assert capsys.readouterr().err.strip() == "interrupted"


@pytest.mark.parametrize("command", ["validate", "build"])
def test_missing_data_folder_is_bad_input(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([command, str(tmp_path / "nope")]) == 2
    out = capsys.readouterr().err.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("error: ") and "no such data folder" in out[0]


def test_codebook_write_failure_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from analysis.data import codebook

    def refuse(path: Path, data: str) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(codebook, "write_atomic", refuse)
    assert cli.main(["codebook"]) == 1
    out = capsys.readouterr().err.strip().splitlines()
    assert len(out) == 1 and out[0].endswith("CODEBOOK.md: Read-only file system"), out


def test_subprocess_exit_codes_and_no_traceback(data_copy: Path) -> None:
    claims = data_copy / "curated" / "claims.csv"
    claims.write_bytes(claims.read_bytes().replace(b"South Korea NIS", b"South Korea \xffNIS", 1))
    env = {**os.environ, "PYTHONPATH": str(paths.PROJECT_ROOT)}
    for argv, code in ((["validate", str(data_copy)], 2), (["build", str(data_copy)], 2), (["nonsense"], 2)):
        done = subprocess.run([sys.executable, "-m", "analysis", *argv], capture_output=True, text=True, env=env)
        assert done.returncode == code, (argv, done.stdout, done.stderr)
        assert "Traceback" not in done.stdout + done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "validate", str(data_copy)], capture_output=True, text=True, env=env
    )
    first = done.stdout.splitlines()[0]
    assert "curated/claims.csv: is not UTF-8: byte 0xff at offset" in first


@pytest.mark.parametrize("argv", [["codebook", "--bogus"], ["nonsense"], ["validate", "a", "b"]])
def test_command_line_mistakes_are_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and len(err.splitlines()) == 1 and err.startswith("error: "), err
    assert "usage:" not in err
