"""Korean, Ukrainian and Russian: language, sentences, figures, bounds, measures, periods, hedges, claimants."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.intake.extract import korean, slavic
from analysis.intake.extract.candidates import article_claims
from analysis.intake.extract.language import identify, language_of
from analysis.intake.extract.text import plain
from analysis.sentences import paragraphs, split_line

PUBLISHED = date(2025, 4, 30)  # a Wednesday

Row = tuple[str, int | None, int | None, int | None]


def rows(text: str, published: date = PUBLISHED, lang: str = "") -> list[Row]:
    return [
        (c.metric, c.value_low, c.value_best, c.value_high)
        for c, _ in article_claims(text, published, lang=lang).candidates
    ]


def claimants(text: str, lang: str = "") -> list[tuple[str, str | None]]:
    return [(c.metric, c.claimant) for c, _ in article_claims(text, PUBLISHED, lang=lang).candidates]


# --- which language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea has sent about 3,000 more troops to Russia, the military said on Thursday.", "en"),
        ("국가정보원은 북한군 사상자가 약 4700명에 이른다고 밝혔다.", "ko"),
        ("국정원은 KN-23 미사일과 NIS 보고서를 인용해 1만1000명이라고 밝혔다.", "ko"),  # Latin acronyms among Hangul
        ("Генштаб ЗСУ повідомив, що втрати КНДР становлять близько 4700 військових.", "uk"),
        ("Генштаб ВСУ сообщил, что потери КНДР составили около 4700 военных.", "ru"),
        ("Шойгу заявил, что это было решено.", "ru"),
        ("", "en"),
        ("12 345", "en"),
    ],
)
def test_the_language_is_found(text: str, lang: str) -> None:
    found = identify(text)
    assert found.lang == lang and found.warning == ""


@pytest.mark.parametrize(
    "text",
    [
        "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes weitere Soldaten nach Russland geschickt.",
        "北朝鮮はロシアに兵士を派遣したと韓国の情報機関が明らかにした。",
        "Северна Корея е изпратила войници в Русия, съобщи разузнаването на Южна Корея.",  # Bulgarian
    ],
)
def test_a_language_none_of_the_four_is_read_as_english_with_a_warning(text: str) -> None:
    found = identify(text)
    assert found.lang == "en" and "none of English, Korean, Ukrainian and Russian" in found.warning
    extraction = article_claims(text, PUBLISHED)
    assert extraction.lang == "en" and any("none of" in n for n in extraction.notes)


def test_front_matter_lang_overrides_and_a_bad_one_is_a_warning() -> None:
    assert language_of("North Korea sent troops.", "ko").lang == "ko"
    assert language_of("Шойгу заявил.", "uk-UA").lang == "uk"
    found = language_of("Шойгу заявил, что это было решено.", "klingon")
    assert found.lang == "ru" and "klingon" in found.warning


# --- sentences ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "국정원은 1만1000명을 파병했다고 밝혔다. 이 중 4700명가량이 사상했다.",
            ["국정원은 1만1000명을 파병했다고 밝혔다.", "이 중 4700명가량이 사상했다."],
        ),
        ('"사상자가 늘었다." 그는 말했다.', ['"사상자가 늘었다."', "그는 말했다."]),
        (
            "분석했습니다. 국방부는 밝혔어요. 정말인가요? 네.",
            ["분석했습니다.", "국방부는 밝혔어요.", "정말인가요?", "네."],
        ),
        ("밝혔다.그는 덧붙였다.", ["밝혔다.", "그는 덧붙였다."]),  # glued by a scraper
        (
            "Росія втратила 11 тис. військових. Про це заявив ген. Сирський.",
            ["Росія втратила 11 тис. військових.", "Про це заявив ген. Сирський."],
        ),
        (
            "Так зв. добровольці, т. зв. «ополченці». В. Путін заявив.",
            ["Так зв. добровольці, т. зв. «ополченці».", "В. Путін заявив."],
        ),
        (
            "КНДР направила 1,5 млн снарядов. Потери составили 11 000. Об этом сообщил ГУР.",
            ["КНДР направила 1,5 млн снарядов.", "Потери составили 11 000.", "Об этом сообщил ГУР."],
        ),
        ("Из них 1 тыс. Военных ранены.", ["Из них 1 тыс. Военных ранены."]),  # тыс. never ends one
        ("заявил.Он добавил", ["заявил.", "Он добавил"]),
    ],
)
def test_sentences_per_language(line: str, expected: list[str]) -> None:
    assert split_line(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 11,\n000 troops", ["about 11,000 troops"]),
        ("북한군 1만\n1000명", ["북한군 1만1000명"]),
        ("около 11\n000 военных", ["около 11 000 военных"]),
        ("In 2024\n2025 was calm", ["In 2024", "2025 was calm"]),
        ("one\ntwo", ["one", "two"]),
    ],
)
def test_a_figure_cut_by_a_line_break_is_joined(text: str, expected: list[str]) -> None:
    assert paragraphs(text) == expected


# --- figures and bounds -------------------------------------------------------------------------

Bounds = list[tuple[int | None, int | None, int | None]]


def ko(text: str) -> Bounds:
    return [(f.value_low, f.value_best, f.value_high) for f in korean.figures(plain(text))]


def ruk(text: str) -> Bounds:
    return [(f.value_low, f.value_best, f.value_high) for f in slavic.figures(plain(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1만1000명", [(None, 11000, None)]),
        ("1만 1천 명", [(None, 11000, None)]),
        ("1만1천여 명", [(11000, None, None)]),
        ("3천여 명", [(3000, None, None)]),
        ("850여만 발", [(8_500_000, None, None)]),
        ("만여 명", [(10000, None, None)]),
        ("1100만여 발", [(11_000_000, None, None)]),
        ("11,000여명", [(11000, None, None)]),
        ("약 4,000여명", [(4000, None, None)]),  # the floor of 여 wins over 약
        ("약 6천 명", [(None, 6000, None)]),
        ("4700명 가량", [(None, 4700, None)]),
        ("4700명 정도", [(None, 4700, None)]),
        ("4700명 이상", [(4700, None, None)]),
        ("최소 30명", [(30, None, None)]),
        ("1만 명이 넘는", [(10000, None, None)]),
        ("최대 1만2천명", [(None, None, 12000)]),
        ("30만 발에 육박", [(None, None, 300_000)]),
        ("1만~1만2000명", [(10000, None, 12000)]),
        ("1~2만 명", [(10000, None, 20000)]),
        ("１만１０００명", [(None, 11000, None)]),  # full-width digits
        ("1.5만 명", [(None, 15000, None)]),
        ("4천700명", [(None, 4700, None)]),
        ("30%", [(None, 30, None)]),
    ],
)
def test_korean_figures(text: str, expected: Bounds) -> None:
    assert ko(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024년 10월",
        "화성-20형",
        "KN-23",
        "1,2차",
        "1억 달러",
        "3년",
        "수천 명",
        "수만 명",
        "20만 발 후반대",
        "13일 밝혔다",
        "170㎜",
    ],
)
def test_korean_numbers_that_are_not_figures(text: str) -> None:
    assert ko(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 тысяч военных", [(None, 11000, None)]),
        ("11 тыс. солдат", [(None, 11000, None)]),
        ("11 000 военных", [(None, 11000, None)]),
        ("11\u00a0000 военных", [(None, 11000, None)]),  # a no-break space
        ("1,5 млн снарядов", [(None, 1_500_000, None)]),
        ("12 тис. військових", [(None, 12000, None)]),
        ("полутора миллионов снарядов", [(None, 1_500_000, None)]),
        ("трьох тисяч військових", [(None, 3000, None)]),
        ("сотню солдат", [(None, 100, None)]),
        ("семи тысяч", [(None, 7000, None)]),
        ("двадцать пять тысяч", [(None, 25000, None)]),
        ("около 11 тысяч", [(None, 11000, None)]),
        ("порядка 11 тысяч", [(None, 11000, None)]),
        ("близько 11 тисяч", [(None, 11000, None)]),
        ("приблизно 11 тисяч", [(None, 11000, None)]),
        ("более 3 тысяч", [(3000, None, None)]),
        ("свыше 3 тысяч", [(3000, None, None)]),
        ("не менее 3 тысяч", [(3000, None, None)]),
        ("понад 12 тис.", [(12000, None, None)]),
        ("щонайменше 300", [(300, None, None)]),
        ("більше 300", [(300, None, None)]),
        ("до 12 тысяч", [(None, None, 12000)]),
        ("более тысячи военных", [(1000, None, None)]),
        ("от 10 до 12 тысяч", [(10000, None, 12000)]),
        ("від 10 до 12 тисяч", [(10000, None, 12000)]),
        ("10-12 тис.", [(10000, None, 12000)]),
        ("с 600 до 2 тысяч", [(None, 600, None), (None, 2000, None)]),  # a change, not a range
        ("около 2000 раненых", [(None, 2000, None)]),
        ("щонайменше одна", [(1, None, None)]),
        ("Двое военных", [(None, 2, None)]),
    ],
)
def test_russian_and_ukrainian_figures(text: str, expected: Bounds) -> None:
    assert ruk(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "в 2024 году",
        "13 января",
        "152-мм снарядов",
        "11-й бригады",
        "КН-23",
        "тысячи военных",
        "несколько тысяч",
        "десятки тысяч",
        "сотни тысяч снарядов",
        "кілька тисяч",
        "в 70-80-х годах",
        "HVASON 11GA",
        "один из них",
    ],
)
def test_russian_and_ukrainian_numbers_that_are_not_figures(text: str) -> None:
    assert ruk(text) == []


def test_no_figure_is_float_rounded_in_any_language() -> None:
    big = "999999999999999"  # 15 digits: kept exactly
    assert rows(f"국정원은 포탄 {big}발을 보냈다고 밝혔다.")[0][2] == int(big)
    assert rows(f"ГУР сообщил, что КНДР передала {big} снарядов.")[0][2] == int(big)
    too_big = "999999999999999983222784"
    for text in (
        f"국정원은 포탄 {too_big}발을 보냈다고 밝혔다.",
        f"ГУР сообщил, что КНДР передала {too_big} снарядов.",
    ):
        found = article_claims(text, PUBLISHED)
        assert found.candidates == [] and any("more than the 15" in n for n in found.notes)


# --- measures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한군 사상자가 약 4700명이라고 밝혔다.", [("casualties_killed_or_wounded", None, 4700, None)]),
        ("국정원은 사망자가 600명이라고 밝혔다.", [("killed", None, 600, None)]),
        ("국정원은 부상자 2700명이라고 밝혔다.", [("wounded", None, 2700, None)]),
        ("국정원은 북한군 포로 2명을 확인했다고 밝혔다.", [("captured", None, 2, None)]),
        ("국정원은 북한이 1만1000명을 파병했다고 밝혔다.", [("troops_deployed", None, 11000, None)]),
        ("합참은 북한이 3000여 명을 추가 파병했다고 밝혔다.", [("troops_deployed_additional", 3000, None, None)]),
        ("국정원은 북한이 1만 명을 파병할 계획이라고 밝혔다.", [("troops_planned", None, 10000, None)]),
        ("국정원은 포탄 1200만 발을 보냈다고 밝혔다.", [("artillery_shells", None, 12_000_000, None)]),
        ("국정원은 북한이 컨테이너 2만8000개를 보냈다고 밝혔다.", [("containers_shipped", None, 28000, None)]),
        ("국정원은 북한이 탄도미사일 250기를 보냈다고 밝혔다.", [("ballistic_missiles", None, 250, None)]),
        ("국정원은 북한이 자주포 200문을 보냈다고 밝혔다.", [("self_propelled_guns", None, 200, None)]),
        ("국정원은 북한이 방사포 20문을 보냈다고 밝혔다.", [("rocket_launchers", None, 20, None)]),
        ("합참은 자주포 및 방사포 220여문을 지원했다고 밝혔다.", [("artillery_systems_combined", 220, None, None)]),
        ("국정원은 공병 1000명을 보냈다고 밝혔다.", [("engineers_deployed", None, 1000, None)]),
        ("국정원은 노동자 1만5000명을 보냈다고 밝혔다.", [("workers_deployed", None, 15000, None)]),
        ("국정원은 러시아군 사상자가 4만명이라고 밝혔다.", []),  # another army's losses
        (
            "ГУР сообщил, что КНДР потеряла 4700 человек убитыми и ранеными.",
            [("casualties_killed_or_wounded", None, 4700, None)],
        ),
        ("ГУР сообщил, что погибли около 600 северокорейских военных.", [("killed", None, 600, None)]),
        ("ГУР сообщил, что ранены 2700 военных КНДР.", [("wounded", None, 2700, None)]),
        ("ГУР сообщил, что КНДР направила 11 тысяч военных.", [("troops_deployed", None, 11000, None)]),
        ("ГУР сообщил, что КНДР направила еще 3 тысячи военных.", [("troops_deployed_additional", None, 3000, None)]),
        ("ГУР сообщил, что КНДР направит 1000 саперов.", [("engineers_deployed", None, 1000, None)]),
        ("ГУР сообщил, что КНДР передала 1,5 млн снарядов.", [("artillery_shells", None, 1_500_000, None)]),
        ("ГУР сообщил, что КНДР передала 50 САУ.", [("self_propelled_guns", None, 50, None)]),
        ("ГУР сообщил, что КНДР передала 20 РСЗО.", [("rocket_launchers", None, 20, None)]),
        ("ГУР сообщил, что КНДР отправила 6700 контейнеров.", [("containers_shipped", None, 6700, None)]),
        ("ГУР сообщил, что КНДР передала 100 баллистических ракет.", [("ballistic_missiles", None, 100, None)]),
        ("ГУР сообщил, что КНДР направила 5000 рабочих.", [("workers_deployed", None, 5000, None)]),
        ("Потери ВСУ составили около 76 тысяч человек.", []),
        (
            "Генштаб повідомив, що загинули 300 військових КНДР, а 2700 поранені.",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        ("ГУР повідомив, що КНДР передала 12 млн снарядів.", [("artillery_shells", None, 12_000_000, None)]),
        (
            "ГУР повідомив, що у Курській області перебувають 11 тисяч військових КНДР.",
            [("troops_present", None, 11000, None)],
        ),
        ("ГУР повідомив, що КНДР відправила 1200 саперів.", [("engineers_deployed", None, 1200, None)]),
        ("ГУР повідомив, що росіяни випустили 93 ракети.", []),  # a Russian strike, no North Korean missile named
    ],
)
def test_measures(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- periods and hedges -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("국정원은 북한이 지난해 1만1000명을 파병했다고 밝혔다.", (date(2024, 1, 1), date(2024, 12, 31), "year")),
        ("국정원은 북한이 올해 1~2월 3000명을 파병했다고 밝혔다.", (date(2025, 1, 1), date(2025, 2, 28), "month")),
        ("국정원은 북한이 지난달 3000명을 파병했다고 밝혔다.", (date(2025, 3, 1), date(2025, 3, 31), "month")),
        ("국정원은 북한이 올해 3000명을 파병했다고 밝혔다.", (date(2025, 1, 1), PUBLISHED, "year")),  # as of the day
        (
            "ГУР сообщил, что в прошлом году КНДР направила 11 тысяч военных.",
            (date(2024, 1, 1), date(2024, 12, 31), "year"),
        ),
        ("ГУР сообщил, что с начала года КНДР направила 3 тысячи военных.", (date(2025, 1, 1), PUBLISHED, "day")),
        (
            "ГУР повідомив, що минулого року КНДР направила 11 тисяч військових.",
            (date(2024, 1, 1), date(2024, 12, 31), "year"),
        ),
        ("ГУР повідомив, що з початку року КНДР направила 3 тисячі військових.", (date(2025, 1, 1), PUBLISHED, "day")),
        (
            "ГУР повідомив, що у січні-лютому КНДР направила 3 тисячі військових.",
            (date(2025, 1, 1), date(2025, 2, 28), "month"),
        ),
    ],
)
def test_periods_against_the_publication_date(text: str, period: tuple[date, date, str]) -> None:
    c = article_claims(text, PUBLISHED).candidates[0][0]
    assert (c.period_start, c.period_end, c.date_precision) == period


@pytest.mark.parametrize(
    ("text", "qualifier", "cue"),
    [
        ("국정원은 사상자가 4700명으로 추정된다고 밝혔다.", "estimated", "추정"),
        ("북한군 사상자는 4700명으로 알려졌다.", "reported", "알려졌"),
        ("국정원은 북한이 1만1000명을 파병한 것으로 파악됐다.", "estimated", "파악됐"),
        ("국정원은 사상자가 4700명에 이를 것으로 관측된다고 밝혔다.", "suggested", "관측된다"),
        ("По данным ГУР, КНДР направила 11 тысяч военных.", "reported", "По данным"),
        ("ГУР сообщил, что КНДР предположительно направила 11 тысяч военных.", "suggested", "предположительно"),
        ("По оценкам ГУР, КНДР направила 11 тысяч военных.", "estimated", "По оценкам"),
        ("ГУР повідомив, що КНДР ймовірно направила 11 тисяч військових.", "suggested", "ймовірно"),
        ("За даними ГУР, КНДР направила 11 тисяч військових.", "reported", "За даними"),
        ("ГУР повідомив, що КНДР направила орієнтовно 11 тисяч військових.", "estimated", "орієнтовно"),
    ],
)
def test_hedges_and_their_cue(text: str, qualifier: str, cue: str) -> None:
    c = article_claims(text, PUBLISHED).candidates[0][0]
    assert (c.qualifier, c.cue) == (qualifier, cue)


# --- claimants through aliases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("국정원은 북한군 사상자가 4700명이라고 밝혔다.", "South Korea NIS"),
        ("국가정보원에 따르면 북한군 사상자는 4700명이다.", "South Korea NIS"),
        ("합참은 북한이 3000명을 추가 파병했다고 밝혔다.", "South Korea JCS"),
        ("국방부는 북한이 컨테이너 6700개를 보냈다고 밝혔다.", "South Korea MND"),
        ("국방정보본부는 북한이 포탄 1200만 발을 보냈다고 밝혔다.", "South Korea DIA"),
        ("이성권 의원은 국정원 보고를 받은 뒤 북한이 1만1000명을 파병했다고 전했다.", "South Korea NIS"),
        ("ГУР сообщил, что КНДР направила 11 тысяч военных.", "Ukraine HUR"),
        ("По данным ГУР МО, КНДР направила 11 тысяч военных.", "Ukraine HUR"),
        ("За даними Головного управління розвідки, КНДР направила 11 тисяч військових.", "Ukraine HUR"),
        ("Генштаб ЗСУ повідомив, що загинули 300 військових КНДР.", "Ukraine armed forces"),
        ("У Міноборони повідомили, що загинули 300 військових КНДР.", "Ukraine MoD"),
        ("Совбез сообщил, что КНДР направит 1000 саперов.", "Russia Security Council"),
        ("Шойгу заявил, что КНДР направит 1000 саперов.", "Russia Security Council"),
        ("Як заявив Буданов, КНДР передала 12 млн снарядів.", "Ukraine HUR"),
        ("КНДР передала 12 млн снарядів, заявив Буданов, передає Укрінформ.", "Ukraine HUR"),
        ("Зеленський заявив, що загинули 4000 військових КНДР.", "Ukraine presidency"),
    ],
)
def test_claimants_through_aliases(text: str, claimant: str) -> None:
    assert [c for _, c in claimants(text)] == [claimant]


def test_the_candidate_keeps_its_sentence_as_written() -> None:
    text = "국정원은\u200b 북한군 사상자가 약 4700명이라고 밝혔다."
    c = article_claims(text, PUBLISHED).candidates[0][0]
    assert c.sentence == text and (c.metric, c.value_best, c.claimant) == (
        "casualties_killed_or_wounded",
        4700,
        "South Korea NIS",
    )


def test_evaluate_scores_each_language_and_reads_the_extra_label_columns() -> None:
    from analysis import paths
    from analysis.intake.evaluate import evaluate, labelled_articles

    folders = [paths.PROJECT_ROOT / "benchmarks" / "articles" / lang / "dev" for lang in ("ko", "ru")]
    articles = list(labelled_articles(folders[0]))
    assert articles and all(a.lang == "ko" for a in articles)
    names = [s.name for s in evaluate(folders)]
    assert names[-3:] == ["overall ko", "overall ru", "overall"] or names[-4:-1] == [
        "overall en",
        "overall ko",
        "overall ru",
    ]
