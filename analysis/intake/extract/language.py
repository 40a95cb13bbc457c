"""Which of the four languages an article is written in: English, Korean, Ukrainian or Russian.

Rules on the letters, not a model: the four languages write in three scripts, and the two
that share one differ in letters the other never uses (Ukrainian і ї є ґ, Russian ы э ъ ё).
Measured against two language identifiers with models inside their packages (see the
README): these rules were as right on real pages and cost nothing at start-up.

- Hangul is a Korean article even when Latin acronyms and figures outnumber it a little
  (``KN-23``, ``NIS``, ``1만1000명``): at least a fifth of its letters are Hangul.
- Cyrillic: Ukrainian when its own letters and words outweigh Russian's, else Russian;
  Cyrillic of another language (Belarusian ``ў``, Serbian ``ђ ћ џ``, Bulgarian without
  ``ы``/``э`` but full of ``ъ``) is none of the four.
- Latin: English when English function words are common enough; otherwise none of the four.

Data quirks:
- Only the first ``SAMPLE`` characters are looked at: enough for a decision, and a 1 MB
  page costs no more than a short one.
- An article in none of the four languages is read as English, with a warning naming it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

LANGUAGES = ("en", "ko", "uk", "ru")
NAMES = {"en": "English", "ko": "Korean", "uk": "Ukrainian", "ru": "Russian"}
SAMPLE = 20_000

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER = re.compile(r"[\u0590-\u08ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")  # Hebrew, Arabic, Thai, kana, Han
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

_UK_LETTERS = frozenset("іїєґІЇЄҐ")
_RU_LETTERS = frozenset("ыэъёЫЭЪЁ")
_OTHER_CYRILLIC = frozenset("ўЎђЂћЋџЏљЉњЊјЈѓЃќЌ")
_UK_WORDS = frozenset(
    [
        "що",
        "та",
        "від",
        "які",
        "який",
        "яка",
        "це",
        "як",
        "його",
        "її",
        "їх",
        "було",
        "була",
        "були",
        "також",
        "після",
        "під",
        "час",
        "вже",
        "ще",
    ]
)
_RU_WORDS = frozenset(
    [
        "что",
        "это",
        "как",
        "его",
        "ее",
        "её",
        "их",
        "было",
        "была",
        "были",
        "также",
        "после",
        "под",
        "уже",
        "еще",
        "ещё",
        "который",
        "которые",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "that",
        "for",
        "on",
        "said",
        "with",
        "as",
        "by",
        "at",
        "from",
        "have",
        "has",
        "were",
        "are",
        "it",
    ]
)


@dataclass(frozen=True)
class Identified:
    """The language of a text, and a warning when it is none of the four (read as English)."""

    lang: str
    warning: str = ""


def identify(text: str) -> Identified:
    """The language of ``text``: ``en``, ``ko``, ``uk`` or ``ru`` (see the module notes).

    A text in none of them is ``en`` with a warning ("looks like none of ..."); a text
    without letters is English without one.
    """
    sample = text[:SAMPLE]
    hangul = len(_HANGUL.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    other = len(_OTHER.findall(sample))
    letters = hangul + cyrillic + latin + other
    if letters == 0:
        return Identified("en")
    if hangul >= 0.2 * letters:
        return Identified("ko")
    if cyrillic >= 0.4 * letters:
        return _cyrillic(sample)
    if latin >= 0.5 * letters:
        return _latin(sample)
    return _none("its letters are mostly of another script")


def _cyrillic(sample: str) -> Identified:
    counts = Counter(c for c in sample if "\u0400" <= c <= "\u04ff")
    uk = sum(counts[c] for c in _UK_LETTERS)
    ru = sum(counts[c] for c in _RU_LETTERS)
    letters_ru = ru
    other = sum(counts[c] for c in _OTHER_CYRILLIC)
    words = Counter(w.lower() for w in _WORD.findall(sample))
    uk += 2 * sum(words[w] for w in _UK_WORDS)
    ru += 2 * sum(words[w] for w in _RU_WORDS)
    hard_sign = counts["ъ"] + counts["Ъ"]
    if other > max(uk, ru, 2) or (hard_sign and letters_ru == hard_sign and uk == 0 and sum(counts.values()) >= 40):
        return _none("its Cyrillic letters are of another language")  # Belarusian, Serbian; Bulgarian's ъ without ы
    if uk == ru == 0:
        return Identified("ru")  # too short to tell: the commoner of the two in this reporting
    return Identified("uk" if uk > ru else "ru")


def _latin(sample: str) -> Identified:
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 8:
        return Identified("en")  # a headline or a caption: too short to tell
    share = sum(w in _EN_WORDS for w in words) / len(words)
    if share >= 0.06:
        return Identified("en")
    return _none("its words are not English")


def _none(why: str) -> Identified:
    return Identified("en", f"language is none of English, Korean, Ukrainian and Russian ({why}); read as English")


def language_of(text: str, declared: str = "") -> Identified:
    """The language to read ``text`` in: ``declared`` (front matter ``lang:``) when it is one of
    the four, else the identified one. A declared language outside the four is a warning."""
    code = declared.strip().lower().replace("_", "-").split("-")[0]
    if code in LANGUAGES:
        return Identified(code)
    found = identify(text)
    if declared.strip():
        note = f"lang {declared.strip()[:20]!r} is not one of {', '.join(LANGUAGES)}; read as {NAMES[found.lang]}"
        return Identified(found.lang, "; ".join(x for x in (note, found.warning) if x))
    return found
