"""Classes of error that recur across outlets, found on the enlarged dev splits and checked on the
exported pages (silver labels) they were not written from; one table per class.

Each row is a sentence written for the test in the shape the class takes in news copy, with what
extraction must propose for it: (metric, low, best, high) and, where the class is about who says
it, the claimant.
"""

from __future__ import annotations

import pytest

from analysis.intake.extract.candidates import article_claims
from tests.test_extract_classes import PUBLISHED, Row, claimed, rows

# --- a verb of exceeding is a floor, in Russian and Ukrainian as in English and Korean ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Втрати північнокорейських військових на Курщині перевищують вже 3 тис. осіб, повідомив Зеленський.",
            "uk",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        (
            "За даними президента, втрати військових з КНДР вже перевищили 3000 людей.",
            "uk",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        (
            "Наразі чисельність північнокорейських військовослужбовців у Росії перевищує 10 тисяч осіб.",
            "uk",
            [("troops_present", 10000, None, None)],
        ),
        (
            "Потери северокорейских войск превысили 4 тысячи человек.",
            "ru",
            [("casualties_killed_or_wounded", 4000, None, None)],
        ),
        ("Число погибших военных КНДР превысило 600 человек.", "ru", [("killed", 600, None, None)]),
    ],
)
def test_a_verb_of_exceeding_is_a_floor(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a word of killing and one of wounding, joined, are casualties in any form ---------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Ukrainian у and в at a word's start
        (
            "Кількість убитих та поранених військових КНДР перевищує вже 3 тис. осіб, повідомив Зеленський.",
            "uk",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        (
            "Уже зараз серед них убито або поранено 3800 військових, заявив Зеленський.",
            "uk",
            [("casualties_killed_or_wounded", None, 3800, None)],
        ),
        # verbs in the active voice, adjectives in the plural, either order
        (
            "За словами західних посадовців, приблизно 4 тис. із них убили або поранили.",
            "uk",
            [("casualties_killed_or_wounded", None, 4000, None)],
        ),
        (
            "6000 з них були вбиті або поранені, за даними розвідки.",
            "uk",
            [("casualties_killed_or_wounded", None, 6000, None)],
        ),
        (
            "По данным разведки, около 4 тысяч военных КНДР ранены или убиты.",
            "ru",
            [("casualties_killed_or_wounded", None, 4000, None)],
        ),
        (
            "Около 4,7 тысячи северокорейских солдат погибли или были ранены.",
            "ru",
            [("casualties_killed_or_wounded", None, 4700, None)],
        ),
        # one word alone is still its own state, also when the other follows a figure of its own
        (
            "Розвідка стверджувала, що втрати становили 100 військових убитими і близько тисячі пораненими.",
            "uk",
            [("killed", None, 100, None), ("wounded", None, 1000, None)],
        ),
        ("ГУР повідомив, що вбито 300 військових КНДР.", "uk", [("killed", None, 300, None)]),
        ("ГУР повідомив, що поранено 2700 військових КНДР.", "uk", [("wounded", None, 2700, None)]),
    ],
)
def test_killed_and_wounded_joined_are_casualties(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a relative clause says what its noun did or does; "з КНДР" is where they come from ---------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Близько 600 військовослужбовців з Північної Кореї, які воювали на боці російської армії, загинули у боях.",
            "uk",
            [("killed", None, 600, None)],
        ),
        (
            "Україна очікує, що 15 тисяч північнокорейських військовослужбовців, які перебувають у Курській області, "
            "змінюватимуться кожні кілька місяців.",
            "uk",
            [("troops_present", None, 15000, None)],
        ),
        (
            "Двоє солдатів з КНДР, яких взяли в полон українські військові, попросили притулку.",
            "uk",
            [("captured", None, 2, None)],
        ),
        (
            "Около 10 тысяч военных КНДР, которые находятся в Курской области, охраняют границу.",
            "ru",
            [("troops_present", None, 10000, None)],
        ),
        (
            "Двое северокорейских солдат, которых взяли в плен украинские военные, попросили убежища.",
            "ru",
            [("captured", None, 2, None)],
        ),
        # a complement clause ("заявив, що") is no relative clause: the sentence's own clauses stay apart
        (
            "ГУР заявив, що КНДР направила 11 тисяч військових, а 3 тисячі загинули.",
            "uk",
            [("troops_deployed", None, 11000, None), ("killed", None, 3000, None)],
        ),
    ],
)
def test_a_relative_clause_belongs_to_its_noun(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- what a figure measures: a range shares its unit, a scale word's unit, each group's size ----


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a range takes the unit of its second figure: money, a share
        ("КНДР нараховує робітникам зарплатню у розмірі 100-200 доларів на місяць.", "uk", []),
        (
            "За даними СЗР, Північна Корея постачає Росії від 35% до 50% боєприпасів.",
            "uk",
            [("ammunition_share_pct", 35, None, 50)],
        ),
        (
            "По данным разведки, КНДР поставляет от 35% до 50% боеприпасов.",
            "ru",
            [("ammunition_share_pct", 35, None, 50)],
        ),
        # a unit after a scale word: a distance, money
        ("Контейнери мають пройти більше 16 тисяч кілометрів.", "uk", []),
        (
            "Россия заплатила за 12 тысяч контейнеров 20 тысяч долларов.",
            "ru",
            [("containers_shipped", None, 12000, None)],
        ),
        # "по N": the size of each group, not a count
        ("Військових організують у п'ять груп по 2500–3000 осіб.", "uk", []),
        ("Может быть создано две бригады по 6 тысяч человек.", "ru", []),
        # a count of groups, sites or camps, whatever adjective stands between
        ("За даними ГУР, солдатів із КНДР готують на п'яти військових полігонах на сході Росії.", "uk", []),
        ("Военные КНДР проходят подготовку на пяти базах в Приморье.", "ru", []),
    ],
)
def test_what_a_figure_measures(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- troops there now: a bracketed gloss, present-time words, "still" after remaining, strength -


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Майже 11 тисяч солдатів з Північної Кореї (КНДР) нині проходять підготовку на сході Росії.",
            "uk",
            [("troops_present", None, None, 11000)],
        ),
        (
            "По данным разведки, около 10 тысяч военных КНДР в настоящее время развернуты вблизи границы.",
            "ru",
            [("troops_present", None, 10000, None)],
        ),
        (
            "Наразі у Курській області залишається ще приблизно 11 тисяч солдатів КНДР.",
            "uk",
            [("troops_present", None, 11000, None)],
        ),
        (
            "В Курской области остается еще примерно 11 тысяч солдат КНДР.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
        (
            "За оцінками ГУР, чисельність військових КНДР складає близько 12 тисяч.",
            "uk",
            [("troops_present", None, 12000, None)],
        ),
        # "ще" without a verb of remaining is still more
        (
            "ГУР повідомив, що КНДР направила ще 3 тисячі військових.",
            "uk",
            [("troops_deployed_additional", None, 3000, None)],
        ),
    ],
)
def test_troops_there_now(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- what may yet come: "may reach", a decision or agreement to send, a figure said to grow ----


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Загалом кількість північнокорейських бійців може досягти від 12 до 15 тисяч, заявив Умєров.",
            "uk",
            [("troops_planned", 12000, None, 15000)],
        ),
        (
            "Вони можуть привезти ще 30-40 тисяч військових, сказав Зеленський.",
            "uk",
            [("troops_planned", 30000, None, 40000)],
        ),
        (
            "За інформацією Сеула, Північна Корея розглядає можливість відправки до Росії близько 6 тисяч"
            " військовослужбовців.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "Скібіцький заявив, що між РФ та КНДР є домовленість про направлення ще 6 тис. північнокорейських"
            " військових.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "Вже 3 тисячі військових КНДР перебувають у таборах, і їхня кількість збільшиться до 12 тисяч найближчим"
            " часом.",
            "uk",
            [("troops_present", None, 3000, None), ("troops_planned", None, None, 12000)],
        ),
        (
            "Разведка утверждает, что Пхеньян решил отправить четыре бригады численностью 12 тысяч солдат.",
            "ru",
            [("troops_planned", None, 12000, None)],
        ),
        (
            "По данным разведки, число военных КНДР может вырасти до 15 тысяч.",
            "ru",
            [("troops_planned", None, None, 15000)],
        ),
        # what was sent stays sent
        ("ГУР повідомив, що КНДР направила 11 тисяч військових.", "uk", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_what_may_yet_come_is_a_plan(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- who gives it, in Ukrainian and Russian copy: names, offices, lawmakers before the country --


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        # a Korean name in Cyrillic, its syllables joined by a hyphen or a space
        ("Близько 5 тисяч військових КНДР прибули до Росії, повідомив Лі Сон-Квен.", "uk", "South Korea NIS"),
        ("Около 5 тысяч военных КНДР прибыли в Россию, заявил депутат Ли Сон-гвон.", "ru", "South Korea NIS"),
        # lawmakers named before their country relay its intelligence service
        (
            "Законодавці з Південної Кореї заявили, що близько 600 північнокорейських військових загинули.",
            "uk",
            "South Korea NIS",
        ),
        (
            "Парламентський комітет Південної Кореї повідомив, що щонайменше 100 військових КНДР загинули.",
            "uk",
            "South Korea NIS",
        ),
        # an office names the ministry it heads, a minister's own spelling names him
        ("Міністр оборони України заявив, що КНДР може направити від 12 до 15 тисяч військових.", "uk", "Ukraine MoD"),
        ("Умєров заявив, що КНДР може направити від 12 до 15 тисяч військових.", "uk", "Ukraine MoD"),
        # agencies in their Ukrainian and Russian names and cases
        ("6000 з них були вбиті або поранені, за даними розвідки Великої Британії.", "uk", "UK Defence Intelligence"),
        (
            "За даними Служби зовнішньої розвідки України, КНДР постачає Росії від 35% до 50% боєприпасів.",
            "uk",
            "Ukraine Foreign Intelligence Service",
        ),
        (
            "За словами представника Білого дому, росіяни запустили щонайменше одну північнокорейську балістичну"
            " ракету.",
            "uk",
            "US White House",
        ),
        (
            "За словами західних посадовців, приблизно 4 тис. військових КНДР убили або поранили.",
            "uk",
            "Western officials",
        ),
    ],
)
def test_who_gives_it_in_ukrainian_and_russian(text: str, lang: str, claimant: str) -> None:
    assert [c for _, c in claimed(text, lang)] == [claimant]


# --- a person's title before the name belongs to the name (verb and source cue reach over it) ---


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Об отправке военных в Россию говорил секретарь Совета безопасности Сергей Шойгу. "
            "Он заявил, что КНДР направит тысячу саперов.",
            "ru",
            [(("engineers_deployed", None, 1000, None), "Russia Security Council")],
        ),
        (
            "По оценкам украинского президента Владимира Зеленского, число убитых и раненых военных КНДР превышает"
            " 3000.",
            "ru",
            [(("casualties_killed_or_wounded", 3000, None, None), "Ukraine presidency")],
        ),
        (
            "Про це заявив заступник начальника ГУР Вадим Скібіцький: КНДР направила 11 тисяч військових.",
            "uk",
            [(("troops_deployed", None, 11000, None), "Ukraine HUR")],
        ),
    ],
)
def test_a_title_before_a_name_belongs_to_it(text: str, lang: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, lang) == expected


# --- a dash next to a figure joins it to what it is ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "За даними розвідки, військові КНДР зазнали серйозних втрат — приблизно 4,7 тисячі осіб.",
            "uk",
            [("casualties_killed_or_wounded", None, 4700, None)],
        ),
        (
            "Наразі у Курській області перебуває 11 тисяч військових КНДР, з них 1 тисяча – інженерні війська.",
            "uk",
            [("troops_present", None, 11000, None), ("engineers_deployed", None, 1000, None)],
        ),
        (
            "По данным разведки, в Курской области остаются 11 тыс. военных КНДР, еще 1 тыс. – инженерные.",
            "ru",
            [("troops_present", None, 11000, None), ("engineers_deployed", None, 1000, None)],
        ),
        # a dash after the words about a figure still ends its clause
        (
            "КНДР направила 11 тисяч військових до Курської області — там вони воюють разом з росіянами.",
            "uk",
            [("troops_deployed", None, 11000, None)],
        ),
    ],
)
def test_a_dash_joins_a_figure_and_what_it_is(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the same people go on: a pronoun clause, a collective numeral, ranks counted as losses ------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a clause about the counted, by a pronoun, holds their mode
        (
            "По данным разведки, ориентировочно 1,1 тыс. военных вернулись в КНДР в декабре, но их могут повторно "
            "направить в Россию.",
            "ru",
            [("troops_planned", None, 1100, None)],
        ),
        (
            "Близько 1,1 тисячі військових повернулися до КНДР у грудні, але їх можуть знову відправити до Росії.",
            "uk",
            [("troops_planned", None, 1100, None)],
        ),
        # a collective numeral with a loss counts people, whatever weapon the sentence names
        (
            "Kyiv Post повідомила, що шість північнокорейських офіцерів загинули і ще троє були поранені внаслідок "
            "ракетного удару.",
            "uk",
            [("killed", None, 6, None), ("wounded", None, 3, None)],
        ),
        # officers alone, with no loss, are a subset by rank; bystanders are nobody's figure
        ("За оцінками ГУР, серед військових КНДР 500 офіцерів.", "uk", []),
        ("Серед постраждалих - жінка та двоє чоловіків.", "uk", []),
    ],
)
def test_the_same_people_go_on(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- English: whose report, and officials of several bodies -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article about one agency's report: its country, and "the agency", are that report's
        (
            "North Korea could have sent over 6 million artillery shells to Russia, Seoul says\n"
            "North Korea sent containers that could contain more than 6 million shells, Yonhap reported, citing a "
            "South Korean military intelligence report.\n"
            "Seoul spotted over 13,000 containers being shipped since mid-2022, Seoul said.\n"
            "Shin Won-sik, South Korean defense minister, said in June that Pyongyang also sent missiles.",
            [
                (("artillery_shells", 6000000, None, None), "South Korea DIA"),
                (("containers_shipped", 13000, None, None), "South Korea DIA"),
            ],
        ),
        # officials of several bodies speak for their country, whatever agency the article names
        (
            "The South Korean Joint Chiefs of Staff confirmed 4,000 North Korean casualties.\n"
            "South Korean military and intelligence officials believe North Korea sent around 11,000 troops.",
            [
                (("casualties_killed_or_wounded", None, 4000, None), "South Korea JCS"),
                (("troops_deployed", None, 11000, None), "South Korea"),
            ],
        ),
    ],
)
def test_english_whose_report_and_several_bodies(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "en") == expected


# --- English: an outlet's own background line is the outlet's ----------------------------------


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        (
            "The ceremony took place in Pyongyang on Friday, the Korean Central News Agency reported.\n"
            "Earlier, the North deployed around 15,000 combat troops to support Russia.",
            "Korea JoongAng Daily (Yonhap)",
            [(("troops_deployed", None, 15000, None), "Yonhap")],
        ),
        (
            "In April, Valery Gerasimov reported to Vladimir Putin that North Korean soldiers had fought in Kursk.\n"
            "North Korea also dispatched 1,000 sappers to Russia. By early December, they had cleared some 42,400 "
            "hectares.",
            "Sputnik International",
            [
                (("engineers_deployed", None, 1000, None), "Russia state media"),
                (("area_demined_hectares", None, 42400, None), "Russia state media"),
            ],
        ),
        # an outlet that names itself in its publisher line
        (
            "Budanov said North Korea would send more troops.\nNorth Korea has sent 12,000 troops to Russia.",
            "The Kyiv Independent",
            [(("troops_deployed", None, 12000, None), "The Kyiv Independent")],
        ),
        (
            "Budanov said North Korea would send more troops.\nPyongyang sent 12,000 troops to Russia.",
            "Harbour Daily Post (The Independent)",
            [(("troops_deployed", None, 12000, None), "The Independent")],
        ),
        # an outlet that is not among the actors changes nothing; a line with its own source keeps it
        (
            "Budanov said North Korea would send more troops.\nNorth Korea has sent 12,000 troops to Russia.",
            "Harbour Gazette",
            [(("troops_deployed", None, 12000, None), "Ukraine HUR")],
        ),
        (
            "Earlier, North Korea sent 11,000 troops, the NIS said.",
            "Korea JoongAng Daily (Yonhap)",
            [(("troops_deployed", None, 11000, None), "South Korea NIS")],
        ),
    ],
)
def test_an_outlets_own_background_line(text: str, outlet: str, expected: list[tuple[Row, str]]) -> None:
    found = article_claims(text, PUBLISHED, lang="en", outlet=outlet).candidates
    assert [((c.metric, c.value_low, c.value_best, c.value_high), c.claimant) for c, _ in found] == expected


# --- Korean cue words: decided to, went across, vessels, the military authorities ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "-하기로 한": decided to send, a plan
        (
            "북한이 1만2천 명 규모의 병력을 우크라이나 전쟁에 파견하기로 한 것으로 파악됐다고 국정원이 밝혔다.",
            [(("troops_planned", None, 12000, None), "South Korea NIS")],
        ),
        # "넘어간": went across, no floor; "1척": vessels, which no measure counts
        (
            "국방부는 북한 나진에서 러시아로 대형 컨테이너 2천 개가 넘어간 게 포착됐다고 밝혔다.",
            [(("containers_shipped", None, 2000, None), "South Korea MND")],
        ),
        ("국방부는 컨테이너 선박이 1주일에 1척 꼴로 움직였다고 밝혔다.", []),
        # "2천 개가 넘는" is still a floor
        (
            "국방부는 컨테이너 2천 개가 넘는 것으로 파악했다고 밝혔다.",
            [(("containers_shipped", 2000, None, None), "South Korea MND")],
        ),
        # "우리 군 당국": the military authorities, not the JCS alone
        (
            "컨테이너 2천 개가 우리 군 당국에 포착됐습니다.\n군 관계자는 국방부 기자단에 설명했다.",
            [(("containers_shipped", None, 2000, None), "South Korea MND")],
        ),
    ],
)
def test_korean_cue_words(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- Korean: killing and wounding joined in any form; the whole of a part; Russian soldiers -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "합참은 러시아로 파병된 북한군 1만 1000여 명 중 약 4000명이 죽거나 다쳤다고 밝혔다.",
            [("troops_deployed", 11000, None, None), ("casualties_killed_or_wounded", None, 4000, None)],
        ),
        (
            "합동참모본부는 북한군 1만1000여명 중 사상자가 약 4000명 발생했다고 밝혔다.",
            [("troops_deployed", 11000, None, None), ("casualties_killed_or_wounded", None, 4000, None)],
        ),
        (
            "젤렌스키 대통령은 3000명 이상의 북한군이 사망하고 부상했다고 밝혔다.",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        (
            "국정원은 북한군 약 4천 명이 전사하거나 부상을 입은 것으로 추정했다.",
            [("casualties_killed_or_wounded", None, 4000, None)],
        ),
        (
            "국정원은 북한군 약 4천 명이 부상을 입거나 전사했다고 밝혔다.",
            [("casualties_killed_or_wounded", None, 4000, None)],
        ),
        # one word alone keeps its own state
        ("국정원은 북한군 300명이 사망했다고 밝혔다.", [("killed", None, 300, None)]),
        # Russia's soldiers are another army's
        ("보고서에 따르면 우크라이나 전쟁에서 러시아 군인 95만 명 이상이 사상했다.", []),
    ],
)
def test_korean_losses_and_wholes(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a strike's victims, and another army's share of losses, are not North Korea's ---------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("이 공격으로 약 24명이 사망하고 115명이 부상한 것으로 전해졌다.", "ko", []),
        ("공습은 키이우 주택가를 강타해 최소 8명이 사망했다.", "ko", []),
        ("Внаслідок удару загинули 8 людей, ще 20 поранені.", "uk", []),
        ("В результате ракетного удара погибли 8 человек.", "ru", []),
        # North Koreans killed in a strike are North Korea's losses
        (
            "Kyiv Post повідомила, що шість північнокорейських офіцерів загинули внаслідок українського ракетного"
            " удару.",
            "uk",
            [("killed", None, 6, None)],
        ),
        ("우크라이나군의 공격으로 북한군 300명이 사망했다고 국정원이 밝혔다.", "ko", [("killed", None, 300, None)]),
        # a share of another army's losses
        ("지난 3개월간 우크라이나군이 입은 포병 피해의 약 60%가 북한산 무기에 의한 것으로 파악됐다.", "ko", []),
    ],
)
def test_victims_and_other_armies_shares(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- troops in one statement, engineers in another: one claim, of engineers ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "추가 파병 6000명 중 1000명 현지 도착\n"
            "국정원은 6000명 가운데 1000명의 전투공병이 현지에 도착한 것으로 파악하고 있다고 밝혔다.",
            "ko",
            [("troops_deployed_additional", None, 6000, None), ("engineers_deployed", None, 1000, None)],
        ),
        (
            "По данным разведки, еще около пяти тысяч военных КНДР - в процессе переброски.\n"
            "Разведка уточнила, что эти пять тысяч военных строителей восстановят инфраструктуру.",
            "ru",
            [("engineers_deployed", None, 5000, None)],
        ),
        # English keeps the states of troops apart, and two numbers stay two claims
        (
            "The NIS said 1,000 troops arrived.\nThe NIS said 1,000 engineers were sent.",
            "en",
            [("troops_deployed", None, 1000, None), ("engineers_deployed", None, 1000, None)],
        ),
    ],
)
def test_troops_and_engineers_restated_are_one_claim(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- who come or are brought, with no noun, are people --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            '"Північна Корея. 12 тисяч приїхало. На сьогодні 3800 вбито або поранено. Вони можуть привезти ще 30-40 '
            'тисяч", — сказав Зеленський.',
            "uk",
            [
                ("troops_deployed", None, 12000, None),
                ("casualties_killed_or_wounded", None, 3800, None),
                ("troops_planned", 30000, None, 40000),
            ],
        ),
        ("По словам Зеленского, 12 тысяч приехали в Россию.", "ru", [("troops_deployed", None, 12000, None)]),
        # a noun after the figure says who came: citizens, students
        ("Згідно з даними прикордонників, 3765 громадян КНДР приїхали до РФ навчатися.", "uk", []),
        ("В прошлом году в РФ прибыло 13 221 гражданин Северной Кореи.", "ru", []),
    ],
)
def test_who_come_or_are_brought_are_people(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- whose army: the ally helped is not the force counted; another army's size ------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "КНДР направила 11 тисяч військових на допомогу російській армії.",
            "uk",
            [("troops_deployed", None, 11000, None)],
        ),
        (
            "Близько 600 військовослужбовців, які воювали на боці російської армії, загинули у боях.",
            "uk",
            [("killed", None, 600, None)],
        ),
        (
            "КНДР отправила 11 тысяч военных для поддержки российской армии.",
            "ru",
            [("troops_deployed", None, 11000, None)],
        ),
        ("Корейська народна армія направила 11 тисяч військових.", "uk", [("troops_deployed", None, 11000, None)]),
        # the size of another army
        ("На думку Зеленського, Євросоюз не зможе зібрати армію з 2-3 мільйонів військових.", "uk", []),
        ("Друге місце посідає Франція, яка має близько 200 тисяч осіб у своїй армії.", "uk", []),
        # the enemy named is still no force of North Korea's
        ("У боях із ЗСУ загинули 300 військових КНДР.", "uk", [("killed", None, 300, None)]),
    ],
)
def test_whose_army(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
