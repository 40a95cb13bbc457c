"""News outlets: their names in four languages, and the outlet an article credits for its copy.

"according to Yonhap", "citing the Kyiv Independent", "연합뉴스에 따르면", "передает ТАСС", "як
повідомляє Укрінформ": republishers name the outlet that reported first. ``credited`` finds it;
an outlet cited by the credited one ("пише РБК-Україна з посиланням на The New York Times")
is the deeper origin and wins.

Data quirks:
- Publisher names in the data carry their chain in brackets ("The Korea Herald (Yonhap)",
  "Ukrainska Pravda (citing Reuters)"): ``outlet_name`` keeps the publisher, ``bracket_credit``
  the outlet in brackets.
"""

from __future__ import annotations

import re
from functools import lru_cache

# canonical name -> other names (any language); matched case-insensitively as whole words
OUTLETS: dict[str, tuple[str, ...]] = {
    "Yonhap": ("Yonhap News Agency", "Yonhap News", "연합뉴스", "연합뉴스TV", "Ёнхап", "Йонхап", "Рёнхап", "Йонхап"),
    "Reuters": ("Рейтер", "Reuters News", "로이터", "로이터통신"),
    "AP": ("Associated Press", "AP통신", "Ассошиэйтед Пресс", "Ассошіейтед Прес"),
    "AFP": ("Agence France-Presse", "Франс Пресс", "Франс Прес", "AFP통신"),
    "Bloomberg": ("블룸버그", "Блумберг", "Bloomberg News"),
    "Kyodo": ("Kyodo News", "교도통신", "Киодо"),
    "NHK": ("NHK World",),
    "NK News": ("NKNews",),
    "Daily NK": ("데일리NK",),
    "Radio Free Asia": ("RFA", "자유아시아방송"),
    "Voice of America": ("VOA", "미국의소리"),
    "KCNA": ("Korean Central News Agency", "조선중앙통신", "ЦТАК"),
    "TASS": ("ТАСС", "타스", "타스통신"),
    "RIA Novosti": ("РИА Новости", "РИА", "리아노보스티"),
    "Interfax": ("Интерфакс", "Інтерфакс"),
    "Interfax-Ukraine": ("Интерфакс-Украина", "Інтерфакс-Україна"),
    "Ukrinform": ("Укрінформ", "Укринформ", "우크르인폼"),
    "UNIAN": ("УНІАН", "УНИАН"),
    "UNN": ("УНН",),
    "Suspilne": ("Суспільне", "Суспильне", "Suspilne News"),
    "RBC-Ukraine": ("РБК-Україна", "РБК-Украина", "RBC Ukraine"),
    "RBC": ("РБК",),
    "Ukrainska Pravda": ("Українська правда", "Украинская правда", "Ukrainian Pravda"),
    "The Kyiv Independent": ("Kyiv Independent", "Київ Індепендент", "키이우인디펜던트"),
    "Kyiv Post": ("Київ Пост",),
    "LIGA.net": ("ЛІГА.net", "LIGA", "ЛІГА"),
    "Censor.NET": ("Цензор.НЕТ", "Цензор.НЕТ"),
    "Financial Times": ("FT", "파이낸셜타임스", "Файнэншл таймс", "Файненшл Таймс"),
    "The New York Times": ("New York Times", "NYT", "뉴욕타임스", "Нью-Йорк Таймс"),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ", "월스트리트저널"),
    "The Washington Post": ("Washington Post", "워싱턴포스트"),
    "CNN": ("СNN",),
    "BBC": ("Би-би-си", "Бі-Бі-Сі", "BBC News"),
    "The Times": ("Times of London",),
    "The Guardian": ("Guardian",),
    "Politico": ("Politico Europe",),
    "Euractiv": ("EurActiv",),
    "DW": ("Deutsche Welle",),
    "Kommersant": ("Коммерсантъ", "Коммерсант"),
    "Izvestia": ("Известия",),
    "Meduza": ("Медуза",),
    "Mediazona": ("Медиазона",),
    "Novaya Gazeta": ("Новая газета",),
    "JoongAng Ilbo": ("Korea JoongAng Daily", "JoongAng Daily", "중앙일보"),
    "The Chosun Ilbo": ("Chosun Ilbo", "조선일보"),
    "The Dong-A Ilbo": ("Dong-A Ilbo", "동아일보"),
    "The Hankook Ilbo": ("Hankook Ilbo", "한국일보"),
    "The Kyunghyang Shinmun": ("Kyunghyang Shinmun", "경향신문"),
    "Hankyoreh": ("한겨레",),
    "KBS": ("KBS News", "KBS World"),
    "MBC": (),
    "SBS": ("SBS News",),
    "YTN": (),
    "JTBC": (),
    "News1": ("뉴스1",),
    "Newsis": ("뉴시스",),
    "Edaily": ("이데일리",),
    "Kookbang Ilbo": ("국방일보",),
    "The Korea Herald": ("Korea Herald", "코리아헤럴드"),
    "The Korea Times": ("Korea Times", "코리아타임스"),
    "Sky News": (),
    "The Economist": ("Economist", "이코노미스트"),
    "Axios": (),
    "ABC News": (),
    "CBS News": (),
    "NBC News": (),
    "Al Jazeera": ("알자지라",),
    "Sputnik": ("Спутник",),
    "The Telegraph": ("Telegraph",),
    "Der Spiegel": ("Spiegel",),
    "Bild": (),
    "Le Monde": (),
    "Euronews": (),
}

_NAMES = sorted({n: c for c, names in OUTLETS.items() for n in (c, *names)}.items(), key=lambda p: -len(p[0]))
_CANONICAL = {n.lower(): c for n, c in _NAMES}
_ALTERNATION = "|".join(re.escape(n) for n, _ in _NAMES)
# a Korean name takes its particle right after it ("연합뉴스에 따르면")
_NAME = rf"(?<![\w-])(?P<name>{_ALTERNATION})(?:(?![\w-])|(?<=[\uac00-\ud7a3]))"

# credits, in the four languages: the outlet that reported it (one name group per pattern)
_FLAGS = re.IGNORECASE | re.MULTILINE
_CITING = [
    re.compile(
        r"(?:citing|quoting|cited by|with reference to|со ссылкой на|ссылаясь на|з посиланням на|посилаючись на"
        rf"|(?:보도를|보도에)\s?인용|인용해)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{_NAME}",
        _FLAGS,
    ),
    re.compile(rf"{_NAME}(?:를|을)?\s?인용", _FLAGS),
]
_CREDIT = [
    re.compile(
        r"(?:according to|reported by|told|in an interview with|as reported by|по данным|по информации|сообщает"
        r"|сообщил[аои]?|пишет|передает|передаёт|как сообщает|как пишет|за даними|за інформацією|як повідомляє"
        r"|повідомляє|пише|передає|повідомило|повідомила)\s+(?:the\s+|a\s+|an\s+|агентство\s+|издание\s+"
        rf"|видання\s+|газета\s+|телеканал\s+)?(?:[\w-]+\s+){{0,2}}?{_NAME}",
        _FLAGS,
    ),
    re.compile(
        rf"{_NAME}\s+(?:news agency\s+|newspaper\s+)?(?:reported|reports|said|wrote|reporting|сообщает|сообщил\w*|пишет"
        r"|передает|передаёт|повідомляє|повідомило|пише|передає)",
        _FLAGS,
    ),
    re.compile(
        rf"{_NAME}\s?(?:에\s?따르면|이\s?보도|가\s?보도|은\s?보도|는\s?보도|보도에\s?따르면|이\s?전했|가\s?전했|의\s?보도)",
        _FLAGS,
    ),
    re.compile(rf"[-—–:]\s*{_NAME}\s*$", _FLAGS),
]
_BRACKET = re.compile(r"\((?:citing\s+|republishing\s+|retelling\s+|via\s+)?(?P<inner>[^()]+)\)\s*$", re.IGNORECASE)


def canonical(name: str) -> str:
    """The outlet's canonical name ("연합뉴스" -> "Yonhap"); the name itself when unknown."""
    return _CANONICAL.get(name.strip().lower(), name.strip())


def credited(text: str, own: str = "") -> str:
    """The outlet an article's text credits for its report ("" when none): one it cites
    ("citing", "з посиланням на") beats one it credits ("according to", "передает"); the
    article's own outlet (``own``) never counts."""
    mine = canonical(own) if own else ""
    head = text[:20_000]
    for patterns in (_CITING, _CREDIT):
        found = [m for pattern in patterns for m in pattern.finditer(head)]
        for m in sorted(found, key=lambda m: m.start()):
            name = canonical(m.group("name") or "")
            if name and name != mine:
                return name
    return ""


@lru_cache(maxsize=4096)
def outlet_name(publisher: str) -> str:
    """A publisher as shown in the data, without its bracketed chain ("The Korea Herald")."""
    return _BRACKET.sub("", publisher).strip() or publisher.strip()


def bracket_credit(publisher: str) -> str:
    """The outlet a publisher's bracket names ("The Korea Herald (Yonhap)" -> "Yonhap"), or ""."""
    m = _BRACKET.search(publisher)
    if not m:
        return ""
    inner = re.split(r"[/,;]| and ", m.group("inner"))[0].strip()
    return canonical(inner) if inner else ""
