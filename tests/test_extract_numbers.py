"""Numbers in words and broadcast style, vague amounts and numbers that are not figures."""

from __future__ import annotations

import pytest

from analysis.intake.extract.numbers import find_numbers, words_value


def values(sentence: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(f.value_low, f.value_best, f.value_high) for f in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("two", (2, 3, 1)),
        ("twenty-five", (25, 11, 1)),
        ("fifteen-hundred", (1500, 15, 100)),
        ("thirty-eight-hundred", (3800, 20, 100)),
        ("a hundred and twenty", (120, 20, 1)),
        ("one hundred and five", (105, 20, 1)),
        ("two thousand five hundred", (2500, 25, 100)),
        ("twelve-thousand", (12000, 15, 1000)),
        ("a dozen", (12, 7, 12)),
        ("two dozen", (24, 9, 12)),
        ("nine million", (9_000_000, 12, 1_000_000)),
        ("two three", (2, 3, 1)),  # two numbers, not one
        ("five and", (5, 4, 1)),  # a trailing "and" is not used
        ("hundred", (0, 0, 1)),  # no number word first
    ],
)
def test_words_value(phrase: str, expected: tuple[int, int, int]) -> None:
    value, used, scale = words_value(phrase)
    assert (value, used, scale if value else 1) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Another five-thousand soldiers went.", [(None, 5000, None)]),
        ("It sent some 14-hundred troops.", [(None, 1400, None)]),
        ("It fired over 30-thousand rounds.", [(30000, None, None)]),
        ("Another two-thousand went.", [(None, 2000, None)]),
        ("It sent a dozen launchers.", [(None, 12, None)]),
        ("It put them at thirty-eight-hundred.", [(None, 3800, None)]),
        ("It could send another thirty to forty thousand troops.", [(30000, None, 40000)]),
        ("More than twelve-thousand troops went.", [(12000, None, None)]),
        ("A hundred and twenty of each type arrived.", [(None, 120, None)]),
        ("It sent 3-thousand troops and 2 hundred guns.", [(None, 3000, None), (None, 200, None)]),
        ("Between two and three thousand went.", [(2000, None, 3000)]),
        ("Two and three soldiers.", [(None, 2, None), (None, 3, None)]),
    ],
)
def test_numbers_in_words_and_broadcast_style(sentence: str, expected: list[tuple[int | None, ...]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tens of thousands of troops are in Kursk.",
        "Hundreds of thousands of shells went.",
        "Several thousand soldiers went.",
        "Thousands of sappers will follow.",
        "Dozens were wounded.",
        "Two-thirds of them were killed.",
    ],
)
def test_vague_amounts_have_no_figure(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("It breaches Resolution 2270 of the Council.", "designation"),
        ("Under resolutions 1718 and more, it is banned.", "designation"),
        ("Article 4 of the treaty applies.", "designation"),
        ("It flew the KN-23 missile.", "designation"),
        ("It fired 152mm shells.", "calibre"),
        ("The 1950-53 war ended.", "year"),
    ],
)
def test_labels_and_designations_are_skipped(sentence: str, reason: str) -> None:
    skipped = [f for f in find_numbers(sentence, include_skipped=True) if f.skipped]
    assert skipped and skipped[0].skipped == reason
    assert find_numbers(sentence) == []
