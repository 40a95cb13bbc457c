"""Russian and Ukrainian dates: the period a figure covers, against the publication date.

``в прошлом году`` / ``минулого року`` (last year), ``в этом году`` / ``цього року``, ``с начала
года`` / ``з початку року`` (1 January to the day), ``в январе-феврале`` / ``у січні-лютому``,
``13 января 2025 года`` / ``13 січня 2025 року``, ``в 2024 году``, ``на сегодняшний день`` (so
far); ``с октября`` runs to the publication day, ``к концу года`` is a deadline.

Data quirks:
- A date right after a statement verb ("заявил 13 января") dates the statement, not the figure.
- Months are matched in all their case forms (``январь``, ``января``, ``январе``; ``січень``,
  ``січня``, ``січні``).
"""

from __future__ import annotations

import re
from datetime import date

from analysis.intake.extract.foreign import relative_period
from analysis.intake.extract.periods import Period, month_period, safe_date

_L = "а-яёіїєґ'"  # letters of a Cyrillic word

_MONTH_NO: list[tuple[int, str]] = [
    (1, r"январ[ьяе]|січ(?:ень|ня|ні)"),
    (2, r"феврал[ьяе]|лют(?:ий|ого|ому)"),
    (3, r"март[ае]?|берез(?:ень|ня|ні)"),
    (4, r"апрел[ьяе]|квіт(?:ень|ня|ні)"),
    (5, r"ма[йяе]|трав(?:ень|ня|ні)"),
    (6, r"июн[ьяе]|черв(?:ень|ня|ні)"),
    (7, r"июл[ьяе]|лип(?:ень|ня|ні)"),
    (8, r"август[ае]?|серп(?:ень|ня|ні)"),
    (9, r"сентябр[ьяе]|верес(?:ень|ня|ні)"),
    (10, r"октябр[ьяе]|жовт(?:ень|ня|ні)"),
    (11, r"ноябр[ьяе]|листопад[аі]?"),
    (12, r"декабр[ьяе]|груд(?:ень|ня|ні)"),
]
_MONTH = "|".join(f"(?P<mo{n}>{w})" for n, w in _MONTH_NO)
_MONTH_PLAIN = "|".join(w for _, w in _MONTH_NO)
_YEAR = r"(?:19|20)\d\d"
_PERIODS = re.compile(
    rf"(?<![{_L}])(?:(?P<day>\d{{1,2}})\s+)?(?:{_MONTH})(?![{_L}])(?:\s*[-–]\s*(?P<m2>{_MONTH_PLAIN})(?![{_L}]))?"
    rf"(?:\s+(?P<y>{_YEAR})\s*(?:года|году|г\.|року|р\.|рік))?"
    rf"|(?P<yonly>{_YEAR})\s*(?:-?(?:м|му|го|й))?\s*(?:года|году|г\.|гг\.|року|році|р\.|рік|рр\.)"
    rf"|(?P<rel>в прошлом году|в минувшем году|прошлого года|прошлом году|в этом году|этого года|"
    rf"в текущем году|текущего года"
    rf"|в прошлом месяце|прошлого месяца|в этом месяце|на прошлой неделе|на этой неделе"
    rf"|минулого року|торік|у минулому році|минулому році|цього року|у цьому році|поточного року|цьогоріч"
    rf"|минулого місяця|цього місяця|минулого тижня|цього тижня)"
    rf"|(?P<start>с начала (?:года|этого года|войны|вторжения)|з початку (?:року|цього року|війни|вторгнення))"
    rf"|(?P<sofar>на данный момент|на сегодняшний день|к настоящему времени|на сегодня|на текущий момент"
    rf"|на сьогодні|наразі|на даний момент|на цей час|станом на зараз)",
    re.IGNORECASE,
)
_RELATIVE: list[tuple[str, tuple[str, int]]] = [
    (r"прошл\w* год|минувш\w* год|минул\w* р[оі]к|торік|минулому році", ("year", -1)),
    (r"(?:этом|этого|текущ\w*) год|цього року|цьому році|поточного року|цьогоріч", ("year", 0)),
    (r"прошл\w* месяц|минулого місяця", ("month", -1)),
    (r"этом месяце|цього місяця", ("month", 0)),
    (r"прошлой неделе|минулого тижня", ("week", -1)),
    (r"этой неделе|цього тижня", ("week", 0)),
]
_SINCE = re.compile(r"(?:^|\s)(?:с|со|з|із|начиная с|починаючи з)\s+$", re.IGNORECASE)
_BY = re.compile(r"(?:^|\s)(?:к|до|по состоянию на|станом на|на)\s+(?:конц[ау]\s+|кінц[яю]\s+)?$", re.IGNORECASE)
_REPORTING = re.compile(
    r"(?:заявил\w*|сообщил\w*|сказал\w*|заявив|заявила|повідомив|повідомила|сказав|сказала|написал\w*|написав)"
    rf"(?:\s+[{_L}]+){{0,2}}\s+(?:в|у|во)?\s*$",
    re.IGNORECASE,
)


def _month_of(m: re.Match[str]) -> int:
    return next(n for n in range(1, 13) if m.group(f"mo{n}"))


def _month_number(word: str) -> int:
    for n, w in _MONTH_NO:
        if re.fullmatch(w, word, re.IGNORECASE):
            return n
    return 0


def periods(s: str, published: date) -> list[tuple[int, int, Period]]:
    """Period expressions of a (plain) Russian or Ukrainian sentence, resolved against ``published``."""
    out = []
    for m in _PERIODS.finditer(s):
        if _REPORTING.search(s[max(0, m.start() - 40) : m.start()]):
            continue  # "заявил 13 января": when it was said
        period = _period(m, published)
        if period is None:
            continue
        head = s[max(0, m.start() - 20) : m.start()]
        if _SINCE.search(head):
            period = (period[0], published, period[2])
        elif _BY.search(head) and m.group("sofar") is None:
            period = (None, period[1], period[2])
        out.append((m.start(), m.end(), period))
    return out


def _period(m: re.Match[str], published: date) -> Period | None:
    if m.group("yonly"):
        y = int(m.group("yonly"))
        return safe_date(y, 1, 1), safe_date(y, 12, 31), "year"
    if m.group("rel"):
        text = m.group("rel").lower()
        for pattern, (unit, shift) in _RELATIVE:
            if re.search(pattern, text):
                return relative_period(unit, shift, published)
        return None
    if m.group("start"):
        start = safe_date(published.year, 1, 1) if "год" in m.group("start") or "рок" in m.group("start") else None
        return start, published, "day"
    if m.group("sofar"):
        return None, published, "day"
    month = _month_of(m)
    year = int(m.group("y")) if m.group("y") else None
    if m.group("day"):
        day = int(m.group("day"))
        y = (
            year
            if year is not None
            else (published.year if (month, day) <= (published.month, published.day) else published.year - 1)
        )
        d = safe_date(y, month, day)
        return (d, d, "day") if d else None
    last = _month_number(m.group("m2")) if m.group("m2") else None
    return month_period(year, str(month), str(last) if last else None, published)
