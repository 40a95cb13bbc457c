"""Background lines: what North Korea did, told by the copy on its own account, and whose they are.

In English, "Earlier, the North deployed around 15,000 combat troops" (``is_english_background``);
in Russian and Ukrainian, the language's own pattern (``is_background``).

A Russian or Ukrainian page retelling a wire ("сообщает Yonhap") adds lines of the wire's own
background ("С октября прошлого года КНДР направила около 13 тысяч военнослужащих"): told since a
time or recalled ("Напомним", "Видання нагадує"), with no source of their own, they are the
outlet's whose copy it is, not the source the sentence before named.

Data quirks:
- The copy's outlet is the publisher when it is a news outlet among the actors ("RBC-Ukraine
  (retelling Yonhap)"), else the one news outlet the page credits; a page crediting several
  outlets names no one outlet for its background.
- A reference note ("Справка.", "Довідка:") stands as a sentence of its own before the lines it
  holds (``is_reference_note``).
- A line recalled as already known ("Ранее стало известно, что ...") and followed in its paragraph by a
  sentence naming a source is that source's figure (``is_recalled_known``).
- A lede told that way and followed by who said it ("Об этом сообщает ... со ссылкой на разведку")
  is that source's figure, not background.
- Hearsay with no one named ("Відомо, що Москві надали близько 12 тисяч", "появилась информация о
  том, что") is no one's claim: its figures are left out.
"""

from __future__ import annotations

import re

from analysis.intake.extract.claimants import Mention, is_outlet
from analysis.intake.extract.restate import is_headline
from analysis.intake.extract.text import plain


def copy_outlet(publisher: str | None, mentions: list[list[Mention]]) -> str | None:
    """The news outlet whose copy a page is: ``publisher`` (an outlet among the actors, if any), else
    the one outlet the page's sentences name."""
    if publisher is not None:
        return publisher
    named = {m.actor.actor_id for ms in mentions for m in ms if is_outlet(m.actor)}
    return next(iter(named)) if len(named) == 1 else None


# hearsay the copy adds without a source: "Відомо, що Москві надали близько 12 тисяч", "А восени з'явилися
# повідомлення, що КНДР перекинула", "Тоді повідомлялось, що", "появилась информация о том, что", "по другим
# оценкам", "По подсчётам аналитиков" (no one named)
_HEARSAY = re.compile(
    # not "стало відомо, що" (news recalled, its source's), nor "Відомо, що з жовтня ... направила" (the wire's own
    # background, told since a time)
    r"(?<![\w'])(?<!стало )(?:відомо|известно),?\s+(?:що|что)(?![\w'])(?!\s+(?:з|с|со|із|від|починаючи)\s)"
    r"|(?<![\w'])(?:з'явил|появил)\w*\s+(?:\w+\s+)?(?:повідомлен|інформаці|информаци|сообщени)"
    r"|(?<![\w'])(?:тоді|тогда)\s+(?:повідомлял|сообщал|писал)"
    r"|(?<![\w'])(?:по другим оценкам|за іншими оцінками|по подсч[её]там аналитиков|за підрахунками аналітиків)",
    re.IGNORECASE,
)


# "Ранее стало известно, что 600 солдат ... пали", "Раніше повідомлялося, що ...": a figure recalled as already
# known, with no source of its own; the next sentence of its paragraph, where it names one, says whose it is
_RECALLED_KNOWN = re.compile(
    r"^[\"«]?(?:ранее|раніше|прежде|до этого|до цього|как|як)?,?\s*"
    r"(?:стало\s+известно|стало\s+відомо|сообщалось|повідомлялося|повідомлялось|писали|писалось|писалося)"
    r",?\s+(?:что|що)\b",
    re.IGNORECASE,
)


def is_hearsay(sentence: str, mentions: list[Mention]) -> bool:
    """Whether a Russian or Ukrainian sentence tells its figures as hearsay ("Відомо, що", "з'явилися
    повідомлення", "Тоді повідомлялось") and names no one who said them (a country named is what it tells of)."""
    return _HEARSAY.search(sentence) is not None and all(m.actor.kind == "country" for m in mentions)


def is_recalled_known(sentence: str) -> bool:
    """Whether a sentence recalls its figures as already known ("Ранее стало известно, что ..."), naming
    no source of its own."""
    return _RECALLED_KNOWN.match(sentence.strip()) is not None


# "Справка.", "Довідка:", "Для справки": the heading of a note the copy adds on its own account
_NOTE = re.compile(r"^\W*(?:справка|довідка|справочно|довідково|для справки|для довідки)\W*$", re.IGNORECASE)


def is_reference_note(before: str) -> bool:
    """Whether ``before``, the sentence before one, is the heading of the copy's own reference note
    ("Справка. Согласно договору ..., Северная Корея направила ..."): what follows is the outlet's background."""
    return _NOTE.match(before.strip()) is not None


def is_background(pattern: re.Pattern[str] | None, sentence: str, said_next: bool) -> bool:
    """Whether a sentence is the copy's own background (``pattern``, the language's), unless the next
    sentence says who said it (``said_next``)."""
    return pattern is not None and not said_next and pattern.match(sentence.strip()) is not None


# "Earlier, the North deployed around 15,000 combat troops", "North Korea also dispatched 1,000 sappers":
# what North Korea did, told without a source ("North Korea has emerged as ..., providing"), is the background
# the outlet adds on its own account
_ENGLISH = re.compile(
    r"^(?:(?:Earlier|Previously|Before that|Since then|So far|To date|Last (?:year|month|week)|(?:In|Since|By|As of)\s+"
    # "Since October last year", "In late 2024", "By mid-January": a time the background is told at
    r"(?:(?:early|late|mid-?)\s*)?\w+(?:\s+\d{4}|\s+(?:last|this)\s+year)?),?\s+)?"
    r"(?:North Korea|Pyongyang|the North)\s+(?:(?:has|had|also|already|reportedly|previously)\s+){0,3}"
    r"(?:sent|dispatched|deployed|provided|supplied|shipped|transferred|delivered|been|shaped up|emerged|become)\b"
    # "Up to 12,000 North Korean troops were deployed to Kursk": the troops told as sent, by no one named
    r"|^(?:(?:up to|about|around|some|roughly|approximately|an estimated|more than|over|at least|nearly)\s+)?"
    r"[\d,.]+(?:\s+(?:thousand|million))?\s+North Korean\s+(?:troops|soldiers|servicemen|personnel)\s+"
    r"(?:were|had been|have been)\s+(?:\w+ly\s+)?(?:sent|dispatched|deployed|transferred)\b",
    re.IGNORECASE,
)


def is_english_background(sentence: str) -> bool:
    """Whether a sentence tells what North Korea did without a source, as an outlet's background."""
    return not is_headline(sentence) and bool(_ENGLISH.match(plain(sentence).strip(" \"'")))
