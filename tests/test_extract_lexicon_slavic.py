"""Ukrainian and Russian words the rules lacked, by class: each table holds the forms seen in the
dev copy and their neighbours (other cases, synonyms, the other language), and a row that must not
change.

Each row is a sentence written for the test in the shape the class takes in news copy, with what
extraction must propose for it: (metric, low, best, high) and, where the class is about who says
it, the claimant.
"""

from __future__ import annotations

import pytest

from tests.test_extract_classes import Row, rows

# --- bound words: "по крайней мере", "хоча б", "більш як", "не больше чем", "приближается к" -------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # floors
        (
            "Российские войска запустили по крайней мере одну из этих северокорейских баллистических ракет.",
            "ru",
            [("ballistic_missiles_fired", 1, None, None)],
        ),
        (
            "Росія запустила хоча б одну північнокорейську балістичну ракету.",
            "uk",
            [("ballistic_missiles_fired", 1, None, None)],
        ),
        ("Погибли не меньше чем 100 северокорейских военных.", "ru", [("killed", 100, None, None)]),
        ("Загинули більш як 100 північнокорейських військових.", "uk", [("killed", 100, None, None)]),
        ("Загинули не менш як 300 військових КНДР.", "uk", [("killed", 300, None, None)]),
        (
            "В Курской области находятся 11 тысяч с небольшим северокорейских военных.",
            "ru",
            [("troops_present", 11000, None, None)],
        ),
        ("До Росії прибули 3 тисячі або більше військових КНДР.", "uk", [("troops_deployed", 3000, None, None)]),
        # ceilings: a "no more than" is not the "more than" inside it
        ("Погибли не больше чем 100 северокорейских военных.", "ru", [("killed", None, None, 100)]),
        ("Загинули не більше ніж 100 північнокорейських військових.", "uk", [("killed", None, None, 100)]),
        (
            "У Курській області перебувають щонайбільше 11 тисяч військових КНДР.",
            "uk",
            [("troops_present", None, None, 11000)],
        ),
        ("Погибли менее чем 50 северокорейских военных.", "ru", [("killed", None, None, 50)]),
        # a figure drawn near: "approaching"
        ("Число раненых приближается к 1000.", "ru", [("wounded", None, None, 1000)]),
        ("Кількість поранених наближається до 1000.", "uk", [("wounded", None, None, 1000)]),
        ("Число погибших приблизилось к 300.", "ru", [("killed", None, None, 300)]),
        # "about"
        (
            "В Курской области находятся где-то 11 тысяч северокорейских военных.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
        (
            "У Курській області перебувають десь 11 тисяч військових КНДР.",
            "uk",
            [("troops_present", None, 11000, None)],
        ),
        # unchanged: the floors and ceilings the rules already knew
        ("Погибли более 100 северокорейских военных.", "ru", [("killed", 100, None, None)]),
        ("Загинули майже 300 військових КНДР.", "uk", [("killed", None, None, 300)]),
    ],
)
def test_bound_words(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
