"""Extraction throughput: stream a generated corpus through ``claims_from_text``.

The corpus is made on the fly from the labelled dev articles (benchmarks/articles/dev) and the
seed: each generated article permutes a base article's lines, rescales its figures and
shifts its publication date. Articles are generated one at a time and dropped after
extraction, so memory must stay flat however many are processed.

Prints articles per second (wall clock, and per CPU second: the one-core rate even on a
busy machine) and peak memory at each checkpoint: first a timed pass (peak RSS from
``resource``), then a pass under ``tracemalloc`` (slower; Python heap peak since the
previous checkpoint); then one article of 0.25, 0.5 and 1 MB on a single line (time must
grow linearly). Target: >= 200 articles/s on one core, a 1 MB line in a few seconds.

    python benchmarks/bench_extract.py [--articles 5000] [--no-tracemalloc]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import paths  # noqa: E402
from analysis.intake.extract.article import read_article  # noqa: E402
from analysis.intake.extract.candidates import claims_from_text  # noqa: E402

SEED = paths.raw_dir() / "euronews-2025-03-27-nk-3000-more-troops.txt"
FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")


def base_articles() -> list[tuple[str, date]]:
    """The test articles and the seed, as (text, publication date)."""
    out = [(SEED.read_text(encoding="utf-8"), date(2025, 3, 27))]
    for path in sorted((ROOT / "benchmarks" / "articles" / "dev").glob("*.md")):
        article = read_article(path)
        if article.published is not None:
            out.append((article.text, article.published))
    return out


def _rescale(match: re.Match[str], rng: random.Random) -> str:
    value = int(match.group(0).replace(",", ""))
    return f"{max(1000, int(round(value * rng.uniform(0.5, 1.5), -2))):,}"


def corpus(n: int, seed: int = 7) -> Iterator[tuple[str, date]]:
    """``n`` varied articles, generated lazily: lines permuted, figures and dates changed."""
    bases = base_articles()
    rng = random.Random(seed)
    for i in range(n):
        text, published = bases[i % len(bases)]
        lines = [ln for ln in text.splitlines() if ln.strip()]
        rng.shuffle(lines)
        varied = FIGURE.sub(lambda m: _rescale(m, rng), "\n".join(lines))
        yield varied, published + timedelta(days=rng.randint(-120, 120))


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, checkpoints: list[int], traced: bool) -> None:
    """Stream ``n`` articles through extraction, printing a line at each checkpoint."""
    label = "tracemalloc pass" if traced else "timed pass"
    print(f"\n{label}: {n} articles")
    print(
        f"{'articles':>9} {'seconds':>8} {'articles/s':>11} {'per CPU s':>10} {'candidates':>11} "
        f"{'peak RSS MB' if not traced else 'heap peak MB':>12}"
    )
    if traced:
        tracemalloc.start()
    start, cpu, found = time.perf_counter(), time.process_time(), 0
    for i, (text, published) in enumerate(corpus(n), start=1):
        found += len(claims_from_text(text, published))
        if i in checkpoints:
            elapsed, used = time.perf_counter() - start, time.process_time() - cpu
            memory = tracemalloc.get_traced_memory()[1] / 2**20 if traced else peak_rss_mb()
            print(f"{i:>9} {elapsed:>8.2f} {i / elapsed:>11.1f} {i / used:>10.1f} {found:>11} {memory:>12.1f}")
            if traced:
                tracemalloc.reset_peak()
    if traced:
        tracemalloc.stop()


def one_line_megabyte() -> None:
    """Time one 1 MB article on a single line (scraped pages come like this): linear work."""
    bases = base_articles()
    line = " ".join(ln.strip() for text, _ in bases for ln in text.splitlines() if ln.strip())
    for size in (250_000, 500_000, 1_000_000):
        text = (line + " ") * (size // (len(line) + 1) + 1)
        text = text[:size]
        start = time.perf_counter()
        found = claims_from_text(text, date(2025, 3, 27))
        print(f"one line of {size / 1e6:.2f} MB: {time.perf_counter() - start:6.2f} s, {len(found)} candidates")


def main() -> None:
    """Parse arguments and run the passes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="corpus size (default 5000)")
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the tracemalloc pass")
    parser.add_argument("--no-long-line", action="store_true", help="skip the 1 MB one-line article")
    args = parser.parse_args()
    checkpoints = sorted({c for c in (1000, 2500, 5000, args.articles) if c <= args.articles})
    claims_from_text("warm-up: 1,000 soldiers were sent, officials said.", date(2025, 1, 1))
    run(args.articles, checkpoints, traced=False)
    if not args.no_long_line:
        print()
        one_line_megabyte()
    if not args.no_tracemalloc:
        run(args.articles, checkpoints, traced=True)


if __name__ == "__main__":
    main()
