"""Troops in Russia as a whole are the troops sent; a count at a place inside it, one said to be
the strength there now, or one doing something there is troops present (the label conventions of
the benchmark articles). Each row is a sentence written for the test in the shape copy gives it."""

from __future__ import annotations

import pytest

from tests.test_extract_classes import Row, rows


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Russia as a whole: a running total sent
        (
            "About 10,000 North Korean soldiers are in Russia, Blinken said.",
            "en",
            [("troops_deployed", None, 10000, None)],
        ),
        (
            "The Pentagon believes at least 10,000 North Korean soldiers are already in Russia.",
            "en",
            [("troops_deployed", 10000, None, None)],
        ),
        (
            "За його словами, 3 тисячі військових КНДР вже на території Росії.",
            "uk",
            [("troops_deployed", None, 3000, None)],
        ),
        (
            "По его словам, 3 тысячи военных КНДР уже находятся на территории России.",
            "ru",
            [("troops_deployed", None, 3000, None)],
        ),
        (
            "젤렌스키 대통령은 북한군 약 3천 명이 이미 러시아 영토에 있다고 말했다.",
            "ko",
            [("troops_deployed", None, 3000, None)],
        ),
        # a place inside Russia, or at the front: present
        (
            "About 8,000 North Korean soldiers are in Russia's Kursk region.",
            "en",
            [("troops_present", None, 8000, None)],
        ),
        (
            "Близько 11 тисяч військових КНДР перебувають у Курській області Росії.",
            "uk",
            [("troops_present", None, 11000, None)],
        ),
        ("Около 11 тысяч военных КНДР находятся в Курской области.", "ru", [("troops_present", None, 11000, None)]),
        # the strength there now, after losses: present
        (
            "About 10,000 North Korean soldiers are now in Russia, Zelensky said.",
            "en",
            [("troops_present", None, 10000, None)],
        ),
        ("Наразі в Росії перебувають 10 тисяч військових КНДР.", "uk", [("troops_present", None, 10000, None)]),
        ("В России сейчас находятся около 10 тысяч военных КНДР.", "ru", [("troops_present", None, 10000, None)]),
        # doing something there: present
        (
            "Близько 11 тисяч північнокорейських солдатів закінчують підготовку в Росії.",
            "uk",
            [("troops_present", None, 11000, None)],
        ),
        (
            "Около 11 тысяч северокорейских солдат заканчивают подготовку в РФ.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
    ],
)
def test_troops_in_russia_as_a_whole_are_the_troops_sent(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
