"""Splitting texts into numbered sentences: the project's one sentence splitter.

The numbering defined here is the one every table uses: ``sentence_no`` in the
curated claims, events and transfers points at ``split_sentences(text)[n - 1]``; the
extractor, build, validate and the review files all number sentences with it.

How a line is split, in time linear in its length:
- a line with no ``.``, ``!``, ``?`` or ``…`` before its end is one sentence (most lines;
  pysbd is not called);
- text scraped from web pages often lacks the space after a full stop ("in Seoul.The
  ministry added"): a lower-case word, a stop and a capitalised word is a boundary
  (titles such as "Gen." and "Mr." excepted);
- other lines go through pysbd (rule-based, no model download, handles "U.S." and "Mr.");
- pysbd takes time quadratic in the length of what it is given (a 70 KB line: 3.6 s), so a
  line longer than ``WINDOW`` characters is first cut where a stop, a space and a capital
  meet (not after a title or an initial: "Mr. Kim", "U.S. Army"), and each piece is split
  as above. A piece still longer than ``WINDOW`` is fed to pysbd a window at a time (the
  sentences of a window but its last are kept; a window with no boundary at all is cut at
  its last space), so no sentence is longer than ``WINDOW`` characters.

Lines in Korean, Ukrainian or Russian (any Hangul or Cyrillic letter) are split by rules
of their own (pysbd knows neither Korean nor Ukrainian, and its Russian rules cut after
``тыс.``), in one linear pass:
- a stop followed by a space (or by Hangul, in Korean copy that glues sentences: "밝혔다.그는")
  is a boundary when the word before it ends a sentence: Korean ``다.``, ``요.``, ``까?``
  and closing quotes after them (``했다."``) always do;
- before a Cyrillic or Latin capital, a digit or an opening quote, a stop is a boundary
  unless it closes an abbreviation (``тыс.``, ``млн.``, ``т. зв.``, ``ген.``, ``г.``,
  ``Mr.``) or an initial (``В. Путин``); before a lower-case word it never is;
- a piece still longer than ``WINDOW`` characters is cut at its last space within it.

Data quirks:
- Raw files hold one paragraph per line; a line never continues the previous one.
- The first line of a news text is often a photo caption. It still counts as
  sentence 1 (captions carry claims too: "are said to have suffered heavy losses").
- Curly quotes and apostrophes are kept as they are: sentences are exact text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

WINDOW = 2000  # characters given to pysbd at once (lines up to this length: pysbd as is)

_INNER_STOP = re.compile(r"[.!?\u2026]")
_TRAILING = re.compile(r"[.!?\u2026\"'\u201d\u2019)\]]+$")
# "Seoul.The ministry", "said.\u201cWe": a stop with no space after it, between words
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][\"\u201d'\u2019])(?=[A-Z\u201c\"])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[.!?][\"\u201d'\u2019]?$")
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "sgt",
        "capt",
        "cpt",
        "adm",
        "cmdr",
        "prof",
        "sen",
        "rep",
        "gov",
        "st",
        "mt",
        "ft",
        "no",
        "vs",
        "jr",
        "sr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
    ]
)


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _unglued(line: str) -> list[str]:
    """``line`` cut where a full stop has no space after it ("Seoul.The")."""
    pieces, start = [], 0
    for m in _GLUED.finditer(line):
        word = _WORD_BEFORE.search(line, max(start, m.start() - 40), m.start())
        if word and word.group(1).lower() in _TITLES:
            continue
        pieces.append(line[start : m.start()])
        start = m.start()
    pieces.append(line[start:])
    return pieces


def _pysbd(text: str) -> list[str]:
    # pysbd's own ``segment`` finds each sentence in the text again with a regex made of that
    # sentence, compiling one pattern a sentence (a third of the time of English extraction, and it
    # churns the ``re`` module's cache): the same search, by ``str.find``, is done here instead
    found = _segmenter().processor(text).process()
    return [s.strip() for s in _in_text(found, text) if s.strip()]


def _in_text(sentences: list[str], text: str) -> list[str]:
    """Each of pysbd's sentences as it stands in ``text`` with the whitespace after it, in order:
    the first occurrence ending past the previous one (as ``Segmenter.sentences_with_char_spans``
    finds them, without a regex a sentence); a sentence not found in the text is left out, as
    there."""
    out: list[str] = []
    prior = 0
    for sentence in sentences:
        start = 0
        while (at := text.find(sentence, start)) >= 0:
            end = at + len(sentence)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior:
                out.append(text[at:end])
                prior = end
                break
            start = end if end > at else at + 1
    return out


# a likely boundary on a long line: a stop (and a closing quote), spaces, a capital
_BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def _long_line(line: str) -> list[str]:
    """The sentences of a line longer than ``WINDOW``, in time linear in its length."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        word = _WORD_BEFORE.search(line, max(start, m.start() - 40), m.start())
        if word is None or len(word.group(1)) == 1 or word.group(1).lower() in _TITLES:
            continue  # "U.S. Army", "J. Smith", "Mr. Kim": not a boundary
        if word.start() > 0 and line[word.start() - 1] == ".":
            continue
        out += _piece(line[start : m.start()])
        start = m.end()
    out += _piece(line[start:])
    return out


def _piece(piece: str) -> list[str]:
    piece = piece.strip()
    if not piece:
        return []
    if len(piece) > WINDOW:
        return _windowed(piece)
    if not _INNER_STOP.search(_TRAILING.sub("", piece)):
        return [piece]
    return _pysbd(piece)


def _windowed(line: str) -> list[str]:
    """pysbd's sentences of a long line, a window at a time (see the module notes)."""
    out: list[str] = []
    pos, n = 0, len(line)
    while pos < n:
        if n - pos <= WINDOW:
            out += _pysbd(line[pos:])
            break
        window = line[pos : pos + WINDOW]
        parts = _pysbd(window)
        consumed = 0
        if len(parts) > 1:
            cursor = 0
            for part in parts[:-1]:
                at = window.find(part, cursor)
                if at < 0:
                    break
                cursor = at + len(part)
            else:
                consumed = cursor
                out += parts[:-1]
        if not consumed:  # no boundary in a whole window: cut at its last space
            space = window.rfind(" ", WINDOW // 2)
            consumed = space if space > 0 else WINDOW
            if window[:consumed].strip():
                out.append(window[:consumed].strip())
        pos += consumed
        while pos < n and line[pos].isspace():
            pos += 1
    return out


# --- Korean, Ukrainian and Russian lines ----------------------------------------------------

_WORLD_SCRIPT = re.compile(r"[\uac00-\ud7a3\u0400-\u04ff]")
_CLOSERS = "\"'\u201d\u2019\u00bb)\\]\u300d\u300f"
_OPENERS = "\"'\u201c\u2018\u00ab\u201e(\\[\u300c\u300e\u2014\u2013-"
# a stop (an ellipsis, several marks), its closing quotes, then a space or the end; in Korean
# copy also a stop glued to the next Hangul or quote ("밝혔다.그는"); in Cyrillic copy a stop
# glued between a lower-case word and a capitalised one ("заявил.Он")
_WORLD_STOP = re.compile(
    rf"(?:\.{{3}}|[.!?\u2026])+[{_CLOSERS}]*(?=\s|$)"
    rf"|(?<=[\uac00-\ud7a3])[.!?]+[{_CLOSERS}]*(?=[\uac00-\ud7a3{_OPENERS}])"
    rf"|(?<=[\u0430-\u045f\u0491]{{2}})[.!?](?=[\u0400-\u042f\u0490][\u0430-\u045f\u0491])"
)
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
# abbreviations of Russian and Ukrainian copy that a full stop does not end the sentence after
_ABBREVIATIONS = frozenset(
    [
        "тыс",
        "тис",
        "млн",
        "млрд",
        "трлн",
        "ген",
        "генерал-лейт",
        "подполк",
        "полк",
        "ком",
        "зам",
        "т",
        "зв",
        "тзв",
        "т.зв",
        "т.е",
        "т.д",
        "т.п",
        "т.н",
        "т.ч",
        "г",
        "гг",
        "ул",
        "им",
        "др",
        "пр",
        "просп",
        "обл",
        "р-н",
        "нар",
        "деп",
        "руб",
        "грн",
        "долл",
        "коп",
        "см",
        "ст",
        "п",
        "пп",
        "ч",
        "рис",
        "табл",
        "акад",
        "проф",
        "доц",
        "канд",
        "св",
        "стр",
        "кв",
        "м",
        "мм",
        "км",
        "кг",
        "ок",
        "прибл",
        "напр",
        "див",
        "мал",
        "рр",
        "р",
        "с",
        "ін",
        "інш",
        "тощо",
        "вул",
        "пл",
    ]
)


_NEXT_CHAR = re.compile(r"\S")


def _world_boundary(line: str, stop: re.Match[str]) -> bool:
    """Whether the stop ``stop`` ends a sentence of a Korean, Ukrainian or Russian line (the 40
    characters before it and the first one after it decide: no copy of the line, so a 1 MB line
    is read in linear time)."""
    after = _NEXT_CHAR.search(line, stop.end())
    if after is None:
        return True
    before = line[max(0, stop.start() - 40) : stop.start()]
    if before[-1:] and "\uac00" <= before[-1] <= "\ud7a3":
        return True  # Korean: 다. 요. 까? 니다. and their quotes
    nxt = after.group(0)
    if nxt.islower():
        return False  # "11 тыс. военных", "т. зв. добровольців"
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or "\uac00" <= nxt <= "\ud7a3"):
        return False
    word = _LAST_WORD.search(before[-40:])
    if word is None:
        return before[-1:].isdigit() and not nxt.isdigit()  # "составили 11 000. Об этом"
    text = word.group(1)
    if line[stop.start()] != ".":
        return True  # ! ? and ellipses always end one
    if len(text) == 1:
        return False  # an initial ("В. Путин") or "т." of "т. зв."
    lower = text.lower()
    if lower in _ABBREVIATIONS or lower in _TITLES:
        return False
    return not (word.start() > 0 and before[-40:][word.start() - 1] == ".")  # "т.зв.", "U.S."


def _world_line(line: str) -> list[str]:
    """The sentences of a Korean, Ukrainian or Russian line (see the module notes)."""
    out: list[str] = []
    start = 0
    for stop in _WORLD_STOP.finditer(line):
        if stop.end() - start < 2 or not _world_boundary(line, stop):
            continue
        out += _bounded(line[start : stop.end()])
        start = stop.end()
    out += _bounded(line[start:])
    return out


def _bounded(piece: str) -> list[str]:
    """``piece`` stripped, cut at spaces into parts of at most ``WINDOW`` characters."""
    piece = piece.strip()
    out = []
    while len(piece) > WINDOW:
        space = piece.rfind(" ", WINDOW // 2, WINDOW)
        cut = space if space > 0 else WINDOW
        out.append(piece[:cut].strip())
        piece = piece[cut:].strip()
    return [*out, piece] if piece else out


def split_line(line: str) -> list[str]:
    """The sentences of one line (one paragraph), stripped, in order."""
    line = line.strip()
    if not line:
        return []
    if _WORLD_SCRIPT.search(line):
        return _world_line(line)
    out: list[str] = []
    for piece in _unglued(line):
        # pysbd splits only at . ! ? …: a piece without them inside is one sentence
        out += _long_line(piece) if len(piece.strip()) > WINDOW else _piece(piece)
    return out


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: its lines, except that a line ending inside a figure joins
    the next ("about 11," + "000 troops"). Every reader of a text splits it this way."""
    lines = text.splitlines()
    out: list[str] = []
    for line in lines:
        if out and _cut(out[-1], line):
            head, tail = out[-1].rstrip(), line.lstrip()
            glue = (
                " " if head[-1].isdigit() and re.match(r"\d{3}(?!\d)", tail) and not head.endswith((",", ".")) else ""
            )
            out[-1] = head + glue + tail
        else:
            out.append(line)
    return out


def _cut(previous: str, line: str) -> bool:
    head, tail = previous.rstrip(), line.lstrip()
    if not head or not tail or not tail[0].isdigit():
        return False
    if head[-1] in ",." and head[-2:-1].isdigit():
        return re.match(r"\d{3}(?!\d)", tail) is not None  # "11," + "000"
    if head[-1] in "만천억" and head[-2:-1].isdigit():
        return True  # "1만" + "1000명"
    # "11" + "000 военных": a thousands group written with a space, cut at it
    return (
        head[-1].isdigit()
        and re.match(r"\d{3}(?!\d)\s", tail) is not None
        and re.search(r"(?<!\d)\d{1,3}$", head) is not None
    )


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences: each paragraph (``paragraphs``) separately, in order.

    Returns the sentences stripped of surrounding white space. The result is the
    numbering used by ``sentence_no`` (1-based).
    """
    sentences: list[str] = []
    for line in paragraphs(text):
        sentences += split_line(line)
    return sentences
