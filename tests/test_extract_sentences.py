"""The project's one sentence splitter: pysbd's numbering, glued full stops, bounded work on long lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import sentences
from analysis.sentences import split_line, split_sentences


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("It arrived in Seoul.The ministry added 300 more.", ["It arrived in Seoul.", "The ministry added 300 more."]),
        ('He said "never."The NIS disagreed.', ['He said "never."', "The NIS disagreed."]),
        ("Gen.Kim spoke.", ["Gen.Kim spoke."]),  # a title, not a boundary
        ("U.S. officials said 1.5 million shells went.", ["U.S. officials said 1.5 million shells went."]),
        ("No stop here", ["No stop here"]),
        ("  ", []),
        ("- Containers: 10,000 went. - Shells: more.", ["- Containers: 10,000 went.", "- Shells: more."]),
    ],
)
def test_split_line(line: str, expected: list[str]) -> None:
    assert split_line(line) == expected


def test_a_long_line_is_split_like_pysbd(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        " ".join(
            f"Sentence {i} says the U.S. Army and Mr. Kim saw {i}.5 million shells in May. “Quoted {i}.”"
            for i in range(40)
        )
        + " That is all."
    )
    whole = sentences._pysbd(text)  # pysbd on the whole line at once
    assert len(text) > sentences.WINDOW and split_sentences(text) == whole
    monkeypatch.setattr(sentences, "WINDOW", 300)
    assert split_sentences(text) == whole


def test_no_sentence_is_longer_than_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentences, "WINDOW", 500)
    for text in ("word " * 2000, "x" * 3000, "a." * 2000, "North Korea " * 300 + "sent 3,000 troops."):
        parts = split_sentences(text)
        assert parts and max(map(len, parts)) <= 500
        assert "".join(parts).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_a_long_scraped_line_stays_linear() -> None:
    """200 KB on one line: bounded windows, so this takes well under a second or two."""
    text = "North Korea sent 1,000 troops to Russia, officials said.The U.S. said 300 were killed. " * 2300
    parts = split_sentences(text)
    assert len(parts) == 4600 and max(map(len, parts)) <= sentences.WINDOW


# pysbd's sentences found in the text by str.find, as its own regex a sentence finds them
_WORDS = [
    "Mr.",
    "Kim",
    "said",
    "U.S.",
    "troops",
    "11,000",
    "3.5",
    "No.",
    "1",
    "Seoul.",
    "The",
    "e.g.",
    "(AP)",
    '"We',
    'will."',
    "...",
    "!",
    "?",
    "Jan.",
    "Dr.",
    "a.m.",
    "'s",
    "—",
    "\u00a0",
    "\n",
    "  ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join))
def test_sentences_found_in_the_text_as_pysbd_finds_them(text: str) -> None:
    import pysbd

    own = pysbd.Segmenter(language="en", clean=False, char_span=False)
    assert sentences._pysbd(text) == [s.strip() for s in own.segment(text) if s.strip()]


def test_a_sentence_found_again_past_the_one_before() -> None:
    """The same sentence twice is found twice, at its two places; one not in the text is left out."""
    assert sentences._in_text(["A b.", "A b."], "A b. A b. ") == ["A b. ", "A b. "]
    assert sentences._in_text(["A b.", "missing", "C."], "A b. C.") == ["A b. ", "C."]
