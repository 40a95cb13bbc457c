"""Extraction: numbers, bounds, metrics, hedges, periods, claimants, the seed, the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pandas as pd
import pytest

from analysis import paths
from analysis.__main__ import main
from analysis.data.reviews import CANDIDATE_COLUMNS
from analysis.intake.extract import (
    COLUMNS,
    candidates_frame,
    claimant_of,
    claims_from_text,
    find_numbers,
    hedge,
    read_article,
    resolve_period,
)
from analysis.sentences import split_sentences

from .conftest import SEED_ID

SEED_TEXT = (paths.raw_dir() / f"{SEED_ID}.txt").read_text(encoding="utf-8")
PUBLISHED = date(2025, 3, 27)  # a Thursday
ARTICLES = paths.PROJECT_ROOT / "benchmarks" / "articles" / "dev"


def values(sentence: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(f.value_low, f.value_best, f.value_high) for f in find_numbers(sentence)]


def metrics(text: str, published: date = PUBLISHED) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(c.metric, c.value_low, c.value_best, c.value_high) for c in claims_from_text(text, published)]


# --- numbers and bounds ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It sent 11,000 soldiers.", [(None, 11000, None)]),
        ("It sent 9 million shells.", [(None, 9_000_000, None)]),
        ("It sent 1.5 million shells.", [(None, 1_500_000, None)]),
        ("It sent two soldiers.", [(None, 2, None)]),
        ("It sent a dozen launchers.", [(None, 12, None)]),
        ("It sent more than a million shells.", [(1_000_000, None, None)]),
        ("It sent around 4,000 troops.", [(None, 4000, None)]),
        ("It sent roughly 4,000 troops.", [(None, 4000, None)]),
        ("It sent some 8,000 workers.", [(None, 8000, None)]),
        ("It sent at least 100 missiles.", [(100, None, None)]),
        ("It sent over 10,000 troops.", [(10000, None, None)]),
        ("It sent up to 9 million rounds.", [(None, None, 9_000_000)]),
        ("It sent as many as 12,000 troops.", [(None, None, 12000)]),
        ("It sent between 10,900 and 12,000 troops.", [(10900, None, 12000)]),
        ("It sent 25,000 to 30,000 troops.", [(25000, None, 30000)]),
        ("It sent 10,900-12,000 troops.", [(10900, None, 12000)]),
        ("It sent 1.5 to 2 million shells.", [(1_500_000, None, 2_000_000)]),
        ("The estimate rose from 600 to 2,000.", [(None, 600, None), (None, 2000, None)]),
    ],
)
def test_numbers_and_bounds(sentence: str, expected: list[tuple[int | None, ...]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Several thousand troops were sent.",
        "Hundreds of thousands of shells were sent.",
        "Dozens of drones were sent.",
        "The treaty was signed in 2024.",
        "They met on September 13 and again between October 8 and 13.",
        "It supplied 170mm guns and 240 mm launchers.",
        "It fired KN-23 and Hwasong-11 missiles from M1991 launchers.",
        "The depot lies 1,000 km from Moscow.",
        "The 11-nation team met for a three-day session.",
        "Allies pledged $10 billion and €2 billion.",
        "One prisoner, aged 26, spoke; Kim Jong Un, 40, did not.",
        "The economy grew 3.7% last year.",
        # "the two" standing alone for things named before
        "It could be shells or rockets, or a mix of the two.",
        "Of these three, only one was found.",
    ],
)
def test_numbers_that_are_not_figures(sentence: str) -> None:
    assert find_numbers(sentence) == []


def test_skipped_numbers_say_why() -> None:
    found = find_numbers("In 2024 it sent 170mm guns 40 km away, said Kim, 40, and dozens more.", True)
    assert [(f.text, f.skipped) for f in found] == [
        ("2024", "year"),
        ("170mm", "calibre"),
        ("40", "distance"),
        ("40", "age"),
        ("dozens", "vague"),
    ]


def test_figure_span_and_cue_point_into_the_sentence() -> None:
    sentence = "Seoul estimates that around 4,000 soldiers were killed."
    (fig,) = find_numbers(sentence)
    assert sentence[fig.start : fig.end] == "4,000" and fig.span == (fig.start, fig.end)
    assert (fig.bound, fig.value_cue, fig.value) == ("best", "around", 4000)


# --- what a figure counts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIS said about 300 were killed and 2,700 wounded.", [("killed", 300), ("wounded", 2700)]),
        (
            "It said 300 soldiers had died and 2,700 had been wounded.",
            [("killed", 300), ("wounded", 2700)],
        ),
        (
            "It said 4,000 soldiers were killed or wounded.",
            [("casualties_killed_or_wounded", 4000)],
        ),
        ("It said the troops suffered 1,100 casualties.", [("casualties_killed_or_wounded", 1100)]),
        ("It said 3,000 more soldiers were sent.", [("troops_deployed_additional", 3000)]),
        ("It said another 1,500 troops were sent.", [("troops_deployed_additional", 1500)]),
        ("It said Pyongyang will send 6,000 soldiers.", [("troops_planned", 6000)]),
        ("It said 10,000 soldiers are currently in Russia.", [("troops_present", 10000)]),
        ("It said 11,000 soldiers were sent last year.", [("troops_deployed", 11000)]),
        (
            "It said 1,500 more troops arrived, bringing the total to 3,000.",
            [("troops_deployed_additional", 1500), ("troops_deployed", 3000)],
        ),
        ("Ukraine said it captured two soldiers.", [("captured", 2)]),
        (
            "It said 9 million rounds of artillery ammunition were shipped.",
            [("artillery_shells", 9_000_000)],
        ),
        (
            "It said Russia launched 24 ballistic missiles at Kyiv.",
            [("ballistic_missiles_fired", 24)],
        ),
        ("It said Pyongyang supplied 148 KN-23 ballistic missiles.", [("ballistic_missiles", 148)]),
        (
            "It said 120 M1989 Koksan 170mm self-propelled guns arrived.",
            [("self_propelled_guns", 120)],
        ),
        ("It said 120 M1991 240mm multiple rocket launchers arrived.", [("rocket_launchers", 120)]),
        (
            "It said 1,000 sappers and 5,000 military builders will go.",
            [("engineers_deployed", 1000), ("engineers_deployed", 5000)],
        ),
        ("It said 15,000 workers were sent.", [("workers_deployed", 15000)]),
        ("It said 6,700 containers were shipped.", [("containers_shipped", 6700)]),
        (
            "It said up to 40% of Russia's ammunition comes from the North.",
            [("ammunition_share_pct", 40)],
        ),
        ("It said two countries signed a pact after three months of talks.", []),
        ("It said 80 years had passed and four brigades were formed.", []),
    ],
)
def test_what_a_figure_counts(text: str, expected: list[tuple[str, int]]) -> None:
    found = [(m, lo or best or hi) for m, lo, best, hi in metrics(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle with no auxiliary, and "North Koreans" as a noun
        ("NIS said 300 North Korean troops killed fighting.", [("killed", None, 300, None)]),
        (
            "He said over 3,000 North Koreans killed or wounded.",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        # the part carries the state, the whole is the contingent
        (
            "JCS said 4,000 of the first 11,000 troops sent were killed or wounded.",
            [
                ("casualties_killed_or_wounded", None, 4000, None),
                ("troops_deployed", None, 11000, None),
            ],
        ),
        (
            "It said the number of injured soldiers was approaching 1,000.",
            [("wounded", None, None, 1000)],
        ),
        (
            "It said casualties had topped 3,000.",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        (
            "It said ships carried up to about 9 million rounds.",
            [("artillery_shells", None, None, 9_000_000)],
        ),
        (
            "It said about 220 combined 170mm self-propelled guns and 240mm rocket launchers came.",
            [("artillery_systems_combined", None, 220, None)],
        ),
        ("It said 20 upgraded launchers were delivered.", [("rocket_launchers", None, 20, None)]),
        (
            "It said Pyongyang plans a third deployment of 6,000 soldiers.",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "It said Pyongyang is preparing 25,000-30,000 more troops.",
            [("troops_planned", 25000, None, 30000)],
        ),
        (
            "He said the first 2,600 soldiers would go to Kursk.",
            [("troops_planned", None, 2600, None)],
        ),
        (
            "State media showed portraits of 101 fallen soldiers, then at least 250.",
            [
                ("fallen_portraits_displayed", None, 101, None),
                ("fallen_portraits_displayed", 250, None, None),
            ],
        ),
        (
            "It said 2,000 wounded soldiers were flown back home.",
            [("wounded_repatriated", None, 2000, None)],
        ),
    ],
)
def test_harder_constructions(text: str, expected: list[tuple[str, int | None, int | None, int | None]]) -> None:
    assert metrics(text) == expected


def test_elliptic_figure_refers_back_to_the_sentence_before() -> None:
    text = "Roughly 10,000 soldiers were sent, the Pentagon said.\nThat is up from the 3,000 it estimated before."
    assert [m for m, *_ in metrics(text)] == ["troops_deployed", "troops_deployed"]


def test_metrics_are_schema_vocabulary() -> None:
    from analysis.data import schema

    allowed = set(schema.vocabulary("claims", "metric"))
    found = {
        c.metric
        for p in sorted(ARTICLES.glob("*.md"))
        for c in claims_from_text(read_article(p).text, read_article(p).published or PUBLISHED)
    }
    assert found and found <= allowed


# --- hedges --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "North Korea appears to have sent 3,000 more soldiers, South Korea has said.",
            ("suggested", "appears to"),
        ),
        (
            "Reports later suggested that 1,000 were pulled back.",
            ("suggested", "Reports later suggested"),
        ),
        ("Pyongyang is thought to have dispatched 11,000 soldiers.", ("reported", "is thought to")),
        ("The soldiers are said to have suffered heavy losses.", ("reported", "are said to")),
        ("It reportedly sent 2,000 more.", ("reported", "reportedly")),
        ("Seoul estimates that around 4,000 were killed.", ("estimated", "estimates")),
        ("The JCS assessed that 1,100 were wounded.", ("estimated", "assessed")),
        ("Pyongyang plans to send 6,000 more.", ("planned", "plans to send")),
        ("It will send 1,000 sappers.", ("planned", "will send")),
        ("The White House said 1,000 containers were shipped.", ("confirmed", "said")),
        ("Ukraine captured two soldiers.", ("confirmed", "")),
    ],
)
def test_hedge(sentence: str, expected: tuple[str, str]) -> None:
    assert hedge(sentence) == expected


def test_a_plan_only_hedges_its_own_figure() -> None:
    text = "North Korea supplied 148 missiles last year and is expected to send about 150 more, Budanov said."
    found = claims_from_text(text, PUBLISHED)
    assert [(c.value_best, c.qualifier) for c in found] == [(148, "confirmed"), (150, "planned")]


# --- periods --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It sent 11,000 last year.", ("2024-01-01", "2024-12-31", "year")),
        ("It sent 3,000 this year.", ("2025-01-01", "2025-12-31", "year")),
        ("They were deployed in January and February.", ("2025-01-01", "2025-02-28", "month")),
        (
            "They arrived in August.",
            ("2024-08-01", "2024-08-31", "month"),
        ),  # after March: last year's
        ("They arrived last week.", ("2025-03-17", "2025-03-23", "day")),
        ("They arrived earlier this week.", ("2025-03-24", "2025-03-27", "day")),
        ("It happened on Thursday.", ("2025-03-27", "2025-03-27", "day")),
        ("It happened on Monday.", ("2025-03-24", "2025-03-24", "day")),
        ("They arrived last month.", ("2025-02-01", "2025-02-28", "month")),
        ("They have arrived since October.", ("2024-10-01", "2025-03-27", "month")),
        ("4,000 have been killed so far.", (None, "2025-03-27", "day")),
        ("They came between October 8 and 13.", ("2024-10-08", "2024-10-13", "day")),
        ("They came in 2023.", ("2023-01-01", "2023-12-31", "year")),
        ("It will be ready by November.", (None, "2025-11-30", "month")),
        ("Seoul said on Friday that 3,000 were sent.", (None, None, None)),  # when it was said
        ("No date here.", (None, None, None)),
    ],
)
def test_resolve_period(sentence: str, expected: tuple[str | None, str | None, str | None]) -> None:
    start, end, precision = resolve_period(sentence, PUBLISHED)
    as_text = (start.isoformat() if start else None, end.isoformat() if end else None, precision)
    assert as_text == expected


def test_period_nearest_to_a_figure() -> None:
    sentence = "It sent 11,000 soldiers in 2024 and about 3,000 more this year."
    found = claims_from_text(sentence, PUBLISHED)
    # "this year" of a figure already sent ends on the day it was reported (build's as_of_period)
    assert [(c.period_start, c.period_end) for c in found] == [
        (date(2024, 1, 1), date(2024, 12, 31)),
        (date(2025, 1, 1), PUBLISHED),
    ]


# --- claimants ------------------------------------------------------------------------------


def test_country_claimant_becomes_the_agency_the_article_names() -> None:
    article = "South Korea has said 3,000 were sent.\nSouth Korea's Joint Chiefs of Staff also said so."
    assert claimant_of("North Korea sent 3,000 soldiers, South Korea has said.", article=article) == (
        "South Korea JCS",
        None,
    )


def test_country_stays_a_country_when_the_article_names_no_agency() -> None:
    assert claimant_of("Ukraine says it has killed 3,000 soldiers.")[0] == "Ukraine"


def test_claimant_through_apposition_and_speaker() -> None:
    sentence = "Lawmaker Lee Seong-kweun, briefed by the National Intelligence Service, said 600 died."
    assert claimant_of(sentence) == ("South Korea NIS", "Lee Seong-kweun")


def test_person_resolves_to_the_agency_in_their_role() -> None:
    assert claimant_of("Kyrylo Budanov told reporters that 148 missiles came.") == (
        "Ukraine HUR",
        "Kyrylo Budanov",
    )


def test_according_to_and_continuation() -> None:
    assert claimant_of("The troops left in January, according to Seoul's spy agency.")[0] == "South Korea NIS"
    assert claimant_of("Pyongyang is thought to have sent 11,000.", previous="South Korea JCS") == (
        "South Korea JCS",
        None,
    )
    assert claimant_of("It said 3,000 more went.", previous="MSMT") == ("MSMT", None)


def test_pronoun_us_is_not_the_united_states() -> None:
    assert claimant_of("Officials told us that 3,000 went.", previous="MSMT")[0] == "MSMT"


# --- the seed ---------------------------------------------------------------------------


def test_seed_yields_exactly_the_curated_claims() -> None:
    curated = pd.read_csv(paths.curated_dir() / "claims.csv", dtype=str, keep_default_na=False)
    rows = curated[curated["source_id"] == SEED_ID]
    columns = [
        "metric",
        "value_low",
        "value_best",
        "value_high",
        "claimant",
        "qualifier",
        "cue",
        "period_start",
        "period_end",
        "date_precision",
        "sentence_no",
    ]
    expected = sorted(tuple(r[c] for c in columns) for r in rows.to_dict(orient="records"))
    found = candidates_frame(claims_from_text(SEED_TEXT, PUBLISHED)).astype("string").fillna("")
    assert sorted(tuple(r) for r in found[columns].itertuples(index=False)) == expected
    assert len(expected) == 3


def test_seed_first_figure_in_full() -> None:
    first = claims_from_text(SEED_TEXT, PUBLISHED, source="seed")[0]
    assert (
        first.metric,
        first.value_best,
        first.unit,
        first.claimant,
        first.qualifier,
        first.cue,
    ) == (
        "troops_deployed_additional",
        3000,
        "soldiers",
        "South Korea JCS",
        "suggested",
        "appears to",
    )
    assert (first.period_start, first.period_end, first.date_precision) == (
        date(2025, 1, 1),
        date(2025, 2, 28),
        "month",
    )
    assert first.sentence == split_sentences(SEED_TEXT)[first.sentence_no - 1] and first.source == "seed"


# --- sentences ------------------------------------------------------------------------------


def test_sentence_numbering_is_pysbds_on_ordinary_lines() -> None:
    """The fast path and the window change nothing on lines pysbd splits quickly."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    texts = [SEED_TEXT] + [read_article(p).text for p in sorted(ARTICLES.glob("*.md"))]
    texts.append("Two sentences. On one line!\nU.S. officials said 1.5 million shells went.\n\n“Quoted.” Then more")
    for text in texts:
        if re.search(r"[a-z]{2}[.!?][\"\u201d]?[A-Z]", text):
            continue  # glued full stops ("Seoul.The") are split before pysbd sees them
        plain = [s.strip() for line in text.splitlines() for s in segmenter.segment(line.strip()) if s.strip()]
        assert split_sentences(text) == plain


# --- frames and command line -----------------------------------------------------------


def test_candidates_frame_columns_and_types() -> None:
    frame = candidates_frame(claims_from_text(SEED_TEXT, PUBLISHED))
    assert list(frame.columns) == COLUMNS
    assert COLUMNS == CANDIDATE_COLUMNS  # the review file's column order is the contract
    assert str(frame["value_best"].dtype) == "Int64"


def test_cli_csv(capsys: pytest.CaptureFixture[str]) -> None:
    raw = str(paths.raw_dir() / f"{SEED_ID}.txt")
    assert main(["extract", raw, "--published", "2025-03-27"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["value_best"] for r in rows] == ["3000", "11000", "4000"]
    assert list(rows[0]) == [*COLUMNS, "count"] and rows[0]["count"] == "1"


def test_cli_jsonl_reads_front_matter_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ARTICLES / "2025-05-29-msmt-report.md"), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines[0]["value_high"] == 9000000 and lines[0]["period_start"] == "2024-01-01"


def test_cli_without_a_date_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    raw = str(paths.raw_dir() / f"{SEED_ID}.txt")
    assert main(["extract", raw]) == 2
    out = capsys.readouterr()
    assert out.out == "" and len(out.err.strip().splitlines()) == 1 and f"{SEED_ID}.txt: no publication date" in out.err
