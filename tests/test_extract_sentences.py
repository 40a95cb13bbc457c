"""The project's one sentence splitter: pysbd's numbering, glued full stops, bounded work on long lines."""

from __future__ import annotations

import pytest

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
