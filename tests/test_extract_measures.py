"""What figures count in real copy: compound measures, figures that are not claims, elliptic figures."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.intake.extract import claims_from_text

PUBLISHED = date(2025, 3, 27)
Row = tuple[str, int | None, int | None, int | None]


def rows(text: str) -> list[Row]:
    return [(c.metric, c.value_low, c.value_best, c.value_high) for c in claims_from_text(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NIS estimated those killed or injured at 2,500.",
            [("casualties_killed_or_wounded", None, 2500, None)],
        ),
        (
            "Zelensky put North Korean killed and wounded in Kursk at thirty-eight-hundred.",
            [("casualties_killed_or_wounded", None, 3800, None)],
        ),
        (
            "The NIS said at least 40 dead, with the wounded nearing 600.",
            [("killed", 40, None, None), ("wounded", None, None, 600)],
        ),
        (
            "The NIS counted 300 dead and, with the injured put at 2,700, a heavy toll.",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        (
            "Budanov said Pyongyang sent Koksan self-propelled guns and M1991 rocket launchers, 80 of each type.",
            [("self_propelled_guns", None, 80, None), ("rocket_launchers", None, 80, None)],
        ),
        (
            "Budanov said it sent howitzers and rocket launchers, a hundred and twenty of each.",
            [("self_propelled_guns", None, 120, None), ("rocket_launchers", None, 120, None)],
        ),
        (
            "A further 3,000 troops are expected to arrive by spring, the NIS said.",
            [("troops_planned", None, 3000, None)],
        ),
        (
            "The NIS said 2,000 troops are expected to arrive in May.",
            [("troops_planned", None, 2000, None)],
        ),
    ],
)
def test_compound_measures(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_planned_arrival_is_planned_and_a_plan_stays_in_its_own_clause() -> None:
    found = claims_from_text("A further 3,000 troops are expected to arrive by spring, the NIS said.", PUBLISHED)
    assert [c.qualifier for c in found] == ["planned"]
    text = "North Korea supplied 148 missiles and is expected to send about 150 more, Budanov said."
    assert [c.qualifier for c in claims_from_text(text, PUBLISHED)] == ["confirmed", "planned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The transfers breach Resolution 2270, the NIS said.", []),
        ("UN Security Council resolutions 1718 and 2397 ban them, the NIS said.", []),
        ("The NIS said 11,000 troops went, among them 300 officers.", [("troops_deployed", None, 11000, None)]),
        (
            "The NIS said 3,000 troops went, including about 500 special forces.",
            [("troops_deployed", None, 3000, None)],
        ),
        ("Moscow massed a 30,000-strong force of Russian and North Korean units, the NIS said.", []),
        ("They were part of the roughly 50,000 Russian and North Korean troops in Kursk.", []),
        ("Each ship has room for up to 200,000 rounds, the NIS said.", []),
        ("That works out at roughly 450 of the larger rounds to a container.", []),
        ("The train had a capacity of 12,000 shells, the NIS said.", []),
        (
            "The containers could hold more than 3 million shells, the minister said.",
            [("artillery_shells", 3_000_000, None, None)],
        ),
    ],
)
def test_figures_that_are_not_claims(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NIS said 8,000 troops arrived in Kursk. Most of the 8,000 that Seoul says arrived are now in Kursk.",
            [("troops_deployed", None, 8000, None), ("troops_present", None, 8000, None)],
        ),
        (
            # another claimant's 60: the figure without a noun takes the howitzers of the sentence before
            "The NIS said 60 howitzers were delivered in May. The HUR said the 60 delivered earlier are in use.",
            [("self_propelled_guns", None, 60, None), ("self_propelled_guns", None, 60, None)],
        ),
        (
            "The NIS said 1,500 more soldiers arrived, bringing the total to around 3,000.",
            [("troops_deployed_additional", None, 1500, None), ("troops_deployed", None, 3000, None)],
        ),
    ],
)
def test_elliptic_figures(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
