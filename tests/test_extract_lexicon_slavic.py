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


# --- people nouns: bayonets, infantry, paratroopers, recruits, volunteers, warriors; "чоловік" ------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("КНДР отправила в Россию 12 тысяч штыков.", "ru", [("troops_deployed", None, 12000, None)]),
        ("КНДР відправила до Росії 12 тисяч багнетів.", "uk", [("troops_deployed", None, 12000, None)]),
        (
            "На Курщині перебувають близько 3 тисяч північнокорейських піхотинців.",
            "uk",
            [("troops_present", None, 3000, None)],
        ),
        (
            "В Курской области находятся около 3 тысяч северокорейских пехотинцев.",
            "ru",
            [("troops_present", None, 3000, None)],
        ),
        ("КНДР направила в Россию 500 десантников и спецназовцев.", "ru", [("troops_deployed", None, 500, None)]),
        ("КНДР відправила до Росії 2 тисячі новобранців.", "uk", [("troops_deployed", None, 2000, None)]),
        ("КНДР направила в Россию 2000 добровольцев.", "ru", [("troops_deployed", None, 2000, None)]),
        ("До Курської області прибули 1000 воїнів КНДР.", "uk", [("troops_deployed", None, 1000, None)]),
        ("Понад 500 чоловік з КНДР прибули до Росії.", "uk", [("troops_deployed", 500, None, None)]),
        # the other side's soldiers by the same nouns are not North Korea's
        ("Загинули 50 українських воїнів.", "uk", []),
        ("Погибли 50 украинских бойцов.", "ru", []),
        # unchanged
        ("КНДР отправила в Россию 12 тысяч военных.", "ru", [("troops_deployed", None, 12000, None)]),
    ],
)
def test_people_nouns(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- workers: migrant labour --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Россия привлекла 5 тысяч северокорейских гастарбайтеров.", "ru", [("workers_deployed", None, 5000, None)]),
        ("Росія залучила 5 тисяч північнокорейських заробітчан.", "uk", [("workers_deployed", None, 5000, None)]),
        ("Россия привлекла из КНДР 12 тысяч единиц рабочей силы.", "ru", [("workers_deployed", None, 12000, None)]),
        # unchanged
        ("Росія залучила 20 тисяч робітників з КНДР.", "uk", [("workers_deployed", None, 20000, None)]),
    ],
)
def test_worker_nouns(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- casualty words: injured ("травмированы", "травмовано"), dead ("мертвых") ---------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Около 300 северокорейских военных были травмированы.", "ru", [("wounded", None, 300, None)]),
        ("Близько 300 військових КНДР було травмовано.", "uk", [("wounded", None, 300, None)]),
        (
            "Загинули 300 вояків КНДР, ще 2700 зазнали травм.",
            "uk",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        (
            "Потери КНДР составили 300 человек убитыми и 2700 травмированными.",
            "ru",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        ("Около 3000 военных КНДР убиты или травмированы.", "ru", [("casualties_killed_or_wounded", None, 3000, None)]),
        ("Серед північнокорейських військових близько 300 мертвих.", "uk", [("killed", None, 300, None)]),
        # unchanged
        ("Около 2700 северокорейских военных получили ранения.", "ru", [("wounded", None, 2700, None)]),
    ],
)
def test_casualty_words(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
