"""Benchmark: ``python -m analysis report --all`` against its floor, measured in the same run.

The floor is what running the reports cannot beat with papermill the usual way: papermill
executing an empty notebook once per report, one after another (a kernel start, a cell, a
shutdown each; papermill already imported). The report runs are the real command line
(a fresh process, its imports included) with ``--jobs 1`` and ``--jobs 2``, each into a new
output folder. Printed: both times, the ratios, and where the time went, from each run's
``manifest.json`` (per report: waiting for the zygote's imports, kernel start, the silent
prelude, execution, HTML export; and the command's own start-up and publishing).

Targets on a 2-core machine: ``--jobs 1`` within 1.5x of the floor; ``--jobs 2`` below it.
Not a test: nothing here fails on a number.

    .venv/bin/python benchmarks/bench_reports.py                 # the project's reports
    .venv/bin/python benchmarks/bench_reports.py --repeat 3      # best of 3
    .venv/bin/python benchmarks/bench_reports.py --registry tests/fixtures/notebooks/reports.yaml \\
        --data /tmp/fixture-data --reports ok hostile           # any registry, data, reports
    .venv/bin/python benchmarks/bench_reports.py --no-fork       # also without the kernel zygote

``--empty`` (on by default) also runs the same reports with notebooks cut down to their
parameters cell: that isolates what the runner itself costs (kernels, papermill, HTML,
index, publishing) from what the notebooks compute.

When ``data/clean`` is not built, the benchmark builds a copy of ``data/`` in a temporary
folder first (``python -m analysis build``) and uses that.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import paths  # noqa: E402
from analysis.reports.registry import load_registry  # noqa: E402


def measure_floor(count: int, kernel: str, workdir: Path) -> float:
    """Seconds for papermill to execute an empty notebook ``count`` times, sequentially."""
    from analysis.reports.runner import fast_nbformat_import

    fast_nbformat_import()
    import nbformat
    import papermill as pm

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("")]
    nb.metadata["kernelspec"] = {"name": kernel, "display_name": kernel, "language": "python"}
    empty = workdir / "empty.ipynb"
    nbformat.write(nb, empty)
    start = time.perf_counter()
    for i in range(count):
        pm.execute_notebook(str(empty), str(workdir / f"empty-{i}.ipynb"), progress_bar=False, log_output=False)
    return time.perf_counter() - start


def run_reports(args: list[str], env: dict[str, str], out: Path) -> tuple[float, dict[str, Any]]:
    """Wall seconds of one ``python -m analysis report ...`` and its manifest."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "report", *args, "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"report run failed ({done.returncode}):\n{done.stderr}")
    manifest = json.loads((out / "latest" / "manifest.json").read_text())
    return wall, manifest


def breakdown(wall: float, manifest: dict[str, Any]) -> list[str]:
    """Where the time of one run went."""
    reports = manifest["reports"].values()
    total = {
        k: sum(r["timings_s"].get(k, 0.0) for r in reports)
        for k in ("zygote_wait_s", "kernel_start_s", "preload_s", "wait_s", "execute_s", "html_s")
    }
    run = manifest["duration_s"]
    zygote = max(r["timings_s"].get("zygote_wait_s", 0) for r in reports)
    lines = [
        f"    command start-up, checks, publishing: {wall - run:5.2f} s (python, imports, validation, index)",
        f"    run (kernels to manifest):            {run:5.2f} s wall, of which summed over reports:",
        f"      zygote imports (waited, once)       {zygote:5.2f} s",
        f"      kernel start                        {total['kernel_start_s']:5.2f} s",
        f"      prelude (pyplot, determinism)       {total['preload_s']:5.2f} s",
        f"      notebook execution                  {total['execute_s']:5.2f} s",
        f"      HTML export                         {total['html_s']:5.2f} s",
        f"      ready kernels waiting for a slot    {total['wait_s']:5.2f} s",
    ]
    slowest = max(manifest["reports"].items(), key=lambda kv: kv[1]["timings_s"].get("execute_s", 0))
    lines.append(f"      slowest notebook: {slowest[0]} ({slowest[1]['timings_s'].get('execute_s', 0):.2f} s)")
    return lines


def empty_registry(registry_path: Path | None, names: list[str], workdir: Path) -> Path:
    """A registry of the same reports whose notebooks keep only their parameters cell."""
    import yaml

    source = registry_path or paths.NOTEBOOKS_DIR / "reports.yaml"
    doc = yaml.safe_load(source.read_text(encoding="utf-8"))
    registry = load_registry(source)
    folder = workdir / "empty-notebooks"
    folder.mkdir()
    for name in names:
        nb = json.loads(registry.reports[name].notebook.read_text(encoding="utf-8"))
        nb["cells"] = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
        (folder / f"{name}.ipynb").write_text(json.dumps(nb), encoding="utf-8")
        doc["reports"][name]["notebook"] = f"{name}.ipynb"
    doc["reports"] = {n: doc["reports"][n] for n in names}
    target = folder / "reports.yaml"
    target.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return target


def dataset(data: Path | None, workdir: Path) -> Path:
    """A built dataset folder: ``data`` or data/, else a built copy of data/."""
    source = (data or paths.DATA_DIR).resolve()
    if (paths.clean_dir(source) / "claims.csv").exists():
        return source
    target = workdir / "data"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("clean"))
    print(f"({paths.clean_dir(source)} is not built: building a copy in {target})")
    env = {**os.environ, "NKR_DATA_DIR": str(target)}
    subprocess.run([sys.executable, "-m", "analysis", "build"], cwd=ROOT, env=env, check=True, capture_output=True)
    return target


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registry", type=Path, help="report registry (default: notebooks/reports.yaml)")
    parser.add_argument("--data", type=Path, help="dataset folder (default: data/, built if needed)")
    parser.add_argument("--reports", nargs="*", help="reports to run (default: --all)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N (default 1)")
    parser.add_argument("--no-fork", action="store_true", help="also measure without the kernel zygote")
    parser.add_argument(
        "--no-empty", action="store_true", help="skip the run with notebooks cut down to their parameters cell"
    )
    args = parser.parse_args()

    registry = load_registry(args.registry.resolve() if args.registry else None)
    names = args.reports or list(registry.reports)
    select = names if args.reports else ["--all"]
    with tempfile.TemporaryDirectory(prefix="nkr-bench-") as tmp:
        work = Path(tmp)
        data = dataset(args.data, work)
        env = {**os.environ, "NKR_DATA_DIR": str(data)}
        env.pop("NKR_REPORT_FORK", None)
        if args.registry:
            env["NKR_REPORT_REGISTRY"] = str(args.registry.resolve())
        os.environ["NKR_DATA_DIR"] = str(data)
        print(f"{len(names)} report(s): {', '.join(names)}; data {data}; {os.cpu_count()} CPUs")

        variants: list[tuple[str, list[str], dict[str, str]]] = [
            ("--jobs 1", ["--jobs", "1"], env),
            ("--jobs 2", ["--jobs", "2"], env),
        ]
        if args.no_fork:
            no_fork = {**env, "NKR_REPORT_FORK": "0"}
            variants += [
                ("--jobs 1, no zygote", ["--jobs", "1"], no_fork),
                ("--jobs 2, no zygote", ["--jobs", "2"], no_fork),
            ]
        if not args.no_empty:
            empty = {**env, "NKR_REPORT_REGISTRY": str(empty_registry(args.registry, names, work))}
            variants += [
                ("--jobs 1, empty notebooks", ["--jobs", "1"], empty),
                ("--jobs 2, empty notebooks", ["--jobs", "2"], empty),
            ]
        floor = min(measure_floor(len(names), "python3", work) for _ in range(args.repeat))
        results = []
        for label, extra, run_env in variants:
            best: tuple[float, dict[str, Any]] | None = None
            for i in range(args.repeat):
                out = work / f"out-{label.replace(' ', '').replace(',', '')}-{i}"
                wall, manifest = run_reports([*select, *extra], run_env, out)
                if best is None or wall < best[0]:
                    best = (wall, manifest)
            assert best is not None
            results.append((label, *best))

        print(f"\nfloor: papermill, empty notebook x {len(names)}, sequential: {floor:6.2f} s")
        for label, wall, _ in results:
            print(f"report {' '.join(select)} {label:<27} {wall:6.2f} s   {wall / floor:5.2f}x the floor")
        for label, wall, manifest in results:
            print(f"\nwhere the time goes, {label} ({wall:.2f} s):")
            print("\n".join(breakdown(wall, manifest)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
