"""Classes of error found on the dev splits once all three sets of real pages had joined them,
each checked on the exported pages (silver labels) it was not written from; one table per class.

Each row is a sentence written for the test in the shape the class takes in news copy, with what
extraction must propose for it: (metric, low, best, high) and, where the class is about who says
it, the claimant.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.intake.extract.candidates import article_claims

PUBLISHED = date(2025, 4, 30)

Row = tuple[str, int | None, int | None, int | None]


def rows(text: str, lang: str = "") -> list[Row]:
    return [
        (c.metric, c.value_low, c.value_best, c.value_high)
        for c, _ in article_claims(text, PUBLISHED, lang=lang).candidates
    ]


def claimed(text: str, lang: str = "") -> list[tuple[Row, str | None]]:
    return [
        ((c.metric, c.value_low, c.value_best, c.value_high), c.claimant)
        for c, _ in article_claims(text, PUBLISHED, lang=lang).candidates
    ]


# --- "X, which reported N": the relative pronoun's antecedent gives the figure ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelenskyy spoke of heavy losses. That was in line with a briefing last week by South Korea's "
            "spy agency, which reported about 100 deaths.",
            [(("killed", None, 100, None), "South Korea NIS")],
        ),
        (
            "Kyiv gave no figure. The number came from the Pentagon, which said about 10,000 troops had arrived.",
            [(("troops_deployed", None, 10000, None), "US Pentagon")],
        ),
        (
            "Lee Seong-kweun, who sits on the intelligence committee, said about 300 soldiers had been killed.",
            [(("killed", None, 300, None), "South Korea NIS")],
        ),
    ],
)
def test_which_reported_names_its_antecedent(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "en") == expected
