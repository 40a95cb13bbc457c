"""Attribution in real copy: wire credits, transcripts, carried claimants, contrasts, spellings."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.intake.extract import claims_from_text
from analysis.intake.extract.candidates import speaker_label
from analysis.intake.extract.claimants import spelling_variants

PUBLISHED = date(2025, 3, 27)


def claimants(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.value_best or c.value_low or c.value_high, c.claimant) for c in claims_from_text(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea has sent 3,000 more troops, the NIS said, Yonhap reported.",
            [(3000, "South Korea NIS")],
        ),
        (
            "North Korea supplied more than 10 million shells, lawmaker Park Sun-won said after a briefing "
            "by the National Intelligence Service, Yonhap reported.",
            [(10_000_000, "South Korea NIS")],
        ),
        (
            "About 11,000 troops are in Kursk, the White House said on Monday, Yonhap reported.",
            [(11000, "US White House")],
        ),
        ("Yonhap reported that 3,000 troops went.", [(3000, "Yonhap")]),  # a credit alone is the source
    ],
)
def test_a_speakers_own_words_beat_a_trailing_wire_credit(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected


TRANSCRIPT = """Transcript: White House press briefing
MR. KIRBY: We can confirm that North Korea has provided Russia with more than a thousand containers.
Q: The NIS says 3,000 troops went. Is that right?
MR. KIRBY: We believe about 10,000 soldiers are now in Kursk.
MR MILLER: Up to 8,000 had reached Kursk.
ANCHOR: Another 500 soldiers left last week."""


def test_transcript_speaker_labels_attribute_to_the_speakers_organisation() -> None:
    assert claimants(TRANSCRIPT) == [
        (1000, "US White House"),
        (3000, "South Korea NIS"),  # a question citing someone's figure is theirs
        (10000, "US White House"),
        (8000, "US State Department"),
        (500, "US State Department"),  # an unattributed line carries the claimant before it
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MR. KIRBY: We can confirm it.", (11, "Kirby")),
        ("GEN. SMITH: Thank you.", (12, "Smith")),
        ("Q: What is the number?", (3, None)),
        ("REPORTER (V/O): Earlier this month ...", (16, None)),
        ("ANCHOR: Good evening.", (8, None)),
        ("Seoul: North Korea sent troops.", (0, None)),  # not capitals: a dateline, not a speaker
        ("Note: figures are rounded.", (0, None)),
    ],
)
def test_speaker_label(line: str, expected: tuple[int, str | None]) -> None:
    assert speaker_label(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NIS said 3,000 troops were sent. It added that 300 had been killed.",
            [(3000, "South Korea NIS"), (300, "South Korea NIS")],
        ),
        (
            "A report by South Korea's Defence Intelligence Agency counted 13,000 containers. "
            "The report said they could hold 6 million shells.",
            [(13000, "South Korea DIA"), (6_000_000, "South Korea DIA")],
        ),
    ],
)
def test_it_added_and_the_report_said_carry_the_claimant(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's figure for North Korean dead was 3,500, while Seoul's was closer to 2,000.",
            [(3500, "Ukraine"), (2000, "South Korea")],
        ),
        (
            "Zelensky said 4,000 were killed, whereas the NIS put the dead at 2,000.",
            [(4000, "Ukraine presidency"), (2000, "South Korea NIS")],
        ),
    ],
)
def test_two_claimants_in_one_sentence_keep_their_own_figures(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Britain's Defense Intelligence",
        "Britain's Defence Intelligence",
        "UK Defense Intelligence",
        "the British Defense Ministry",
    ],
)
def test_us_and_british_spellings_are_aliases(name: str) -> None:
    assert claimants(f"{name} said 6,000 were killed or wounded.") == [(6000, "UK Defence Intelligence")]


def test_spelling_variants() -> None:
    assert spelling_variants("Defence Intelligence") == {"Defence Intelligence", "Defense Intelligence"}
    assert spelling_variants("U.S. Department of Defense") >= {"US Department of Defence", "U.S. Department of Defense"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed lawmaker relays a briefing: the intelligence service's, or the one agency the text names
        ("Another 1,500 soldiers went, a South Korean lawmaker said.", [(1500, "South Korea NIS")]),
        (
            "The JCS briefed parliament. Another 1,500 soldiers went, South Korean lawmakers said.",
            [(1500, "South Korea JCS")],
        ),
        ("Ukrainian officials said 3,000 were killed.", [(3000, "Ukraine")]),
        ("South Korean military officials said 200 were wounded.", [(200, "South Korea")]),
    ],
)
def test_officials_named_by_nationality(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected
