"""The extraction package's shape: small parts, one splitter, narrow imports from ingest and evaluate."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from analysis import paths

PACKAGE = paths.PROJECT_ROOT / "analysis" / "intake" / "extract"
PARTS = ["article", "numbers", "periods", "hedges", "measures", "claimants", "candidates", "cli", "text"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return out


def test_the_parts_exist_and_none_is_over_600_lines() -> None:
    files = {p.stem: p for p in PACKAGE.glob("*.py")}
    assert set(PARTS) <= set(files)
    sizes = {name: len(p.read_text(encoding="utf-8").splitlines()) for name, p in files.items()}
    assert max(sizes.values()) <= 600, sizes


@pytest.mark.parametrize(
    ("module", "extra"),
    [("ingest", set()), ("evaluate", {"analysis.intake.extract.claimants"})],  # silver claimants: the actors' names
)
def test_ingest_and_evaluate_import_only_article_and_candidates(module: str, extra: set[str]) -> None:
    used = {m for m in imported_modules(PACKAGE.parent / f"{module}.py") if m.startswith("analysis.intake.extract")}
    assert used == {"analysis.intake.extract.article", "analysis.intake.extract.candidates"} | extra


def test_one_sentence_splitter_for_the_whole_project() -> None:
    """pysbd is used by analysis/sentences.py only; everything else numbers sentences through it."""
    users = [
        p.relative_to(paths.PROJECT_ROOT)
        for p in (paths.PROJECT_ROOT / "analysis").rglob("*.py")
        if "pysbd" in imported_modules(p)
    ]
    assert users == [Path("analysis/sentences.py")]


def test_the_command_keeps_working_through_the_package() -> None:
    from analysis.intake import extract

    assert callable(extract.configure) and callable(extract.run)
