"""Classes of error that recur across outlets, found on the enlarged dev splits and checked on the
exported pages (silver labels) they were not written from; one table per class.

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


# --- a verb of exceeding is a floor, in Russian and Ukrainian as in English and Korean ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Втрати північнокорейських військових на Курщині перевищують вже 3 тис. осіб, повідомив Зеленський.",
            "uk",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        (
            "За даними президента, втрати військових з КНДР вже перевищили 3000 людей.",
            "uk",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        (
            "Наразі чисельність північнокорейських військовослужбовців у Росії перевищує 10 тисяч осіб.",
            "uk",
            [("troops_present", 10000, None, None)],
        ),
        (
            "Потери северокорейских войск превысили 4 тысячи человек.",
            "ru",
            [("casualties_killed_or_wounded", 4000, None, None)],
        ),
        ("Число погибших военных КНДР превысило 600 человек.", "ru", [("killed", 600, None, None)]),
    ],
)
def test_a_verb_of_exceeding_is_a_floor(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
