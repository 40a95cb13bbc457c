"""Benchmark: the report runner against its floor (``make bench``; prints numbers, asserts nothing).

Floor: papermill executing an empty notebook once per report, sequentially, in one process
(kernel start + papermill, nothing else). With papermill's default ("graceful") kernel shutdown
a kernel now and then does not exit on request and papermill waits 2.5 s before terminating it,
so that floor jumps between runs; the strict floor shuts kernels down at once, as the runner
does, and never stalls. Measured side by side in one invocation:

- ``report --all --jobs 2`` (target: at most 1.5x the floor of 5 empty runs);
- the archive of 12 weekly situation reports, ``--jobs 2`` (target: at most 2.0x the floor of 12);
- ``report --all`` with every notebook cut to its parameters cell: what the runner itself costs
  (target: at most 1.0x the floor).

Per phase (from the manifests): execute (kernel start + notebook) and page writing, summed over
reports, and the wall time of the whole command.

    .venv/bin/python benchmarks/bench_reports.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = tempfile.mkdtemp(prefix="bench-reports-")  # every output of this run; removed at the end


def floor(n: int, shutdown: str = "graceful") -> float:
    """Seconds for papermill to run an empty notebook ``n`` times in one process.

    ``graceful`` is papermill's default kernel shutdown, which now and then waits 2.5 s for a
    kernel that does not exit on request; ``immediate`` (what the runner uses) never does.
    """
    code = f"""
import sys, time, tempfile, nbformat
sys.modules['rfc3987_syntax'] = None
import papermill as pm
nb = nbformat.v4.new_notebook()
nb.cells.append(nbformat.v4.new_code_cell('x = 1', metadata={{'tags': ['parameters']}}))
d = tempfile.mkdtemp(prefix='bench-floor-'); nbformat.write(nb, d + '/e.ipynb')
for i in range({n}):
    pm.execute_notebook(d + '/e.ipynb', d + f'/o{{i}}.ipynb', progress_bar=False, kernel_name='python3',
                        shutdown_kernel='{shutdown}')
import shutil; shutil.rmtree(d)
"""
    t = time.monotonic()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.monotonic() - t


def report(args: list[str], env: dict[str, str]) -> tuple[float, Path]:
    out = Path(tempfile.mkdtemp(prefix="bench-", dir=SCRATCH))
    t = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "analysis", "report", *args, "--out", str(out)], check=True, capture_output=True, env=env
    )
    return time.monotonic() - t, out


def phases(out: Path) -> str:
    """Seconds summed over reports: kernel start and papermill, the notebooks' cells, pages."""
    execute = html = cells = 0.0
    for manifest in out.glob("[0-9]*/manifest.json"):  # each run once (not again through latest)
        for name, rep in json.loads(manifest.read_text())["reports"].items():
            execute += rep["timings_s"].get("execute_s", 0)
            html += rep["timings_s"].get("html_s", 0)
            nb = json.loads((manifest.parent / f"{name}.ipynb").read_text())
            cells += sum(c["metadata"].get("papermill", {}).get("duration") or 0 for c in nb["cells"])
    return f"kernel start + papermill {execute - cells:5.1f} s, cells {cells:5.1f} s, pages {html:5.1f} s (summed)"


def cut_registry(tmp: Path) -> Path:
    """A copy of the registry whose notebooks keep only their parameters cell."""
    import nbformat

    nbdir = tmp / "reports"
    nbdir.mkdir()
    for nb_path in (ROOT / "notebooks" / "reports").glob("*.ipynb"):
        nb = nbformat.read(nb_path, as_version=4)
        nb.cells = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
        nbformat.write(nb, nbdir / nb_path.name)
    shutil.copy(ROOT / "notebooks" / "reports.yaml", tmp / "reports.yaml")
    return tmp / "reports.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (median shown)")
    a = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cut = cut_registry(Path(tempfile.mkdtemp(prefix="bench-cut-", dir=SCRATCH)))
    keys = ("floor5", "floor5i", "floor12", "floor12i", "all2", "archive", "cut")
    rows: dict[str, list[float]] = {k: [] for k in keys}
    outs: dict[str, Path] = {}
    for _ in range(a.repeat):  # medians of --repeat runs  # A and B alternate, so machine noise hits both
        rows["floor5"].append(floor(5))
        rows["floor5i"].append(floor(5, "immediate"))
        t, outs["all2"] = report(["--all", "--jobs", "2"], env)
        rows["all2"].append(t)
        rows["floor12"].append(floor(12))
        rows["floor12i"].append(floor(12, "immediate"))
        t, outs["archive"] = report(
            ["situation_report", "--from", "2025-01-06", "--to", "2025-03-24", "--every", "week", "--jobs", "2"], env
        )
        rows["archive"].append(t)
        t, outs["cut"] = report(["--all", "--jobs", "2", "--registry", str(cut)], env)
        rows["cut"].append(t)
    m = {k: statistics.median(v) for k, v in rows.items()}
    print("runs (s): " + "; ".join(f"{k} " + " ".join(f"{x:.1f}" for x in v) for k, v in rows.items()))

    def show(label: str, key: str, floor_key: str, target: str) -> None:
        to_floor, to_strict = m[key] / m[floor_key], m[key] / m[floor_key + "i"]
        print(f"{label:36s}{m[key]:6.1f} s  {to_floor:.2f}x floor, {to_strict:.2f}x strict floor (target {target})")

    for n in (5, 12):
        print(f"floor, {n} empty notebooks{'':10s}{m[f'floor{n}']:6.1f} s  (papermill's default kernel shutdown)")
        print(f"strict floor, {n} (immediate shutdown){m[f'floor{n}i']:5.1f} s  (no shutdown stalls)")
    show("report --all --jobs 2", "all2", "floor5", "1.5x")
    print(f"    {phases(outs['all2'])}")
    show("report --all, notebooks cut", "cut", "floor5", "1.0x")
    show("archive, 12 weekly, --jobs 2", "archive", "floor12", "2.0x")
    print(f"    {phases(outs['archive'])}")
    shutil.rmtree(SCRATCH, ignore_errors=True)


if __name__ == "__main__":
    main()
