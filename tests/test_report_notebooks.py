"""Each report notebook runs with non-default parameters, and a bad parameter stops it with a one-line error.

Runs go through papermill (as the report runner does), from a temporary working directory,
in parallel threads: one kernel per run. A bad value goes through papermill once (the error
a scheduler log would show); for every notebook, its own parameters and check cells are also
run in-process with each bad value, which needs no kernel.
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
from analysis.errors import ParameterError

REPORTS = paths.NOTEBOOKS_DIR / "reports"
PAPERMILL_BAD = "deployments_losses"

# notebook -> (non-default parameters, text the run must show)
GOOD: dict[str, tuple[dict[str, Any], str]] = {
    # 29 February: a year before it is 28 February (the events window), never a crash
    "situation_report": ({"as_of": "2024-02-29", "since": "2024-02-01"}, "# Situation report, 29 February 2024\n"),
    "deployments_losses": (
        {
            "as_of": "2025-03-31",
            "claimants": ["South Korea JCS"],
            "metrics": ["troops_deployed", "casualties_killed_or_wounded", "killed"],
        },
        "Up to **31 March 2025**",
    ),
    "timeline": (
        {"as_of": "2025-06-30", "start": "2024-06-01", "end": "2025-03-31", "categories": ["combat"]},
        "from **1 June 2024** to **31 March 2025**",
    ),
    "source_comparison": ({"as_of": "2025-06-30", "metric": "killed"}, "claims about killed"),
    "weapons": ({"as_of": "2024-12-31", "items": "artillery_shells,containers_shipped"}, "Up to **31 December 2024**"),
}

# notebook -> (bad parameters, the parameter the one-line error must name)
BAD: dict[str, tuple[dict[str, Any], str]] = {
    "situation_report": ({"claimants": ["South Korea NSI"]}, "claimants"),
    "deployments_losses": ({"claimants": ["Nobody"]}, "claimants"),
    "timeline": ({"start": "2024-13-01"}, "start"),
    "source_comparison": ({"metric": "tanks"}, "metric"),
    "weapons": ({"as_of": "2030-01-01"}, "as_of"),
}


def _run(name: str, parameters: dict[str, Any], out_dir: Path, kind: str) -> tuple[str, Any]:
    out = out_dir / f"{name}-{kind}.ipynb"
    try:
        pm.execute_notebook(
            REPORTS / f"{name}.ipynb",
            out,
            parameters=parameters,
            kernel_name="python3",
            cwd=str(out_dir),
            progress_bar=False,
            log_output=False,
        )
    except pm.PapermillExecutionError as exc:
        return "error", exc
    return "ok", nbformat.read(out, as_version=4)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[str, Any]]:
    out_dir = tmp_path_factory.mktemp("reports")
    jobs = [(name, "good", GOOD[name][0]) for name in GOOD] + [(PAPERMILL_BAD, "bad", BAD[PAPERMILL_BAD][0])]
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {(name, kind): pool.submit(_run, name, params, out_dir, kind) for name, kind, params in jobs}
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
    outputs = [o.get("data", {}) for c in result.cells for o in c.get("outputs", [])]
    charts = [d["text/html"] for d in outputs if 'class="nkr-chart"' in str(d.get("text/html", ""))]
    assert charts, "a chart, as its HTML figure"
    assert all("data:image/png;base64," in str(c) and 'alt="Chart: ' in str(c) for c in charts)


def test_bad_parameter_through_papermill_is_one_line(runs: dict[tuple[str, str], tuple[str, Any]]) -> None:
    status, result = runs[(PAPERMILL_BAD, "bad")]
    assert status == "error", f"{PAPERMILL_BAD} accepted {BAD[PAPERMILL_BAD][0]}"
    assert result.ename == "ParameterError"
    assert "\n" not in result.evalue and result.evalue.startswith(f"parameter {BAD[PAPERMILL_BAD][1]}=")
    assert result.exec_count <= 3, "the check cell right after the parameters stops the run"


def _check_cells(name: str) -> tuple[str, str]:
    """The source of a report's parameters cell and of the cell right after it."""
    nb = nbformat.read(REPORTS / f"{name}.ipynb", as_version=4)
    at = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    return nb.cells[at].source, nb.cells[at + 1].source


@pytest.mark.parametrize("name", sorted(BAD))
def test_check_cell_stops_a_bad_value_with_one_line(name: str) -> None:
    defaults, check = _check_cells(name)
    assert "preamble(" in check, "the cell after the parameters checks them, once, with the preamble"
    namespace: dict[str, Any] = {}
    exec(defaults, namespace)
    namespace.update(BAD[name][0])
    with pytest.raises(ParameterError) as caught:
        exec(check, namespace)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"parameter {BAD[name][1]}=")
    namespace = {}
    exec(defaults, namespace)
    exec(check, namespace)  # the defaults pass


def test_every_report_notebook_is_tested() -> None:
    mine = {"situation_report", "deployments_losses", "timeline", "source_comparison", "weapons"}
    assert mine <= {p.stem for p in REPORTS.glob("*.ipynb")}
    assert set(GOOD) == set(BAD) == mine
    json.dumps(GOOD)  # parameters are plain JSON, as the runner passes them
