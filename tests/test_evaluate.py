"""Evaluation: matching and scores, the labelled articles, the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import paths
from analysis.__main__ import main
from analysis.intake.evaluate import Score, evaluate, labelled_articles, overall, score

from .conftest import SEED_ID

ARTICLES = paths.PROJECT_ROOT / "benchmarks" / "articles" / "dev"
A = ("troops_deployed", None, 11000, None)
B = ("killed", 100, None, None)
C = ("wounded", None, None, 1000)


def test_score_counts_matches_once_and_prefers_the_right_claimant() -> None:
    s = score("x", [(A, "NIS"), (A, "JCS"), (B, "NIS"), (C, "NIS")], [(A, "JCS"), (A, "NIS"), (B, "JCS")])
    assert (s.predicted, s.labelled, s.matched, s.claimant_right) == (4, 3, 3, 2)
    assert s.spurious == [C] and s.missed == [] and s.wrong_claimant == [(B, "NIS", "JCS")]
    assert s.precision == pytest.approx(0.75) and s.recall == 1.0
    assert s.f1 == pytest.approx(2 * 0.75 / 1.75) and s.claimant_accuracy == pytest.approx(2 / 3)


def test_a_different_bound_is_no_match() -> None:
    s = score("x", [(("killed", None, 100, None), "NIS")], [(B, "NIS")])
    assert (s.matched, s.precision, s.recall, s.f1) == (0, 0.0, 0.0, 0.0)


def test_overall_pools_counts() -> None:
    pooled = overall([Score("a", 2, 2, 1, 1), Score("b", 1, 3, 1, 0)])
    assert (pooled.predicted, pooled.labelled, pooled.matched, pooled.claimant_right) == (
        3,
        5,
        2,
        1,
    )


def test_every_test_article_is_labelled_and_dated() -> None:
    labelled = list(labelled_articles(ARTICLES))
    assert len(labelled) >= 10 and len(labelled) == len(list(ARTICLES.glob("*.md")))
    assert all(a.labels for a in labelled)


def test_targets_on_the_seed_and_the_test_articles() -> None:
    scores = evaluate(ARTICLES)
    seed = next(s for s in scores if s.name == SEED_ID)
    assert (seed.labelled, seed.f1, seed.claimant_accuracy) == (3, 1.0, 1.0)
    total = scores[-1]
    assert total.name == "overall" and total.f1 >= 0.9 and total.claimant_accuracy >= 0.9


def test_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["evaluate", str(ARTICLES)]) == 0
    out = capsys.readouterr().out
    assert SEED_ID in out and out.splitlines()[-1].startswith("overall")
    assert main(["evaluate", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err
