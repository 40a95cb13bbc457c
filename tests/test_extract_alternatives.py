"""One load read in two calibres ("3 million rounds of 152 mm ... or 500,000 rounds of 122 mm"): the
first reading is the claim, the alternative after "or" the same load counted otherwise. Each row is a
sentence written for the test in the shape copy gives it."""

from __future__ import annotations

import pytest

from tests.test_extract_classes import Row, rows

# --- one load read in two calibres: the first reading is the claim ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said the 6,700 containers could hold about 3 million rounds of 152 mm artillery shells "
            "or 500,000 rounds of 122 mm artillery shells.",
            [("containers_shipped", None, 6700, None), ("artillery_shells", None, 3000000, None)],
        ),
        (
            "The ministry said North Korea sent up to 2 million 152-millimeter shells or about 400,000 "
            "122-millimeter rockets.",
            [("artillery_shells", None, None, 2000000)],
        ),
        # unchanged: "and" adds a second load; "or" without calibres is one claim of either kind
        (
            "The ministry said North Korea sent 3 million rounds of 152 mm shells and 500,000 rounds of 122 mm shells.",
            [("artillery_shells", None, 3000000, None), ("artillery_shells", None, 500000, None)],
        ),
    ],
)
def test_a_second_calibres_reading_of_one_load_is_no_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected
