"""Start-up cost of the package: `import analysis` and `python -m analysis --help`.

Both should stay well under half a second: the top-level package resolves its public names
lazily, so neither imports pandas or matplotlib. Prints the median of N runs of each, and of
`import pandas` alone for scale. Run: `python benchmarks/bench_cli.py [N]`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMMANDS = {
    "python -c 'import analysis'": [sys.executable, "-c", "import analysis"],
    "python -m analysis --help": [sys.executable, "-m", "analysis", "--help"],
    "python -c 'import pandas' (for scale)": [sys.executable, "-c", "import pandas"],
}


def median_seconds(argv: list[str], runs: int) -> tuple[float, float, float]:
    """Median, min and max wall time of ``runs`` runs after one warm-up."""
    subprocess.run(argv, cwd=ROOT, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    print(f"start-up, {runs} runs each (wall seconds: median [min-max])")
    for label, argv in COMMANDS.items():
        med, lo, hi = median_seconds(argv, runs)
        print(f"  {label:<40} {med:6.3f} [{lo:.3f}-{hi:.3f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
