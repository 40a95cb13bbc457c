"""Extraction speed per language, its memory, linearity in article length, and extract's start-up.

For each language (English, Korean, Ukrainian, Russian) a corpus is made on the fly from
that language's labelled dev articles (``benchmarks/articles/<lang>/dev``; English also
from ``benchmarks/articles/dev`` and the seed) and, with ``--pages FILE...``, from JSON
Lines exports of real pages (one article per line: ``text``, ``lang``, ...): each generated
article is a base article with its figures rescaled and its date shifted. Articles are made
one at a time and dropped after extraction, so memory must stay flat.

Prints, per language: articles per CPU second (the one-core rate even on a busy machine)
and per wall second, kilobytes per CPU second, and peak RSS at checkpoints; then one
article of 0.25, 0.5 and 1 MB on a single line per language (time must grow linearly);
then the whole-process time of ``python -m analysis extract --help`` and of one small
article (median of 7). Targets: >= 200 articles/s per core, a 1 MB line in seconds,
``extract`` under 0.4 s.

    python benchmarks/bench_extract.py [--articles 2000] [--pages export.jsonl ...] [--no-long-line]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import paths  # noqa: E402
from analysis.intake.extract.article import read_article  # noqa: E402
from analysis.intake.extract.candidates import article_claims  # noqa: E402

LANGS = ("en", "ko", "uk", "ru")
SEED = paths.raw_dir() / "euronews-2025-03-27-nk-3000-more-troops.txt"
ARTICLES = ROOT / "benchmarks" / "articles"
FIGURE = re.compile(r"(?<![\d,.])\d{3,6}(?![\d,.])")
SMALL = ARTICLES / "dev" / "2025-04-30-nis-4700-casualties.md"

Base = tuple[str, date, str]  # text, publication date, language


def dev_articles(lang: str) -> list[Base]:
    """A language's labelled dev articles (English: the fixtures, the real articles and the seed)."""
    folders = [ARTICLES / lang / "dev"] + ([ARTICLES / "dev"] if lang == "en" else [])
    out: list[Base] = [(SEED.read_text(encoding="utf-8"), date(2025, 3, 27), "en")] if lang == "en" else []
    for folder in folders:
        for path in sorted(folder.glob("*.md")):
            article = read_article(path)
            if article.published is not None:
                out.append((article.text, article.published, lang))
    return out


def page_articles(files: list[Path], lang: str) -> list[Base]:
    """The pages of JSON Lines exports in one language (undated pages get a date in 2025)."""
    out: list[Base] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                page = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(page, dict) and page.get("lang") == lang and isinstance(page.get("text"), str):
                try:
                    published = date.fromisoformat(page.get("published") or "2025-06-30")
                except ValueError:
                    published = date(2025, 6, 30)
                out.append((page["text"], published, lang))
    return out


def corpus(bases: list[Base], n: int, seed: int = 7) -> Iterator[Base]:
    """``n`` varied articles, generated lazily: figures rescaled, dates shifted."""
    rng = random.Random(seed)
    for i in range(n):
        text, published, lang = bases[i % len(bases)]
        varied = FIGURE.sub(lambda m: str(max(100, int(int(m.group(0)) * rng.uniform(0.5, 1.5)))), text)
        yield varied, published + timedelta(days=rng.randint(-120, 120)), lang


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(lang: str, bases: list[Base], n: int) -> None:
    """Stream ``n`` articles of one language through extraction, a line at each checkpoint."""
    checkpoints = sorted({c for c in (n // 4, n // 2, n) if c})
    size = sum(len(t.encode("utf-8")) for t, _, _ in bases) / len(bases) / 1024
    print(f"\n{lang}: {n} articles from {len(bases)} bases (mean {size:.1f} KB)")
    print(f"{'articles':>9} {'per CPU s':>10} {'per s':>8} {'KB/CPU s':>9} {'candidates':>11} {'peak RSS MB':>12}")
    start, cpu, found, done_kb = time.perf_counter(), time.process_time(), 0, 0.0
    for i, (text, published, code) in enumerate(corpus(bases, n), start=1):
        found += len(article_claims(text, published, lang=code).candidates)
        done_kb += len(text.encode("utf-8")) / 1024
        if i in checkpoints:
            used, wall = time.process_time() - cpu, time.perf_counter() - start
            print(
                f"{i:>9} {i / used:>10.1f} {i / wall:>8.1f} {done_kb / used:>9.0f} {found:>11} {peak_rss_mb():>12.1f}"
            )


def one_line(lang: str, bases: list[Base]) -> None:
    """One article of 0.25, 0.5 and 1 MB on a single line: the time must grow linearly."""
    line = " ".join(ln.strip() for text, _, _ in bases for ln in text.splitlines() if ln.strip())
    for size in (250_000, 500_000, 1_000_000):
        text = (line + " ") * (size // max(1, len(line.encode("utf-8"))) + 1)
        while len(text.encode("utf-8")) > size:
            text = text[: int(len(text) * size / len(text.encode("utf-8")))]
        start, cpu = time.perf_counter(), time.process_time()
        found = article_claims(text, date(2025, 3, 27), lang=lang).candidates
        wall, used = time.perf_counter() - start, time.process_time() - cpu
        print(f"  {lang} one line of {size / 1e6:.2f} MB: {used:5.2f} CPU s ({wall:.2f} s), {len(found)} candidates")


def startup(runs: int = 7) -> None:
    """Whole-process time of ``extract --help`` and of one small article (median of ``runs``)."""
    print(f"\nextract start-up, {runs} runs each (wall seconds: median [min-max])")
    for label, argv in {
        "python -m analysis extract --help": ["extract", "--help"],
        "python -m analysis extract <one small article>": ["extract", str(SMALL)],
    }.items():
        command = [sys.executable, "-m", "analysis", *argv]
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
            times.append(time.perf_counter() - t0)
        print(f"  {label:<48} {statistics.median(times):6.3f} [{min(times):.3f}-{max(times):.3f}]")


def main() -> None:
    """Parse arguments and run the passes."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles per language (default 2000)")
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="JSON Lines exports of real pages")
    parser.add_argument("--langs", nargs="*", default=list(LANGS), choices=LANGS, help="languages to measure")
    parser.add_argument("--no-long-line", action="store_true", help="skip the single-line articles")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up timings")
    args = parser.parse_args()
    article_claims("warm-up: 1,000 soldiers were sent, officials said.", date(2025, 1, 1))
    for lang in args.langs:
        bases = dev_articles(lang) + page_articles(args.pages, lang)
        throughput(lang, bases, args.articles)
        if not args.no_long_line:
            one_line(lang, bases)
    if not args.no_startup:
        startup()


if __name__ == "__main__":
    main()
