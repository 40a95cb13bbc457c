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


def test_an_article_whose_figures_are_no_claims_counts_its_proposals_as_spurious(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A labels file with its header and no rows is an article with nothing to record: what the
    extractor proposes there lowers precision. An empty labels file is one line naming it."""
    article = "---\npublished: 2025-04-30\n---\nAbout 100 North Korean soldiers were killed, the JCS said.\n"
    (tmp_path / "none.md").write_text(article, encoding="utf-8")
    (tmp_path / "none.labels.csv").write_text("metric,value_low,value_best,value_high,claimant\n", encoding="utf-8")
    (only,) = labelled_articles(tmp_path)
    assert only.labels == []
    assert main(["evaluate", str(tmp_path)]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("none"))
    assert row.split()[1:4] == ["0", "1", "0"], row  # gold, predicted, matched
    (tmp_path / "none.labels.csv").write_text("", encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
    assert "none.labels.csv: is empty" in capsys.readouterr().err


# --- silver labels: an export of pages and a record of the figures read on them --------------

_PAGES = [
    {
        "url": "https://example.org/a",
        "published": "2025-04-30",
        "lang": "en",
        "text": "North Korea has sent "
        "about 3,000 more troops to Russia, the Joint Chiefs of Staff said. About 100 were killed, it added.",
    },
    {"url": "https://example.org/b", "published": "", "text": "국정원은 북한군 사상자가 약 4700명에 이른다고 밝혔다."},
]
_FIGURES = (
    "url,published,claimant,metric,value_low,value_best,value_high\n"
    "https://example.org/a,2025-04-30,South Korea JCS,troops_deployed_additional,,3000,\n"
    "https://example.org/a,2025-04-30,South Korea JCS,killed,,100,\n"
    "https://example.org/a,2025-04-30,South Korea JCS,wounded,,200,\n"
    "https://example.org/b,2025-04-30,국정원 (relayed by a lawmaker),casualties_killed_or_wounded,,4700,\n"
    "https://example.org/c,2025-04-30,unattributed,killed,,5,\n"
)


def _silver_files(tmp_path: Path) -> tuple[Path, Path]:
    import json

    pages, figures = tmp_path / "pages.jsonl", tmp_path / "figures.csv"
    pages.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in _PAGES), encoding="utf-8")
    figures.write_text(_FIGURES, encoding="utf-8")
    return pages, figures


def test_silver_pages_are_scored_against_their_figures_per_language(tmp_path: Path) -> None:
    from analysis.intake.evaluate import evaluate_silver

    scores = evaluate_silver(*_silver_files(tmp_path))
    by_name = {s.name: s for s in scores}
    a, b = by_name["https://example.org/a"], by_name["https://example.org/b"]
    assert (a.labelled, a.matched, a.claimant_right) == (3, 2, 2) and a.missed == [("wounded", None, 200, None)]
    # a Korean alias with a note in brackets is the actor; the undated page takes its figures' date
    assert (b.lang, b.labelled, b.matched, b.claimant_right) == ("ko", 1, 1, 1)
    assert [s.name for s in scores[-3:]] == ["overall en", "overall ko", "overall"]
    assert "https://example.org/c" not in by_name  # a figure whose page is not in the export


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("South Korea NIS", "South Korea NIS"),
        ("국정원", "South Korea NIS"),
        ("Kyiv Post (not in actors)", "Kyiv Post"),
        ("unattributed (Ukrainian media)", ""),
        ("(analysts, unnamed)", ""),
        ("", ""),
        ("Russia Kursk region government", "Russia Kursk region"),
    ],
)
def test_silver_claimants_are_read_through_the_actors_names(name: str, expected: str) -> None:
    from analysis.intake.evaluate import silver_claimant
    from analysis.intake.extract.claimants import actor_index

    assert silver_claimant(name, actor_index()) == expected


def test_silver_cli_prints_the_pooled_scores_and_refuses_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pages, figures = _silver_files(tmp_path)
    assert main(["evaluate", "--silver", str(pages), str(figures)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("overall") and not any("example.org" in line for line in out)
    assert main(["evaluate", "--silver", str(pages), str(figures), "--details"]) == 0
    assert "missed   ('wounded', None, 200, None)" in capsys.readouterr().out
    assert main(["evaluate", "--silver", str(tmp_path / "none.jsonl"), str(figures)]) == 2
    assert "none.jsonl" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text(pages.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    assert main(["evaluate", "--silver", str(bad), str(figures)]) == 2
    assert "bad.jsonl:3" in capsys.readouterr().err
    figures.write_text("url,metric\nx,killed\n", encoding="utf-8")
    assert main(["evaluate", "--silver", str(pages), str(figures)]) == 2
    assert "value_low" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path), "--silver", str(pages), str(figures)]) == 2
