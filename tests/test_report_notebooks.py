"""Each report notebook runs with non-default parameters, and a bad parameter stops it with a one-line error.

All runs go through papermill (as the report runner does), from a temporary working
directory, in parallel threads: one kernel per run.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import nbformat
import papermill as pm
import pytest

from analysis import paths

REPORTS = paths.NOTEBOOKS_DIR / "reports"

# notebook -> (non-default parameters, text the run must show)
GOOD: dict[str, tuple[dict[str, Any], str]] = {
    "deployments_losses": ({"as_of": "2025-03-31", "claimants": ["South Korea JCS"],
                            "metrics": ["troops_deployed", "casualties_killed_or_wounded", "killed"]},
                           "Up to **2025-03-31**"),
    "timeline": ({"as_of": "2025-06-30", "start": "2024-06-01", "end": "2025-03-31", "categories": ["combat"]},
                 "from **2024-06-01** to **2025-03-31**"),
    "source_comparison": ({"as_of": "2025-06-30", "metric": "killed"}, "claims about Killed"),
    "weapons": ({"as_of": "2024-12-31", "items": "artillery_shells,containers_shipped"}, "Up to **2024-12-31**"),
}

# notebook -> (bad parameters, the parameter the one-line error must name)
BAD: dict[str, tuple[dict[str, Any], str]] = {
    "deployments_losses": ({"claimants": ["Nobody"]}, "claimants"),
    "timeline": ({"start": "2024-13-01"}, "start"),
    "source_comparison": ({"metric": "tanks"}, "metric"),
    "weapons": ({"as_of": "2030-01-01"}, "as_of"),
}


def _run(name: str, parameters: dict[str, Any], out_dir: Path) -> tuple[str, Any]:
    out = out_dir / f"{name}-{'bad' if parameters is BAD[name][0] else 'good'}.ipynb"
    try:
        pm.execute_notebook(REPORTS / f"{name}.ipynb", out, parameters=parameters, kernel_name="python3",
                            cwd=str(out_dir), progress_bar=False, log_output=False)
    except pm.PapermillExecutionError as exc:
        return "error", exc
    return "ok", nbformat.read(out, as_version=4)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[str, Any]]:
    out_dir = tmp_path_factory.mktemp("reports")
    jobs = [(name, "good", GOOD[name][0]) for name in GOOD] + [(name, "bad", BAD[name][0]) for name in BAD]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {(name, kind): pool.submit(_run, name, params, out_dir) for name, kind, params in jobs}
        return {key: future.result() for key, future in futures.items()}


def _shown(nb: nbformat.NotebookNode) -> str:
    """Every text and Markdown output of a run, joined."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.extend(str(output.get("data", {}).get(k, "")) for k in ("text/markdown", "text/html"))
    return "\n".join(parts)


@pytest.mark.parametrize("name", sorted(GOOD))
def test_report_runs_with_non_default_parameters(name: str, runs: dict[tuple[str, str], tuple[str, Any]]) -> None:
    status, result = runs[(name, "good")]
    assert status == "ok", f"{name} failed: {getattr(result, 'ename', '')}: {getattr(result, 'evalue', result)}"
    shown = _shown(result)
    assert GOOD[name][1] in shown
    assert sum("image/png" in o.get("data", {}) for c in result.cells for o in c.get("outputs", [])) >= 1


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_parameter_is_a_one_line_parameter_error(name: str,
                                                     runs: dict[tuple[str, str], tuple[str, Any]]) -> None:
    status, result = runs[(name, "bad")]
    assert status == "error", f"{name} accepted {BAD[name][0]}"
    assert result.ename == "ParameterError"
    assert "\n" not in result.evalue and result.evalue.startswith(f"parameter {BAD[name][1]}=")
    assert result.exec_count <= 3, "the check cell right after the parameters stops the run"


def test_every_report_notebook_is_tested() -> None:
    mine = {"deployments_losses", "timeline", "source_comparison", "weapons"}
    assert mine <= {p.stem for p in REPORTS.glob("*.ipynb")}
    assert set(GOOD) == set(BAD) == mine
    json.dumps(GOOD)  # parameters are plain JSON, as the runner passes them
