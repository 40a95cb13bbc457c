"""The intake commands report problems one way: they raise once they have written what they could,
and ``python -m analysis`` alone prints the lines and picks the exit code."""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import json
from pathlib import Path

import pytest

from analysis import paths
from analysis.errors import DataError, UsageError
from analysis.intake import evaluate, ingest
from analysis.intake.extract import cli as extract_cli
from analysis.intake.triage import cli as triage_cli

from .conftest import run_cli

GOOD = "---\npublished: 2025-03-27\n---\nThe NIS said 3,000 troops went to Russia.\n"


def _args(module: object, argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    module.configure(parser)  # type: ignore[attr-defined]
    return parser.parse_args(argv)


def test_no_intake_module_prints_an_error_line_of_its_own() -> None:
    """Only warnings and summaries are printed by the commands; every ``error:`` line comes from
    ``python -m analysis``."""
    found = []
    for path in (paths.PROJECT_ROOT / "analysis" / "intake").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print":
                text = ast.unparse(node)
                if "error" in text.lower() and "warning" not in text:
                    found.append(f"{path.name}: {text}")
    assert found == []


def test_extract_writes_the_good_files_then_raises_for_the_bad(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.md", tmp_path / "bad.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_bytes(b"\x00\x01")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(DataError) as err:
        extract_cli.run(_args(extract_cli, [str(good), str(bad)]))
    assert "3000" in out.getvalue()
    [problem] = err.value.problems
    assert problem.file.endswith("bad.txt") and "is binary" in problem.message
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UsageError, match="no article files"):
        extract_cli.run(_args(extract_cli, [str(empty)]))


def test_triage_writes_the_queue_then_raises_with_its_summary_as_the_note(tmp_path: Path) -> None:
    pages = tmp_path / "pages.jsonl"
    record = {"text": "The NIS said 3,000 troops went to Russia.", "published": "2025-03-27"}
    pages.write_text(json.dumps(record) + "\n{broken\n", encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(DataError) as err:
        triage_cli.run(_args(triage_cli, [str(pages)]))
    assert "3000" in out.getvalue()
    assert str(err.value.problems[0]).startswith(f"{pages}:2")
    assert err.value.note.startswith("triage: 1 articles (1 unreadable)")
    with pytest.raises(UsageError, match="is a folder"):
        triage_cli.run(_args(triage_cli, [str(pages), "--out", str(tmp_path)]))


def test_ingest_and_evaluate_raise(tmp_path: Path, data_copy: Path) -> None:
    with pytest.raises(DataError, match="is a folder"):
        ingest.run(_args(ingest, [str(tmp_path), "--data-dir", str(data_copy)]))
    with pytest.raises(UsageError, match="no such folder"):
        evaluate.run(_args(evaluate, [str(tmp_path / "nowhere")]))


@pytest.mark.parametrize(
    ("argv", "stream"),
    [
        (["extract", "{bad}"], "err"),
        (["triage", "{bad}"], "err"),
        (["evaluate", "{folder}"], "err"),
    ],
)
def test_the_lines_go_to_standard_error_as_error_lines(argv: list[str], stream: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    folder = tmp_path / "labels"
    folder.mkdir()
    (folder / "a.labels.csv").write_text("metric,value_low,value_best,value_high,claimant\n", encoding="utf-8")
    status, out, err = run_cli([a.format(bad=bad, folder=folder) for a in argv])
    assert status == 2 and "error: " in err and "error" not in out, (out, err)
