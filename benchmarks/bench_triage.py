"""Triage of a large mixed-language corpus: whole-run time with ``--jobs``, and peak memory as it grows.

The corpus is generated at benchmark time, in a temporary folder outside the repository,
from the labelled dev articles of every language (``benchmarks/articles/<lang>/dev`` and
``benchmarks/articles/dev``) and, with ``--pages FILE...``, from JSON Lines exports of real
pages: each generated article is a base with its figures rescaled, its date shifted and its
outlet picked from the bases' outlets, written as one JSON Lines file per corpus size.

For each size, ``python -m analysis triage corpus.jsonl --jobs N --out queue.csv`` runs as a
child process; printed: wall seconds, articles per second, CPU seconds of the run and its
workers, peak RSS (largest process of the run), and the summary line. Target: 10,000
articles in about a minute with ``--jobs 2`` on 2 cores, memory flat as the corpus grows.

    python benchmarks/bench_triage.py [--sizes 1000 2500 5000 10000] [--jobs 2] [--pages export.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.intake.extract.article import read_article  # noqa: E402

ARTICLES = ROOT / "benchmarks" / "articles"
FIGURE = re.compile(r"(?<![\d,.])\d{3,6}(?![\d,.])")
# the child: run triage, then report its peak memory and CPU time (its own and its workers')
CHILD = """
import resource, sys
from analysis.__main__ import main
status = main(sys.argv[1:])
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
print(f"peak {max(me.ru_maxrss, kids.ru_maxrss) / 1024:.1f} MB, cpu {cpu:.1f} s", file=sys.stderr)
sys.exit(status)
"""


def bases(pages: list[Path]) -> list[dict[str, str]]:
    """The base articles: every labelled dev article and every page of the exports."""
    out = []
    for folder in [ARTICLES / "dev", *sorted(ARTICLES.glob("*/dev"))]:
        for path in sorted(folder.glob("*.md")):
            a = read_article(path)
            out.append(
                {
                    "text": a.text,
                    "published": a.meta.get("published", ""),
                    "outlet": a.meta.get("publisher", ""),
                    "lang": a.meta.get("lang", ""),
                }
            )
    for path in pages:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                page = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(page, dict) and isinstance(page.get("text"), str):
                out.append({k: str(page.get(k) or "") for k in ("text", "published", "outlet", "lang")})
    return out


def write_corpus(path: Path, found: list[dict[str, str]], n: int, seed: int = 11) -> float:
    """``n`` varied articles as JSON Lines; returns the file's size in MB."""
    rng = random.Random(seed)
    outlets = sorted({b["outlet"] for b in found if b["outlet"]}) or ["Fixture Desk"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            base = found[i % len(found)]
            text = FIGURE.sub(lambda m: str(max(100, int(int(m.group(0)) * rng.uniform(0.5, 1.5)))), base["text"])
            try:
                day = date.fromisoformat(base["published"]) + timedelta(days=rng.randint(-90, 90))
                published = day.isoformat()
            except ValueError:
                published = ""
            record = {"text": text, "published": published, "outlet": rng.choice(outlets), "lang": base["lang"]}
            record["url"] = f"https://corpus.example/{i}"
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size / 2**20


def main() -> None:
    """Parse arguments, generate each corpus and time triage over it."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 2500, 5000, 10000], help="corpus sizes")
    parser.add_argument("--jobs", type=int, default=2, help="triage --jobs (default 2)")
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="JSON Lines exports of real pages")
    args = parser.parse_args()
    found = bases(args.pages)
    print(f"{len(found)} base articles; triage --jobs {args.jobs}")
    print(f"{'articles':>9} {'MB':>6} {'seconds':>8} {'articles/s':>11}  run")
    with tempfile.TemporaryDirectory(prefix="triage-bench-") as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            size = write_corpus(corpus, found, n)
            argv = ["triage", str(corpus), "--jobs", str(args.jobs), "--out", str(Path(tmp) / "queue.csv")]
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", CHILD, *argv], cwd=ROOT, capture_output=True, text=True)
            seconds = time.perf_counter() - start
            lines = done.stderr.strip().splitlines()
            summary = next((ln for ln in lines if ln.startswith("triage:")), "?")
            print(f"{n:>9} {size:>6.1f} {seconds:>8.1f} {n / seconds:>11.1f}  {lines[-1] if lines else '?'}; {summary}")


if __name__ == "__main__":
    main()
