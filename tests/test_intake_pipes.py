"""The intake commands read by a reader that stops early (``... | head``): no traceback, no
error line, the status they had, nothing lost that they had written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths

ARTICLES = paths.PROJECT_ROOT / "benchmarks" / "articles"


def _closed_reader(argv: list[str]) -> tuple[int, str]:
    """Run ``python -m analysis ARGV`` with standard output a pipe whose reader has already gone."""
    read, write = os.pipe()
    os.close(read)  # the reader left before the first line: every write breaks the pipe
    try:
        done = subprocess.run(
            [sys.executable, "-m", "analysis", *argv],
            stdout=write,
            stderr=subprocess.PIPE,
            cwd=paths.PROJECT_ROOT,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    return done.returncode, done.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", str(ARTICLES / "ko" / "dev")],
        ["extract", str(ARTICLES / "ru" / "dev"), "--format", "jsonl"],
        ["triage", str(ARTICLES / "uk" / "dev")],
        ["evaluate", str(ARTICLES / "en" / "dev")],
    ],
)
def test_a_reader_that_leaves_early_ends_the_command_quietly(argv: list[str]) -> None:
    status, err = _closed_reader(argv)
    assert status == 0, err
    assert "Traceback" not in err and "Broken pipe" not in err and "BrokenPipe" not in err
    assert not [line for line in err.splitlines() if line.startswith("error")]


def test_ingest_keeps_what_it_wrote_when_the_reader_leaves(data_copy: Path, tmp_path: Path) -> None:
    article = tmp_path / "pipe-2025.txt"
    article.write_text("Seoul's spy agency said about 2,000 North Korean soldiers have died.\n", encoding="utf-8")
    argv = ["ingest", str(article), "--published", "2025-09-02", "--publisher", "Test Wire"]
    status, err = _closed_reader([*argv, "--data-dir", str(data_copy)])
    assert status == 0 and "Traceback" not in err and "error" not in err, err
    assert (paths.review_dir(data_copy) / "pipe-2025.csv").exists()
    assert (paths.raw_dir(data_copy) / "pipe-2025.txt").exists()
