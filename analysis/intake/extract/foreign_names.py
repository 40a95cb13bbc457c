"""Korean, Ukrainian and Russian names of actors as patterns: particles and case endings after them.

``foreign_name_pattern`` gives the pattern of one name, matched on lower-cased text; ``lead`` the key
``claimants.ActorIndex`` looks the patterns up by (a word's first two letters).

Data quirks:
- Korean particles follow a name with or without a space ("국정원은", "합참 이").
- The syllables of a Korean name in Cyrillic are written with a space or a hyphen ("Лі Сон-Квен", "Ли Сон Квен").
- Russian and Ukrainian copy transliterate the same name with their own vowels ("Шин Вон Сик", "Шін Вон Сік",
  "Ким Чен Ын", "Кім Чен Ин"); an agency's name is translated, not transliterated, and the same letters
  name different bodies ("Минобороны" is Russia's ministry, "Міноборони" Ukraine's).
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff']+")
# endings a Russian or Ukrainian name sheds before its case endings ("Корея" -> "Кор-еи")
_SHED = re.compile(r"(?:[аяоеёыиіїуюэєь][йяюеиіїо]?|[йь])$")
_ENDING = "[\u0430-\u045f\u0491']{0,3}"


# the vowels Russian and Ukrainian write apart in the same transliterated name ("Шин Вон Сик", "Шін Вон Сік",
# "Ким Чен Ын", "Кім Чен Ин"): one letter of a name matches any of its group
_VOWEL_GROUPS = ("иіыї", "еєэ")
_VOWEL_CLASS = {c: f"[{group}]" for group in _VOWEL_GROUPS for c in group}


def _letters(text: str, fold: bool) -> str:
    """``text`` escaped for a pattern; with ``fold``, each vowel of ``_VOWEL_GROUPS`` matches any of its group."""
    return "".join(_VOWEL_CLASS.get(c, re.escape(c)) if fold else re.escape(c) for c in text)


def _fold(text: str) -> str:
    """``text`` with each vowel of ``_VOWEL_GROUPS`` written as the first of its group."""
    return "".join(next((g[0] for g in _VOWEL_GROUPS if c in g), c) for c in text)


def _cyrillic_word(word: str, shortest: int, last: bool = True, fold: bool = False) -> str:
    """A lower-cased word of a Cyrillic name with room for case endings (a stem of at least
    ``shortest`` letters); only the name's last word must end where a word ends. ``fold``: the
    word is a transliterated name, its vowels written either language's way."""
    end = "(?![\\w-])" if last else ""
    if len(word) <= 4 or not _CYRILLIC_WORD.fullmatch(word):
        return _letters(word, fold) + "[\u0430-\u045f\u0491]{0,2}" + end  # "ГУРа", "ЗСУ", "РФ"
    stem = _SHED.sub("", word)
    if len(stem) < shortest:
        stem = word[:-1] if word[-1] in "аяоеёыиіїуюэєьй" else word
    return _letters(stem, fold) + _ENDING + end


def foreign_name_pattern(name: str, person: bool = False) -> str:
    """A regular expression for a Korean, Ukrainian or Russian name, matched on lower-cased text.

    Korean names take their particles after them ("국정원은", "합참이"); words of a Russian or
    Ukrainian name take case endings ("Головного управління розвідки" for "Головне
    управління розвідки", "Хинштейна", "ГУРа"). A ``person``'s name, transliterated, takes either
    language's vowels ("Шин Вон Сік" for "Шин Вон Сик"); an agency's words are the language's own
    ("Міноборони" is Ukraine's, "Минобороны" Russia's).
    """
    if _HANGUL.search(name):
        return r"\s?".join(re.escape(w.lower()) for w in name.split())
    # the syllables of a Korean name in Cyrillic are written with a space or a hyphen ("Лі Сон-Квен",
    # "Ли Сон Квен"): a name's words are joined by either
    words = name.replace("-", " ").split() if _CYRILLIC_WORD.search(name) else name.split()
    shortest = 4 if len(words) == 1 else 3
    return r"[\s-]+".join(_cyrillic_word(w, shortest, i == len(words) - 1, person) for i, w in enumerate(words))


def lead(text: str, at: int) -> str:
    """The first two letters of ``text`` from ``at``, spaces between them skipped ("군 관계자" -> "군관"), a
    vowel of ``_VOWEL_GROUPS`` as the first of its group ("Кі" and "Ки" are one key)."""
    second = at + 1
    while second < len(text) and text[second].isspace():
        second += 1
    return _fold(text[at] + (text[second] if second < len(text) else ""))
