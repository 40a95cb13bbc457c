"""Benchmark: the site built cold, unchanged and after one new claim (``make bench``; prints numbers, asserts nothing).

Beside the archive's floor (papermill on an empty notebook, once per run and report; measured
on a sample and scaled, since the full floor would take as long as a cold build):

- a cold ``python -m analysis site`` of the whole weekly archive (or ``--from``), ``--jobs 2``;
- the same command again, nothing changed (goal: a few seconds, no kernel started);
- after one claim is added in the newest week (goal: only the runs whose selection it changes);

each with the reports run and reused, the files written and kept, and pages per second.
Everything happens on a copy of ``data/`` in a scratch folder (``--work`` keeps it), so the
project's own data and ``site/`` are never touched.

    .venv/bin/python benchmarks/bench_site.py [--from 2026-01-05] [--jobs 2] [--work DIR]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(
    r"site: (?P<runs>\d+) runs: (?P<run>\d+) reports run, (?P<reused>\d+) reused; (?P<pages>\d+) pages, "
    r"(?P<written>\d+) files written, (?P<kept>\d+) unchanged, (?P<removed>\d+) removed; (?P<mb>[\d.]+) MB; "
    r"(?P<total>[\d.]+) s \(runs (?P<runs_s>[\d.]+) s, pages (?P<pages_s>[\d.]+) s\)"
)


def floor_per_notebook(sample: int) -> float:
    """Seconds for papermill to run one empty notebook (kernel start and shutdown), the median of ``sample``."""
    code = f"""
import sys, time, tempfile, statistics, nbformat
sys.modules['rfc3987_syntax'] = None
import papermill as pm
nb = nbformat.v4.new_notebook()
nb.cells.append(nbformat.v4.new_code_cell('x = 1', metadata={{'tags': ['parameters']}}))
d = tempfile.mkdtemp(prefix='bench-floor-'); nbformat.write(nb, d + '/e.ipynb')
times = []
for i in range({sample}):
    t = time.monotonic()
    pm.execute_notebook(d + '/e.ipynb', d + f'/o{{i}}.ipynb', progress_bar=False, kernel_name='python3',
                        shutdown_kernel='immediate')
    times.append(time.monotonic() - t)
print(statistics.median(times))
import shutil; shutil.rmtree(d)
"""
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1])


def site(work: Path, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """One ``python -m analysis site`` into ``work``: its wall time and its summary line's numbers."""
    t = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "site", "--out", str(work / "site"), "--runs", str(work / "runs"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.monotonic() - t
    match = SUMMARY.search(done.stdout)
    if done.returncode != 0 or match is None:
        sys.exit(f"the site build failed (exit {done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return {"wall": wall, **{k: float(v) for k, v in match.groupdict().items()}}


def add_claim(data: Path, env: dict[str, str]) -> str:
    """One new claim reported in the archive's newest week (two days before its last day); rebuild data/clean."""
    claims = data / "curated" / "claims.csv"
    with claims.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    newest = max(rows, key=lambda r: r["reported_on"])
    events = data / "clean" / "events.csv"
    last = max(r["date"] for r in csv.DictReader(events.open(encoding="utf-8", newline="")))
    day = (max(date.fromisoformat(last), date.fromisoformat(newest["reported_on"])) - timedelta(days=2)).isoformat()
    number = max(int(r["claim_id"][1:]) for r in rows if r["claim_id"][1:].isdigit()) + 1
    row = {k: "" for k in rows[0]}
    row.update(
        claim_id=f"C{number:04d}",
        source_id=newest["source_id"],
        paraphrase="A benchmark claim: troops sent, added to see what a new claim costs.",
        reported_on=day,
        claimant=newest["claimant"],
        metric="troops_deployed",
        value_low="15000",
        unit="soldiers",
        period_end=day,
        date_precision="day",
        qualifier="estimated",
        basis="assessment",
        confidence="low",
    )
    with claims.open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n").writerow(row)
    subprocess.run([sys.executable, "-m", "analysis", "build"], cwd=ROOT, env=env, check=True, capture_output=True)
    return f"{row['claim_id']} reported {day}"


def line(label: str, r: dict[str, float]) -> str:
    per_s = r["pages"] / r["pages_s"] if r["pages_s"] else 0.0
    return (
        f"{label:30s}{r['wall']:8.1f} s wall  reports: {r['run']:.0f} run, {r['reused']:.0f} reused  "
        f"files: {r['written']:.0f} written, {r['kept']:.0f} kept, {r['removed']:.0f} removed  "
        f"pages: {r['pages']:.0f} in {r['pages_s']:.1f} s ({per_s:.0f}/s)  runs phase {r['runs_s']:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--from", dest="start", help="the archive's first week (default: the whole archive)")
    parser.add_argument("--every", default="week", choices=("week", "month"))
    parser.add_argument("--jobs", default="2")
    parser.add_argument("--sample", type=int, default=8, help="empty notebooks measured for the floor")
    parser.add_argument("--work", type=Path, help="keep everything in this folder (default: a scratch folder)")
    a = parser.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="bench-site-"))
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "data").exists():
        shutil.copytree(ROOT / "data", work / "data", ignore=shutil.ignore_patterns(".clean-*", ".build.lock"))
    env = {**os.environ, "NKR_DATA_DIR": str(work / "data"), "PYTHONPATH": str(ROOT)}
    env.pop("NKR_REPORT_REGISTRY", None)
    args = ["--every", a.every, "--jobs", a.jobs, *(["--from", a.start] if a.start else [])]
    per = floor_per_notebook(a.sample)
    cold = site(work, args, env)
    reports = cold["run"] + cold["reused"]
    jobs = int(a.jobs)
    print(f"archive: {cold['runs']:.0f} runs x 5 reports = {reports:.0f} reports, every {a.every}"
          f"{' from ' + a.start if a.start else ' from the first date'}; --jobs {jobs}")  # fmt: skip
    print(f"floor: papermill on an empty notebook {per:.2f} s each (median of {a.sample}); x {reports:.0f} = "
          f"{per * reports:.0f} s in one process, {per * reports / jobs:.0f} s on {jobs} workers")  # fmt: skip
    print(line("cold build", cold) + f"  site {cold['mb']:.0f} MB")
    print(f"{'':30s}{cold['runs_s'] / (per * reports / jobs):.2f}x the floor on {jobs} workers")
    print(line("second build, nothing changed", site(work, args, env)))
    added = add_claim(work / "data", env)
    print(line(f"one claim added ({added})", site(work, args, env)))
    print(line("and once more, unchanged", site(work, args, env)))
    if a.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
