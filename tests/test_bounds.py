"""Bounds keep their kind through sums, unions and ratios (properties), and every helper keeps them."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis.measures import bounds
from analysis.measures.bounds import CEILING, FLOOR, OPEN, POINT, Bounds

from .conftest import make_claims, property_settings

quick = property_settings(60)
slow = property_settings(15)

figures = st.integers(min_value=1, max_value=10**7)


@st.composite
def claims(draw: st.DrawFn) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) as a claim may give them: a floor, a ceiling, a point, a range, or a range with a centre."""
    shape = draw(st.sampled_from(["floor", "ceiling", "point", "range", "centred"]))
    a, b = sorted(draw(st.lists(figures, min_size=2, max_size=2)))
    if shape == "floor":
        return a, None, None
    if shape == "ceiling":
        return None, None, a
    if shape == "point":
        return None, a, None
    if shape == "range":
        return a, None, b
    return a, draw(st.integers(min_value=a, max_value=b)), b


def _inside(b: Bounds, value: float) -> bool:
    low_ok = b.low is None or value >= b.low * (1 - 1e-9)
    high_ok = b.high is None or value <= b.high * (1 + 1e-9)
    return low_ok and high_ok


def _sample(b: Bounds, draw: st.DrawFn) -> float:
    """A value the range allows (an open end: anything beyond the other end, or down to zero)."""
    low = b.low if b.low is not None else 0.0
    high = b.high if b.high is not None else max(low, 1.0) * 10
    return draw(st.floats(min_value=low, max_value=max(low, high), allow_nan=False))


@quick
@given(data=st.data(), a=claims(), b=claims())
def test_sums_and_ratios_hold_every_value_their_parts_allow(
    data: st.DataObject, a: tuple[int | None, ...], b: tuple[int | None, ...]
) -> None:
    x_range, y_range = Bounds.of_claim(*a), Bounds.of_claim(*b)
    x, y = _sample(x_range, data.draw), _sample(y_range, data.draw)
    assert _inside(x_range + y_range, x + y)
    assert _inside(bounds.union([x_range, y_range]), x) and _inside(bounds.union([x_range, y_range]), y)
    if y > 0:
        assert _inside(x_range / y_range, x / y)


@quick
@given(parts=st.lists(claims(), min_size=1, max_size=6))
def test_a_floor_is_never_used_as_a_ceiling(parts: list[tuple[int | None, ...]]) -> None:
    """An end is open when any operand it rests on is open there: "more than X" gives no ceiling."""
    ranges = [Bounds.of_claim(*p) for p in parts]
    any_open_high = any(r.high is None for r in ranges)
    assert (bounds.total(ranges).high is None) == any_open_high
    assert (bounds.union(ranges).high is None) == any_open_high
    denominator = Bounds.point(1000)
    assert ((bounds.union(ranges) / denominator).high is None) == any_open_high
    if any(r.kind == FLOOR for r in ranges):
        assert bounds.total(ranges).kind in (FLOOR, "none")


@quick
@given(a=claims(), b=claims())
def test_each_end_is_as_firm_as_its_weakest_operand(a: tuple[int | None, ...], b: tuple[int | None, ...]) -> None:
    x, y = Bounds.of_claim(*a), Bounds.of_claim(*b)
    ratio = x / y
    if OPEN not in (x.low_kind, y.high_kind):
        expected = POINT if POINT in (x.low_kind, y.high_kind) else FLOOR
        assert ratio.low_kind == expected
    if OPEN not in (x.high_kind, y.low_kind):
        expected = POINT if POINT in (x.high_kind, y.low_kind) else CEILING
        assert ratio.high_kind == expected


@pytest.mark.parametrize(
    ("numerator", "denominator", "kind"),
    [
        ((6000, None, None), (None, 15000, None), FLOOR),  # a floor by a point is a floor
        ((None, 6000, None), (15000, None, None), CEILING),  # a point by a floor is a ceiling
        ((None, None, 6000), (None, 15000, None), CEILING),  # a ceiling by a point is a ceiling
        ((None, 6000, None), (None, 15000, None), POINT),  # a point by a point is a point
        ((4000, None, 6000), (None, 15000, None), "range"),
        ((6000, None, None), (None, None, 15000), FLOOR),  # a floor by a ceiling is a floor
        ((None, None, 6000), (15000, None, None), CEILING),  # a ceiling by a floor is a ceiling
        ((6000, None, None), (15000, None, None), "none"),  # a floor by a floor says nothing
    ],
)
def test_ratio_kinds(numerator: tuple[int | None, ...], denominator: tuple[int | None, ...], kind: str) -> None:
    assert (Bounds.of_claim(*numerator) / Bounds.of_claim(*denominator)).kind == kind


def test_sums_and_words() -> None:
    floor, point = Bounds.of_claim(11000, None, None), Bounds.of_claim(None, 3000, None)
    assert (floor + point).kind == FLOOR and (floor + point).words() == "more than 14,000"
    assert (point + point).words() == "6,000" and (point + point).kind == POINT
    assert (Bounds.of_claim(None, None, 500) + floor).words() == "more than 11,000"  # a count has a floor of zero
    assert Bounds.of_claim(1000, None, 3000).words() == "1,000 to 3,000"
    assert Bounds.of_claim(None, None, 9_000_000).words() == "up to 9,000,000"
    assert Bounds.of_claim(None, None, None).words() == "no figure"
    share = Bounds.of_claim(4000, None, 6000) / Bounds.point(15000)
    assert share.words(bounds.percent, about=True) == "27% to 40%"
    assert (Bounds.point(4000) / Bounds.point(14000)).words(bounds.percent, about=True) == "about 29%"


@pytest.mark.parametrize(
    ("value", "end", "shown"), [(0.267, FLOOR, "26%"), (0.261, CEILING, "27%"), (0.265, POINT, "26%")]
)
def test_shares_round_outwards(value: float, end: str, shown: str) -> None:
    assert bounds.percent(value, end) == shown


def test_bounds_refuse_an_inconsistent_range() -> None:
    with pytest.raises(ValueError):
        Bounds(5.0, 1.0, FLOOR, CEILING)
    with pytest.raises(ValueError):
        Bounds(None, 1.0, FLOOR, CEILING)


# --- the helpers keep the kind --------------------------------------------------------------

CASUALTIES = "casualties_killed_or_wounded"


@slow
@given(troops=claims(), losses=st.lists(claims(), min_size=1, max_size=3))
def test_the_share_killed_or_wounded_keeps_the_kind_of_its_figures(
    troops: tuple[int | None, ...], losses: list[tuple[int | None, ...]]
) -> None:
    """Claims of the same time, so all of them count: the share's ends are open exactly where the figures are."""
    rows = [{"claimant": "T", "metric": "troops_deployed", "reported_on": "2025-01-01", **_values(troops)}]
    for i, loss in enumerate(losses):
        rows.append({"claimant": f"C{i}", "metric": CASUALTIES, "reported_on": "2025-02-01", **_values(loss)})
    ratio = analysis.loss_ratio(claims=make_claims(rows))
    numerator = bounds.union(Bounds.of_claim(*loss) for loss in losses)
    denominator = Bounds.of_claim(*troops)
    expected = numerator / denominator
    if expected.kind == "none":
        assert ratio is None
        return
    assert ratio is not None and ratio.kind == expected.kind
    assert (ratio.high is None) == (numerator.high is None or denominator.low is None)
    if numerator.high is None:  # "more than X" killed or wounded is never read as a ceiling
        assert ratio.high is None and "up to" not in ratio.describe() and " to " not in ratio.describe()


@slow
@given(base=claims(), wave=st.lists(claims(), min_size=1, max_size=3))
def test_the_troop_total_keeps_the_kind_of_its_parts(
    base: tuple[int | None, ...], wave: list[tuple[int | None, ...]]
) -> None:
    rows = [
        {"claimant": "T", "metric": "troops_deployed", "reported_on": "2024-12-01", "period_end": "2024-11-30"}
        | _values(base)
    ]
    for i, part in enumerate(wave):
        rows.append(
            {
                "claimant": f"W{i}",
                "metric": "troops_deployed_additional",
                "reported_on": f"2025-02-0{i + 1}",
                "period_start": "2025-01-01",
                **_values(part),
            }
        )
    total = analysis.deployed_total(claims=make_claims(rows))
    assert total is not None
    expected = Bounds.of_claim(*base) + bounds.union(Bounds.of_claim(*p) for p in wave)
    assert total.bounds == expected and total.kind == expected.kind
    assert (total.high is None) == any(Bounds.of_claim(*p).high is None for p in [base, *wave])


def _values(claim: tuple[int | None, ...]) -> dict[str, int]:
    return {k: v for k, v in zip(("value_low", "value_best", "value_high"), claim, strict=True) if v is not None}


def test_the_share_on_the_real_data_is_never_built_from_a_floor_as_a_ceiling() -> None:
    """On 15 June 2025 the newest casualty estimate was "more than 6,000" of about 11,000 (UK Defence Intelligence)."""
    ratio = analysis.loss_ratio("2025-06-30")
    assert ratio is not None and ratio.numerator.figure() == "more than 6,000"
    assert ratio.kind == FLOOR and ratio.high is None and ratio.describe() == "more than 54%"
    assert math.isclose(ratio.low or 0, 6000 / (ratio.denominator.high or ratio.denominator.best or 1))
