"""Russian and Ukrainian: the work of the troops a sentence counts, told in the sentence after it.

Copy counts a contingent in one sentence and says what it is for in the next, by a pronoun or a
noun that takes it up ("Пхеньян направив ще близько п'яти тисяч найманців ... Переважно це військові
будівельники та сапери, які будуть проводити розмінування", "КНДР отправила в Россию около пяти тысяч
военнослужащих. Отправленные в Россию солдаты, вероятно, будут заниматься «восстановлением
инфраструктуры»"): the troops sent are the engineers the dataset records.

Workers put to work only an army's engineers do, fortifying lines or demining ("перша тисяча
північнокорейських працівників ... залучають для інженерного обладнання оборонних рубежів"), are the
engineers the dataset records too, and so are workers counted in the Kursk region, the war zone North
Korea's military builders were sent to; rebuilding or factory work elsewhere is a worker's as well, and
stays so.
Specialists ("спеціалістів", "специалистов", "фахівців") are troops of no kind of their own, but named with
demining they are the deminers, engineers even if still to come (as sappers are).

Data quirks:
- Only the very next sentence is read; a sentence between ("Об этом сообщает ...") is not passed over.
- A first batch ("першої партії, близько 1200 військовослужбовців", "Перша група, приблизно 1200 осіб") is
  of the contingent whose work the sentence before or after names ("щодо направлення загалом 6 тисяч ...
  для розмінування").
- Only troops sent are read so: a contingent still to come stays a plan, whatever its work, and
  troops counted where they are now stay there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Set

from analysis.intake.extract.fields import Candidate

_SENT = frozenset({"troops_deployed", "troops_deployed_additional"})
# the sentence after takes up the troops: "Переважно це", "Їх планують використовувати", "Отправленные в Россию
# солдаты", "Вони будуть", "Они займутся"
_TAKEN_UP = re.compile(
    r"^[\s«\"'(]*(?:(?:переважно|здебільшого|в основному|преимущественно|в основном|большинство|більшість)\s+)?"
    r"(?:це|это|вони|они|їх|их|ці|эти|отправленн\w+|направленн\w+|переброшенн\w+|відправлен\w+|направлен\w+"
    r"|перекинут\w+)(?![\w'])",
    re.IGNORECASE,
)
# engineering work: demining, rebuilding, construction, sappers
_WORK = re.compile(
    r"(?<![\w'])(?:разминир|розмінуван|інженерн|инженерн|сапер|сапёр|будівельник|строител"
    r"|відновленн\w* інфраструктур|восстановлени\w* инфраструктур|відбудов)\w*",
    re.IGNORECASE,
)


# the first batch of a contingent: "прибуття першої партії, близько 1200 військовослужбовців", "первой группы"
_FIRST_BATCH = re.compile(r"(?<![\w'])(?:перш|перв)\w* (?:парті|парти|груп)\w*", re.IGNORECASE)


def engineering_work(per_sentence: list[list[Candidate]], plains: list[str]) -> list[list[Candidate]]:
    """The candidates of each sentence, its one count of troops sent counted as engineers deployed where
    the sentence after it takes the troops up and names engineering work for them, or where the sentence
    before or after names it for the whole contingent whose first batch the sentence counts."""
    out = []
    for i, cands in enumerate(per_sentence):
        after = _next(plains, i)
        work = after is not None and _TAKEN_UP.match(after) is not None and _WORK.search(after) is not None
        if _FIRST_BATCH.search(plains[i]):  # the whole contingent's work, named just before or after
            work = any(_WORK.search(p) for p in (after or "", plains[i - 1] if i else ""))
        out.append(one_counted_as(cands, _SENT, "engineers_deployed") if work else cands)
    return out


# work only an army's engineers do: fortifying lines, demining (not rebuilding or factory work)
_MILITARY_WORK = re.compile(
    r"(?<![\w'])(?:інженерн\w* обладнанн|инженерн\w* оборудовани|фортифікац|фортификац|оборонн\w* рубеж"
    r"|оборонительн\w* рубеж|розмінуванн|разминировани)\w*",
    re.IGNORECASE,
)


# the war zone North Korea's builders and deminers were sent to: "у Курську область вже прибули ... робітників",
# "уже прибула на територію Курської області", "в Курской области работают"
_WAR_ZONE = re.compile(r"(?<![\w'])(?:курськ|курск|курщин)\w*", re.IGNORECASE)


def military_workers(per_sentence: list[list[Candidate]], plains: list[str]) -> list[list[Candidate]]:
    """The candidates of each sentence, its one count of workers counted as engineers deployed where the
    sentence puts them to an army engineer's work, or in the war zone, where the workers North Korea sent
    are its military builders (factory and building workers elsewhere in Russia stay workers)."""
    return _engineers_where(
        per_sentence, plains, {"workers_deployed"}, lambda p: bool(_MILITARY_WORK.search(p) or _WAR_ZONE.search(p))
    )


# specialists and demining in one sentence: "направить ... для разминирования и восстановления шесть тысяч
# специалистов", "500 фахівців ... для розмінування" (the deminers by another name, in either order)
_SPECIALISTS = re.compile(r"(?<![\w'])(?:специалист|спеціаліст|фахівц|фахівець)\w*", re.IGNORECASE)
_DEMINING = re.compile(r"(?<![\w'])(?:разминир|розмінуван)\w*", re.IGNORECASE)
_TROOPS = frozenset({"troops_planned", "troops_deployed", "troops_deployed_additional", "troops_present"})


def demining_specialists(per_sentence: list[list[Candidate]], plains: list[str]) -> list[list[Candidate]]:
    """The candidates of each sentence, its one count of specialists counted as engineers deployed where the
    sentence names demining: specialists are a kind, as sappers are, so even those still to come are the
    engineers the dataset records (a plan in other words, "у планах — до 6 тисяч спеціалістів", stays a plan)."""
    return _engineers_where(
        per_sentence, plains, _TROOPS, lambda p: bool(_SPECIALISTS.search(p) and _DEMINING.search(p))
    )


def _engineers_where(
    per_sentence: list[list[Candidate]], plains: list[str], metrics: Set[str], applies: Callable[[str], bool]
) -> list[list[Candidate]]:
    """The candidates of each sentence, its one count under ``metrics`` counted as engineers deployed where
    the sentence's plain text ``applies``."""
    return [
        one_counted_as(cands, metrics, "engineers_deployed") if applies(plain) else cands
        for cands, plain in zip(per_sentence, plains, strict=True)
    ]


def told_around(per_sentence: list[list[Candidate]], plains: list[str]) -> list[list[Candidate]]:
    """The candidates of each sentence with the work its words and the next sentence's tell: troops taken up as
    engineers, workers at an engineer's work, specialists who demine."""
    out = engineering_work(per_sentence, plains)  # "...ще 5 тисяч найманців. Переважно це військові будівельники"
    out = military_workers(out, plains)  # "працівників ... залучають для інженерного обладнання рубежів"
    return demining_specialists(out, plains)  # "для разминирования и восстановления шесть тысяч специалистов"


def one_counted_as(cands: list[Candidate], metrics: Set[str], metric: str) -> list[Candidate]:
    """A sentence's candidates, its one count under ``metrics`` (none if it has several) counted as ``metric``."""
    counted = [c for c in cands if c.metric in metrics]
    if len(counted) != 1:
        return cands
    return [dataclasses.replace(c, metric=metric) if c is counted[0] else c for c in cands]


def _next(plains: list[str], i: int) -> str | None:
    """The sentence after sentence ``i``, if any."""
    return plains[i + 1] if i + 1 < len(plains) else None
