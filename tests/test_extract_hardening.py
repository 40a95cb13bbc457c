"""The extractor against hostile input: calendar edges, what build refuses, huge figures, bad data and bad text.

Each class is tested with generated inputs where it can be (Hypothesis), in every language.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.intake.extract.candidates import article_claims

from .conftest import run_cli

PHRASES = [
    "last month",
    "this month",
    "next month",
    "last year",
    "this year",
    "next year",
    "last week",
    "this week",
    "the past three months",
    "on Thursday",
    "yesterday",
    "in January and February",
    "since October",
    "by November",
    "so far",
    "in December",
    "지난달",
    "올해 1~2월",
    "지난해",
    "이달",
    "지난주",
    "12월부터",
    "в прошлом месяце",
    "с начала года",
    "в этом году",
    "в январе-феврале",
    "минулого місяця",
    "з початку року",
    "цього року",
    "у грудні",
]
SENTENCES = [
    "The NIS said North Korea sent 3,000 troops {p}.",
    "The NIS said 300 North Korean soldiers were killed {p}.",
    "국정원은 북한이 {p} 3000명을 추가 파병했다고 밝혔다.",
    "ГУР сообщил, что КНДР {p} направила 3 тысячи военных.",
    "ГУР повідомив, що КНДР {p} направила 3 тисячі військових.",
]


_run = run_cli


@settings(max_examples=60, deadline=None, database=None, derandomize=True)
@given(st.dates(), st.sampled_from(PHRASES), st.sampled_from(SENTENCES))
def test_every_day_of_the_calendar_with_every_relative_date(published: date, phrase: str, sentence: str) -> None:
    """No day, from 1 January of year 1 to 31 December 9999, makes a relative date an error;
    a period that would leave the calendar is no period."""
    for c, _ in article_claims(sentence.format(p=phrase), published).candidates:
        if c.period_start and c.period_end:
            assert c.period_start <= c.period_end


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "2024-02-29"])
def test_extract_at_the_calendars_edges_keeps_every_files_output(tmp_path: Path, published: str) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The NIS said 3,000 troops were sent last month and more next year.\n", encoding="utf-8")
    b.write_text("국정원은 북한이 지난달 1만1000명을 파병했다고 밝혔다.\n", encoding="utf-8")
    status, out, err = _run(["extract", str(a), str(b), "--published", published])
    assert status == 0, err
    assert "a.txt" in out and "b.txt" in out and "year 0" not in err


@settings(max_examples=60, deadline=None, database=None, derandomize=True)
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(PHRASES),
    st.sampled_from(SENTENCES),
)
def test_the_extractor_never_proposes_a_period_build_refuses(published: date, phrase: str, sentence: str) -> None:
    """build's as_of_period: a figure that is not planned never ends after the day it was
    reported, and a year-precise one ends on 31 December or on that day."""
    for c, _ in article_claims(sentence.format(p=phrase), published).candidates:
        if c.qualifier == "planned" or c.period_end is None:
            continue
        assert c.period_end <= published, (c.sentence, c.period_end)
        if c.date_precision == "year":
            assert (c.period_end.month, c.period_end.day) == (12, 31) or c.period_end == published


@settings(max_examples=40, deadline=None, database=None, derandomize=True)
@given(st.integers(min_value=1, max_value=10**30), st.sampled_from(["en", "ko", "ru", "uk"]))
def test_figures_are_exact_and_never_longer_than_the_dataset_allows(value: int, lang: str) -> None:
    text = {
        "en": f"The NIS said North Korea sent {value:,} shells.",
        "ko": f"국정원은 북한이 포탄 {value}발을 보냈다고 밝혔다.",
        "ru": f"ГУР сообщил, что КНДР передала {value} снарядов.",
        "uk": f"ГУР повідомив, що КНДР передала {value} снарядів.",
    }[lang]
    found = article_claims(text, date(2025, 1, 1))
    values = [v for c, _ in found.candidates for v in (c.value_low, c.value_best, c.value_high) if v is not None]
    assert all(len(str(v)) <= 15 for v in values)
    if len(str(value)) > 15:
        assert values == [] and any("more than the 15" in n for n in found.notes)
    elif values:
        assert values == [value]  # exactly as written, never rounded


def test_extract_exits_2_on_bad_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data, ignore=shutil.ignore_patterns(".clean-*", "clean", "raw", "review"))
    (data / "curated" / "actors.csv").unlink()
    article = tmp_path / "a.txt"
    article.write_text("The NIS said 3,000 troops were sent.\n", encoding="utf-8")
    status, _, err = _run(["extract", str(article), "--published", "2025-01-01", "--data-dir", str(data)])
    assert status == 2 and "actors.csv" in err and len(err.strip().splitlines()) == 1


def test_a_figure_over_15_digits_is_a_warning_on_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The NIS said 999999999999999983222784 shells were sent.\n", encoding="utf-8")
    status, out, err = _run(["extract", str(article), "--published", "2025-01-01"])
    assert status == 0 and "999999999999999983222784" not in out
    assert "warning:" in err and "24 digits" in err


# --- bad text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mixed scripts in one article: each sentence read by the article's language
        (
            "국정원은 북한이 1만1000명을 파병했다고 밝혔다.\nThe NIS said 3,000 more troops were sent.",
            [("troops_deployed", 11000)],
        ),
        # zero-width and bidirectional control characters inside words and figures
        ("국정원은\u200b 북한이 1만\u200d1000명을 파병했다고\u202e 밝혔다.", [("troops_deployed", 11000)]),
        ("ГУР\u2066 сообщил, что КНДР направила 11\u200b000 военных.", [("troops_deployed", 11000)]),
        ("The NIS said 3,\u200b000 troops\u200f were sent.", [("troops_deployed", 3000)]),
        # a figure cut by a line break
        ("The NIS said about 11,\n000 troops were sent.", [("troops_deployed", 11000)]),
        ("국정원은 북한이 1만\n1000명을 파병했다고 밝혔다.", [("troops_deployed", 11000)]),
    ],
)
def test_bad_text_is_read(text: str, expected: list[tuple[str, int]]) -> None:
    found = [(c.metric, c.value_best) for c, _ in article_claims(text, date(2025, 1, 1)).candidates]
    assert found == expected


def test_a_one_megabyte_korean_page_on_one_line() -> None:
    sentence = "국정원은 북한이 러시아에 1만1000명을 파병했다고 밝혔다. 러시아군은 훈련을 계속했다. "
    text = sentence * (2**20 // len(sentence.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) > 2**20 and "\n" not in text
    found = article_claims(text, date(2025, 1, 1))
    assert found.lang == "ko" and [(c.metric, c.value_best) for c, _ in found.candidates] == [
        ("troops_deployed", 11000)
    ]
    assert found.candidates[0][1] > 1000  # stated again and again: one candidate, counted


def test_an_article_in_another_language_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Nordkorea hat nach Angaben des Geheimdienstes weitere 3.000 Soldaten nach Russland geschickt.\n",
        encoding="utf-8",
    )
    status, _, err = _run(["extract", str(article), "--published", "2025-01-01"])
    assert status == 0 and "warning:" in err and "read as English" in err
