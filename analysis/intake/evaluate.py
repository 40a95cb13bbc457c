"""``python -m analysis evaluate``: score extraction against hand-labelled articles.

Two kinds of labelled article:
- labelled articles: ``<name>.md`` (YAML front matter with ``published``, and ``lang`` for
  an article not in English) next to ``<name>.labels.csv`` (columns metric, value_low,
  value_best, value_high, claimant; further columns such as ``claim_id`` and ``note`` are
  kept for people and ignored here) in the folders given on the command line, by default
  the dev splits: ``benchmarks/articles/dev/`` (English) and ``benchmarks/articles/<lang>/dev/``
  for each other language (``python -m analysis evaluate benchmarks/articles/heldout``
  scores another split);
- every shipped source of the dataset (a ``sources.csv`` row with a ``raw_file``) that has
  curated claims: its labels are its rows in ``data/curated/claims.csv``. The seed
  article is one.

Silver labels (``--silver PAGES.jsonl FIGURES.csv``): pages exported as JSON Lines (one
article per line, as ``triage`` reads them: ``text``, ``published``, ``url``, ``lang``) and a
record of every figure read on them (a CSV with ``url``, ``metric``, ``value_low``,
``value_best``, ``value_high``, ``claimant``, one row per figure and page), such as a search
sweep keeps. They are labels nobody checked twice, so they score the rules on many more
pages than the labelled articles, with some noise; the pages are scored alone (the shipped
sources are not added).

A predicted figure matches a label with the same (metric, value_low, value_best,
value_high); each label is matched at most once. Precision = matched / predicted,
recall = matched / labelled, F1 their harmonic mean; claimant accuracy is the share of
matched figures whose claimant equals the label's. Scores are pooled per language (the
front matter's ``lang``, else the language found in the text) and over everything.

Data quirks:
- Curated claims of a shipped source are the labels only where they carry a
  ``sentence_no`` (claims without one were taken from another page, not from the text).
- Ingested claims (``data/review/``) are never labels: they are the extractor's own output.
- A silver claimant is read through the actors' names: an actor id or alias stands for its
  actor, and so does a name holding one actor's alias besides a country's; a note after it
  in brackets ("Kyiv Post (not in actors)") is dropped, and "unattributed" or a note alone
  ("(media reports)") is no claimant. A page without a date takes the date its figures were
  recorded with; a figure whose page is not in the export is left out.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from analysis import paths
from analysis.errors import DataError, UsageError
from analysis.files import display_path, read_csv_rows, read_text
from analysis.intake import pipes
from analysis.intake.extract.article import ArticleError, article_problem, parse_day, read_article
from analysis.intake.extract.candidates import article_claims
from analysis.intake.extract.claimants import ActorIndex, actor_index
from analysis.intake.triage.inputs import Unreadable, jsonl_items

BENCHMARKS = paths.PROJECT_ROOT / "benchmarks" / "articles"
ARTICLES_DIR = BENCHMARKS / "dev"
LABEL_COLUMNS = ["metric", "value_low", "value_best", "value_high", "claimant"]
SILVER_COLUMNS = ["url", *LABEL_COLUMNS]
_UNDATED = date(2000, 1, 1)  # extraction needs a day; periods are not scored

Key = tuple[str, int | None, int | None, int | None]


@dataclass(frozen=True)
class Labelled:
    """An article text with its publication date and its labelled (figure, claimant) pairs."""

    name: str
    text: str
    published: date
    labels: list[tuple[Key, str]]
    lang: str = ""  # the front matter's; empty: found in the text
    outlet: str = ""  # the publisher (front matter ``publisher``, a page's ``outlet``)


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
    lang: str = ""  # the language the article was read in

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


def _int(value: object, where: str, column: str) -> int | None:
    text = "" if value is None else str(value).strip()
    if text == "":
        return None
    try:
        return int(text.replace(",", ""))
    except ValueError:
        raise ArticleError(where, f"{column} {text[:40]!r} is not allowed: expected a whole number or empty") from None


def _key(row: Mapping[str, str], where: str = "labels") -> Key:
    return (
        str(row["metric"]),
        _int(row["value_low"], where, "value_low"),
        _int(row["value_best"], where, "value_best"),
        _int(row["value_high"], where, "value_high"),
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


def _header(label_file: Path, shown: str) -> list[str]:
    """The column names of a labels file (empty for an empty file)."""
    first = read_text(label_file, shown).lstrip("\ufeff").splitlines()[:1]
    return [c.strip() for c in next(csv.reader(first), [])]


def labelled_articles(articles_dir: Path = ARTICLES_DIR) -> Iterator[Labelled]:
    """The labelled Markdown articles of a folder (``<name>.md`` + ``<name>.labels.csv``)."""
    for label_file in sorted(articles_dir.glob("*.labels.csv")):
        name = label_file.name.removesuffix(".labels.csv")
        md = articles_dir / f"{name}.md"
        if not md.exists():
            raise ArticleError(display_path(label_file), f"has no article {md.name} next to it")
        article = read_article(md)
        if article.published is None:
            raise ArticleError(display_path(md), "no 'published:' date in the front matter: expected YYYY-MM-DD")
        shown = display_path(label_file)
        rows = read_csv_rows(label_file, shown)
        header = _header(label_file, shown)
        if not header:
            raise ArticleError(shown, f"is empty: expected a header {', '.join(LABEL_COLUMNS)}, then a row a figure")
        missing = [c for c in LABEL_COLUMNS if c not in header]
        if missing:
            raise ArticleError(shown, f"lacks column(s) {', '.join(missing)}: expected {', '.join(LABEL_COLUMNS)}")
        # a header and no rows: an article whose figures are none of them claims (precision only)
        labels = [(_key(r, f"{shown}:{no}"), r["claimant"]) for no, r in enumerate(rows, start=2)]
        meta = article.meta
        yield Labelled(
            name, article.text, article.published, labels, meta.get("lang", "").strip(), meta.get("publisher", "")
        )


def shipped_sources(data_dir: Path | None = None) -> Iterator[Labelled]:
    """Shipped source texts labelled by their curated claims (the seed among them)."""
    data_dir = data_dir or paths.DATA_DIR
    curated = paths.curated_dir(data_dir)
    claims = read_csv_rows(curated / "claims.csv")
    for row in read_csv_rows(curated / "sources.csv"):
        if not row.get("raw_file"):
            continue
        rows = [r for r in claims if r.get("source_id") == row.get("source_id") and r.get("sentence_no")]
        if not rows:
            continue
        raw = paths.raw_dir(data_dir) / row["raw_file"]
        published = parse_day(row.get("published", ""))
        if published is None:
            raise ArticleError(
                display_path(curated / "sources.csv"), f"source {row['source_id']!r} has no published date"
            )
        labels = [(_key(r, display_path(curated / "claims.csv")), r.get("claimant", "")) for r in rows]
        yield Labelled(
            row["source_id"],
            read_text(raw),
            published,
            labels,
            row.get("language", "").strip(),
            row.get("publisher", ""),
        )


def silver_claimant(name: str, index: ActorIndex) -> str:
    """A silver label's claimant as an actor id where the actors' names know it (module notes)."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name.strip()).strip()
    if not name or name.lower().startswith("unattributed"):
        return ""
    if name in index.actors:
        return name
    actors = index.names.get(name.lower(), [])
    if len(actors) == 1:
        return actors[0].actor_id
    # "Russia Kursk region government": the one actor other than a country the name holds
    named = {m.actor.actor_id for m in index.mentions(name) if m.actor.kind != "country"}
    return named.pop() if len(named) == 1 else name


def silver_articles(pages: Path, figures: Path, data_dir: Path | None = None) -> Iterator[Labelled]:
    """The pages of a JSON Lines export, each labelled by its rows of a figures CSV (module notes)."""
    shown = display_path(figures)
    rows = read_csv_rows(figures, shown)
    missing = [c for c in SILVER_COLUMNS if rows and c not in rows[0]]
    if missing or not rows:
        raise ArticleError(
            shown, f"lacks column(s) {', '.join(missing or SILVER_COLUMNS)}: expected {', '.join(SILVER_COLUMNS)}"
        )
    index = actor_index(data_dir)
    by_url: dict[str, list[tuple[Key, str]]] = {}
    dates: dict[str, date] = {}
    for no, r in enumerate(rows, start=2):
        url = r["url"].strip()
        by_url.setdefault(url, []).append((_key(r, f"{shown}:{no}"), silver_claimant(r["claimant"], index)))
        day = parse_day(r.get("published") or "")
        if day is not None:
            dates.setdefault(url, day)
    for item in jsonl_items(pages):
        if isinstance(item, Unreadable):
            raise ArticleError(item.message.split(": ", 1)[0], item.message.split(": ", 1)[-1])
        url = item.url or item.source
        published = item.published or dates.get(url) or _UNDATED
        yield Labelled(url, item.text, published, by_url.get(url, []), item.lang, item.outlet)


def evaluate_silver(pages: Path, figures: Path, data_dir: Path | None = None) -> list[Score]:
    """Scores of every page of ``pages`` against its silver labels, pooled per language and over all."""
    scores = [evaluate_one(a, data_dir) for a in silver_articles(pages, figures, data_dir)]
    return _pooled(scores)


def evaluate_one(article: Labelled, data_dir: Path | None = None) -> Score:
    """Extract one labelled article (in its own language) and score it."""
    found = article_claims(article.text, article.published, article.name, data_dir, article.lang, article.outlet)
    predicted = [((c.metric, c.value_low, c.value_best, c.value_high), c.claimant or "") for c, _ in found.candidates]
    return dataclasses.replace(score(article.name, predicted, article.labels), lang=found.lang)


def dev_splits() -> list[Path]:
    """The dev splits: English's ``benchmarks/articles/dev`` and each language's ``<lang>/dev``."""
    return [ARTICLES_DIR, *sorted(p for p in BENCHMARKS.glob("*/dev") if p.is_dir() and p != ARTICLES_DIR)]


def evaluate(articles_dir: Path | Sequence[Path] = ARTICLES_DIR, data_dir: Path | None = None) -> list[Score]:
    """Scores of every shipped source and every labelled article of the folders, then the
    pooled scores of each language (``overall <lang>``, when there are several) and ``overall``."""
    folders = [articles_dir] if isinstance(articles_dir, Path) else list(articles_dir)
    articles = [*shipped_sources(data_dir), *(a for folder in folders for a in labelled_articles(folder))]
    return _pooled([evaluate_one(a, data_dir) for a in articles])


def _pooled(scores: list[Score]) -> list[Score]:
    langs = sorted({s.lang for s in scores}, key=lambda lang: (lang != "en", lang))
    per_lang = [overall([s for s in scores if s.lang == lang], f"overall {lang}") for lang in langs]
    return [*scores, *(per_lang if len(langs) > 1 else []), overall(scores)]


def _line(s: Score) -> str:
    return (
        f"{s.name[:48]:<48} {s.labelled:>4} {s.predicted:>5} {s.matched:>5} "
        f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.claimant_accuracy:>8.3f}"
    )


def report(scores: list[Score], details: bool = False, pooled_only: bool = False) -> str:
    """A table of the scores, one article per line (``pooled_only``: only those with
    ``details``), the pooled scores (per language, then over all) last."""
    head = f"{'article':<48} {'gold':>4} {'pred':>5} {'match':>5} {'prec':>6} {'recall':>6} {'F1':>6} {'claimant':>8}"
    lines = [head]
    pooled = [s for s in scores if s.name.startswith("overall")]
    for s in scores:
        if s is pooled[0]:
            lines.append("-" * len(head))
        if s not in pooled and pooled_only and not (details and (s.missed or s.spurious or s.wrong_claimant)):
            continue
        if details and s not in pooled and len(s.name) > 48:
            lines.append(s.name)  # a page's whole address
        lines.append(_line(s))
        if details and s not in pooled:
            lines += [f"    missed   {k}" for k in s.missed]
            lines += [f"    spurious {k}" for k in s.spurious]
            lines += [f"    claimant {k}: got {got!r}, labelled {want!r}" for k, got, want in s.wrong_claimant]
    return "\n".join(lines)


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``evaluate``."""
    parser.add_argument(
        "articles",
        nargs="*",
        type=Path,
        metavar="DIR",
        help="folders of <name>.md + <name>.labels.csv (default: the dev splits, benchmarks/articles/dev "
        "and benchmarks/articles/<lang>/dev)",
    )
    parser.add_argument("--articles", dest="articles_option", type=Path, metavar="DIR", help="the same as DIR")
    parser.add_argument(
        "--silver",
        nargs=2,
        type=Path,
        metavar=("PAGES.jsonl", "FIGURES.csv"),
        help="score the pages of a JSON Lines export against a record of the figures read on them "
        "(url, metric, value_low, value_best, value_high, claimant): pooled scores only, per page with --details",
    )
    parser.add_argument("--details", action="store_true", help="list missed, spurious and misattributed figures")
    parser.add_argument("--debug", action="store_true", help="show a traceback when something fails")
    parser.add_argument("--data-dir", type=Path, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Print the score table; a folder that does not exist is a ``UsageError``, articles or labels
    that cannot be read a ``DataError`` (``python -m analysis`` prints them, exit 2)."""
    folders = [*args.articles, *([args.articles_option] if args.articles_option is not None else [])]
    if args.silver is not None:
        return _run_silver(args, folders)
    folders = folders or dev_splits()
    for folder in folders:
        if not folder.is_dir():
            raise UsageError(
                f"folder {display_path(folder)!r} is not allowed: no such folder "
                "(expected a folder of <name>.md + <name>.labels.csv)"
            )
    try:
        scores = evaluate(folders, args.data_dir)
    except ArticleError as exc:
        raise DataError(article_problem(exc)) from None
    return _print(report(scores, args.details))


def _print(text: str) -> int:
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # "| head": the reader has what it wanted
        pipes.reader_left()
    return 0


def _run_silver(args: argparse.Namespace, folders: list[Path]) -> int:
    if folders:
        raise UsageError("--silver scores the pages it is given: name no folder with it")
    pages, figures = args.silver
    for path, what in ((pages, "a JSON Lines file of pages"), (figures, "a CSV of figures")):
        if not path.is_file():
            raise UsageError(f"--silver {display_path(path)!r} is not allowed: no such file (expected {what})")
    try:
        scores = evaluate_silver(pages, figures, args.data_dir)
    except ArticleError as exc:
        raise DataError(article_problem(exc)) from None
    return _print(report(scores, args.details, pooled_only=True))
