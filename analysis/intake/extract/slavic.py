"""Russian and Ukrainian: figures, their bounds, what they count, periods, hedges and sources.

Figures are digits with each language's separators (``11 000`` with a space or a no-break
space, ``1,5 млн``), with scale words and their abbreviations (``11 тыс.``, ``12 тис.``,
``тысяч``, ``мільйонів``), or number words in any case (``полутора миллионов``, ``трьох
тисяч``, ``сотню``, ``семи``); ranges (``от 10 до 12 тысяч``, ``від 10 до 12 тисяч``,
``10-12 тис.``). Bounds: ``около``/``порядка``/``примерно``/``близько``/``приблизно``/``орієнтовно``
about; ``более``/``свыше``/``не менее``/``понад``/``щонайменше``/``більше`` a floor; ``до``/``почти``/
``майже`` a ceiling.

Data quirks:
- ``с 600 до 2 тысяч`` / ``з 600 до 2 тисяч`` is a change between two figures, not a range
  (``от``/``від`` make a range), as "from 600 to 2,000" is in English.
- Plural scale words alone are vague (``тысячи``, ``тисячі``, ``сотни``, ``десятки тысяч``,
  ``несколько тысяч``, ``кілька тисяч``): no figure. The singular is one (``тысячу`` = 1,000).
- Years (``2024 года``, ``2024 року``), dates (``13 января``), ordinals (``11-й``), calibres
  (``152-мм``), money, durations, percentages and designations (``КН-23``) are not claim
  figures (percentages can be shares of ammunition).
- ``11,000`` (a comma and three digits, no scale word) is read the English way, as
  eleven thousand: translated copy writes it so.
- A figure raised as what might even be ("і навіть 500 тисяч", "А могут и 500") is a
  hypothetical, not a claim; the regular troops of a force split by type ("10 тисяч – звичайні
  війська, 1 тисяча – інженерні") are a subset by type, not a claim (the specialists are).
"""

from __future__ import annotations

import re
from fractions import Fraction

from analysis.intake.extract.calibre_alternatives import first_readings
from analysis.intake.extract.foreign import Language, Reading, whole_figure
from analysis.intake.extract.numbers import Figure
from analysis.intake.extract.slavic_captives import CAPTIVE, lone_captives
from analysis.intake.extract.slavic_cues import BACKGROUND, CUES
from analysis.intake.extract.slavic_dates import periods

_L = "а-яёіїєґ'"  # letters of a Cyrillic word (apostrophe of "п'ять" included)

# number words: a stem and its case endings, for both languages
_WORDS: list[tuple[int | Fraction, str]] = [
    (Fraction(3, 2), r"полтора|полторы|полутора|півтора|півтори"),
    (1, r"один|одна|одно|одну|одного|одной|одне|однієї|одному|одним|одній"),
    (2, r"двое|двоих|двоє|двох"),
    (3, r"трое|троих|троє"),
    (4, r"четверо|четверых"),
    (5, r"пятеро|пятерых|п'ятеро"),
    (6, r"шестеро|шестерых"),
    (7, r"семеро|семерых"),
    (2, r"два|две|двух|двум|двумя|дві|двох|двом|двома"),
    (3, r"три|трех|трёх|трем|трём|тремя|трьох|трьом|трьома"),
    (4, r"четыре|четырех|четырёх|четырем|четырьмя|чотири|чотирьох|чотирьом|чотирма"),
    (5, r"пять|пяти|пятью|п'ять|п'яти|п'ятьох|п'ятьма"),
    (6, r"шесть|шести|шестью|шість|шістьох|шістьма"),
    (7, r"семь|семи|семью|сім|сімох|сьома"),
    (8, r"восемь|восьми|восемью|вісім|вісьмох|вісьма"),
    (9, r"девять|девяти|девятью|дев'ять|дев'яти|дев'ятьох"),
    (10, r"десять|десяти|десятью|десятьох|десятьма"),
    (11, r"одиннадцат[ьи]|одиннадцатью|одинадцят[ьи]|одинадцятьох"),
    (12, r"двенадцат[ьи]|двенадцатью|дванадцят[ьи]|дванадцятьох"),
    (13, r"тринадцат[ьи]|тринадцят[ьи]"),
    (14, r"четырнадцат[ьи]|чотирнадцят[ьи]"),
    (15, r"пятнадцат[ьи]|п'ятнадцят[ьи]"),
    (16, r"шестнадцат[ьи]|шістнадцят[ьи]"),
    (17, r"семнадцат[ьи]|сімнадцят[ьи]"),
    (18, r"восемнадцат[ьи]|вісімнадцят[ьи]"),
    (19, r"девятнадцат[ьи]|дев'ятнадцят[ьи]"),
    (20, r"двадцат[ьи]|двадцатью|двадцят[ьи]|двадцятьох"),
    (30, r"тридцат[ьи]|тридцатью|тридцят[ьи]|тридцятьох"),
    (40, r"сорок|сорока"),
    (50, r"пятьдесят|пятидесяти|п'ятдесят|п'ятдесяти|п'ятдесятьох"),
    (60, r"шестьдесят|шестидесяти|шістдесят|шістдесяти"),
    (70, r"семьдесят|семидесяти|сімдесят|сімдесяти"),
    (80, r"восемьдесят|восьмидесяти|вісімдесят|вісімдесяти"),
    (90, r"девяносто|девяноста|дев'яносто|дев'яноста"),
    (100, r"сто|ста|сотня|сотню|сотней|сотні|сотнею|сотне"),
    (200, r"двести|двухсот|двумстам|двісті|двохсот"),
    (300, r"триста|трехсот|трёхсот|трьохсот"),
    (400, r"четыреста|четырехсот|четырёхсот|чотириста|чотирьохсот"),
    (500, r"пятьсот|пятисот|п'ятсот|п'ятисот"),
    (600, r"шестьсот|шестисот|шістсот"),
    (700, r"семьсот|семисот|сімсот"),
    (800, r"восемьсот|восьмисот|вісімсот"),
    (900, r"девятьсот|девятисот|дев'ятсот|дев'ятисот"),
]
_WORD_VALUE = {w: Fraction(v) for v, words in _WORDS for w in words.split("|") if "[" not in w}
for _v, _words in _WORDS:
    for _w in _words.split("|"):
        if "[" in _w:
            stem, ends = _w.split("[")
            _WORD_VALUE.update({stem + e: Fraction(_v) for e in ends.rstrip("]")})
# singular scale words are figures on their own ("тысячу военных"); plurals alone are vague
_SCALES = [
    (
        10**3,
        r"тыс\.?|тысяч[аиуеи]?|тысячей|тысячью|тысячами|тысячах|тис\.?|тисяч[аіуи]?|тисячею|тисячами|тисячах"
        # the adjective after a hyphen: "12-тысячный контингент", "11-тисячного угруповання" (12,000-strong)
        r"|тысячн(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)|тисячн(?:ий|ого|ому|им|ім|а|ої|ій|у|е|і|их|ими)",
    ),
    (
        10**6,
        r"млн\.?|миллион(?:а|у|ом|е|ы|ов|ами|ах)?|мільйон(?:а|у|ом|і|и|ів|ами|ах)?"
        r"|миллионн(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)|мільйонн(?:ий|ого|ому|им|ім|а|ої|ій|у|е|і|их|ими)",
    ),
    (10**9, r"млрд\.?|миллиард(?:а|у|ом|е|ы|ов|ами|ах)?|мільярд(?:а|у|ом|і|и|ів|ами|ах)?"),
]
_SCALE = "|".join(words for _, words in _SCALES)
_SCALE_RE = [(v, re.compile(rf"(?:{w})$", re.I)) for v, w in _SCALES]
_NUMBER_WORD = "|".join(sorted(_WORD_VALUE, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
_FIGURE = re.compile(
    rf"(?<![\d{_L}\w.,])(?:(?P<digits>{_DIGITS})(?:-(?:х|ти|ми|и|ох|ьох)(?![{_L}]))?"
    rf"|(?P<words>(?:{_NUMBER_WORD})(?:\s+(?:{_NUMBER_WORD}))*)(?![{_L}]))"
    rf"(?P<half>\s+(?:с|з|із)\s+половин(?:ой|ою))?"  # "два с половиной миллиона", "дві з половиною тисячі"
    rf"(?:(?:\s*|-)(?P<scale>{_SCALE})(?![{_L}]))?"
    rf"|(?<![{_L}])(?P<lone>тысяч[аиу]|тисяч[аіу]|миллион|мільйон|сотн[июяі])(?![{_L}])",
    re.IGNORECASE,
)

_VAGUE = re.compile(
    rf"(?<![{_L}])(?:(?:несколько|нескольких|кілька|кількох|десятки|десятков|десятків|сотен|сотень|многие|багато"
    rf"|миллионы|мільйони)(?![{_L}])(?:\s+(?:тысяч|тисяч|миллионов|мільйонів))?"
    rf"|(?:сотни|сотні|тысячи|тисячі)\s+(?:тысяч|тисяч|миллионов|мільйонів))(?![{_L}])",
    re.IGNORECASE,
)
# "тысячи", "сотни" alone are "thousands", "hundreds"; after a bound word they are one ("более тысячи")
_PLURAL_LONE = re.compile(r"тысячи|тисячі|сотни|сотні", re.IGNORECASE)
_MONTH_STEMS = (
    "январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    "|січ[нен]|лют|берез[не]|квіт[не]|травн|трав[ен]|червн|черв[ен]|липн|лип[ен]|серпн|серп[ен]|вересн|верес[ен]"
    "|жовтн|жовт[ен]|листопад|грудн|груд[ен]"
)
_SKIP_AFTER = re.compile(
    rf"\s*(?:-?(?:й|го|му|я|е|ю|ій|ого|ому|ої|им|ом|ім)(?![{_L}])|-?мм\b|мм\b|см\b|км\b|м\b|кг\b|т\b(?!ыс)"
    rf"|лет\b|год(?:а|у|ом|ов|ы|ах|ами)?(?![{_L}])|рок(?:у|ів|и|ом|і|ах|ами)?(?![{_L}])|-?х\s+год|р\.|г\.|гг\."
    rf"|месяц|місяц|недел|тижн|дн(?:ей|я|і|ів)\b|дн\.|сут(?:ок|ки)|час(?:ов|а)?(?![{_L}])|годин|минут|хвилин|секунд"
    rf"|доллар|долар|рубл|гривен|гривн|грн|евро|євро|\$|€|фунт|юан|вон\b"
    rf"|километр|кілометр|метр|миль|стран|країн|раз(?:а)?(?![{_L}])|разів|(?:{_MONTH_STEMS})[{_L}]*)",
    re.IGNORECASE,
)
_SKIP_BEFORE = re.compile(
    r"(?:[A-Za-zА-ЯЁІЇЄҐа-яёіїєґ]-|№\s?|(?-i:[A-Z]{2,}\s)|(?<![а-яёіїєґ])(?:статья|статті|стаття|резолюци[яи]|"
    r"резолюці[їя]|указ"
    r"|бригад[аыи]|полк|дивизи[яи]|дивізі[яї]|корпус|калибр[аов]*|калібр[уів]*)\s(?:\d+\s(?:і|и|та)\s)?)$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s*(?:%|процент|відсот)", re.IGNORECASE)
_EXCEED = r"(?:перевищ|превыс|превыш|перевалил[аио]?\s+за|перевалив\s+за)"
# verbs of drawing near a figure: "число раненых приближается к 1000", "наближається до 1000" (a ceiling,
# as "approaching" and "close to" are)
_APPROACH = r"(?:приближа|приблизил|наближа|наблизил|наблизив)[{_L}]*\s+(?:к|до)".replace("{_L}", _L)
# the bound words before a figure, by the side of it they bound; a longer phrase is tried before
# the shorter one inside it ("не больше чем" is a ceiling, "больше чем" a floor)
_BOUND_WORDS = {
    "low": [
        # Russian: "more than", "over", "at least", "no fewer than"
        "более чем",
        "больше чем",
        "более",
        "больше",
        "свыше",
        "не менее чем",
        "не менее",
        "не меньше чем",
        "не меньше",
        "по меньшей мере",
        "по крайней мере",
        "как минимум",
        "минимум",
        "хотя бы",
        "хоть бы",
        # Ukrainian: "понад", "більш як" (the normative "more than"), "щонайменше", "хоча б"
        "понад",
        "щонайменше",
        "щонайменш",
        "більш ніж",
        "більше ніж",
        "більш як",
        "більше як",
        "більше",
        "не менш ніж",
        "не менше ніж",
        "не менш як",
        "не менше як",
        "не менше",
        "принаймні",
        "як мінімум",
        "мінімум",
        "хоча б",
        "хоч би",
    ],
    "high": [
        # "no more than", "at most", "fewer than", "nearly", "up to"
        "не более чем",
        "не более",
        "не больше чем",
        "не больше",
        "как максимум",
        "максимум",
        "менее чем",
        "меньше чем",
        "менее",
        "меньше",
        "почти",
        "до",
        "не більш ніж",
        "не більше ніж",
        "не більш як",
        "не більше як",
        "не більше",
        "щонайбільше",
        "як максимум",
        "менш ніж",
        "менше ніж",
        "менш як",
        "менше як",
        "менше",
        "майже",
    ],
    "best": [
        # "about", "some", "roughly", "of the order of"
        "около",
        "порядка",
        "примерно",
        "приблизительно",
        "ориентировочно",
        "близько",
        "приблизно",
        "орієнтовно",
        "десь",
        "где-то",
    ],
}
_BOUND_KIND = {cue: kind for kind, cues in _BOUND_WORDS.items() for cue in cues}
_BOUND_CUES = "|".join(re.escape(c).replace(r"\ ", " ") for c in sorted(_BOUND_KIND, key=len, reverse=True))
_BOUND_BEFORE = re.compile(
    rf"(?<![а-яёіїєґ])(?P<cue>{_BOUND_CUES}"
    # verbs of exceeding: "перевищує вже 3 тис.", "превысило 50 тысяч" (a floor, as "exceeded" and 넘어)
    rf"|не {_EXCEED}[{_L}]*|{_EXCEED}[{_L}]*|{_APPROACH})(?:\s+(?:вже|уже))?\s+$",
    re.IGNORECASE,
)
_EXCEEDS = re.compile(_EXCEED, re.IGNORECASE)
_APPROACHES = re.compile(_APPROACH, re.IGNORECASE)


def bound_kind(cue: str) -> str:
    """ "low", "best" or "high" for a bound word before a figure."""
    if cue.lower().startswith("не ") and _EXCEEDS.match(cue, 3):
        return "high"  # "не превышают 3 тысяч": a verb of exceeding denied is a ceiling
    if _APPROACHES.match(cue):
        return "high"
    return "low" if _EXCEEDS.match(cue) else _BOUND_KIND[" ".join(cue.lower().split())]


# bound words after a figure, all floors: "11 тысяч с лишним", "з гаком", "с небольшим", "і більше", "или более"
_POST_BOUND = re.compile(
    r"\s*(?:с лишним|с лишком|с гаком|с небольшим|с хвостиком|(?:и|или) (?:более|больше)"
    r"|(?:і|або|чи) (?:більше|понад)|з гаком|з лишком|з лишнім|з невеликим|з хвостиком)(?![а-яёіїєґ])",
    re.I,
)

_RANGE = re.compile(r"\s*(?:-|до)\s*", re.IGNORECASE)
_RANGE_FROM = re.compile(r"(?:^|\s)(?:от|від)\s+(?:[а-яёіїєґ]+\s+)?$", re.IGNORECASE)
_CHANGE_FROM = re.compile(r"(?:^|\s)(?:с|со|з|із)\s+$", re.IGNORECASE)


def _words_value(text: str) -> Fraction | None:
    """ "двадцать пять" -> 25, "трьохсот" -> 300, "полутора" -> 3/2; None when the words make no
    one number ("пять семь")."""
    total = Fraction(0)
    last = 10**6
    for word in text.lower().split():
        value = _WORD_VALUE.get(word)
        if value is None:
            return None
        rank = 100 if value >= 100 else 10 if value >= 20 else 1
        if rank >= last:
            return None
        total += value
        last = rank if value >= 20 or value < 10 else 0  # 11-19 close the number
    return total


def _scale(word: str) -> int:
    for value, pattern in _SCALE_RE:
        if pattern.match(word):
            return value
    return 1


def _digits(text: str, scale: int = 1) -> Fraction:
    text = text.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        return Fraction(text.replace(",", ""))  # "11,000": thousands the English way
    if scale == 1 and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return Fraction(text.replace(".", ""))  # "11.000 военных": thousands the German way, never eleven
    return Fraction(text.replace(",", "."))


_Token = tuple[int, int, Fraction, int, bool]  # start, end, value, scale, written in digits


# the denominator of a fraction after a number word: "две трети", "дві третини", "три четверти", "п'ять десятих"
_FRACTION = re.compile(
    rf"\s+(?:трет(?:и|ей|ь|ину|ини|ин|ій)|четверт(?:и|ей|ь)|чверт(?:і|ей|ь)|п'?ят(?:ых|их)|десят(?:ых|их)"
    rf"|сот(?:ых|их))(?![{_L}])",
    re.IGNORECASE,
)
# "запускала ... ракеты ... девять раз": launches counted as times, the number of missiles fired
_TIMES = re.compile(rf"\s*раз(?:а|ів)?(?![{_L}])(?!\s+(?:больше|більше|меньше|менше|более|більш))", re.IGNORECASE)
_LAUNCHES = re.compile(
    r"(?<![\w'])(?:запуска|запусти|запуск|примен|застосов|застосув|использ|використ|выпуст|випуст|выпуска|випуска)"
    r"\w*[^.;]{0,80}?ракет|ракет\w*[^.;]{0,80}?(?<![\w'])(?:запуска|запусти|примен|застосов|застосув|использ"
    r"|використ|выпуст|випуст|выпуска|випуска)",
    re.IGNORECASE,
)


def _tokens(s: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _FIGURE.finditer(s):
        if m.group("lone"):
            word = m.group("lone")
            if _PLURAL_LONE.fullmatch(word) and not _BOUND_BEFORE.search(s[max(0, m.start() - 30) : m.start()]):
                continue  # "тысячи военных": thousands, vague
            lone = 100 if word.lower().startswith("сот") else _scale(word)
            out.append((m.start(), m.end(), Fraction(lone), lone, False))
            continue
        scale = _scale(m.group("scale")) if m.group("scale") else 1
        half = Fraction(1, 2) if m.group("half") else Fraction(0)
        if scale == 1 and _FRACTION.match(s, m.end()):
            continue  # "две трети погибших", "дві третини": a share, no count
        if m.group("digits"):
            digits = m.group("digits")
            # "1,5" without a scale is a decimal, kept (and skipped later, not being whole)
            out.append((m.start(), m.end(), (_digits(digits, scale) + half) * scale, scale, True))
        else:
            worded = _words_value(m.group("words"))
            if worded is None:
                continue
            worded += half
            pre = _BOUND_BEFORE.search(s[max(0, m.start() - 30) : m.start()])
            if worded == 1 and scale == 1 and not (pre and bound_kind(pre.group("cue")) == "low"):
                continue  # "один из": hardly ever a count; "щонайменше одна" is one
            out.append((m.start(), m.end(), worded * scale, scale, False))
    return out


def figures(s: str) -> list[Figure]:
    """The claim figures of a (plain) Russian or Ukrainian sentence, with their bounds."""
    vague = [(m.start(), m.end()) for m in _VAGUE.finditer(s)]
    toks = [t for t in _tokens(s) if not any(a <= t[0] < b for a, b in vague)]
    out: list[Figure] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if _skip(s, tok):
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is not None
            and _is_range(s, tok, nxt)
            and (_skip(s, nxt) or _DISTRIBUTIVE.search(s, max(0, tok[0] - 8), tok[0]))
        ):
            i += 2  # "100-200 доларів": the range shares the unit of its second figure; "по 2500-3000 осіб"
            continue
        if _DISTRIBUTIVE.search(s, max(0, tok[0] - 8), tok[0]):
            i += 1  # "дві бригади по 6 тисяч": the size of each, not a count
            continue
        if nxt is not None and _is_range(s, tok, nxt):
            low = tok[2] * nxt[3] if tok[3] == 1 and nxt[3] > 1 and tok[2] * nxt[3] < nxt[2] else tok[2]
            if low < nxt[2]:
                pre = _BOUND_BEFORE.search(s[max(0, tok[0] - 30) : tok[0]])
                cue = s[tok[1] : nxt[0]].strip()
                if _RANGE_FROM.search(s[max(0, tok[0] - 12) : tok[0]]):
                    cue = f"{_RANGE_FROM.search(s[max(0, tok[0] - 12) : tok[0]]).group(0).strip()} {cue}"  # type: ignore[union-attr]
                elif pre:
                    cue = f"{pre.group('cue')} {cue}"
                out.append(whole_figure(s, tok[0], nxt[1], low, None, nxt[2], "range", cue, _unit(s, nxt[1])))
                i += 2
                continue
        # "с 600 до 2 тысяч": a change; its "до" is no ceiling
        change = nxt is not None and bool(_RANGE.fullmatch(s[tok[1] : nxt[0]])) and "-" not in s[tok[1] : nxt[0]]
        out.append(_single(s, tok))
        if change and nxt is not None and not _skip(s, nxt):
            out.append(_single(s, nxt, ceiling=False))
            i += 1
        i += 1
    found = [f for f in out if not f.skipped]
    found = first_readings(s, found, "slavic")  # not "или 500 тысяч снарядов калибра 122 мм" after "152 мм"
    for start, end in lone_captives(s):
        if not any(f.start <= start < f.end for f in found):  # "одного солдата": the numeral is the figure
            found.append(Figure(s[start:end], start, end, None, 1, None, "best", unit=CAPTIVE))
    return sorted(found, key=lambda f: f.start)


_YEAR_BEFORE = re.compile(r"(?:^|\s)(?:в|во|у|с|з|із|до|по|от|від|к|на|за|року|году|года)\s+$", re.IGNORECASE)


# a figure raised as what might even be: "ще 30-40 тисяч, і навіть 500 тисяч", "А могут и 500", "а то и 50 тысяч"
_EVEN = re.compile(
    r"(?:^|[\s,])(?:(?:і|и|й|а|або|или|чи)\s+)?(?:навіть|даже|а\s+то\s+(?:и|й|і))\s+$"
    r"|(?:^|[\s,])(?:а|и|і|та)\s+(?:могут|можуть|может|може|мог|міг)\s+(?:и|і|й)\s+$",
    re.IGNORECASE,
)


# the regular troops of a force split by type: "10 тисяч – звичайні війська, 1 тисяча – інженерні", "из которых
# 10 тыс. составляют обычные войска", "10 тыс. человек – это обычные войска" (a subset by type, never a claim)
_REGULAR = re.compile(
    r"\s*(?:(?:человек|осіб|людей|военных|військових)\s*)?(?:[-–—]\s*)?(?:(?:это|це|составляют|становлять|складають)\s+)?"
    r"(?:обычн|звичайн|регулярн|рядов)\w*\s+(?:войск|військ|подразделени|підрозділ|част)",
    re.IGNORECASE,
)


def _skip(s: str, tok: _Token) -> bool:
    start, end, value, scale, digits = tok
    after = s[end : end + 20]
    before = s[max(0, start - 14) : start]
    if _EVEN.search(s, max(0, start - 24), start):
        return True  # a hypothetical put as the extreme of a guess, not a figure claimed
    if _REGULAR.match(s, end):
        return True  # "10 тисяч – звичайні війська": the regular part of a force split by type
    # a year, unless a bound or a counted noun says otherwise ("около 2000 раненых")
    is_year = digits and scale == 1 and re.fullmatch(r"\d{4}", s[start:end]) is not None and 1900 <= value <= 2100
    counted = bool(_BOUND_BEFORE.search(before) or re.match(rf"\s+[{_L}]{{4,}}", after))
    if is_year and (not counted or _YEAR_BEFORE.search(before)):
        return True
    if re.match(r"-\d+(?:-?[хх])?\s+(?:год|рок)", after):
        return True  # "в 70-80-х годах"
    if scale == 1 and re.match(r"\d+-?(?:милли|мілі)метр", s[start : end + 12], re.IGNORECASE):
        return True  # "6 миллионов 152-миллиметровых снарядов": the calibre, read as "152-ми"
    if scale == 1 and digits and value <= 31 and _DAY_RANGE.match(after):
        return True  # "с 8 по 13 сентября", "з 8 до 13 вересня", "8 и 9 мая": the first day of days
    if scale == 1 and _TIMES.match(after) and _LAUNCHES.search(s):
        return False  # "как минимум девять раз запускала ракеты": nine launches
    if scale == 1 and (_SKIP_AFTER.match(after) or re.match(r"[A-Za-z]", after)):
        return True  # a date, an ordinal, a calibre, money, a duration, a model ("11GA")
    if scale > 1 and _SCALED_UNIT.match(after):
        return True  # "16 тисяч кілометрів", "50 тысяч долларов": a distance, money
    return bool(_SKIP_BEFORE.search(before))


# the rest of a span of days after its first day: "по 13 сентября", "до 13 вересня", "і 9 травня", "-13 мая"
_DAY_RANGE = re.compile(rf"\s*(?:по|до|и|і|та|й|-|–)\s*\d{{1,2}}\s+(?:{_MONTH_STEMS})[{_L}]*(?![{_L}])", re.IGNORECASE)
# what follows a figure with a scale word when it is no count: a distance, money, a duration
_SCALED_UNIT = re.compile(
    r"\s*(?:километр|кілометр|км\b|миль|доллар|долар|\$|рубл|гривен|гривн|грн\b|евро|євро|фунт|юан|вон\b|тонн"
    r"|лет\b|рок(?:у|ів|и)\b|год(?:а|у|ов)?\b|метр)",
    re.IGNORECASE,
)
# "по 6 тисяч людей", "по 2500-3000 осіб": distributive, the size of each group
_DISTRIBUTIVE = re.compile(r"(?<![а-яёіїєґ'])по\s+$", re.IGNORECASE)


# "между 10 и 12 тысячами", "між 10 і 12 тисячами": "between X and Y", a range
_BETWEEN = re.compile(r"(?:^|\s)(?:между|між|поміж)\s+$", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+(?:и|і|та|й)\s+", re.IGNORECASE)


def _is_range(s: str, tok: _Token, nxt: _Token) -> bool:
    gap = s[tok[1] : nxt[0]]
    if _unit(s, tok[1]) == "percent" and _unit(s, nxt[1]) == "percent":
        gap = _PERCENT.sub("", gap, count=1)  # "від 35% до 50%": the range's figures share their unit
    if _AND_GAP.fullmatch(gap) and _BETWEEN.search(s, max(0, tok[0] - 10), tok[0]):
        return True
    if not _RANGE.fullmatch(gap):
        return False
    if "-" in gap:
        return gap.strip() == "-"
    # "от 10 до 12": a range; "с 600 до 2 тысяч": a change; "до" alone after a figure: a range
    head = s[max(0, tok[0] - 12) : tok[0]]
    return not _CHANGE_FROM.search(head)


def _unit(s: str, end: int) -> str:
    return "percent" if _PERCENT.match(s[end : end + 12]) else ""


def _single(s: str, tok: _Token, ceiling: bool = True) -> Figure:
    start, end, value, _, _ = tok
    pre = _BOUND_BEFORE.search(s[max(0, start - 30) : start])
    if pre and not ceiling and pre.group("cue").lower() == "до":
        pre = None
    post = _POST_BOUND.match(s[end : end + 20])
    bound, cue = "best", ""
    if pre:
        cue = pre.group("cue")
        bound = bound_kind(cue)
    elif post:
        bound, cue = "low", post.group(0).strip()
    low, best, high = (value if bound == k else None for k in ("low", "best", "high"))
    return whole_figure(s, start, end, low, best, high, bound, cue, _unit(s, end))


# --- hedges and sources -----------------------------------------------------------------------

HEDGES: list[tuple[str, re.Pattern[str]]] = [
    (
        "suggested",
        re.compile(
            r"предположительно|вероятно|возможно|по-видимому|судя по всему|ймовірно|можливо|імовірно|вочевидь", re.I
        ),
    ),
    (
        "reported",
        re.compile(
            r"по данным|по информации|якобы|сообщается|по сообщениям|за даними|за інформацією|нібито|повідомляється",
            re.I,
        ),
    ),
    (
        "estimated",
        re.compile(
            r"по оценк\w*|оценива\w*|оценил\w*|подсчит\w*|считает|за оцінк\w*|оціню\w*|оцінил\w*|вважа\w*|"
            r"орієнтовно|ориентировочно|приблизно|примерно",
            re.I,
        ),
    ),
    (
        "planned",
        re.compile(
            r"планиру\w*|намерен\w*|собира\w*ся|направит\b|отправит\b|планує\w*|планують|має намір|збира\w*ся|"
            r"направить\b|відправить\b",
            re.I,
        ),
    ),
    (
        "confirmed",
        re.compile(
            r"заявил\w*|сообщил\w*|сказал\w*|подтвердил\w*|заявив|заявила|повідомив|повідомила|сказав|підтвердив", re.I
        ),
    ),
]

SOURCE_BEFORE = re.compile(
    rf"(?:по данным|по словам|ссылаясь на|посилаючись на|по информации|по оценкам|по оценке|по подсчетам|"
    rf"со ссылкой на|согласно данным|согласно"
    rf"|как сообщил[аои]?|как заявил[аои]?|как сообщает|как пишет|как передает|за даними|за словами|за інформацією"
    rf"|за оцінками|за оцінкою|за підрахунками|з посиланням на|згідно з даними|згідно з|як повідомив|як повідомила"
    rf"|як заявив|як заявила|як повідомляє|як пише|як передає|повідомили в|повідомили у|заявили в|заявили у|сообщили в)"
    # up to four words between: "по оценкам украинского президента Владимира Зеленского"
    rf"\s+(?:[{_L}-]+\s+){{0,4}}$",
    re.IGNORECASE,
)
# statement verbs, matched where a word starts ("договорились" holds no "говорил", "обговорили" no "говорили")
SPEECH = re.compile(
    r"(?<![\w'])(?:опубликовал\w*|обнародовал\w*|показал\w*|опублікував|оприлюднив|оприлюднила|показав|заявляв"
    r"|повідомляв|казав|говорив|стверджує|стверджував|стверджувала|утверждал\w*|говорил\w*|сообщал\w*|заявлял\w*"
    r"|озвучил\w*|озвучив|заявил\w*|сообщил\w*|сказал\w*|отметил\w*|подчеркнул\w*|рассказал\w*|уточнил\w*"
    r"|добавил\w*|подтвердил\w*|оценил\w*"
    r"|написал\w*|считает|сообщает|пишет|передает|передаёт|утверждает|доложил\w*"
    r"|заявив|заявила|заявили|повідомив|повідомила|повідомили|сказав|сказала|зазначив|зазначила|наголосив|розповів"
    r"|розповіла|уточнив|додав|підтвердив|оцінив|написав|вважає|повідомляє|пише|передає|стверджує|доповів"
    r"|рассказыва\w*|пояснил\w*|пояснив|пояснила|объяснил\w*|розповідав\w*|отмеча\w*|зазнача\w*|заявляє"
    # other verbs of saying: an agency's neuter ("ГУР повідомило", "заявило"), the plural and feminine
    # forms, "recalled", "stressed", "admitted", "informed", "gave (figures)"
    r"|повідомило|заявило|сказали|зазначили|наголосила|наголосили|розповіли|уточнила|уточнили|додала|додали"
    r"|підтвердила|підтвердили|оцінила|оцінили|написала|написали|доповіла|доповіли|пояснили"
    r"|напомнил\w*|нагадав|нагадала|нагадали|подчеркива\w*|підкреслив|підкреслила|підкреслили|наголошу\w*"
    r"|признал\w*|визнав|визнала|визнали|констатировал\w*|констатував|констатувала"
    r"|проинформировал\w*|поинформировал\w*|поінформував\w*|проінформував\w*|привел\w* данные|навів дані"
    r"|навела дані|озвучила|озвучили|указал\w*|вказав|вказала"
    # the Ukrainian past in every gender and number, perfective and imperfective ("повідомляла", "заявляли",
    # "казала", "розповіло"), the present of both languages ("каже", "говорить", "інформує", "информирует")
    r"|(?:повідоми|заяви|сказа|зазначи|наголоси|розпові|уточни|дода|підтверди|оціни|написа|допові|поясни|нагада"
    r"|визна|підкресли|оприлюдни|опублікува|озвучи|вказа|констатува|поінформува|проінформува|повідомля|заявля|каза"
    r"|говори|стверджува|розповіда|зазнача|наголошува|пояснюва|підкреслюва|визнава|інформува)(?:в|ла|ло|ли)(?![\w'])"
    r"|каже|кажуть|говорить|говорять|розповіда\w*|поясню\w*|підкреслю\w*|визнає|визнають|інформу\w*|повідомля\w*"
    r"|заявля\w*|информир\w*"
    # the present of adding, specifying and remarking: "NHK додає, що", "агентство добавляет", "уточняет издание"
    r"|додає|додають|добавляет|добавляют|уточнює|уточнюють|уточняет|уточняют|зауважує|зауважують|замечает"
    r"|замечают|відзначає|відзначають"
    # announcing and surmising: "Шойгу оголосив, що", "объявил", "анонсував", "він припустив, що", "предположил",
    # "допустил, что" (an announcement and a guess are said by whoever makes them)
    r"|оголоси(?:в|ла|ли|ло)|оголошу(?:є|ють|вав|вала|вали)|объявил\w*|объявля\w*|анонсува\w*|анонсирова\w*"
    r"|припусти(?:в|ла|ли)|припуска(?:є|ють)|предположил\w*|допусти(?:в|ла|ли)|допустил\w*"
    # the figures first: "Такие данные привел X", "Ці дані навів X", "Такі цифри озвучив X"
    r"|(?:данные|цифры|сведения|дані|цифри|відомості)\s+(?:привел\w*|привёл|приводит|навів|навела|навели|наводить"
    r"|озвучил\w*|озвучив|оприлюднив\w*|оприлюднил\w*|обнародовал\w*))",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s|\s(?:а|но|але|тогда как|тоді як)\s", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s*(?:из них|из которых|з них|з яких|із них|із яких|в том числе|у тому числі)", re.IGNORECASE)

_READING = Reading(
    noun_first=False,
    source_before=SOURCE_BEFORE,
    source_after=None,
    subject_after=None,
    speech=SPEECH,
    clause_break=_CLAUSE_BREAK,
    partitive=_PARTITIVE,
    background=BACKGROUND,
)
RUSSIAN = Language(lang="ru", figures=figures, periods=periods, cues=CUES, hedges=HEDGES, reading=_READING)
UKRAINIAN = Language(lang="uk", figures=figures, periods=periods, cues=CUES, hedges=HEDGES, reading=_READING)
