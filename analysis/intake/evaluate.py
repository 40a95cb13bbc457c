"""``python -m analysis evaluate``: score extraction against hand-labelled articles.

Two kinds of labelled article:
- test articles: ``<name>.md`` (YAML front matter with ``published``) next to
  ``<name>.labels.csv`` (columns metric, value_low, value_best, value_high, claimant), by
  default in ``tests/articles/``;
- every shipped source of the dataset (a ``sources.csv`` row with a ``raw_file``) that has
  curated claims: its labels are its rows in ``data/curated/claims.csv``. The seed
  article is one.

A predicted figure matches a label with the same (metric, value_low, value_best,
value_high); each label is matched at most once. Precision = matched / predicted,
recall = matched / labelled, F1 their harmonic mean; claimant accuracy is the share of
matched figures whose claimant equals the label's.

Data quirks:
- Curated claims of a shipped source are the labels only where they carry a
  ``sentence_no`` (claims without one were taken from another page, not from the text).
- Ingested claims (``data/review/``) are never labels: they are the extractor's own output.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.errors import DataError
from analysis.files import display_path
from analysis.intake.extract import ArticleError, claims_from_text, read_article

ARTICLES_DIR = paths.PROJECT_ROOT / "tests" / "articles"
LABEL_COLUMNS = ["metric", "value_low", "value_best", "value_high", "claimant"]

Key = tuple[str, int | None, int | None, int | None]


@dataclass(frozen=True)
class Labelled:
    """An article text with its publication date and its labelled (figure, claimant) pairs."""

    name: str
    text: str
    published: date
    labels: list[tuple[Key, str]]


@dataclass(frozen=True)
class Score:
    """Extraction scores of one article (or of all of them)."""

    name: str
    predicted: int
    labelled: int
    matched: int
    claimant_right: int
    missed: list[Key] = field(default_factory=list)
    spurious: list[Key] = field(default_factory=list)
    wrong_claimant: list[tuple[Key, str, str]] = field(default_factory=list)  # (figure, got, want)

    @property
    def precision(self) -> float:
        """Share of predicted figures that are labelled (1.0 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled figures that were predicted (1.0 when nothing is labelled)."""
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def claimant_accuracy(self) -> float:
        """Share of matched figures with the labelled claimant (1.0 when none matched)."""
        return self.claimant_right / self.matched if self.matched else 1.0


def _int(value: object) -> int | None:
    if value is None or (isinstance(value, float) and value != value) or str(value).strip() == "":
        return None
    return int(float(str(value)))


def _key(row: Mapping[Hashable, object]) -> Key:
    return (
        str(row["metric"]),
        _int(row["value_low"]),
        _int(row["value_best"]),
        _int(row["value_high"]),
    )


def score(name: str, predicted: list[tuple[Key, str]], labels: list[tuple[Key, str]]) -> Score:
    """Match predictions to labels on the figure key; a same-claimant label is used first."""
    open_labels = list(labels)
    matched, right = 0, 0
    spurious: list[Key] = []
    wrong: list[tuple[Key, str, str]] = []
    for key, claimant in predicted:
        same = [i for i, (k, c) in enumerate(open_labels) if k == key]
        if not same:
            spurious.append(key)
            continue
        exact = [i for i in same if open_labels[i][1] == claimant]
        i = exact[0] if exact else same[0]
        matched += 1
        if exact:
            right += 1
        else:
            wrong.append((key, claimant, open_labels[i][1]))
        open_labels.pop(i)
    return Score(
        name,
        len(predicted),
        len(labels),
        matched,
        right,
        [k for k, _ in open_labels],
        spurious,
        wrong,
    )


def overall(scores: list[Score], name: str = "overall") -> Score:
    """The scores of several articles pooled (micro-averaged)."""
    return Score(
        name,
        sum(s.predicted for s in scores),
        sum(s.labelled for s in scores),
        sum(s.matched for s in scores),
        sum(s.claimant_right for s in scores),
        [k for s in scores for k in s.missed],
        [k for s in scores for k in s.spurious],
        [w for s in scores for w in s.wrong_claimant],
    )


def labelled_articles(articles_dir: Path = ARTICLES_DIR) -> Iterator[Labelled]:
    """The labelled Markdown articles of a folder (``<name>.md`` + ``<name>.labels.csv``)."""
    for label_file in sorted(articles_dir.glob("*.labels.csv")):
        name = label_file.name.removesuffix(".labels.csv")
        article = read_article(articles_dir / f"{name}.md")
        if article.published is None:
            raise ArticleError(article.path, "no 'published:' date in the front matter")
        frame = pd.read_csv(label_file, dtype=str, keep_default_na=False)
        missing = [c for c in LABEL_COLUMNS if c not in frame.columns]
        if missing:
            raise ArticleError(label_file, f"lacks column(s) {', '.join(missing)}")
        labels = [(_key(r), str(r["claimant"])) for r in frame.to_dict(orient="records")]
        yield Labelled(name, article.text, article.published, labels)


def shipped_sources(data_dir: Path | None = None) -> Iterator[Labelled]:
    """Shipped source texts labelled by their curated claims (the seed among them)."""
    data_dir = data_dir or paths.DATA_DIR
    curated = paths.curated_dir(data_dir)
    sources = pd.read_csv(curated / "sources.csv", dtype=str, keep_default_na=False)
    claims = pd.read_csv(curated / "claims.csv", dtype=str, keep_default_na=False)
    for row in sources[sources["raw_file"] != ""].to_dict(orient="records"):
        rows = claims[(claims["source_id"] == row["source_id"]) & (claims["sentence_no"] != "")]
        if rows.empty:
            continue
        text = (paths.raw_dir(data_dir) / row["raw_file"]).read_text(encoding="utf-8")
        labels = [(_key(r), str(r["claimant"])) for r in rows.to_dict(orient="records")]
        yield Labelled(row["source_id"], text, date.fromisoformat(row["published"]), labels)


def evaluate_one(article: Labelled, data_dir: Path | None = None) -> Score:
    """Extract one labelled article and score it."""
    found = claims_from_text(article.text, article.published, source=article.name, data_dir=data_dir)
    predicted = [((c.metric, c.value_low, c.value_best, c.value_high), c.claimant or "") for c in found]
    return score(article.name, predicted, article.labels)


def evaluate(articles_dir: Path = ARTICLES_DIR, data_dir: Path | None = None) -> list[Score]:
    """Scores of every shipped source and every test article, then the pooled ``overall``."""
    articles = [*shipped_sources(data_dir), *labelled_articles(articles_dir)]
    scores = [evaluate_one(a, data_dir) for a in articles]
    return [*scores, overall(scores)]


def _line(s: Score) -> str:
    return (
        f"{s.name[:48]:<48} {s.labelled:>4} {s.predicted:>5} {s.matched:>5} "
        f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.claimant_accuracy:>8.3f}"
    )


def report(scores: list[Score], details: bool = False) -> str:
    """A table of the scores, one article per line, the pooled scores last."""
    head = f"{'article':<48} {'gold':>4} {'pred':>5} {'match':>5} {'prec':>6} {'recall':>6} {'F1':>6} {'claimant':>8}"
    lines = [head]
    for s in scores:
        if s is scores[-1]:
            lines.append("-" * len(head))
        lines.append(_line(s))
        if details and s is not scores[-1]:
            lines += [f"    missed   {k}" for k in s.missed]
            lines += [f"    spurious {k}" for k in s.spurious]
            lines += [f"    claimant {k}: got {got!r}, labelled {want!r}" for k, got, want in s.wrong_claimant]
    return "\n".join(lines)


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``evaluate``."""
    parser.add_argument(
        "--articles",
        type=Path,
        default=ARTICLES_DIR,
        metavar="DIR",
        help="folder of <name>.md + <name>.labels.csv (default: tests/articles)",
    )
    parser.add_argument("--details", action="store_true", help="list missed, spurious and misattributed figures")
    parser.add_argument("--data-dir", type=Path, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Print the score table; exit 2 if the articles cannot be read."""
    if not args.articles.is_dir():
        print(f"error: {display_path(args.articles)}: no such folder", file=sys.stderr)
        return 2
    try:
        scores = evaluate(args.articles, args.data_dir)
    except (ArticleError, DataError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report(scores, args.details))
    return 0
