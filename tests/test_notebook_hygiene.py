"""Notebooks enter git clean: no outputs except the cells kept for strict nbval checks."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from analysis import paths

NOTEBOOKS = sorted(
    p for p in paths.NOTEBOOKS_DIR.rglob("*.ipynb") if "student" not in p.parts and ".ipynb_checkpoints" not in p.parts
)
STRICT = "NBVAL_CHECK_OUTPUT"


def _name(p: Path) -> str:
    return str(p.relative_to(paths.NOTEBOOKS_DIR))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_name)
def test_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if STRICT in cell.source:
            assert cell.outputs, f"cell {i} is checked strictly by nbval but has no committed output"
            assert cell.metadata.get("keep_output") is True, f"cell {i}: set metadata keep_output (nbstripout)"
        else:
            assert not cell.outputs, f"cell {i} has outputs: strip them (.venv/bin/nbstripout --keep-id FILE)"
            assert cell.execution_count is None, f"cell {i} has an execution count"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_name)
def test_notebook_shape(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# "), "a title first"
    assert nb.metadata["kernelspec"]["name"] == "python3"
    headings = [c.source.splitlines()[0] for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("## ")]
    steps = [h for h in headings if h.startswith("## Step ")]
    if "reports" in path.parts:  # a report's headings say what each section shows
        assert headings and not steps, "report sections are named by what they show, not '## Step N'"
    else:
        assert steps, "numbered '## Step N: ...' sections"
    numbers = [int(h.split()[2].rstrip(":.")) for h in steps]
    assert numbers == list(range(1, len(numbers) + 1)), f"steps numbered in order: {numbers}"
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    if "reports" in path.parts:
        assert len(tagged) == 1, "a report has exactly one cell tagged 'parameters'"
        for line in tagged[0].source.splitlines():
            if "=" in line:
                assert "#" in line, f"document the parameter: {line!r}"


def test_there_are_notebooks() -> None:
    assert len(NOTEBOOKS) >= 1
